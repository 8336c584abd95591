"""The background retry of the laptop's outbox: every few seconds, off the GUI thread, the
opinions kept while the server could not be reached are sent in order (at start too, so an
outbox left by the last run is replayed). Views hear ``replayed(result)`` on the GUI thread."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from . import worker
from .context import AppContext

if TYPE_CHECKING:  # the database layer loads after the first screen (tests/ui/test_first_screen)
    from ..core.live.outbox import Outbox

RETRY_MS = 3000


class OutboxSender(QObject):
    replayed = Signal(object)  # a core.live.outbox.ReplayResult
    queued = Signal()  # an opinion was kept on this laptop

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._box: Outbox | None = None
        self._for = None  # the Database the outbox belongs to
        self.task: worker.Task | None = None
        self.timer = QTimer(self, interval=RETRY_MS, timeout=self.try_send)

    @property
    def outbox(self) -> Outbox | None:
        """The outbox of the database in use (None for a SQLite file)."""
        db = self.ctx.db
        if db is None:
            return None
        if self._for is not db:
            from ..core.live.outbox import outbox_for

            self._box, self._for = outbox_for(db), db
        return self._box

    def start(self) -> None:
        if self.outbox is None:
            return
        self.timer.start()
        self.try_send()

    def note_queued(self) -> None:
        self.queued.emit()
        self.timer.start()

    def try_send(self) -> None:
        box, db = self.outbox, self.ctx.db
        if box is None or db is None or self.task is not None or not box.waiting():
            return
        self.task = worker.start(lambda: box.replay(db), self._done, self._failed)

    def _done(self, result) -> None:  # noqa: ANN001
        self.task = None
        self.replayed.emit(result)

    def _failed(self, _exc) -> None:  # noqa: ANN001 - tried again at the next tick
        self.task = None

    def wait(self, timeout_ms: int = 10_000) -> None:
        """Until a replay under way has finished (closing, tests)."""
        from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QThreadPool

        if self.task is not None:
            QThreadPool.globalInstance().waitForDone(QDeadlineTimer(timeout_ms))
            QCoreApplication.processEvents()
