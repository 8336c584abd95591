"""Automatic backups while the app runs: at start, every 30 minutes when something changed,
and on close. Each backup runs off the GUI thread and reports back."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from ..core.backup import RetentionPolicy, make_backup
from ..core.errors import TingjianError

INTERVAL_MS = 30 * 60 * 1000


class _Signals(QObject):
    done = Signal(str)
    failed = Signal(object)


class _BackupJob(QRunnable):
    def __init__(self, database: Path, reason: str, signals: _Signals) -> None:
        super().__init__()
        self.database, self.reason, self.signals = database, reason, signals

    def run(self) -> None:
        try:
            path = make_backup(self.database, self.reason, policy=RetentionPolicy())
        except TingjianError as exc:
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(str(path))


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
        self.signals = _Signals(self)
        self.signals.done.connect(self.backed_up)
        self.signals.failed.connect(self.failed)
        bus.changed.connect(self._mark)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.periodic)
        self.timer.start()

    def _mark(self, _entity: str, _ids: tuple) -> None:
        self.dirty = True

    def backup(self, reason: str) -> None:
        self.dirty = False
        self.pool.start(_BackupJob(self.database, reason, self.signals))

    def periodic(self) -> None:
        if self.dirty:
            self.backup("periodic")

    def on_close(self) -> None:
        """Back up what changed during this run and wait for it (the app is closing)."""
        self.timer.stop()
        if self.dirty:
            self.backup("close")
        self.pool.waitForDone()
