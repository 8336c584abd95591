"""Retention of citizens' contact details (PIPL Art. 19: no longer than the purpose needs).

A contact is kept for follow-up. Once every opinion of the person is closed — it has a
disposition, each commitment answering it is done or cannot be done, and a follow-up call was
recorded — the organisation's period (default 180 days) starts at the person's last activity:
the latest of their sessions, dispositions, completed commitments, follow-up calls and consent.
When it has passed, the phone or e-mail is erased. Someone who only attended (no opinion) is due
once their last session is that old. Officials' office contacts are not citizens' data and stay.

Each organisation (the issuing body written on its sessions, "" when none is) has its own period;
a person seen by several keeps the contact for the longest of their periods.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import func
from sqlmodel import Session, col, select

from ..db import Database, changed
from ..errors import ValidationError
from ..models import (
    Attendance, AuditEntry, Commitment, CommitmentOpinion, Disposition, FollowUp,
    ListeningSession, Opinion, Person, RetentionSetting, SpeakerTurn, utcnow,
)
from ..models.enums import CommitmentStatus
from ..privacy import mask_phone
from .common import MAX_TITLE, aware, clean_text, stamp, touch
from ..changes import Entity

DEFAULT_CONTACT_DAYS = 180
MAX_CONTACT_DAYS = 3650
RUN_ENTITY = "retention"  # audit entries of the runs themselves (entity_id 0)
CLOSED = (CommitmentStatus.DONE, CommitmentStatus.CANNOT_DO)


@dataclass(frozen=True)
class HeldContact:
    """A contact held now, and when (if at all) retention will erase it."""

    person_id: int
    name: str
    group_name: str
    masked_contact: str
    organisations: tuple[str, ...]
    days: int
    last_activity: datetime
    due_at: datetime | None  # None while something is open
    open_reasons: tuple[tuple[str, str], ...] = ()  # (en, zh) for each open item

    def is_due(self, now: datetime) -> bool:
        return self.due_at is not None and now >= self.due_at


@dataclass(frozen=True)
class RetentionPlan:
    now: datetime
    due: tuple[HeldContact, ...]
    waiting: tuple[HeldContact, ...]  # kept: something is open, or the period has not passed

    def as_dict(self, dry_run: bool) -> dict:
        def row(c: HeldContact) -> dict:
            return {"person_id": c.person_id, "name": c.name, "group": c.group_name,
                    "contact": c.masked_contact, "organisations": list(c.organisations),
                    "days": c.days, "last_activity": c.last_activity.isoformat(),
                    "due_at": c.due_at.isoformat() if c.due_at else None,
                    "open": [en for en, _zh in c.open_reasons]}
        return {"now": self.now.isoformat(), "dry_run": dry_run,
                "erased" if not dry_run else "due": [row(c) for c in self.due],
                "kept": [row(c) for c in self.waiting]}


# --- the period per organisation ----------------------------------------------------------------

def _check_days(days: object) -> int:
    if not isinstance(days, int) or isinstance(days, bool) or not 1 <= days <= MAX_CONTACT_DAYS:
        raise ValidationError(
            en=f"The retention period is a whole number of days from 1 to {MAX_CONTACT_DAYS} "
               f"(got {days!r}).",
            zh=f"保存期限必须是 1 到 {MAX_CONTACT_DAYS} 之间的整数天数（收到 {days!r}）。")
    return days


def periods(db: Database) -> dict[str, int]:
    """Every organisation named on a session or in the settings, with its period in days."""
    with db.read() as s:
        names = set(s.exec(select(ListeningSession.organisation).distinct()))
        stored = {r.organisation: r.contact_days for r in s.exec(select(RetentionSetting))}
    return {name: stored.get(name, DEFAULT_CONTACT_DAYS)
            for name in sorted(names | set(stored) | {""})}


def contact_days(db: Database, organisation: str = "") -> int:
    with db.read() as s:
        row = s.get(RetentionSetting, organisation.strip())
    return row.contact_days if row is not None else DEFAULT_CONTACT_DAYS


def set_contact_days(db: Database, organisation: str, days: int,
                     now: datetime | None = None) -> RetentionSetting:
    days = _check_days(days)
    organisation = clean_text(organisation, "Organisation", "组织", max_len=MAX_TITLE).strip()
    with db.write() as s:
        row = s.get(RetentionSetting, organisation)
        old = row.contact_days if row is not None else DEFAULT_CONTACT_DAYS
        row = row or RetentionSetting(organisation=organisation)
        row.contact_days = days
        row.updated_at = aware(now, "Time", "时间") or utcnow()
        s.add(row)
        stamp(s, RUN_ENTITY, 0, "period_set", row.updated_at, organisation=organisation,
              old=old, new=days)
        s.flush()
        changed(s, Entity.RETENTION_SETTING, 0)
        return row


# --- what is held, and what is due -----------------------------------------------------------

def _latest(values: Iterable[datetime | None]) -> datetime | None:
    found = [v for v in values if v is not None]
    return max(found) if found else None


MAX_REASONS = 3  # open items named per person (the rest are counted)


@dataclass
class _Facts:
    sessions: set[int] = field(default_factory=set)
    opinions: list[int] = field(default_factory=list)
    times: list[datetime | None] = field(default_factory=list)


def _candidates():
    """Citizens whose contact is held: the subquery every fact below is joined to."""
    return (select(Person.id).where(col(Person.contact).is_not(None),
                                    col(Person.erased_at).is_(None),
                                    col(Person.is_official).is_(False),
                                    col(Person.owner_id).is_(None)).subquery())


def _held(s: Session) -> list[HeldContact]:
    """Every held contact with its period, last activity and open items, in a fixed number of
    joined queries (no per-person or per-opinion round trips)."""
    people = list(s.exec(select(Person.id, Person.name, Person.group_name, Person.contact,
                                Person.consent_at, Person.created_at)
                         .where(col(Person.id).in_(select(_candidates().c.id)))))
    if not people:
        return []
    facts: dict[int, _Facts] = {p.id: _Facts(times=[p.consent_at or p.created_at])
                                for p in people}
    cand = _candidates()
    mine = cand.c.id == Opinion.person_id
    live = col(Opinion.removed_at).is_(None)
    for model in (Attendance, SpeakerTurn):
        for pid, sid in s.exec(select(model.person_id, model.session_id)
                               .join(cand, cand.c.id == model.person_id)):
            facts[pid].sessions.add(sid)
    for oid, pid, sid in s.exec(select(Opinion.id, Opinion.person_id, Opinion.session_id)
                                .join(cand, mine).where(live)):
        facts[pid].sessions.add(sid)
        facts[pid].opinions.append(oid)
    disposed = dict(s.exec(select(Disposition.opinion_id, Disposition.decided_at)
                           .join(Opinion, col(Opinion.id) == Disposition.opinion_id)
                           .join(cand, mine).where(live)).all())
    called: dict[int, list[datetime]] = defaultdict(list)  # opinion id -> follow-up times
    for oid, at in s.exec(select(FollowUp.opinion_id, FollowUp.called_at)
                          .join(Opinion, col(Opinion.id) == FollowUp.opinion_id)
                          .join(cand, mine).where(live)):
        called[oid].append(at)
    commitments: dict[int, list[tuple[int, str, datetime | None]]] = defaultdict(list)
    via_opinion = col(Opinion.id) == CommitmentOpinion.opinion_id
    open_commitment = col(Commitment.removed_at).is_(None)
    for oid, cid, status, done_at in s.exec(
            select(CommitmentOpinion.opinion_id, Commitment.id, Commitment.status,
                   Commitment.completed_at)
            .join(Commitment, col(Commitment.id) == CommitmentOpinion.commitment_id)
            .join(Opinion, via_opinion).join(cand, mine).where(live, open_commitment)):
        commitments[oid].append((cid, status, done_at))
    commitment_calls: dict[int, list[datetime]] = defaultdict(list)
    for cid, at in s.exec(select(FollowUp.commitment_id, FollowUp.called_at).distinct()
                          .join(CommitmentOpinion,
                                col(CommitmentOpinion.commitment_id) == FollowUp.commitment_id)
                          .join(Opinion, via_opinion).join(cand, mine).where(live)):
        commitment_calls[cid].append(at)
    sessions = {sid: (org, starts) for sid, org, starts in s.exec(select(
        ListeningSession.id, ListeningSession.organisation, ListeningSession.starts_at))}
    stored = {r.organisation: r.contact_days for r in s.exec(select(RetentionSetting))}

    held = []
    for person in people:
        f = facts[person.id]
        reasons: list[tuple[str, str]] = []
        unnamed = 0
        times = list(f.times) + [sessions[sid][1] for sid in f.sessions if sid in sessions]
        for oid in f.opinions:
            found: list[tuple[str, str]] = []
            calls = called.get(oid, [])
            if oid in disposed:
                times.append(disposed[oid])
            else:
                found.append((f"opinion #{oid} has no disposition yet",
                              f"意见 #{oid} 尚无处理结果"))
            for cid, status, done_at in commitments.get(oid, ()):
                calls = calls + commitment_calls.get(cid, [])
                if status not in CLOSED:
                    found.append((f"commitment #{cid} is still open", f"承诺事项 #{cid} 尚未办结"))
                times.append(done_at)
            if not calls:
                found.append((f"no follow-up call recorded for opinion #{oid}",
                              f"意见 #{oid} 尚无回访记录"))
            times += calls
            room = max(0, MAX_REASONS - len(reasons))
            reasons += found[:room]
            unnamed += len(found) - len(found[:room])
        if unnamed:
            reasons.append((f"and {unnamed} more open item(s)", f"另有 {unnamed} 项未完成"))
        orgs = tuple(sorted({sessions[sid][0] for sid in f.sessions if sid in sessions}))
        days = max(stored.get(o, DEFAULT_CONTACT_DAYS) for o in orgs or ("",))
        last = _latest(times) or person.created_at
        held.append(HeldContact(
            person.id, person.name, person.group_name, mask_phone(person.contact or ""), orgs,
            days, last, None if reasons else last + timedelta(days=days), tuple(reasons)))
    return held


def plan(db: Database, now: datetime) -> RetentionPlan:
    """What a run at ``now`` would erase, and every other contact held with its reason."""
    aware(now, "Time", "时间")
    with db.read() as s:
        held = _held(s)
    due = tuple(c for c in held if c.is_due(now))
    waiting = tuple(sorted((c for c in held if not c.is_due(now)),
                           key=lambda c: (c.due_at is None, c.due_at or now, c.person_id)))
    return RetentionPlan(now, tuple(sorted(due, key=lambda c: c.person_id)), waiting)


def run(db: Database, now: datetime, *, dry_run: bool = False) -> RetentionPlan:
    """Erase the contacts that are due (none with ``dry_run``); a real run is audited, with
    one entry per erased contact and one for the run, and noted in the erasure ledger."""
    from . import erasure

    aware(now, "Time", "时间")
    if dry_run:
        return plan(db, now)
    with db.write() as s:
        held = _held(s)
        due = tuple(sorted((c for c in held if c.is_due(now)), key=lambda c: c.person_id))
        for c in due:
            person = s.get(Person, c.person_id)
            assert person is not None
            person.contact = None
            person.contact_consent = False
            stamp(s, "person", person.id, "contact_erased", now, "retention", days=c.days,
                  organisations=list(c.organisations), last_activity=c.last_activity,
                  consent_at=person.consent_at)
            touch(s, person, Entity.PERSON)
            erasure.note_in_ledger(db, s, "contact", person, now, by="retention",
                                   reason="retention")
        stamp(s, RUN_ENTITY, 0, "run", now, erased=[c.person_id for c in due],
              kept=len(held) - len(due))
        waiting = tuple(c for c in held if not c.is_due(now))
    return RetentionPlan(now, due, waiting)


def last_run(db: Database) -> datetime | None:
    with db.read() as s:
        return s.exec(select(func.max(AuditEntry.at)).where(
            AuditEntry.entity == RUN_ENTITY, AuditEntry.action == "run")).one()


def run_due(db: Database, now: datetime, every: timedelta = timedelta(days=1)
            ) -> RetentionPlan | None:
    """The app's scheduled run: at start, then once ``every`` (a day) has passed."""
    last = last_run(db)
    if last is not None and now - last < every:
        return None
    return run(db, now)
