"""Automatic backups while the app runs: at start, every 30 minutes when something changed,
and on close. Each backup runs off the GUI thread and reports back."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from ..core.backup import RetentionPolicy, make_backup
from .worker import Task, start

INTERVAL_MS = 30 * 60 * 1000


class BackupScheduler(QObject):
    """Knows whether anything changed since the last backup; backs up when it is time."""

    backed_up = Signal(str)
    failed = Signal(object)

    def __init__(self, database: Path, bus, parent: QObject | None = None,
                 interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.database = database
        self.dirty = False
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)  # one backup at a time, in order
        self.tasks: list[Task] = []
        bus.changed.connect(self._mark)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.periodic)
        self.timer.start()

    def _mark(self, _change: object) -> None:
        self.dirty = True

    def backup(self, reason: str) -> None:
        self.dirty = False
        database = self.database
        task = start(lambda: str(make_backup(database, reason, policy=RetentionPolicy())),
                     self._done, self._failed, self.pool)
        self.tasks = [*self.tasks[-3:], task]  # kept alive while their signals may arrive

    def _done(self, path: str) -> None:
        self.backed_up.emit(path)

    def _failed(self, error: object) -> None:
        self.failed.emit(error)

    def periodic(self) -> None:
        if self.dirty:
            self.backup("periodic")

    def on_close(self) -> None:
        """Back up what changed during this run and wait for it (the app is closing)."""
        self.timer.stop()
        if self.dirty:
            self.backup("close")
        self.pool.waitForDone()
