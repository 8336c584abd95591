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

import pytest
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

K = Qt.Key
CTRL, SHIFT, ALT = (Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier,
                    Qt.KeyboardModifier.AltModifier)  # noqa: F841
NONE = Qt.KeyboardModifier.NoModifier

# The keys of the Live page, in one place (the facilitator's design of issue 16).
LIVE_KEYS = {
    "next_item": (K.Key_F5, NONE),  # starts the first item when none runs
    "pause": (K.Key_F6, NONE),  # pause and resume
    "give_floor": (K.Key_F7, NONE),  # to the next in the queue
    "end_turn": (K.Key_F8, NONE),
    "speaker_box": (K.Key_F9, NONE),  # Enter there adds the typed speaker to the queue
    "capture_text": (K.Key_F4, NONE),
    "save": (K.Key_Return, NONE),  # in the opinion's text
    "commitment": (K.Key_M, CTRL),  # for the opinion just captured
    "read_back": (K.Key_R, CTRL),
}
# The main window's keys.
WINDOW_KEYS = {
    "sessions": (K.Key_1, CTRL), "minutes": (K.Key_M, CTRL | SHIFT),
    "new_session": (K.Key_N, CTRL),
}

OWNERS = ("Housing bureau", "Street office")
SPEAKERS = ("Wang Xiuying", "Li Jianguo", "Resident of Building 3")
OPINIONS = [(f"Opinion {n}: " + text, tags, agreed) for n, (text, tags, agreed) in enumerate((
    ("the lift in building 7 stops between floors", "lifts", 0),
    ("cars park on the fire lane every evening", "parking", 2),
    ("the square dance music is too loud after nine", "", 0),
    ("thanks to the street office for the new benches", "", 0),
    ("how do we apply for the lift subsidy?", "lifts; subsidy", 1),
    ("the bins at the east gate overflow on Mondays", "", 0),
    ("street lights on Hexi Road are out", "lighting", 3),
    ("parking fees at the market rose without notice", "parking", 0),
    ("the pavement by the school is broken", "", 0),
    ("a crossing guard at the school gate, please", "", 1),
    ("the clinic's Saturday hours are too short", "", 0),
    ("build a covered parking shed for e-bikes", "parking; e-bikes", 4),
    ("thanks for repairing the playground", "", 0),
    ("the community canteen could open for dinner", "", 0),
    ("water pressure drops on the top floors", "water", 0),
    ("who answers for the broken door entry system?", "", 0),
    ("more benches along the river path", "", 0),
    ("dogs off the lead in the garden", "", 2),
    ("noise from the construction site at night", "noise", 0),
    ("请公开本次会议的办理结果", "", 0),  # typed as characters, as an input method commits them
), start=1)]
assert len(OPINIONS) == 20
ATTENDEES = (("Wang Xiuying", "Building 7", 0), ("Li Jianguo", "Building 9", 0),
             ("Chen Mei", "Building 7", 1))  # name, group, steps down the attendance box

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
        """Where a key goes: an open popup (a completer's list) first, as on a real screen."""
        widget = QApplication.activePopupWidget() or QApplication.focusWidget()
        assert widget is not None, "no widget has the keyboard focus"
        return widget

    def press(self, key: K, modifiers=NONE, times: int = 1) -> None:  # noqa: ANN001
        for _ in range(times):
            QTest.keyClick(self.focus(), key, modifiers)
        QApplication.processEvents()
        assert not self.mouse.seen, self.mouse.seen

    def chord(self, pair) -> None:  # noqa: ANN001
        self.press(*pair)

    def type(self, text: str) -> None:
        """ASCII as key presses; Chinese as an input method hands it over (a committed
        string), which is how Chinese text reaches a widget from the keyboard."""
        if text.isascii():
            QTest.keyClicks(self.focus(), text)
        else:
            event = QInputMethodEvent()
            event.setCommitString(text)
            QApplication.sendEvent(self.focus(), event)
        QApplication.processEvents()
        assert not self.mouse.seen, self.mouse.seen

    def alt(self, letter: str) -> None:
        self.press(getattr(K, f"Key_{letter.upper()}"), ALT)

    def in_dialog(self, opening: Callable[[], None], kind: type,
                  steps: Callable[[QWidget], None]) -> QWidget:
        """``opening`` shows a dialog of type ``kind`` (modal, by exec() or open()); once it is
        the active modal window, ``steps`` type into it (and close it)."""
        seen: list[QWidget] = []

        def attempt() -> None:
            dialog = QApplication.activeModalWidget()
            if isinstance(dialog, kind) and dialog.isActiveWindow() and not seen:
                seen.append(dialog)
                steps(dialog)
            elif not seen:
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


def test_the_watch_sees_a_mouse_click(qtbot, no_mouse) -> None:
    """The filter the keyboard-only run relies on does see a click (so that run can fail)."""
    from PySide6.QtWidgets import QPushButton

    button = QPushButton("x")
    qtbot.addWidget(button)
    button.show()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    assert "MouseButtonPress on QPushButton" in no_mouse.seen
    assert "MouseButtonRelease on QPushButton" in no_mouse.seen


def test_a_whole_session_by_keyboard_only(application, qtbot, no_mouse, tmp_path: Path) -> None:
    from desktop.core.live import timing
    from desktop.core.presets import BUILTIN_TEMPLATES, PRESETS
    from desktop.core.services import agenda, attendance, commitments, opinions, sessions, turns
    from desktop.ui.live.dialogs import CommitmentDialog, ReadBackDialog
    from desktop.ui.minutes.dialog import MinutesDialog
    from desktop.ui.prepare.directory_dialog import DirectoryDialog
    from desktop.ui.prepare.session_dialog import SessionDialog

    ctx = application.ctx
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
    assert application.feedback.errors == []
    kb.alt("m")
    kb.press(K.Key_Space)
    kb.press(K.Key_Down)
    kb.press(K.Key_Space)
    kb.press(K.Key_S, CTRL)
    session_id = dialog.session_id
    assert session_id is not None, kb.focus()

    # --- the agenda, as the preset made it, then edited ---------------------------------------
    editor = dialog.agenda_editor
    expected = [(i.title, i.planned_minutes) for i in agenda.list_items(ctx.db, session_id)]
    assert expected == [(title, minutes) for _, title, minutes in
                        BUILTIN_TEMPLATES["forum-en"].items]
    assert editor.table.hasFocus()
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
    got = [(i.title, i.planned_minutes) for i in agenda.list_items(ctx.db, session_id)]
    assert got == expected, (got, expected)

    # --- attendees -----------------------------------------------------------------------------
    saves: list[int] = []
    dialog.saved.connect(saves.append)
    kb.press(K.Key_Tab, CTRL)  # the next tab: attendees
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
    got = sorted((p.name, p.group_name, a.role) for a, p in attendance.attendees(ctx.db, session_id))
    assert got == sorted((n, g, ("present", "attending", "excused")[r]) for n, g, r in ATTENDEES)
    assert saves == []  # Enter registered the attendee only, it did not save the session too
    kb.press(K.Key_Escape)  # the session editor closes
    kb.back()
    assert window.sessions_page.table.hasFocus()
    assert window.sessions_page.current_session_id() == session_id

    assert application.feedback.errors == []

    # --- the live session ------------------------------------------------------------------------
    kb.press(K.Key_Return)  # Enter on the session: its Live page
    live = window.live_page
    assert live.session_id == session_id and live.isVisible()
    assert live.secretary.text.hasFocus()
    clock = ctx.clock
    kb.chord(LIVE_KEYS["next_item"])  # the first item starts
    for name in SPEAKERS:
        kb.chord(LIVE_KEYS["speaker_box"])
        kb.type(name)
        kb.press(K.Key_Return)
    kb.chord(LIVE_KEYS["capture_text"])
    captured = iter(OPINIONS)

    def capture(count: int) -> None:
        for _ in range(count):
            text, tags, agreed = next(captured)
            if tags:
                kb.alt("t")
                kb.type(tags)
                kb.press(K.Key_Escape)  # closes the completer's list if it shows
                kb.chord(LIVE_KEYS["capture_text"])
            for _ in range(agreed):
                kb.press(K.Key_Equal, CTRL)
            kb.type(text)
            clock.advance(20)
            kb.chord(LIVE_KEYS["save"])
            assert live.secretary.text.hasFocus() and not live.secretary.text.toPlainText()

    def commit(d: QWidget) -> None:
        kb.press(K.Key_Tab)  # from the proposed title to the owner
        kb.press(K.Key_Down)  # the second owner
        kb.press(K.Key_Return)

    turns_given = []
    for n, count in enumerate((6, 7, 7)):
        kb.chord(LIVE_KEYS["give_floor"])
        turns_given.append(live.facilitator.speaking().label)
        capture(count)
        if n == 1:
            kb.in_dialog(lambda: kb.chord(LIVE_KEYS["commitment"]), CommitmentDialog, commit)
            kb.back()
            kb.chord(LIVE_KEYS["capture_text"])
        kb.chord(LIVE_KEYS["end_turn"])
        clock.advance(30)
        if n == 1:
            kb.chord(LIVE_KEYS["pause"])
            assert timing.item_state(timing.current_item(live.items)) == timing.PAUSED
            clock.advance(60)
            kb.chord(LIVE_KEYS["pause"])  # resumed
            kb.chord(LIVE_KEYS["next_item"])

    def read_back(d: QWidget) -> None:
        assert any("Street office" in label.text() for label in d.labels), \
            [label.text() for label in d.labels]
        kb.press(K.Key_Return, CTRL)  # marked as read back

    kb.in_dialog(lambda: kb.chord(LIVE_KEYS["read_back"]), ReadBackDialog, read_back)
    kb.back()
    kb.chord(LIVE_KEYS["next_item"])

    # --- the minutes -----------------------------------------------------------------------------
    out = tmp_path / "minutes.docx"
    minutes = kb.in_dialog(lambda: kb.chord(WINDOW_KEYS["minutes"]), MinutesDialog,
                           lambda d: None)
    kb.alt("v")
    kb.press(K.Key_A, CTRL)
    kb.type(str(out))
    kb.alt("g")
    qtbot.waitUntil(lambda: minutes.last_path is not None, timeout=30_000)
    kb.press(K.Key_Escape)
    kb.back()
    assert not minutes.isVisible()
    assert application.feedback.errors == []

    # --- what the database and the document hold -------------------------------------------------
    import docx

    session = sessions.get_session(ctx.db, session_id)
    assert (session.title, session.kind, session.venue, session.chair, session.recorder) == (
        "Riverside forum", "forum", "Community hall", "Zhang Weimin", "Liu Fang")
    assert session.planned_minutes == PRESETS["forum"].planned_minutes
    assert session.deadline_policy == PRESETS["forum"].deadline_policy
    assert session.read_back_at is not None
    assert sorted(o.name for o in sessions.session_owners(ctx.db, session_id)) == sorted(OWNERS)
    items = agenda.list_items(ctx.db, session_id)
    assert [(i.title, i.planned_minutes) for i in items] == expected
    assert all(i.started_at and i.ended_at for i in items[:2]) and items[2].started_at
    people = {p.name: p.id for _, p in attendance.attendees(ctx.db, session_id)}
    queue = turns.list_turns(ctx.db, session_id)
    assert turns_given == list(SPEAKERS)
    assert [(t.person_id, t.label, t.status, t.agenda_item_id) for t in queue] == [
        (people["Wang Xiuying"], "Wang Xiuying", "done", items[0].id),
        (people["Li Jianguo"], "Li Jianguo", "done", items[0].id),
        (None, "Resident of Building 3", "done", items[1].id)]
    saved = sorted(opinions.list_opinions(ctx.db, session_id), key=lambda o: o.id)
    assert [o.text for o in saved] == [text for text, _, _ in OPINIONS]
    assert [o.support_count for o in saved] == [agreed for _, _, agreed in OPINIONS]
    tags = opinions.tags_of(ctx.db, [o.id for o in saved])
    assert [sorted(tags.get(o.id, [])) for o in saved] == [
        sorted(t.strip() for t in typed.split(";") if t.strip()) for _, typed, _ in OPINIONS]
    speakers = [people["Wang Xiuying"]] * 6 + [people["Li Jianguo"]] * 7 + [None] * 7
    assert [o.person_id for o in saved] == speakers
    assert [o.speaker_label for o in saved[13:]] == ["Resident of Building 3"] * 7
    assert [o.agenda_item_id for o in saved] == [items[0].id] * 13 + [items[1].id] * 7
    made = commitments.list_commitments(ctx.db, session_id)
    street = next(o.id for o in sessions.session_owners(ctx.db, session_id)
                  if o.name == "Street office")
    assert [(c.owner_id, commitments.linked_opinion_ids(ctx.db, c.id)) for c in made] == [
        (street, [saved[12].id])]
    document = docx.Document(str(out))
    written = "\n".join([p.text for p in document.paragraphs] + [
        cell.text for table in document.tables for row in table.rows for cell in row.cells])
    missing = [text for text, _, _ in OPINIONS if text.split(": ", 1)[1] not in written]
    assert missing == []
    assert made[0].title in written
