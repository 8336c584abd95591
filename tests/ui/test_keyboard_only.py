"""A whole session by keyboard alone: from an empty database, a session from a preset, its
agenda edited, attendees registered, the live session run (20 opinions, a speaker queue, a
commitment, the read-back) and the minutes written.

Every key goes to the widget that has the focus (``QApplication.focusWidget()``), so focus
moves only as a keyboard user moves it; the first key goes to the main window. An
application-wide filter fails the test on any mouse button event. Modal dialogs are found as
the active modal widget and typed into the same way.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import time

import pytest
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

K = Qt.Key
CTRL, SHIFT, ALT = (Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier,
                    Qt.KeyboardModifier.AltModifier)
NONE = Qt.KeyboardModifier.NoModifier

# The keys of the Live page, in one place (the facilitator's design of issue 16).
LIVE_KEYS = {
    "next_item": (K.Key_F5, NONE),  # starts the first item when none runs
    "pause": (K.Key_F6, NONE),
    "give_floor": (K.Key_F7, NONE),
    "end_turn": (K.Key_F8, NONE),
    "speaker_box": (K.Key_F9, NONE),  # Enter there adds the speaker to the queue
    "blank": (K.Key_B, CTRL | SHIFT),
    "agenda": (K.Key_F2, NONE),
    "queue": (K.Key_F3, NONE),
    "capture_text": (K.Key_F4, NONE),
    "save": (K.Key_Return, NONE),  # from every capture field
    "commitment": (K.Key_M, CTRL),
    "read_back": (K.Key_R, CTRL),
}
# The main window's keys.
WINDOW_KEYS = {
    "sessions": (K.Key_1, CTRL), "live": (K.Key_2, CTRL), "minutes": (K.Key_M, CTRL | SHIFT),
    "new_session": (K.Key_N, CTRL),
}

OWNERS = ("Housing bureau", "Street office")
ATTENDEES = (("Wang Xiuying", "Building 7", 0), ("Li Jianguo", "Building 9", 0),
             ("Chen Mei", "Building 7", 1))  # name, group, steps down the attendance box

DEBUG = False
MOUSE_EVENTS = {QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
                QEvent.Type.MouseButtonDblClick}


class NoMouse(QObject):
    """Records every mouse button event that reaches any object of the application."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in MOUSE_EVENTS:
            self.seen.append(f"{event.type().name} on {type(watched).__name__}")
        return False


class Keyboard:
    """Keys sent where the focus is, as a keyboard would send them."""

    def __init__(self, qtbot, mouse: NoMouse, main: QWidget) -> None:  # noqa: ANN001
        self.qtbot, self.mouse, self.main = qtbot, mouse, main

    def focus(self) -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "no widget has the keyboard focus"
        return widget

    def press(self, key: K, modifiers=NONE, times: int = 1) -> None:  # noqa: ANN001
        for _ in range(times):
            if DEBUG:
                print("key", key, "->", self.focus(), QApplication.activeWindow())
            QTest.keyClick(self.focus(), key, modifiers)
        QApplication.processEvents()
        assert not self.mouse.seen, self.mouse.seen

    def chord(self, pair) -> None:  # noqa: ANN001
        self.press(*pair)

    def type(self, text: str) -> None:
        QTest.keyClicks(self.focus(), text)
        QApplication.processEvents()

    def alt(self, letter: str) -> None:
        self.press(getattr(K, f"Key_{letter.upper()}"), ALT)

    def in_dialog(self, opening: Callable[[], None], kind: type,
                  steps: Callable[[QWidget], None]) -> QWidget:
        """``opening`` shows a dialog of type ``kind`` (modal, by exec() or open()); once it is
        the active modal window, ``steps`` type into it (and close it)."""
        seen: list[QWidget] = []

        def attempt() -> None:
            dialog = QApplication.activeModalWidget()
            if isinstance(dialog, kind) and QApplication.focusWidget() is not None \
                    and dialog.isAncestorOf(QApplication.focusWidget()) or \
                    isinstance(dialog, kind) and QApplication.focusWidget() is dialog:
                seen.append(dialog)
                steps(dialog)
            else:
                QTimer.singleShot(10, attempt)

        QTimer.singleShot(0, attempt)
        opening()
        self.qtbot.waitUntil(lambda: bool(seen), timeout=5000)
        return seen[0]

    def back(self) -> None:
        """A dialog closed: the window manager gives the activation back to the window
        below (the offscreen platform has no window manager, so this plays its part)."""
        QApplication.processEvents()
        if QApplication.activeWindow() is None:
            below = QApplication.activeModalWidget() or self.main
            below.activateWindow()
            self.qtbot.waitUntil(below.isActiveWindow, timeout=5000)


@pytest.fixture
def no_mouse(qapp):  # noqa: ANN001
    watcher = NoMouse()
    qapp.installEventFilter(watcher)
    yield watcher
    qapp.removeEventFilter(watcher)


def test_a_whole_session_by_keyboard_only(application, qtbot, no_mouse, tmp_path: Path) -> None:
    from desktop.minutes import generate as _  # noqa: F401 - loaded before the clock runs
    from desktop.ui.live.dialogs import CommitmentDialog, ReadBackDialog
    from desktop.ui.minutes.dialog import MinutesDialog
    from desktop.ui.prepare.directory_dialog import DirectoryDialog
    from desktop.ui.prepare.session_dialog import SessionDialog

    ctx = application.ctx
    T = time.perf_counter()
    window = application.window
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    kb = Keyboard(qtbot, no_mouse, window)
    QTest.keyClick(window, *WINDOW_KEYS["sessions"])  # the first key, to the main window
    assert window.sessions_page.isAncestorOf(kb.focus())

    # --- a new session from the forum preset -------------------------------------------------
    dialog = kb.in_dialog(lambda: kb.chord(WINDOW_KEYS["new_session"]), SessionDialog,
                          lambda d: None)
    kb.alt("k")
    kb.press(K.Key_Down)  # listening session -> forum
    assert dialog.kind_combo.currentData() == "forum"
    kb.alt("t")
    kb.press(K.Key_A, CTRL)
    kb.type("Riverside forum")
    kb.alt("v")
    kb.type("Community hall")
    kb.alt("h")
    kb.type("Zhang Weimin")
    kb.alt("r")
    kb.type("Liu Fang")

    def add_owners(directory: QWidget) -> None:
        for name in OWNERS:
            kb.type(name)
            kb.press(K.Key_Return)
        kb.press(K.Key_Escape)

    kb.in_dialog(lambda: kb.alt("y"), DirectoryDialog, add_owners)
    kb.back()
    kb.alt("m")
    kb.press(K.Key_Space)
    kb.press(K.Key_Down)
    kb.press(K.Key_Space)
    kb.press(K.Key_S, CTRL)
    session_id = dialog.session_id
    assert session_id is not None, kb.focus()

    # --- the agenda, as the preset made it, then edited ---------------------------------------
    from desktop.core.services import agenda, attendance, commitments, opinions, sessions, turns

    editor = dialog.agenda_editor
    expected = [(i.title, i.planned_minutes) for i in agenda.list_items(ctx.db, session_id)]
    assert len(expected) >= 3, expected
    assert editor.table.hasFocus()
    print("T0", time.perf_counter() - T)
    kb.press(K.Key_F2)  # the first item's title
    kb.press(K.Key_A, CTRL)
    kb.type("Welcome and the topics of the day")
    kb.press(K.Key_Return)
    expected[0] = ("Welcome and the topics of the day", expected[0][1])
    kb.press(K.Key_Down, times=2)
    kb.press(K.Key_Right, times=2)  # title -> kind -> minutes
    kb.press(K.Key_F2)
    kb.press(K.Key_A, CTRL)
    kb.type("50")
    kb.press(K.Key_Return)
    expected[2] = (expected[2][0], 50)
    kb.press(K.Key_Insert)  # a new item after the third, its title open for typing
    kb.press(K.Key_A, CTRL)
    kb.type("Parking around the market")
    kb.press(K.Key_Return)
    expected.insert(3, ("Parking around the market", 10))
    kb.press(K.Key_Up, CTRL)  # moved above the third
    expected[2], expected[3] = expected[3], expected[2]
    kb.press(K.Key_Up)
    kb.press(K.Key_Delete)  # the second item goes
    del expected[1]
    print("T1", time.perf_counter() - T)
    got = [(i.title, i.planned_minutes) for i in agenda.list_items(ctx.db, session_id)]
    assert got == expected, (got, expected)

    # --- attendees -----------------------------------------------------------------------------
    kb.press(K.Key_Tab, CTRL)  # the next tab: attendees
    print("focus after ctrl+tab", kb.focus(), dialog.tabs.currentIndex())
    for name, group, role_steps in ATTENDEES:
        kb.alt("a")
        kb.press(K.Key_Home)
        if role_steps:
            kb.press(K.Key_Down, times=role_steps)
        kb.alt("n")
        kb.type(name)
        kb.alt("g")
        kb.press(K.Key_A, CTRL)
        kb.type(group)
        kb.press(K.Key_Return)
    print("T2", time.perf_counter() - T)
    got = sorted((p.name, p.group_name, a.role) for a, p in attendance.attendees(ctx.db, session_id))
    assert got == sorted((n, g, ("present", "attending", "excused")[r]) for n, g, r in ATTENDEES)
    kb.press(K.Key_Escape)  # the session editor closes
    kb.back()
    assert window.sessions_page.table.hasFocus()
    assert window.sessions_page.current_session_id() == session_id
