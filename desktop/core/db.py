"""Opening the database: SQLite in the data folder by default, PostgreSQL by URL.

Every check happens before anything is written, so a file Tingjian cannot use is left as it was.
"""
from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import event, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlmodel import Session, create_engine

from . import migrate
from .errors import DamagedDatabaseError, StorageError
from .location import Location, resolve_location  # noqa: F401 - part of this module's API

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000

ChangeListener = Callable[[str, tuple[int, ...]], None]


def _check_sqlite_file(path: Path, *, create: bool) -> None:
    """Refuse, with a readable reason, a file Tingjian cannot open; change nothing."""
    if path.exists():
        if path.is_dir():
            raise StorageError(en=f"{path} is a folder, not a database file.",
                               zh=f"{path} 是文件夹，不是数据库文件。")
        try:
            with path.open("rb") as fh:
                header = fh.read(len(SQLITE_MAGIC))
        except PermissionError as exc:
            raise StorageError(
                en=f"Cannot read {path}: permission denied. Ask for read and write access or copy "
                "the file to a folder of your own.",
                zh=f"无法读取 {path}：没有权限。请获取读写权限，或把文件复制到自己的文件夹。") from exc
        if header and header != SQLITE_MAGIC:
            raise StorageError(
                en=f"{path} is not a Tingjian database (or it is damaged). Choose another file or "
                "restore a backup.",
                zh=f"{path} 不是听见的数据库（或已损坏）。请选择其他文件或从备份恢复。")
        if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
            raise StorageError(
                en=f"{path} is read-only. Tingjian needs to write to it and to its folder; copy it "
                "to a writable folder or change its permissions.",
                zh=f"{path} 是只读的。听见需要写入该文件及其所在文件夹；请复制到可写的文件夹或修改权限。")
        return
    if path.parent.exists():
        if create and not os.access(path.parent, os.W_OK):
            raise StorageError(
                en=f"The folder {path.parent} is read-only, so Tingjian cannot create its database "
                "there. Choose a writable folder with --db, or set TINGJIAN_DATA_DIR.",
                zh=f"文件夹 {path.parent} 是只读的，听见无法在此创建数据库。请用 --db 选择可写的文件夹，"
                "或设置 TINGJIAN_DATA_DIR。")
        return
    if not path.parent.exists():
        if not create:
            raise StorageError(
                en=f"The folder {path.parent} does not exist. Check the path given with --db.",
                zh=f"文件夹 {path.parent} 不存在。请检查 --db 给出的路径。")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageError(en=f"Cannot create the data folder {path.parent}: {exc.strerror}.",
                               zh=f"无法创建数据文件夹 {path.parent}：{exc.strerror}。") from exc


def _sqlite_pragmas(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


@dataclass
class Database:
    """An open, migrated database. Services receive it and write through ``write()``."""

    engine: Engine
    location: Location
    _listeners: list[ChangeListener] = field(default_factory=list)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def read(self) -> Session:
        return Session(self.engine, expire_on_commit=False)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on any error.

        Services note what they changed with ``changed(session, entity, ids)``; listeners hear
        about it only after the commit succeeded.
        """
        with Session(self.engine, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except OperationalError as exc:
                session.rollback()
                raise _storage_error(exc) from exc
            except BaseException:
                session.rollback()
                raise
            pending: dict[str, set[int]] = session.info.pop("changes", {})
        for entity, ids in pending.items():
            self.notify(entity, tuple(sorted(ids)))

    def subscribe(self, listener: ChangeListener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: ChangeListener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def notify(self, entity: str, ids: tuple[int, ...] = ()) -> None:
        for listener in list(self._listeners):
            listener(entity, ids)

    def revision(self) -> str | None:
        return migrate.current_revision(self.engine)

    def check(self, full: bool = False) -> list[str]:
        """``quick_check`` (or ``integrity_check`` when ``full``); ``["ok"]`` when healthy."""
        if not self.location.is_sqlite:
            with self.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            return ["ok"]
        pragma = "integrity_check" if full else "quick_check"
        with self.engine.connect() as conn:
            return [row[0] for row in conn.exec_driver_sql(f"PRAGMA {pragma}")]

    def close(self) -> None:
        self.engine.dispose()


def changed(session: Session, entity: str, *ids: int | None) -> None:
    """Record inside a write transaction that rows of ``entity`` changed."""
    bucket = session.info.setdefault("changes", {}).setdefault(entity, set())
    bucket.update(i for i in ids if i is not None)


def _storage_error(exc: DBAPIError) -> StorageError:
    message = str(exc.orig) if exc.orig is not None else str(exc)
    if "locked" in message or "busy" in message:
        return StorageError(
            en="The database is busy: another program or another Tingjian window is writing to it. "
            "Close the other program and try again.",
            zh="数据库正被其他程序或另一个听见窗口占用。请关闭该程序后重试。")
    if "readonly" in message or "read-only" in message:
        return StorageError(en="The database is read-only; nothing was saved.",
                            zh="数据库为只读，未保存任何内容。")
    if "is full" in message:
        return StorageError(
            en="The disk is full; nothing was saved. Free some space and try again.",
            zh="磁盘已满，未保存任何内容。请腾出空间后重试。")
    if "malformed" in message or "not a database" in message:
        return _damaged([message])
    return StorageError(en=f"The database could not be used: {message}",
                        zh=f"无法使用数据库：{message}")


def make_engine(location: Location) -> Engine:
    if location.is_sqlite:
        engine = create_engine(location.url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(location.url, pool_pre_ping=True)


def open_database(location: Location, *, migrate_schema: bool = True, backup: bool = True,
                  create: bool = True) -> Database:
    """Open, check and (after a backup) migrate the database at ``location``.

    Raises ``StorageError`` without changing anything when the file is unreadable, read-only,
    not a database, damaged, foreign or written by a newer version of Tingjian.
    """
    if location.path is not None:
        if not create and not location.path.exists():
            raise StorageError(en=f"There is no database at {location.path}.",
                               zh=f"{location.path} 处没有数据库。")
        _check_sqlite_file(location.path, create=create)
    if location.path is not None and location.path.exists():
        _inspect_sqlite_file(location.path, location)  # read-only: a refusal changes nothing
    engine = make_engine(location)
    try:
        current = _inspect_schema(engine, location)
        db = Database(engine, location)
        if migrate_schema and current != migrate.head_revision():
            if backup and location.path is not None and current is not None:
                from .backup import make_backup

                make_backup(location.path, reason=f"before-migration-{current}")
            migrate.upgrade(engine)
        return db
    except DBAPIError as exc:
        engine.dispose()
        if location.is_sqlite:
            raise _storage_error(exc) from exc
        raise StorageError(
            en=f"Cannot reach the database server {location.display()}: {exc.orig}. Check that the "
            "server runs and the URL is right.",
            zh=f"无法连接数据库服务器 {location.display()}：{exc.orig}。请检查服务器是否运行、地址是否正确。",
        ) from exc
    except BaseException:
        engine.dispose()
        raise


def _inspect_schema(engine: Engine, location: Location) -> str | None:
    current = migrate.current_revision(engine)
    if current is None:
        if migrate.has_foreign_tables(engine):
            raise StorageError(
                en=f"{location.display()} holds tables of another program, not a Tingjian database. "
                "Nothing was changed; choose another database.",
                zh=f"{location.display()} 包含其他程序的数据表，不是听见的数据库。未做任何修改；请选择其他数据库。")
        return None
    if current not in migrate.known_revisions():
        raise _newer(current)
    return current


def _inspect_sqlite_file(path: Path, location: Location) -> None:
    """Before anything may write (WAL mode rewrites the header): is this our healthy database?"""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise StorageError(en=f"Cannot open {path}: {exc}.", zh=f"无法打开 {path}：{exc}。") from exc
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if tables and "alembic_version" not in tables:
            raise StorageError(
                en=f"{location.display()} holds tables of another program, not a Tingjian database. "
                "Nothing was changed; choose another database.",
                zh=f"{location.display()} 包含其他程序的数据表，不是听见的数据库。未做任何修改；请选择其他数据库。")
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            if row and row[0] not in migrate.known_revisions():
                raise _newer(row[0])
        problems = [r[0] for r in conn.execute("PRAGMA quick_check")]
        if problems != ["ok"]:
            raise _damaged(problems)
    except sqlite3.DatabaseError as exc:
        raise _damaged([str(exc)]) from exc
    finally:
        conn.close()


def _newer(revision: str) -> StorageError:
    return StorageError(
        en=f"This database was written by a newer version of Tingjian (schema {revision}). "
        "Install the newer version to open it; nothing was changed.",
        zh=f"该数据库由更新版本的听见写入（结构版本 {revision}）。请安装新版本后再打开；未做任何修改。")


def _damaged(problems: list[str]) -> DamagedDatabaseError:
    return DamagedDatabaseError(
        en="The database file is damaged (" + "; ".join(problems[:3]) + "). "
        "Restore a backup (Settings → Backups or `tingjian restore`).",
        zh="数据库文件已损坏（" + "；".join(problems[:3]) + "）。"
        "请从备份恢复（设置 → 备份，或 `tingjian restore`）。")
