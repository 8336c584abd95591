"""Run long work off the GUI thread and hear back on it."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object)


class Job(QRunnable):
    """``fn()`` runs in the global thread pool; ``finished(result)`` or ``failed(exception)``
    arrive on the thread that created the job (queued signals)."""

    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # noqa: BLE001 - handed to the GUI thread to report
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


def start(fn: Callable[[], Any], on_done: Callable[[Any], None],
          on_error: Callable[[Exception], None]) -> Job:
    job = Job(fn)
    job.setAutoDelete(False)
    job.signals.finished.connect(on_done)
    job.signals.failed.connect(on_error)
    QThreadPool.globalInstance().start(job)
    return job
