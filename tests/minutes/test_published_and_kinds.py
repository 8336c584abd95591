"""The organisation's own numbers stay in public documents written from the command line, and
the session's other documents never count as its approved minutes."""
from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import docx

from desktop.core.db import open_database, resolve_location
from desktop.core.services import minutes_versions, opinions, sessions
from desktop.minutes.generate import generate_minutes
from tests.test_cli import run

ORG_PHONE = "0571-88886666"
CITIZEN_MOBILE = "13912345678"


def _text(path: Path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    parts += [c.text for t in document.tables for r in t.rows for c in r.cells]
    return "\n".join(parts)


def _session(path: Path) -> int:
    db = open_database(resolve_location(path, path))
    try:
        sid = sessions.create_session(db, "青石街道民情恳谈会", datetime(2026, 11, 23, 1, tzinfo=UTC),
                                      language="zh").id
        opinions.create_opinion(db, sid, f"请拨打街道电话{ORG_PHONE}，我的手机{CITIZEN_MOBILE}。")
        return sid
    finally:
        db.close()


def test_published_numbers_are_kept_by_the_command_line(tmp_path: Path) -> None:
    path = tmp_path / "d.db"
    sid = str(_session(path))
    for command, out in (("minutes", tmp_path / "m.docx"), ("report-back", tmp_path / "r.docx")):
        extra = ("--public",) if command == "minutes" else ()
        done = run(command, sid, *extra, "--published", ORG_PHONE, "--out", str(out), "--db", str(path))
        assert done.returncode == 0, done.stderr
        text = _text(out).replace(" ", "")
        assert ORG_PHONE in text, command
        assert CITIZEN_MOBILE not in text and "139****5678" in text, command
    bare = tmp_path / "bare.docx"  # without the option the organisation's number is masked too
    assert run("minutes", sid, "--public", "--out", str(bare), "--db", str(path)).returncode == 0
    assert ORG_PHONE not in _text(bare).replace(" ", "")


def test_an_approved_notice_is_not_the_approved_minutes(tmp_path: Path) -> None:
    path = tmp_path / "d.db"
    sid = _session(path)
    db = open_database(resolve_location(path, path))
    try:
        notice = tmp_path / "notice.docx"
        notice.write_bytes(b"notice")
        row = minutes_versions.add_version(db, sid, style="result_notice", public=True,
                                           file_path=notice, content_json="{}")
        minutes_versions.approve(db, row.id, "李主任")
        made = generate_minutes(db, sid, style="official", public=True, out=tmp_path / "p.docx")
        assert made.changes == ()  # nothing to compare with: no minutes were approved
    finally:
        db.close()
