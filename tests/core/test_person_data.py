"""A person's report and erasure: opinions in two sessions, replies, commitments, follow-ups,
approved minutes, and restoring a backup taken before the erasure."""
from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import select

from desktop.core import backup, erasure_ledger, restoring, search
from desktop.core.errors import NotFoundError, ValidationError
from desktop.core.models import AuditEntry, Person
from desktop.core.services import (
    attendance, commitments, dispositions, followups, minutes_versions, opinions, owners, people,
    retention, sessions, turns,
)
from desktop.core.services.erasure import erase_person, mask_mentions
from desktop.core.services.persons import find_person, person_report
from desktop.minutes.generate import generate_minutes
from desktop.minutes.person_report import write_person_report

T1 = datetime(2026, 9, 5, 6, 30, tzinfo=UTC)
T2 = datetime(2026, 10, 10, 6, 30, tzinfo=UTC)
NOW = datetime(2026, 11, 1, 8, 0, tzinfo=UTC)


def _file_text(path: Path) -> str:
    """Every value of every table, as text: the oracle for "the name is gone"."""
    conn = sqlite3.connect(path)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


def _bare(text: str, name: str, longer: str) -> int:
    """Occurrences of ``name`` that are not part of ``longer``."""
    return len(re.findall(re.escape(name), text)) - len(re.findall(re.escape(longer), text))


@pytest.fixture
def world(sqlite_database, tmp_path):
    db = sqlite_database
    s1 = sessions.create_session(db, "九月恳谈会", T1, chair="张伟民", organisation="青石街道")
    s2 = sessions.create_session(db, "十月恳谈会", T2, chair="张伟民", organisation="青石街道")
    office = owners.create_owner(db, "街道城管办")
    _a, person = attendance.register_attendee(db, s1.id, "张伟", "3号楼", contact="13800138000",
                                              contact_consent=True, now=T1)
    attendance.register(db, s2.id, person.id, signed_in_at=T2)
    neighbour = attendance.register_attendee(db, s1.id, "高峰", "5号楼", now=T1)[1]
    turn = turns.enqueue(db, s1.id, person_id=person.id, label="张伟", group_name="3号楼")
    o1 = opinions.create_opinion(db, s1.id, "我是张伟，早高峰时3号楼门口停车占用消防通道。",
                                 person_id=person.id, speaker_label="张伟", now=T1,
                                 reply_text="张伟民主任答复：张伟反映的问题本周处理。", reply_by="张伟民")
    o2 = opinions.create_opinion(db, s2.id, "上次张伟提的消防通道已经畅通，谢谢。",
                                 person_id=person.id, speaker_label="张伟", now=T2)
    o3 = opinions.create_opinion(db, s2.id, "我同意张伟说的，高峰也来了。", person_id=neighbour.id,
                                 speaker_label="高峰", now=T2)
    opinions.add_reply(db, o2.id, "谢谢张伟的反馈", "街道城管办")
    dispositions.set_disposition(db, o1.id, "adopted", decided_at=T1 + timedelta(days=1))
    c = commitments.create_commitment(db, s1.id, "清理3号楼消防通道（张伟反映）", office.id,
                                      T1 + timedelta(days=14), opinion_ids=[o1.id])
    commitments.add_progress(db, c.id, "已联系张伟确认现场")
    commitments.set_status(db, c.id, "done", now=T1 + timedelta(days=7))
    followups.record_followup(db, commitment_id=c.id, resolved=True, satisfaction="satisfied",
                              note="张伟表示满意", caller="李秘书", called_at=T1 + timedelta(days=8))
    followups.record_followup(db, opinion_id=o2.id, note="回访张伟", called_at=T2 + timedelta(days=1))
    made = generate_minutes(db, s1.id, style="plain", public=False, out=tmp_path / "m1.docx")
    minutes_versions.approve(db, made.version.id, "王主任")
    return {"db": db, "s1": s1, "s2": s2, "person": person, "neighbour": neighbour,
            "o1": o1, "o2": o2, "o3": o3, "commitment": c, "turn": turn,
            "minutes": made.version, "minutes_file": tmp_path / "m1.docx"}


def test_report_gathers_everything_held_about_the_person(world, tmp_path):
    db, person = world["db"], world["person"]
    report = person_report(db, person.id, NOW)
    assert report.person["name"] == "张伟" and report.person["contact"] == "13800138000"
    assert report.consents[0] == {"at": T1.isoformat(), "what": "consent given",
                                  "contact_kept": True}
    assert [s["title"] for s in report.sessions] == ["九月恳谈会", "十月恳谈会"]
    assert [(r["session"], r["signed_in_at"]) for r in report.registrations] == [
        ("九月恳谈会", T1.isoformat()), ("十月恳谈会", T2.isoformat())]
    assert [o["id"] for o in report.opinions] == [world["o1"].id, world["o2"].id]  # not o3
    assert report.opinions[0]["replies"][0]["text"] == "张伟民主任答复：张伟反映的问题本周处理。"
    assert report.opinions[0]["disposition"]["kind"] == "adopted"
    assert report.opinions[0]["commitments"] == [world["commitment"].id]
    assert report.commitments[0]["progress"][0]["text"] == "已联系张伟确认现场"
    assert [(f["note"], f["called_at"]) for f in report.follow_ups] == [
        ("张伟表示满意", (T1 + timedelta(days=8)).isoformat()),
        ("回访张伟", (T2 + timedelta(days=1)).isoformat())]
    assert [t["label"] for t in report.speaker_turns] == ["张伟"]
    assert [v["status"] for v in report.minutes_versions] == ["approved"]

    as_json = json.loads(write_person_report(report, tmp_path / "r.json", "zh").read_text("utf-8"))
    assert as_json["opinions"][1]["text"] == "上次张伟提的消防通道已经畅通，谢谢。"
    document = docx.Document(str(write_person_report(report, tmp_path / "r.docx", "zh")))
    body = "\n".join(p.text for p in document.paragraphs)
    cells = "\n".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    assert "我是张伟，早高峰时3号楼门口停车占用消防通道。" in body
    assert "13800138000" in cells and "张伟表示满意" in cells and "九月恳谈会" in cells
    assert "二、同意记录" in body and "八、回访记录" in body
    with pytest.raises(ValidationError):
        write_person_report(report, tmp_path / "r.pdf", "zh")
    assert not (tmp_path / "r.pdf").exists()


def test_erase_replaces_the_person_everywhere_but_keeps_what_was_said(world):
    db, person = world["db"], world["person"]
    path = db.location.path
    search.catch_up(db)
    minutes_file = world["minutes_file"]
    minutes_bytes = minutes_file.read_bytes()
    before = _file_text(path)
    assert _bare(before, "张伟", "张伟民") > 5
    done = erase_person(db, person.id, "张伟本人来电要求删除其个人信息", "李秘书", now=NOW)
    label = done.label
    assert label == f"匿名人员{person.id}"
    after = _file_text(path)
    assert _bare(after, "张伟", "张伟民") == 0  # nowhere, in any table, index or audit entry
    assert "13800138000" not in after and "3号楼门口" in after
    assert after.count("张伟民") == before.count("张伟民")  # the chair keeps his name
    assert "早高峰" in after and "高峰也来了" in after  # the neighbour 高峰 is someone else
    o1 = opinions.list_opinions(db, world["s1"].id)[0]
    assert o1.text == f"我是{label}，早高峰时3号楼门口停车占用消防通道。"
    assert o1.speaker_label == label
    o3 = [o for o in opinions.list_opinions(db, world["s2"].id) if o.id == world["o3"].id][0]
    assert o3.text == f"我同意{label}说的，高峰也来了。" and o3.speaker_label == "高峰"
    assert opinions.replies_of(db, o1.id)[0].text == f"张伟民主任答复：{label}反映的问题本周处理。"
    erased = people.get_person(db, person.id)
    assert (erased.name, erased.group_name, erased.contact, erased.erased_at) == (
        label, "", None, NOW)
    assert turns.list_turns(db, world["s1"].id)[0].label == label
    assert turns.list_turns(db, world["s1"].id)[0].group_name == ""
    assert people.get_person(db, world["neighbour"].id).name == "高峰"
    # the approved file is untouched, and the record says it predates the erasure
    assert minutes_file.read_bytes() == minutes_bytes
    assert minutes_versions.list_versions(db, world["s1"].id)[0].sha256 == \
        hashlib.sha256(minutes_bytes).hexdigest()
    with db.read() as s:
        notes = list(s.exec(select(AuditEntry).where(AuditEntry.action == "predates_erasure")))
        record = s.exec(select(AuditEntry).where(AuditEntry.action == "erased")).one()
    assert [(n.entity, n.entity_id) for n in notes] == [("minutes_version", world["minutes"].id)]
    assert json.loads(notes[0].detail_json)["approved"] is True
    assert record.reason == f"{label}本人来电要求删除其个人信息"  # who and why, name masked
    assert json.loads(record.detail_json)["by"] == "李秘书"
    assert search.search(db, "消防通道")  # what was said is still searchable
    assert not [h for h in search.search(db, "张伟反映") if "张伟反映" in h.text]
    # the report after the erasure holds only the label
    report = person_report(db, person.id, NOW)
    assert report.person["name"] == label and report.person["erased_at"] == NOW.isoformat()
    assert "张伟" not in json.dumps(report.as_dict(), ensure_ascii=False).replace("张伟民", "")


def test_restoring_a_backup_taken_before_the_erasure_erases_again(world, tmp_path):
    db, person = world["db"], world["person"]
    path = db.location.path
    taken = backup.make_backup(path, "manual")
    neighbour = world["neighbour"]
    erase_person(db, person.id, "本人要求", "李秘书", now=NOW)
    ledger_file = erasure_ledger.ledger_path(path)
    ledger_text = ledger_file.read_text("utf-8")
    assert "张伟" not in ledger_text and "13800138000" not in ledger_text
    db.close()
    assert "张伟" in _file_text(taken)  # the backup itself still holds the person
    restoring.restore(path, taken)
    text = _file_text(path)
    assert _bare(text, "张伟", "张伟民") == 0 and "13800138000" not in text
    from desktop.core.db import open_database, resolve_location

    again = open_database(resolve_location(path, path))
    try:
        assert people.get_person(again, person.id).erased_at == NOW
        with again.read() as s:
            assert s.exec(select(AuditEntry).where(
                AuditEntry.action == "erasure_reapplied")).one().entity_id == person.id
        assert people.get_person(again, neighbour.id).name == "高峰"
    finally:
        again.close()


def test_restore_reapplies_a_contact_erased_by_retention(sqlite_database):
    db = sqlite_database
    s = sessions.create_session(db, "恳谈会", T1)
    person = attendance.register_attendee(db, s.id, "陈静", contact="13600136000",
                                          contact_consent=True, now=T1)[1]
    taken = backup.make_backup(db.location.path, "manual")
    assert [c.person_id for c in retention.run(db, T1 + timedelta(days=181)).due] == [person.id]
    path = db.location.path
    db.close()
    restoring.restore(path, taken)
    assert "13600136000" not in _file_text(path)
    assert "陈静" in _file_text(path)  # only the contact was due


# --- bad input ---------------------------------------------------------------------------------

def test_erasing_twice_is_refused_and_changes_nothing(world):
    db, person = world["db"], world["person"]
    erase_person(db, person.id, "本人要求", "李秘书", now=NOW)
    before = _file_text(db.location.path)
    with pytest.raises(ValidationError) as err:
        erase_person(db, person.id, "again", "李秘书", now=NOW + timedelta(days=1))
    assert "already erased" in err.value.en and "已于" in err.value.zh
    assert _file_text(db.location.path) == before


def test_unknown_person_by_id_or_name(world):
    db = world["db"]
    with pytest.raises(NotFoundError) as err:
        find_person(db, "9999")
    assert "#9999" in err.value.en and "#9999" in err.value.zh
    with pytest.raises(NotFoundError) as err:
        find_person(db, "无此人")
    assert "无此人" in err.value.en and "无此人" in err.value.zh
    with pytest.raises(NotFoundError):
        erase_person(db, 9999, "x", "y")
    with pytest.raises(ValidationError):
        find_person(db, "  ")


def test_a_name_shared_by_two_people_lists_them_to_choose_by_id(world):
    db, person = world["db"], world["person"]
    twin = attendance.register_attendee(db, world["s2"].id, "张伟", "9号楼", now=T2)[1]
    with pytest.raises(ValidationError) as err:
        find_person(db, "张伟")
    for text in (err.value.en, err.value.zh):
        assert f"#{person.id} 张伟, 3号楼 (2 sessions)" in text
        assert f"#{twin.id} 张伟, 9号楼 (1 session)" in text
    assert find_person(db, f"#{twin.id}").group_name == "9号楼"


def test_officials_are_refused(world):
    db, s1 = world["db"], world["s1"]
    official = people.create_person(db, "刘主任", is_official=True)
    chair = attendance.register_attendee(db, s1.id, "张伟民", "街道", now=T1)[1]
    leader_owner = owners.create_owner(db, "王海涛", kind="leader", title="副主任")
    leader = people.create_person(db, "王海涛")
    for who in (official, chair, leader):
        before = _file_text(db.location.path)
        with pytest.raises(ValidationError) as err:
            erase_person(db, who.id, "要求删除", "李秘书")
        assert "officials' names are part of the record" in err.value.en
        assert "属于会议记录的一部分" in err.value.zh
        assert _file_text(db.location.path) == before
    assert leader_owner.name == "王海涛"


@pytest.mark.parametrize("reason,by", [("", "李秘书"), ("   ", "李秘书"), ("要求", ""),
                                       ("要求\x00", "李秘书")])
def test_erasure_needs_a_reason_and_who(world, reason, by):
    db, person = world["db"], world["person"]
    with pytest.raises(ValidationError):
        erase_person(db, person.id, reason, by)
    assert people.get_person(db, person.id).name == "张伟"


# --- the boundary rule for names in free text ----------------------------------------------------

@pytest.mark.parametrize("text,name,expected", [
    ("张伟说，主任张伟民答复", "张伟", "X说，主任张伟民答复"),
    ("早高峰很堵，高峰反映", "高峰", "早高峰很堵，X反映"),
    ("Li Wei met Li Weiming", "Li Wei", "X met Li Weiming"),
    ("王说王芳", "王", "王说王芳"),  # one character is never replaced in free text
    ("张伟张伟", "张伟", "XX"),
    ("", "张伟", ""),
])
def test_mentions_are_replaced_as_names_never_as_substrings(text, name, expected):
    assert mask_mentions(text, name, "X", protected={"张伟民"}) == expected


def test_erased_rows_have_no_personal_fields_left(world):
    db, person = world["db"], world["person"]
    erase_person(db, person.id, "本人要求", "李秘书", now=NOW)
    with db.read() as s:
        row = s.get(Person, person.id)
    assert (row.gender, row.note, row.consent_at, row.contact_consent) == (None, "", None, False)


def test_erase_and_report_on_every_backend(db):
    s = sessions.create_session(db, "恳谈会", T1, chair="张伟民")
    person = attendance.register_attendee(db, s.id, "张伟", "3号楼", contact="13800138000",
                                          contact_consent=True, now=T1)[1]
    turns.enqueue(db, s.id, label="张伟")  # a turn typed by hand, not linked to the person
    o = opinions.create_opinion(db, s.id, "张伟：路灯坏了（张伟民在场）", person_id=person.id, now=T1,
                                reply_text="张伟您好")
    assert person_report(db, person.id, NOW).opinions[0]["text"] == "张伟：路灯坏了（张伟民在场）"
    label = erase_person(db, person.id, "本人要求", "李秘书", now=NOW).label
    assert opinions.list_opinions(db, s.id)[0].text == f"{label}：路灯坏了（张伟民在场）"
    assert opinions.replies_of(db, o.id)[0].text == f"{label}您好"
    assert turns.list_turns(db, s.id)[0].label == label
    assert people.get_person(db, person.id).contact is None


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="张伟民早高峰说，a ", max_size=40))
def test_masking_leaves_no_bare_mention_and_every_longer_name(text):
    masked = mask_mentions(text, "张伟", "Ⓧ", protected={"张伟民"})
    assert _bare(masked, "张伟", "张伟民") == 0
    assert masked.count("张伟民") == text.count("张伟民")
    assert masked.replace("Ⓧ", "张伟") == text  # nothing but the mentions changed
    high = mask_mentions(text, "高峰", "Ⓧ")
    assert high.count("早高峰") == text.count("早高峰") and high.replace("Ⓧ", "高峰") == text


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.one_of(st.text(), st.sampled_from(["\x00", "#", "#-1", "0", "9" * 30, "\ud800", " 1 "])))
def test_any_person_text_finds_someone_or_says_why(sqlite_database, text):
    try:
        found = find_person(sqlite_database, text)
    except (NotFoundError, ValidationError) as exc:
        assert exc.en and exc.zh
    else:
        assert found.id is not None
