"""The one application-level signal that says what changed after every write."""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class DataBus(QObject):
    """Re-emits the database's change notes as a Qt signal (queued across threads).

    ``changed(entity, ids)``: rows of ``entity`` ("session", "opinion", ...) changed; each view
    decides whether it cares.
    """

    changed = Signal(str, tuple)

    def announce(self, entity: str, ids: tuple[int, ...]) -> None:
        self.changed.emit(entity, ids)
