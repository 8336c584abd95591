"""Capture, commitments from opinions, read-back, drafts and the projector's anonymisation."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desktop.core.clock import FakeClock
from desktop.core.errors import NotFoundError, ValidationError
from desktop.core.live import board as board_mod
from desktop.core.live import commitments as live_commitments
from desktop.core.live.capture import capture_opinion, recent_opinions
from desktop.core.live.drafts import DraftStore
from desktop.core.services import agenda, commitments, opinions, owners, people, sessions, turns

START = datetime(2026, 11, 23, 1, 0, tzinfo=UTC)
NASTY = [
    "x" * 1_000_000,
    "加装电梯 👍🏽👨‍👩‍👧 ok",
    "\u202eRTL override\u202c and \u200fmark",
    "tab\there\x07bell\x1bescape\r\nCRLF",
    "<script>alert('x')</script><b>bold</b>&amp;",
]


@pytest.fixture
def room(db):
    session = sessions.create_session(db, "Forum", START, deadline_policy="hotline_ordinary")
    item = agenda.add_item(db, session.id, "Open floor", planned_minutes=30)
    housing = owners.create_owner(db, "Housing bureau")
    streets = owners.create_owner(db, "Street office")
    other = owners.create_owner(db, "Not here")
    sessions.set_session_owners(db, session.id, [housing.id, streets.id])
    return db, session.id, item.id, housing.id, streets.id, other.id


@pytest.mark.parametrize("text", NASTY, ids=["1MB", "emoji", "rtl", "control", "html"])
def test_text_is_stored_exactly(room, text) -> None:
    db, sid, item, *_ = room
    heard: list = []
    db.subscribe(lambda change: heard.append((change.entity, change.ids)))
    oid = capture_opinion(db, sid, text, START, agenda_item_id=item, tags=["电梯", "lifts"],
                          support_count=3, reply_text="<i>we check</i>", reply_by="Housing")
    row = opinions.list_opinions(db, sid)[0]
    assert (row.id, row.text, row.support_count, row.received_at) == (oid, text, 3, START)
    assert sorted(opinions.tags_of(db, [oid])[oid]) == sorted(["电梯", "lifts"])
    assert [r.text for r in opinions.replies_of(db, oid)] == ["<i>we check</i>"]
    assert heard == [("opinion", (oid,))]  # announced after the commit
    preview = recent_opinions(db, sid)[0]
    assert preview.length == len(text) and text.startswith(preview.preview)
    assert opinions.create_opinion(db, sid, text).text == text  # the general service agrees


def test_capture_refuses_bad_input_and_writes_nothing(room) -> None:
    db, sid, item, *_ = room
    other = sessions.create_session(db, "Other", START)
    foreign = agenda.add_item(db, other.id, "Elsewhere")
    for kwargs in ({"text": ""}, {"text": " \n "}, {"text": "a\x00b"},
                   {"text": "ok", "kind": "rant"}, {"text": "ok", "support_count": -1},
                   {"text": "ok", "agenda_item_id": foreign.id},
                   {"text": "ok", "person_id": 999}):
        with pytest.raises((ValidationError, NotFoundError)):
            capture_opinion(db, sid, now=START, **kwargs)
    assert opinions.list_opinions(db, sid) == []


def test_empty_text_is_refused_with_a_hint(room) -> None:
    db, sid, *_ = room
    for text in ("", "   \n\t"):
        with pytest.raises(ValidationError) as err:
            opinions.create_opinion(db, sid, text)
        assert "required" in str(err.value) and "请填写" in err.value.text("zh")
    assert opinions.list_opinions(db, sid) == []


def test_commitment_from_several_opinions(room) -> None:
    db, sid, item, housing, streets, other = room
    a = opinions.create_opinion(db, sid, "Lift for building 7\nsecond line", agenda_item_id=item)
    b = opinions.create_opinion(db, sid, "Same lift, please", agenda_item_id=item)
    proposed = live_commitments.propose_due(live_commitments.session_policy(db, sid), START)
    # 12345 ordinary requests: 7 calendar days, ending at the end of the local day
    assert timedelta(days=7) < proposed.due - START <= timedelta(days=8)
    c = live_commitments.commit_from_opinions(db, sid, [a.id], owner_id=housing,
                                              due_at=proposed.due, policy=proposed.policy)
    assert c.title == "Lift for building 7" and c.deadline_policy == "hotline_ordinary"
    live_commitments.add_opinions(db, c.id, [b.id])
    assert live_commitments.commitments_by_opinion(db, sid) == {a.id: [c.id], b.id: [c.id]}
    with pytest.raises(ValidationError):
        live_commitments.commit_from_opinions(db, sid, [a.id], owner_id=other,
                                              due_at=proposed.due)
    with pytest.raises(ValidationError):
        live_commitments.commit_from_opinions(db, sid, [], owner_id=housing, due_at=proposed.due)


def test_read_back_lists_the_session_commitments_and_is_recorded(room) -> None:
    db, sid, item, housing, streets, _ = room
    op = opinions.create_opinion(db, sid, "Street lights")
    due = START + timedelta(days=7)
    c1 = live_commitments.commit_from_opinions(db, sid, [op.id], owner_id=streets, due_at=due,
                                               title="Repair the lights")
    c2 = commitments.create_commitment(db, sid, "Answer in writing", housing, due)
    commitments.remove_commitment(db, c2.id, "duplicate")
    rows = live_commitments.read_back_rows(db, sid)
    assert [(r.commitment_id, r.title, r.owner, r.opinion_ids) for r in rows] == [
        (c1.id, "Repair the lights", "Street office", (op.id,))]
    clock = FakeClock(START + timedelta(hours=2))
    live_commitments.mark_read_back(db, sid, clock.now())
    assert sessions.get_session(db, sid).read_back_at == clock.now()


def test_drafts_survive_and_clear(tmp_path) -> None:
    store = DraftStore(5, tmp_path)
    assert store.load() is None
    fields = {"text": "半句话 \u202e<b>", "kind": "complaint", "support": 3}
    assert store.save(fields) is True
    assert store.save(fields) is False  # unchanged: nothing written
    assert DraftStore(5, tmp_path).load() == fields
    store.save({"text": "  ", "kind": "suggestion"})  # empty form: no draft
    assert DraftStore(5, tmp_path).load() is None
    (tmp_path / "session-6.json").write_text("{torn", encoding="utf-8")
    assert DraftStore(6, tmp_path).load() is None
    assert list(tmp_path.glob(".*.tmp")) == []


def test_projector_board_shows_no_name_phone_or_id(room) -> None:
    db, sid, item, *_ = room
    clock = FakeClock(START)
    wang = people.create_person(db, "王秀英", "7号楼", gender="female",
                                contact="13800138000", contact_consent=True)
    li = people.create_person(db, "李建国", "9号楼")
    chief = people.create_person(db, "赵德明", "住建局", is_official=True)
    from desktop.core.live import timing

    timing.start_item(db, item, clock.now())
    t = turns.enqueue(db, sid, person_id=wang.id, time_limit_seconds=180)
    turns.enqueue(db, sid, person_id=li.id)
    turns.enqueue(db, sid, person_id=chief.id)
    turns.enqueue(db, sid, label="租户 电话 139 1234 5678")
    turns.start_turn(db, t.id, clock.now())
    opinions.create_opinion(db, sid, "我是王秀英，电话13800138000，身份证11010519491231002X，"
                                     "邮箱 wang@example.com，座机 010-62345678", person_id=wang.id)
    clock.advance(seconds=50)
    b = board_mod.build_board(db, sid, clock.now(), lang="zh", style="honorific")
    texts = [b.title, b.item_title, b.speaker.name, *[s.name for s in b.next_speakers],
             *b.opinions]
    joined = "\n".join(texts)
    for secret in ("王秀英", "李建国", "赵德明", "13800138000", "11010519491231002X",
                   "wang@example.com", "62345678", "1234 5678"):
        assert secret not in joined, secret
    assert b.speaker.remaining == 130 and b.item_title == "Open floor"
    assert b.speaker.name == "王女士"
    assert b.next_speakers[1].name == "住建局"
    assert len(b.opinions) == 1
