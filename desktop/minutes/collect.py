"""From the database to the writers' input: everything the minutes of one session show.

Reads through the services only; labels are taken in the session's language.
"""
from __future__ import annotations

from collections import defaultdict
from datetime import datetime, tzinfo

from ..core.clock import SYSTEM_CLOCK
from ..core.db import Database
from ..core.models import Opinion, Person, SpeakerTurn
from ..core.services import (
    agenda, attendance, commitments, dispositions, holidays, opinions, owners, sessions, turns,
)
from ..core.services.people import get_person
from ..core.vocabulary import word
from .content import (
    AgendaSection, AttendanceLine, CommitmentRow, GroupSpeaking, MinutesContent, OpinionEntry,
    SpeakingStats,
)
from ..core.msg import pick


def _local(value: datetime, tz: tzinfo | None) -> datetime:
    return value.astimezone(tz)


def _speaker(op: Opinion, people: dict[int, Person], lang: str) -> tuple[str, str, str | None, bool]:
    person = people.get(op.person_id) if op.person_id is not None else None
    if person is not None:
        return person.name or person.group_name, person.group_name, person.gender, not person.is_official
    return op.speaker_label, "", None, True


def opinion_entries(db: Database, session_id: int, lang: str, tz: tzinfo | None,
                    people: dict[int, Person]) -> list[tuple[Opinion, OpinionEntry]]:
    """Every live opinion of the session, numbered in the order received."""
    rows = opinions.list_opinions(db, session_id)
    tags = opinions.tags_of(db, [o.id for o in rows])
    out = []
    for number, op in enumerate(rows, start=1):
        replies = opinions.replies_of(db, op.id)
        reply = next((r for r in replies if r.on_the_spot), replies[0] if replies else None)
        disp = dispositions.get_disposition(db, op.id)
        speaker, group, gender, citizen = _speaker(op, people, lang)
        person = people.get(op.person_id) if op.person_id is not None else None
        out.append((op, OpinionEntry(
            number=number, text=op.text, speaker=speaker, speaker_group=group,
            speaker_gender=gender, is_citizen=citizen,
            speaker_salutation=person.salutation if person is not None else "",
            channel_label=word("channel", op.channel, lang),
            received_at=_local(op.received_at, tz).strftime("%Y-%m-%d %H:%M"),
            kind_label=word("opinion_kind", op.kind, lang), tags=tuple(tags.get(op.id, ())),
            support_count=op.support_count, reply_text=reply.text if reply else "",
            reply_by=reply.given_by if reply else "",
            disposition_label=word("disposition", disp.kind, lang) if disp else "",
            disposition_reason=disp.reason if disp else "",
            contact=person.contact if person and person.contact_consent else None)))
    return out


def speaking_stats(rows: list[SpeakerTurn], lang: str) -> SpeakingStats:
    done = [t for t in rows if t.started_at and t.ended_at]
    minutes = lambda t: (t.ended_at - t.started_at).total_seconds() / 60  # noqa: E731
    groups: dict[str, list[float]] = defaultdict(list)
    for t in done:
        default = pick(lang, en="Officials", zh="干部")
        groups[t.group_name or (default if t.is_official else
                                pick(lang, en="Residents", zh="群众"))].append(minutes(t))
    speakers = {t.person_id or t.label or f"turn-{t.id}" for t in done}
    return SpeakingStats(
        speakers=len(speakers), turns=len(done), total_minutes=round(sum(map(minutes, done)), 1),
        by_group=tuple(GroupSpeaking(g, len(v), round(sum(v), 1)) for g, v in sorted(groups.items())),
        officials_minutes=round(sum(minutes(t) for t in done if t.is_official), 1),
        citizens_minutes=round(sum(minutes(t) for t in done if not t.is_official), 1))


def collect_minutes(db: Database, session_id: int, *, public: bool = False,
                    tz: tzinfo | None = None, issued: datetime | None = None) -> MinutesContent:
    s = sessions.get_session(db, session_id)
    lang = s.language
    start = _local(s.starts_at, tz)
    owner_by_id = {o.id: o for o in owners.list_owners(db, active_only=False)}
    registered = attendance.attendees(db, session_id)
    people = {p.id: p for _a, p in registered}
    for op in opinions.list_opinions(db, session_id):
        if op.person_id is not None and op.person_id not in people:
            people[op.person_id] = get_person(db, op.person_id)
    lines: dict[str, dict[tuple[str, bool], list[str]]] = {
        "present": defaultdict(list), "attending": defaultdict(list), "excused": defaultdict(list)}
    for a, p in registered:
        unit = (owner_by_id[p.owner_id].name if p.is_official and p.owner_id in owner_by_id
                else p.group_name or pick(lang, en="Residents", zh="居民"))
        lines[a.role][(unit, not p.is_official)].append(p.name or p.group_name)
    for owner in sessions.session_owners(db, session_id):  # leaders and departments attending
        if owner.kind == "leader":
            dept = owner_by_id.get(owner.department_id)
            key = (dept.name if dept else owner.title or owner.name, False)
            if owner.name not in lines["present"][key]:
                lines["present"][key].append(owner.name)
    as_lines = {role: tuple(AttendanceLine(unit=u, names=tuple(n), is_citizen=c)
                            for (u, c), n in groups.items()) for role, groups in lines.items()}
    numbered = opinion_entries(db, session_id, lang, tz, people)
    by_item: dict[int | None, list[OpinionEntry]] = defaultdict(list)
    number_of: dict[int, int] = {}
    for op, entry in numbered:
        by_item[op.agenda_item_id].append(entry)
        number_of[op.id] = entry.number
    sections = []
    for item in agenda.list_items(db, session_id):
        actual = (round((item.ended_at - item.started_at).total_seconds() / 60)
                  if item.started_at and item.ended_at else None)
        sections.append(AgendaSection(
            number=item.position + 1, title=item.title, kind_label=word("agenda_kind", item.kind, lang),
            planned_minutes=item.planned_minutes, actual_minutes=actual, summary=item.summary,
            decisions=tuple(line.strip() for line in item.decisions.splitlines() if line.strip()),
            opinions=tuple(by_item.get(item.id, ()))))
    rows = []
    listed = commitments.list_commitments(db, session_id)
    approximate = holidays.approximate_commitments(db, [c.id for c in listed])
    for n, c in enumerate(listed, start=1):
        linked = commitments.linked_opinion_ids(db, c.id)
        rows.append(CommitmentRow(
            number=n, title=c.title, owner=owner_by_id[c.owner_id].name if c.owner_id in owner_by_id
            else "", due_date=_local(c.due_at, tz).date(), due_approximate=c.id in approximate,
            status_label=word("commitment_status", c.status, lang),
            linked_opinions=tuple(number_of[i] for i in linked if i in number_of),
            made_in_session=s.title))
    present_people = sum(len(n) for n in lines["present"].values())
    departments = [o.name for o in sessions.session_owners(db, session_id) if o.kind == "department"]
    return MinutesContent(
        lang=lang, org_name=s.organisation, title=s.title,
        kind_label=word("session_kind", s.kind, lang), date=start.date(),
        start_time=start.strftime("%H:%M"),
        end_time=_local(s.ended_at, tz).strftime("%H:%M") if s.ended_at else None,
        venue=s.venue, chair=s.chair, facilitator=s.facilitator, recorder=s.recorder,
        present=as_lines["present"], attending=as_lines["attending"],
        excused=as_lines["excused"], head_count=present_people + s.anonymous_count,
        anonymous_count=sum(1 for _op, e in numbered if not e.speaker),
        agenda=tuple(sections), commitments=tuple(rows),
        stats=speaking_stats(turns.list_turns(db, session_id), lang),
        appendix=tuple(e for _op, e in numbered), cc=tuple(departments),
        issued_by=s.organisation, issued_date=(issued or SYSTEM_CLOCK.now()).astimezone(tz).date(), public=public)
