"""The change feed across seats and transactions the caller opens.

Several seats are several ``Database`` instances (one per process in real use; a real second
process where the test says so). PostgreSQL runs in a database of its own, since NOTIFY is
heard by every listener of a database and other test runs share the server.
"""
from __future__ import annotations

import os
import queue
import subprocess
import sys
import json
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlmodel import select

from desktop.core import changes
from desktop.core.changes import Change, Entity
from desktop.core.db import changed, open_database, resolve_location
from desktop.core.errors import ValidationError
from desktop.core.feed import ChangeFeed
from desktop.core.models import ListeningSession, Opinion
from desktop.core.services import opinions, sessions, turns

from ..conftest import PG_URL

START = datetime(2026, 11, 23, 1, 0, tzinfo=UTC)
REPO = Path(__file__).resolve().parents[2]
WAIT = 30  # seconds a change may take on a busy machine before the test gives up
FEED_DB = "tingjian_feed_test"


def _admin_url() -> str:
    return resolve_location(PG_URL, Path("unused")).url


@pytest.fixture(scope="module")
def pg_feed_url() -> Iterator[str]:
    """A migrated PostgreSQL database of this module's own, dropped afterwards."""
    if not PG_URL:
        pytest.skip("TINGJIAN_TEST_DATABASE_URL is not set")
    import psycopg
    from sqlalchemy.engine import make_url

    admin = make_url(_admin_url())
    conninfo = admin.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {FEED_DB} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {FEED_DB}")
    url = admin.set(database=FEED_DB).render_as_string(hide_password=False)
    open_database(resolve_location(url, Path("unused"))).close()  # migrated once
    try:
        yield url
    finally:
        with psycopg.connect(conninfo, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {FEED_DB} WITH (FORCE)")


BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


@pytest.fixture(params=BACKENDS)
def where(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where the seats' data lives: a SQLite file, or the module's PostgreSQL database."""
    if request.param == "postgres":
        return request.getfixturevalue("pg_feed_url")
    path = tmp_path / "room.db"
    open_database(resolve_location(path, path)).close()
    return str(path)


@pytest.fixture
def seats(where: str) -> Iterator:
    """Open a seat on the shared data; every seat opened is closed afterwards."""
    opened = []

    def seat():
        db = open_database(resolve_location(where, Path(where)))
        opened.append(db)
        return db

    yield seat
    for db in opened:
        db.close()


class Heard:
    """What one seat's listeners were told, in order."""

    def __init__(self, db) -> None:
        self.changes: queue.Queue[Change] = queue.Queue()
        self.all: list[Change] = []
        db.subscribe(self._hear)

    def _hear(self, change: Change) -> None:
        self.all.append(change)
        self.changes.put(change)

    def next(self) -> Change:
        return self.changes.get(timeout=WAIT)


def _running(db) -> ChangeFeed:
    feed = ChangeFeed(db, poll_seconds=0.05).start()
    assert feed.ready.wait(WAIT)
    return feed


# --- the entities ---------------------------------------------------------------------------------

def test_a_change_names_an_entity_never_a_string(sqlite_database) -> None:
    db = sqlite_database
    with pytest.raises(TypeError):
        with db.write() as s:
            changed(s, "opinion", 1)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Change("opinion")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        db.notify("session")  # type: ignore[arg-type]


def test_every_entity_a_service_announces_is_in_the_enumeration() -> None:
    """An independent look at the sources: every ``Entity.X`` they name exists, and no call
    passes a quoted name any more."""
    import re

    names = set()
    for path in (REPO / "desktop").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        names |= set(re.findall(r"Entity\.([A-Z][A-Z_]+)", text))
        assert not re.search(r"\b(touch|changed|notify)\([^)\n]*, \"[a-z_]+\"", text), path
    assert names <= set(Entity.__members__), names - set(Entity.__members__)
    assert {"OPINION", "COMMITMENT", "SPEAKER_TURN", "AGENDA_ITEM"} <= names


def test_a_large_change_fits_the_notify_payload_limit() -> None:
    seat = changes.Seat()
    payloads = changes.encode(seat, [(Entity.OPINION, tuple(range(1, 3001))),
                                     (Entity.PERSON, tuple(range(100_000)))])
    assert all(len(p.encode()) < 8000 for p in payloads)
    back = [changes.decode(p, START) for p in payloads]
    opinion_ids = [i for c in back if c.entity is Entity.OPINION for i in c.ids]
    assert opinion_ids == list(range(1, 3001))  # split, nothing lost
    person = [c for c in back if c.entity is Entity.PERSON]
    assert len(person) == 1 and person[0].ids == ()  # too many: "these rows: all"
    assert {c.seat for c in back} == {seat.id}


# --- across seats ---------------------------------------------------------------------------------

def test_another_seat_hears_a_committed_write_and_the_writer_hears_it_once(seats) -> None:
    writer, reader = seats(), seats()
    mine, theirs = Heard(writer), Heard(reader)
    with _running(writer), _running(reader):
        row = sessions.create_session(writer, "Forum", START)
        change = theirs.next()
        assert (change.entity, change.ids, change.seat) == (Entity.SESSION, (row.id,),
                                                             writer.seat.id)
        assert not change.local
        # the reader writes too; once that has reached the writer, an echo of the writer's own
        # change (which would have come first) cannot be on its way any more
        sessions.create_session(reader, "Other", START)
        echo = mine.next()
        while echo.local:
            echo = mine.next()
        assert echo.seat != writer.seat.id
    own = [c for c in mine.all if c.local]
    assert [(c.entity, c.ids) for c in own] == [(Entity.SESSION, (row.id,))]
    assert all(c.seat != writer.seat.id for c in mine.all if not c.local)


def test_an_opinion_captured_on_one_seat_reaches_the_other(seats) -> None:
    """Capture writes on the driver's cursor, not through a Session: its notice travels too."""
    from desktop.core.live.capture import capture_opinion

    writer, reader = seats(), seats()
    theirs = Heard(reader)
    session = sessions.create_session(writer, "Forum", START)
    with _running(reader):
        opinion_id = capture_opinion(writer, session.id, "路灯坏了", START, tags=["照明"])
        change = theirs.next()
        while change.entity is not Entity.OPINION:
            change = theirs.next()
        assert (change.ids, change.seat) == ((opinion_id,), writer.seat.id)


def test_a_rolled_back_transaction_announces_nothing(seats) -> None:
    writer, reader = seats(), seats()
    mine, theirs = Heard(writer), Heard(reader)
    with _running(writer), _running(reader):
        with pytest.raises(ZeroDivisionError):
            with writer.transaction():
                sessions.create_session(writer, "Doomed", START)
                1 / 0
        with pytest.raises(ValidationError):
            sessions.create_session(writer, "", START)
        marker = sessions.create_session(writer, "Kept", START)  # the feed works meanwhile
        change = theirs.next()
        assert change.ids == (marker.id,)
        assert theirs.changes.empty()
    assert [c.ids for c in mine.all] == [(marker.id,)]
    with reader.read() as s:
        titles = list(s.exec(select(ListeningSession.title)))
    assert "Kept" in titles and "Doomed" not in titles


def _watch(where: str, *extra: str) -> subprocess.Popen:
    env = {**os.environ, "TINGJIAN_LANG": "en"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "desktop", "watch", "--json", "--db", where, *extra],
        cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = proc.stderr.readline()  # the feed listens once this is printed
    assert "watching" in line, line + proc.stderr.read()
    return proc


def test_a_write_in_one_process_is_seen_by_another(seats, where) -> None:
    writer = seats()
    proc = _watch(where, "--count", "1", "--timeout", str(WAIT))
    row = sessions.create_session(writer, "Seen elsewhere", START)
    out, err = proc.communicate(timeout=WAIT + 10)
    assert proc.returncode == 0, err
    lines = out.splitlines()
    assert len(lines) == 1
    seen = json.loads(lines[0])
    assert set(seen) >= {"entity", "ids", "seat", "at"}
    datetime.fromisoformat(seen["at"])
    assert (seen["entity"], seen["ids"], seen["seat"]) == ("session", [row.id], writer.seat.id)


def test_what_is_not_the_record_announces_nothing(seats) -> None:
    """A seat's heartbeat is a commit too, but changes nothing anyone shows: no seat refreshes
    for it (its own window included)."""
    from desktop.core.services import seats as seat_service

    writer, reader = seats(), seats()
    mine, theirs = Heard(writer), Heard(reader)
    with _running(writer), _running(reader):
        seat = seat_service.connect(writer, "secretary", START)
        for n in range(3):
            seat_service.heartbeat(writer, seat, START.replace(second=n + 1))
        marker = sessions.create_session(writer, "After the beats", START)
        assert theirs.next().ids == (marker.id,)  # the first thing the reader hears
    assert [c.ids for c in mine.all] == [(marker.id,)]


def test_a_bulk_load_outside_a_write_reaches_the_other_seats(seats) -> None:
    writer, reader = seats(), seats()
    theirs = Heard(reader)
    with _running(reader):
        writer.notify(Entity.PERSON, (7, 8))
        change = theirs.next()
        assert (change.entity, change.ids, change.seat) == (Entity.PERSON, (7, 8),
                                                             writer.seat.id)


def test_notes_a_feed_could_not_read_are_announced_as_unknown(tmp_path) -> None:
    """Notes dropped before a slow feed read them, or a file whose numbering went back (a
    restored backup): which rows changed is not known, so every view refreshes."""
    path = tmp_path / "room.db"
    writer = open_database(resolve_location(path, path))
    reader = open_database(resolve_location(path, path))
    theirs = Heard(reader)
    try:
        feed = ChangeFeed(reader, poll_seconds=3600).start()  # polled by hand below
        notes = feed._notes
        first = sessions.create_session(writer, "One", START)
        assert [json.loads(p)["ids"] for p in notes.poll()[0]] == [[first.id]]
        for n in range(6):
            sessions.create_session(writer, f"Many {n}", START)
        with writer.engine.begin() as conn:  # as the pruning does, far ahead of this reader
            conn.exec_driver_sql("DELETE FROM change_note WHERE seq <= "
                                 "(SELECT max(seq) FROM change_note) - 3")
        payloads, lost = notes.poll()
        assert lost and len(payloads) == 3
        with writer.engine.begin() as conn:  # the numbering goes back
            conn.exec_driver_sql("DELETE FROM change_note")
            conn.exec_driver_sql("DELETE FROM sqlite_sequence WHERE name = 'change_note'")
        sessions.create_session(writer, "Restored", START)
        payloads, lost = notes.poll()
        assert lost and payloads == []
        later = sessions.create_session(writer, "Later", START)
        assert [json.loads(p)["ids"] for p in notes.poll()[0]] == [[later.id]]
        feed.stop()
        assert theirs.all == []  # nothing was delivered by the feed's own loop
    finally:
        writer.close()
        reader.close()


def test_the_notes_stay_few(tmp_path, monkeypatch) -> None:
    from desktop.core import db as db_module

    monkeypatch.setattr(db_module, "NOTE_PRUNE_EVERY", 10)
    monkeypatch.setattr(db_module, "NOTES_KEPT", 25)
    path = tmp_path / "room.db"
    db = open_database(resolve_location(path, path))
    try:
        for n in range(95):
            sessions.create_session(db, f"S{n}", START)
        with db.engine.connect() as conn:
            kept = conn.exec_driver_sql("SELECT count(*) FROM change_note").scalar()
            newest = conn.exec_driver_sql("SELECT max(seq) FROM change_note").scalar()
        assert 25 <= kept <= 35 and newest >= 95
    finally:
        db.close()


def test_watch_stops_at_its_timeout_when_nothing_changes(where) -> None:
    proc = _watch(where, "--count", "1", "--timeout", "0.5")
    out, _err = proc.communicate(timeout=WAIT)
    assert (proc.returncode, out) == (1, "")


# --- transactions the caller opens -------------------------------------------------------------

def _queue_of_three(db) -> tuple[int, list[int]]:
    session = sessions.create_session(db, "Forum", START)
    ids = [turns.enqueue(db, session.id, label=name).id for name in ("甲", "乙", "丙")]
    return session.id, ids


def test_services_inside_one_transaction_commit_once_and_announce_once(db) -> None:
    heard = Heard(db)
    sid, ids = _queue_of_three(db)
    heard.all.clear()
    with db.transaction():
        turns.move_turn(db, ids[2], 0)
        turns.remove_turn(db, ids[1])
        assert heard.all == []  # nothing is announced before the commit
    assert len(heard.all) == 1 and heard.all[0].entity is Entity.SPEAKER_TURN
    assert {ids[1], ids[2]} <= set(heard.all[0].ids)
    assert [t.label for t in turns.list_turns(db, sid)] == ["丙", "甲"]


def test_an_undo_whose_second_step_fails_leaves_nothing_half_done(db) -> None:
    """The undo of "add 丙 to the queue, then start 甲": take 丙 out, put 甲 back in the queue."""
    heard = Heard(db)
    sid, ids = _queue_of_three(db)
    before = {k: v for k, v in turns.turn_snapshot(db, sid).items() if k != ids[2]}
    turns.start(db, ids[0], START)
    after = turns.turn_snapshot(db, sid)
    heard.all.clear()
    broken = {**before, ids[0]: ("no such status", None, None, None, 0)}
    # first step takes the waiting 丙 out of the queue; the second fails on the bad status
    with pytest.raises(ValueError):
        turns.restore_turns(db, sid, broken, remove=ids[2])
    assert turns.turn_snapshot(db, sid) == after  # 丙 still waits, 甲 still speaks
    assert heard.all == []
    turns.restore_turns(db, sid, before, remove=ids[2])  # the good undo goes through whole
    now = turns.turn_snapshot(db, sid)
    assert sorted(now) == sorted(ids[:2]) and all(v[0] == "queued" for v in now.values())
    assert len(heard.all) == 1 and {ids[0], ids[2]} <= set(heard.all[0].ids)


def test_a_snapshot_does_not_see_what_another_seat_commits_meanwhile(db) -> None:
    other = open_database(db.location)
    try:
        sid = sessions.create_session(db, "Forum", START).id
        opinions.create_opinion(db, sid, "第一条")
        with db.transaction(snapshot=True) as s:
            first = len(s.exec(select(Opinion)).all())
            opinions.create_opinion(other, sid, "读取期间另一台电脑新增")
            second = len(s.exec(select(Opinion)).all())
        outside = len(opinions.list_opinions(db, sid))
    finally:
        other.close()
    assert (first, second, outside) == (1, 1, 2)


def test_a_transaction_belongs_to_its_thread(db) -> None:
    """Another thread's write does not join this thread's open transaction."""
    sid = sessions.create_session(db, "Forum", START).id
    with pytest.raises(RuntimeError):
        with db.transaction():
            assert opinions.list_opinions(db, sid) == []
            worker = threading.Thread(target=lambda: opinions.create_opinion(db, sid, "kept"))
            worker.start()
            worker.join(WAIT)
            opinions.create_opinion(db, sid, "rolled back")
            raise RuntimeError("undo")
    assert [o.text for o in opinions.list_opinions(db, sid)] == ["kept"]
