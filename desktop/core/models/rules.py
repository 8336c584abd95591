"""Rules every seat shares: deadline policies, rate settings and the holiday calendar."""
from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

from .types import UTCDateTime, utcnow


class DeadlinePolicyRow(SQLModel, table=True):
    """A named time limit (GUIDE §2): the built-in ones and those the users added."""

    __tablename__ = "deadline_policy"

    key: str = Field(primary_key=True)
    name_zh: str
    name_en: str
    amount: int
    unit: str  # calendar_days, working_days, hours
    max_extension: int = Field(default=0)
    max_extensions: int = Field(default=0)
    builtin: bool = Field(default=False)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class RuleSetting(SQLModel, table=True):
    """One shared setting of the rules, e.g. a weight of the overall rate."""

    __tablename__ = "rule_setting"

    key: str = Field(primary_key=True)
    value: str
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class HolidayYear(SQLModel, table=True):
    """A year whose arrangement was loaded into the database, and where it came from."""

    __tablename__ = "holiday_year"

    year: int = Field(primary_key=True)
    source: str  # notice, csv, hand, library (several joined by "+")
    loaded_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class HolidayDay(SQLModel, table=True):
    """A weekday off or a weekend day worked (调休) in a loaded year."""

    __tablename__ = "holiday_day"

    day: str = Field(primary_key=True)  # ISO date, YYYY-MM-DD
    year: int = Field(foreign_key="holiday_year.year", index=True, ondelete="CASCADE")
    kind: str  # off, work
    name: str = Field(default="")  # the holiday, in Chinese (春节 ...)
    source: str = Field(default="hand")  # notice, csv, hand, library
