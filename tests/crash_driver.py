"""Writes opinions, commitments and edits forever, reporting each one once it is committed.

The crash suite starts ``run`` in a fresh process (forked from a server that already imported
the modules, so a start costs milliseconds) and kills it with SIGKILL at random moments. By hand:
    python tests/crash_driver.py DB_PATH SEED
Reports: ("O", id, marker), ("C", id, opinion_id), ("U", id, support_count).
"""
from __future__ import annotations

import random
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.core.db import open_database, resolve_location  # noqa: E402
from desktop.core.services import commitments, opinions, owners, sessions  # noqa: E402


def run(path: Path, seed: int, report) -> None:  # noqa: ANN001 - a callable taking a tuple
    rng = random.Random(seed)
    db = open_database(resolve_location(path, path))
    rows = sessions.list_session_rows(db)
    start = datetime(2026, 11, 23, 6, 30, tzinfo=UTC)
    session_id = rows[0].id if rows else sessions.create_session(db, "crash suite", start).id
    owner_list = owners.list_owners(db)
    owner_id = owner_list[0].id if owner_list else owners.create_owner(db, "城管办").id
    report(("READY",))
    n = 0
    last: list[int] = []
    while True:
        n += 1
        text = f"意见 {seed}-{n} " + "字" * rng.randint(0, 400)
        row = opinions.create_opinion(db, session_id, text, tags=["停车"], support_count=0)
        report(("O", row.id, f"{seed}-{n}"))
        last.append(row.id)
        if n % 4 == 0:
            c = commitments.create_commitment(db, session_id, f"承诺 {seed}-{n}", owner_id,
                                              start + timedelta(days=30), opinion_ids=[row.id])
            report(("C", c.id, row.id))
        if n % 3 == 0:
            target = rng.choice(last[-10:])
            opinions.update_opinion(db, target, support_count=n)
            report(("U", target, n))


def run_to_pipe(path: Path, seed: int, conn) -> None:  # noqa: ANN001 - a Connection
    run(path, seed, conn.send)


if __name__ == "__main__":
    run(Path(sys.argv[1]), int(sys.argv[2]), lambda item: print(*item, flush=True))
