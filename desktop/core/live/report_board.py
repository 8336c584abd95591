"""The projector's report-back view, computed without Qt: the series' earlier commitments by
group (overdue, open, completed since the last session) with what the owner reported here.

Owners are officials and keep their names; titles and accounts are free text and pass through
the same engine as the board's opinions, so a citizen named in them appears as the public
minutes name them.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlmodel import col, select

from ..db import Database
from ..models import Attendance, ListeningSession, Opinion, Person, SpeakerTurn
from ..services.report_back import GROUPS, grouped, rows_in
from .board import Namer, _clip
from .public import mask_text


@dataclass(frozen=True)
class ReportLine:
    title: str
    owner: str
    due_at: datetime
    status: str  # a CommitmentStatus value
    account: str  # what the owner reported at this session, public form


@dataclass
class ReportBoard:
    title: str
    groups: dict[str, list[ReportLine]] = field(default_factory=dict)


def build_report_board(db: Database, session_id: int, now: datetime, *, lang: str = "zh",
                       style: str = "honorific",
                       published_numbers: tuple[str, ...] = ()) -> ReportBoard:
    with db.read() as s:
        session = s.get(ListeningSession, session_id)
        if session is None:
            return ReportBoard(title="")
        rows = rows_in(s, session, now)
        ids = set(s.exec(select(Attendance.person_id).where(Attendance.session_id == session_id)))
        ids |= set(s.exec(select(SpeakerTurn.person_id).where(SpeakerTurn.session_id == session_id)))
        ids |= set(s.exec(select(Opinion.person_id).where(Opinion.session_id == session_id)))
        ids.discard(None)
        people = {p.id: p for p in s.exec(select(Person).where(col(Person.id).in_(ids)))} \
            if ids else {}
    officials = (session.chair, session.facilitator, session.recorder, session.organisation)
    namer = Namer(people, lang, style, officials + tuple({r.owner for r in rows}),  # type: ignore[arg-type]
                  published_numbers)
    board = ReportBoard(title=mask_text(session.title), groups={g: [] for g in GROUPS})
    for group, members in grouped(rows).items():
        board.groups[group] = [
            ReportLine(_clip(namer.scrub(r.title), 120), r.owner, r.due_at, r.status,
                       _clip(namer.scrub(r.reported_here), 200)) for r in members]
    return board
