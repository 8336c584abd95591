"""The paperwork around a session: assignment slips, reopened commitments, document settings."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from .types import UTCDateTime, utcnow


class AssignmentSlip(SQLModel, table=True):
    """The number a commitment's assignment slip (交办单) was given; numbered per year."""

    __tablename__ = "assignment_slip"
    __table_args__ = (UniqueConstraint("year", "seq", name="uq_assignment_slip_year_seq"),)

    id: int | None = Field(default=None, primary_key=True)
    commitment_id: int = Field(foreign_key="commitment.id", unique=True)
    year: int
    seq: int
    number: str  # as printed, e.g. 青石交〔2026〕12号
    issued_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class Reopening(SQLModel, table=True):
    """A completed commitment opened again after an unsatisfied follow-up call (重办)."""

    id: int | None = Field(default=None, primary_key=True)
    commitment_id: int = Field(foreign_key="commitment.id", index=True)
    follow_up_id: int | None = Field(default=None, foreign_key="follow_up.id")
    reopened_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    completed_before: datetime | None = Field(default=None, sa_type=UTCDateTime)
    reason: str = Field(default="", sa_type=Text)


class PaperworkSetting(SQLModel, table=True):
    """Settings of the documents kept with the data (the slip number format, contact channels)."""

    __tablename__ = "paperwork_setting"

    key: str = Field(primary_key=True)
    value: str = Field(default="", sa_type=Text)


class SessionNotice(SQLModel, table=True):
    """What the notice of one session says beyond the session itself."""

    __tablename__ = "session_notice"

    session_id: int = Field(foreign_key="listening_session.id", primary_key=True, ondelete="CASCADE")
    opinions_until: datetime | None = Field(default=None, sa_type=UTCDateTime)
    note: str = Field(default="", sa_type=Text)
