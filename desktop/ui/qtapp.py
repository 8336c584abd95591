"""The Qt application object and the start-up probe, shared by the first window and the main one."""
from __future__ import annotations

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from .. import APP_NAME, __version__
from .fonts import apply_fonts

PROBE: dict[str, float] = {}  # wall-clock times of start-up milestones, for the benchmark


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    apply_fonts(app)
    return app


class FirstPaint(QObject):
    def __init__(self, key: str) -> None:
        super().__init__()
        self.key = key

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and self.key not in PROBE:
            PROBE[self.key] = time.time()
        return False


class StallProbe(QObject):
    """For the benchmark: the longest gap between 5 ms ticks of the GUI thread (how long the
    window could not answer the user) while the database layer loads in the background."""

    def __init__(self) -> None:
        super().__init__()
        self.timer = QTimer(self, interval=5, timeout=self._tick)
        self.last = time.perf_counter()
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        PROBE["longest_stall_ms"] = max(PROBE.get("longest_stall_ms", 0.0),
                                        round((now - self.last) * 1000, 1))
        self.last = now
