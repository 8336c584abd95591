"""One search over opinions, replies and commitments of every session.

SQLite: an FTS5 table with the trigram tokenizer (migration 0003_search) answers queries whose
words all have three or more characters; shorter words (many Chinese words have two characters:
电梯, 停车) fall back to LIKE on the base tables. The index is filled by ``catch_up`` from a
watermark (new ids, later ``updated_at``), never by triggers, so capture commits stay fast.
PostgreSQL: ILIKE on the base tables (no extension required).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import text
from sqlalchemy.exc import OperationalError
from sqlmodel import col, or_, select

from .db import Database
from .models import Commitment, ListeningSession, Opinion, Reply

KINDS = {"opinion": 1, "reply": 2, "commitment": 3}
_KIND_OF = {v: k for k, v in KINDS.items()}
MAX_HITS = 500


@dataclass(frozen=True)
class Hit:
    kind: str  # opinion, reply, commitment
    id: int
    opinion_id: int | None  # the opinion a reply answers (or the opinion itself)
    session_id: int
    session_title: str
    session_starts_at: datetime
    text: str


def _rowid(kind: str, ident: int) -> int:
    return ident * 4 + KINDS[kind]


def has_index(db: Database) -> bool:
    if db.dialect != "sqlite":
        return False
    with db.engine.connect() as conn:
        return conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE name='search_fts'").first() is not None


def _state(conn, kind: str) -> tuple[int, str]:
    row = conn.exec_driver_sql("SELECT last_id, last_updated FROM search_state WHERE kind=?",
                               (kind,)).first()
    return (row[0], row[1]) if row else (0, "")


def catch_up(db: Database, limit: int = 2000) -> int:
    """Index up to ``limit`` rows per kind added or changed since the last call; returns how many
    were (re)indexed. Cheap when there is nothing new (two indexed range queries per kind).
    A database open read-only is not indexed (searching falls back to exact matching); one that
    cannot be reached now (busy, its folder gone) raises ``StorageError``, to be tried later."""
    if getattr(db, "read_only", None) is not None:
        return 0
    try:
        return _catch_up(db, limit)
    except OperationalError as exc:
        raise db.storage_error(exc) from exc


def _catch_up(db: Database, limit: int) -> int:
    if not has_index(db):
        return 0
    done = 0
    sources = {
        "opinion": ("SELECT id, text, removed_at IS NOT NULL, updated_at FROM opinion", True),
        "commitment": ("SELECT id, title || char(10) || detail, removed_at IS NOT NULL, "
                       "updated_at FROM commitment", True),
        "reply": ("SELECT id, text, 0, '' FROM reply", False),
    }
    with db.engine.begin() as conn:
        for kind, (base, has_updated) in sources.items():
            last_id, last_updated = _state(conn, kind)
            rows = conn.exec_driver_sql(f"{base} WHERE id > ? ORDER BY id LIMIT ?",
                                        (last_id, limit)).fetchall()
            if has_updated and last_updated:
                rows += conn.exec_driver_sql(
                    f"{base} WHERE updated_at > ? AND id <= ? ORDER BY updated_at LIMIT ?",
                    (last_updated, last_id, limit)).fetchall()
            if not rows:
                continue
            conn.exec_driver_sql("DELETE FROM search_fts WHERE rowid = ?",
                                 [(_rowid(kind, r[0]),) for r in rows])
            conn.exec_driver_sql("INSERT INTO search_fts(rowid, body) VALUES (?, ?)",
                                 [(_rowid(kind, r[0]), r[1]) for r in rows if not r[2]])
            new_id = max([last_id] + [r[0] for r in rows])
            new_updated = max([last_updated] + [str(r[3]) for r in rows if has_updated])
            conn.exec_driver_sql(
                "INSERT INTO search_state(kind, last_id, last_updated) VALUES (?, ?, ?) "
                "ON CONFLICT(kind) DO UPDATE SET last_id=excluded.last_id, "
                "last_updated=excluded.last_updated", (kind, new_id, new_updated))
            done += len(rows)
    return done


def backlog(db: Database) -> bool:
    """Whether rows are waiting to be indexed."""
    if not has_index(db):
        return False
    with db.engine.connect() as conn:
        for kind in KINDS:
            last_id, _ = _state(conn, kind)
            if conn.exec_driver_sql(f"SELECT 1 FROM {kind} WHERE id > ? LIMIT 1",
                                    (last_id,)).first():
                return True
    return False


def terms(query: str) -> list[str]:
    return [t for t in query.split() if t]


def _fts_ids(db: Database, words: list[str], limit: int) -> dict[str, list[int]]:
    match = " AND ".join('"' + w.replace('"', '""') + '"' for w in words)
    with db.engine.connect() as conn:
        rowids = [r[0] for r in conn.execute(
            text("SELECT rowid FROM search_fts WHERE search_fts MATCH :m ORDER BY rowid DESC "
                 "LIMIT :n"), {"m": match, "n": limit})]
    found: dict[str, list[int]] = {k: [] for k in KINDS}
    for rowid in rowids:
        found[_KIND_OF[rowid % 4]].append(rowid // 4)
    return found


def _like(column, word: str, dialect: str):
    pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    if dialect == "postgresql":
        return col(column).ilike(pattern, escape="\\")
    return col(column).like(pattern, escape="\\")


def search(db: Database, query: str, limit: int = MAX_HITS) -> list[Hit]:
    """Rows of any session whose text contains every word of ``query``, newest session first."""
    words = terms(query)
    if not words:
        return []
    use_fts = db.dialect == "sqlite" and all(len(w) >= 3 for w in words) and has_index(db)
    if use_fts:
        catch_up(db)
        use_fts = not backlog(db)  # a large backlog (e.g. just after an import): LIKE is exact
    if use_fts:
        ids = _fts_ids(db, words, limit)
    hits: list[Hit] = []
    session_cols = (ListeningSession.id, ListeningSession.title, ListeningSession.starts_at)
    with db.read() as s:
        q = (select(Opinion.id, Opinion.text, *session_cols)
             .join(ListeningSession, col(ListeningSession.id) == Opinion.session_id)
             .where(col(Opinion.removed_at).is_(None)))
        q = (q.where(col(Opinion.id).in_(ids["opinion"])) if use_fts else
             q.where(*[_like(Opinion.text, w, db.dialect) for w in words]))
        for oid, body, sid, title, starts in s.exec(q.order_by(col(Opinion.id).desc()).limit(limit)):
            hits.append(Hit("opinion", oid, oid, sid, title, starts, body))
        q = (select(Reply.id, Reply.text, Reply.opinion_id, *session_cols)
             .join(Opinion, col(Opinion.id) == Reply.opinion_id)
             .join(ListeningSession, col(ListeningSession.id) == Opinion.session_id)
             .where(col(Opinion.removed_at).is_(None)))
        q = (q.where(col(Reply.id).in_(ids["reply"])) if use_fts else
             q.where(*[_like(Reply.text, w, db.dialect) for w in words]))
        for rid, body, oid, sid, title, starts in s.exec(q.order_by(col(Reply.id).desc())
                                                        .limit(limit)):
            hits.append(Hit("reply", rid, oid, sid, title, starts, body))
        q = (select(Commitment.id, Commitment.title, Commitment.detail, *session_cols)
             .join(ListeningSession, col(ListeningSession.id) == Commitment.session_id)
             .where(col(Commitment.removed_at).is_(None)))
        q = (q.where(col(Commitment.id).in_(ids["commitment"])) if use_fts else
             q.where(*[or_(_like(Commitment.title, w, db.dialect),
                           _like(Commitment.detail, w, db.dialect)) for w in words]))
        for cid, title_, detail, sid, title, starts in s.exec(
                q.order_by(col(Commitment.id).desc()).limit(limit)):
            hits.append(Hit("commitment", cid, None, sid, title, starts,
                            title_ + ("\n" + detail if detail else "")))
    hits.sort(key=lambda h: (-h.session_starts_at.timestamp(), h.session_id, h.kind, -h.id))
    return hits[:limit]


def grouped(hits: list[Hit]) -> list[tuple[int, str, list[Hit]]]:
    """Hits grouped by session, in the order given."""
    groups: dict[int, tuple[int, str, list[Hit]]] = {}
    for hit in hits:
        groups.setdefault(hit.session_id, (hit.session_id, hit.session_title, []))[2].append(hit)
    return list(groups.values())


def replace_indexed(conn, kind: str, rows: list[tuple[int, str]]) -> None:
    """Inside a caller's SQLite transaction: the index holds ``text`` for each (id, text) now,
    so text rewritten in place (an erased person's name) leaves no old copy to be found."""
    if not rows or conn.dialect.name != "sqlite" or conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE name='search_fts'").first() is None:
        return
    conn.exec_driver_sql("DELETE FROM search_fts WHERE rowid = ?",
                         [(_rowid(kind, ident),) for ident, _text in rows])
    conn.exec_driver_sql("INSERT INTO search_fts(rowid, body) VALUES (?, ?)",
                         [(_rowid(kind, ident), body) for ident, body in rows])
