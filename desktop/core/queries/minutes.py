"""Everything the minutes and the report back of one session rest on, read at once.

:func:`read_minutes` opens one read transaction (a snapshot: on SQLite an explicit
``BEGIN``, on PostgreSQL ``REPEATABLE READ``) and runs a fixed number of queries
whatever the size of the session: each related table is read with one query
filtered by the session, never one query per opinion or commitment. The result is
plain rows; turning them into the words of a document is the writers' business
(:mod:`desktop.minutes.collect`), and :func:`snapshot` turns them into the state a
minutes version records to tell later what changed.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime

from sqlmodel import Session, col, select

from ..db import Database
from ..models import (
    AgendaItem, Attendance, Commitment, Disposition, ListeningSession, MinutesVersion, Opinion,
    OpinionTag, Owner, Person, ProgressNote, Reply, SpeakerTurn,
)
from ..models.commitment import CommitmentOpinion
from ..models.directory import Series
from ..models.session import SessionOwner
from ..models.types import utcnow
from ..services.common import fetch
from ..services.report_back import ReportBackRow, rows_in
from ..services.holidays import approximate_in


@dataclass(frozen=True)
class MinutesRecord:
    """The rows of one session, as they stood at one instant."""

    session: ListeningSession
    now: datetime
    series_title: str = ""
    agenda: list[AgendaItem] = field(default_factory=list)
    opinions: list[Opinion] = field(default_factory=list)  # live ones, in the order received
    tags: dict[int, list[str]] = field(default_factory=dict)
    replies: dict[int, list[Reply]] = field(default_factory=dict)  # oldest first
    dispositions: dict[int, Disposition] = field(default_factory=dict)
    people: dict[int, Person] = field(default_factory=dict)  # attendees and speakers
    attendance: list[Attendance] = field(default_factory=list)
    owners: dict[int, Owner] = field(default_factory=dict)  # every owner, active or not
    session_owners: list[int] = field(default_factory=list)  # leaders and departments ticked
    commitments: list[Commitment] = field(default_factory=list)  # made in this session
    links: dict[int, list[int]] = field(default_factory=dict)  # commitment id → opinion ids
    notes: dict[int, list[ProgressNote]] = field(default_factory=dict)  # commitment id → notes
    turns: list[SpeakerTurn] = field(default_factory=list)
    reported: list[ReportBackRow] = field(default_factory=list)  # earlier commitments reported on
    versions: list[MinutesVersion] = field(default_factory=list)
    approximate: set[int] = field(default_factory=set)  # commitments whose due date is approximate
    published: tuple[str, ...] = ()  # the organisation's own numbers (not a record: set by the caller)


def read_minutes(db: Database, session_id: int, now: datetime | None = None) -> MinutesRecord:
    """One read transaction; the number of queries does not depend on the number of rows."""
    now = now or utcnow()
    with db.transaction(snapshot=True) as s:
        session = fetch(s, ListeningSession, session_id, "Session", "会议")
        series_title = ""
        if session.series_id is not None:
            series = s.get(Series, session.series_id)
            series_title = series.title if series else ""
        agenda = list(s.exec(select(AgendaItem).where(AgendaItem.session_id == session_id)
                             .order_by(AgendaItem.position, AgendaItem.id)))
        live = (select(Opinion.id).where(Opinion.session_id == session_id, col(Opinion.removed_at).is_(None)))
        opinions = list(s.exec(select(Opinion).where(Opinion.session_id == session_id,
                                                     col(Opinion.removed_at).is_(None))
                               .order_by(Opinion.received_at, Opinion.id)))
        tags: dict[int, list[str]] = defaultdict(list)
        for oid, tag in s.exec(select(OpinionTag.opinion_id, OpinionTag.tag)
                               .where(col(OpinionTag.opinion_id).in_(live)).order_by(OpinionTag.tag)):
            tags[oid].append(tag)
        replies: dict[int, list[Reply]] = defaultdict(list)
        for reply in s.exec(select(Reply).where(col(Reply.opinion_id).in_(live))
                            .order_by(Reply.given_at, Reply.id)):
            replies[reply.opinion_id].append(reply)
        dispositions = {d.opinion_id: d for d in s.exec(select(Disposition)
                                                        .where(col(Disposition.opinion_id).in_(live)))}
        attendance = list(s.exec(select(Attendance).where(Attendance.session_id == session_id)
                                 .order_by(Attendance.id)))
        speaker_ids = select(Opinion.person_id).where(Opinion.session_id == session_id)
        attendee_ids = select(Attendance.person_id).where(Attendance.session_id == session_id)
        turn_ids = select(SpeakerTurn.person_id).where(SpeakerTurn.session_id == session_id)
        people = {p.id: p for p in s.exec(select(Person).where(
            col(Person.id).in_(speaker_ids) | col(Person.id).in_(attendee_ids) | col(Person.id).in_(turn_ids)))}
        owners = {o.id: o for o in s.exec(select(Owner).order_by(Owner.id))}
        session_owners = list(s.exec(select(SessionOwner.owner_id).where(SessionOwner.session_id == session_id)))
        commitments = list(s.exec(select(Commitment).where(Commitment.session_id == session_id,
                                                           col(Commitment.removed_at).is_(None))
                                  .order_by(Commitment.due_at, Commitment.id)))
        mine = select(Commitment.id).where(Commitment.session_id == session_id)
        links: dict[int, list[int]] = defaultdict(list)
        for cid, oid in s.exec(select(CommitmentOpinion.commitment_id, CommitmentOpinion.opinion_id)
                               .where(col(CommitmentOpinion.commitment_id).in_(mine))
                               .order_by(CommitmentOpinion.opinion_id)):
            links[cid].append(oid)
        turns = list(s.exec(select(SpeakerTurn).where(SpeakerTurn.session_id == session_id)
                            .order_by(SpeakerTurn.position, SpeakerTurn.id)))
        reported = rows_in(s, session, now)
        notes: dict[int, list[ProgressNote]] = defaultdict(list)
        earlier = [r.commitment_id for r in reported]
        for note in s.exec(select(ProgressNote).where(
                col(ProgressNote.commitment_id).in_(mine) | col(ProgressNote.commitment_id).in_(earlier))
                .order_by(ProgressNote.noted_at, ProgressNote.id)):
            notes[note.commitment_id].append(note)
        versions = list(s.exec(select(MinutesVersion).where(MinutesVersion.session_id == session_id)
                               .order_by(MinutesVersion.public, MinutesVersion.version)))
        approximate = approximate_in(s, [c.id for c in commitments] + earlier)
    return MinutesRecord(
        session=session, now=now, series_title=series_title, agenda=agenda, opinions=opinions,
        tags=dict(tags), replies=dict(replies), dispositions=dispositions, people=people,
        attendance=attendance, owners=owners, session_owners=session_owners, commitments=commitments,
        links=dict(links), notes=dict(notes), turns=turns, reported=reported, versions=versions,
        approximate=approximate)


def snapshot(record: MinutesRecord) -> dict:
    """What a minutes version rests on, keyed by database ids (stable across regenerations).

    The numbers the document itself uses (opinion 第N条, commitment N) are kept beside, so a
    change list can speak the document's language.
    """
    ops = {}
    for number, op in enumerate(record.opinions, start=1):
        disp = record.dispositions.get(op.id)
        ops[str(op.id)] = {"number": number, "text": op.text, "kind": op.kind, "support": op.support_count,
                           "replies": [r.text for r in record.replies.get(op.id, ())],
                           "disposition": disp.kind if disp else None}
    coms = {}
    for number, c in enumerate(record.commitments, start=1):
        coms[str(c.id)] = {"number": number, "title": c.title, "owner": c.owner_id,
                           "due": c.due_at.isoformat(), "status": c.status,
                           "opinions": list(record.links.get(c.id, ()))}
    return {"opinions": ops, "commitments": coms}
