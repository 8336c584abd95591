"""This laptop's seat in the room: chosen at start, announced, kept alive; the others listed.

The keeper connects the seat when the database is ready, beats every few seconds (server
time) and tells the status bar who else is connected; the leader's seat makes the database
refuse every write of this process. Qt only: the seats themselves are core services.
"""
from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget,
)

from ..core.errors import TingjianError
from ..core.seat_roles import SEAT_ROLES as ROLES
from . import settings as S
from .context import AppContext


def role_label(role: str, short: bool = False) -> str:
    """The seat's name as the role chooser shows it; ``short`` for the status bar's list (the
    leader's seat without "(read-only)")."""
    if role == "leader":
        return (QCoreApplication.translate("Seats", "Leader") if short
                else QCoreApplication.translate("Seats", "Leader (read-only)"))
    names = {"facilitator": QCoreApplication.translate("Seats", "Facilitator"),
             "secretary": QCoreApplication.translate("Seats", "Secretary"),
             "projector": QCoreApplication.translate("Seats", "Projector")}
    return names.get(role, role)


class SeatKeeper(QObject):
    """Connects this laptop's seat, keeps it alive and reads the others every few seconds."""

    seats_changed = Signal(list)  # [SeatRow]

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.seat = None
        self.seats: list = []
        self.timer = QTimer(self, timeout=self.beat)  # started with the seat

    def start(self) -> None:
        """The database is open: connect (and, for the leader, refuse every write from here)."""
        from ..core.services import seats

        db = self.ctx.db
        if seats.is_read_only(self.ctx.seat_role):
            seats.make_read_only(db)
            self.ctx.writes.refresh()
        self.seat = seats.connect(db, self.ctx.seat_role, self.ctx.room_clock.now(),
                                  name=self.ctx.prefs.get(S.SEAT_NAME))
        self._read()
        self.timer.start(seats.HEARTBEAT_SECONDS * 1000)

    def beat(self) -> None:
        from ..core.services import seats

        if self.seat is None or self.ctx.db is None:
            return
        self.seat = seats.heartbeat(self.ctx.db, self.seat, self.ctx.room_clock.now())
        self._read()

    def _read(self) -> None:
        from ..core.services import seats

        try:
            self.seats = seats.active_seats(self.ctx.db, self.ctx.room_clock.now())
        except TingjianError:  # the server is away for a moment: keep the last list
            return
        self.seats_changed.emit(self.seats)

    def stop(self) -> None:
        from ..core.services import seats

        self.timer.stop()
        if self.seat is not None and self.ctx.db is not None:
            seats.disconnect(self.ctx.db, self.seat.id)
        self.seat = None


class SeatsLabel(QLabel):
    """"主持人 · 书记员 ×2 · 投影 · 领导" in the status bar; the names in the tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("seats")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.seats: list = []

    def show_seats(self, seats: list) -> None:
        self.seats = seats
        self.retranslate()

    def retranslate(self) -> None:
        from collections import Counter

        if not self.seats:
            self.setText("")
            self.setToolTip("")
            return
        count = Counter(s.role for s in self.seats)
        parts = []
        for role in [r for r in ROLES if r in count] + sorted(set(count) - set(ROLES)):
            parts.append(role_label(role, short=True) + (f" ×{count[role]}" if count[role] > 1 else ""))
        self.setText(self.tr("Seats: {seats}").format(seats=" · ".join(parts)))
        lines = [f"{role_label(s.role)}: {s.name or s.hostname}"
                 + (f" ({s.hostname})" if s.name and s.hostname else "") for s in self.seats]
        self.setToolTip("<p style='white-space:pre'>" + html.escape("\n".join(lines)) + "</p>")


class SeatDialog(QDialog):
    """Asked once on a shared database: what is this laptop for? Remembered afterwards."""

    def __init__(self, prefs: S.Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prefs = prefs
        self.setWindowTitle(self.tr("This laptop's seat"))
        self.note = QLabel(self.tr(
            "Several laptops share this database. Say what this one is for: the leader's "
            "seat only reads; the projector seat shows the room's screen full screen."))
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.role = QComboBox()
        for role in ROLES:
            self.role.addItem(role_label(role), role)
        self.name = QLineEdit(prefs.get(S.SEAT_NAME))
        self.name.setPlaceholderText(self.tr("e.g. Secretary Wang (optional)"))
        form = QFormLayout()
        form.addRow(self.tr("&Seat"), self.role)
        form.addRow(self.tr("&Name shown to the others"), self.name)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def chosen(self) -> str:
        return self.role.currentData()

    def accept(self) -> None:
        self.prefs.set(S.SEAT_ROLE, self.chosen())
        self.prefs.set(S.SEAT_NAME, self.name.text().strip())
        super().accept()


def choose_role(prefs: S.Preferences, asked: str | None, shared: bool) -> str:
    """The seat of this start: ``--seat``, else the remembered one, else asked on a shared
    database (PostgreSQL), else the facilitator who does everything (a single laptop)."""
    if asked:
        return asked
    remembered = prefs.get(S.SEAT_ROLE)
    if remembered in ROLES:
        return remembered
    if shared:
        dialog = SeatDialog(prefs)
        dialog.exec()
        return dialog.chosen()
    return "facilitator"
