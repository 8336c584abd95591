"""Everything a session's paperwork shows, read in one transaction with a fixed number of queries.

:func:`read_paperwork` returns plain frozen dataclasses; the documents in
:mod:`desktop.paperwork` render them and read nothing else. Times are local (``tz``); words are in
the session's language.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from sqlalchemy.orm import aliased
from sqlmodel import col, select

from ..db import Database
from ..deadlines import CHINA_TZ, is_working_day
from ..errors import NotFoundError
from ..models import (
    AgendaItem,
    AssignmentSlip,
    Attendance,
    Commitment,
    CommitmentOpinion,
    Disposition,
    FollowUp,
    ListeningSession,
    Opinion,
    OpinionTag,
    Owner,
    Person,
    ProgressNote,
    Reply,
    SessionNotice,
    SessionOwner,
)
from ..models.enums import AttendanceRole
from ..services.paperwork import PaperworkSettings, get_settings
from ..vocabulary import word
from ..clock import SYSTEM_CLOCK
from desktop.core.msg import is_zh


@dataclass(frozen=True)
class AgendaLine:
    number: int
    title: str
    kind_label: str
    minutes: int


@dataclass(frozen=True)
class Leader:
    name: str
    title: str  # position, e.g. 副主任
    unit: str  # department the leader belongs to


@dataclass(frozen=True)
class Attendee:
    name: str
    group: str
    role_label: str
    contact: str  # only when consent was recorded
    is_official: bool


@dataclass(frozen=True)
class OpinionInfo:
    number: int  # in this session, in the order received
    text: str
    speaker: str  # "" when anonymous
    group: str
    gender: str | None
    is_citizen: bool
    channel_label: str
    kind: str
    kind_label: str
    received: date
    agenda_number: int | None
    tags: tuple[str, ...]
    work_order: str  # "12345 · 2026112300123" or ""
    reply: str
    disposition: str  # DispositionKind or ""
    disposition_label: str
    disposition_reason: str
    referred_to: str


@dataclass(frozen=True)
class CommitmentInfo:
    number: int  # in this session
    slip_number: str  # "" until slips are issued
    slip_issued: date | None
    title: str
    detail: str
    owner: str
    owner_contact: str
    made_on: date
    due: date
    working_days: int  # from the session day (not counted) to the due day (counted)
    status: str
    status_label: str
    status_reason: str
    completed: date | None
    progress: str  # the latest progress note
    satisfaction_label: str  # of the latest valid follow-up call, or ""
    opinions: tuple[OpinionInfo, ...]


@dataclass(frozen=True)
class SessionPaperwork:
    session_id: int
    lang: str
    org: str
    title: str
    kind_label: str
    starts: datetime  # local
    ends: datetime  # local: the end, or the planned end
    venue: str
    chair: str
    facilitator: str
    recorder: str
    agenda: tuple[AgendaLine, ...]
    leaders: tuple[Leader, ...]
    departments: tuple[str, ...]
    attendees: tuple[Attendee, ...]  # in order of group
    opinions: tuple[OpinionInfo, ...]
    commitments: tuple[CommitmentInfo, ...]
    opinions_until: date  # when opinions sent before the session are received until
    notice_note: str
    settings: PaperworkSettings
    today: date

    @property
    def zh(self) -> bool:
        return is_zh(self.lang)


def working_days_between(first: date, last: date) -> int:
    """Working days after ``first`` up to and including ``last`` (0 when last <= first)."""
    count, day = 0, first
    while day < last:
        day += timedelta(days=1)
        count += is_working_day(day)[0]
    return count


def _people_label(lang: str) -> str:
    return "居民" if is_zh(lang) else "Residents"


def read_paperwork(db: Database, session_id: int, *, tz: tzinfo = CHINA_TZ,
                   today: date | None = None) -> SessionPaperwork:
    settings = get_settings(db)
    referred = aliased(Owner)
    with db.read() as s:
        session = s.get(ListeningSession, session_id)
        if session is None:
            raise NotFoundError(en=f"Session #{session_id} does not exist.",
                                zh=f"会议 #{session_id} 不存在。")
        lang = session.language
        notice = s.get(SessionNotice, session_id)
        items = list(s.exec(select(AgendaItem).where(AgendaItem.session_id == session_id)
                            .order_by(AgendaItem.position, AgendaItem.id)))
        owners = {o.id: o for o in s.exec(select(Owner))}
        attending = list(s.exec(select(SessionOwner.owner_id)
                                .where(SessionOwner.session_id == session_id)))
        registered = list(s.exec(
            select(Attendance, Person).join(Person, col(Person.id) == Attendance.person_id)
            .where(Attendance.session_id == session_id)))
        opinion_rows = list(s.exec(
            select(Opinion, Person, Disposition, referred.name)
            .outerjoin(Person, col(Person.id) == Opinion.person_id)
            .outerjoin(Disposition, col(Disposition.opinion_id) == Opinion.id)
            .outerjoin(referred, col(referred.id) == Disposition.referred_to_id)
            .where(Opinion.session_id == session_id, col(Opinion.removed_at).is_(None))
            .order_by(Opinion.received_at, Opinion.id)))
        tags: dict[int, list[str]] = defaultdict(list)
        for opinion_id, tag in s.exec(
                select(OpinionTag.opinion_id, OpinionTag.tag).join(
                    Opinion, col(Opinion.id) == OpinionTag.opinion_id)
                .where(Opinion.session_id == session_id).order_by(OpinionTag.tag)):
            tags[opinion_id].append(tag)
        replies: dict[int, str] = {}  # the first reply on the spot, else the first one
        for opinion_id, text in s.exec(
                select(Reply.opinion_id, Reply.text)
                .join(Opinion, col(Opinion.id) == Reply.opinion_id)
                .where(Opinion.session_id == session_id)
                .order_by(col(Reply.on_the_spot).desc(), Reply.given_at, Reply.id)):
            replies.setdefault(opinion_id, text)
        commitment_rows = list(s.exec(
            select(Commitment, AssignmentSlip)
            .outerjoin(AssignmentSlip, col(AssignmentSlip.commitment_id) == Commitment.id)
            .where(Commitment.session_id == session_id, col(Commitment.removed_at).is_(None))
            .order_by(Commitment.created_at, Commitment.id)))
        ids = [c.id for c, _ in commitment_rows]
        links: dict[int, list[int]] = defaultdict(list)
        notes: dict[int, str] = {}
        calls: dict[int, str] = {}
        if ids:
            for cid, oid in s.exec(select(CommitmentOpinion.commitment_id,
                                          CommitmentOpinion.opinion_id)
                                   .where(col(CommitmentOpinion.commitment_id).in_(ids))
                                   .order_by(CommitmentOpinion.opinion_id)):
                links[cid].append(oid)
            for cid, text in s.exec(select(ProgressNote.commitment_id, ProgressNote.text)
                                    .where(col(ProgressNote.commitment_id).in_(ids))
                                    .order_by(ProgressNote.noted_at, ProgressNote.id)):
                notes[cid] = text
            for cid, level in s.exec(select(FollowUp.commitment_id, FollowUp.satisfaction)
                                     .where(col(FollowUp.commitment_id).in_(ids),
                                            FollowUp.valid == True)  # noqa: E712
                                     .order_by(FollowUp.called_at, FollowUp.id)):
                if level:
                    calls[cid] = level

    def local(value: datetime) -> datetime:
        return value.astimezone(tz)

    starts = local(session.starts_at)
    ends = local(session.ended_at) if session.ended_at else starts + timedelta(
        minutes=session.planned_minutes)
    number_of_item = {item.id: n for n, item in enumerate(items, start=1)}
    agenda = tuple(AgendaLine(n, item.title, word("agenda_kind", item.kind, lang),
                              item.planned_minutes) for n, item in enumerate(items, start=1))
    leaders, departments = [], []
    for owner_id in attending:
        owner = owners.get(owner_id)
        if owner is None:
            continue
        if owner.kind == "leader":
            unit = owners.get(owner.department_id)
            leaders.append(Leader(owner.name, owner.title, unit.name if unit else ""))
        else:
            departments.append(owner.name)
    role_order = {AttendanceRole.PRESENT: 0, AttendanceRole.ATTENDING: 1, AttendanceRole.EXCUSED: 2}
    registered.sort(key=lambda ap: (ap[1].is_official is False, ap[1].group_name == "",
                                    ap[1].group_name, role_order.get(ap[0].role, 3), ap[0].id))
    attendees = tuple(
        Attendee(p.name or p.group_name, p.group_name, word("attendance", a.role, lang),
                 p.contact if p.contact_consent and p.contact else "", p.is_official)
        for a, p in registered)
    opinions = []
    info_of: dict[int, OpinionInfo] = {}
    for number, (op, person, disp, referred_name) in enumerate(opinion_rows, start=1):
        if person is not None:
            speaker, group = person.name or person.group_name, person.group_name
            gender, citizen = person.gender, not person.is_official
        else:
            speaker, group, gender, citizen = op.speaker_label, "", None, True
        source = op.work_order_source or ""
        info = OpinionInfo(
            number=number, text=op.text, speaker=speaker, group=group, gender=gender,
            is_citizen=citizen, channel_label=word("channel", op.channel, lang), kind=op.kind,
            kind_label=word("opinion_kind", op.kind, lang), received=local(op.received_at).date(),
            agenda_number=number_of_item.get(op.agenda_item_id), tags=tuple(tags.get(op.id, ())),
            work_order=(f"{source} · {op.work_order_no}" if source else op.work_order_no)
            if op.work_order_no else "",
            reply=replies.get(op.id, ""), disposition=disp.kind if disp else "",
            disposition_label=word("disposition", disp.kind, lang) if disp else "",
            disposition_reason=disp.reason if disp else "", referred_to=referred_name or "")
        opinions.append(info)
        info_of[op.id] = info
    session_day = starts.date()
    commitments = []
    for number, (c, slip) in enumerate(commitment_rows, start=1):
        owner = owners.get(c.owner_id)
        due = local(c.due_at).date()
        commitments.append(CommitmentInfo(
            number=number, slip_number=slip.number if slip else "",
            slip_issued=local(slip.issued_at).date() if slip else None, title=c.title,
            detail=c.detail, owner=owner.name if owner else "",
            owner_contact=owner.contact if owner else "", made_on=session_day, due=due,
            working_days=working_days_between(session_day, due), status=c.status,
            status_label=word("commitment_status", c.status, lang), status_reason=c.status_reason,
            completed=local(c.completed_at).date() if c.completed_at else None,
            progress=notes.get(c.id, ""),
            satisfaction_label=word("satisfaction", calls[c.id], lang) if c.id in calls else "",
            opinions=tuple(info_of[i] for i in links.get(c.id, ()) if i in info_of)))
    until = local(notice.opinions_until).date() if notice and notice.opinions_until else \
        session_day - timedelta(days=1)
    return SessionPaperwork(
        session_id=session_id, lang=lang, org=session.organisation, title=session.title,
        kind_label=word("session_kind", session.kind, lang), starts=starts, ends=ends,
        venue=session.venue, chair=session.chair, facilitator=session.facilitator,
        recorder=session.recorder, agenda=agenda, leaders=tuple(leaders),
        departments=tuple(departments), attendees=attendees, opinions=tuple(opinions),
        commitments=tuple(commitments), opinions_until=until,
        notice_note=notice.note if notice else "", settings=settings,
        today=today or SYSTEM_CLOCK.now().astimezone(tz).date())
