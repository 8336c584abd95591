"""Commitments (承诺事项) and what follows them: progress, extensions, follow-up calls."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, Index, Text
from sqlmodel import Field, SQLModel

from .types import VERSIONED, UTCDateTime, utcnow, version_field


class Commitment(SQLModel, table=True):
    __table_args__ = (
        Index("ix_commitment_owner_status_due", "owner_id", "status", "due_at"),
        Index("ix_commitment_status_due", "status", "due_at"),
    )

    __mapper_args__ = VERSIONED

    id: int | None = Field(default=None, primary_key=True)
    session_id: int = Field(foreign_key="listening_session.id", index=True)
    title: str = Field(sa_type=Text)
    detail: str = Field(default="", sa_type=Text)
    owner_id: int = Field(foreign_key="owner.id")
    deadline_policy: str = Field(default="")
    due_at: datetime = Field(sa_type=UTCDateTime)
    original_due_at: datetime = Field(sa_type=UTCDateTime)
    status: str = Field(default="open")  # CommitmentStatus
    status_reason: str = Field(default="", sa_type=Text)  # required for cannot_do
    completed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    removed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    removed_reason: str = Field(default="", sa_type=Text)
    version: int = version_field()  # optimistic concurrency: see types.VERSIONED


class CommitmentOpinion(SQLModel, table=True):
    """Which opinions a commitment answers; several opinions may share one commitment."""

    __tablename__ = "commitment_opinion"

    commitment_id: int = Field(foreign_key="commitment.id", primary_key=True, ondelete="CASCADE")
    opinion_id: int = Field(foreign_key="opinion.id", primary_key=True, index=True)


class ProgressNote(SQLModel, table=True):
    __tablename__ = "progress_note"

    id: int | None = Field(default=None, primary_key=True)
    commitment_id: int = Field(foreign_key="commitment.id", index=True, ondelete="CASCADE")
    noted_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    text: str = Field(sa_type=Text)
    author: str = Field(default="")
    # the session at which the owner reported this (an account given in the room), if any
    reported_at_session_id: int | None = Field(default=None, foreign_key="listening_session.id",
                                               ondelete="SET NULL")


class Extension(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    commitment_id: int = Field(foreign_key="commitment.id", index=True, ondelete="CASCADE")
    old_due_at: datetime = Field(sa_type=UTCDateTime)
    new_due_at: datetime = Field(sa_type=UTCDateTime)
    reason: str = Field(sa_type=Text)
    approved_by: str = Field(default="")
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class FollowUp(SQLModel, table=True):
    """A follow-up call (回访) about an opinion or a commitment."""

    __tablename__ = "follow_up"
    __table_args__ = (
        CheckConstraint(
            "opinion_id IS NOT NULL OR commitment_id IS NOT NULL", name="follow_up_has_subject"
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    opinion_id: int | None = Field(default=None, foreign_key="opinion.id", index=True)
    commitment_id: int | None = Field(default=None, foreign_key="commitment.id", index=True)
    called_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, index=True)
    caller: str = Field(default="")
    valid: bool = Field(default=True)  # reached the right person and got an answer
    contacted_in_time: bool | None = Field(default=None)
    resolved: bool | None = Field(default=None)
    satisfaction: str | None = Field(default=None)  # Satisfaction
    note: str = Field(default="", sa_type=Text)
