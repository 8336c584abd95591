"""The leader's dashboard: commitments per owner and the three rates, aggregated in SQL."""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo

from sqlalchemy import and_, case, func, literal_column
from sqlmodel import col, select

from ..clock import SYSTEM_CLOCK
from ..db import Database
from ..deadlines import CHINA_TZ
from ..zone import SystemZone
from ..errors import ValidationError
from ..metrics import RateSettings, Rates, rates_from_counts
from ..models import Commitment, Disposition, FollowUp, ListeningSession, Opinion, Owner
from ..models.enums import OPEN_STATUSES as OPEN_STATES
from . import policies

GROUPS = ("session", "owner", "month")


@dataclass(frozen=True)
class OwnerCounts:
    owner_id: int
    owner: str
    open: int  # open or in progress
    overdue: int  # of those, past their due date
    done: int
    cannot_do: int

    @property
    def total(self) -> int:
        return self.open + self.done + self.cannot_do


def owner_counts(db: Database, now: datetime) -> list[OwnerCounts]:
    """Per owner: open, overdue, done and cannot-be-done commitments (removed ones left out)."""
    is_open = col(Commitment.status).in_(OPEN_STATES)
    query = (select(Commitment.owner_id, Owner.name,
                    func.sum(case((is_open, 1), else_=0)),
                    func.sum(case((and_(is_open, col(Commitment.due_at) < now), 1), else_=0)),
                    func.sum(case((Commitment.status == "done", 1), else_=0)),
                    func.sum(case((Commitment.status == "cannot_do", 1), else_=0)))
             .join(Owner, col(Owner.id) == Commitment.owner_id)
             .where(col(Commitment.removed_at).is_(None))
             .group_by(Commitment.owner_id, Owner.name)
             .order_by(Owner.name))
    with db.read() as s:
        return [OwnerCounts(r[0], r[1], *(int(v or 0) for v in r[2:])) for r in s.exec(query)]


@dataclass(frozen=True)
class RateRow:
    key: str  # session id, owner id or "YYYY-MM"
    label: str
    rates: Rates


def _month(db: Database, column, zone: tzinfo | None = None):
    """Calendar month of a stored UTC time in ``zone`` (the display zone; None: China time).

    SQLite: the system's zone through its own 'localtime'; another zone through its offset at
    the time of the query (exact for zones without daylight saving, such as all of China's).
    PostgreSQL: the zone's name."""
    if zone is None:
        zone = CHINA_TZ
    if db.dialect == "sqlite":
        if isinstance(zone, SystemZone):
            return func.strftime("%Y-%m", column, "localtime")
        offset = int((SYSTEM_CLOCK.now().astimezone(zone).utcoffset() or timedelta(0))
                     .total_seconds())
        return func.strftime("%Y-%m", column, f"{offset:+d} seconds")
    name = zone_key(zone)
    return func.to_char(func.timezone(name, column), "YYYY-MM")


def zone_key(zone: tzinfo):
    """What PostgreSQL's ``timezone()`` takes for ``zone``: its IANA name, else its offset now
    as an interval (the system's zone when TZ names no zone PostgreSQL knows)."""
    if isinstance(zone, ZoneInfo):
        return zone.key
    name = os.environ.get("TZ", "") if isinstance(zone, SystemZone) else zone.tzname(None) or ""
    try:
        if name:
            return ZoneInfo(name).key
    except (ValueError, OSError):
        pass
    seconds = int((SYSTEM_CLOCK.now().astimezone(
        None if isinstance(zone, SystemZone) else zone).utcoffset() or timedelta(0)).total_seconds())
    sign, seconds = ("-" if seconds < 0 else "+"), abs(seconds)
    return literal_column(f"INTERVAL '{sign}{seconds // 3600:02d}:{seconds % 3600 // 60:02d}'")


def rates_by(db: Database, group: str, settings: RateSettings | None = None, *,
             owner_id: int | None = None, start: datetime | None = None,
             end: datetime | None = None, zone: tzinfo | None = None) -> list[RateRow]:
    """The three rates per session, owner or month, with the counts behind each.

    A follow-up about a commitment belongs to its session and owner; one about an opinion to the
    opinion's session and to the owner it was referred to (if any). ``start``/``end`` bound the
    call time (end exclusive). ``settings``: the database's rate settings unless given."""
    if group not in GROUPS:
        raise ValidationError(en=f"Group by one of {', '.join(GROUPS)}.", zh="分组方式无效。")
    session_id = func.coalesce(Commitment.session_id, Opinion.session_id)
    owner = func.coalesce(Commitment.owner_id, Disposition.referred_to_id)
    valid = FollowUp.valid == True  # noqa: E712 - SQL expression
    counts = (
        func.count(),
        func.sum(case((and_(valid, FollowUp.contacted_in_time == True), 1), else_=0)),  # noqa: E712
        func.sum(case((and_(valid, FollowUp.resolved == True), 1), else_=0)),  # noqa: E712
        func.sum(case((and_(valid, FollowUp.satisfaction == "satisfied"), 1), else_=0)),
        func.sum(case((and_(valid, FollowUp.satisfaction == "basically_satisfied"), 1), else_=0)),
        func.sum(case((and_(valid, FollowUp.satisfaction == "unsatisfied"), 1), else_=0)),
    )
    key = {"session": session_id, "owner": owner, "month": _month(db, FollowUp.called_at, zone)}[group]
    query = (select(key.label("k"), *counts).select_from(FollowUp)
             .outerjoin(Commitment, col(Commitment.id) == FollowUp.commitment_id)
             .outerjoin(Opinion, col(Opinion.id) == FollowUp.opinion_id)
             .outerjoin(Disposition, col(Disposition.opinion_id) == FollowUp.opinion_id)
             .where(valid))
    if owner_id is not None:
        query = query.where(owner == owner_id)
    if start is not None:
        query = query.where(col(FollowUp.called_at) >= start)
    if end is not None:
        query = query.where(col(FollowUp.called_at) < end)
    query = query.group_by(key).order_by(key)
    with db.read() as s:
        rows = [r for r in s.exec(query) if r[0] is not None]
        labels = _labels(s, group, [r[0] for r in rows])
        settings = policies.rate_settings_in(s) if settings is None else settings
    return [RateRow(str(r[0]), labels.get(r[0], str(r[0])),
                    rates_from_counts(*(int(v or 0) for v in r[1:]), settings)) for r in rows]


def _labels(s, group: str, keys: list) -> dict:
    if group == "session" and keys:
        return dict(s.exec(select(ListeningSession.id, ListeningSession.title)
                           .where(col(ListeningSession.id).in_(keys))).all())
    if group == "owner" and keys:
        return dict(s.exec(select(Owner.id, Owner.name).where(col(Owner.id).in_(keys))).all())
    return {}


def total_rates(db: Database, settings: RateSettings | None = None,
                rows: list[RateRow] | None = None, **bounds) -> Rates:
    """All valid follow-ups together (same filters as ``rates_by``); pass the rows of one
    grouping already made to add them up instead of querying again."""
    if settings is None:
        settings = policies.rate_settings(db)
    rows = rates_by(db, "month", settings, **bounds) if rows is None else rows
    sums = [sum(getattr(r.rates, name) for r in rows) for name in
            ("valid", "responded", "resolved", "satisfied", "basically_satisfied", "unsatisfied")]
    return rates_from_counts(*sums, settings)
