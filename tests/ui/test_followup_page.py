"""The Follow-up page: lazy register with SQL filters, dialogs that call services and keep the
user's input when refused, search navigation, exports off the GUI thread, the start-up banner."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from openpyxl import load_workbook

from desktop.ui.dates import to_qdatetime
from desktop.core.services import commitments, dispositions, followups, opinions, owners, sessions
from desktop.ui.followup import dialogs
from desktop.ui.followup.register import PAGE
from desktop.core.services import policies

NOW = datetime(2026, 11, 23, 1, 30, tzinfo=UTC)  # the FakeClock of the application fixture


@pytest.fixture
def page(application):
    return application.window.followup_page


@pytest.fixture
def data(application):
    db = application.ctx.db
    s = sessions.create_session(db, "枫林社区民情恳谈会", NOW - timedelta(days=30),
                                deadline_policy="xinfang_handling")
    city = owners.create_owner(db, "街道城管办")
    housing = owners.create_owner(db, "Housing office")
    op = opinions.create_opinion(db, s.id, "3号楼电梯经常故障", received_at=NOW - timedelta(days=30))
    late = commitments.create_commitment(db, s.id, "协调维修电梯", city.id, NOW - timedelta(days=2),
                                         opinion_ids=[op.id])
    soon = commitments.create_commitment(db, s.id, "Fix the parking signs", housing.id,
                                         NOW + timedelta(days=3))
    return db, s, city, housing, op, late, soon


def test_register_is_lazy_and_filters_in_sql(page, data) -> None:
    db, s, city, _housing, *_ = data
    for i in range(450):
        commitments.create_commitment(db, s.id, f"事项 {i}", city.id, NOW + timedelta(days=10 + i))
    page.register.apply_filter()
    model = page.register.model
    assert model.rowCount() == 452
    assert model.loaded() == 0
    assert model.data(model.index(0, 1)) == "协调维修电梯"
    assert model.loaded() <= PAGE and model.fetches == 1
    assert model.data(model.index(0, 3)).endswith("(overdue)")
    page.register.owner.setCurrentIndex(page.register.owner.findData(city.id))
    assert model.rowCount() == 451
    page.register.overdue.setChecked(True)
    assert model.rowCount() == 1
    page.register.overdue.setChecked(False)
    page.register.owner.setCurrentIndex(0)
    page.register.within.setChecked(True)
    page.register.days.setValue(5)
    assert [model.data(model.index(r, 1)) for r in range(model.rowCount())] == [
        "Fix the parking signs"]
    page.register.within.setChecked(False)
    page.register.order.setCurrentIndex(1)
    assert model.data(model.index(0, 1)) == "事项 449"


def test_status_dialog_needs_a_reason_for_cannot_do(application, page, data, feedback) -> None:
    db, _s, _c, _h, _op, late, _soon = data
    dialog = dialogs.StatusDialog(application.ctx, feedback, late.id, "open", page)
    dialog.status.setCurrentIndex(dialog.status.findData("cannot_do"))
    assert not dialog.try_accept()
    assert feedback.errors == ["Say why it cannot be done."]
    dialog.reason.setPlainText("资金未落实")
    assert dialog.try_accept()
    assert page.register.model.rowCount() == 2
    row = [r for r in commitments.list_commitments(db) if r.id == late.id][0]
    assert (row.status, row.status_reason) == ("cannot_do", "资金未落实")


def test_extension_dialog_enforces_the_policy(application, page, data, feedback) -> None:
    db, _s, _c, _h, _op, late, _soon = data
    rule = page.extend_rule(late.id)
    assert "60 calendar days" in rule and "0 times" in rule
    dialog = dialogs.ExtendDialog(application.ctx, feedback, late.id, late.due_at, rule,
                                  page.register.custom, page)
    dialog.new_due.setDateTime(to_qdatetime(late.due_at + timedelta(days=40), application.ctx.zone))
    assert not dialog.try_accept()  # no reason
    dialog.reason.setPlainText("需要招标")
    assert not dialog.try_accept()  # beyond 30 days
    assert "at most 30" in feedback.errors[-1]
    dialog.new_due.setDateTime(to_qdatetime(late.due_at + timedelta(days=20), application.ctx.zone))
    assert dialog.try_accept()
    assert [e.reason for e in commitments.extensions(db, late.id)] == ["需要招标"]
    page.register.select(late.id)
    page.register.show_history()
    texts = [page.register.history.item(i).text() for i in range(page.register.history.count())]
    assert any("需要招标" in t for t in texts)


def test_disposition_and_followup_dialogs(application, page, data, feedback) -> None:
    db, s, city, _h, op, late, _soon = data
    view = page.dispositions
    page.tabs.setCurrentIndex(page.DISPOSITIONS)
    view.reload_choices()
    assert view.model.rowCount() == 1
    assert view.model.data(view.model.index(0, 2)) == "within the limit"
    dialog = dialogs.DispositionDialog(application.ctx, feedback, op.id, op.text, page)
    dialog.kind.setCurrentIndex(dialog.kind.findData("not_adopted"))
    assert not dialog.try_accept()
    dialog.kind.setCurrentIndex(dialog.kind.findData("referred"))
    assert dialog.owner.isEnabled()
    dialog.owner.setCurrentIndex(dialog.owner.findData(city.id))
    dialog.decided_by.setText("王主任")
    assert dialog.try_accept()
    got = dispositions.get_disposition(db, op.id)
    assert (got.kind, got.referred_to_id, got.decided_by) == ("referred", city.id, "王主任")
    page._refresh_tab(page.DISPOSITIONS)
    assert view.model.rowCount() == 0
    view.include_decided.setChecked(True)
    assert view.model.rowCount() == 1
    assert view.model.data(view.model.index(0, 3)).startswith("Referred 王主任")
    assert view.model.data(view.model.index(0, 2)) == "decided in time"
    call = dialogs.FollowUpDialog(application.ctx, feedback, commitment_id=late.id, parent=page)
    call.contacted.setCurrentIndex(1)
    call.resolved.setCurrentIndex(2)
    call.satisfaction.setCurrentIndex(call.satisfaction.findData("basically_satisfied"))
    call.note.setPlainText("还在等配件")
    assert call.try_accept()
    saved = followups.list_followups(db, commitment_id=late.id)
    assert [(f.contacted_in_time, f.resolved, f.satisfaction, f.note) for f in saved] == [
        (True, False, "basically_satisfied", "还在等配件")]


def test_policy_picker_and_custom_policy(application, page, data, feedback) -> None:
    db, s, *_ = data
    view = page.dispositions
    view.reload_choices()
    view.session.setCurrentIndex(view.session.findData(s.id))
    assert view.policy.currentData() == "xinfang_handling"
    dialog = dialogs.CustomPolicyDialog(application.ctx, feedback, page)
    dialog.key.setText("street_10")
    dialog.name_zh.setText("街道十个工作日")
    dialog.name_en.setText("Street office, 10 working days")
    assert dialog.try_accept()
    assert policies.custom_policies(db)["street_10"].amount == 10  # in the database, not the INI
    view.reload_choices()
    index = view.policy.findData("street_10")
    assert index > 0
    view.policy.setCurrentIndex(index)
    view._policy_chosen(index)
    assert sessions.get_session(db, s.id).deadline_policy == "street_10"
    assert "working days" in view.policy_note.text()
    assert view.model.data(view.model.index(0, 1)).endswith("working days")
    bad = dialogs.CustomPolicyDialog(application.ctx, feedback, page)
    bad.key.setText("Bad Key")
    assert not bad.try_accept()


def test_search_groups_and_opens_where_made(application, page, data) -> None:
    _db, s, _c, _h, _op, late, _soon = data
    page.search_box.setText("电梯")
    page.run_search()
    assert page.tabs.currentIndex() == page.SEARCH
    tree = page.search.tree
    assert tree.topLevelItemCount() == 1
    group = tree.topLevelItem(0)
    assert "枫林社区民情恳谈会" in group.text(0) and group.childCount() == 2
    hits = {group.child(i).text(1): group.child(i) for i in range(2)}
    page.search._activated(hits["Commitment"])
    assert page.tabs.currentIndex() == page.REGISTER
    assert page.register.current_id() == late.id
    page.search._activated(hits["Opinion"])
    window = application.window
    assert window.stack.currentWidget() is window.sessions_page
    assert window.sessions_page.current_session_id() == s.id


def test_dashboard_and_rate_settings(application, page, data) -> None:
    db, _s, city, _h, _op, late, _soon = data
    followups.record_followup(db, commitment_id=late.id, contacted_in_time=True, resolved=True,
                              satisfaction="satisfied", called_at=NOW)
    page.tabs.setCurrentIndex(page.DASHBOARD)
    page.dashboard.refresh_now()
    owners, rates = page.dashboard.owners_model, page.dashboard.rates_model
    rows = {owners.data(owners.index(r, 0)): [owners.data(owners.index(r, c)) for c in range(1, 5)]
            for r in range(owners.rowCount())}
    assert rows["街道城管办"] == [1, 1, 0, 0]
    assert rates.data(rates.index(0, 0)) == "All"
    assert rates.data(rates.index(0, 1)) == 1
    assert rates.data(rates.index(0, 8)) == "100.0%"
    assert rates.headerData(8, Qt.Orientation.Horizontal) == "Overall"
    page.dashboard.weights[0].setValue(0.5)  # weights no longer add up to 1: not saved
    assert "add up to 1" in page.dashboard.settings_note.text()
    assert policies.rate_settings(db).w_response == 0.1
    page.dashboard.weights[1].setValue(0.1)
    stored = policies.rate_settings(db)
    assert (stored.w_response, stored.w_resolution, stored.w_satisfaction) == (0.5, 0.1, 0.4)
    page.dashboard.grab()  # paints both charts


def test_dashboard_refreshes_off_the_gui_thread(qtbot, application, page, data) -> None:
    with qtbot.waitSignal(page.dashboard.refreshed, timeout=10_000):
        page.dashboard.refresh()
    owners = page.dashboard.owners_model
    rows = [owners.data(owners.index(r, 0)) for r in range(owners.rowCount())]
    assert sorted(rows) == ["Housing office", "街道城管办"]


def test_startup_banner(application, page, data) -> None:
    text = page.startup_summary()
    assert text.startswith("Commitments overdue: 1; due within 7 days: 1.")
    assert "协调维修电梯" in text and not page.banner.isHidden()


def test_export_and_import_off_the_gui_thread(qtbot, application, page, data, feedback,
                                              tmp_path: Path) -> None:
    with qtbot.waitSignal(page.task_done, timeout=10_000) as done:
        page.start_export("xlsx", tmp_path / "out.xlsx")
    assert done.args[0] == [tmp_path / "out.xlsx"]
    assert len(list(load_workbook(tmp_path / "out.xlsx")["Commitments"].values)) == 3
    with qtbot.waitSignal(page.task_done, timeout=10_000):
        page.start_export("json", tmp_path / "all.json")
    with qtbot.waitSignal(page.task_done, timeout=10_000) as refused:
        page.start_import(tmp_path / "all.json")
    assert "not empty" in feedback.errors[-1]
    assert isinstance(refused.args[0], Exception)


def test_an_export_that_had_to_cut_a_text_says_so(qtbot, application, page, data, feedback,
                                                  tmp_path: Path) -> None:
    db, s, *_ = data
    long = opinions.create_opinion(db, s.id, "长" * 33_000)
    with qtbot.waitSignal(page.task_done, timeout=20_000) as done:
        page.start_export("xlsx", tmp_path / "out.xlsx")
    assert done.args[0] == [tmp_path / "out.xlsx"]
    assert len(feedback.notices) == 1 and f"#{long.id}" in feedback.notices[0]
    assert "33,000" in feedback.notices[0] and not feedback.errors
    with qtbot.waitSignal(page.task_done, timeout=20_000):
        page.start_export("csv", tmp_path / "out.csv")
    assert len(feedback.notices) == 1  # CSV holds any length: nothing to say
