"""Personal data on screen: retention in Settings, report and erase from the attendee list."""
from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.core.clock import FakeClock
from desktop.core.services import attendance, people, retention, sessions
from desktop.ui.context import AppContext
from desktop.ui.settings import Preferences

START = datetime(2026, 3, 1, 2, 0, tzinfo=UTC)


@pytest.fixture
def ctx(qapp, ui_db, tmp_path: Path):
    context = AppContext(ui_db, Preferences(tmp_path / "prefs.ini"),
                         FakeClock(START + timedelta(days=200)), language="en")
    yield context
    ui_db.unsubscribe(context.bus.announce)


def _two_attendees(ctx):
    s = sessions.create_session(ctx.db, "三月恳谈会", START, organisation="青石街道")
    old = attendance.register_attendee(ctx.db, s.id, "周洁", "1号楼", contact="13300133000",
                                       contact_consent=True, now=START)[1]
    recent = attendance.register_attendee(ctx.db, s.id, "吴刚", "2号楼", contact="13200132000",
                                          contact_consent=True,
                                          now=START + timedelta(days=190))[1]
    return s, old, recent


def test_settings_show_the_period_and_what_the_next_run_erases(ctx, qtbot, feedback):
    from desktop.ui.retention_panel import RetentionPanel

    _s, old, recent = _two_attendees(ctx)
    panel = RetentionPanel(ctx, feedback)
    qtbot.addWidget(panel)
    panel.resize(900, 420)
    with qtbot.waitSignal(panel.loaded, timeout=20_000):
        panel.show()  # read off the GUI thread when shown
    assert [panel.organisation.itemData(i) for i in range(panel.organisation.count())] == [
        "", "青石街道"]
    assert panel.days.value() == 180
    assert panel.model.rowCount() == 1
    assert panel.model.data(panel.model.index(0, 0)) == f"#{old.id} 周洁"
    assert panel.model.data(panel.model.index(0, 2)) == "133****3000"
    assert "Last run: —" in panel.runs.text() and "Kept: 1" in panel.runs.text()
    panel.grab().save("/tmp/issue21-settings-retention.png")
    # a longer period for that organisation: nothing is due any more
    panel.organisation.setCurrentIndex(panel.organisation.findData("青石街道"))
    panel.days.setValue(365)
    with qtbot.waitSignal(panel.loaded, timeout=20_000):
        panel.save_days()
    assert retention.contact_days(ctx.db, "青石街道") == 365
    assert panel.model.rowCount() == 0
    assert panel.organisation.currentData() == "青石街道" and panel.days.value() == 365
    panel.days.setValue(30)
    with qtbot.waitSignal(panel.loaded, timeout=20_000):
        panel.save_days()
    # the saved period is also announced as a change, which reads the plan once more: the list
    # settles on the last reading
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=20_000)
    feedback.answer = False
    panel.run_now()
    qtbot.waitUntil(lambda: len(feedback.questions) == 1, timeout=20_000)
    assert "1 person(s)" in feedback.questions[0]
    assert people.get_person(ctx.db, old.id).contact == "13300133000"
    feedback.answer = True
    with qtbot.waitSignal(panel.loaded, timeout=20_000):
        panel.run_now()
    assert people.get_person(ctx.db, old.id).contact is None
    assert people.get_person(ctx.db, recent.id).contact == "13200132000"
    assert "Last run: —" not in panel.runs.text() and panel.model.rowCount() == 0

def test_scheduler_runs_at_start_and_after_a_day(ctx, qtbot):
    from desktop.ui.retention import RetentionScheduler

    _s, old, _recent = _two_attendees(ctx)
    keeper = RetentionScheduler(ctx, interval_ms=60_000)
    with qtbot.waitSignal(keeper.ran, timeout=20_000) as first:
        keeper.at_start()
    assert [c.person_id for c in first.args[0].due] == [old.id]
    ctx.clock.advance(hours=2)
    keeper.check()
    keeper.on_close()
    qtbot.wait(50)
    assert retention.last_run(ctx.db) == START + timedelta(days=200)  # not again within a day
    ctx.clock.advance(days=1)
    keeper = RetentionScheduler(ctx, interval_ms=60_000)
    with qtbot.waitSignal(keeper.ran, timeout=20_000):
        keeper.check()
    keeper.on_close()
    assert retention.last_run(ctx.db) == ctx.clock.now()


def _tab(ctx, qtbot, feedback, session_id):
    from desktop.ui.prepare.attendees_tab import AttendeesTab

    tab = AttendeesTab(ctx, feedback, session_id)
    qtbot.addWidget(tab)
    tab.show()
    return tab


def _select(tab, name):
    for row in range(tab.table.rowCount()):
        if tab.table.item(row, 0).text() == name:
            tab.table.selectRow(row)
            return
    raise AssertionError(name)


def test_report_and_erase_from_the_attendee_list(ctx, qtbot, feedback, tmp_path):
    s, old, _recent = _two_attendees(ctx)
    tab = _tab(ctx, qtbot, feedback, s.id)
    assert not tab.erase_button.isEnabled() and not tab.report_button.isEnabled()
    _select(tab, "周洁")
    assert tab.selected_person() == old.id and tab.erase_button.isEnabled()
    out = tmp_path / "held.json"
    task = tab.people_actions.write_report(old.id, out)
    with qtbot.waitSignal(task.signals.finished, timeout=20_000):
        pass
    assert json.loads(out.read_text("utf-8"))["person"]["contact"] == "13300133000"

    dialog = tab.people_actions.confirm_erase(old.id)
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.isDefault() and not dialog.erase_button.isDefault()
    dialog.reason.setText("本人要求")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)  # Enter takes the default: Cancel
    assert not dialog.isVisible()
    assert people.get_person(ctx.db, old.id).name == "周洁"

    tab.resize(900, 500)
    tab.grab().save("/tmp/issue21-attendees.png")
    dialog = tab.people_actions.confirm_erase(old.id)
    dialog.reason.setText("本人来电要求删除")
    dialog.by.setText("李秘书")
    dialog.grab().save("/tmp/issue21-erase-dialog.png")
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    erased = people.get_person(ctx.db, old.id)
    assert erased.name == f"匿名人员{old.id}" and erased.contact is None
    names = [tab.table.item(r, 0).text() for r in range(tab.table.rowCount())]
    assert f"匿名人员{old.id}" in names and "周洁" not in names  # the list heard the change

    _select(tab, f"匿名人员{old.id}")
    assert tab.people_actions.confirm_erase(old.id) is None  # erased twice: refused at once
    assert "already erased" in feedback.errors[-1]


def test_officials_are_refused_before_any_question(ctx, qtbot, feedback):
    s = sessions.create_session(ctx.db, "恳谈会", START, chair="张伟民")
    chair = attendance.register_attendee(ctx.db, s.id, "张伟民", "街道", now=START)[1]
    tab = _tab(ctx, qtbot, feedback, s.id)
    _select(tab, "张伟民")
    tab.erase_button.click()
    assert tab.people_actions.dialog is None
    assert "officials' names are part of the record" in feedback.errors[-1]
    assert people.get_person(ctx.db, chair.id).name == "张伟民"

