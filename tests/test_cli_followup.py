"""export / import archive / report rates from the command line."""
from __future__ import annotations

import json
from pathlib import Path

from openpyxl import load_workbook

from tests.test_cli import run


def test_export_import_and_report(tmp_path: Path) -> None:
    db = str(tmp_path / "cli.db")
    made = run("demo", "--lang", "zh", "--db", db)
    assert made.returncode == 0, made.stderr
    session_id = made.stdout.strip()
    xlsx = tmp_path / "out.xlsx"
    result = run("export", "--format", "xlsx", "--out", str(xlsx), "--session", session_id, "--db", db)
    assert result.returncode == 0, result.stderr
    assert len(list(load_workbook(xlsx)["Commitments"].values)) == 5  # header + 4 commitments
    result = run("export", "--format", "csv", "--out", str(tmp_path / "o.csv"), "--db", db)
    assert result.returncode == 0 and (tmp_path / "o-opinions.csv").exists()
    archive = tmp_path / "all.json"
    assert run("export", "--format", "json", "--out", str(archive), "--db", db).returncode == 0
    refused = run("import", "archive", str(archive), "--db", db)
    assert refused.returncode == 2 and "not empty" in refused.stderr
    fresh = str(tmp_path / "fresh.db")
    done = run("import", "archive", str(archive), "--db", fresh)
    assert done.returncode == 0, done.stderr
    listed = json.loads(run("sessions", "--json", "--db", fresh).stdout)
    assert [(r["opinions"], r["commitments"]) for r in listed] == [(8, 4)]
    report = run("report", "rates", "--json", "--from", "2020-01-01", "--to", "2099-12-31",
                 "--db", fresh)
    assert report.returncode == 0, report.stderr
    data = json.loads(report.stdout)
    assert set(data) == {"total", "session", "owner", "month", "handling"}
    assert run("report", "rates", "--owner", "nobody", "--db", fresh).returncode == 2
    text = run("report", "rates", "--db", fresh)
    assert text.returncode == 0 and "per owner" in text.stdout
    bad = run("report", "rates", "--from", "2026-13-01", "--db", fresh)
    assert bad.returncode == 2 and "not a date" in bad.stderr
    far = run("report", "rates", "--to", "9999-12-31", "--db", fresh)
    assert far.returncode == 2 and "out of range" in far.stderr
    missing = run("export", "--format", "xlsx", "--out", str(tmp_path / "x.xlsx"), "--session",
                  "999", "--db", fresh)
    assert missing.returncode == 2 and "Session #999 does not exist" in missing.stderr
    assert not (tmp_path / "x.xlsx").exists()


def test_export_words_and_codes(tmp_path: Path) -> None:
    import csv

    db = str(tmp_path / "cli.db")
    assert run("demo", "--lang", "zh", "--db", db).returncode == 0
    kinds = {}
    for flag in ((), ("--codes",)):
        out = tmp_path / f"x{len(flag)}.csv"
        assert run("export", "--format", "csv", "--out", str(out), *flag, "--db", db).returncode == 0
        with (tmp_path / f"x{len(flag)}-opinions.csv").open(encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.DictReader(fh))
        column = "Kind" if "Kind" in rows[0] else "类型"
        kinds[bool(flag)] = {r[column] for r in rows}
        assert all(r.get("Speaker", r.get("发言人")) for r in rows)  # a speaker for every opinion
    assert kinds[True] <= {"suggestion", "complaint", "question", "praise"}
    assert not kinds[False] & {"suggestion", "complaint", "question", "praise"}
