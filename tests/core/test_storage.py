"""Opening, checking and migrating the database; every refusal leaves the file unchanged."""
from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect

from desktop.core import migrate
from desktop.core.db import open_database, resolve_location
from desktop.core.errors import DamagedDatabaseError, StorageError
from desktop.core.models import metadata
from desktop.core.services import sessions


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def open_path(path: Path, **kwargs):
    return open_database(resolve_location(path, path), **kwargs)


def _not_search(obj, name, type_, reflected, compare_to) -> bool:
    """The full-text search objects (migration 0003_search) live outside the models."""
    return not (name or "").startswith("search_")


def schema_diff(engine) -> list:
    with engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_object": _not_search})
        return compare_metadata(context, metadata)


def test_upgrade_from_empty_matches_the_models(db) -> None:
    assert db.revision() == migrate.head_revision()
    assert schema_diff(db.engine) == []
    assert set(metadata.tables) <= set(inspect(db.engine).get_table_names())


def test_downgrade_to_base_and_upgrade_again(db) -> None:
    migrate.downgrade(db.engine, "base")
    assert set(inspect(db.engine).get_table_names()) <= {"alembic_version"}
    migrate.upgrade(db.engine)
    assert schema_diff(db.engine) == []
    assert db.revision() == migrate.head_revision()


def test_sqlite_pragmas(sqlite_database) -> None:
    with sqlite_database.engine.connect() as conn:
        pragma = lambda name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
        assert pragma("journal_mode") == "wal"
        assert pragma("synchronous") == 2  # FULL
        assert pragma("foreign_keys") == 1
        assert pragma("busy_timeout") >= 1000


def test_default_location_is_the_data_folder(data_dir: Path) -> None:
    from desktop.core.paths import default_database_path

    location = resolve_location(None, default_database_path())
    assert location.path == data_dir / "tingjian.db"
    db = open_database(location)
    db.close()
    assert (data_dir / "tingjian.db").exists()


def test_newer_schema_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    open_path(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num='9999_future'")
    conn.close()
    before = digest(path)
    with pytest.raises(StorageError, match="newer version"):
        open_path(path)
    assert digest(path) == before


def test_not_a_database_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("this is a text file, not SQLite")
    with pytest.raises(StorageError, match="not a Tingjian database"):
        open_path(path)
    assert path.read_text() == "this is a text file, not SQLite"


def test_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)")
    conn.close()
    before = digest(path)
    with pytest.raises(StorageError, match="another program"):
        open_path(path)
    assert digest(path) == before


def test_corrupt_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "broken.db"
    db = open_path(path)
    sessions.create_session(db, "x", __import__("datetime").datetime.now().astimezone())
    db.close()
    data = bytearray(path.read_bytes())
    for offset in range(4096, min(len(data), 4096 * 6)):  # scramble pages after the header
        data[offset] = (data[offset] * 7 + 13) % 256
    path.write_bytes(bytes(data))
    for extra in ("-wal", "-shm"):
        Path(str(path) + extra).unlink(missing_ok=True)
    with pytest.raises(DamagedDatabaseError) as info:  # the header is intact: a damaged database
        open_path(path)
    assert "is damaged" in info.value.text("en") and "损坏" in info.value.text("zh")


def test_missing_folder_with_create_false(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="does not exist"):
        open_path(tmp_path / "nowhere" / "x.db", create=False)
    assert not (tmp_path / "nowhere").exists()


def test_folder_is_not_a_database(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="is a folder"):
        open_path(tmp_path)


def test_locked_database_gives_a_clear_message(tmp_path: Path) -> None:
    from desktop.core import db as dbmod

    path = tmp_path / "locked.db"
    db = open_path(path)
    blocker = sqlite3.connect(path, timeout=0)
    blocker.execute("BEGIN EXCLUSIVE")
    original = dbmod.BUSY_TIMEOUT_MS
    try:
        dbmod.BUSY_TIMEOUT_MS = 50
        db.engine.dispose()  # reconnect with the short timeout
        with pytest.raises(StorageError, match="busy"):
            sessions.create_session(db, "blocked", __import__("datetime").datetime.now().astimezone())
    finally:
        dbmod.BUSY_TIMEOUT_MS = original
        blocker.rollback()
        blocker.close()
        db.close()


def test_migration_makes_a_verified_backup_first(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "old.db"
    db = open_path(path)
    migrate.downgrade(db.engine, "0001")  # the file is then "older" and gets migrated
    db.close()
    open_path(path).close()
    backups = list((tmp_path / "backups").glob("old-*-before-migration-0001.db"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as conn:
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    conn.close()


def test_database_url_for_postgres_uses_psycopg() -> None:
    location = resolve_location("postgresql://postgres@127.0.0.1:5432/test", Path("x"))
    assert location.url.startswith("postgresql+psycopg://")
    assert location.path is None


def test_unreachable_server_is_reported() -> None:
    with pytest.raises(StorageError, match="Cannot reach"):
        open_database(resolve_location("postgresql://nobody@127.0.0.1:1/none", Path("x")))


def test_change_listeners_hear_after_commit(db) -> None:
    heard: list[tuple[str, tuple[int, ...]]] = []
    db.subscribe(lambda change: heard.append((change.entity, change.ids)))
    row = sessions.create_session(db, "Heard", __import__("datetime").datetime.now().astimezone())
    assert ("session", (row.id,)) in heard
    heard.clear()
    with pytest.raises(Exception):
        sessions.create_session(db, "", __import__("datetime").datetime.now().astimezone())
    assert heard == []


def test_engine_file_created_with_create_engine_is_usable(tmp_path: Path) -> None:
    path = tmp_path / "plain.db"
    create_engine(f"sqlite:///{path}").dispose()
    open_path(path).close()
    assert digest(path)
