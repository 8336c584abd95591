"""Kill a real capturing process with SIGKILL many times: nothing shown as saved is lost."""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlmodel import select

from desktop.core.db import open_database, resolve_location
from desktop.core.live.drafts import DraftStore
from desktop.core.models import Opinion
from desktop.core.services import sessions

ROOT = Path(__file__).resolve().parents[2]
KILLS = int(os.environ.get("TINGJIAN_CRASH_KILLS", "24"))

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs SIGKILL")


class Server:
    """The driver process; its lines are collected by a reader thread."""

    def __init__(self, args: list[str], env: dict[str, str]) -> None:
        self.proc = subprocess.Popen([sys.executable, "-u", *args], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True, encoding="utf-8",
                                     env=env, cwd=ROOT)
        self.lines: list[str] = []
        self.cond = threading.Condition()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for raw in self.proc.stdout:  # type: ignore[union-attr]
            with self.cond:
                if raw.strip():
                    self.lines.append(raw.rstrip("\n"))
                self.cond.notify_all()

    def send(self, line: str) -> None:
        self.proc.stdin.write(line + "\n")  # type: ignore[union-attr]
        self.proc.stdin.flush()  # type: ignore[union-attr]

    def wait_for(self, predicate, timeout: float = 60) -> str:  # noqa: ANN001
        deadline = time.monotonic() + timeout
        with self.cond:
            while True:
                for index, line in enumerate(self.lines):
                    if predicate(line):
                        return self.lines.pop(index)
                left = deadline - time.monotonic()
                assert left > 0 and self.proc.poll() is None, "driver stopped answering"
                self.cond.wait(left)

    def take(self) -> list[str]:
        with self.cond:
            out, self.lines = self.lines, []
            return out


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


def test_sigkill_at_random_moments_loses_nothing_confirmed(tmp_path: Path) -> None:
    seed = int(os.environ.get("TINGJIAN_CRASH_SEED", str(random.randrange(1 << 30))))
    print(f"crash test seed: {seed} (set TINGJIAN_CRASH_SEED to repeat)")
    rng = random.Random(seed)
    db_path, drafts = tmp_path / "crash.db", tmp_path / "drafts"
    db = open_database(resolve_location(db_path, db_path))
    session_id = sessions.create_session(db, "Crash forum", datetime.now(UTC)).id
    db.close()
    confirmed: dict[int, int] = {}
    next_n, last_draft_n = 0, None
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    server = Server([str(Path(__file__).with_name("capture_driver.py")), str(db_path),
                     str(drafts), str(session_id)], env)
    server.wait_for(lambda line: line == "server")
    try:
        for kill in range(KILLS):
            server.send(f"start {next_n}")
            pid = int(server.wait_for(lambda line: line.startswith("pid ")).split()[1])
            server.wait_for(lambda line: line == "ready")
            time.sleep(rng.uniform(0.0, 0.25))
            os.kill(pid, signal.SIGKILL)
            deadline = time.monotonic() + 10
            while not _gone(pid):
                assert time.monotonic() < deadline, "killed child did not go away"
                time.sleep(0.005)
            server.send(f"sync {kill}")
            server.wait_for(lambda line, k=kill: line == f"synced {k}")
            for line in server.take():
                parts = line.split()
                if parts[0] == "O" and len(parts) == 3:
                    confirmed[int(parts[1])] = int(parts[2])
                elif parts[0] == "D":
                    last_draft_n = int(parts[1])
            next_n = max([*confirmed.values(), -1]) + 1
            _check(db_path, session_id, confirmed, seed, kill)
            draft = DraftStore(session_id, drafts).load()
            if last_draft_n is not None:
                # The last draft written is restorable: the one printed last, or the next.
                assert draft is not None, f"seed {seed}, kill {kill}: draft lost"
                assert draft["n"] in (last_draft_n, last_draft_n + 1)
                assert draft["text"].startswith(f"opinion {draft['n']}:")
    finally:
        server.proc.kill()
        server.proc.wait(10)
    assert len(confirmed) > KILLS  # the loop really captured between kills


def _check(db_path: Path, session_id: int, confirmed: dict[int, int], seed: int,
           kill: int) -> None:
    # After every kill: the database opens, is intact and holds every confirmed opinion.
    db = open_database(resolve_location(db_path, db_path), backup=False)
    try:
        assert db.check(full=True) == ["ok"], f"seed {seed}, kill {kill}"
        with db.read() as s:
            stored = {oid: text for oid, text in s.exec(
                select(Opinion.id, Opinion.text).where(Opinion.session_id == session_id))}
        missing = [oid for oid in confirmed if oid not in stored]
        assert missing == [], f"seed {seed}, kill {kill}: lost {missing}"
        for oid, n in confirmed.items():
            assert stored[oid].startswith(f"opinion {n}:")
    finally:
        db.close()
