"""Column types shared by the tables."""
from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime
from sqlalchemy.orm import declared_attr
from sqlalchemy.types import TypeDecorator


def utcnow() -> datetime:
    from ..clock import SYSTEM_CLOCK

    return SYSTEM_CLOCK.now()


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC in Python; naive UTC in SQLite, ``timestamptz`` in PostgreSQL.

    Naive datetimes are refused: every time in Tingjian is stored in UTC and shown in local time.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect):  # type: ignore[override]
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime refused: store timezone-aware UTC")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect):  # type: ignore[override]
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def version_field() -> Any:
    """The row's version: 1 when inserted, one more on every update (see ``VERSIONED``)."""
    from sqlmodel import Field

    return Field(default=1, nullable=False, sa_column_kwargs={"server_default": "1"})


# ``__mapper_args__ = VERSIONED`` on a table with a ``version`` column: every ORM update and
# delete of a row says ``WHERE id = :id AND version = :seen`` and sets ``version = :seen + 1``,
# so a write based on a row another connection changed meanwhile matches nothing and fails
# (``StaleDataError``) instead of overwriting that change.
VERSIONED = declared_attr(lambda cls: {"version_id_col": cls.__table__.c.version})
