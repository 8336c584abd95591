"""One shared room: the speaker's clock follows the item's pause, the server's clock corrects
each laptop's, seats come and go, and the leader's seat only reads."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desktop.core.clock import FakeClock
from desktop.core.errors import StorageError
from desktop.core.live import room, timing
from desktop.core.live.stats import live_stats
from desktop.core.server_time import REMEASURE_SECONDS, ServerClock, server_now
from desktop.core.services import agenda, seats, sessions, turns

START = datetime(2026, 11, 23, 1, 0, tzinfo=UTC)


@pytest.fixture
def live(db):
    clock = FakeClock(START)
    session = sessions.create_session(db, "Forum", START)
    item = agenda.add_item(db, session.id, "Open floor", planned_minutes=20)
    other = agenda.add_item(db, session.id, "Closing", planned_minutes=5)
    timing.start_item(db, item.id, clock.now())
    turn = turns.enqueue(db, session.id, label="Resident of building 7", now=clock.now())
    return db, clock, session.id, item.id, other.id, turn.id


def _turn(db, session_id, turn_id):
    return next(t for t in turns.list_turns(db, session_id) if t.id == turn_id)


def test_the_speaker_clock_stops_with_the_item_and_resumes_with_it(live) -> None:
    db, clock, sid, item, _other, turn = live
    turns.start_turn(db, turn, clock.now(), item)
    clock.advance(seconds=40)  # 40 s spoken
    timing.pause_item(db, item, clock.now())
    clock.advance(seconds=90)  # paused 90 s: the clock must not move
    state = room.room_state(db, sid, clock.now())
    assert state.paused and state.speaker_turn_id == turn
    assert state.speaker_elapsed == 40
    assert turns.turn_time(_turn(db, sid, turn), clock.now()).remaining == 180 - 40
    timing.resume_item(db, item, clock.now())
    clock.advance(seconds=25)  # 25 s more
    assert turns.turn_time(_turn(db, sid, turn), clock.now()).elapsed == 40 + 25
    turns.finish(db, turn, clock.now())
    clock.advance(seconds=300)
    done = _turn(db, sid, turn)
    assert done.paused_seconds == 90
    assert turns.speaking_seconds(done, clock.now()) == 65  # recorded without the pause
    assert live_stats([done], clock.now()).citizen_seconds == 65


def test_a_turn_ended_during_the_pause_excludes_it(live) -> None:
    db, clock, sid, item, _other, turn = live
    turns.start_turn(db, turn, clock.now(), item)
    clock.advance(seconds=10)
    timing.pause_item(db, item, clock.now())
    clock.advance(seconds=50)
    turns.finish(db, turn, clock.now())
    clock.advance(seconds=50)
    timing.resume_item(db, item, clock.now())
    done = _turn(db, sid, turn)
    assert (done.paused_at, done.paused_seconds) == (None, 50)
    assert turns.speaking_seconds(done, clock.now()) == 10


def test_the_floor_given_during_a_pause_starts_stopped(live) -> None:
    db, clock, sid, item, other, turn = live
    timing.pause_item(db, item, clock.now())
    clock.advance(seconds=30)
    turns.start_turn(db, turn, clock.now(), item)
    clock.advance(seconds=20)
    assert turns.speaking_seconds(_turn(db, sid, turn), clock.now()) == 0
    timing.start_item(db, other, clock.now())  # the next item runs: so does the clock
    clock.advance(seconds=15)
    assert turns.speaking_seconds(_turn(db, sid, turn), clock.now()) == 15


def test_undo_of_a_pause_puts_the_speaker_clock_back(live) -> None:
    db, clock, sid, item, _other, turn = live
    turns.start_turn(db, turn, clock.now(), item)
    clock.advance(seconds=30)
    before = timing.snapshot(db, sid)
    timing.pause_item(db, item, clock.now())
    clock.advance(seconds=60)
    timing.restore(db, sid, before)  # as if the pause never happened
    assert _turn(db, sid, turn).paused_at is None
    assert turns.speaking_seconds(_turn(db, sid, turn), clock.now()) == 90


def test_a_late_seat_reads_the_same_room(live) -> None:
    db, clock, sid, item, _other, turn = live
    second = turns.enqueue(db, sid, label="Ms Li", now=clock.now())
    turns.start_turn(db, turn, clock.now(), item)
    clock.advance(seconds=75)
    first = room.room_state(db, sid, clock.now())
    late = room.room_state(db, sid, clock.now())  # what a seat opening now reads
    assert (late.item_id, late.speaker_turn_id, late.queue) == (item, turn, (second.id,))
    assert late.item_elapsed == first.item_elapsed == 75
    assert late.fingerprint == room.fingerprint(db, sid)
    timing.pause_item(db, item, clock.now())
    assert room.fingerprint(db, sid) != late.fingerprint
    assert room.live_session_id(db) == sid


class Skewed(FakeClock):
    def __init__(self, base: FakeClock, seconds: float) -> None:
        super().__init__()
        self.base, self.skew = base, timedelta(seconds=seconds)

    def now(self) -> datetime:
        return self.base.now() + self.skew

    def monotonic(self) -> float:
        return self.base.monotonic()


def test_the_server_clock_corrects_a_skewed_laptop(sqlite_database) -> None:
    machine = FakeClock(START)  # the clock of the machine holding the file
    laptop = Skewed(machine, 600)  # this laptop runs 10 minutes fast
    clock = ServerClock(lambda: sqlite_database, lambda: laptop, reference=machine)
    assert clock.now() == START and clock.offset == timedelta(seconds=-600)
    laptop.skew = timedelta(seconds=-45)  # the laptop's clock jumps; measured again a minute on
    machine.advance(seconds=REMEASURE_SECONDS - 1)
    assert clock.now() == START + timedelta(seconds=59 - 45 - 600)  # old correction still on
    assert clock.measurements == 1
    machine.advance(seconds=1)
    assert clock.now() == START + timedelta(seconds=60) and clock.measurements == 2


def test_without_a_reference_sqlite_is_this_machine(sqlite_database) -> None:
    laptop = FakeClock(START)
    clock = ServerClock(lambda: sqlite_database, lambda: laptop)
    assert clock.now() == START and clock.offset == timedelta(0)
    assert server_now(sqlite_database, laptop) == START


@pytest.mark.postgres
def test_postgres_time_is_the_servers(pg_database) -> None:
    laptop = Skewed(FakeClock(START), 0)
    real = server_now(pg_database)
    laptop.base = FakeClock(real + timedelta(minutes=10))  # 10 minutes fast
    clock = ServerClock(lambda: pg_database, lambda: laptop)
    assert abs((clock.now() - server_now(pg_database)).total_seconds()) < 5
    assert abs(clock.offset.total_seconds() + 600) < 5


def test_seats_come_and_go(db) -> None:
    clock = FakeClock(START)
    a = seats.connect(db, "facilitator", clock.now(), name="Zhang", hostname="lap-1")
    b = seats.connect(db, "secretary", clock.now(), hostname="lap-2")
    c = seats.connect(db, "Secretary", clock.now(), name="Wang", hostname="lap-3")
    listed = seats.active_seats(db, clock.now())
    assert listed[0].id == a.id and {s.id for s in listed[1:]} == {b.id, c.id}
    assert seats.counts(listed) == [
        ("facilitator", 1, ["Zhang"]), ("secretary", 2, ["Wang", "lap-2"])]
    clock.advance(seconds=20)
    seats.heartbeat(db, a, clock.now())
    seats.heartbeat(db, c, clock.now())
    clock.advance(seconds=11)  # b last seen 31 s ago: gone
    assert {s.id for s in seats.active_seats(db, clock.now())} == {a.id, c.id}
    seats.disconnect(db, c.id)
    assert [s.id for s in seats.active_seats(db, clock.now())] == [a.id]
    with pytest.raises(Exception, match="Unknown seat"):
        seats.connect(db, "janitor", clock.now())


def test_the_leaders_seat_only_reads(db) -> None:
    clock = FakeClock(START)
    session = sessions.create_session(db, "Forum", START)
    leader = seats.connect(db, "leader", clock.now(), name="Director")
    assert seats.is_read_only("leader") and not seats.is_read_only("secretary")
    seats.make_read_only(db)
    with pytest.raises(StorageError) as refused:
        agenda.add_item(db, session.id, "Something", planned_minutes=5)
    assert "leader" in refused.value.text("en") and "领导" in refused.value.text("zh")
    with pytest.raises(StorageError):
        timing.start_item(db, agenda.list_items(db, session.id)[0].id if agenda.list_items(
            db, session.id) else 1, clock.now())
    assert agenda.list_items(db, session.id) == []
    clock.advance(seconds=25)
    seats.heartbeat(db, leader, clock.now())  # still seen by the others
    clock.advance(seconds=25)
    assert [s.role for s in seats.active_seats(db, clock.now())] == ["leader"]
    db.read_only = None


def test_a_server_away_keeps_the_last_correction() -> None:
    from types import SimpleNamespace

    from sqlalchemy import create_engine

    away = SimpleNamespace(dialect="postgresql",
                           engine=create_engine("postgresql+psycopg://nobody@127.0.0.1:1/none",
                                                connect_args={"connect_timeout": 2}))
    laptop = FakeClock(START)
    clock = ServerClock(lambda: away, lambda: laptop)
    clock.offset = timedelta(seconds=-30)  # measured while the server was there
    assert clock.now() == START - timedelta(seconds=30)
    assert clock.measurements == 0
    away.engine.dispose()
