"""`tingjian retention`, `tingjian person report` and `tingjian person erase`, as a user runs them."""
from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import docx
import pytest

from desktop.core.db import open_database, resolve_location
from desktop.core.services import attendance, people, sessions

from .test_cli import run

OLD = datetime.now(UTC) - timedelta(days=400)  # the CLI runs on the system clock


@pytest.fixture
def database(tmp_path: Path) -> tuple[str, dict[str, int]]:
    path = tmp_path / "people.db"
    db = open_database(resolve_location(path, path))
    try:
        old = sessions.create_session(db, "去年的恳谈会", OLD)
        new = sessions.create_session(db, "本月恳谈会", datetime.now(UTC))
        ids = {
            "old": attendance.register_attendee(db, old.id, "周洁", "1号楼", contact="13300133000",
                                                contact_consent=True, now=OLD)[1].id,
            "new": attendance.register_attendee(db, new.id, "吴刚", "2号楼", contact="13200132000",
                                                contact_consent=True)[1].id,
            "twin1": attendance.register_attendee(db, new.id, "李娜", "3号楼")[1].id,
            "twin2": attendance.register_attendee(db, old.id, "李娜", "4号楼", now=OLD)[1].id,
            "official": people.create_person(db, "刘主任", is_official=True).id,
        }
    finally:
        db.close()
    return str(path), ids


def test_retention_dry_run_lists_then_the_run_erases(database):
    path, ids = database
    dry = run("retention", "--dry-run", "--json", "--db", path)
    assert dry.returncode == 0, dry.stderr
    listed = json.loads(dry.stdout)
    assert [c["person_id"] for c in listed["due"]] == [ids["old"]]
    assert listed["due"][0]["contact"] == "133****3000"
    assert [c["person_id"] for c in listed["kept"]] == [ids["new"]]
    done = run("retention", "--db", path)
    assert done.returncode == 0 and "Contacts erased: 1" in done.stdout
    assert "周洁" in done.stdout and "13300133000" not in done.stdout
    again = json.loads(run("retention", "--json", "--db", path).stdout)
    assert again["erased"] == []


def test_person_report_to_docx_json_and_stdout(database, tmp_path):
    path, ids = database
    out = tmp_path / "report.docx"
    made = run("person", "report", "周洁", "--out", str(out), "--db", path)
    assert made.returncode == 0, made.stderr
    document = docx.Document(str(out))
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    assert "13300133000" in cells and "去年的恳谈会" in cells
    printed = json.loads(run("person", "report", str(ids["old"]), "--db", path).stdout)
    assert printed["person"]["name"] == "周洁"
    bad = run("person", "report", "周洁", "--out", str(tmp_path / "r.txt"), "--db", path)
    assert bad.returncode == 2 and ".docx or .json" in bad.stderr and "Traceback" not in bad.stderr


def test_person_erase_and_every_bad_input(database):
    path, ids = database
    shared = run("person", "erase", "李娜", "--reason", "本人要求", "--db", path)
    assert shared.returncode == 2 and "Traceback" not in shared.stderr
    assert f"#{ids['twin1']} 李娜, 3号楼" in shared.stderr
    assert f"#{ids['twin2']} 李娜, 4号楼" in shared.stderr
    unknown = run("person", "erase", "无名氏", "--reason", "x", "--db", path)
    assert unknown.returncode == 2 and "无名氏" in unknown.stderr
    official = run("person", "erase", "刘主任", "--reason", "x", "--db", path)
    assert official.returncode == 2 and "officials' names are part of the record" in official.stderr
    zh = run("person", "erase", "刘主任", "--reason", "x", "--db", path,
             env={"TINGJIAN_LANG": "zh"})
    assert "不予删除" in zh.stderr
    missing = run("person", "erase", str(ids["twin1"]), "--db", path)
    assert missing.returncode == 2 and "--reason" in missing.stderr
    done = run("person", "erase", str(ids["twin1"]), "--reason", "本人来电要求", "--by", "李秘书",
               "--db", path)
    assert done.returncode == 0, done.stderr
    assert f"Erased person #{ids['twin1']}" in done.stdout
    twice = run("person", "erase", str(ids["twin1"]), "--reason", "again", "--db", path)
    assert twice.returncode == 2 and "already erased" in twice.stderr
    alone = run("person", "report", "李娜", "--db", path)  # only one 李娜 is left
    assert alone.returncode == 0 and json.loads(alone.stdout)["person"]["id"] == ids["twin2"]
