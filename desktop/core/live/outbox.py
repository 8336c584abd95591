"""The laptop's outbox: opinions captured while the database server cannot be reached.

When the server is refused, shutting down or the network dropped, capture goes on: the opinion
is kept in a small SQLite file in the data folder (``outbox/``, one file per server, written
with ``synchronous=FULL`` so a confirmed entry survives a crash or power cut) under the uuid it
was given when typed. ``replay`` sends the entries in the order they were captured; the server
stores each client id once (``create_opinion``), so an entry whose answer was lost, or an
outbox replayed twice, still gives exactly one opinion. SQLite databases never queue: the file
is on this laptop.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy.exc import DBAPIError

from ..db import Database
from ..errors import NotFoundError, ServerUnreachableError, StorageError, TingjianError
from ..models.enums import OpinionKind
from ..msg import Msg
from ..paths import data_dir
from ..server_errors import server_error
from ..services.opinions import check_opinion
from .capture import RecentRow, capture_opinion

SCHEMA = """
CREATE TABLE IF NOT EXISTS entry (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    client_id TEXT NOT NULL UNIQUE,
    session_id INTEGER NOT NULL,
    captured_at TEXT NOT NULL,
    fields TEXT NOT NULL,
    problem_en TEXT,
    problem_zh TEXT
)
"""

QUEUED = Msg(en="saved on this laptop, waiting for the server", zh="已保存在本机，等待服务器")


def outbox_dir() -> Path:
    return data_dir() / "outbox"


def outbox_path(where: str, folder: Path | None = None) -> Path:
    """One file per server (``where`` is the location shown without its password)."""
    tag = hashlib.sha1(where.encode("utf-8")).hexdigest()[:16]
    return (folder or outbox_dir()) / f"server-{tag}.sqlite"


@dataclass(frozen=True)
class Entry:
    seq: int
    client_id: str
    session_id: int
    captured_at: datetime
    fields: dict[str, Any]
    problem: Msg | None  # why the server refused it (kept, never dropped in silence)

    def row(self) -> RecentRow:
        """The line the secretary's list shows for it (a negative id: not in the database)."""
        text = str(self.fields.get("text", ""))
        return RecentRow(-self.seq, self.captured_at, str(self.fields.get("speaker_label", "")),
                         "", str(self.fields.get("kind", OpinionKind.SUGGESTION)), text[:300],
                         len(text), int(self.fields.get("support_count", 0) or 0),
                         self.fields.get("agenda_item_id"), queued=True)


@dataclass
class ReplayResult:
    saved: list[tuple[str, int]] = field(default_factory=list)  # (client id, opinion id)
    remaining: int = 0
    refused: int = 0
    error: StorageError | None = None  # the server went away again: tried later


class Outbox:
    """An append-only queue in one SQLite file; safe to use from several threads or processes."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()  # one replay at a time in this process
        self._empty = False  # known empty since this process last looked or replayed

    def waiting(self) -> bool:
        """Whether anything waits (without opening the file once it is known empty)."""
        if self._empty:
            return False
        self._empty = self.count() == 0
        return not self._empty

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(self.path, timeout=10, isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute(SCHEMA)
        return conn

    def add(self, session_id: int, fields: dict[str, Any], captured_at: datetime,
            client_id: str | None = None) -> Entry:
        """Keep one opinion; returns once it is on disk."""
        client_id = client_id or str(uuid.uuid4())
        payload = json.dumps(fields, ensure_ascii=False, sort_keys=True)
        conn = self._connect()
        try:
            with conn:
                conn.execute("BEGIN IMMEDIATE")
                cur = conn.execute(
                    "INSERT OR IGNORE INTO entry (client_id, session_id, captured_at, fields) "
                    "VALUES (?, ?, ?, ?)", (client_id, session_id, captured_at.isoformat(),
                                            payload))
                seq = cur.lastrowid if cur.rowcount else conn.execute(
                    "SELECT seq FROM entry WHERE client_id = ?", (client_id,)).fetchone()[0]
            self._empty = False
        except sqlite3.Error as exc:
            raise StorageError(
                en=f"The server cannot be reached and this laptop cannot keep the opinion either "
                   f"({self.path}: {exc}). Keep the text: it is still in the form.",
                zh=f"无法连接服务器，本机也无法保存这条意见（{self.path}：{exc}）。文字仍在输入框中，请保留。"
            ) from exc
        finally:
            conn.close()
        return Entry(seq, client_id, session_id, captured_at, dict(fields), None)

    def entries(self, session_id: int | None = None) -> list[Entry]:
        if not self.path.exists():
            return []
        conn = self._connect()
        try:
            query = ("SELECT seq, client_id, session_id, captured_at, fields, problem_en, "
                     "problem_zh FROM entry")
            args: tuple = ()
            if session_id is not None:
                query += " WHERE session_id = ?"
                args = (session_id,)
            rows = conn.execute(query + " ORDER BY seq", args).fetchall()
        finally:
            conn.close()
        return [Entry(seq, cid, sid, datetime.fromisoformat(at), json.loads(fields),
                      Msg(en=en, zh=zh) if en else None)
                for seq, cid, sid, at, fields, en, zh in rows]

    def count(self) -> int:
        if not self.path.exists():
            return 0
        conn = self._connect()
        try:
            return conn.execute("SELECT count(*) FROM entry WHERE problem_en IS NULL").fetchone()[0]
        finally:
            conn.close()

    def _done(self, client_id: str) -> None:
        conn = self._connect()
        try:
            conn.execute("DELETE FROM entry WHERE client_id = ?", (client_id,))
        finally:
            conn.close()

    def _refused(self, client_id: str, exc: TingjianError) -> None:
        conn = self._connect()
        try:
            conn.execute("UPDATE entry SET problem_en = ?, problem_zh = ? WHERE client_id = ?",
                         (exc.en, exc.zh, client_id))
        finally:
            conn.close()

    def replay(self, db: Database) -> ReplayResult:
        """Send what waits, oldest first; stop at the first sign the server is away again.

        An entry the server refuses for its content (its session was deleted meanwhile) stays
        in the outbox with the reason, and does not hold back the ones after it."""
        result = ReplayResult()
        with self._lock:
            for entry in self.entries():
                if entry.problem is not None:
                    result.refused += 1
                    continue
                try:
                    opinion_id = _unraw(db, lambda e=entry: _send(db, e))
                except ServerUnreachableError as exc:
                    result.error = exc
                    break
                except TingjianError as exc:
                    self._refused(entry.client_id, exc)
                    result.refused += 1
                    continue
                self._done(entry.client_id)
                result.saved.append((entry.client_id, opinion_id))
        result.remaining = self.count()
        self._empty = result.remaining == 0
        return result


def _send(db: Database, entry: Entry) -> int:
    fields = dict(entry.fields)
    try:
        return capture_opinion(db, entry.session_id, now=entry.captured_at,
                               client_id=entry.client_id, **fields)
    except NotFoundError:
        if fields.get("agenda_item_id") is None and fields.get("person_id") is None:
            raise
        # The item or the listed speaker went away meanwhile: keep the words, not the link.
        fields["agenda_item_id"] = None
        if fields.get("person_id") is not None:
            fields["person_id"] = None
            fields.pop("salutation", None)
        return capture_opinion(db, entry.session_id, now=entry.captured_at,
                               client_id=entry.client_id, **fields)


@dataclass(frozen=True)
class Captured:
    client_id: str
    opinion_id: int | None  # None while it waits in the outbox
    queued: bool


def outbox_for(db: Database, folder: Path | None = None) -> Outbox | None:
    """The outbox of the server ``db`` uses; None for a SQLite file (nothing to wait for)."""
    if db.location.is_sqlite:
        return None
    return Outbox(outbox_path(db.location.display(), folder))


def capture_or_queue(db: Database, outbox: Outbox | None, session_id: int, text: str,
                     now: datetime, *, client_id: str | None = None,
                     **fields: Any) -> Captured:
    """Capture one opinion; when the server cannot be reached keep it in ``outbox`` instead.

    While older opinions still wait, a new one waits behind them, so the server receives them
    in the order they were typed. Input the service refuses is refused here too (nothing is
    queued that could never be saved)."""
    client_id = client_id or str(uuid.uuid4())
    if outbox is not None and outbox.waiting():
        return _queue(outbox, session_id, text, now, client_id, fields)
    try:
        opinion_id = _unraw(db, lambda: capture_opinion(db, session_id, text, now,
                                                        client_id=client_id, **fields))
    except ServerUnreachableError:
        if outbox is None:
            raise
        return _queue(outbox, session_id, text, now, client_id, fields)
    return Captured(client_id, opinion_id, False)


def _unraw(db: Database, action):  # noqa: ANN001, ANN202
    """A read outside ``db.write()`` (the speaker's salutation) fails with the driver's error:
    told in the user's words like every other."""
    try:
        return action()
    except DBAPIError as exc:
        if db.location.is_sqlite:
            raise
        raise server_error(exc, db.location.display()) from exc


def _queue(outbox: Outbox, session_id: int, text: str, now: datetime, client_id: str,
           fields: dict[str, Any]) -> Captured:
    _check_fields(text, fields)
    outbox.add(session_id, {**fields, "text": text}, now, client_id)
    return Captured(client_id, None, True)


def _check_fields(text: str, fields: dict[str, Any]) -> None:
    """The checks the service makes without the database, so bad input is never queued."""
    check_opinion(text, kind=fields.get("kind", OpinionKind.SUGGESTION),
                  support_count=fields.get("support_count", 0),
                  speaker_label=fields.get("speaker_label", ""), tags=fields.get("tags", ()))


def queued_rows(outbox: Outbox | None, session_id: int) -> Sequence[RecentRow]:
    """The session's opinions kept on this laptop as list lines, newest first (those the
    server refused too: they stay on the laptop, with their reason, until someone acts)."""
    if outbox is None:
        return []
    return [e.row() for e in reversed(outbox.entries(session_id))]
