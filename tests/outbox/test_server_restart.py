"""Capture survives a server restart: two seat processes capture opinions in a loop while the
test stops their PostgreSQL server for 10 s; afterwards every opinion a seat was told was
captured (saved, or kept on the laptop) is in the database exactly once.

The server is a private one (``private_pg.py``), never the shared one on 5432; the test is
skipped where the PostgreSQL binaries are missing and runs in CI where they exist.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.core.db import open_database, resolve_location
from desktop.core.models import Opinion
from desktop.core.services import sessions

from . import private_pg
from .conftest import pytestmark_server

ROOT = Path(__file__).resolve().parents[2]
SEATS = ("secretary-A", "secretary-B")
OUTAGE_S = 10
BEFORE, AFTER = 15, 15  # captures each seat reports before the stop and after the restart
RAW = ("FATAL", "psycopg", "server closed the connection", "Connection refused",
       "shutting down", "terminating connection")

pytestmark = pytestmark_server


def _lines(path: Path) -> list[dict]:
    if not path.exists():
        return []
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.endswith("}"):  # a line being written is read on the next look
            rows.append(json.loads(line))
    return rows


def _wait_for(results: list[Path], count: int, limit_s: float = 60) -> None:
    """Until every seat has reported ``count`` captures (a guard, not a measurement)."""
    end = time.monotonic() + limit_s
    while any(len(_lines(p)) < count for p in results):
        assert time.monotonic() < end, "a seat stopped capturing"
        time.sleep(0.1)


def test_every_captured_opinion_is_saved_exactly_once_across_a_restart(server, tmp_path) -> None:
    db = open_database(resolve_location(server.url, Path("unused")))
    session_id = sessions.create_session(db, "楼道议事会", db_now()).id
    db.close()
    stop = tmp_path / "stop"
    results = [tmp_path / f"{seat}.jsonl" for seat in SEATS]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TINGJIAN_DATA_DIR": str(tmp_path / "data")}
    seats = [subprocess.Popen(
        [sys.executable, "-m", "tests.outbox.seat", server.url, str(session_id), seat,
         str(tmp_path / f"{seat}-outbox.sqlite"), str(result), str(stop)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8",
        cwd=ROOT, env=env) for seat, result in zip(SEATS, results, strict=True)]
    try:
        _wait_for(results, BEFORE)
        server.stop("fast")  # mid-capture: connections are cut, new ones refused
        down = [len(_lines(p)) for p in results]
        time.sleep(OUTAGE_S)
        during = [len(_lines(p)) for p in results]
        server.start()
        _wait_for(results, max(during) + AFTER)
    finally:
        stop.touch()
        outputs = [seat.communicate(timeout=60) for seat in seats]
    summaries = []
    for seat, (out, err) in zip(seats, outputs, strict=True):
        assert seat.returncode == 0, err
        summaries.append(json.loads(out.strip().splitlines()[-1]))
    assert all(d > u for d, u in zip(during, down, strict=True)), "no capture during the outage"

    db = open_database(resolve_location(server.url, Path("unused")), migrate_schema=False)
    try:
        with db.read() as s:
            stored = s.execute(select(Opinion.client_id, Opinion.text)
                               .where(Opinion.session_id == session_id)).all()
    finally:
        db.close()
    per_id = Counter(cid for cid, _ in stored)
    text_of = dict(stored)
    reported = [row for path in results for row in _lines(path)]
    queued = sum(row["queued"] for row in reported)
    assert queued > 0  # the outage was really met: opinions waited on the laptops
    assert [cid for cid, n in per_id.items() if n != 1] == []  # nothing twice
    missing = [r for r in reported if per_id[r["client_id"]] != 1]
    assert missing == []  # nothing lost
    assert [r for r in reported if text_of[r["client_id"]] != r["text"]] == []
    assert len(stored) == len(reported)  # nothing the seats did not report
    for summary in summaries:
        assert summary["left"] == 0
        for message in summary["messages"]:
            assert not any(raw in message for raw in RAW), message
    print(f"captured {len(reported)}, queued {queued}, "
          f"per seat {[(s['saved'], s['queued'], s['refused']) for s in summaries]}")


def db_now():  # noqa: ANN201
    from desktop.core.clock import SYSTEM_CLOCK

    return SYSTEM_CLOCK.now()
