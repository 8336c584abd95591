"""The projector seat: a laptop that shows only the projector, full screen, following the
room's state in the database (the session being run, its item, speaker and clocks)."""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from ...core.errors import TingjianError
from ..context import AppContext
from .window import ProjectorWindow

FOLLOW_MS = 1000


class ProjectorSeat(QObject):
    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.window = ProjectorWindow(ctx)
        self.timer = QTimer(self, interval=FOLLOW_MS, timeout=self.follow)

    def start(self, full_screen: bool = True) -> None:
        """The database is open: show the room's session and follow it every second."""
        self.follow()
        if full_screen:
            self.window.show_on_screen()
        self.timer.start()

    def follow(self) -> None:
        from ...core.live.room import live_session_id

        if self.ctx.db is None:
            return
        try:
            session_id = live_session_id(self.ctx.db)
        except TingjianError:  # the server is away for a moment: keep showing the last state
            return
        if session_id != self.window.session_id:
            self.window.show_session(session_id)
        else:
            self.window.refresh()

    def stop(self) -> None:
        self.timer.stop()
        self.window.close()
