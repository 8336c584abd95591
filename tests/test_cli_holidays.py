"""`tingjian holidays list|import` and `tingjian deadline`, run as a user would run them."""
from __future__ import annotations

from pathlib import Path

from tests.test_cli import run

NOTICE = Path(__file__).parent / "core" / "data" / "notice_2027_for_tests.txt"


def test_import_dry_run_then_import_then_list(tmp_path: Path) -> None:
    db = str(tmp_path / "t.db")
    before = run("--db", db, "deadline", "--from", "2027-01-25", "--working-days", "20")
    assert before.returncode == 0
    assert before.stdout.startswith("2027-02-22 approximate (no holiday data for 2027")
    dry = run("--db", db, "holidays", "import", str(NOTICE), "--year", "2027", "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "29 day(s) off, 5 working day(s)" in dry.stdout and "nothing was saved" in dry.stdout
    listed = run("--db", db, "holidays", "list", "--year", "2027")
    assert listed.stdout.strip() == "2027: no data (weekends only)"
    done = run("--db", db, "holidays", "import", str(NOTICE), "--year", "2027")
    assert done.returncode == 0 and "Saved 34 day(s) for 2027." in done.stdout
    listed = run("--db", db, "holidays", "list", "--year", "2027").stdout.splitlines()
    assert listed[0] == "2027: notice"
    assert "2027-02-14 Sun  work 春节  (notice)" in listed
    after = run("--db", db, "deadline", "--from", "2027-01-25", "--working-days", "20")
    assert after.stdout.strip() == "2027-03-01 exact"
    days = run("--db", db, "deadline", "--from", "2027-01-25", "--days", "60")
    assert days.stdout.startswith("2027-03-26 exact")


def test_bad_files_name_the_problem_and_save_nothing(tmp_path: Path) -> None:
    db = str(tmp_path / "t.db")
    bad_csv = tmp_path / "days.csv"
    bad_csv.write_text("date,kind\n2027-02-05,off\n2027-02-30,off\n", encoding="utf-8")
    result = run("--db", db, "holidays", "import", str(bad_csv), "--year", "2027")
    assert result.returncode == 1
    assert "! Line 3: “2027-02-30” is not a possible date" in result.stdout
    wrong_year = run("--db", db, "holidays", "import", str(NOTICE), "--year", "2028",
                     env={"TINGJIAN_LANG": "zh_CN"})
    assert wrong_year.returncode == 1 and "这份通知是 2027 年的安排，不是 2028 年的" in wrong_year.stdout
    missing = run("--db", db, "holidays", "import", str(tmp_path / "none.txt"), "--year", "2027")
    assert missing.returncode == 2 and "There is no file" in missing.stderr
    assert "Traceback" not in missing.stderr + result.stderr + wrong_year.stderr
    assert run("--db", db, "holidays", "list", "--year", "2027").stdout.strip() == \
        "2027: no data (weekends only)"
    bad_date = run("--db", db, "deadline", "--from", "2027-02-30", "--days", "3")
    assert bad_date.returncode == 2 and "not a date" in bad_date.stderr
    far = run("--db", db, "deadline", "--from", "9999-12-30", "--working-days", "9999")
    assert far.returncode == 2 and "out of range" in far.stderr and "Traceback" not in far.stderr
