"""按时办结率 and 重办率 of commitments, with the counts behind them, aggregated in SQL.

- on-time rate (按时办结率) = commitments completed by their due date (as extended with approval)
  ÷ commitments that are due: completed ones, and open ones whose due date has passed.
- reopen rate (重办率) = commitments reopened after an unsatisfied follow-up ÷ commitments ever
  completed (completed now, or completed and reopened since).
Removed commitments and those that cannot be done are left out. Grouped per session, owner or
month of the due date (China time); ``start``/``end`` bound the due date (end exclusive).
"""
from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime

from sqlalchemy import and_, case, exists, func, or_
from sqlmodel import col, select

from ..db import Database
from ..errors import ValidationError
from ..models import Commitment, ListeningSession, Owner, Reopening
from .register import OPEN_STATES

GROUPS = ("session", "owner", "month")


@dataclass(frozen=True)
class HandlingRates:
    due: int  # completed, or open past the due date
    on_time: int  # completed by the due date
    completed: int  # ever completed (now or before a reopening)
    reopened: int  # reopened after an unsatisfied follow-up
    on_time_rate: float | None
    reopen_rate: float | None

    def as_dict(self) -> dict:
        return asdict(self)


def rates_from(due: int, on_time: int, completed: int, reopened: int) -> HandlingRates:
    return HandlingRates(due, on_time, completed, reopened,
                         on_time / due if due else None,
                         reopened / completed if completed else None)


@dataclass(frozen=True)
class HandlingRow:
    key: str
    label: str
    rates: HandlingRates


def _month(db: Database, column):
    if db.dialect == "sqlite":
        return func.strftime("%Y-%m", column, "+8 hours")
    return func.to_char(func.timezone("Asia/Shanghai", column), "YYYY-MM")


def handling_by(db: Database, group: str, now: datetime, *, owner_id: int | None = None,
                start: datetime | None = None, end: datetime | None = None) -> list[HandlingRow]:
    if group not in GROUPS:
        raise ValidationError(en=f"Group by one of {', '.join(GROUPS)}.", zh="分组方式无效。")
    reopened = exists().where(Reopening.commitment_id == Commitment.id)
    done = Commitment.status == "done"
    overdue_open = and_(col(Commitment.status).in_(OPEN_STATES), col(Commitment.due_at) < now)
    key = {"session": Commitment.session_id, "owner": Commitment.owner_id,
           "month": _month(db, Commitment.due_at)}[group]
    query = (select(key.label("k"),
                    func.sum(case((or_(done, overdue_open), 1), else_=0)),
                    func.sum(case((and_(done, col(Commitment.completed_at) <= Commitment.due_at),
                                   1), else_=0)),
                    func.sum(case((or_(done, reopened), 1), else_=0)),
                    func.sum(case((reopened, 1), else_=0)))
             .where(col(Commitment.removed_at).is_(None), Commitment.status != "cannot_do"))
    if owner_id is not None:
        query = query.where(Commitment.owner_id == owner_id)
    if start is not None:
        query = query.where(col(Commitment.due_at) >= start)
    if end is not None:
        query = query.where(col(Commitment.due_at) < end)
    query = query.group_by(key).order_by(key)
    with db.read() as s:
        rows = [r for r in s.exec(query) if r[0] is not None]
        keys = [r[0] for r in rows]
        labels = {}
        if group == "session" and keys:
            labels = dict(s.exec(select(ListeningSession.id, ListeningSession.title)
                                 .where(col(ListeningSession.id).in_(keys))).all())
        elif group == "owner" and keys:
            labels = dict(s.exec(select(Owner.id, Owner.name)
                                 .where(col(Owner.id).in_(keys))).all())
    return [HandlingRow(str(r[0]), labels.get(r[0], str(r[0])),
                        rates_from(*(int(v or 0) for v in r[1:]))) for r in rows]


def total_handling(rows: list[HandlingRow]) -> HandlingRates:
    """All commitments together, from the rows of one grouping."""
    return rates_from(*(sum(getattr(r.rates, name) for r in rows)
                        for name in ("due", "on_time", "completed", "reopened")))
