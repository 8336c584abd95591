"""A listening session and what happens in its room: agenda, attendance, speaker turns."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from .types import VERSIONED, UTCDateTime, utcnow, version_field


class ListeningSession(SQLModel, table=True):
    __tablename__ = "listening_session"

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(default="listening")  # SessionKind
    title: str
    language: str = Field(default="zh")  # "zh" or "en": language of its documents
    organisation: str = Field(default="")  # issuing body of the minutes
    starts_at: datetime = Field(sa_type=UTCDateTime, index=True)
    planned_minutes: int = Field(default=120)  # time available
    ended_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    venue: str = Field(default="")
    chair: str = Field(default="")
    facilitator: str = Field(default="")
    recorder: str = Field(default="")
    series_id: int | None = Field(default=None, foreign_key="series.id", index=True)
    deadline_policy: str = Field(default="")  # key of a deadline policy
    status: str = Field(default="planned")  # SessionStatus
    anonymous_count: int = Field(default=0)  # people who came but did not register
    read_back_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    note: str = Field(default="", sa_type=Text)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class SessionOwner(SQLModel, table=True):
    """Leaders and departments attending a session (and so able to take commitments)."""

    __tablename__ = "session_owner"

    session_id: int = Field(foreign_key="listening_session.id", primary_key=True, ondelete="CASCADE")
    owner_id: int = Field(foreign_key="owner.id", primary_key=True)


class Attendance(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("session_id", "person_id"),)

    id: int | None = Field(default=None, primary_key=True)
    session_id: int = Field(foreign_key="listening_session.id", index=True, ondelete="CASCADE")
    person_id: int = Field(foreign_key="person.id", index=True)
    role: str = Field(default="present")  # AttendanceRole
    signed_in_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class AgendaItem(SQLModel, table=True):
    __tablename__ = "agenda_item"
    __table_args__ = (Index("ix_agenda_item_session_position", "session_id", "position"),)

    __mapper_args__ = VERSIONED

    id: int | None = Field(default=None, primary_key=True)
    session_id: int = Field(foreign_key="listening_session.id", ondelete="CASCADE")
    position: int = Field(default=0)
    kind: str = Field(default="open_floor")  # AgendaKind
    title: str
    planned_minutes: int = Field(default=10)
    started_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    ended_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    paused_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    paused_seconds: int = Field(default=0)
    summary: str = Field(default="", sa_type=Text)
    decisions: str = Field(default="", sa_type=Text)  # 决定事项, one per line
    removed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)  # kept for undo
    version: int = version_field()  # optimistic concurrency: see types.VERSIONED


class SpeakerTurn(SQLModel, table=True):
    __tablename__ = "speaker_turn"
    __table_args__ = (Index("ix_speaker_turn_session_position", "session_id", "position"),)

    __mapper_args__ = VERSIONED

    id: int | None = Field(default=None, primary_key=True)
    session_id: int = Field(foreign_key="listening_session.id", ondelete="CASCADE")
    agenda_item_id: int | None = Field(default=None, foreign_key="agenda_item.id")
    person_id: int | None = Field(default=None, foreign_key="person.id")
    label: str = Field(default="")  # "resident of building 7" or an anonymous label
    group_name: str = Field(default="")
    is_official: bool = Field(default=False)
    position: int = Field(default=0)
    status: str = Field(default="queued")  # TurnStatus
    time_limit_seconds: int = Field(default=180)
    queued_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    started_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    ended_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    version: int = version_field()  # optimistic concurrency: see types.VERSIONED
    # The turn's clock stops while its agenda item is paused (see core/live/timing.py).
    paused_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    paused_seconds: int = Field(default=0)


class Seat(SQLModel, table=True):
    """A laptop connected to the room: what it is for and when it was last heard from."""

    __tablename__ = "seat"

    id: str = Field(primary_key=True, max_length=32)  # made by the laptop when it connects
    role: str = Field(default="facilitator")  # SeatRole
    name: str = Field(default="")
    hostname: str = Field(default="")
    started_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    last_seen: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, index=True)


class ChangeNote(SQLModel, table=True):
    """What one committed write changed, for the other windows and processes on a SQLite file
    (PostgreSQL sends the same text with ``NOTIFY``): the change feed's payload, kept a short
    while. Ids only, never the record's content."""

    __tablename__ = "change_note"
    __table_args__ = {"sqlite_autoincrement": True}  # a number is never used twice

    seq: int | None = Field(default=None, primary_key=True)
    payload: str = Field(sa_type=Text)


class AgendaTemplate(SQLModel, table=True):
    """A reusable agenda: items stored as JSON [{kind, title, planned_minutes}]."""

    __tablename__ = "agenda_template"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True)
    session_kind: str = Field(default="listening")
    language: str = Field(default="zh")
    items_json: str = Field(default="[]", sa_type=Text)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
