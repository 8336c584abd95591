"""Exports and archive import off the GUI thread, reporting progress through signals."""
from __future__ import annotations

from datetime import tzinfo
from pathlib import Path

from PySide6.QtCore import QThreadPool

from ...core import archive, exports
from ...core.db import Database
from ...core.services import minutes_versions
from ..worker import Task


def export_task(db: Database, fmt: str, path: Path, session_id: int | None, lang: str,
                zone: tzinfo | None = None) -> Task:
    """The export; ``task.notes`` then says what the user should know of the files written
    (texts a workbook cell could not hold)."""
    def work(progress):
        minutes_versions.refuse_recorded(db, path)  # never over the file of a recorded minutes version
        if fmt == "json":
            archive.export_archive(db, path, progress)
            return [path]
        data = exports.sheets(db, session_id, lang, **({"zone": zone} if zone else {}))
        if fmt == "xlsx":
            written = exports.write_xlsx(path, data, progress)
            cut = exports.too_long_for_excel(data)
            if cut:
                task.notes.append(exports.long_cells_text(cut, lang))
            return [written]
        return exports.write_csv(path, data, progress)

    task = Task(work)
    return task


def import_task(db: Database, path: Path) -> Task:
    return Task(lambda progress: archive.import_archive(db, path, progress))


def start(task: Task) -> Task:
    QThreadPool.globalInstance().start(task)
    return task
