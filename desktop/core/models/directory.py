"""Reusable directory: series of sessions, owners (departments, leaders), people."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Text
from sqlmodel import Field, SQLModel

from .types import UTCDateTime, utcnow


class Series(SQLModel, table=True):
    """Sessions that follow one another (e.g. the monthly forum of one community)."""

    id: int | None = Field(default=None, primary_key=True)
    title: str = Field(index=True)
    note: str = Field(default="", sa_type=Text)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class Owner(SQLModel, table=True):
    """A department or a leader who can take commitments."""

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True)
    kind: str = Field(default="department")  # OwnerKind
    title: str = Field(default="")  # position of a leader, e.g. 副主任
    department_id: int | None = Field(default=None, foreign_key="owner.id")
    contact: str = Field(default="")  # office contact, not personal data of citizens
    active: bool = Field(default=True)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class Person(SQLModel, table=True):
    """An attendee or a speaker. Contact details only with recorded consent."""

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(default="", index=True)
    group_name: str = Field(default="", index=True)  # building, village, school, organisation
    gender: str | None = Field(default=None)  # "female" / "male": only for "王女士" in public texts
    salutation: str = Field(default="")  # how the person is addressed: 女士/先生/老师/师傅 or ""
    is_official: bool = Field(default=False)
    owner_id: int | None = Field(default=None, foreign_key="owner.id")
    contact: str | None = Field(default=None)
    contact_consent: bool = Field(default=False)
    consent_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    note: str = Field(default="", sa_type=Text)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    retain_until: datetime | None = Field(default=None, sa_type=UTCDateTime)
    # Set when the person asked to be erased: name, group and contact were replaced by
    # ``name`` = an anonymous label; who erased and why is in the audit trail.
    erased_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class RetentionSetting(SQLModel, table=True):
    """How long an organisation keeps citizens' contact details once nothing of theirs is open.

    ``organisation`` is the issuing body as written on the sessions ("" for sessions that name
    none); an organisation without a row keeps contacts for the default period."""

    __tablename__ = "retention_setting"

    organisation: str = Field(primary_key=True)
    contact_days: int = Field(default=180)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
