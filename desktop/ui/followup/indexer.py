"""The search index catches up at idle, one chunk at a time, off the GUI thread and off the
capture commit (a large backlog, say after an archive import, would otherwise freeze the
window). Searching catches up by itself too; this only keeps it warm."""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from ...core import search
from .. import worker
from ..context import AppContext

INDEX_INTERVAL_MS = 1500
INDEX_CHUNK = 500


class SearchIndexer(QObject):
    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._indexing: worker.Task | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(INDEX_INTERVAL_MS)
        self.timer.timeout.connect(self.step)
        self.timer.start()

    def step(self) -> None:
        """One chunk of indexing on a worker thread; never two at a time."""
        if self._indexing is not None:
            return
        db = self.ctx.db
        self._indexing = worker.start(lambda: search.catch_up(db, INDEX_CHUNK),
                                      self._indexed, self._indexed)

    def _indexed(self, _result: object) -> None:
        self._indexing = None  # a failure (database busy, ...) is retried at the next tick
