"""Retention while the app runs: at start (after the erasure ledger is applied again, in case
the file was restored by hand), then once a day. Each run works off the GUI thread; the audit
trail holds when the last run was, so a day is a day across restarts."""
from __future__ import annotations

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from ..core.services import erasure, retention
from .context import AppContext
from .worker import Task, start

CHECK_MS = 60 * 60 * 1000  # look every hour whether a day has passed since the last run


class RetentionScheduler(QObject):
    ran = Signal(object)  # the RetentionPlan of a run that happened
    failed = Signal(object)

    def __init__(self, ctx: AppContext, parent: QObject | None = None,
                 interval_ms: int = CHECK_MS) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.tasks: list[Task] = []
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def _work(self, at_start: bool):
        db, now = self.ctx.db, self.ctx.clock.now()
        if db is None:
            return None
        if at_start:
            erasure.reapply_ledger(db, now)
        return retention.run_due(db, now)

    def _launch(self, at_start: bool) -> None:
        task = start(lambda: self._work(at_start), self._done, self.failed.emit, self.pool)
        self.tasks = [*self.tasks[-3:], task]

    def at_start(self) -> None:
        self._launch(True)

    def check(self) -> None:
        self._launch(False)

    def _done(self, result) -> None:
        if result is not None:
            self.ran.emit(result)

    def on_close(self) -> None:
        self.timer.stop()
        self.pool.waitForDone()
