"""The change feed: what other seats commit reaches this process's listeners.

PostgreSQL: every write sends its changes with ``pg_notify`` inside its own transaction
(:meth:`Database._commit`), so a change is announced exactly when it commits; here one thread
per process holds a dedicated connection that ``LISTEN``\\ s and hands other seats' changes to
the database's listeners (this seat's own arrive locally, right after its commit, and are
skipped here). After the server was lost the thread reconnects and announces ``Entity.ALL``:
what was committed meanwhile is not known.

SQLite (several windows or processes on one machine): the file has no messages, so each
commit also writes its payloads as rows of ``change_note`` (:meth:`Database._commit`), in the
same transaction. A thread watches the file's own change counter (``PRAGMA data_version`` on a
dedicated connection: it moves whenever another connection commits, at no cost while nothing
happens) and, when it moved, reads the notes it has not seen: the entity, the rows and the seat,
as on PostgreSQL; this seat's own are skipped. Notes it can no longer read (the feed fell far
behind, or the file was restored from a backup) are announced as ``Entity.ALL``.
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


class _Notes:
    """The SQLite file's change counter and its change notes, read on a connection of their
    own."""

    def __init__(self, db: Database) -> None:
        # a connection made like the database's own (read-only files included), kept apart
        # from its pool
        self._raw = db.engine.raw_connection()
        self._conn = self._raw.driver_connection
        self._raw.detach()
        self._version = self._data_version()
        self.last = self._newest()

    def _data_version(self) -> int:
        return self._conn.execute("PRAGMA data_version").fetchone()[0]

    def _newest(self) -> int:
        return self._conn.execute("SELECT coalesce(max(seq), 0) FROM change_note").fetchone()[0]

    def poll(self) -> tuple[list[str], bool]:
        """The payloads committed since the last look, and whether some could not be read
        (then which rows changed is not known)."""
        version = self._data_version()
        if version == self._version:
            return [], False
        self._version = version
        rows = self._conn.execute("SELECT seq, payload FROM change_note WHERE seq > ? "
                                  "ORDER BY seq", (self.last,)).fetchall()
        self._conn.commit()  # end the read: the next look sees what was committed since
        lost = bool(rows) and rows[0][0] != self.last + 1  # dropped before we read them
        if not rows and self._newest() < self.last:  # numbers went back: a restored file
            self.last, lost = self._newest(), True
        if rows:
            self.last = rows[-1][0]
        return [payload for _seq, payload in rows], lost

    def close(self) -> None:
        self._raw.close()


class ChangeFeed:
    """``start()`` once the database is open, ``stop()`` before it is closed. Listeners are the
    database's own (``db.subscribe``); they are called on the feed's thread."""

    def __init__(self, db: Database, poll_seconds: float = POLL_SECONDS) -> None:
        self.db = db
        self.poll_seconds = poll_seconds
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._notes: _Notes | None = None
        self.ready = threading.Event()  # listening (PostgreSQL) or counter read (SQLite)

    @property
    def running(self) -> bool:
        return self._thread is not None

    def start(self) -> ChangeFeed:
        if self._thread is not None:
            return self
        self._stop.clear()
        if self.db.location.is_sqlite:
            self._notes = _Notes(self.db)
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
        if self._notes is not None:
            self._notes.close()
            self._notes = None

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
        notes = self._notes
        assert notes is not None
        self.ready.set()
        while not self._stop.wait(self.poll_seconds):
            try:
                payloads, lost = notes.poll()
            except sqlite3.Error:
                log.exception("cannot read the database's change notes")
                continue
            if lost:
                self._deliver(Change(Entity.ALL, seat=UNKNOWN_SEAT, local=False))
            self._announce(payloads)

    def _announce(self, payloads: list[str]) -> None:
        """Other seats' changes, each as it was sent (this seat's own arrived at its commit)."""
        now = SYSTEM_CLOCK.now()
        for payload in payloads:
            change = decode(payload, now)
            if change is not None and change.seat != self.db.seat.id:
                self._deliver(change)

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
                        self._announce([note.payload for note in
                                        conn.notifies(timeout=self.poll_seconds)])
            except psycopg.Error as exc:
                if not lost:
                    log.warning("change feed lost the server: %s", exc)
                lost = True
                self._stop.wait(RECONNECT_SECONDS)
