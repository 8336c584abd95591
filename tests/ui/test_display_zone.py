"""The same moment is the same day on every screen, with the machine in UTC, Asia/Shanghai or
America/New_York, and with the display zone left to the system or fixed in the settings."""
from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QDate, Qt

from desktop.core import zone
from desktop.core.services import commitments, opinions, owners, sessions
from desktop.ui.live.dialogs import CommitmentDialog

DISPLAY = Qt.ItemDataRole.DisplayRole
# 23:30 UTC on 12-18: 12-19 in Shanghai, 12-18 in New York and UTC
STARTS = datetime(2026, 12, 18, 23, 30, tzinfo=UTC)


@pytest.mark.parametrize("fixed", ["", "Asia/Shanghai"])
def test_picked_due_date_and_session_day_agree_everywhere(each_zone, application, fixed) -> None:
    ctx = application.ctx
    ctx.set_zone(fixed)
    db = ctx.db
    expected_day = zone.format_date(STARTS, zone.zone_named(fixed))
    s = sessions.create_session(db, "电梯专题恳谈会", STARTS)
    owner = owners.create_owner(db, "城管办")
    op = opinions.create_opinion(db, s.id, "电梯经常故障", received_at=STARTS)
    follow = application.window.followup_page
    # a due date picked in the live commitment dialog
    dialog = CommitmentDialog("修电梯", [owner], [("", "—")], "", lambda _k: _Proposed(), 1,
                              "zh", follow)
    dialog.due.setDate(QDate(2026, 12, 31))
    due_at = dialog.values()["due_at"]
    c = commitments.create_commitment(db, s.id, "修电梯", owner.id, due_at, opinion_ids=[op.id])
    register = follow.register
    register.reload_choices()
    register.apply_filter()
    row = register.model.ids().index(c.id)
    assert register.model.data(register.model.index(row, 0), DISPLAY) == "2026-12-31"
    # the session: Sessions page, the register's session filter, search, dispositions
    page = application.window.sessions_page
    page.model.refresh()
    shown = page.model.data(page.model.index(0, 0), DISPLAY)
    assert shown.startswith(expected_day)
    assert any(register.session.itemText(i).startswith(expected_day)
               for i in range(register.session.count()))
    follow.search_box.setText("电梯")
    follow.run_search()
    assert follow.search.tree.topLevelItem(0).text(0).startswith(expected_day)
    disp = follow.dispositions
    disp.refresh()
    assert disp.model.data(disp.model.index(0, 0), DISPLAY) == expected_day


class _Proposed:
    due = datetime(2026, 12, 20, 15, 59, 59, tzinfo=UTC)
    note_zh = note_en = ""
    key = ""


def test_the_setting_fixes_the_zone_and_refuses_unknown_names(application, feedback) -> None:
    from desktop.ui.settings import DISPLAY_ZONE
    from desktop.ui.settings_page import SettingsPage

    page = SettingsPage(application.ctx, feedback)
    page.zone.setEditText("Mars/Olympus")
    page._zone_picked()
    assert "Asia/Shanghai" in page.zone_note.text()  # the message says what a name looks like
    assert application.ctx.prefs.get(DISPLAY_ZONE) == ""
    page.zone.setCurrentIndex(page.zone.findData("Asia/Shanghai"))
    page._zone_picked()
    assert application.ctx.prefs.get(DISPLAY_ZONE) == "Asia/Shanghai"
    assert zone.format_time(STARTS, application.ctx.zone) == "07:30"
    assert feedback.zone is application.ctx.zone
