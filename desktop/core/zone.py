"""The display time zone and the one way every screen, document and export writes a time.

Times are stored in UTC. They are shown in one zone: the system's (the default) or one fixed in
the settings (e.g. ``Asia/Shanghai``). A day the user picks is a day in that zone: its end is
23:59:59 there, and it is shown as the same day everywhere. "Now" comes from the clock
(``core.clock``), never from ``datetime.now()``.
"""
from __future__ import annotations

import time as _time
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .errors import ValidationError


class SystemZone(tzinfo):
    """The machine's zone as the C library knows it (``TZ``, daylight saving included); a wall
    time repeated when clocks go back is told apart by ``fold`` (PEP 495)."""

    @staticmethod
    def _gmtoff(stamp: float) -> int:
        return _time.localtime(stamp).tm_gmtoff

    def fromutc(self, dt: datetime) -> datetime:
        stamp = (dt.replace(tzinfo=None) - _EPOCH).total_seconds()
        offset = self._gmtoff(stamp)
        local = (dt + timedelta(seconds=offset)).replace(tzinfo=self)
        if self._offset(local.replace(fold=0)) != offset:
            local = local.replace(fold=1)
        return local

    def _offset(self, dt: datetime) -> int:
        """The offset of a wall time: of the earlier moment (fold 0) or the later (fold 1)."""
        naive = (dt.replace(tzinfo=None, fold=0) - _EPOCH).total_seconds()
        candidates = {self._gmtoff(naive - 86400), self._gmtoff(naive), self._gmtoff(naive + 86400)}
        valid = sorted((o for o in candidates if self._gmtoff(naive - o) == o), reverse=True)
        if not valid:  # a wall time skipped when clocks go forward: read with the offset before
            return self._gmtoff(naive - 86400)
        return valid[-1] if dt.fold and len(valid) > 1 else valid[0]

    def utcoffset(self, dt: datetime | None) -> timedelta:
        if dt is None:
            return timedelta(seconds=_time.localtime().tm_gmtoff)
        return timedelta(seconds=self._offset(dt))

    def dst(self, dt: datetime | None) -> timedelta:
        if dt is None:
            return timedelta(0)
        stamp = (dt.replace(tzinfo=None) - _EPOCH).total_seconds() - self._offset(dt)
        return timedelta(hours=1) if _time.localtime(stamp).tm_isdst > 0 else timedelta(0)

    def tzname(self, dt: datetime | None) -> str:
        if dt is None:
            return _time.localtime().tm_zone
        stamp = (dt.replace(tzinfo=None) - _EPOCH).total_seconds() - self._offset(dt)
        return _time.localtime(stamp).tm_zone

    def __repr__(self) -> str:
        return "SystemZone()"


_EPOCH = datetime(1970, 1, 1)
SYSTEM_ZONE = SystemZone()


def zone_named(name: str) -> tzinfo:
    """``""`` (or ``system``) for the system's zone, else an IANA name such as Asia/Shanghai."""
    name = (name or "").strip()
    if not name or name.lower() == "system":
        return SYSTEM_ZONE
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise ValidationError(
            en=f"Unknown time zone {name!r}; use a name such as Asia/Shanghai, or leave it empty "
               "for the system's zone.",
            zh=f"无法识别的时区“{name}”；请使用 Asia/Shanghai 这样的名称，或留空以使用系统时区。") from None


def native(zone: tzinfo) -> tzinfo | None:
    """What ``astimezone`` takes for ``zone``: None (the C library's local time, the same
    conversion as ``SystemZone`` and much faster) for the system's zone."""
    return None if isinstance(zone, SystemZone) else zone


def local(value: datetime, zone: tzinfo) -> datetime:
    return value.astimezone(native(zone))


def format_date(value: datetime | None, zone: tzinfo) -> str:
    """2026-12-31: the day ``value`` falls on in ``zone``."""
    return "" if value is None else value.astimezone(native(zone)).isoformat()[:10]


def format_datetime(value: datetime | None, zone: tzinfo) -> str:
    """2026-12-31 09:30"""
    return "" if value is None else value.astimezone(native(zone)).isoformat(" ", "minutes")[:16]


def format_seconds(value: datetime | None, zone: tzinfo) -> str:
    """2026-12-31 09:30:05"""
    return "" if value is None else value.astimezone(native(zone)).isoformat(" ", "seconds")[:19]


def format_time(value: datetime | None, zone: tzinfo) -> str:
    """09:30"""
    return "" if value is None else value.astimezone(native(zone)).isoformat(" ", "minutes")[11:16]


def naive_local(value: datetime, zone: tzinfo) -> datetime:
    """The wall time in ``zone`` without a zone (what a spreadsheet cell holds)."""
    return value.astimezone(native(zone)).replace(tzinfo=None)


def day_of(value: datetime, zone: tzinfo) -> date:
    return value.astimezone(native(zone)).date()


def at(day: date, hour: int, minute: int, zone: tzinfo, second: int = 0) -> datetime:
    """The moment ``day`` ``hour:minute`` in ``zone``, as aware UTC."""
    wall = datetime.combine(day, time(hour, minute, second))
    return wall.replace(tzinfo=zone).astimezone(UTC)


def end_of_day(day: date, zone: tzinfo) -> datetime:
    """23:59:59 of ``day`` in ``zone``, as aware UTC (a due date the user picked)."""
    return at(day, 23, 59, zone, 59)


def start_of_day(day: date, zone: tzinfo) -> datetime:
    return at(day, 0, 0, zone)


def today(now: datetime, zone: tzinfo) -> date:
    """The day it is in ``zone`` at ``now`` (from the clock)."""
    return now.astimezone(native(zone)).date()

