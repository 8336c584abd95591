"""Opening the database: SQLite in the data folder by default, PostgreSQL by URL.

Every check happens before anything is written, so a file Tingjian cannot use is left as it was.
"""
from __future__ import annotations

import logging
import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import event, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError, DisconnectionError, InterfaceError, OperationalError
from sqlalchemy.orm.exc import StaleDataError
from sqlmodel import Session, create_engine

from . import migrate
from .changes import Change, ChangeListener, Entity, Seat, changed, encode, entity  # noqa: F401 - changed is part of this module's API
from .diagnose import (LOW_SPACE, SQLITE_BUSY, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_IOERR,
                       SQLITE_LOCKED, SQLITE_NOTADB, SQLITE_READONLY, Condition, Diagnosis,
                       diagnose, folder_write_problem, free_bytes, ro_uri,
                       unstamped_message)
from .errors import ConflictError, DamagedDatabaseError, StorageError
from .prepared import Prepared, Statements
from .location import Location, resolve_location  # noqa: F401 - part of this module's API
from .server_errors import server_error

BUSY_TIMEOUT_MS = 5000

# The rows that carry a version (models.types.VERSIONED); a conflict names one of them.
VERSIONED_ENTITIES = (Entity.COMMITMENT, Entity.OPINION, Entity.DISPOSITION, Entity.AGENDA_ITEM,
                      Entity.SPEAKER_TURN)


def _prepare_new_file(path: Path, verdict: Diagnosis) -> None:
    """A new database was asked for at ``path``: make its folder, refuse one that cannot take
    writes. Nothing is created here; SQLite makes the file on the first write."""
    if verdict.condition is Condition.FOLDER_MISSING:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageError(en=f"Cannot create the data folder {path.parent}: {exc.strerror}.",
                               zh=f"无法创建数据文件夹 {path.parent}：{exc.strerror}。") from exc
    problem, detail = folder_write_problem(path.parent)
    if problem is not None:
        raise Diagnosis(path, problem, detail, write_problem=problem, write_detail=detail,
                        free_bytes=free_bytes(path.parent)).error()


def _sqlite_pragmas(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


@dataclass
class _Open:
    """The transaction open on this thread (and context): services join it."""

    db: Database
    session: Session


_OPEN: ContextVar[_Open | None] = ContextVar("tingjian_transaction", default=None)
NOTIFY_CHANNEL = "tingjian_changes"
# One statement whatever the number of payloads: the changes travel with the transaction.
_NOTIFY = text(f"SELECT pg_notify('{NOTIFY_CHANNEL}', p) "
               "FROM unnest(CAST(:payloads AS text[])) AS p")
# SQLite: the same payloads as rows the other processes' feeds read (core/feed.py); the oldest
# are dropped now and then, far behind any feed that is running.
_NOTE = text("INSERT INTO change_note (payload) VALUES (:payload)")
_PRUNE = text("DELETE FROM change_note WHERE seq <= (SELECT max(seq) FROM change_note) - :keep")
NOTE_PRUNE_EVERY = 200
NOTES_KEPT = 2000
_NOTIFY_PREPARED = Prepared(_NOTIFY)
_NOTE_PREPARED = Prepared(_NOTE)
_PRUNE_PREPARED = Prepared(_PRUNE)


@dataclass
class Database:
    """An open, migrated database. Services receive it and write through ``write()``.

    ``read_only`` holds the reason when the file could only be opened for reading (a full disk,
    a read-only drive): everything can be read and every write is refused with that reason.

    ``seat`` names this open database among every other one using the same data: each change it
    commits carries the seat's id, so the change feed can tell its own changes from others'."""

    engine: Engine
    location: Location
    _listeners: list[ChangeListener] = field(default_factory=list)
    read_only: StorageError | None = None
    identity: tuple[int, int] | None = None  # (st_dev, st_ino) of the file when it was opened
    seat: Seat = field(default_factory=Seat)
    _notes: int = 0  # commits noted in change_note by this process (SQLite)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def _joined(self) -> Session | None:
        current = _OPEN.get()
        return current.session if current is not None and current.db is self else None

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; inside ``transaction()`` the transaction's own session.

        A read that fails because the server went away, or the file is busy or unreadable,
        raises the same ``StorageError`` in the user's words as a failed write does (a
        ``ServerUnreachableError`` when the server cannot be reached), never the driver's."""
        joined = self._joined()
        if joined is not None:
            yield joined
            return
        try:
            with Session(self.engine, expire_on_commit=False) as session:
                yield session
        except (OperationalError, InterfaceError) as exc:
            raise self.storage_error(exc) from exc

    def storage_error(self, exc: DBAPIError) -> StorageError:
        """``exc``, a failed use of this database, in the user's words."""
        if self.location.path is None:  # a server: its words, not the driver's
            return server_error(exc, self.location.display())
        return _storage_error(exc, self.location.path)

    @contextmanager
    def transaction(self, *, snapshot: bool = False) -> Iterator[Session]:
        """One transaction the caller holds: every ``read()`` and ``write()`` of every service
        called inside joins it, the commit happens once at the end (then the changes are
        announced, once), and an error anywhere inside rolls back the whole.

        ``snapshot``: every query sees the database as it was at the first one (SQLite: an
        explicit ``BEGIN``; PostgreSQL: ``REPEATABLE READ``), whatever other seats commit
        meanwhile. Nested calls join the outermost transaction."""
        joined = self._joined()
        if joined is not None:
            yield joined
            return
        with Session(self.engine, expire_on_commit=False) as session:
            token = _OPEN.set(_Open(self, session))
            try:
                if snapshot:
                    self._begin_snapshot(session)
                yield session
                changes = self._commit(session)
            except BaseException as exc:
                session.rollback()
                self._failed(exc)
                raise
            finally:
                _OPEN.reset(token)
        for change in changes:
            self._dispatch(change)

    def _failed(self, exc: BaseException) -> None:
        """After the rollback of a failed write: raise what the user is told instead of
        ``exc``, or return (``exc`` itself goes on)."""
        if isinstance(exc, (OperationalError, InterfaceError)):
            raise self.storage_error(exc) from exc
        if isinstance(exc, (ConflictError, StaleDataError)):
            conflict = exc if isinstance(exc, ConflictError) else ConflictError()
            self._reread(conflict)
            if conflict is not exc:
                raise conflict from exc

    @contextmanager
    def statements(self) -> Iterator[Statements]:
        """``write()`` for a few prepared Core statements (``prepared.Prepared``) run on the
        driver's cursor: the capture path. The same transaction, the same change notes (and
        ``pg_notify`` in the transaction), the same errors and the same listeners after the
        commit as ``write()``, without a Session and without SQLAlchemy's per-statement
        execution machinery. Inside ``transaction()`` the statements join it (run through
        the transaction's connection). Call no other service inside the block."""
        self.ensure_writable()
        joined = self._joined()
        if joined is not None:
            yield Statements(joined.connection(), joined)
            return
        conn = self.engine.connect()
        run = Statements(conn, None)
        try:
            conn.begin()  # the driver's cursor does not begin SQLAlchemy's transaction
            yield run
            notes = [(ent, tuple(sorted(ids))) for ent, ids in run.changes.items()]
            if notes:
                self._send(encode(self.seat, notes), run.execute, run.executemany)
            run.close()
            conn.commit()
        except BaseException as exc:
            try:
                run.close()
                conn.rollback()
            except Exception:  # noqa: BLE001 - the connection is gone: closing it discards it
                pass
            self._failed(exc)
            raise
        finally:
            conn.close()
        for ent, ids in notes:
            self._dispatch(Change(ent, ids, seat=self.seat.id, seat_label=self.seat.label))

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on any error. Inside
        ``transaction()`` it joins the caller's transaction instead (no commit of its own).

        Services note what they changed with ``changed(session, Entity.X, ids)``; listeners
        hear about it only after the commit succeeded.
        """
        self.ensure_writable()
        joined = self._joined()
        if joined is not None:
            yield joined
            return
        with self.transaction() as session:
            yield session

    def _begin_snapshot(self, session: Session) -> None:
        if self.dialect == "sqlite":
            # pysqlite opens no transaction for SELECTs: without BEGIN every query would see
            # the database as it is at that moment, not one state for the whole block.
            session.connection().exec_driver_sql("BEGIN")
        elif self.dialect == "postgresql":
            session.connection(execution_options={"isolation_level": "REPEATABLE READ"})

    def _commit(self, session: Session) -> list[Change]:
        """Commit; return the changes to announce. They travel with the transaction, so other
        seats learn of them only if it commits: on PostgreSQL by ``pg_notify``, on SQLite as
        rows of ``change_note`` that the other processes' feeds read."""
        session.flush()
        pending: dict[Entity, set[int]] = session.info.pop("changes", {})
        notes = [(ent, tuple(sorted(ids))) for ent, ids in pending.items()]
        if notes:
            self._send(encode(self.seat, notes), *_runners(session.connection()))
        session.commit()
        return [Change(ent, ids, seat=self.seat.id, seat_label=self.seat.label)
                for ent, ids in notes]

    def _send(self, payloads: list[str], execute: Any, execute_many: Any) -> None:
        """Put the change notices in the open transaction: ``pg_notify`` on PostgreSQL, rows
        of ``change_note`` on SQLite (the oldest dropped now and then)."""
        if self.dialect == "postgresql":
            execute(_NOTIFY_PREPARED, {"payloads": payloads})
        elif self.dialect == "sqlite":
            execute_many(_NOTE_PREPARED, [{"payload": p} for p in payloads])
            if self._noted():
                execute(_PRUNE_PREPARED, {"keep": NOTES_KEPT})

    def _noted(self) -> bool:
        """Count one commit noted in ``change_note``; True when the oldest notes are due to
        go (now and then, so the table stays short while readers poll often)."""
        self._notes += 1
        return self._notes % NOTE_PRUNE_EVERY == 0

    def _reread(self, conflict: ConflictError) -> None:
        """A write was refused because its rows changed meanwhile: the listeners read them
        again, so the screen shows what is there now."""
        named = (Entity(conflict.entity),) if conflict.entity else VERSIONED_ENTITIES
        for ent in named:  # this seat's views only: nothing changed for the others
            self._dispatch(Change(ent, tuple(conflict.ids), seat=self.seat.id,
                                  seat_label=self.seat.label))

    def ensure_writable(self) -> None:
        """Refuse a write that cannot be kept: read-only mode, or the file is gone (its folder
        deleted or moved while the application runs: SQLite would write into a removed file)."""
        if self.read_only is not None:
            raise self.read_only
        path = self.location.path
        if path is None or self.identity is None:
            return
        try:
            st = os.stat(path)
            same = (st.st_dev, st.st_ino) == self.identity
        except OSError:
            same = False
        if not same:
            raise StorageError(
                en=f"The database file {path} is no longer there: it or its folder was deleted "
                   "or moved while Tingjian was running. Nothing was saved; what you typed is "
                   "kept. Put the folder back (or restore a backup), then start Tingjian again.",
                zh=f"数据库文件 {path} 已不在原处：它或它所在的文件夹在听见运行时被删除或移动了。"
                   "本次未保存任何内容，已输入的文字仍然保留。请把文件夹放回原处（或从备份恢复），然后重新启动听见。")

    def subscribe(self, listener: ChangeListener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: ChangeListener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def notify(self, ent: Entity, ids: tuple[int, ...] = ()) -> None:
        """Announce a change committed outside ``write()`` (a restore, a bulk load): this
        process's listeners hear it at once, other seats through the change feed."""
        ids = tuple(ids)
        self._dispatch(Change(entity(ent), ids, seat=self.seat.id, seat_label=self.seat.label))
        if self.read_only is not None or self.dialect not in ("sqlite", "postgresql"):
            return
        try:
            with self.engine.begin() as conn:
                self._send(encode(self.seat, [(ent, ids)]), *_runners(conn))
        except DBAPIError:  # the change is kept; other seats see it at their next refresh
            logging.getLogger(__name__).warning("could not announce a change to other seats")

    def _dispatch(self, change: Change) -> None:
        for listener in list(self._listeners):
            listener(change)

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

    def reachable(self) -> bool:
        """Whether the database answers now (a server that went away, back again)."""
        try:
            with self.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
        except DBAPIError:
            return False
        return True

    def close(self) -> None:
        self.engine.dispose()


def _runners(conn: Connection) -> tuple[Any, Any]:
    """``execute`` and ``execute_many`` of prepared statements on a SQLAlchemy connection."""
    return (lambda st, params: conn.execute(st.statement, params),
            lambda st, rows: conn.execute(st.statement, rows))


def _storage_error(exc: DBAPIError, path: Path | None = None) -> StorageError:
    """A failed write or read, told apart by SQLite's result code (not by its wording)."""
    orig = exc.orig
    message = str(orig) if orig is not None else str(exc)
    code = getattr(orig, "sqlite_errorcode", None)
    code = None if code is None else code & 0xFF
    free = free_bytes(path.parent) if path is not None else None
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return StorageError(
            en="The database is busy: another program or another Tingjian window is writing to "
               "it. Nothing was saved. Wait a moment or close the other program, then try again.",
            zh="数据库正被其他程序或另一个听见窗口占用，本次未保存。请稍候或关闭该程序后重试。")
    if code == SQLITE_READONLY:
        return StorageError(en="The database is read-only; nothing was saved.",
                            zh="数据库为只读，未保存任何内容。")
    if code == SQLITE_FULL or (code == SQLITE_IOERR and free is not None and free < LOW_SPACE):
        return StorageError(
            en="The disk is full; nothing was saved. Free some space and try again.",
            zh="磁盘已满，未保存任何内容。请腾出空间后重试。")
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return _damaged([message])
    return StorageError(en=f"The database could not be used: {message}",
                        zh=f"无法使用数据库：{message}")


def make_engine(location: Location) -> Engine:
    if location.path is not None:
        from sqlalchemy.pool import QueuePool

        path = str(location.path)  # given to SQLite as it is: no URL may reinterpret ? or #
        engine = create_engine(
            "sqlite+pysqlite://", poolclass=QueuePool,
            creator=lambda: sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000,
                                            check_same_thread=False))
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    # a server that is not there is said within seconds, not after the system's TCP timeout
    connect_args = {} if "connect_timeout" in location.url else {"connect_timeout":
                                                                 CONNECT_TIMEOUT_S}
    engine = create_engine(location.url, connect_args=connect_args)
    event.listen(engine, "checkout", _ping_when_idle)
    event.listen(engine, "checkin", _mark_used)
    return engine


IDLE_PING_SECONDS = 10.0
CONNECT_TIMEOUT_S = 5


def _mark_used(_dbapi_conn: object, record: Any) -> None:
    if record is not None:
        record.info["used_at"] = time.monotonic()


def _ping_when_idle(dbapi_conn: Any, record: Any, _proxy: object) -> None:
    """A pooled server connection is checked only when it lay unused for a while (the server
    may have restarted or a router dropped it meanwhile): a ping before every use cost a round
    trip on every capture. A dead one is replaced (``DisconnectionError`` makes the pool take
    a fresh connection); a connection that fails in use is discarded with the whole pool by
    SQLAlchemy's disconnect handling."""
    used = record.info.get("used_at")
    if used is None or time.monotonic() - used < IDLE_PING_SECONDS:
        return
    try:
        cur = dbapi_conn.cursor()
        cur.execute("SELECT 1")
        cur.close()
        dbapi_conn.rollback()
    except Exception as exc:
        raise DisconnectionError() from exc


def _read_only_pragmas(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA query_only=ON")
    cur.close()


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def _open_read_only(location: Location, verdict: Diagnosis) -> Database:
    """Open for reading only: a URI with ``mode=ro`` (and ``immutable=1`` when there is no room
    or no right to make the -shm file and no -wal holds anything)."""
    from sqlalchemy.pool import QueuePool

    assert location.path is not None
    uri = ro_uri(location.path, immutable=verdict.needs_immutable)
    engine = create_engine(
        "sqlite+pysqlite://", poolclass=QueuePool,
        creator=lambda: sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000,
                                        check_same_thread=False))
    event.listen(engine, "connect", _read_only_pragmas)
    return Database(engine, location, read_only=verdict.read_only_error(),
                    identity=_identity(location.path))


def open_database(location: Location, *, migrate_schema: bool = True, backup: bool = True,
                  create: bool = True, read_only_ok: bool = False) -> Database:
    """Open, check and (after a backup) migrate the database at ``location``.

    A missing or empty file becomes a new database only with ``create``. When the file can be
    read but not written (full disk, read-only drive) it is opened read-only if
    ``read_only_ok``. Otherwise raises ``StorageError`` (``DamagedDatabaseError`` only for a
    file ``integrity_check`` shows damaged) without changing anything; the error carries the
    ``diagnosis``.
    """
    path = location.path
    created = False
    if path is not None:
        verdict = diagnose(path, full=False)
        if verdict.condition is Condition.DAMAGED:  # quick_check's word is not enough
            verdict = diagnose(path, full=True)
        if create and verdict.condition in (Condition.MISSING, Condition.FOLDER_MISSING,
                                            Condition.EMPTY):
            _prepare_new_file(path, verdict)
            created = verdict.condition is not Condition.EMPTY
        elif verdict.condition is not Condition.OK:
            raise verdict.error()
        elif verdict.write_problem is not None:
            if read_only_ok and verdict.revision == migrate.head_revision():
                return _open_read_only(location, verdict)
            raise verdict.error()
    engine = make_engine(location)
    try:
        current = _inspect_schema(engine, location)
        db = Database(engine, location)
        if migrate_schema and current != migrate.head_revision():
            if backup and path is not None and current is not None:
                from .backup import make_backup

                make_backup(path, reason=f"before-migration-{current}")
            migrate.upgrade(engine)
        if path is not None:
            db.identity = _identity(path)
        return db
    except DBAPIError as exc:
        engine.dispose()
        if path is not None:
            if created:
                _remove_new_file(path)
            raise _diagnosed(path, exc) from exc
        raise server_error(exc, location.display()) from exc
    except BaseException:
        engine.dispose()
        if created and path is not None:
            _remove_new_file(path)
        raise


def _diagnosed(path: Path, exc: DBAPIError) -> StorageError:
    """After SQLite refused: a second, read-only look says what is really wrong."""
    verdict = diagnose(path, full=True)
    if verdict.condition is not Condition.OK or verdict.write_problem is not None:
        return verdict.error()
    return _storage_error(exc, path)


def _remove_new_file(path: Path) -> None:
    """A database this call began to create and could not finish is removed again."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _inspect_schema(engine: Engine, location: Location) -> str | None:
    current = migrate.current_revision(engine)
    if current is None:
        if migrate.has_empty_stamp(engine):
            en, zh = unstamped_message(location.display())
            raise StorageError(en=en, zh=zh)
        if migrate.has_foreign_tables(engine):
            raise StorageError(
                en=f"{location.display()} holds tables of another program, not a Tingjian "
                   "database. Nothing was changed; choose another database.",
                zh=f"{location.display()} 包含其他程序的数据表，不是听见的数据库。未做任何修改；请选择其他数据库。")
        return None
    if current not in migrate.known_revisions():
        raise _newer(current)
    return current


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
