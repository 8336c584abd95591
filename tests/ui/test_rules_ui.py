"""The holiday calendar editor, the November reminder and the settings upgrade (issue 17)."""
from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtCore import QPointF, Qt

from desktop.core.clock import FakeClock
from desktop.core.deadlines import custom_policy
from desktop.core.metrics import RateSettings
from desktop.core.services import holidays, policies
from desktop.ui.holiday_editor import HolidayEditor
from desktop.ui.settings import Preferences
from desktop.ui.settings_upgrade import (
    LEGACY_BASIC_FACTOR, LEGACY_CUSTOM_POLICIES, LEGACY_RATE_WEIGHTS, SETTINGS_VERSION,
    upgrade_settings,
)

NOTICE = (Path(__file__).parents[1] / "core" / "data" /
          "notice_2027_for_tests.txt").read_text(encoding="utf-8")


def editor_for(application, feedback, year: int = 2027) -> HolidayEditor:
    application.ctx.clock = FakeClock(datetime(2026, 12, 1, 2, tzinfo=UTC))
    return HolidayEditor(application.ctx, feedback, year)


def test_editor_previews_the_notice_and_saves_only_when_confirmed(application, feedback, qtbot):
    editor = editor_for(application, feedback)
    qtbot.addWidget(editor)
    db = application.ctx.db
    assert not editor.save_button.isEnabled()  # nothing to save yet
    editor.notice.setPlainText(NOTICE.replace("共9天", "共8天"))
    editor.read_notice()
    assert not editor.save_button.isEnabled()
    assert any("says 8 days" in editor.problems.item(i).text()
               for i in range(editor.problems.count()))
    editor.notice.setPlainText(NOTICE)
    editor.read_notice()
    assert editor.save_button.isEnabled()
    assert "29 days off, 5 adjusted working days; 0 problem(s)" in editor.summary.text()
    feedback.answer = False
    assert not editor.save()
    assert holidays.loaded_years(db) == []  # declined: nothing saved
    editor.grab().save("/tmp/issue17-holiday-editor.png")
    feedback.answer = True
    assert editor.save()
    assert "29 days off" in feedback.questions[-1]
    assert holidays.year_view(db, 2027).source == "notice"
    assert not editor.save_button.isEnabled()  # saved: nothing differs any more


def test_editor_toggles_days_by_hand(application, feedback, qtbot):
    editor = editor_for(application, feedback)
    qtbot.addWidget(editor)
    editor.show()
    view = editor.view
    point = next(rect.center() for day, rect in view._cells() if day == date(2027, 3, 8))
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=point.toPoint())
    assert [(e.day, e.kind, e.source) for e in editor.plan.entries] == [
        (date(2027, 3, 8), "off", "hand")]
    saturday = next(rect.center() for day, rect in view._cells() if day == date(2027, 3, 6))
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=saturday.toPoint())
    assert editor.plan.days("work") == [date(2027, 3, 6)]
    assert view.day_at(QPointF(-5, -5).x(), -5) is None
    assert editor.save()
    cal = holidays.calendar(application.ctx.db)
    assert cal.year(2027).is_working(date(2027, 3, 6)) and not cal.year(2027).is_working(
        date(2027, 3, 8))
    assert holidays.year_view(application.ctx.db, 2027).source == "hand"


def test_november_reminder_until_next_year_is_loaded(application, feedback):
    window = application.window
    application.ctx.clock = FakeClock(datetime(2026, 10, 20, 2, tzinfo=UTC))
    assert not window.show_holiday_reminder()  # October: not yet
    application.ctx.clock = FakeClock(datetime(2026, 11, 2, 2, tzinfo=UTC))
    assert window.show_holiday_reminder()
    assert "2027" in window.holiday_reminder.text()
    plan = holidays.read_plan(NOTICE.encode("utf-8"), 2027)
    holidays.save_year(application.ctx.db, plan, confirmed=True)
    assert not window.show_holiday_reminder()


def test_settings_upgrade_moves_the_ini_values_once(application, tmp_path: Path):
    db = application.ctx.db
    prefs = Preferences(tmp_path / "old.ini")
    prefs.set(LEGACY_CUSTOM_POLICIES, policies.add_custom(
        "", custom_policy("street_7", "街道七日", "Street, 7 days", 7, "calendar_days")))
    prefs.set(LEGACY_RATE_WEIGHTS, "0.2,0.3,0.5")
    prefs.set(LEGACY_BASIC_FACTOR, 0.6)
    upgrade_settings(prefs, db)
    assert policies.load(db)["street_7"].amount == 7
    assert policies.rate_settings(db) == RateSettings(0.2, 0.3, 0.5, 0.6)
    assert prefs.get(SETTINGS_VERSION) == 1
    assert not any(prefs.has(p) for p in (LEGACY_CUSTOM_POLICIES, LEGACY_RATE_WEIGHTS,
                                          LEGACY_BASIC_FACTOR))
    text = (tmp_path / "old.ini").read_text(encoding="utf-8")
    assert "custom_policies" not in text and "rate_weights" not in text
    # a second seat with other INI values: the database keeps what the first seat moved
    other = Preferences(tmp_path / "other.ini")
    other.set(LEGACY_RATE_WEIGHTS, "0.5,0.3,0.2")
    other.set(LEGACY_CUSTOM_POLICIES, policies.add_custom(
        "", custom_policy("street_7", "街道七日", "Street, 7 days", 9, "calendar_days")))
    notes = upgrade_settings(other, db)
    assert policies.rate_settings(db) == RateSettings(0.2, 0.3, 0.5, 0.6)
    assert policies.load(db)["street_7"].amount == 7
    assert len(notes) == 2 and not other.has(LEGACY_RATE_WEIGHTS)
    # once upgraded, values put back into the file are not moved again
    prefs.set(LEGACY_RATE_WEIGHTS, "0.4,0.4,0.2")
    upgrade_settings(prefs, db)
    assert policies.rate_settings(db).w_response == 0.2
