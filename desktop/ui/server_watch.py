"""The database server went away: said once, shown in the status bar until it answers again.

Views refresh on timers and on every change; while the server cannot be reached each refresh
fails. The first failure is told in a message box (the excepthook asks ``report``), the rest
only keep the status bar's notice up; every few seconds a probe runs off the GUI thread and,
once the server answers, the notice goes and every view reads again.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from ..core.changes import Change, Entity, UNKNOWN_SEAT
from ..core.errors import TingjianError
from . import worker
from .context import AppContext

PROBE_MS = 3000


class ServerWatch(QObject):
    away_changed = Signal(bool)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.away = False
        self._probe: worker.Task | None = None
        self.timer = QTimer(self, interval=PROBE_MS, timeout=self.probe)

    def report(self, _exc: TingjianError) -> bool:
        """A use of the server failed because it cannot be reached; True when this is the
        first failure of the outage (the caller tells the user once)."""
        if self.away:
            return False
        self.away = True
        self.timer.start()
        self.away_changed.emit(True)
        return True

    def probe(self) -> None:
        db = self.ctx.db
        if db is None or self._probe is not None:
            return
        self._probe = worker.start(db.reachable, self._answered, self._unanswered)

    def _answered(self, answers: bool) -> None:
        self._probe = None
        if not answers or not self.away:
            return
        self.away = False
        self.timer.stop()
        self.away_changed.emit(False)
        # what other seats committed meanwhile is not known: every view reads again
        self.ctx.bus.announce(Change(Entity.ALL, seat=UNKNOWN_SEAT, local=False))

    def _unanswered(self, _exc: TingjianError) -> None:
        self._probe = None


class ServerNotice(QLabel):
    """The status bar's "the server is not answering" while it is so."""

    def __init__(self, watch: ServerWatch, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("server_notice")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setStyleSheet("color: #b00020; font-weight: 600;")
        watch.away_changed.connect(self.setVisible)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.setText(self.tr("The database server is not answering: trying again…"))
        self.setToolTip(self.tr(
            "The screens show what was last read. Opinions captured now are kept on this "
            "laptop and sent when the server is back; other changes cannot be saved until "
            "then."))
