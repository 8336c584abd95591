"""Run of show: timers, states, pause, advance, drift, all on a fake clock."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desktop.core.clock import FakeClock
from desktop.core.errors import ValidationError
from desktop.core.live import timing
from desktop.core.services import agenda, sessions

START = datetime(2026, 11, 23, 1, 0, tzinfo=UTC)


@pytest.fixture
def room(db):
    clock = FakeClock(START)
    session = sessions.create_session(db, "Forum", START)
    items = [agenda.add_item(db, session.id, t, planned_minutes=m)
             for t, m in (("Report back", 10), ("Open floor", 20), ("Closing", 5))]
    return db, clock, session, [i.id for i in items]


def _items(db, session_id):
    return agenda.list_items(db, session_id)


def test_elapsed_remaining_and_levels(room) -> None:
    db, clock, session, ids = room
    timing.start_item(db, ids[0], clock.now())
    assert sessions.get_session(db, session.id).status == "live"
    clock.advance(minutes=7)
    t = timing.item_time(_items(db, session.id)[0], clock.now(), warning_minutes=2)
    assert (t.state, t.elapsed, t.remaining, t.level) == ("running", 420, 180, "normal")
    clock.advance(minutes=1, seconds=1)
    assert timing.item_time(_items(db, session.id)[0], clock.now(), 2).level == "warning"
    assert timing.item_time(_items(db, session.id)[0], clock.now(), 1).level == "normal"
    clock.advance(minutes=2)
    t = timing.item_time(_items(db, session.id)[0], clock.now(), 2)
    assert t.level == "over" and t.remaining == -1


def test_pause_stops_the_clock_and_is_stored(room) -> None:
    db, clock, session, ids = room
    timing.start_item(db, ids[0], clock.now())
    clock.advance(minutes=3)
    timing.pause_item(db, ids[0], clock.now())
    clock.advance(minutes=5)
    item = _items(db, session.id)[0]
    assert timing.item_time(item, clock.now()).state == "paused"
    assert timing.elapsed_seconds(item, clock.now()) == 180
    with pytest.raises(ValidationError):
        timing.pause_item(db, ids[0], clock.now())
    timing.resume_item(db, ids[0], clock.now())
    clock.advance(minutes=1)
    item = _items(db, session.id)[0]
    assert item.paused_seconds == 300 and item.paused_at is None
    assert timing.elapsed_seconds(item, clock.now()) == 240


def test_advance_stores_actual_start_and_end(room) -> None:
    db, clock, session, ids = room
    assert timing.advance(db, session.id, clock.now()).id == ids[0]
    clock.advance(minutes=12)
    assert timing.advance(db, session.id, clock.now()).id == ids[1]
    first, second, _ = _items(db, session.id)
    assert first.started_at == START and first.ended_at == START + timedelta(minutes=12)
    assert second.started_at == first.ended_at and second.ended_at is None
    clock.advance(minutes=2)
    timing.pause_item(db, ids[1], clock.now())
    clock.advance(minutes=1)
    timing.advance(db, session.id, clock.now())  # ending a paused item folds in the pause
    second = _items(db, session.id)[1]
    assert second.paused_seconds == 60 and timing.elapsed_seconds(second, clock.now()) == 120
    clock.advance(minutes=5)
    assert timing.advance(db, session.id, clock.now()) is None
    assert all(i.ended_at for i in _items(db, session.id))
    with pytest.raises(ValidationError):
        timing.advance(db, session.id, clock.now())


def test_drift_ahead_and_behind(room) -> None:
    db, clock, session, ids = room
    d = timing.session_drift(sessions.get_session(db, session.id), _items(db, session.id),
                             clock.now())
    assert d.planned_end == START + timedelta(minutes=35) and d.seconds == 0
    clock.advance(minutes=5)  # started five minutes late
    timing.advance(db, session.id, clock.now())
    d = timing.session_drift(session, _items(db, session.id), clock.now())
    assert d.seconds == 300
    clock.advance(minutes=4)  # first item ended 6 minutes early
    timing.advance(db, session.id, clock.now())
    d = timing.session_drift(session, _items(db, session.id), clock.now())
    assert d.seconds == -60 and d.estimated_end == START + timedelta(minutes=34)
    clock.advance(minutes=25)  # current item overruns by 5
    d = timing.session_drift(session, _items(db, session.id), clock.now())
    assert d.seconds == 4 * 60


def test_undo_snapshot_restores_times(room) -> None:
    db, clock, session, ids = room
    before = timing.snapshot(db, session.id)
    timing.advance(db, session.id, clock.now())
    clock.advance(minutes=1)
    timing.advance(db, session.id, clock.now())
    timing.restore(db, session.id, before)
    assert all(i.started_at is None and i.ended_at is None for i in _items(db, session.id))


def test_restarting_a_finished_item_counts_the_gap_as_pause(room) -> None:
    db, clock, session, ids = room
    timing.start_item(db, ids[0], clock.now())
    clock.advance(minutes=2)
    timing.start_item(db, ids[1], clock.now())
    clock.advance(minutes=3)
    timing.start_item(db, ids[0], clock.now())
    clock.advance(minutes=1)
    items = _items(db, session.id)
    assert items[1].ended_at is not None
    assert timing.elapsed_seconds(items[0], clock.now()) == 180


def test_drift_of_a_finished_session_is_its_actual_end(room) -> None:
    db, clock, session, ids = room
    start = START
    for item_id, minutes in zip(ids, (12, 25, 5), strict=True):
        agenda.update_item(db, item_id, started_at=start, ended_at=start + timedelta(minutes=minutes))
        start += timedelta(minutes=minutes)
    clock.advance(days=3)  # looked at days later: the end does not move with the clock
    drift = timing.session_drift(sessions.get_session(db, session.id),
                                 _items(db, session.id), clock.now())
    assert drift.estimated_end == START + timedelta(minutes=42)
    assert drift.seconds == 7 * 60
