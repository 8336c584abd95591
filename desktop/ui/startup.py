"""The first moments of the GUI: paint a window at once, then load the rest.

Importing the database layer costs most of a second; the user sees a window (where the main
window will be, in the right language) before that work starts, and the sessions list replaces
it as soon as it is ready. Only Qt and small modules are imported here.
"""
from __future__ import annotations

import argparse
import sys
import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from .. import APP_NAME, __version__
from ..core.paths import data_dir
from . import settings as S
from .fonts import apply_fonts
from .i18n import effective_language
from desktop.core.msg import pick

PROBE: dict[str, float] = {}  # wall-clock times of start-up milestones, for the benchmark


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    apply_fonts(app)
    return app


class _FirstPaint(QObject):
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


class StartWindow(QWidget):
    def __init__(self, language: str) -> None:
        super().__init__()
        self.setWindowTitle("听见 Tingjian")
        title = QLabel("听见 Tingjian")
        title.setStyleSheet("font-size: 28pt; font-weight: 600;")
        note = QLabel(pick(language, en="Opening your data…", zh="正在打开数据…"))
        note.setStyleSheet("font-size: 13pt; color: palette(mid);")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for label in (title, note):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)
        layout.addStretch(2)
        self.resize(1180, 760)


def run(args: argparse.Namespace) -> int:
    app = make_app()
    prefs = S.Preferences(data_dir() / "settings.ini")
    language = args.lang or effective_language(prefs.get(S.LANGUAGE))
    start = StartWindow(language)
    geometry, _state = prefs.window_state("main")
    if geometry is not None:
        start.restoreGeometry(geometry)
    painted = _FirstPaint("first_paint")
    start.installEventFilter(painted)
    start.show()
    app.processEvents()
    app.processEvents()
    from .app import run_gui

    return run_gui(args, start=start)
