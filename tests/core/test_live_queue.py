"""Speaker queue rules and the live figures."""
from __future__ import annotations

from datetime import UTC, datetime

import pytest

from desktop.core.clock import FakeClock
from desktop.core.errors import ValidationError
from desktop.core.live.stats import live_stats
from desktop.core.services import people, sessions, turns

START = datetime(2026, 11, 23, 1, 0, tzinfo=UTC)


@pytest.fixture
def room(db):
    session = sessions.create_session(db, "Forum", START)
    wang = people.create_person(db, "王秀英", "Building 7", gender="female")
    li = people.create_person(db, "李建国", "Building 9", gender="male")
    chief = people.create_person(db, "赵主任", "Housing bureau", is_official=True)
    return db, FakeClock(START), session.id, wang.id, li.id, chief.id


def labels(db, sid):
    return [t.label for t in turns.list_turns(db, sid) if t.status == "queued"]


def test_add_from_attendees_description_and_anonymous(room) -> None:
    db, clock, sid, wang, li, chief = room
    a = turns.enqueue(db, sid, person_id=wang, time_limit_seconds=120)
    b = turns.enqueue(db, sid, label="resident of building 7")
    c = turns.enqueue(db, sid)
    assert (a.label, a.group_name, a.time_limit_seconds) == ("王秀英", "Building 7", 120)
    assert b.person_id is None and b.label == "resident of building 7"
    assert c.label == "" and c.person_id is None
    assert turns.enqueue(db, sid, person_id=chief).is_official


def test_reorder_and_remove(room) -> None:
    db, clock, sid, wang, li, chief = room
    ids = [turns.enqueue(db, sid, label=x).id for x in "ABCD"]
    turns.move_turn(db, ids[3], 0)
    assert labels(db, sid) == ["D", "A", "B", "C"]
    turns.move_turn(db, ids[3], 99)
    assert labels(db, sid) == ["A", "B", "C", "D"]
    turns.remove_turn(db, ids[1])
    assert labels(db, sid) == ["A", "C", "D"]
    turns.start_turn(db, ids[0], clock.now())
    with pytest.raises(ValidationError):
        turns.move_turn(db, ids[0], 1)
    with pytest.raises(ValidationError):
        turns.remove_turn(db, ids[0])


def test_first_timers_go_ahead_of_people_who_spoke(room) -> None:
    db, clock, sid, wang, li, chief = room
    first = turns.enqueue(db, sid, person_id=wang, first_timers_first=True)
    turns.start_turn(db, first.id, clock.now())
    turns.finish(db, first.id, clock.now())
    turns.enqueue(db, sid, person_id=wang, first_timers_first=True)  # speaks again: goes last
    turns.enqueue(db, sid, person_id=li, first_timers_first=True)  # new: goes ahead of Wang
    turns.enqueue(db, sid, label="resident of building 3", first_timers_first=True)
    turns.enqueue(db, sid, person_id=wang, first_timers_first=True)  # already queued: last
    assert labels(db, sid) == ["李建国", "resident of building 3", "王秀英", "王秀英"]
    turns.enqueue(db, sid, label="X", first_timers_first=False)  # setting off: plain order
    assert labels(db, sid)[-1] == "X"


def test_starting_a_turn_ends_the_previous_one_and_counts_down(room) -> None:
    db, clock, sid, wang, li, chief = room
    a = turns.enqueue(db, sid, person_id=wang, time_limit_seconds=120)
    b = turns.enqueue(db, sid, person_id=li, time_limit_seconds=0)
    turns.start_turn(db, a.id, clock.now())
    clock.advance(seconds=85)
    t = turns.turn_time(turns.list_turns(db, sid)[0], clock.now(), warning_seconds=30)
    assert (t.remaining, t.level) == (35, "normal")
    clock.advance(seconds=10)
    assert turns.turn_time(turns.list_turns(db, sid)[0], clock.now(), 30).level == "warning"
    clock.advance(seconds=30)
    assert turns.turn_time(turns.list_turns(db, sid)[0], clock.now(), 30).level == "over"
    turns.start_turn(db, b.id, clock.now())
    first, second = turns.list_turns(db, sid)
    assert first.status == "done" and first.ended_at == clock.now()
    assert (first.ended_at - first.started_at).total_seconds() == 125
    clock.advance(seconds=600)
    assert turns.turn_time(second, clock.now()).level == "normal"  # no limit, no warning
    turns.reset_turn(db, b.id, "queued", None, None)
    assert turns.list_turns(db, sid)[1].started_at is None


def test_statistics(room) -> None:
    db, clock, sid, wang, li, chief = room
    plan = [(wang, 60), (chief, 120), (li, 30), (wang, 90), (None, 45)]
    for person, seconds in plan:
        t = turns.enqueue(db, sid, person_id=person)
        turns.start_turn(db, t.id, clock.now())
        clock.advance(seconds=seconds)
        turns.finish(db, t.id, clock.now())
    skipped = turns.enqueue(db, sid, person_id=li)
    turns.skip(db, skipped.id)
    turns.enqueue(db, sid, label="waiting")
    stats = live_stats(turns.list_turns(db, sid), clock.now())
    assert stats.people_spoke == 4 and stats.turns_taken == 5 and stats.waiting == 1
    assert stats.official_seconds == 120 and stats.citizen_seconds == 225
    assert stats.seconds_by_group == {"Building 7": 150, "Housing bureau": 120,
                                      "Building 9": 30, "": 45}
    top = stats.speakers[0]
    assert (top.label, top.turns, top.seconds) == ("王秀英", 2, 150)
    assert round(stats.official_share, 3) == round(120 / 345, 3)
    live = turns.enqueue(db, sid, person_id=li)
    turns.start_turn(db, live.id, clock.now())
    clock.advance(seconds=20)  # the turn running now counts up to now
    assert live_stats(turns.list_turns(db, sid), clock.now()).citizen_seconds == 245
