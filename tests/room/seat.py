"""One seat of a room in its own process, driven by the multi-seat tests.

``python -m tests.room.seat DB ROLE [--skew SECONDS] [--run]``: opens the database, connects
as ROLE and, with ``--run``, makes a session, starts its item and gives the floor. It prints
one JSON line of the room as it sees it (on its server-corrected clock) after opening, and
again for every "state" line read from stdin; "write" tries a write and prints the refusal.
The clock of this process runs ``--skew`` seconds off the machine's.
"""
from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime, timedelta
from pathlib import Path

from desktop.core.clock import SYSTEM_CLOCK, Clock
from desktop.core.db import open_database, resolve_location
from desktop.core.errors import TingjianError
from desktop.core.live import room, timing
from desktop.core.server_time import ServerClock
from desktop.core.services import agenda, seats, sessions, turns


class SkewedClock(Clock):
    def __init__(self, seconds: float) -> None:
        self.skew = timedelta(seconds=seconds)

    def now(self) -> datetime:
        return SYSTEM_CLOCK.now() + self.skew


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("db")
    parser.add_argument("role")
    parser.add_argument("--skew", type=float, default=0.0)
    parser.add_argument("--run", action="store_true")
    args = parser.parse_args()
    db = open_database(resolve_location(args.db, Path(args.db)), backup=False)
    local = SkewedClock(args.skew)
    # An SQLite file's server is this machine: its clock is the unskewed one.
    clock = ServerClock(lambda: db, lambda: local, reference=SYSTEM_CLOCK)
    seat = seats.connect(db, args.role, clock.now(), name=f"{args.role} seat")
    if seats.is_read_only(args.role):
        seats.make_read_only(db)
    if args.run:
        session = sessions.create_session(db, "Forum", clock.now())
        item = agenda.add_item(db, session.id, "Open floor", planned_minutes=30)
        timing.start_item(db, item.id, clock.now())
        turn = turns.enqueue(db, session.id, label="Resident of building 7", now=clock.now())
        turns.start_turn(db, turn.id, clock.now(), item.id)

    def report(**extra: object) -> None:
        now = clock.now()
        sid = room.live_session_id(db)
        state = room.room_state(db, sid, now) if sid is not None else None
        print(json.dumps({
            "session": sid,
            "item": state.item_id if state else None,
            "item_started_at": state.item_started_at.isoformat()
            if state and state.item_started_at else None,
            "item_elapsed": state.item_elapsed if state else None,
            "speaker": state.speaker_turn_id if state else None,
            "speaker_elapsed": state.speaker_elapsed if state else None,
            "offset": clock.offset.total_seconds(),
            "seats": [s.role for s in seats.active_seats(db, now)],
            **extra}), flush=True)

    report()
    for line in sys.stdin:
        command = line.strip()
        if command == "state":
            seat = seats.heartbeat(db, seat, clock.now())
            report()
        elif command == "write":
            try:
                sessions.create_session(db, "Another", clock.now())
                report(refused=None)
            except TingjianError as exc:
                report(refused={"en": exc.text("en"), "zh": exc.text("zh")})
        else:
            break
    seats.disconnect(db, seat.id)
    db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
