"""A process that only reads (the leader's seat, a database opened read-only) offers no control
that writes: every marked control is off and says why, and every control still on, pressed,
tries no write.

The oracle is independent of the marking: the walk presses every enabled button, action and
shortcut of every page and of every dialog they open, steps every enabled field, and the
database itself records each write that is attempted (``ensure_writable``, which every write
passes). A control that writes but was never marked shows up there.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QDesktopServices, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractSpinBox, QApplication, QComboBox, QDialog, QFileDialog, QLineEdit,
    QMessageBox, QPlainTextEdit, QTextEdit, QWidget,
)

from desktop.core.clock import FakeClock
from desktop.core.demo import create_demo_series
from desktop.core.errors import StorageError

FULL_DISK = StorageError(en="Opened read-only: the disk is full.",
                         zh="已以只读方式打开：磁盘已满。")


def _tried_writes(db) -> list[str]:  # noqa: ANN001
    """Record every write attempted on ``db`` (each one passes ``ensure_writable``)."""
    tried: list[str] = []
    original = db.ensure_writable

    def recording() -> None:
        tried.append("write")
        original()

    db.ensure_writable = recording
    return tried


def _app(ui_db, feedback, seat: str):  # noqa: ANN001, ANN202
    from desktop.ui.app import Application, preferences

    app = Application(ui_db, preferences(), feedback.language, feedback, seat_role=seat)
    app.ctx.clock = FakeClock()
    app.window.show()
    return app


@pytest.fixture
def demo(ui_db):  # noqa: ANN001, ANN201
    clock = FakeClock()
    return create_demo_series(ui_db, "en", now=clock.now())


def _window(ui_db, feedback, qtbot, role: str, read_only=None):  # noqa: ANN001, ANN202
    """The application window of ``role``; the database's read-only state as given, reset
    afterwards."""
    ui_db.read_only = read_only
    app = _app(ui_db, feedback, role)
    qtbot.addWidget(app.window)
    yield app
    app.window.close()
    ui_db.read_only = None


@pytest.fixture
def leader(qapp, ui_db, data_dir, feedback, demo, qtbot):  # noqa: ANN001, ANN201
    yield from _window(ui_db, feedback, qtbot, "leader")


@pytest.fixture
def full_disk(qapp, ui_db, data_dir, feedback, demo, qtbot):  # noqa: ANN001, ANN201
    yield from _window(ui_db, feedback, qtbot, "facilitator", FULL_DISK)


@pytest.fixture
def writer(qapp, ui_db, data_dir, feedback, demo, qtbot):  # noqa: ANN001, ANN201
    yield from _window(ui_db, feedback, qtbot, "facilitator")


class Walk:
    """Presses what is enabled; dialogs opened meanwhile are walked too, then closed."""

    def __init__(self, monkeypatch, tmp_path: Path, skip: set) -> None:  # noqa: ANN001
        self.skip = skip
        self.depth = 0
        self.dialogs: list[str] = []
        self.pressed = 0
        walk = self

        def opened(dialog: QDialog, *_a) -> int:  # noqa: ANN002
            walk.dialogs.append(type(dialog).__name__)
            if walk.depth < 2:
                walk.depth += 1
                try:
                    walk.poke(dialog)
                finally:
                    walk.depth -= 1
            return 0

        monkeypatch.setattr(QDialog, "exec", opened)
        monkeypatch.setattr(QDialog, "open", opened)
        monkeypatch.setattr(QDialog, "show", opened)
        monkeypatch.setattr(QMessageBox, "about", lambda *a: None)
        monkeypatch.setattr(QDesktopServices, "openUrl", lambda *a: True)
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            lambda *a, **k: (str(tmp_path / "export.out"), ""))
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))

    def poke(self, root: QWidget) -> None:
        """Every enabled control of ``root`` once: buttons clicked, actions and shortcuts
        triggered, fields stepped and confirmed, lists chosen from."""
        for button in root.findChildren(QAbstractButton):
            if (button in self.skip or not button.isEnabled() or not button.isVisibleTo(root)
                    or getattr(button, "menu", lambda: None)() is not None):
                continue  # a button with a menu only opens it: its actions are walked below
            self.pressed += 1
            button.click()
            QApplication.processEvents()
        for action in [*root.actions(), *root.findChildren(QAction)]:
            if action in self.skip or not action.isEnabled() or action.isSeparator() \
                    or action.menu() is not None:
                continue
            self.pressed += 1
            action.trigger()
        for shortcut in root.findChildren(QShortcut):
            if shortcut.isEnabled():
                self.pressed += 1
                shortcut.activated.emit()
        for spin in root.findChildren(QAbstractSpinBox):
            if spin.isEnabled() and not spin.isReadOnly():
                self.pressed += 1
                spin.stepUp()
                spin.editingFinished.emit()
        for edit in root.findChildren(QLineEdit):
            if edit.isEnabled() and not edit.isReadOnly() and not isinstance(
                    edit.parent(), (QComboBox, QAbstractSpinBox)):
                self.pressed += 1
                edit.returnPressed.emit()
                edit.editingFinished.emit()
        for combo in root.findChildren(QComboBox):
            if combo.isEnabled() and not combo.isEditable() and combo.count() > 1 \
                    and combo.objectName() != "seatRole":
                self.pressed += 1
                combo.setCurrentIndex(combo.count() - 1)
                combo.activated.emit(combo.count() - 1)
        QApplication.processEvents()


def _select_first(view) -> None:  # noqa: ANN001
    if view.model().rowCount():
        view.selectRow(0)


def _walk_everything(app, walk: Walk, session_id: int) -> None:  # noqa: ANN001
    window = app.window
    window.sessions_page.select_session(session_id)
    walk.poke(window.sessions_page)
    for action in (window.demo_action, window.minutes_action, window.keys_action,
                   window.projector_action):
        if action.isEnabled():
            walk.pressed += 1
            action.trigger()
    window.live_page.show_session(session_id)
    walk.poke(window.live_page)
    page = window.followup_page
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        for table in ("table",):
            view = getattr(page.tabs.widget(index), table, None)
            if view is not None and hasattr(view, "selectRow"):
                _select_first(view)
        walk.poke(page.tabs.widget(index))
    walk.poke(page)
    settings = window.settings_page
    settings.language.setEnabled(False)  # the walk keeps one language (a preference anyway)
    walk.poke(settings)
    settings.open_holidays()


def _write_controls(app) -> list:  # noqa: ANN001
    """The marked controls of the main window and of the dialogs the test opens."""
    return app.ctx.writes.controls()


def _is_on(control) -> bool:  # noqa: ANN001
    if isinstance(control, (QTextEdit, QPlainTextEdit)):
        return not control.isReadOnly()
    return control.isEnabled()


def _open_every_dialog(app, session_id: int) -> list[QDialog]:  # noqa: ANN001
    """The dialogs that hold write controls, built as their openers build them."""
    from desktop.ui.minutes.dialog import MinutesDialog
    from desktop.ui.minutes.privacy_review import PrivacyReviewDialog
    from desktop.ui.prepare.directory_dialog import DirectoryDialog
    from desktop.ui.prepare.documents_dialog import DocumentsDialog
    from desktop.ui.prepare.import_dialog import ImportDialog
    from desktop.ui.prepare.session_dialog import SessionDialog

    ctx, fb, window = app.ctx, app.feedback, app.window
    made = [SessionDialog(ctx, fb, session_id, window), DirectoryDialog(ctx, fb, window),
            DocumentsDialog(ctx, fb, session_id, window),
            ImportDialog(ctx, fb, session_id, "opinions", window),
            MinutesDialog(ctx, fb, session_id, window),
            PrivacyReviewDialog(ctx, fb, session_id, "honorific", window),
            window.settings_page.open_holidays()]
    window.followup_page  # noqa: B018 - built, with its marks
    window.live_page.show_session(session_id)
    return made


@pytest.mark.parametrize("which", ["leader", "full_disk"])
def test_a_process_that_only_reads_offers_no_write(which, request, demo, feedback, monkeypatch,
                                                   tmp_path) -> None:
    app = request.getfixturevalue(which)
    ctx = app.ctx
    reason = ("This laptop is the leader's seat: it only reads" if which == "leader"
              else FULL_DISK.text("en"))
    dialogs = _open_every_dialog(app, demo.id)
    controls = _write_controls(app)
    assert len(controls) > 60  # every page and dialog marked its writes
    on = [c for c in controls if _is_on(c)]
    assert not on, [type(c).__name__ + ":" + getattr(c, "text", lambda: "")() for c in on]
    tipped = [c for c in controls if hasattr(c, "toolTip")]
    assert tipped and all(reason in c.toolTip() for c in tipped)
    for dialog in dialogs:
        dialog.close()
    # the oracle: press everything that is still on; the database hears no write
    tried = _tried_writes(ctx.db)
    walk = Walk(monkeypatch, tmp_path, skip={app.window.quit_action,
                                             app.window.fullscreen_action})
    _walk_everything(app, walk, demo.id)
    assert walk.pressed > 100 and {"SessionDialog", "MinutesDialog", "DirectoryDialog",
                                   "DocumentsDialog", "HolidayEditor"} <= set(walk.dialogs)
    assert tried == []
    assert not [e for e in feedback.errors if reason in e or "read-only" in e.lower()]


def test_the_walk_finds_writes_where_the_process_may_write(writer, demo, feedback, monkeypatch,
                                                           tmp_path) -> None:
    """The same walk on a seat that writes: the marked controls are on and pressing them
    writes, so the two checks above can fail."""
    feedback.answer = False  # questions are declined: nothing is erased or replaced
    dialogs = _open_every_dialog(writer, demo.id)
    window = writer.window
    window.sessions_page.select_session(demo.id)
    live = window.live_page
    register = window.followup_page.register
    _select_first(register.table)
    for control in (window.demo_action, window.sessions_page.new_button,
                    window.sessions_page.series_action, live.facilitator.start_button,
                    live.secretary.save_button, *register.buttons[:2],
                    dialogs[0].save_button, dialogs[4].generate_button):
        assert _is_on(control), control
    assert not live.secretary.text.isReadOnly()
    assert all(reason not in c.toolTip() for c in _write_controls(writer)
               if hasattr(c, "toolTip") for reason in ("only reads", "read-only"))
    for dialog in dialogs:
        dialog.close()
    tried = _tried_writes(writer.ctx.db)
    walk = Walk(monkeypatch, tmp_path, skip={window.quit_action, window.fullscreen_action,
                                             window.demo_action})
    live.show_session(demo.id)
    walk.poke(live)
    assert tried


def test_the_state_follows_the_database_and_the_language(writer, demo, ui_db) -> None:
    """Read-only set later, then a writable database again (a restore): the controls follow,
    keeping what the page asked meanwhile (Edit needs a selection)."""
    from desktop.core.services import seats

    ctx, page = writer.ctx, writer.window.sessions_page
    page.select_session(demo.id)
    assert page.series_button.isEnabled() and page.series_action.isEnabled()
    seats.make_read_only(ui_db)
    ctx.writes.refresh()
    assert not page.series_button.isEnabled() and not page.series_action.isEnabled()
    assert "nothing was changed" in page.series_button.toolTip()
    page.table.clearSelection()
    page.table.setCurrentIndex(page.model.index(-1, -1))  # no session chosen meanwhile
    page.select_session(demo.id)  # the page enables it again on the selection: it stays off
    assert not page.series_button.isEnabled()
    ui_db.read_only = None
    ctx.writes.refresh()
    assert page.series_button.isEnabled() and page.series_button.toolTip() == "Ctrl+Shift+N"
    page.table.setCurrentIndex(page.model.index(-1, -1))
    page._update_buttons()
    ui_db.read_only = FULL_DISK
    ctx.writes.refresh()
    ui_db.read_only = None
    ctx.writes.refresh()
    assert not page.series_button.isEnabled()  # no selection: as the page asked


def test_the_leaders_reason_speaks_the_interface_language(leader) -> None:
    leader.switch_language("zh")
    try:
        assert "本机为领导席位，只能查看" in leader.window.sessions_page.new_button.toolTip()
        assert "本机为领导席位，只能查看" in leader.window.demo_action.toolTip()
    finally:
        leader.switch_language("en")
    assert "leader's seat" in leader.window.sessions_page.new_button.toolTip()
