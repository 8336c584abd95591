"""One fresh process: the app on a demo database, the Live page shown, then an opinion typed
into the capture text and a tag prefix into Tags, each key timed on the GUI thread from the
event to the repaint. Prints one JSON line:
``{"paint_ms": ..., "keys": [ms, ...], "tag_keys": [ms, ...]}``.

    python -m tests.bench.first_key_probe DATABASE LANGUAGE seen|at-once

``seen``: the first key comes once the window is on screen (a person reads it first);
``at-once``: the first key is sent right after ``show()``, so it also pays the window's first
paint (``paint_ms`` is then 0).
"""
from __future__ import annotations

import json
import sys
import time


def main(path: str, language: str, mode: str) -> None:
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from desktop.core.db import open_database, resolve_location
    from desktop.core.services import sessions
    from desktop.ui.app import Application, preferences
    from desktop.ui.feedback import Feedback
    from desktop.ui.qtapp import make_app

    app = make_app()
    db = open_database(resolve_location(path, path))
    application = Application(db, preferences(), language, Feedback(language))
    window = application.window
    window.open_live(sessions.list_session_rows(db)[0].id)
    began = time.perf_counter()
    window.show()
    window.activateWindow()
    paint_ms = 0.0
    if mode == "seen":
        QTest.qWaitForWindowExposed(window)
        QApplication.processEvents()
        paint_ms = (time.perf_counter() - began) * 1000
        QTest.qWait(300)  # the user reads the screen before the first key
    page = window.live_page

    def typed(widget, text: str) -> list[float]:  # noqa: ANN001
        times = []
        for ch in text:
            target = QApplication.activePopupWidget() or QApplication.focusWidget() or widget
            key = ord(ch.upper()) if ch.isascii() and ch.isalnum() else Qt.Key.Key_unknown
            began = time.perf_counter()
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(target, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier,
                                                         ch))
            widget.repaint()  # the typed character on screen
            QApplication.processEvents()
            times.append((time.perf_counter() - began) * 1000)
        return times

    page.secretary.focus_text()
    if mode == "seen":
        QApplication.processEvents()
    keys = typed(page.secretary.text, "电梯又坏了lift broken")
    page.secretary.tags.setFocus()
    QApplication.processEvents()
    tag_keys = typed(page.secretary.tags, "停车")
    print(json.dumps({"paint_ms": paint_ms, "keys": keys, "tag_keys": tag_keys}))
    window.close()
    db.close()
    app.quit()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3])
