"""The change feed: what other seats commit reaches this process's listeners.

PostgreSQL: every write sends its changes with ``pg_notify`` inside its own transaction
(:meth:`Database._commit`), so a change is announced exactly when it commits; here one thread
per process holds a dedicated connection that ``LISTEN``\\ s and hands other seats' changes to
the database's listeners (this seat's own arrive locally, right after its commit, and are
skipped here). After the server was lost the thread reconnects and announces ``Entity.ALL``:
what was committed meanwhile is not known.

SQLite (several windows or processes on one machine): the file has no messages, but its own
change counter does: ``PRAGMA data_version`` on a dedicated connection changes whenever another
connection commits. A thread polls it; a change is announced as ``Entity.ALL`` from an unknown
seat (which rows, the counter does not say), and views refresh everything they show. This
seat's own commits are told apart: the database asks the watch just before its commit (the
write lock is held then, so any change seen is another's) and just after (the change seen is
its own).
"""
from __future__ import annotations

import logging
import sqlite3
import threading
from typing import Any

from .changes import UNKNOWN_SEAT, Change, Entity, decode
from .clock import SYSTEM_CLOCK
from .db import NOTIFY_CHANNEL, Database

log = logging.getLogger(__name__)
POLL_SECONDS = 0.2
RECONNECT_SECONDS = 1.0


class _DataVersion:
    """The SQLite file's change counter, read on a connection of its own."""

    def __init__(self, db: Database) -> None:
        # a connection made like the database's own (read-only files included), kept apart
        # from its pool
        self._raw = db.engine.raw_connection()
        self._conn = self._raw.driver_connection
        self._raw.detach()
        self._lock = threading.Lock()
        self._version = self._read()
        self._others = False  # another connection's commit was seen during one of ours

    def _read(self) -> int:
        return self._conn.execute("PRAGMA data_version").fetchone()[0]

    def _moved(self) -> bool:
        version = self._read()
        moved, self._version = version != self._version, version
        return moved

    def before_commit(self) -> None:
        with self._lock:
            if self._moved():
                self._others = True

    def after_commit(self) -> None:
        with self._lock:
            self._moved()  # this seat's own commit

    def poll(self) -> bool:
        """True when another connection committed since the last look."""
        with self._lock:
            moved = self._moved() or self._others
            self._others = False
            return moved

    def close(self) -> None:
        with self._lock:
            self._raw.close()


class ChangeFeed:
    """``start()`` once the database is open, ``stop()`` before it is closed. Listeners are the
    database's own (``db.subscribe``); they are called on the feed's thread."""

    def __init__(self, db: Database, poll_seconds: float = POLL_SECONDS) -> None:
        self.db = db
        self.poll_seconds = poll_seconds
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._watch: _DataVersion | None = None
        self.ready = threading.Event()  # listening (PostgreSQL) or counter read (SQLite)

    @property
    def running(self) -> bool:
        return self._thread is not None

    def start(self) -> ChangeFeed:
        if self._thread is not None:
            return self
        self._stop.clear()
        if self.db.location.is_sqlite:
            self._watch = _DataVersion(self.db)
            self.db.commit_watch = self._watch
            target = self._run_sqlite
        else:
            target = self._run_postgres
        self._thread = threading.Thread(target=target, name="tingjian-change-feed", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None
        if self._watch is not None:
            if self.db.commit_watch is self._watch:
                self.db.commit_watch = None
            self._watch.close()
            self._watch = None

    def __enter__(self) -> ChangeFeed:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    def _deliver(self, change: Change) -> None:
        try:
            self.db._dispatch(change)
        except Exception:  # a listener's fault must not end the feed
            log.exception("a change listener failed")

    def _run_sqlite(self) -> None:
        watch = self._watch
        assert watch is not None
        self.ready.set()
        while not self._stop.wait(self.poll_seconds):
            try:
                moved = watch.poll()
            except sqlite3.Error:
                log.exception("cannot read the database's change counter")
                continue
            if moved:
                self._deliver(Change(Entity.ALL, (), seat=UNKNOWN_SEAT, at=SYSTEM_CLOCK.now(),
                                     local=False))

    def _connect(self) -> Any:
        import psycopg

        engine = self.db.engine
        cargs, cparams = engine.dialect.create_connect_args(engine.url)
        return psycopg.connect(*cargs, **cparams, autocommit=True, connect_timeout=5)

    def _run_postgres(self) -> None:
        import psycopg

        lost = False
        while not self._stop.is_set():
            try:
                with self._connect() as conn:
                    conn.execute(f"LISTEN {NOTIFY_CHANNEL}")
                    self.ready.set()
                    if lost:  # what was committed while we were away is not known
                        self._deliver(Change(Entity.ALL, seat=UNKNOWN_SEAT, local=False))
                        lost = False
                    while not self._stop.is_set():
                        for note in conn.notifies(timeout=self.poll_seconds):
                            change = decode(note.payload, SYSTEM_CLOCK.now())
                            if change is not None and change.seat != self.db.seat.id:
                                self._deliver(change)
            except psycopg.Error as exc:
                if not lost:
                    log.warning("change feed lost the server: %s", exc)
                lost = True
                self._stop.wait(RECONNECT_SECONDS)
