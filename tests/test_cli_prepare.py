"""`tingjian session new` and `tingjian import` run as a user would run them."""
from __future__ import annotations

import json
from pathlib import Path

from tests.test_cli import run


def test_session_new_with_template_and_series(tmp_path: Path) -> None:
    db = str(tmp_path / "cli.db")
    made = run("session", "new", "--title", "十一月座谈会", "--date", "2026年11月3日", "--kind",
               "forum", "--template", "forum-zh", "--db", db)
    assert made.returncode == 0, made.stderr
    first = int(made.stdout.strip())
    nxt = run("session", "new", "--title", "十二月座谈会", "--date", "2026-12-01 19:00", "--after",
              str(first), "--db", db)
    assert nxt.returncode == 0, nxt.stderr
    rows = json.loads(run("sessions", "--json", "--db", db).stdout)
    assert {r["title"]: r["kind"] for r in rows} == {"十一月座谈会": "forum", "十二月座谈会": "forum"}
    bad = run("session", "new", "--title", "x", "--date", "11/03/2026", "--db", db)
    assert bad.returncode == 2 and "ambiguous" in bad.stderr and "Traceback" not in bad.stderr
    missing = run("session", "new", "--title", "x", "--date", "2026-11-03", "--template", "nope",
                  "--db", db)
    assert missing.returncode == 2 and "no agenda template" in missing.stderr


def test_import_opinions_dry_run_then_twice(tmp_path: Path) -> None:
    db = str(tmp_path / "cli.db")
    sid = run("session", "new", "--title", "t", "--date", "2026-11-20", "--db", db).stdout.strip()
    csv = tmp_path / "op.csv"
    csv.write_bytes("渠道,收到时间,内容,备注\n热线,2026-11-03 10:00,路灯坏了,a\n来信,坏日期,x,b\n"
                    .encode("gb18030"))
    dry = run("import", "opinions", str(csv), "--session", sid, "--dry-run", "--db", db)
    assert dry.returncode == 0, dry.stderr
    assert "1 valid, 1 with problems" in dry.stdout and "line 3, 收到时间" in dry.stdout
    assert "dry run" in dry.stdout
    assert json.loads(run("sessions", "--json", "--db", db).stdout)[0]["opinions"] == 0
    done = run("import", "opinions", str(csv), "--session", sid, "--db", db)
    assert done.returncode == 0 and "Imported 1 row." in done.stdout
    again = run("import", "opinions", str(csv), "--session", sid, "--db", db)
    assert again.returncode == 0 and "nothing was added" in again.stdout
    assert json.loads(run("sessions", "--json", "--db", db).stdout)[0]["opinions"] == 1


def test_import_failures_exit_non_zero(tmp_path: Path) -> None:
    db = str(tmp_path / "cli.db")
    sid = run("session", "new", "--title", "t", "--date", "2026-11-20", "--db", db).stdout.strip()
    all_bad = tmp_path / "bad.csv"
    all_bad.write_text("text,channel\nx,fax\n,hotline\n", encoding="utf-8")
    result = run("import", "opinions", str(all_bad), "--session", sid, "--db", db)
    assert result.returncode == 1 and "Nothing could be imported" in result.stderr
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    result = run("import", "attendees", str(empty), "--session", sid, "--db", db)
    assert result.returncode == 2 and "empty" in result.stderr
    result = run("import", "opinions", str(all_bad), "--session", "999", "--db", db)
    assert result.returncode == 2 and "#999" in result.stderr


def test_import_attendees(tmp_path: Path) -> None:
    db = str(tmp_path / "cli.db")
    sid = run("session", "new", "--title", "t", "--date", "2026-11-20", "--db", db).stdout.strip()
    csv = tmp_path / "att.csv"
    csv.write_bytes("姓名,分组,联系方式,同意\n王芳,7号楼,13800138000,是\n".encode("utf-8-sig"))
    result = run("import", "attendees", str(csv), "--session", sid, "--db", db,
                 env={"TINGJIAN_LANG": "zh_CN.UTF-8"})
    assert result.returncode == 0 and "已导入 1 行" in result.stdout
