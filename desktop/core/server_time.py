"""The room's one clock: the database server's time, so laptop clock skew does not matter.

Every seat measures how far its own clock is from the server's (``server_now``) once a minute
and shows and writes times corrected by that offset; two laptops whose clocks differ by minutes
still show the same item and speaker clocks.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from .clock import SYSTEM_CLOCK, Clock

if TYPE_CHECKING:
    from .db import Database

REMEASURE_SECONDS = 60.0


def server_now(db: Database, local: Clock = SYSTEM_CLOCK) -> datetime:
    """The database server's time: ``SELECT now()`` on PostgreSQL; on SQLite the database is
    a file on this machine, so its time is the machine's clock (``local``)."""
    if db.dialect != "postgresql":
        return local.now()
    from sqlalchemy import text  # the GUI's first paint does not wait for SQLAlchemy

    with db.engine.connect() as conn:
        value = conn.execute(text("SELECT now()")).scalar_one()
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


class ServerClock(Clock):
    """A laptop's clock (``local``) corrected to the server's time.

    The offset is measured at the first use and again after ``REMEASURE_SECONDS`` of the local
    monotonic clock; a failed measurement keeps the last offset. ``reference`` is the clock of
    the machine holding an SQLite file (by default the local clock itself: offset zero)."""

    def __init__(self, database: Callable[[], Database | None],
                 local: Callable[[], Clock] = lambda: SYSTEM_CLOCK,
                 reference: Clock | None = None) -> None:
        self._database, self._local, self._reference = database, local, reference
        self.offset = timedelta(0)
        self._measured_at: float | None = None
        self.measurements = 0

    @property
    def local(self) -> Clock:
        return self._local()

    def measure(self) -> timedelta:
        """Measure the offset now: server time minus the local time halfway through the ask."""
        db, local = self._database(), self.local
        if db is None:
            return self.offset
        self._measured_at = local.monotonic()
        if db.dialect != "postgresql" and self._reference is None:
            self.offset = timedelta(0)  # the file's machine is this one: same clock
            return self.offset
        from sqlalchemy.exc import SQLAlchemyError

        try:
            before = local.now()
            server = server_now(db, self._reference or local)
            after = local.now()
        except SQLAlchemyError:  # the server is away: keep showing the last correction
            return self.offset
        self.offset = server - (before + (after - before) / 2)
        self.measurements += 1
        return self.offset

    def _fresh(self) -> None:
        if (self._measured_at is None
                or self.local.monotonic() - self._measured_at >= REMEASURE_SECONDS):
            self.measure()

    def now(self) -> datetime:
        self._fresh()
        return self.local.now() + self.offset

    def monotonic(self) -> float:
        return self.local.monotonic()
