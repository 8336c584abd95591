"""Report back in the room: the earlier commitments come forward on the Live page when the
report-back item starts, the secretary records each owner's account by keys, the projector
shows them, and the minutes use the accounts."""
from __future__ import annotations

from datetime import timedelta

import docx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from desktop.core.services import (
    agenda, attendance, commitments, owners, people, report_back, series, sessions,
)
from desktop.minutes.generate import generate_minutes

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
ENTER = Qt.Key.Key_Return


@pytest.fixture
def room(application, qtbot):
    """Three sessions of a series on known dates; the last one is run on the Live page."""
    ctx = application.ctx
    db, now = ctx.db, ctx.clock.now()
    line = series.create_series(db, "青石街道民情恳谈会")
    squad = owners.create_owner(db, "城管执法中队")
    housing = owners.create_owner(db, "区住建委")
    common = dict(language="zh", series_id=line.id, recorder="李娜")
    s0 = sessions.create_session(db, "第一次恳谈会", now - timedelta(days=60), **common)
    s1 = sessions.create_session(db, "第二次恳谈会", now - timedelta(days=30), **common)
    s2 = sessions.create_session(db, "第三次恳谈会", now, **common)
    made = {}

    def commit(key, session, owner, due_days, status=None, done_days=None, **extra):
        row = commitments.create_commitment(db, session.id, key, owner.id, now + timedelta(days=due_days))
        if status:
            commitments.set_status(db, row.id, status, now=now + timedelta(days=done_days or 0), **extra)
        made[key] = row.id

    commit("修复东门路灯", s1, squad, -5)  # open, 5 days late
    commit("施划停车位", s1, squad, 10, "in_progress")  # open, on time
    commit("更换井盖", s0, housing, 3)  # an older session's, still open
    commit("清理楼道杂物", s1, housing, -1, "done", done_days=-3)  # done after s1 began
    commit("增设快递柜", s0, housing, -40, "done", done_days=-45)  # done before s1: not again
    commit("已撤销事项", s1, squad, 5)
    commitments.remove_commitment(db, made["已撤销事项"], "重复登记")
    commit("本次新承诺", s2, squad, 20)  # this session's own: not reported back
    commitments.add_progress(db, made["施划停车位"], "已完成测量", noted_at=now - timedelta(days=2))
    agenda.add_item(db, s2.id, "上次承诺事项办理情况通报", kind="report_back", planned_minutes=10)
    agenda.add_item(db, s2.id, "居民自由发言", kind="open_floor", planned_minutes=30)
    wang = people.create_person(db, "王秀英", "3号楼", gender="female")
    attendance.register(db, s2.id, wang.id)
    window = application.window
    qtbot.addWidget(window)
    window.show()
    window.open_live(s2.id)
    qtbot.waitExposed(window)
    page = window.live_page
    # the oracle, from the dates above: late and open → overdue; open on time → open;
    # closed since s1 began → completed; removed, closed before s1 or made at s2 → not listed
    expected = {"修复东门路灯": "Overdue", "施划停车位": "Open", "更换井盖": "Open",
                "清理楼道杂物": "Completed since last time"}
    return page, s2, made, expected


def _type(widget, text: str) -> None:
    """Chinese arrives as an input method's commit, as a Pinyin IME sends it (QTest types ASCII)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def _listed(page) -> dict[str, str]:
    model = page.report.model
    return {model.index(r, 1).data(): model.index(r, 0).data() for r in range(model.rowCount())}


def test_report_back_by_keys_to_the_projector_and_the_minutes(room, qtbot, tmp_path) -> None:
    page, session, made, expected = room
    db, now = page.ctx.db, page.ctx.clock.now()
    assert page.secretary.tabs.currentWidget() is not page.report
    page.secretary.focus_text()
    qtbot.keyClick(page.secretary.text, Qt.Key.Key_F5)  # the facilitator starts the first item
    assert page.secretary.tabs.currentWidget() is page.report  # it came forward by itself
    assert page.report.table.hasFocus()
    assert _listed(page) == expected
    groups = [page.report.model.index(r, 0).data() for r in range(page.report.model.rowCount())]
    assert groups == sorted(groups, key=["Overdue", "Open", "Completed since last time"].index)

    table = page.report.table
    first = page.report.current_row()
    assert first.title == "修复东门路灯"
    qtbot.keyClick(table, ENTER)
    assert page.report.account.hasFocus()
    _type(page.report.account, "灯杆已更换，王秀英反映的西门路灯一并修复")
    qtbot.keyClick(page.report.account, ENTER)
    assert table.hasFocus()
    qtbot.keyClick(table, Qt.Key.Key_Down)  # skip one owner
    second = page.report.current_row()
    qtbot.keyClick(table, ENTER)
    _type(page.report.account, "已完成一半")
    qtbot.keyClick(page.report.account, ENTER)

    marker = "在《第三次恳谈会》上汇报："
    for cid, said in ((first.commitment_id, "灯杆已更换，王秀英反映的西门路灯一并修复"),
                      (second.commitment_id, "已完成一半")):
        last = commitments.progress_notes(db, cid)[-1]
        assert (last.text, last.noted_at, last.author) == (marker + said, now, "李娜")
    assert {r.commitment_id: r.reported_here for r in report_back.report_back(db, session.id, now)
            if r.reported_here} == {first.commitment_id: "灯杆已更换，王秀英反映的西门路灯一并修复",
                                    second.commitment_id: "已完成一半"}
    untouched = [cid for title, cid in made.items() if cid not in (first.commitment_id, second.commitment_id)]
    assert all(marker not in n.text for cid in untouched for n in commitments.progress_notes(db, cid))

    page.open_projector()
    projector = page.projector
    assert not projector.reporting
    qtbot.keyClick(table, Qt.Key.Key_R, CTRL_SHIFT)
    assert projector.reporting and projector.stack.currentWidget() is projector.report
    shown = "\n".join(label.text() for label in projector.report_lines)
    for title in expected:
        assert title in shown
    assert "灯杆已更换" in shown and "王秀英" not in shown  # a citizen named in an account is not
    qtbot.keyClick(table, Qt.Key.Key_R, CTRL_SHIFT)
    assert not projector.reporting and projector.stack.currentWidget() is projector.stack.widget(0)
    projector.close()

    internal = generate_minutes(db, session.id, style="official", public=False, out=tmp_path / "纪要.docx",
                                now=now).result.path
    public = generate_minutes(db, session.id, style="official", public=True, out=tmp_path / "公开.docx",
                              now=now).result.path
    body = [p.text for p in docx.Document(str(internal)).paragraphs]
    line = next(t for t in body if "修复东门路灯" in t)
    assert "城管执法中队在会上说明：灯杆已更换，王秀英反映的西门路灯一并修复" in line
    assert "办理状态：" in line
    assert any("已完成一半" in t for t in body)
    assert marker not in "".join(body)
    public_body = "".join(p.text for p in docx.Document(str(public)).paragraphs)
    assert "灯杆已更换" in public_body and "王秀英" not in public_body


def test_an_account_only_for_a_commitment_the_session_reports_on(room) -> None:
    page, session, made, _ = room
    from desktop.core.errors import ValidationError

    with pytest.raises(ValidationError):
        report_back.record_account(page.ctx.db, session.id, made["本次新承诺"], "已办结")
    with pytest.raises(ValidationError):
        report_back.record_account(page.ctx.db, session.id, made["修复东门路灯"], "  ")
