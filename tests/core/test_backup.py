"""Backups: verified copies, rotation, describing, restoring and recovering a damaged file."""
from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop.core import backup, restoring
from desktop.core.db import open_database, resolve_location
from desktop.core.demo import create_demo
from desktop.core.errors import DamagedDatabaseError, StorageError
from desktop.core.services import opinions, sessions

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    path = tmp_path / "tingjian.db"
    db = open_database(resolve_location(path, path))
    create_demo(db, "zh")
    db.close()
    return path


def test_backup_is_a_verified_copy(demo_file: Path) -> None:
    made = backup.make_backup(demo_file, "manual", now=NOW)
    assert made.parent == demo_file.parent / "backups"
    assert not list(made.parent.glob("*.partial"))
    contents = backup.describe(made)
    assert (contents.check, contents.sessions, contents.opinions, contents.commitments) == (
        "ok", 1, 8, 4)
    assert contents.info.taken_at == NOW and contents.info.reason == "manual"
    assert contents.latest_session == "枫林社区2026年第四季度民情恳谈会"


def test_rotation_keeps_recent_daily_and_weekly(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    made = []
    for hours in range(0, 80 * 24, 6):  # every 6 hours for 80 days
        taken = NOW - timedelta(hours=hours)
        path = folder / f"tingjian-{taken.strftime(backup.STAMP)}-periodic.db"
        path.write_bytes(b"x")
        made.append(taken)
    removed = backup.rotate(folder, "tingjian", backup.RetentionPolicy(), NOW)
    kept = [b.taken_at for b in backup.list_backups(folder, "tingjian")]
    assert len(removed) + len(kept) == len(made)
    assert kept[:10] == sorted(made, reverse=True)[:10]  # the ten newest
    days = {t.date() for t in kept if NOW - t <= timedelta(days=7)}
    assert len(days) == 8  # today and each of the 7 days before
    weeks = {t.isocalendar()[:2] for t in kept}
    assert len(weeks) >= 8
    assert min(kept) >= NOW - timedelta(weeks=8, days=1)  # nothing older than 8 weeks survives
    assert len(kept) < 40


def test_failed_check_keeps_old_backups(demo_file: Path, monkeypatch) -> None:
    first = backup.make_backup(demo_file, "manual", now=NOW - timedelta(days=400))
    monkeypatch.setattr(backup, "_copy", lambda src, dst: Path(dst).write_bytes(b"x") or "bad")
    with pytest.raises(StorageError, match="did not pass"):
        backup.make_backup(demo_file, "manual", now=NOW, policy=backup.RetentionPolicy(recent=0))
    assert first.exists()  # rotation never ran: the new backup was not verified
    assert [p.name for p in first.parent.iterdir()] == [first.name]


def test_restore_keeps_the_replaced_file(demo_file: Path) -> None:
    saved = backup.make_backup(demo_file, "manual", now=NOW)
    db = open_database(resolve_location(demo_file, demo_file))
    session_id = sessions.list_session_rows(db)[0].id
    opinions.create_opinion(db, session_id, "备份之后新增的意见")
    db.close()
    aside = restoring.restore(demo_file, saved, now=NOW + timedelta(hours=1))
    assert aside is not None and aside.exists() and "replaced" in aside.name
    db = open_database(resolve_location(demo_file, demo_file))
    assert len(opinions.list_opinions(db, session_id)) == 8
    db.close()
    old = open_database(resolve_location(aside, aside))
    assert len(opinions.list_opinions(old, session_id)) == 9
    old.close()


def damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for offset in range(4096, len(data)):
        data[offset] = (data[offset] * 7 + 13) % 256
    path.write_bytes(bytes(data))


def test_damaged_database_is_detected_and_recovered(demo_file: Path) -> None:
    good = backup.make_backup(demo_file, "start", now=NOW)
    bad = backup.make_backup(demo_file, "close", now=NOW + timedelta(hours=1))
    damage(bad)  # the newest backup is damaged too: recovery must skip it
    db = open_database(resolve_location(demo_file, demo_file))
    db.close()
    Path(str(demo_file) + "-wal").write_bytes(b"")
    damage(demo_file)
    with pytest.raises(DamagedDatabaseError):
        open_database(resolve_location(demo_file, demo_file))
    chosen = backup.newest_good_backup(demo_file)
    assert chosen is not None and chosen.info.path == good
    moved = restoring.recover(demo_file, chosen.info.path, now=NOW + timedelta(hours=2))
    assert moved.exists() and Path(str(moved) + "-wal").exists()
    db = open_database(resolve_location(demo_file, demo_file))
    assert db.check(full=True) == ["ok"]
    assert sessions.count_sessions(db) == 1
    db.close()


def test_restore_refuses_a_damaged_backup(demo_file: Path) -> None:
    made = backup.make_backup(demo_file, "manual", now=NOW)
    damage(made)
    with pytest.raises(StorageError):
        restoring.restore(demo_file, made)
    assert sqlite3.connect(demo_file).execute("PRAGMA quick_check").fetchone()[0] == "ok"


def test_full_disk_loses_nothing_saved(tmp_path: Path) -> None:
    """SQLite's max_page_count makes the file 'full': the write fails cleanly, data stays."""
    from sqlalchemy import event

    path = tmp_path / "full.db"
    db = open_database(resolve_location(path, path))
    session = sessions.create_session(db, "full disk", NOW)
    kept = opinions.create_opinion(db, session.id, "saved before the disk filled up")
    pages = db.engine.connect().exec_driver_sql("PRAGMA page_count").scalar()
    db.engine.dispose()
    event.listen(db.engine, "connect",
                 lambda conn, _rec: conn.execute(f"PRAGMA max_page_count={pages + 2}"))
    with pytest.raises(StorageError, match="disk is full"):
        opinions.create_opinion(db, session.id, "x" * 200_000)
    assert [o.id for o in opinions.list_opinions(db, session.id)] == [kept.id]
    db.close()
