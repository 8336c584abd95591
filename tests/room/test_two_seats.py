"""Two seats in two real processes share one room: the one opening later sees the running
item and the speaker at once, with clocks within a second even when its own clock is 10
minutes fast; both see each other's seat; the leader's writes are refused."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PG_URL = os.environ.get("TINGJIAN_TEST_DATABASE_URL", "")
PG_NAME = "tingjian_room_test"


def _migrated(db: str) -> str:
    """Build the schema here (SQLite from the suite's template), so the seats only open it."""
    from desktop.core.db import open_database, resolve_location

    open_database(resolve_location(db, Path(db)), backup=False).close()
    return db


class Seat:
    def __init__(self, db: str, role: str, *extra: str, wait: bool = True) -> None:
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.room.seat", db, role, *extra], cwd=ROOT, env=env,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        self.opened = self._line() if wait else {}

    def wait_opened(self) -> dict:
        self.opened = self._line()
        return self.opened

    def _line(self) -> dict:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        assert line, f"the seat process ended (code {self.proc.poll()})"
        return json.loads(line)

    def ask(self, command: str = "state") -> dict:
        assert self.proc.stdin is not None
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()
        return self._line()

    def close(self) -> None:
        if self.proc.poll() is None:
            assert self.proc.stdin is not None
            self.proc.stdin.write("quit\n")
            self.proc.stdin.close()
            self.proc.wait(timeout=60)


@pytest.fixture
def sqlite_file(tmp_path: Path) -> Iterator[str]:
    yield _migrated(str(tmp_path / "room.db"))


@pytest.fixture
def pg_url() -> Iterator[str]:
    if not PG_URL:
        pytest.skip("TINGJIAN_TEST_DATABASE_URL is not set")
    import psycopg
    from sqlalchemy.engine import make_url

    url = make_url(PG_URL)
    admin = url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{PG_NAME}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{PG_NAME}"')
    try:
        yield _migrated(url.set(database=PG_NAME).render_as_string(hide_password=False))
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{PG_NAME}" WITH (FORCE)')


def _two_seats(db: str) -> None:
    a = Seat(db, "facilitator", "--run")
    b = leader = None
    try:
        assert a.opened["item"] is not None and a.opened["speaker"] is not None
        before = a.ask()
        b = Seat(db, "secretary", "--skew", "600", wait=False)  # later, 10 minutes fast
        leader = Seat(db, "leader", wait=False)
        seen = b.wait_opened()
        after = a.ask()
        leader.wait_opened()
        assert (seen["session"], seen["item"], seen["speaker"]) == (
            before["session"], before["item"], before["speaker"])
        assert seen["item_started_at"] == before["item_started_at"]
        assert abs(seen["offset"] + 600) < 5  # the skew was measured and taken off
        for clock in ("item_elapsed", "speaker_elapsed"):
            assert before[clock] - 1 <= seen[clock] <= after[clock] + 1, (clock, before, seen,
                                                                          after)
        assert {"facilitator", "secretary"} <= set(after["seats"])
        assert leader.opened["item"] == before["item"]
        assert sorted(b.ask()["seats"]) == ["facilitator", "leader", "secretary"]
        refused = leader.ask("write")["refused"]
        assert refused is not None and "leader" in refused["en"] and "领导" in refused["zh"]
        assert sorted(a.ask()["seats"]) == ["facilitator", "leader", "secretary"]
    finally:
        for seat in (leader, b, a):
            if seat is not None:
                seat.close()


def test_two_processes_share_one_sqlite_room(sqlite_file: str) -> None:
    _two_seats(sqlite_file)


@pytest.mark.postgres
def test_two_processes_share_one_postgres_room(pg_url: str) -> None:
    _two_seats(pg_url)
