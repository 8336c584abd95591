"""A small capture loop for the crash test: it is killed with SIGKILL at random moments.

Imports take seconds on a slow machine, so this script is a fork server: it imports the
services once, then for each ``start <n>`` line on stdin forks a fresh child process that
opens the database and captures until it is killed. Each round of the child writes the form
draft (as the live screen's autosave does), prints ``D <n>``, saves opinion n through the
capture path the live screen uses and prints ``O <id> <n>`` only after the commit returned —
exactly when the screen would show it as saved. ``sync <k>`` answers ``synced <k>`` so the test knows it has
read everything a killed child printed.
"""
from __future__ import annotations

import os
import signal
import sys
from datetime import UTC, datetime
from pathlib import Path

from desktop.core.db import open_database, resolve_location
from desktop.core.live.capture import capture_opinion
from desktop.core.live.drafts import DraftStore


def say(line: str) -> None:
    """One write(2) per line: a pipe write under PIPE_BUF is atomic, so a kill never leaves
    half a line (print() may write the text and the newline separately)."""
    os.write(1, (line + "\n").encode("utf-8"))


def capture(db_path: Path, drafts: Path, session_id: int, n: int) -> None:
    db = open_database(resolve_location(db_path, db_path), migrate_schema=False, backup=False)
    store = DraftStore(session_id, drafts)
    say("ready")
    while True:
        text = f"opinion {n}: 加装电梯 👍 \u202e<b>x</b> " + "字" * (n % 50)
        store.save({"text": text, "n": n, "kind": "suggestion"})
        say(f"D {n}")
        opinion_id = capture_opinion(db, session_id, text, datetime.now(UTC), tags=["lift"],
                                     support_count=n % 7,
                                     reply_text="noted" if n % 3 == 0 else "")
        say(f"O {opinion_id} {n}")
        n += 1


def main() -> None:
    db_path, drafts, session_id = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # killed children are reaped at once
    say("server")
    for line in sys.stdin:
        command, arg = line.split()
        if command == "start":
            pid = os.fork()
            if pid == 0:
                try:
                    capture(db_path, drafts, session_id, int(arg))
                finally:
                    os._exit(1)
            say(f"pid {pid}")
        elif command == "sync":
            say(f"\nsynced {arg}")  # the newline ends any torn line


if __name__ == "__main__":
    main()
