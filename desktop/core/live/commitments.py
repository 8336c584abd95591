"""Commitments made in the room: from opinions in one step, due date proposed by policy, read back.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlmodel import col, select

from ..db import Database
from ..deadlines import BUILTIN_POLICIES, compute_due
from ..errors import ValidationError
from ..models import Commitment, CommitmentOpinion, ListeningSession, Opinion, Owner
from ..services import commitments, sessions
from ..services.common import fetch
from ..msg import pick

FALLBACK_DAYS = 15
DEFAULT_POLICY = "hotline_complex"
TITLE_CHARS = 120


@dataclass(frozen=True)
class ProposedDue:
    due: datetime
    policy: str
    approximate: bool = False
    note_zh: str = ""
    note_en: str = ""


def policy_names(lang: str, db: Database | None = None) -> list[tuple[str, str]]:
    """(key, display name) of the deadline policies available: the database's when given."""
    from ..deadlines import BUILTIN_POLICIES
    from ..services import policies

    available = policies.load(db) if db is not None else BUILTIN_POLICIES
    return [(k, p.name(lang)) for k, p in available.items()]


def propose_due(policy_key: str, start: datetime, db: Database | None = None) -> ProposedDue:
    """The due date a policy gives for a matter raised at ``start``; 15 days if unknown.

    With ``db``, its policies and holiday calendar count (else the built-in ones only)."""
    from ..deadlines import BUILTIN_POLICIES, compute_due
    from ..services import holidays, policies

    available = policies.load(db) if db is not None else BUILTIN_POLICIES
    policy = available.get(policy_key) or available.get(DEFAULT_POLICY)
    if policy is None:  # pragma: no cover
        return ProposedDue(start.astimezone(UTC) + timedelta(days=FALLBACK_DAYS), policy_key)
    due = compute_due(policy, start, calendar=holidays.calendar(db) if db is not None else None)
    return ProposedDue(due.due, policy.key, due.approximate, due.note_zh, due.note_en)


def session_policy(db: Database, session_id: int) -> str:
    return sessions.get_session(db, session_id).deadline_policy or DEFAULT_POLICY


def default_title(text: str) -> str:
    """A first draft of the commitment's wording from the opinion: its first line, shortened."""
    line = next((part.strip() for part in text.splitlines() if part.strip()), "")
    return line if len(line) <= TITLE_CHARS else line[: TITLE_CHARS - 1] + "…"


def commit_from_opinions(db: Database, session_id: int, opinion_ids: Sequence[int], *,
                         owner_id: int, due_at: datetime, title: str = "",
                         policy: str = "", detail: str = "") -> Commitment:
    """One step from opinions to a commitment. The owner must be one of the session's owners."""
    if not opinion_ids:
        raise ValidationError(en="Choose at least one opinion.", zh="请至少选择一条意见。")
    allowed = {o.id for o in sessions.session_owners(db, session_id)}
    if allowed and owner_id not in allowed:
        raise ValidationError(en="The owner is not among this session's leaders and departments.",
                              zh="责任单位不在本次会议的出席领导和部门之中。")
    with db.read() as s:
        first = fetch(s, Opinion, opinion_ids[0], "Opinion", "意见")
        for oid in opinion_ids:
            if fetch(s, Opinion, oid, "Opinion", "意见").session_id != session_id:
                raise ValidationError(en="The opinion belongs to another session.",
                                      zh="该意见属于其他会议。")
    return commitments.create_commitment(
        db, session_id, title.strip() or default_title(first.text), owner_id, due_at,
        opinion_ids=list(opinion_ids), detail=detail, deadline_policy=policy)


def add_opinions(db: Database, commitment_id: int, opinion_ids: Sequence[int]) -> None:
    """Let more opinions share an existing commitment (keeps the ones already linked)."""
    with db.read() as s:
        linked = list(s.exec(select(CommitmentOpinion.opinion_id)
                             .where(CommitmentOpinion.commitment_id == commitment_id)))
    commitments.link_opinions(db, commitment_id, list(dict.fromkeys([*linked, *opinion_ids])))


@dataclass(frozen=True)
class ReadBackRow:
    commitment_id: int
    title: str
    owner: str
    due_at: datetime
    opinion_ids: tuple[int, ...]


def read_back_rows(db: Database, session_id: int) -> list[ReadBackRow]:
    """Every commitment made in this session, in the order they were made."""
    with db.read() as s:
        rows = list(s.exec(select(Commitment, Owner.name)
                           .join(Owner, col(Owner.id) == Commitment.owner_id)
                           .where(Commitment.session_id == session_id)
                           .where(col(Commitment.removed_at).is_(None))
                           .order_by(Commitment.created_at, Commitment.id)))
        links: dict[int, list[int]] = {}
        ids = [c.id for c, _ in rows]
        if ids:
            for cid, oid in s.exec(select(CommitmentOpinion.commitment_id,
                                          CommitmentOpinion.opinion_id)
                                   .where(col(CommitmentOpinion.commitment_id).in_(ids))):
                links.setdefault(cid, []).append(oid)
    return [ReadBackRow(c.id, c.title, name, c.due_at, tuple(sorted(links.get(c.id, []))))
            for c, name in rows]


def mark_read_back(db: Database, session_id: int, now: datetime) -> ListeningSession:
    return sessions.update_session(db, session_id, read_back_at=now)


def commitments_by_opinion(db: Database, session_id: int) -> dict[int, list[int]]:
    """opinion id → commitment ids, for marking opinions that already have a commitment."""
    with db.read() as s:
        query = (select(CommitmentOpinion.opinion_id, CommitmentOpinion.commitment_id)
                 .join(Commitment, col(Commitment.id) == CommitmentOpinion.commitment_id)
                 .where(Commitment.session_id == session_id)
                 .where(col(Commitment.removed_at).is_(None)))
        out: dict[int, list[int]] = {}
        for oid, cid in s.exec(query):
            out.setdefault(oid, []).append(cid)
        return out
