"""Every table written and read back through its service; refusals leave nothing behind."""
from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import select

from desktop.core.errors import NotFoundError, ValidationError
from desktop.core.models import AuditEntry, Opinion
from desktop.core.services import (
    agenda, attendance, commitments, dispositions, followups, minutes_versions, opinions, owners,
    people, series, sessions, templates, turns,
)

START = datetime(2026, 11, 20, 6, 30, tzinfo=UTC)


@pytest.fixture
def session(db):
    sr = series.create_series(db, "枫林社区民情恳谈会")
    return sessions.create_session(db, "第四季度民情恳谈会", START, venue="党群服务中心",
                                   chair="陈建国", series_id=sr.id, deadline_policy="xinfang_handling")


def test_session_round_trip_and_rows(db, session) -> None:
    got = sessions.get_session(db, session.id)
    assert (got.title, got.venue, got.chair, got.starts_at) == (
        "第四季度民情恳谈会", "党群服务中心", "陈建国", START)
    assert got.starts_at.tzinfo is not None
    sessions.update_session(db, session.id, venue="二楼会议室", status="live")
    rows = sessions.list_session_rows(db)
    assert [(r.id, r.venue, r.status, r.opinions, r.commitments) for r in rows] == [
        (session.id, "二楼会议室", "live", 0, 0)]


@pytest.mark.parametrize("bad, match", [
    ({"title": "   "}, "Title is required"),
    ({"kind": "party"}, "Session kind must be one of"),
    ({"language": "fr"}, "language"),
    ({"planned_minutes": -5}, "whole number"),
])
def test_session_validation(db, bad, match) -> None:
    values = {"title": "ok", "starts_at": START, **bad}
    with pytest.raises(ValidationError, match=match):
        sessions.create_session(db, **values)
    assert sessions.list_session_rows(db) == []


def test_naive_datetime_is_refused(db) -> None:
    with pytest.raises(ValidationError, match="time zone"):
        sessions.create_session(db, "x", datetime(2026, 1, 1, 9, 0))


def test_owners_people_and_attendance(db, session) -> None:
    dept = owners.create_owner(db, "街道城市管理办公室")
    leader = owners.create_owner(db, "王海涛", "leader", "主任", dept.id)
    sessions.set_session_owners(db, session.id, [leader.id, dept.id, dept.id])
    assert {o.id for o in sessions.session_owners(db, session.id)} == {dept.id, leader.id}
    with pytest.raises(ValidationError, match="consent"):
        people.create_person(db, "张桂兰", "7号楼", contact="13800138000")
    zhang = people.create_person(db, "张桂兰", "7号楼", gender="female", contact="13800138000",
                                 contact_consent=True, now=START)
    assert (zhang.contact, zhang.contact_consent, zhang.consent_at) == ("13800138000", True, START)
    withdrawn = people.set_contact(db, zhang.id, None, consent=False)
    assert (withdrawn.contact, withdrawn.contact_consent, withdrawn.consent_at) == (None, False, None)
    li = people.create_person(db, "李志强", "3号楼")
    attendance.register(db, session.id, zhang.id)
    attendance.register(db, session.id, li.id, "excused")
    attendance.register(db, session.id, li.id, "present")  # re-registering changes the role
    totals = {(t.group_name, t.role): t.count for t in attendance.totals_by_group(db, session.id)}
    assert totals == {("7号楼", "present"): 1, ("3号楼", "present"): 1}


def test_agenda_add_move_remove(db, session) -> None:
    a = agenda.add_item(db, session.id, "办理情况通报", "report_back", 15)
    b = agenda.add_item(db, session.id, "自由发言", "open_floor", 60)
    c = agenda.add_item(db, session.id, "总结", "closing", 10, position=0)
    assert [i.title for i in agenda.list_items(db, session.id)] == ["总结", "办理情况通报", "自由发言"]
    agenda.move_item(db, c.id, 5)
    items = agenda.list_items(db, session.id)
    assert [i.id for i in items] == [a.id, b.id, c.id]
    assert [i.position for i in items] == [0, 1, 2]
    starts = agenda.planned_starts(sessions.get_session(db, session.id), items)
    assert starts == [START, START + timedelta(minutes=15), START + timedelta(minutes=75)]
    agenda.update_item(db, b.id, summary="居民关注停车", decisions="施划停车位")
    with pytest.raises(ValidationError, match="end before"):
        agenda.update_item(db, b.id, started_at=START, ended_at=START - timedelta(minutes=1))
    opinions.create_opinion(db, session.id, "停车难", agenda_item_id=b.id)
    with pytest.raises(ValidationError, match="Opinions were recorded"):
        agenda.remove_item(db, b.id)
    agenda.remove_item(db, a.id)
    assert [(i.title, i.position) for i in agenda.list_items(db, session.id)] == [
        ("自由发言", 0), ("总结", 1)]


def test_a_removed_agenda_item_is_kept_and_comes_back_whole(db, session) -> None:
    from desktop.core.live import timing

    a = agenda.add_item(db, session.id, "办理情况通报", "report_back", 15)
    b = agenda.add_item(db, session.id, "自由发言", "open_floor", 60)
    c = agenda.add_item(db, session.id, "总结", "closing", 10)
    agenda.update_item(db, b.id, summary="居民关注停车", decisions="施划停车位")
    agenda.remove_item(db, b.id)
    assert [(i.id, i.position) for i in agenda.list_items(db, session.id)] == [(a.id, 0), (c.id, 1)]
    for refused in (lambda: agenda.update_item(db, b.id, title="x"),
                    lambda: agenda.move_item(db, b.id, 0), lambda: agenda.get_item(db, b.id),
                    lambda: timing.start_item(db, b.id, START),
                    lambda: opinions.create_opinion(db, session.id, "停车", agenda_item_id=b.id),
                    lambda: turns.enqueue(db, session.id, label="居民", agenda_item_id=b.id)):
        with pytest.raises(NotFoundError):
            refused()
    with db.read() as s:  # the row itself is still there, marked
        kept = s.get(agenda.AgendaItem, b.id)
    assert kept is not None and kept.removed_at is not None
    back = agenda.restore_item(db, b.id, 1)
    assert back.id == b.id and back.removed_at is None
    items = agenda.list_items(db, session.id)
    assert [(i.id, i.position) for i in items] == [(a.id, 0), (b.id, 1), (c.id, 2)]
    assert (items[1].title, items[1].summary, items[1].decisions) == (
        "自由发言", "居民关注停车", "施划停车位")
    agenda.remove_item(db, a.id)
    assert [i.id for i in agenda.list_items(db, session.id)] == [b.id, c.id]
    assert agenda.restore_item(db, a.id).position == 2  # no position: back at the end


def test_speaker_turns(db, session) -> None:
    t1 = turns.enqueue(db, session.id, label="7号楼居民", time_limit_seconds=120)
    t2 = turns.enqueue(db, session.id, label="")
    assert (t1.position, t2.position) == (1, 2)
    turns.start(db, t1.id, now=START)
    done = turns.finish(db, t1.id, now=START + timedelta(seconds=95))
    assert (done.status, done.ended_at - done.started_at) == ("done", timedelta(seconds=95))
    with pytest.raises(ValidationError, match="cannot become"):
        turns.finish(db, t2.id)
    assert [t.status for t in turns.list_turns(db, session.id)] == ["done", "queued"]


def test_opinion_round_trip_tags_reply_remove(db, session) -> None:
    text = "<script>alert(1)</script> 电梯\u200f 😀 " + "长" * 10_000
    row = opinions.create_opinion(db, session.id, text, kind="complaint", tags=["电梯；适老化", "电梯"],
                                  support_count=23, reply_text="列入计划", reply_by="陈建国",
                                  speaker_label="7号楼居民")
    stored = opinions.list_opinions(db, session.id)[0]
    assert stored.text == text and stored.kind == "complaint" and stored.support_count == 23
    assert opinions.tags_of(db, [row.id]) == {row.id: ["电梯", "适老化"]}
    replies = opinions.replies_of(db, row.id)
    assert [(r.text, r.given_by, r.on_the_spot) for r in replies] == [("列入计划", "陈建国", True)]
    opinions.update_opinion(db, row.id, support_count=25, tags=["停车"])
    assert opinions.tags_of(db, [row.id]) == {row.id: ["停车"]}
    with pytest.raises(ValidationError, match="reason"):
        opinions.remove_opinion(db, row.id, " ")
    opinions.remove_opinion(db, row.id, "重复录入")
    assert opinions.list_opinions(db, session.id) == []
    kept = opinions.list_opinions(db, session.id, include_removed=True)
    assert [(o.id, o.removed_reason) for o in kept] == [(row.id, "重复录入")]
    with db.read() as s:
        actions = [a.action for a in s.exec(select(AuditEntry).where(AuditEntry.entity == "opinion"))]
    assert actions == ["updated", "removed"]
    opinions.restore_opinion(db, row.id)
    assert len(opinions.list_opinions(db, session.id)) == 1


def test_opinion_validation(db, session) -> None:
    with pytest.raises(ValidationError, match="required"):
        opinions.create_opinion(db, session.id, "  \n ")
    with pytest.raises(ValidationError, match="Channel"):
        opinions.create_opinion(db, session.id, "x", channel="fax")
    with pytest.raises(NotFoundError):
        opinions.create_opinion(db, 9999, "x")
    other = sessions.create_session(db, "other", START)
    item = agenda.add_item(db, other.id, "x")
    with pytest.raises(ValidationError, match="another session"):
        opinions.create_opinion(db, session.id, "x", agenda_item_id=item.id)
    with db.read() as s:
        assert s.exec(select(Opinion)).all() == []


def test_duplicate_import_key_is_refused_by_the_database(db, session) -> None:
    opinions.create_opinion(db, session.id, "a", import_key="k1", channel="hotline")
    with pytest.raises(Exception):
        opinions.create_opinion(db, session.id, "a", import_key="k1", channel="hotline")
    assert len(opinions.list_opinions(db, session.id)) == 1


def test_disposition_rules(db, session) -> None:
    op = opinions.create_opinion(db, session.id, "建议")
    with pytest.raises(ValidationError, match="needs a reason"):
        dispositions.set_disposition(db, op.id, "not_adopted")
    with pytest.raises(ValidationError, match="referred"):
        dispositions.set_disposition(db, op.id, "referred")
    dispositions.set_disposition(db, op.id, "not_adopted", reason="超出职权范围", decided_by="陈建国")
    dispositions.set_disposition(db, op.id, "adopted", decided_by="陈建国")
    got = dispositions.get_disposition(db, op.id)
    assert (got.kind, got.decided_by) == ("adopted", "陈建国")


def test_commitment_lifecycle(db, session) -> None:
    dept = owners.create_owner(db, "城管办")
    o1 = opinions.create_opinion(db, session.id, "停车乱")
    o2 = opinions.create_opinion(db, session.id, "消防通道被堵")
    due = START + timedelta(days=30)
    with pytest.raises(ValidationError, match="before the session"):
        commitments.create_commitment(db, session.id, "x", dept.id, START - timedelta(days=3))
    c = commitments.create_commitment(db, session.id, "施划停车位", dept.id, due,
                                      opinion_ids=[o1.id, o2.id])
    assert commitments.linked_opinion_ids(db, c.id) == sorted([o1.id, o2.id])
    commitments.set_status(db, c.id, "in_progress")
    commitments.add_progress(db, c.id, "已完成现场勘查", "王海涛", noted_at=START + timedelta(days=3))
    with pytest.raises(ValidationError, match="reason"):
        commitments.extend(db, c.id, due + timedelta(days=10), "")
    with pytest.raises(ValidationError, match="later"):
        commitments.extend(db, c.id, due - timedelta(days=1), "施工延误")
    commitments.extend(db, c.id, due + timedelta(days=10), "施工延误", "陈建国")
    with pytest.raises(ValidationError, match="Say why"):
        commitments.set_status(db, c.id, "cannot_do")
    done = commitments.set_status(db, c.id, "done", now=START + timedelta(days=35))
    assert done.completed_at == START + timedelta(days=35)
    with pytest.raises(ValidationError, match="cannot become"):
        commitments.set_status(db, c.id, "open")
    got = commitments.list_commitments(db, session.id)[0]
    assert (got.due_at, got.original_due_at, got.status) == (due + timedelta(days=10), due, "done")
    assert [n.text for n in commitments.progress_notes(db, c.id)] == ["已完成现场勘查"]
    assert [e.reason for e in commitments.extensions(db, c.id)] == ["施工延误"]
    commitments.remove_commitment(db, c.id, "与第3项重复")
    assert commitments.list_commitments(db, session.id) == []
    assert commitments.list_commitments(db, session.id, include_removed=True)[0].removed_reason == "与第3项重复"


def test_followups(db, session) -> None:
    op = opinions.create_opinion(db, session.id, "路灯坏了")
    with pytest.raises(ValidationError, match="about an opinion"):
        followups.record_followup(db)
    followups.record_followup(db, opinion_id=op.id, contacted_in_time=True, resolved=True,
                              satisfaction="basically_satisfied", note="已修好", called_at=START)
    got = followups.list_followups(db, opinion_id=op.id)
    assert [(f.resolved, f.satisfaction, f.called_at) for f in got] == [
        (True, "basically_satisfied", START)]


def test_minutes_versions_and_approval(db, session, tmp_path) -> None:
    path = tmp_path / "minutes.docx"
    path.write_bytes(b"first draft")
    v1 = minutes_versions.add_version(db, session.id, style="official", public=False, file_path=path)
    assert v1.version == 1 and len(v1.sha256) == 64
    path.write_bytes(b"edited by hand")
    with pytest.raises(ValidationError, match="changed or moved"):
        minutes_versions.approve(db, v1.id, "陈建国")
    path.write_bytes(b"first draft")
    approved = minutes_versions.approve(db, v1.id, "陈建国")
    assert approved.status == "approved" and approved.approved_at is not None
    with pytest.raises(ValidationError, match="already approved"):
        minutes_versions.approve(db, v1.id, "陈建国")
    v2 = minutes_versions.add_version(db, session.id, style="plain", public=False, file_path=path)
    assert v2.version == 2


def test_agenda_templates(db) -> None:
    items = [templates.TemplateItem("report_back", "办理情况通报", 15),
             templates.TemplateItem("open_floor", "自由发言", 60)]
    row = templates.save_template(db, "民情恳谈会（标准）", items)
    assert templates.template_items(templates.list_templates(db)[0]) == items
    assert json.loads(row.items_json)[1]["title"] == "自由发言"
    with pytest.raises(ValidationError):
        templates.save_template(db, "bad", [templates.TemplateItem("party", "x", 5)])
