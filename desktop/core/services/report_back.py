"""Report back (办理情况通报): what earlier sessions of a series promised, and where it stands.

Computed live on every call: a commitment completed before the meeting moves from the open list
to the "completed since the last session" list; a removed commitment is not listed at all.

What an owner reports in the room is kept as a dated progress note of the commitment whose text
begins with the session's marker (``在《<session title>》上汇报：`` / ``Reported at "<title>": ``):
:func:`record_account` writes it and links the note to the session
(``reported_at_session_id``), so a session renamed later still finds its accounts;
:func:`account_in` takes the marker off again.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func
from sqlmodel import Session, col, or_, select

from ..changes import Entity
from ..db import Database
from ..models import Commitment, ListeningSession, Owner, ProgressNote, utcnow
from ..models.enums import CLOSED_STATUSES as CLOSED
from ..models.enums import CommitmentStatus
from ..models.enums import OPEN_STATUSES as OPEN
from ..errors import ValidationError
from ..msg import Msg
from .common import clean_text, fetch, touch

REPORTED_AT = Msg(en='Reported at "{title}": ', zh="在《{title}》上汇报：")
OVERDUE, OPEN_GROUP, COMPLETED = "overdue", "open", "completed"
GROUPS = (OVERDUE, OPEN_GROUP, COMPLETED)


def reported_marker(title: str, lang: str) -> str:
    """The words a note of an account given at the session ``title`` begins with."""
    return REPORTED_AT.text(lang).format(title=title.strip())


def account_in(text: str, title: str, lang: str) -> str | None:
    """The account given at session ``title`` when ``text`` is one, else None."""
    marker = reported_marker(title, lang)
    return text[len(marker):] if text.startswith(marker) else None


@dataclass(frozen=True)
class ReportBackRow:
    commitment_id: int
    session_id: int
    session_title: str
    session_starts_at: datetime
    title: str
    owner: str
    due_at: datetime
    status: str
    overdue: bool
    closed_at: datetime | None
    last_note: str  # the last progress note, other than an account given at this session
    last_note_at: datetime | None
    reported_here: str = ""  # the owner's account at the session the rows are for
    reported_here_at: datetime | None = None

    @property
    def is_open(self) -> bool:
        return self.status in OPEN

    @property
    def group(self) -> str:
        """Overdue, open (on time) or completed since the last session."""
        if not self.is_open:
            return COMPLETED
        return OVERDUE if self.overdue else OPEN_GROUP


def report_back(db: Database, session_id: int, now: datetime | None = None) -> list[ReportBackRow]:
    """Commitments of the earlier sessions of ``session_id``'s series: first every one still
    open (overdue first, then by due date), then those closed since the previous session."""
    now = now or utcnow()
    with db.read() as s:
        session = fetch(s, ListeningSession, session_id, "Session", "会议")
        return rows_in(s, session, now)


def rows_in(s: Session, session: ListeningSession, now: datetime) -> list[ReportBackRow]:
    """:func:`report_back` inside a transaction the caller holds (four queries at most)."""
    if session.series_id is None:
        return []
    earlier = (select(ListeningSession.id)
               .where(ListeningSession.series_id == session.series_id,
                      col(ListeningSession.starts_at) < session.starts_at))
    previous_start = s.exec(select(func.max(ListeningSession.starts_at))
                            .where(col(ListeningSession.id).in_(earlier))).one()
    if previous_start is None:
        return []
    if previous_start.tzinfo is None:  # in case an aggregate bypassed the column type
        previous_start = previous_start.replace(tzinfo=UTC)
    query = (select(Commitment, Owner.name, ListeningSession.title, ListeningSession.starts_at)
             .join(Owner, col(Owner.id) == Commitment.owner_id)
             .join(ListeningSession, col(ListeningSession.id) == Commitment.session_id)
             .where(col(Commitment.session_id).in_(earlier),
                    col(Commitment.removed_at).is_(None),
                    or_(col(Commitment.status).in_(OPEN),
                        col(Commitment.status).in_(CLOSED)
                        & (col(Commitment.updated_at) >= previous_start))))
    found = list(s.exec(query))
    ids = [c.id for c, *_ in found]
    notes: dict[int, ProgressNote] = {}  # the last progress note other than this session's account
    here: dict[int, ProgressNote] = {}  # the last account given at this session
    if ids:
        for note in s.exec(select(ProgressNote).where(col(ProgressNote.commitment_id).in_(ids))
                           .order_by(ProgressNote.noted_at, ProgressNote.id)):
            mine = note.reported_at_session_id == session.id
            (here if mine else notes)[note.commitment_id] = note
    rows = []
    for c, owner, s_title, s_start in found:
        closed = c.completed_at if c.status == CommitmentStatus.DONE else (
            c.updated_at if c.status == CommitmentStatus.CANNOT_DO else None)
        if c.status in CLOSED and (closed is None or closed < previous_start):
            continue
        note = notes.get(c.id)  # type: ignore[arg-type]
        said = here.get(c.id)  # type: ignore[arg-type]
        rows.append(ReportBackRow(c.id, c.session_id, s_title, s_start, c.title, owner, c.due_at,  # type: ignore[arg-type]
                                  c.status, c.status in OPEN and c.due_at < now, closed,
                                  note.text if note else "", note.noted_at if note else None,
                                  (account_in(said.text, session.title, session.language)
                                   or said.text) if said else "",
                                  said.noted_at if said else None))
    rows.sort(key=lambda r: (not r.is_open, not r.overdue, r.due_at, r.commitment_id))
    return rows


def grouped(rows: list[ReportBackRow]) -> dict[str, list[ReportBackRow]]:
    """The rows by :data:`GROUPS`, each in the order :func:`report_back` gives."""
    out: dict[str, list[ReportBackRow]] = {g: [] for g in GROUPS}
    for row in rows:
        out[row.group].append(row)
    return out


def record_account(db: Database, session_id: int, commitment_id: int, text: str,
                   now: datetime | None = None, author: str = "") -> ProgressNote:
    """Keep what the owner reported at ``session_id`` on an earlier commitment of the series as a
    dated progress note marked "reported at <session>". Only a commitment the session reports on
    (see :func:`report_back`) takes an account."""
    text = clean_text(text, "The account", "汇报内容", required=True).strip()
    now = now or utcnow()
    with db.write() as s:
        session = fetch(s, ListeningSession, session_id, "Session", "会议")
        row = fetch(s, Commitment, commitment_id, "Commitment", "承诺事项")
        if commitment_id not in {r.commitment_id for r in rows_in(s, session, now)}:
            raise ValidationError(
                en=f"“{row.title}” is not among the commitments reported back at this session.",
                zh=f"“{row.title}”不在本次会议通报的承诺事项之中。")
        note = ProgressNote(commitment_id=row.id, noted_at=now, author=author or session.recorder,
                            text=reported_marker(session.title, session.language) + text,
                            reported_at_session_id=session.id)
        touch(s, note, Entity.PROGRESS_NOTE)
        touch(s, row, Entity.COMMITMENT)
        return note
