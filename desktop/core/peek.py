"""The sessions list read straight from a SQLite file with the standard library.

The first screen needs only this list, and importing SQLAlchemy and SQLModel costs most of a
second; so the list is read here first, read-only, while the database layer loads off the GUI
thread. ``services.sessions.list_session_rows`` runs the same SQL through SQLAlchemy, so both
paths give the same rows. Nothing in this module imports SQLAlchemy.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from . import migrate
from .diagnose import ro_uri

SESSION_ROWS_SQL = """
SELECT s.id, s.title, s.starts_at, s.kind, s.status, s.venue,
       COALESCE(o.n, 0), COALESCE(c.n, 0)
FROM listening_session AS s
LEFT JOIN (SELECT session_id, COUNT(*) AS n FROM opinion WHERE removed_at IS NULL
           GROUP BY session_id) AS o ON o.session_id = s.id
LEFT JOIN (SELECT session_id, COUNT(*) AS n FROM commitment WHERE removed_at IS NULL
           GROUP BY session_id) AS c ON c.session_id = s.id
ORDER BY s.starts_at DESC, s.id DESC
"""


@dataclass(frozen=True)
class SessionRow:
    """One line of the sessions list."""

    id: int
    title: str
    starts_at: datetime
    kind: str
    status: str
    venue: str
    opinions: int
    commitments: int


def _utc(value: datetime | str) -> datetime:
    """A stored time as aware UTC: SQLite gives naive UTC text, PostgreSQL an aware datetime."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def session_row(raw: tuple) -> SessionRow:
    """One result row of ``SESSION_ROWS_SQL`` from either driver."""
    id_, title, starts_at, kind, status, venue, opinions, commitments = raw
    return SessionRow(int(id_), title, _utc(starts_at), kind, status, venue or "",
                      int(opinions), int(commitments))


def peek_session_rows(path: Path | None) -> list[SessionRow] | None:
    """The sessions list of the SQLite file at ``path``, read-only; None when it cannot be
    trusted without the full open (no file, an older or newer schema, anything unexpected)."""
    if path is None or not path.is_file():
        return None
    try:
        conn = sqlite3.connect(ro_uri(path), uri=True, timeout=1)
    except sqlite3.Error:
        return None
    try:
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        if revision is None or revision[0] != migrate.head_revision():
            return None
        return [session_row(raw) for raw in conn.execute(SESSION_ROWS_SQL)]
    except (sqlite3.Error, ValueError, TypeError):
        return None
    finally:
        conn.close()
