"""The first moments of the GUI: paint a window at once, then load the rest.

Importing the database layer costs most of a second; the user sees a window (where the main
window will be, in the right language) before that work starts, and the sessions list replaces
it as soon as it is ready. Only Qt and small modules are imported here.
"""
from __future__ import annotations

import argparse

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..core.paths import data_dir
from . import settings as S
from .i18n import effective_language
from .qtapp import FirstPaint, make_app
from ..core.msg import pick

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
    painted = FirstPaint("first_paint")
    start.installEventFilter(painted)
    start.show()
    app.processEvents()
    app.processEvents()
    from .app import run_gui

    return run_gui(args, start=start)
