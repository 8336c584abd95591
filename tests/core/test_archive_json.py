"""The archive's tables as SQLite writes them are the JSON Python's own encoder writes for the
same rows: the canonical form the digest is defined on, byte for byte."""
from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from sqlalchemy import text

from desktop.core import archive
from desktop.core.db import open_database, resolve_location
from desktop.core.models import metadata
from desktop.core.services import commitments, dispositions, opinions, owners, sessions

START = datetime(2026, 3, 2, 1, 0, 0, 250_000, tzinfo=UTC)
# Every control character, the separators JavaScript treats as line ends, quotes, backslashes,
# a character outside the basic plane, and text that looks like JSON or SQL.
HOSTILE = ("".join(chr(i) for i in range(1, 32)) + "\u2028\u2029\u007f\"\\/'"
           + "表情\U0001F600 {\"a\": [1, 2]} '); DROP TABLE opinion; -- ")


def _filled(db):
    s = sessions.create_session(db, "长\u2028标题\t\"引号\"", START)
    owner = owners.create_owner(db, "街道\\办")
    o1 = opinions.create_opinion(db, s.id, HOSTILE, speaker_label="居民\n甲", support_count=3)
    opinions.create_opinion(db, s.id, "平常的意见")
    dispositions.set_disposition(db, o1.id, "not_adopted", reason=HOSTILE[::-1],
                                 decided_by="王主任")
    commitments.create_commitment(db, s.id, "修路", owner.id, START + timedelta(days=20),
                                  opinion_ids=[o1.id])
    return s


def _python_json(db) -> bytes:
    """The oracle: every table read row by row through SQLAlchemy's types (times as aware
    datetimes, written by ``isoformat``), not by the SQL the archive uses, and given to the
    json module."""
    with db.engine.connect() as conn:
        tables = {t.name: {"columns": [c.name for c in t.columns],
                           "rows": archive._export_rows(conn, t, "generic")}
                  for t in metadata.sorted_tables if t.name not in archive.TRANSIENT}
    return json.dumps(tables, ensure_ascii=False, sort_keys=True,
                      separators=(",", ":")).encode("utf-8")


def _written(db) -> bytes:
    with db.engine.connect() as conn:
        pieces, _counts = archive._body(conn, db.dialect, None)
    return b"".join(pieces)


def test_hostile_text_is_written_as_python_writes_it(sqlite_database) -> None:
    _filled(sqlite_database)
    body = _written(sqlite_database)
    assert body == _python_json(sqlite_database)
    rows = json.loads(body)["opinion"]["rows"]
    assert HOSTILE in {v for row in rows for v in row}


def test_a_real_number_in_a_numeric_column_is_still_canonical(sqlite_database) -> None:
    """SQLite spells 1.5e+20 as 1.5e+20 but 1e20 as 1.0e+20; such a table is written by Python."""
    s = _filled(sqlite_database)
    with sqlite_database.engine.begin() as conn:
        conn.execute(text("UPDATE opinion SET support_count = 1e20 WHERE session_id = :s"),
                     {"s": s.id})
    body = _written(sqlite_database)
    assert body == _python_json(sqlite_database)
    assert b"1e+20" in body


def test_the_written_archive_reads_back_verified(sqlite_database, tmp_path) -> None:
    _filled(sqlite_database)
    path = tmp_path / "a.json"
    counts = archive.export_archive(sqlite_database, path)
    document = archive.read_archive(path)
    assert {name: len(t["rows"]) for name, t in document["tables"].items()} == counts
    header = json.loads(path.read_bytes())
    assert header["sha256"] == archive._digest(header["tables"])


def test_import_gives_back_the_same_tables(sqlite_database, tmp_path) -> None:
    """Times with and without microseconds and empty times survive export and import: the
    new database writes the very same JSON."""
    s = _filled(sqlite_database)
    whole = datetime(2026, 3, 2, 1, 0, tzinfo=UTC)  # no microseconds: isoformat omits them
    opinions.create_opinion(sqlite_database, s.id, "整点收到", received_at=whole)
    opinions.create_opinion(sqlite_database, s.id, "带微秒",
                            received_at=whole + timedelta(microseconds=7))
    for micro in (120_000, 100_000, 10, 999_999):  # fractions ending in zeros, or none
        opinions.create_opinion(sqlite_database, s.id, f"微秒{micro}",
                                received_at=whole + timedelta(seconds=59, microseconds=micro))
    assert _written(sqlite_database) == _python_json(sqlite_database)
    path = tmp_path / "a.json"
    archive.export_archive(sqlite_database, path)
    target = tmp_path / "copy.db"
    copy = open_database(resolve_location(target, target))
    try:
        archive.import_archive(copy, path)
        assert _python_json(copy) == _python_json(sqlite_database)
        received = {o.text: o.received_at for o in opinions.list_opinions(copy, s.id)}
        assert received["整点收到"] == whole
        assert received["带微秒"] == whole + timedelta(microseconds=7)
    finally:
        copy.close()
