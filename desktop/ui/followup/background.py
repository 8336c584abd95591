"""Exports and archive import off the GUI thread, reporting progress through signals."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ...core import archive, exports
from ...core.db import Database
from ...core.errors import TingjianError


class TaskSignals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)  # the result
    failed = Signal(object)  # a TingjianError (or another exception)


class Task(QRunnable):
    def __init__(self, work: Callable[[Callable[[int, int], None]], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = TaskSignals()

    def run(self) -> None:
        try:
            result = self.work(self.signals.progress.emit)
        except TingjianError as exc:
            self.signals.failed.emit(exc)
        except Exception as exc:  # noqa: BLE001 - reported to the user, not swallowed
            self.signals.failed.emit(TingjianError(f"The task failed: {exc}", f"任务失败：{exc}"))
        else:
            self.signals.finished.emit(result)


def export_task(db: Database, fmt: str, path: Path, session_id: int | None, lang: str) -> Task:
    def work(progress):
        if fmt == "json":
            archive.export_archive(db, path, progress)
            return [path]
        data = exports.sheets(db, session_id, lang)
        if fmt == "xlsx":
            return [exports.write_xlsx(path, data, progress)]
        return exports.write_csv(path, data, progress)

    return Task(work)


def import_task(db: Database, path: Path) -> Task:
    return Task(lambda progress: archive.import_archive(db, path, progress))


def start(task: Task) -> Task:
    QThreadPool.globalInstance().start(task)
    return task
