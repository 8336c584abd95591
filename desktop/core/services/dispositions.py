"""Dispositions: how each opinion was finally handled, with who decided and when."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Integer, String, column, func
from sqlalchemy.exc import IntegrityError
from sqlalchemy import text as sql_text
from sqlmodel import col, select

from ..db import Database
from ..deadlines import CHINA_TZ, DeadlinePolicy, waiting_status
from ..errors import ConflictError, ValidationError
from ..models import Disposition, Opinion, Owner, UTCDateTime, utcnow
from ..models.enums import DispositionKind
from .common import MAX_TITLE, audit, aware, check_version, choice, clean_text, fetch, locked, touch
from .holidays import calendar_in
from .policies import load_in, resolve
from ..changes import Entity


def set_disposition(db: Database, opinion_id: int, kind: str, *, reason: str = "",
                    decided_by: str = "", referred_to_id: int | None = None,
                    decided_at: datetime | None = None,
                    expected_version: int | None = None) -> Disposition:
    """Give (or change) the opinion's disposition. ``expected_version`` is the version of the
    disposition the screen showed, 0 when it showed none: refused with ``ConflictError`` when
    another seat decided meanwhile."""
    kind = choice(kind, DispositionKind, "Disposition", "处理结果")
    reason = clean_text(reason, "Reason", "理由")
    decided_by = clean_text(decided_by, "Decided by", "决定人", max_len=MAX_TITLE)
    if kind == DispositionKind.NOT_ADOPTED and not reason.strip():
        raise ValidationError(en="An opinion that is not adopted needs a reason the citizen can read.",
                              zh="不予采纳必须写明理由。")
    if kind == DispositionKind.REFERRED and referred_to_id is None:
        raise ValidationError(en="Say which owner the opinion is referred to.", zh="请选择转办的责任单位。")
    with db.write() as s:
        opinion = locked(s, Opinion, opinion_id, "Opinion", "意见")  # one decision at a time
        if opinion.removed_at is not None:
            raise ValidationError(en="This opinion was removed.", zh="该意见已删除。")
        if referred_to_id is not None:
            fetch(s, Owner, referred_to_id, "Owner", "责任单位")
        row = s.exec(select(Disposition).where(Disposition.opinion_id == opinion_id)).first()
        check_version(row, expected_version, Entity.DISPOSITION)
        previous = row.kind if row else None
        row = row or Disposition(opinion_id=opinion_id, kind=kind)
        row.kind, row.reason, row.decided_by = kind, reason, decided_by
        row.referred_to_id = referred_to_id
        row.decided_at = aware(decided_at, "Decision time", "决定时间") or utcnow()
        try:
            touch(s, row, Entity.DISPOSITION)
        except IntegrityError as exc:  # SQLite: another seat gave the first disposition meanwhile
            raise ConflictError(entity=Entity.DISPOSITION) from exc
        audit(s, "opinion", opinion_id, "disposition", reason, old=previous, new=kind)
        touch(s, opinion, Entity.OPINION)
        return row


def get_disposition(db: Database, opinion_id: int) -> Disposition | None:
    with db.read() as s:
        return s.exec(select(Disposition).where(Disposition.opinion_id == opinion_id)).first()


@dataclass(frozen=True)
class PendingOpinion:
    """An opinion still without a disposition, and how long it has waited."""

    id: int
    session_id: int
    session_title: str
    text: str
    received_at: datetime
    policy_key: str
    waited: int  # in the policy's unit (calendar days when the session has no policy)
    unit: str
    overdue: bool
    approximate: bool  # a year of the wait has no published holiday schedule
    disposition: str = ""  # set when decided (listed with include_decided)
    decided_by: str = ""
    decided_at: datetime | None = None


def pending_count(db: Database, session_id: int | None = None) -> int:
    query = (select(func.count()).select_from(Opinion)
             .where(col(Opinion.removed_at).is_(None),
                    ~col(Opinion.id).in_(select(Disposition.opinion_id))))
    if session_id is not None:
        query = query.where(Opinion.session_id == session_id)
    with db.read() as s:
        return int(s.exec(query).one())


def pending_dispositions(db: Database, now: datetime, *, session_id: int | None = None,
                         custom: Mapping[str, DeadlinePolicy] | None = None,
                         limit: int = 1000, include_decided: bool = False) -> list[PendingOpinion]:
    """Opinions without a disposition, oldest session and longest waiting first, measured
    against the deadline policy of their session (calendar days when the session has none).

    ``include_decided`` lists decided opinions too, with their disposition; their wait is
    measured up to the decision."""
    # Oldest session first, then by time received, walking the indexes on the session's start
    # and on (session_id, received_at): no sort of all opinions (CROSS JOIN fixes SQLite's order).
    join = "CROSS JOIN" if db.dialect == "sqlite" else "JOIN"
    sql = (f"SELECT o.id, o.session_id, s.title, o.text, o.received_at, s.deadline_policy, "
           "d.kind, d.decided_by, d.decided_at "
           f"FROM listening_session s {join} opinion o ON s.id = o.session_id "
           "LEFT JOIN disposition d ON d.opinion_id = o.id WHERE o.removed_at IS NULL"
           + ("" if include_decided else " AND d.id IS NULL")
           + (" AND s.id = :sid" if session_id is not None else "")
           + " ORDER BY s.starts_at, s.id, o.received_at, o.id LIMIT :n")
    query = sql_text(sql).columns(column("id", Integer), column("session_id", Integer),
                              column("title", String), column("text", String),
                              column("received_at", UTCDateTime()), column("policy", String),
                              column("kind", String), column("decided_by", String),
                              column("decided_at", UTCDateTime()))
    params = {"n": limit, **({"sid": session_id} if session_id is not None else {})}
    with db.engine.connect() as conn:
        rows = list(conn.execute(query, params))
    with db.read() as s:
        custom = load_in(s) if custom is None else custom
        cal = calendar_in(s)
    result = []
    known: dict[tuple, tuple[int, bool, str, bool]] = {}
    for oid, sid, title, text, received, key, kind, decided_by, decided_at in rows:
        policy = resolve(key, custom)
        until = decided_at or now
        if policy is None:
            waited, overdue, unit, approx = max((until - received).days, 0), False, "calendar_days", False
        else:
            # day-based waits depend only on the local days involved: compute once per pair
            cache_key = (key, received if policy.unit == "hours"
                         else received.astimezone(CHINA_TZ).date(),
                         until if policy.unit == "hours" or decided_at else None)
            if cache_key not in known:
                waited, overdue = waiting_status(policy, received, until, calendar=cal)
                approx = policy.unit == "working_days" and bool(cal.unknown_years(
                    received.astimezone(CHINA_TZ).date(), until.astimezone(CHINA_TZ).date()))
                known[cache_key] = (waited, overdue, policy.unit, approx)
            waited, overdue, unit, approx = known[cache_key]
        result.append(PendingOpinion(oid, sid, title, text, received, key, waited, unit, overdue,
                                     approx, kind or "", decided_by or "", decided_at))
    return result
