"""Dates on screen: the display zone of the application context, and the date pickers.

Formatting itself is ``core.zone`` (one helper for screens, documents and exports); this module
finds the zone for a widget and converts between picker values and UTC in that zone, so a day
picked is the day shown everywhere.
"""
from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtCore import QDate, QDateTime, QObject, QTime

from ..core import zone as Z

SYSTEM_ZONE = Z.SYSTEM_ZONE


def zone_of(obj: QObject | None) -> tzinfo:
    """The display zone of the context that ``obj`` (or a parent of it) works for."""
    seen = 0
    while obj is not None and seen < 50:
        for holder in (obj, getattr(obj, "page", None)):
            ctx = getattr(holder, "ctx", None)
            zone = getattr(ctx, "zone", None)
            if zone is not None:
                return zone
        obj = obj.parent() if hasattr(obj, "parent") else None
        seen += 1
    return SYSTEM_ZONE


def to_qdate(value: datetime, zone: tzinfo) -> QDate:
    day = Z.day_of(value, zone)
    return QDate(day.year, day.month, day.day)


def end_of_qdate(value: QDate, zone: tzinfo) -> datetime:
    """End of the chosen day in ``zone``, as aware UTC (a due date)."""
    return Z.end_of_day(value.toPython(), zone)


def to_qdatetime(value: datetime, zone: tzinfo) -> QDateTime:
    """The wall time in ``zone`` (the picker shows these fields as they are)."""
    wall = Z.naive_local(value, zone)
    return QDateTime(QDate(wall.year, wall.month, wall.day), QTime(wall.hour, wall.minute))


def from_qdatetime(value: QDateTime, zone: tzinfo) -> datetime:
    d, t = value.date(), value.time()
    return Z.at(d.toPython(), t.hour(), t.minute(), zone)
