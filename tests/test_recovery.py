"""Faults injected for real, seen through the core and the command line: a lock held by another
process, a disk that fills up, read-only mounts and files, hard links, empty and half-made
files, odd paths, a folder deleted while running. Each is told apart, gets its own message,
and leaves the database's bytes as they were."""
from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop.core.db import open_database, resolve_location
from desktop.core.diagnose import Condition, diagnose
from desktop.core.errors import DamagedDatabaseError, StorageError
from desktop.core.services import opinions, sessions

from . import faults
from .faults import files_of, sha256
from .test_cli import run

ODD = "会议 数据 (2026)"  # spaces, Chinese and brackets in the folder and file names


def make_demo(path: Path) -> Path:
    return faults.make_demo(path, "zh")


damage = faults.damage


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    return make_demo(tmp_path / ODD / f"{ODD}.db")


def opinion_count(path: Path) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM opinion").fetchone()[0]
    finally:
        conn.close()


# --- a lock held by another process ---------------------------------------------------------

def test_a_locked_database_is_busy_not_damaged(demo: Path) -> None:
    before = files_of(demo)
    with faults.lock_held(demo, "exclusive"):
        verdict = diagnose(demo)
        assert verdict.condition is Condition.BUSY and not verdict.may_move_aside
        with pytest.raises(StorageError) as info:
            open_database(resolve_location(demo, demo))
        assert not isinstance(info.value, DamagedDatabaseError)
        assert "busy" in str(info.value) and "not damaged" in str(info.value)
        assert "damaged (" not in str(info.value)
        for command in (("check",), ("check", "--full"), ("sessions",)):
            result = run(*command, "--db", str(demo))
            assert result.returncode == 2, result
            assert "is busy" in result.stderr and "Traceback" not in result.stderr
            assert "is damaged" not in result.stderr + result.stdout
        zh = run("check", "--db", str(demo), env={"TINGJIAN_LANG": "zh_CN.UTF-8"})
        assert "正被其他程序" in zh.stderr and "并未损坏" in zh.stderr
    assert files_of(demo) == before


def test_a_writer_holding_the_lock_leaves_reading_and_says_busy_on_writing(demo: Path) -> None:
    from desktop.core import db as dbmod

    with faults.lock_held(demo, "plain"):  # WAL: readers go on, the writer waits
        check = run("check", "--db", str(demo))
        assert check.returncode == 0 and "quick_check: ok" in check.stdout
        db = open_database(resolve_location(demo, demo))
        original, dbmod.BUSY_TIMEOUT_MS = dbmod.BUSY_TIMEOUT_MS, 100
        try:
            db.engine.dispose()
            session_id = sessions.list_session_rows(db)[0].id
            with pytest.raises(StorageError, match="busy") as info:
                opinions.create_opinion(db, session_id, "写入时被锁")
            assert not isinstance(info.value, DamagedDatabaseError)
        finally:
            dbmod.BUSY_TIMEOUT_MS = original
            db.close()


# --- a disk that fills up -------------------------------------------------------------------

def test_a_full_disk_is_not_damage_and_still_reads(tmp_path: Path, demo: Path) -> None:
    with faults.small_disk(tmp_path / "small disk 小盘") as disk:
        path = disk / demo.name
        shutil.copy(demo, path)
        count = opinion_count(path)
        faults.fill(disk)
        assert shutil.disk_usage(disk).free < 64 * 1024
        before = sha256(path)
        verdict = diagnose(path)
        assert verdict.condition is Condition.OK and verdict.write_problem is Condition.DISK_FULL
        with pytest.raises(StorageError) as info:  # a writing open is refused, calmly
            open_database(resolve_location(path, path))
        assert "disk holding" in str(info.value) and "is full" in str(info.value)
        assert not isinstance(info.value, DamagedDatabaseError)
        db = open_database(resolve_location(path, path), read_only_ok=True)
        try:
            assert db.read_only is not None and "nothing can be saved" in str(db.read_only)
            rows = sessions.list_session_rows(db)
            assert sum(r.opinions for r in rows) == count > 0  # everything shows
            with pytest.raises(StorageError, match="read-only") as refused:
                opinions.create_opinion(db, rows[0].id, "磁盘已满时的意见")
            assert "is full" in str(refused.value)
        finally:
            db.close()
        check = run("check", "--full", "--db", str(path))
        assert check.returncode == 0, check
        assert "integrity_check: ok" in check.stdout and "writable: no (disk-full)" in check.stdout
        listed = run("sessions", "--db", str(path))  # the command line reads too
        assert listed.returncode == 0 and f"{count:>5} opinions" in listed.stdout
        demo_cmd = run("demo", "--db", str(path))
        assert demo_cmd.returncode == 2 and "is full" in demo_cmd.stderr
        assert "Traceback" not in demo_cmd.stderr
        assert sha256(path) == before


def test_no_new_file_is_left_half_made_on_a_full_disk(tmp_path: Path) -> None:
    with faults.small_disk(tmp_path / "disk") as disk:
        faults.fill(disk)
        target = disk / "new.db"
        result = run("demo", "--db", str(target))
        assert result.returncode == 2 and "is full" in result.stderr
        assert sorted(p.name for p in disk.iterdir()) == ["filler.bin"]


# --- read-only mounts and files --------------------------------------------------------------

def test_a_read_only_mount_opens_read_only(tmp_path: Path, demo: Path) -> None:
    before = files_of(demo)
    with faults.read_only_mount(demo.parent, tmp_path / "mounted ro 只读") as mounted:
        path = mounted / demo.name
        verdict = diagnose(path)
        assert verdict.condition is Condition.OK and verdict.write_problem is Condition.READ_ONLY
        db = open_database(resolve_location(path, path), read_only_ok=True)
        try:
            assert len(sessions.list_session_rows(db)) == 1
            with pytest.raises(StorageError, match="read-only"):
                opinions.create_opinion(db, 1, "只读")
        finally:
            db.close()
        with pytest.raises(StorageError, match="cannot be written"):
            open_database(resolve_location(path, path))
        result = run("demo", "--db", str(path))
        assert result.returncode == 2 and "read-only" in result.stderr
        check = run("check", "--db", str(path))
        assert check.returncode == 0 and "writable: no (read-only)" in check.stdout
    assert files_of(demo) == before


def test_an_immutable_file_opens_read_only_even_for_root(demo: Path) -> None:
    before = sha256(demo)
    with faults.immutable(demo):
        verdict = diagnose(demo)
        assert verdict.write_problem is Condition.READ_ONLY
        result = run("session", "new", "--title", "x", "--date", "2026-12-01", "--db", str(demo))
        assert result.returncode == 2 and "cannot be written" in result.stderr
        db = open_database(resolve_location(demo, demo), read_only_ok=True)
        assert db.read_only is not None
        db.close()
    assert sha256(demo) == before


def test_permission_bits_are_honoured_for_other_users(demo: Path) -> None:
    """As root, permission bits do not stop writes; the diagnosis asks the system, not the
    bits, so root still writes a 0444 file. Non-root runs see it read-only."""
    demo.chmod(0o444)
    try:
        verdict = diagnose(demo)
        if faults.is_root():
            assert verdict.write_problem is None
        else:
            assert verdict.write_problem is Condition.READ_ONLY
    finally:
        demo.chmod(0o644)


# --- empty, half-made, foreign and odd files ---------------------------------------------------

def test_a_zero_byte_file_is_never_taken_silently(tmp_path: Path) -> None:
    empty = tmp_path / f"{ODD}.db"
    empty.write_bytes(b"")
    for command in (("check",), ("sessions",), ("backup",)):
        result = run(*command, "--db", str(empty))
        assert result.returncode == 2, result
        assert "is empty" in result.stderr and "Traceback" not in result.stderr
    with pytest.raises(StorageError, match="is empty"):
        open_database(resolve_location(empty, empty), create=False)
    assert empty.read_bytes() == b"" and sorted(p.name for p in tmp_path.iterdir()) == [empty.name]
    made = run("demo", "--db", str(empty))  # asked for: a command that creates data
    assert made.returncode == 0 and opinion_count(empty) > 0


def test_a_missing_file_is_made_only_when_asked(tmp_path: Path) -> None:
    missing = tmp_path / "nothing here.db"
    assert run("check", "--db", str(missing)).returncode == 2
    assert run("sessions", "--db", str(missing)).returncode == 2
    assert not missing.exists()
    gone = tmp_path / "gone" / "x.db"
    result = run("sessions", "--db", str(gone))
    assert result.returncode == 2 and "does not exist" in result.stderr
    assert not gone.parent.exists()


def test_an_empty_alembic_version_gets_a_clear_message(demo: Path) -> None:
    conn = sqlite3.connect(demo)
    conn.execute("DELETE FROM alembic_version")
    conn.commit()
    conn.close()
    before = files_of(demo)
    for command in (("check",), ("sessions",), ("demo",)):
        result = run(*command, "--db", str(demo))
        assert result.returncode == 2, result
        assert "alembic_version" in result.stderr and "is empty" in result.stderr
        assert "already exists" not in result.stderr and "Traceback" not in result.stderr
    assert diagnose(demo).condition is Condition.UNSTAMPED
    assert files_of(demo) == before


def test_damage_is_told_only_after_integrity_check(demo: Path) -> None:
    damage(demo)
    before = sha256(demo)
    verdict = diagnose(demo)
    assert verdict.condition is Condition.DAMAGED and verdict.may_move_aside
    with pytest.raises(DamagedDatabaseError):
        open_database(resolve_location(demo, demo))
    check = run("check", "--full", "--db", str(demo))
    assert check.returncode == 1 and "damaged" in check.stdout
    assert sha256(demo) == before


def test_a_damaged_file_open_elsewhere_is_never_moved(demo: Path) -> None:
    from desktop.core.backup import make_backup
    from desktop.core.restoring import recover

    backup = make_backup(demo, "start")
    damage(demo)
    with faults.lock_held(demo, "plain"):
        verdict = diagnose(demo)
        assert verdict.condition is Condition.DAMAGED and verdict.in_use
        assert not verdict.may_move_aside
        before = files_of(demo)
        with pytest.raises(StorageError, match="another program has it open"):
            recover(demo, backup)
        assert files_of(demo) == before
    assert not list(demo.parent.glob("*.damaged-*"))


def test_recover_refuses_a_healthy_file(demo: Path) -> None:
    from desktop.core.restoring import recover

    before = sha256(demo)
    with pytest.raises(StorageError, match="passes integrity_check"):
        recover(demo, None)
    assert sha256(demo) == before


def test_odd_paths_and_urls_work(demo: Path, tmp_path: Path, monkeypatch) -> None:
    check = run("check", "--db", str(demo))
    assert check.returncode == 0 and f"database: {demo}" in check.stdout
    monkeypatch.chdir(demo.parent)
    relative = resolve_location(f"sqlite:///{demo.name}", tmp_path / "x.db")
    assert relative.path == demo
    db = open_database(relative, create=False)
    assert len(sessions.list_session_rows(db)) == 1
    db.close()


# --- a folder deleted while the application runs -----------------------------------------------

def test_a_folder_deleted_while_running_refuses_writes_and_keeps_nothing_half(
        tmp_path: Path) -> None:
    path = make_demo(tmp_path / "走了 folder" / "t.db")
    db = open_database(resolve_location(path, path))
    try:
        session_id = sessions.list_session_rows(db)[0].id
        opinions.create_opinion(db, session_id, "before")
        shutil.rmtree(path.parent)
        with pytest.raises(StorageError, match="no longer there") as info:
            opinions.create_opinion(db, session_id, "after the folder went")
        assert "已不在原处" in info.value.text("zh")
        assert not path.parent.exists()  # nothing was re-created behind the user's back
    finally:
        db.close()
    result = run("sessions", "--db", str(path))
    assert result.returncode == 2 and "does not exist" in result.stderr


def test_a_file_replaced_while_running_is_not_written_into(tmp_path: Path) -> None:
    path = make_demo(tmp_path / "t.db")
    db = open_database(resolve_location(path, path))
    try:
        moved = tmp_path / "moved.db"
        path.rename(moved)
        make_demo(path)  # another file now has the name
        before = sha256(path)
        with pytest.raises(StorageError, match="no longer there"):
            sessions.create_session(db, "x", datetime.now(UTC))
        assert sha256(path) == before
    finally:
        db.close()


def test_uri_characters_in_a_path_do_not_change_which_file_is_read(tmp_path: Path) -> None:
    from desktop.core.backup import describe, make_backup
    from desktop.core.peek import peek_session_rows

    path = make_demo(tmp_path / "a?b#c %41 会议" / "x?mode=rw#.db")
    assert [r.title for r in peek_session_rows(path)] == [
        r.title for r in sessions.list_session_rows(open_database(resolve_location(path, path)))]
    made = make_backup(path, "manual")
    assert describe(made).sessions == 1
    assert diagnose(path).condition is Condition.OK
