"""Read side of the commitment register: filtered and sorted in SQL, ids first, rows on demand."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from sqlalchemy import func
from sqlmodel import col, select

from ..db import Database
from ..models import Commitment, CommitmentOpinion, ListeningSession, Opinion, Owner
from ..models.enums import OPEN_STATUSES as OPEN_STATES
from . import holidays


@dataclass(frozen=True)
class CommitmentRow:
    id: int
    title: str
    owner: str
    status: str
    due_at: datetime
    session_id: int
    session_title: str
    owner_id: int = 0
    original_due_at: datetime | None = None
    deadline_policy: str = ""
    status_reason: str = ""
    version: int = 1  # of the commitment row: an edit from this row expects it
    approximate: bool = False  # the due date skipped only weekends in a year without holiday data
    work_orders: str = ""  # external work-order numbers of the opinions it answers

    def overdue(self, now: datetime) -> bool:
        return self.status in OPEN_STATES and self.due_at < now

    @property
    def extended(self) -> bool:
        return self.original_due_at is not None and self.due_at != self.original_due_at


@dataclass(frozen=True)
class RegisterFilter:
    owner_id: int | None = None
    statuses: tuple[str, ...] = ()
    session_id: int | None = None
    series_id: int | None = None
    overdue: bool = False
    due_within_days: int | None = None  # open commitments due from now to now + N days
    descending: bool = False
    ids: tuple[int, ...] = field(default=())  # restrict to these (e.g. a search result)


def _filtered(query, f: RegisterFilter, now: datetime):
    query = query.where(col(Commitment.removed_at).is_(None))
    if f.owner_id is not None:
        query = query.where(Commitment.owner_id == f.owner_id)
    if f.statuses:
        query = query.where(col(Commitment.status).in_(f.statuses))
    if f.session_id is not None:
        query = query.where(Commitment.session_id == f.session_id)
    if f.series_id is not None:
        query = query.where(col(Commitment.session_id).in_(
            select(ListeningSession.id).where(ListeningSession.series_id == f.series_id)))
    if f.overdue or f.due_within_days is not None:
        query = query.where(col(Commitment.status).in_(OPEN_STATES))
    if f.overdue:
        query = query.where(col(Commitment.due_at) < now)
    if f.due_within_days is not None:
        query = query.where(col(Commitment.due_at) >= now,
                            col(Commitment.due_at) <= now + timedelta(days=f.due_within_days))
    if f.ids:
        query = query.where(col(Commitment.id).in_(f.ids))
    return query


def commitment_ids(db: Database, f: RegisterFilter = RegisterFilter(),
                   now: datetime | None = None) -> list[int]:
    """Ids of the matching commitments, sorted by due date (then id); the indexes
    (owner_id, status, due_at) and (status, due_at) serve these queries."""
    from ..models import utcnow

    query = _filtered(select(Commitment.id), f, now or utcnow())
    order = (col(Commitment.due_at).desc(), col(Commitment.id).desc()) if f.descending else (
        col(Commitment.due_at), col(Commitment.id))
    with db.read() as s:
        return list(s.exec(query.order_by(*order)))


def rows_for(db: Database, ids: Sequence[int]) -> dict[int, CommitmentRow]:
    """The display rows of the given commitments (the visible part of the register)."""
    if not ids:
        return {}
    query = (select(Commitment.id, Commitment.title, Owner.name, Commitment.status,
                    Commitment.due_at, ListeningSession.id, ListeningSession.title,
                    Commitment.owner_id, Commitment.original_due_at, Commitment.deadline_policy,
                    Commitment.status_reason, Commitment.version)
             .join(Owner, col(Owner.id) == Commitment.owner_id)
             .join(ListeningSession, col(ListeningSession.id) == Commitment.session_id)
             .where(col(Commitment.id).in_(list(ids))))
    with db.read() as s:
        found = {row[0]: CommitmentRow(*row) for row in s.exec(query)}
        approximate = holidays.approximate_in(s, found)
        orders = work_orders_of(s, list(found))
    return {i: replace(r, approximate=i in approximate, work_orders=orders.get(i, ""))
            for i, r in found.items()}


def work_orders_of(s, commitment_ids: Sequence[int]) -> dict[int, str]:
    """Commitment id -> the work-order numbers ("12345 · 2026…") of its opinions, joined."""
    if not commitment_ids:
        return {}
    found: dict[int, list[str]] = {}
    for cid, source, number in s.exec(
            select(CommitmentOpinion.commitment_id, Opinion.work_order_source,
                   Opinion.work_order_no)
            .join(Opinion, col(Opinion.id) == CommitmentOpinion.opinion_id)
            .where(col(CommitmentOpinion.commitment_id).in_(list(commitment_ids)),
                   col(Opinion.work_order_no).is_not(None))
            .order_by(Opinion.work_order_no)):
        found.setdefault(cid, []).append(f"{source} · {number}" if source else number)
    return {cid: "; ".join(v) for cid, v in found.items()}


def commitment_rows(db: Database, f: RegisterFilter = RegisterFilter(),
                    now: datetime | None = None) -> list[CommitmentRow]:
    ids = commitment_ids(db, f, now)
    rows = rows_for(db, ids)
    return [rows[i] for i in ids]


@dataclass(frozen=True)
class DueSummary:
    overdue: int
    due_soon: int
    days: int
    overdue_titles: tuple[str, ...]


def due_summary(db: Database, now: datetime, days: int = 7, sample: int = 5) -> DueSummary:
    """How many open commitments are overdue and due within ``days``: shown when the app starts."""
    base = select(func.count()).select_from(Commitment).where(
        col(Commitment.removed_at).is_(None), col(Commitment.status).in_(OPEN_STATES))
    with db.read() as s:
        overdue = s.exec(base.where(col(Commitment.due_at) < now)).one()
        soon = s.exec(base.where(col(Commitment.due_at) >= now,
                                 col(Commitment.due_at) <= now + timedelta(days=days))).one()
        titles = s.exec(select(Commitment.title).where(
            col(Commitment.removed_at).is_(None), col(Commitment.status).in_(OPEN_STATES),
            col(Commitment.due_at) < now).order_by(Commitment.due_at).limit(sample)).all()
    return DueSummary(int(overdue), int(soon), days, tuple(titles))
