"""Opinions (意见建议) from the room and other channels, replies and dispositions."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from .types import VERSIONED, UTCDateTime, utcnow, version_field


class Opinion(SQLModel, table=True):
    __table_args__ = (
        Index("ix_opinion_session_received", "session_id", "received_at"),
        UniqueConstraint("session_id", "import_key", name="uq_opinion_session_import_key"),
        UniqueConstraint("work_order_source", "work_order_no", name="uq_opinion_work_order"),
        UniqueConstraint("client_id", name="uq_opinion_client_id"),
    )

    __mapper_args__ = VERSIONED

    id: int | None = Field(default=None, primary_key=True)
    session_id: int = Field(foreign_key="listening_session.id")
    agenda_item_id: int | None = Field(default=None, foreign_key="agenda_item.id", index=True)
    person_id: int | None = Field(default=None, foreign_key="person.id", index=True)
    speaker_label: str = Field(default="")  # a description or an anonymous label
    channel: str = Field(default="room")  # Channel
    received_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    kind: str = Field(default="suggestion")  # OpinionKind
    text: str = Field(sa_type=Text)
    support_count: int = Field(default=0)  # "agreed by N people in the room"
    import_key: str | None = Field(default=None)  # fingerprint of an imported row
    work_order_no: str | None = Field(default=None)  # external work order (12345 工单号)
    work_order_source: str | None = Field(default=None)  # which system issued it, e.g. 12345
    # A uuid the laptop gives the opinion when it is typed: saving it again (an outbox replayed
    # after the server came back) finds the row instead of adding a second one.
    client_id: str | None = Field(default=None)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    removed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    removed_reason: str = Field(default="", sa_type=Text)
    version: int = version_field()  # optimistic concurrency: see types.VERSIONED


class OpinionTag(SQLModel, table=True):
    __tablename__ = "opinion_tag"

    opinion_id: int = Field(foreign_key="opinion.id", primary_key=True, ondelete="CASCADE")
    tag: str = Field(primary_key=True, index=True)


class Reply(SQLModel, table=True):
    """An answer given to an opinion: on the spot in the room, or in writing later."""

    id: int | None = Field(default=None, primary_key=True)
    opinion_id: int = Field(foreign_key="opinion.id", index=True, ondelete="CASCADE")
    text: str = Field(sa_type=Text)
    given_by: str = Field(default="")
    owner_id: int | None = Field(default=None, foreign_key="owner.id")
    on_the_spot: bool = Field(default=True)
    given_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class Disposition(SQLModel, table=True):
    """How an opinion was finally handled; one current disposition per opinion."""

    __mapper_args__ = VERSIONED

    id: int | None = Field(default=None, primary_key=True)
    opinion_id: int = Field(foreign_key="opinion.id", unique=True, ondelete="CASCADE")
    kind: str  # DispositionKind
    reason: str = Field(default="", sa_type=Text)
    referred_to_id: int | None = Field(default=None, foreign_key="owner.id")
    decided_by: str = Field(default="")
    decided_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    version: int = version_field()  # optimistic concurrency: see types.VERSIONED
