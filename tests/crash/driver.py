"""The writer the crash suite kills: the live capture path, its draft, commitments and edits.

Imports take seconds on a slow machine, so this script is a fork server: it imports the
services once, then for each ``start <n> <seed>`` line on stdin forks a fresh child that opens
the database and writes until it is killed with SIGKILL. Each round of the child:

- writes the form draft (as the live screen's autosave does) and prints ``D <n>``;
- saves opinion n through the capture path the live screen uses, then prints ``O <id> <n>``;
- every fourth round turns it into a commitment, then prints ``C <commitment id> <opinion id>``;
- every third round raises the support count of a recent opinion, then prints ``U <id> <count>``.

A line is printed only after its commit returned: exactly when the screen would show it saved.
``sync <k>`` answers ``synced <k>`` so the test knows it has read all that a killed child said.
"""
from __future__ import annotations

import os
import random
import signal
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from desktop.core.db import open_database, resolve_location  # noqa: E402
from desktop.core.live.capture import capture_opinion  # noqa: E402
from desktop.core.live.drafts import DraftStore  # noqa: E402
from desktop.core.services import commitments, opinions, owners  # noqa: E402

DUE = datetime(2026, 12, 31, 8, 0, tzinfo=UTC)


def say(line: str) -> None:
    """One write(2) per line: a pipe write under PIPE_BUF is atomic, so a kill never leaves
    half a line (print() may write the text and the newline separately)."""
    os.write(1, (line + "\n").encode("utf-8"))


def text_of(n: int) -> str:
    return f"opinion {n}: 加装电梯 👍 \u202e<b>x</b> " + "字" * (n % 50)


def write(db_path: Path, drafts: Path, session_id: int, owner_id: int, n: int, seed: int) -> None:
    rng = random.Random(seed)
    db = open_database(resolve_location(db_path, db_path), migrate_schema=False, backup=False)
    store = DraftStore(session_id, drafts)
    recent: list[int] = []
    say("ready")
    while True:
        text = text_of(n)
        store.save({"text": text, "n": n, "kind": "suggestion"})
        say(f"D {n}")
        opinion_id = capture_opinion(db, session_id, text, datetime.now(UTC), tags=["lift"],
                                     support_count=0, reply_text="noted" if n % 5 == 0 else "")
        say(f"O {opinion_id} {n}")
        recent = [*recent[-9:], opinion_id]
        if n % 4 == 0:
            made = commitments.create_commitment(db, session_id, f"承诺 {n}", owner_id,
                                                 DUE + timedelta(days=n % 30),
                                                 opinion_ids=[opinion_id])
            say(f"C {made.id} {opinion_id}")
        if n % 3 == 0:
            target = rng.choice(recent)
            opinions.update_opinion(db, target, support_count=n)
            say(f"U {target} {n}")
        n += 1


def main() -> None:
    db_path, drafts, session_id = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    db = open_database(resolve_location(db_path, db_path), backup=False)
    owner_id = owners.create_owner(db, "城管办").id
    db.close()
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # killed children are reaped at once
    say("server")
    for line in sys.stdin:
        command, *args = line.split()
        if command == "start":
            pid = os.fork()
            if pid == 0:
                try:
                    write(db_path, drafts, session_id, owner_id, int(args[0]), int(args[1]))
                finally:
                    os._exit(1)
            say(f"pid {pid}")
        elif command == "sync":
            say(f"\nsynced {args[0]}")  # the newline ends any torn line


if __name__ == "__main__":
    main()
