"""The Follow-up page by keyboard only: the register's and the dispositions' actions have keys
shown on their buttons, act on the selected row, the dialogs open on their first field, accept
with Ctrl+Enter and close with Esc; Extend is not offered when the policy allows none; a date
typed in full lands as typed, and a refused date says why."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from desktop.core.services import commitments, dispositions, opinions, owners, sessions
from desktop.core.zone import local
from desktop.ui.followup import dialogs

NOW = datetime(2026, 11, 23, 1, 30, tzinfo=UTC)  # the FakeClock of the application fixture
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot, application):
    window = application.window
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window, Qt.Key.Key_3, CTRL)  # the Follow-up page
    qtbot.waitUntil(lambda: window.followup_page.isVisible())
    return window


@pytest.fixture
def opened(monkeypatch, window):
    """Dialogs open without blocking, so key events can reach them."""
    page = window.followup_page
    shown: list[QDialog] = []

    def run(dialog) -> bool:  # noqa: ANN001
        shown.append(dialog)
        dialog.show()
        return False

    monkeypatch.setattr(page, "_run", run)
    return shown


@pytest.fixture
def data(application):
    db = application.ctx.db
    handling = sessions.create_session(db, "枫林社区民情恳谈会", NOW - timedelta(days=30),
                                       deadline_policy="xinfang_handling")
    hotline = sessions.create_session(db, "热线转办", NOW - timedelta(days=20),
                                      deadline_policy="hotline_ordinary")  # no extension
    city = owners.create_owner(db, "街道城管办")
    op = opinions.create_opinion(db, handling.id, "3号楼电梯经常故障",
                                 received_at=NOW - timedelta(days=30))
    other = opinions.create_opinion(db, handling.id, "小区门口路灯不亮",
                                    received_at=NOW - timedelta(days=29))
    # 2027-01-20 in the display zone, the date of the report
    lift = commitments.create_commitment(db, handling.id, "协调维修电梯", city.id,
                                         datetime(2027, 1, 20, 15, 59, tzinfo=UTC))
    signs = commitments.create_commitment(db, hotline.id, "更换停车指示牌", city.id,
                                          NOW + timedelta(days=5))
    return db, op, lift, signs, other


def focus_table(qtbot, page) -> None:
    page.tabs.setCurrentIndex(page.REGISTER)
    page.window().activateWindow()
    qtbot.waitUntil(page.window().isActiveWindow)
    page.register.table.setFocus()
    qtbot.waitUntil(lambda: page.register.table.hasFocus())


def select_by_keys(page, title: str) -> None:
    """Walk the register with the arrow keys until the row titled ``title`` is current."""
    table = page.register.table
    QTest.keyClick(table, Qt.Key.Key_Home, CTRL)
    for _ in range(page.register.model.rowCount()):
        if page.register.model.data(page.register.model.index(table.currentIndex().row(), 1)) \
                == title:
            return
        QTest.keyClick(table, Qt.Key.Key_Down)
    raise AssertionError(f"{title} not reached by keys")


def type_text(widget, text: str) -> None:
    """Key events carrying each character (QTest.keyClicks knows ASCII only)."""
    for ch in text:
        if ch.isascii():
            QTest.keyClick(widget, ch)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def focused() -> object:
    return QApplication.focusWidget()


def test_every_action_button_names_a_real_key(window, data) -> None:
    page = window.followup_page
    page.register.apply_filter()
    page.dispositions.reload_choices()
    keys = [s.key().toString() for s in page.shortcuts.values()]
    buttons = [*page.register.buttons, page.dispositions.decide, page.dispositions.call,
               page.dispositions.new_policy]
    for button in buttons:
        shown = button.text().rsplit("(", 1)[-1].rstrip(")")
        assert shown in keys, button.text()
        assert shown in button.toolTip().replace("&nbsp;", " ") or not button.isEnabled()
    assert len(set(keys)) == len(keys)


def test_register_actions_by_keys_on_the_selected_row(qtbot, window, data, opened) -> None:
    db, _op, lift, signs, _other = data
    page = window.followup_page
    page.register.apply_filter()
    focus_table(qtbot, page)
    select_by_keys(page, "更换停车指示牌")
    # change status: the dialog opens on its first field; the choice and reason by keys
    QTest.keyClick(focused(), Qt.Key.Key_S, CTRL_SHIFT)
    status = opened[-1]
    assert isinstance(status, dialogs.StatusDialog) and status.commitment_id == signs.id
    qtbot.waitUntil(lambda: focused() is status.status)
    QTest.keyClick(status.status, Qt.Key.Key_Down)  # 待办 -> 办理中
    QTest.keyClick(status.status, Qt.Key.Key_Tab)
    assert focused() is status.reason
    type_text(status.reason, "已派人查看")
    QTest.keyClick(status.reason, Qt.Key.Key_Return, CTRL)
    assert status.result() == QDialog.DialogCode.Accepted
    row = next(c for c in commitments.list_commitments(db) if c.id == signs.id)
    assert row.status == "in_progress"
    # a progress note on the same row: Enter in the one-line field accepts
    focus_table(qtbot, page)
    select_by_keys(page, "更换停车指示牌")
    QTest.keyClick(focused(), Qt.Key.Key_G, CTRL_SHIFT)
    note = opened[-1]
    assert isinstance(note, dialogs.ProgressDialog) and note.commitment_id == signs.id
    qtbot.waitUntil(lambda: focused() is note.text)
    type_text(note.text, "指示牌已订货")
    QTest.keyClick(note.text, Qt.Key.Key_Tab)
    type_text(focused(), "李工")
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    assert note.result() == QDialog.DialogCode.Accepted
    assert [(n.text, n.author) for n in commitments.progress_notes(db, signs.id)] == [
        ("指示牌已订货", "李工")]
    # the follow-up call, closed with Esc: nothing is written
    focus_table(qtbot, page)
    select_by_keys(page, "协调维修电梯")
    QTest.keyClick(focused(), Qt.Key.Key_F, CTRL_SHIFT)
    call = opened[-1]
    assert isinstance(call, dialogs.FollowUpDialog) and call.commitment_id == lift.id
    qtbot.waitUntil(lambda: focused() is call.valid)
    QTest.keyClick(focused(), Qt.Key.Key_Escape)
    assert call.result() == QDialog.DialogCode.Rejected and not call.isVisible()
    assert len(opened) == 3


def test_extend_is_not_offered_when_the_policy_allows_none(qtbot, window, data, opened,
                                                           feedback) -> None:
    _db, _op, _lift, signs, _other = data
    page = window.followup_page
    page.register.apply_filter()
    focus_table(qtbot, page)
    select_by_keys(page, "更换停车指示牌")
    extend = page.register.buttons[2]
    assert not extend.isEnabled()
    assert "does not allow extensions" in extend.toolTip()
    assert "does not allow extensions" in page.register.policy_label.text()
    QTest.keyClick(focused(), Qt.Key.Key_E, CTRL_SHIFT)
    assert opened == []  # no dialog, the reason instead
    assert "does not allow extensions" in feedback.errors[-1]
    select_by_keys(page, "协调维修电梯")
    assert extend.isEnabled()


def type_date(field, text: str) -> None:
    """Clear nothing, select nothing: focus the field by Tab as a user would, then type."""
    QTest.keyClicks(field, text)


def test_a_date_typed_in_full_keeps_its_year_and_a_refusal_says_why(qtbot, window, data,
                                                                    opened, feedback) -> None:
    db, _op, lift, _signs, _other = data
    page = window.followup_page
    zone = window.ctx.zone if hasattr(window, "ctx") else page.ctx.zone
    page.register.apply_filter()
    focus_table(qtbot, page)
    select_by_keys(page, "协调维修电梯")
    QTest.keyClick(focused(), Qt.Key.Key_E, CTRL_SHIFT)
    dialog = opened[-1]
    assert isinstance(dialog, dialogs.ExtendDialog)
    qtbot.waitUntil(lambda: focused() is dialog.new_due)
    current = local(lift.due_at, zone)
    assert dialog.new_due.text().startswith(f"{current:%Y-%m-%d}")
    # an earlier date: refused, and the message names the current due and the policy's cap
    type_date(dialog.new_due, f"{current.year}-01-10 10:00")
    assert dialog.new_due.dateTime().toString("yyyy-MM-dd HH:mm") == f"{current.year}-01-10 10:00"
    QTest.keyClick(dialog.new_due, Qt.Key.Key_Tab)
    type_text(focused(), "需要招标")
    QTest.keyClick(focused(), Qt.Key.Key_Return, CTRL)
    assert dialog.isVisible()
    assert f"later than the current one, {current:%Y-%m-%d}" in feedback.errors[-1]
    latest = (local(lift.original_due_at, zone) + timedelta(days=30)).date()
    assert f"at most 30 calendar days past the original due date, to {latest:%Y-%m-%d}" \
        in feedback.errors[-1]
    # a later date typed in full from the year on: the year stays as typed
    QTest.keyClick(focused(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert focused() is dialog.new_due
    type_date(dialog.new_due, f"{current.year}-02-05 18:00")
    assert dialog.new_due.dateTime().toString("yyyy-MM-dd HH:mm") == f"{current.year}-02-05 18:00"
    QTest.keyClick(dialog.new_due, Qt.Key.Key_Return, CTRL)
    assert not dialog.isVisible()
    ext = commitments.extensions(db, lift.id)
    assert [(local(e.new_due_at, zone).strftime("%Y-%m-%d %H:%M"), e.reason) for e in ext] == [
        (f"{current.year}-02-05 18:00", "需要招标")]


def typed_into(qtbot, field, typed: str):  # noqa: ANN001, ANN201
    """Tab into ``field`` from a line edit before it, type ``typed``, Tab out."""
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

    holder = QWidget()
    before = QLineEdit()
    layout = QVBoxLayout(holder)
    layout.addWidget(before)
    layout.addWidget(field)
    qtbot.addWidget(holder)
    holder.show()
    qtbot.waitExposed(holder)
    holder.activateWindow()
    qtbot.waitUntil(holder.isActiveWindow)
    before.setFocus()
    QTest.keyClick(before, Qt.Key.Key_Tab)
    assert focused() is field
    QTest.keyClicks(field, typed)
    QTest.keyClick(field, Qt.Key.Key_Tab)
    return field.dateTime()


def test_qt_own_picker_misplaces_a_date_typed_in_full(qtbot) -> None:
    """The fault the field works around: Qt moves on after a full section and again on "-"."""
    from PySide6.QtCore import QDate, QDateTime, QTime
    from PySide6.QtWidgets import QDateTimeEdit

    plain = QDateTimeEdit(QDateTime(QDate(2027, 1, 20), QTime(23, 59)))
    plain.setDisplayFormat("yyyy-MM-dd HH:mm")
    assert typed_into(qtbot, plain, "2027-02-15") != QDateTime(QDate(2027, 2, 15), QTime(23, 59))


@pytest.mark.parametrize("typed", ["2027-02-15", "2027-02-15 10:00", "2027-2-5 9:05",
                                   "20270215", "2026-12-31"])
def test_date_field_takes_a_full_date_from_the_keyboard(qtbot, typed) -> None:
    from desktop.ui.dates import DateTimeField
    from PySide6.QtCore import QDate, QDateTime, QTime

    field = DateTimeField(QDateTime(QDate(2027, 1, 20), QTime(23, 59)))
    got = typed_into(qtbot, field, typed)
    digits = [int(x) for x in typed.replace("-", " ").replace(":", " ").split()]
    if len(digits) == 1:  # 20270215
        digits = [int(typed[:4]), int(typed[4:6]), int(typed[6:])]
    expected = QDateTime(QDate(*digits[:3]), QTime(*(digits[3:] or [23, 59])))
    assert got == expected, field.text()


def test_dispositions_by_keys(qtbot, window, data, opened) -> None:
    db, op, _lift, _signs, other = data
    page = window.followup_page
    QTest.keyClick(focused() or page, Qt.Key.Key_D, CTRL_SHIFT)  # brings the tab forward
    assert page.tabs.currentIndex() == page.DISPOSITIONS
    table = page.dispositions.table
    window.activateWindow()
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    QTest.keyClick(table, Qt.Key.Key_Home, CTRL)
    QTest.keyClick(table, Qt.Key.Key_Down)
    chosen = page.dispositions.current().id
    left = ({op.id, other.id} - {chosen}).pop()
    QTest.keyClick(table, Qt.Key.Key_Return)  # Enter on the row
    dialog = opened[-1]
    assert isinstance(dialog, dialogs.DispositionDialog) and dialog.opinion_id == chosen
    qtbot.waitUntil(lambda: focused() is dialog.kind)
    QTest.keyClick(dialog.kind, Qt.Key.Key_Down)  # 采纳 -> 部分采纳
    QTest.keyClick(dialog.kind, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dispositions.get_disposition(db, chosen).kind == "partly_adopted"
    assert dispositions.get_disposition(db, left) is None
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    table.setFocus()
    QTest.keyClick(table, Qt.Key.Key_Home, CTRL)  # the one left without a disposition
    QTest.keyClick(table, Qt.Key.Key_F, CTRL_SHIFT)
    call = opened[-1]
    assert isinstance(call, dialogs.FollowUpDialog) and call.opinion_id == left
    qtbot.waitUntil(lambda: focused() is call.valid)
    QTest.keyClick(focused(), Qt.Key.Key_Escape)
    assert not call.isVisible()
