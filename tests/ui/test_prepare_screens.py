"""Preparation screens through pytest-qt: session editor, agenda editor, attendees, import."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt

from desktop.core.clock import FakeClock
from desktop.core.services import (
    agenda, attendance, commitments, opinions, owners, preparation, sessions,
)
from desktop.ui.context import AppContext
from desktop.ui.settings import Preferences

START = datetime(2026, 11, 20, 6, 30, tzinfo=UTC)


@pytest.fixture
def ctx(qapp, ui_db, tmp_path: Path):
    context = AppContext(ui_db, Preferences(tmp_path / "prefs.ini"),
                         FakeClock(datetime(2026, 11, 10, 2, 0, tzinfo=UTC)), language="en")
    yield context
    ui_db.unsubscribe(context.bus.announce)


@pytest.fixture
def page(ctx, qtbot, feedback):
    from desktop.ui.sessions.page import SessionsPage

    widget = SessionsPage(ctx, feedback=feedback)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def editor_for(ctx, qtbot, feedback, session_id):
    from desktop.ui.prepare.agenda_editor import AgendaEditor

    editor = AgendaEditor(ctx, feedback, session_id)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def titles(ctx, session_id) -> list[str]:
    return [i.title for i in agenda.list_items(ctx.db, session_id)]


def test_new_session_from_a_kind_preset(ctx, qtbot, page, feedback) -> None:
    dept = owners.create_owner(ctx.db, "街道城管办")
    assert not page.edit_button.isEnabled()
    dialog = page.new_session()
    qtbot.addWidget(dialog)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("forum"))
    assert dialog.minutes_spin.value() == 90
    assert dialog.time_edit.time().toString("HH:mm") == "09:30"
    assert dialog.template_combo.currentData().key == "forum-en"
    assert dialog.policy_combo.currentData() == "message_board"
    assert dialog.title_edit.text().startswith("Forum, ")
    dialog.venue_edit.setText("Community hall")
    dialog.owner_list.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert feedback.errors == []
    sid = dialog.session_id
    assert sid is not None and dialog.tabs.count() == 3
    row = sessions.get_session(ctx.db, sid)
    assert (row.kind, row.planned_minutes, row.venue, row.deadline_policy) == (
        "forum", 90, "Community hall", "message_board")
    assert titles(ctx, sid)[0] == "Welcome, topic and participants"
    assert [o.id for o in sessions.session_owners(ctx.db, sid)] == [dept.id]
    assert page.current_session_id() == sid and page.edit_button.isEnabled()
    dialog.title_edit.setText("  ")
    assert dialog.save() is False and "Title is required" in feedback.errors[-1]


def test_agenda_keyboard_reorder_undo_redo(ctx, qtbot, feedback) -> None:
    sid = preparation.new_session(ctx.db, "x", START, "forum", language="en").id
    original = titles(ctx, sid)
    editor = editor_for(ctx, qtbot, feedback, sid)
    editor.select_item(agenda.list_items(ctx.db, sid)[0].id)
    editor.table.setFocus()
    qtbot.keyClick(editor.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert titles(ctx, sid) == [original[1], original[0], *original[2:]]
    assert editor.table.currentIndex().row() == 1  # the moved item stays selected
    qtbot.keyClick(editor.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert titles(ctx, sid)[2] == original[0]
    editor.undo_stack.undo()
    editor.undo_stack.undo()
    assert titles(ctx, sid) == original
    editor.undo_stack.redo()
    assert titles(ctx, sid)[1] == original[0]
    # planned start: the session's start in the display zone
    assert editor.model.data(editor.model.index(0, 4)) == START.astimezone(ctx.zone).strftime("%H:%M")


def test_agenda_drag_drop_rename_remove_and_undo(ctx, qtbot, feedback) -> None:
    sid = preparation.new_session(ctx.db, "x", START, "listening", language="en").id
    original = titles(ctx, sid)
    editor = editor_for(ctx, qtbot, feedback, sid)
    model = editor.model
    data = model.mimeData([model.index(3, 1)])
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex()) is False
    assert titles(ctx, sid) == [original[3], *original[:3], original[4]]
    model.setData(model.index(0, 1), "  Answers  ")
    model.setData(model.index(0, 3), 25)
    model.setData(model.index(0, 2), "deliberation")
    first = agenda.list_items(ctx.db, sid)[0]
    assert (first.title, first.planned_minutes, first.kind) == ("Answers", 25, "deliberation")
    editor.select_item(agenda.list_items(ctx.db, sid)[2].id)
    removed = titles(ctx, sid)[2]
    editor.remove_current()
    assert removed not in titles(ctx, sid)
    editor.add_item()
    assert "New item" in titles(ctx, sid)
    while editor.undo_stack.canUndo():  # undo everything, through the re-created item
        editor.undo_stack.undo()
    assert titles(ctx, sid) == original
    assert agenda.list_items(ctx.db, sid)[3].planned_minutes == 30
    assert feedback.errors == []
    count = editor.undo_stack.count()
    model.setData(model.index(0, 1), "")  # refused by the service: nothing pushed
    assert "required" in feedback.errors[-1]
    assert editor.undo_stack.count() == count and titles(ctx, sid) == original


def test_undoing_a_removal_brings_back_the_same_item(ctx, qtbot, feedback) -> None:
    """The item is kept while removed: undo gives back its id, notes and place, so the edits
    already on the stack apply to it again."""
    sid = preparation.new_session(ctx.db, "x", START, "forum", language="en").id
    editor = editor_for(ctx, qtbot, feedback, sid)
    before = agenda.list_items(ctx.db, sid)
    target = before[1]
    agenda.update_item(ctx.db, target.id, summary="kept notes")
    editor.model.setData(editor.model.index(1, 1), "Renamed")  # an edit before the removal
    editor.select_item(target.id)
    editor.remove_current()
    assert target.id not in [i.id for i in agenda.list_items(ctx.db, sid)]
    editor.undo_stack.undo()  # the removal
    back = agenda.list_items(ctx.db, sid)[1]
    assert (back.id, back.title, back.summary) == (target.id, "Renamed", "kept notes")
    editor.undo_stack.undo()  # the rename, on the same row
    assert agenda.list_items(ctx.db, sid)[1].title == target.title
    editor.undo_stack.redo()
    editor.undo_stack.redo()
    assert target.id not in [i.id for i in agenda.list_items(ctx.db, sid)]
    assert feedback.errors == []


def test_total_warns_when_over_time(ctx, qtbot, feedback) -> None:
    sid = preparation.new_session(ctx.db, "x", START, "forum", language="en").id
    editor = editor_for(ctx, qtbot, feedback, sid)
    assert "Over" not in editor.total_label.text()
    assert editor.total_label.property("over") is False
    editor.model.setData(editor.model.index(2, 3), 90)
    assert "Over by 45 min" in editor.total_label.text()
    assert editor.total_label.property("over") is True
    editor.undo_stack.undo()
    assert editor.total_label.property("over") is False


def test_new_in_series_shows_live_report_back(ctx, qtbot, page, feedback) -> None:
    first = preparation.new_session(ctx.db, "十月", START, "forum", language="zh")
    dept = owners.create_owner(ctx.db, "住建局")
    c = commitments.create_commitment(ctx.db, first.id, "修路灯", dept.id, START + timedelta(days=5))
    commitments.add_progress(ctx.db, c.id, "已采购灯具")
    page.model.refresh()
    page.select_session(first.id)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    qtbot.keyClick(page.table, Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.create()
    editor_dialog = page.dialog
    qtbot.addWidget(editor_dialog)
    editor = editor_dialog.agenda_editor
    assert editor.report_table.rowCount() == 1
    assert [editor.report_table.item(0, c).text() for c in (0, 1, 4)] == ["修路灯", "住建局", "已采购灯具"]
    ctx.clock.advance(days=20)
    commitments.set_status(ctx.db, c.id, "done", now=START + timedelta(days=3))  # closed before
    assert editor.report_table.item(0, 3).text() == "Done"


def test_attendees_register_consent_and_totals(ctx, qtbot, feedback) -> None:
    from desktop.ui.prepare.attendees_tab import AttendeesTab

    sid = sessions.create_session(ctx.db, "x", START).id
    tab = AttendeesTab(ctx, feedback, sid)
    qtbot.addWidget(tab)
    tab.show()
    assert not tab.consent_box.isEnabled()
    tab.name_edit.setText("王芳")  # keyClicks types ASCII only
    tab.group_edit.setText("7号楼")
    qtbot.keyClicks(tab.contact_edit, "13800138000")
    assert tab.consent_box.isEnabled()
    qtbot.mouseClick(tab.register_button, Qt.MouseButton.LeftButton)
    assert "consent" in feedback.errors[-1]
    tab.consent_box.setChecked(True)
    qtbot.keyClick(tab.name_edit, Qt.Key.Key_Return)
    (a, p), = attendance.attendees(ctx.db, sid)
    assert (p.contact, p.consent_at) == ("13800138000", ctx.clock.now())
    assert tab.group_edit.text() == "7号楼" and tab.name_edit.text() == ""
    tab.name_edit.setText("李明")
    tab.register()
    tab.anonymous_spin.setValue(9)
    tab.save_anonymous()
    assert sessions.get_session(ctx.db, sid).anonymous_count == 9
    assert "In the room: 11 (2 registered + 9 not registered)" in tab.totals_label.text()
    assert "7号楼: 2" in tab.totals_label.text()
    assert tab.table.rowCount() == 2


def test_import_dialog_previews_then_imports_off_thread(ctx, qtbot, feedback, tmp_path) -> None:
    from desktop.ui.prepare.import_dialog import ImportDialog

    sid = preparation.new_session(ctx.db, "x", START, "listening", language="zh").id
    path = tmp_path / "op.csv"
    path.write_bytes("渠道,内容,收到时间,多余\n热线,路灯坏了,2026-11-03,1\n来信,=cmd|x,2026-11-04,2\n"
                     "传真,坏渠道,,3\n".encode("gbk"))
    dialog = ImportDialog(ctx, feedback, sid, "opinions")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.import_button.isEnabled()
    dialog.load(path)
    qtbot.waitUntil(lambda: dialog.preview is not None and not dialog.busy, timeout=10_000)
    assert dialog.import_button.text() == "Import 2 valid rows"
    assert opinions.list_opinions(ctx.db, sid) == []  # nothing written by the preview
    assert dialog.model.rowCount() == 3
    assert "渠道" in dialog.model.data(dialog.model.index(2, 2))
    dialog.only_problems.setChecked(True)
    # line 2 only carries a note: its value in the ignored column 多余 is not imported
    assert [r.line for r in dialog.model.rows] == [2, 3, 4]
    assert "多余" in dialog.model.data(dialog.model.index(0, 2))
    with qtbot.waitSignal(dialog.imported, timeout=10_000) as signal:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert signal.args[0].added == 2
    assert sorted(o.text for o in opinions.list_opinions(ctx.db, sid)) == ["=cmd|x", "路灯坏了"]


def test_import_dialog_reports_a_bad_file(ctx, qtbot, feedback, tmp_path) -> None:
    from desktop.ui.prepare.import_dialog import ImportDialog

    sid = sessions.create_session(ctx.db, "x", START).id
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    dialog = ImportDialog(ctx, feedback, sid, "attendees")
    qtbot.addWidget(dialog)
    dialog.load(path)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert feedback.errors and "empty" in feedback.errors[-1]
    assert not dialog.import_button.isEnabled()


def test_directory_add_rename_deactivate(ctx, qtbot, feedback) -> None:
    from desktop.ui.prepare.directory_dialog import DirectoryDialog

    dialog = DirectoryDialog(ctx, feedback)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name_edit, "Urban management")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert dialog.list.count() == 1
    dialog.rename("街道城管办")  # noqa: RUF001
    dialog.toggle_active()
    (owner,) = owners.list_owners(ctx.db, active_only=False)
    assert (owner.name, owner.active) == ("街道城管办", False)
    assert "inactive" in dialog.list.item(0).text()
    dialog.add()  # empty name
    assert "required" in feedback.errors[-1]


def test_agenda_templates_apply_and_save(ctx, qtbot, feedback) -> None:
    from desktop.core.services import templates

    sid = preparation.new_session(ctx.db, "x", START, "forum", language="en").id
    editor = editor_for(ctx, qtbot, feedback, sid)
    editor.model.setData(editor.model.index(0, 1), "Our own welcome")
    editor.save_as_template("Our forum")
    assert any(t.name == "Our forum" for t in templates.list_templates(ctx.db))
    combo = editor.template_combo
    combo.setCurrentIndex(next(i for i in range(combo.count())
                               if combo.itemData(i).key == "hearing-en"))
    feedback.answer = False
    editor.apply_template()
    assert titles(ctx, sid)[0] == "Our own welcome"  # the user said no: nothing replaced
    feedback.answer = True
    editor.apply_template()
    assert titles(ctx, sid)[0] == "Rules of the hearing and the matter heard"
    assert not editor.undo_stack.canUndo()
    combo.setCurrentIndex(combo.findText("Our forum"))
    editor.apply_template()
    assert titles(ctx, sid)[0] == "Our own welcome"


@pytest.mark.parametrize("key", [Qt.Key.Key_Insert, "Ctrl+Shift+A"])
def test_a_new_agenda_row_opens_for_its_title(ctx, qtbot, feedback, key) -> None:
    """Add, type, Enter: the new row is renamed, not followed by a second "New item"."""
    from PySide6.QtWidgets import QApplication

    sid = preparation.new_session(ctx.db, "x", START, "forum", language="en").id
    original = titles(ctx, sid)
    editor = editor_for(ctx, qtbot, feedback, sid)
    editor.window().activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor.window())  # shortcuts work
    editor.select_item(agenda.list_items(ctx.db, sid)[0].id)
    editor.table.setFocus()
    if key == "Ctrl+Shift+A":
        qtbot.keyClick(editor.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier
                       | Qt.KeyboardModifier.ShiftModifier)
    else:
        qtbot.keyClick(editor.table, key)
    qtbot.waitUntil(lambda: editor.table.state() == editor.table.State.EditingState)
    typing = QApplication.focusWidget()
    assert typing.selectedText() == "New item"  # all of it: typing replaces it
    qtbot.keyClicks(typing, "Traffic calming")
    qtbot.keyClick(typing, Qt.Key.Key_Return)  # the delegate commits on the next event loop turn
    qtbot.waitUntil(lambda: titles(ctx, sid) == [original[0], "Traffic calming", *original[1:]])
    assert editor.table.state() != editor.table.State.EditingState
    qtbot.keyClick(editor.table, Qt.Key.Key_Return)  # Enter again does not add a row
    assert len(titles(ctx, sid)) == len(original) + 1


def test_import_dialog_shows_what_it_says_of_the_file(ctx, qtbot, feedback, tmp_path) -> None:
    """Notes that belong to no row (a repeated column, the worksheet read) are on screen too."""
    from openpyxl import Workbook

    from desktop.ui.prepare.import_dialog import ImportDialog

    sid = preparation.new_session(ctx.db, "x", START, "listening", language="zh").id
    book = Workbook()
    book.active.title = "封面"
    book.active.append(["说明"])
    sheet = book.create_sheet("意见")
    sheet.append(["内容", "渠道", "内容"])
    sheet.append(["路灯坏了", "热线", "重复列里的字"])
    path = tmp_path / "two.xlsx"
    book.save(path)
    dialog = ImportDialog(ctx, feedback, sid, "opinions")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load(path)
    qtbot.waitUntil(lambda: dialog.preview is not None and not dialog.busy, timeout=10_000)
    shown = dialog.summary_label.text()
    assert "Repeated column" in shown and "内容" in shown
    assert "The worksheet '意见' was read" in shown and "'封面'" in shown
    assert dialog.import_button.text() == "Import 1 valid row"
