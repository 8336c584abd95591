"""The record kept of the record: minutes versions and the audit trail."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from .types import UTCDateTime, utcnow


class MinutesVersion(SQLModel, table=True):
    __tablename__ = "minutes_version"
    __table_args__ = (UniqueConstraint("session_id", "public", "version"),)

    id: int | None = Field(default=None, primary_key=True)
    session_id: int = Field(foreign_key="listening_session.id", index=True)
    version: int = Field(default=1)
    style: str = Field(default="official")  # MinutesStyle
    template_path: str = Field(default="")
    public: bool = Field(default=False)
    status: str = Field(default="draft")  # MinutesStatus; approved versions are locked
    sha256: str = Field(default="")
    file_path: str = Field(default="")
    file_size: int = Field(default=0)
    content_json: str = Field(default="", sa_type=Text)  # what was written, to tell changes
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    approved_by: str = Field(default="")
    approved_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    privacy_open: int = Field(default=0)  # privacy-review items left open when it was generated


class PrivacyDecision(SQLModel, table=True):
    """The secretary's decision on one line of a session's privacy review (keep or mask)."""

    __tablename__ = "privacy_decision"
    __table_args__ = (UniqueConstraint("session_id", "item_key"),)

    id: int | None = Field(default=None, primary_key=True)
    session_id: int = Field(foreign_key="listening_session.id", index=True, ondelete="CASCADE")
    item_key: str = Field(sa_type=Text)  # ReviewItem.key: the token and its context
    token: str = Field(default="", sa_type=Text)
    action: str = Field(default="keep")  # "keep" | "mask"
    decided_by: str = Field(default="")
    decided_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class AuditEntry(SQLModel, table=True):
    """Every change to the public record, with its reason where one is required."""

    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entry_entity", "entity", "entity_id"),)

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    entity: str
    entity_id: int
    action: str  # created, updated, removed, restored, ...
    reason: str = Field(default="", sa_type=Text)
    detail_json: str = Field(default="", sa_type=Text)
