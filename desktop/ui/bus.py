"""The one application-level signal that says what changed after every write."""
from __future__ import annotations

from PySide6.QtCore import QObject, QThread, Signal

from ..core.changes import Change, Entity


class DataBus(QObject):
    """Re-emits the database's changes as a Qt signal, always on the GUI thread.

    ``changed(change)``: a :class:`~desktop.core.changes.Change` (``change.entity`` an
    ``Entity``, ``change.ids``, ``change.seat``, ``change.local``); each view decides with
    ``change.touches(Entity.X, ...)`` whether it cares (a change of ``Entity.ALL`` — another
    window's write on a SQLite file, a restore — concerns every view). A change this process
    made arrives once, right after its commit; the change feed brings other seats' changes
    and never this seat's own.
    """

    changed = Signal(object)
    _arrived = Signal(object)  # from the change feed's thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._arrived.connect(self.changed.emit)

    def announce(self, change: Change) -> None:
        if QThread.currentThread() is self.thread():
            self.changed.emit(change)
        else:  # queued: delivered by the GUI thread's event loop
            self._arrived.emit(change)

    def announce_all(self) -> None:
        """Every view shows its data again (the display zone or the database changed)."""
        self.announce(Change(Entity.ALL))
