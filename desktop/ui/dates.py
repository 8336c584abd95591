"""Dates on screen: the display zone of the application context, and the date pickers.

Formatting itself is ``core.zone`` (one helper for screens, documents and exports); this module
finds the zone for a widget and converts between picker values and UTC in that zone, so a day
picked is the day shown everywhere.
"""
from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtCore import QDate, QDateTime, QObject, Qt, QTime
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QDateTimeEdit, QWidget

from ..core import zone as Z

SYSTEM_ZONE = Z.SYSTEM_ZONE
KEYPAD = Qt.KeyboardModifier.KeypadModifier


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


class DateTimeField(QDateTimeEdit):
    """A date (and time) picker that takes a date typed in full, "2027-02-15 10:00".

    ``QDateTimeEdit`` moves to the next section by itself once a section is full, and then moves
    again on the separator the user types, so "2027-02-15" put 02 into the day and 15 into the
    hour, and a year could change under the user's fingers. Here a separator right after such a
    move is taken as already done; a separator typed in a section that is not full still moves
    on. Focus selects the first section, so typing starts at the year."""

    SEPARATORS = frozenset("-/.: ")

    def __init__(self, value: QDateTime, with_time: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(value, parent)
        self._moved = False
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd HH:mm" if with_time else "yyyy-MM-dd")
        self.setCurrentSection(QDateTimeEdit.Section.YearSection)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        text = event.text()
        if text and text in self.SEPARATORS and not event.modifiers() & ~KEYPAD:
            if self._moved:
                self._moved = False
                event.accept()
                return
        before = self.currentSectionIndex()
        super().keyPressEvent(event)
        self._moved = bool(text) and text.isdigit() and self.currentSectionIndex() != before

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        super().focusInEvent(event)
        self._moved = False
        if event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason,
                              Qt.FocusReason.ShortcutFocusReason, Qt.FocusReason.OtherFocusReason,
                              Qt.FocusReason.ActiveWindowFocusReason):
            self.setCurrentSection(QDateTimeEdit.Section.YearSection)
            self.setSelectedSection(QDateTimeEdit.Section.YearSection)
