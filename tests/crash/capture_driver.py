"""A small capture loop for the crash test: it is killed with SIGKILL at random moments.

Imports take seconds on a slow machine, so this script is a fork server: it imports the
services once, then for each ``start <n>`` line on stdin forks a fresh child process that
opens the database and captures until it is killed. Each round of the child writes the form
draft (as the live screen's autosave does), prints ``D <n>``, saves opinion n through the
capture service and prints ``O <id> <n>`` only after the commit returned — exactly when the
screen would show it as saved. ``sync <k>`` answers ``synced <k>`` so the test knows it has
read everything a killed child printed.
"""
from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

from desktop.core.db import open_database, resolve_location
from desktop.core.live.drafts import DraftStore
from desktop.core.services import opinions


def capture(db_path: Path, drafts: Path, session_id: int, n: int) -> None:
    db = open_database(resolve_location(db_path, db_path), migrate_schema=False, backup=False)
    store = DraftStore(session_id, drafts)
    print("ready", flush=True)
    while True:
        text = f"opinion {n}: 加装电梯 👍 \u202e<b>x</b> " + "字" * (n % 50)
        store.save({"text": text, "n": n, "kind": "suggestion"})
        print(f"D {n}", flush=True)
        row = opinions.create_opinion(db, session_id, text, tags=["lift"], support_count=n % 7,
                                      reply_text="noted" if n % 3 == 0 else "")
        print(f"O {row.id} {n}", flush=True)
        n += 1


def main() -> None:
    db_path, drafts, session_id = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # killed children are reaped at once
    print("server", flush=True)
    for line in sys.stdin:
        command, arg = line.split()
        if command == "start":
            pid = os.fork()
            if pid == 0:
                try:
                    capture(db_path, drafts, session_id, int(arg))
                finally:
                    os._exit(1)
            print(f"pid {pid}", flush=True)
        elif command == "sync":
            print(f"synced {arg}", flush=True)


if __name__ == "__main__":
    main()
