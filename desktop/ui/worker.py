"""Long work off the GUI thread: a task runs in a thread pool and reports back by signals
(queued to the thread that created it): ``progress(done, total)``, ``finished(result)`` or
``failed(error)``. An unexpected exception is first logged with its traceback to
``tingjian.log``, then arrives as a calm ``TingjianError`` that says where the details are."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ..core.errors import Cancelled, TingjianError
from .feedback import unexpected

Progress = Callable[[int, int], None]


class TaskSignals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)  # the result
    failed = Signal(object)  # a TingjianError


class Task(QRunnable):
    """``cancel()`` stops the work at its next progress report (it raises ``Cancelled`` there,
    so the work's own clean-up runs and nothing half-done is kept)."""

    def __init__(self, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = TaskSignals()
        self.cancelled = False
        self.notes: list[str] = []  # what the user should know of the finished work

    def cancel(self) -> None:
        self.cancelled = True

    def _report(self, done: int, total: int) -> None:
        if self.cancelled:
            raise Cancelled
        self.signals.progress.emit(done, total)

    def run(self) -> None:
        try:
            result = self.work(self._report)
        except TingjianError as exc:
            self.signals.failed.emit(exc)
        except Exception as exc:  # noqa: BLE001 - logged, then reported to the user
            self.signals.failed.emit(unexpected(exc))
        else:
            self.signals.finished.emit(result)


def start(work: Callable[[], Any], on_done: Callable[[Any], None],
          on_error: Callable[[TingjianError], None], pool: QThreadPool | None = None) -> Task:
    """Run ``work()`` in ``pool`` (the global one by default) and call back on this thread."""
    task = Task(lambda _progress: work())
    task.setAutoDelete(False)  # the caller keeps it while its signals may still arrive
    task.signals.finished.connect(on_done)
    task.signals.failed.connect(on_error)
    (pool or QThreadPool.globalInstance()).start(task)
    return task
