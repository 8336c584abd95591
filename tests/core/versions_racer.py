"""One seat of the extension race (tests/core/test_versions_race.py), run as its own process.

    python -m tests.core.versions_racer DB_URL BARRIER_DIR SEAT DAYS

For every commitment, in id order: note the version on screen, wait at the barrier until the
other seat is there too, then extend the commitment by DAYS days. Odd positions pass the
version seen (the follow-up dialog's path), even ones none (the command line's path). Prints
one JSON line: [[commitment_id, outcome, started, ended, detail], ...] with monotonic
times; the detail is the message of any other error.
"""
from __future__ import annotations

import json
import sys
import time
from datetime import timedelta
from pathlib import Path

from desktop.core.db import open_database, resolve_location
from desktop.core.errors import ConflictError, TingjianError, ValidationError
from desktop.core.services import commitments

OTHER = {"a": "b", "b": "a"}


def barrier(folder: Path, step: int, seat: str) -> None:
    (folder / f"{step}.{seat}").touch()
    other = folder / f"{step}.{OTHER[seat]}"
    deadline = time.monotonic() + 60
    while not other.exists():
        if time.monotonic() > deadline:
            raise SystemExit(f"seat {OTHER[seat]} never reached step {step}")
        time.sleep(0.0002)


def main(url: str, folder: str, seat: str, days: str) -> None:
    db = open_database(resolve_location(url, Path("unused")), migrate_schema=False, backup=False)
    results = []
    try:
        rows = sorted(commitments.list_commitments(db), key=lambda c: c.id)
        for step, row in enumerate(rows):
            seen = row.version
            barrier(Path(folder), step, seat)
            started = time.monotonic()
            detail = ""
            try:
                commitments.extend(db, row.id, row.due_at + timedelta(days=int(days)),
                                   f"座位{seat}申请延期", approved_by=seat,
                                   expected_version=seen if step % 2 else None)
                outcome = "ok"
            except ConflictError:
                outcome = "conflict"
            except ValidationError as exc:  # decided on the winner's row: the policy allows one
                outcome, detail = "refused", str(exc)  # extension, or its date is later already
            except TingjianError as exc:
                outcome, detail = type(exc).__name__, str(exc)
            results.append([row.id, outcome, started, time.monotonic(), detail])
    finally:
        db.close()
    print(json.dumps(results))


if __name__ == "__main__":
    main(*sys.argv[1:])
