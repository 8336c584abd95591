"""Preparing a session: presets, templates, series, report back, attendees."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desktop.core.errors import NotFoundError, ValidationError
from desktop.core.presets import BUILTIN_TEMPLATES, PRESETS
from desktop.core.services import (
    agenda, attendance, commitments, owners, preparation, report_back, sessions, templates,
)

START = datetime(2026, 11, 20, 6, 30, tzinfo=UTC)


def test_every_kind_has_a_preset_and_templates_in_both_languages() -> None:
    from desktop.core.deadlines import BUILTIN_POLICIES

    assert all(p.deadline_policy in BUILTIN_POLICIES for p in PRESETS.values())
    kinds = {"listening", "forum", "hearing", "reception", "town_hall"}
    assert set(PRESETS) == kinds
    assert {(t.session_kind, t.language) for t in BUILTIN_TEMPLATES.values()} == {
        (k, lang) for k in kinds for lang in ("zh", "en")}
    for t in BUILTIN_TEMPLATES.values():
        assert t.items and all(minutes > 0 for _k, _t, minutes in t.items)
        assert sum(m for *_x, m in t.items) <= PRESETS[t.session_kind].planned_minutes


def test_new_session_uses_the_kind_preset_and_its_template(db) -> None:
    row = preparation.new_session(db, "听证会", START, "hearing", language="zh")
    assert row.planned_minutes == PRESETS["hearing"].planned_minutes
    assert row.deadline_policy == "xinfang_handling"
    items = agenda.list_items(db, row.id)
    assert [i.title for i in items] == [t for _k, t, _m in BUILTIN_TEMPLATES["hearing-zh"].items]
    assert [i.position for i in items] == list(range(len(items)))
    en = preparation.new_session(db, "Forum", START, "forum", language="en")
    assert agenda.list_items(db, en.id)[0].title == "Welcome, topic and participants"


def test_named_template_and_save_as_template(db) -> None:
    row = preparation.new_session(db, "x", START, "forum", template="town_hall-en")
    assert agenda.list_items(db, row.id)[0].kind == "report_back"
    agenda.add_item(db, row.id, "Extra item", "qa", 7)
    saved = templates.save_session_as_template(db, row.id, "Our forum")
    assert templates.template_items(saved)[-1] == templates.TemplateItem("qa", "Extra item", 7)
    other = preparation.new_session(db, "y", START, "forum", template="our forum")
    assert [(i.title, i.planned_minutes) for i in agenda.list_items(db, other.id)][-1] == (
        "Extra item", 7)
    with pytest.raises(NotFoundError, match="no agenda template"):
        preparation.new_session(db, "z", START, "forum", template="nope")
    empty = sessions.create_session(db, "empty", START)
    with pytest.raises(ValidationError, match="no agenda"):
        templates.save_session_as_template(db, empty.id, "x")


def test_new_in_series_copies_agenda_owners_and_settings(db) -> None:
    first = preparation.new_session(db, "第一次", START, "forum", venue="二楼", chair="陈建国",
                                    deadline_policy="beijing_12345", planned_minutes=100)
    dept = owners.create_owner(db, "城管办")
    sessions.set_session_owners(db, first.id, [dept.id])
    agenda.update_item(db, agenda.list_items(db, first.id)[0].id, started_at=START)
    nxt = preparation.new_in_series(db, first.id, START + timedelta(days=30))
    got = sessions.get_session(db, nxt.id)
    assert (got.venue, got.chair, got.deadline_policy, got.planned_minutes, got.kind) == (
        "二楼", "陈建国", "beijing_12345", 100, "forum")
    assert got.series_id is not None and got.series_id == sessions.get_session(db, first.id).series_id
    items = agenda.list_items(db, nxt.id)
    assert items[0].kind == "report_back"  # forum template has none: one is added first
    assert [i.title for i in items[1:]] == [i.title for i in agenda.list_items(db, first.id)]
    assert all(i.started_at is None for i in items)
    assert [o.id for o in sessions.session_owners(db, nxt.id)] == [dept.id]
    with pytest.raises(ValidationError, match="after the previous"):
        preparation.new_in_series(db, nxt.id, START)
    assert preparation.previous_in_series(db, nxt.id).id == first.id


def test_report_back_is_live(db) -> None:
    first = preparation.new_session(db, "一", START)
    dept = owners.create_owner(db, "住建局")
    due = START + timedelta(days=10)
    open_one = commitments.create_commitment(db, first.id, "修路灯", dept.id, due)
    commitments.create_commitment(db, first.id, "清理垃圾", dept.id, START + timedelta(days=2))
    done_before = commitments.create_commitment(db, first.id, "早办结", dept.id, due)
    removed = commitments.create_commitment(db, first.id, "删掉的", dept.id, due)
    commitments.remove_commitment(db, removed.id, "重复")
    commitments.add_progress(db, open_one.id, "已联系供电所", noted_at=START + timedelta(days=1))
    commitments.add_progress(db, open_one.id, "灯具已采购", noted_at=START + timedelta(days=3))
    second = preparation.new_in_series(db, first.id, START + timedelta(days=30))
    now = START + timedelta(days=5)
    rows = report_back.report_back(db, second.id, now)
    assert [r.title for r in rows] == ["清理垃圾", "修路灯", "早办结"]
    assert rows[0].overdue and not rows[1].overdue
    assert rows[1].last_note == "灯具已采购" and rows[1].owner == "住建局"
    # done_before was closed before the previous session started? No: after it (now > START).
    commitments.set_status(db, done_before.id, "done", now=START - timedelta(days=1))
    commitments.set_status(db, open_one.id, "done", now=now)
    rows = report_back.report_back(db, second.id, now)
    assert [(r.title, r.is_open) for r in rows] == [("清理垃圾", True), ("修路灯", False)]
    assert rows[1].closed_at == now
    assert report_back.report_back(db, first.id, now) == []  # nothing earlier in the series


def test_register_attendee_with_consent_and_totals(db) -> None:
    row = sessions.create_session(db, "x", START)
    now = START - timedelta(hours=1)
    _a, p = attendance.register_attendee(db, row.id, "王芳", "7号楼", contact="13800138000",
                                         contact_consent=True, now=now)
    assert (p.contact, p.contact_consent, p.consent_at) == ("13800138000", True, now)
    with pytest.raises(ValidationError, match="consent"):
        attendance.register_attendee(db, row.id, "李明", "7号楼", contact="13900000000")
    attendance.register_attendee(db, row.id, "李明", "7号楼")
    attendance.register_attendee(db, row.id, "张校长", "实验小学", role="attending")
    with pytest.raises(ValidationError, match="name"):
        attendance.register_attendee(db, row.id, "  ", "x")
    sessions.update_session(db, row.id, anonymous_count=12)
    totals = {(t.group_name, t.role): t.count for t in attendance.totals_by_group(db, row.id)}
    assert totals == {("7号楼", "present"): 2, ("实验小学", "attending"): 1}
    assert attendance.headcount(db, row.id) == (3, 12)


def test_replace_agenda_refused_once_started(db) -> None:
    row = preparation.new_session(db, "x", START)
    sessions.update_session(db, row.id, status="live")
    with pytest.raises(ValidationError, match="started"):
        preparation.replace_agenda(db, row.id, [templates.TemplateItem("qa", "t", 5)])
