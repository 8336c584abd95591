"""Two real processes (two seats) extend the same 40 commitments at once, under a policy that
allows one extension: every commitment ends with exactly one extension, its due date is that
extension's new date, and the other seat was told (a conflict or the policy's refusal)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop.core.db import open_database, resolve_location
from desktop.core.deadlines import DeadlinePolicy
from desktop.core.services import commitments, owners, policies, sessions

ROOT = Path(__file__).resolve().parents[2]
PG_URL = os.environ.get("TINGJIAN_TEST_DATABASE_URL", "")
PAIRS = 40
START = datetime(2026, 11, 20, 6, 30, tzinfo=UTC)
DAYS = {"a": 10, "b": 20}  # each seat asks for a different new date: the winner is visible
ONE_EXTENSION = DeadlinePolicy(key="one_extension", name_zh="可延期一次", name_en="One extension",
                               amount=15, unit="calendar_days", max_extension=60,
                               max_extensions=1)


def _prepare(url: str) -> dict[int, datetime]:
    db = open_database(resolve_location(url, Path("unused")), backup=False)
    try:
        policies.save_custom(db, ONE_EXTENSION)
        s = sessions.create_session(db, "枫林社区民情恳谈会", START)
        owner = owners.create_owner(db, "街道城管办")
        return {commitments.create_commitment(
                    db, s.id, f"承诺事项{n}", owner.id, START + timedelta(days=20 + n),
                    deadline_policy="one_extension").id: START + timedelta(days=20 + n)
                for n in range(PAIRS)}
    finally:
        db.close()


def _race(url: str, tmp_path: Path) -> dict[str, list]:
    folder = tmp_path / "barrier"
    folder.mkdir()
    seats = {seat: subprocess.Popen(
        [sys.executable, "-m", "tests.core.versions_racer", url, str(folder), seat,
         str(DAYS[seat])], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for seat in DAYS}
    results = {}
    for seat, proc in seats.items():
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
        results[seat] = json.loads(out.strip().splitlines()[-1])
    return results


def _check(url: str, due: dict[int, datetime], results: dict[str, list]) -> Counter:
    by_commitment: dict[int, dict[str, tuple]] = {}
    for seat, rows in results.items():
        for cid, outcome, started, ended, detail in rows:
            assert outcome in ("ok", "conflict", "refused"), (cid, seat, outcome, detail)
            by_commitment.setdefault(cid, {})[seat] = (outcome, started, ended)
    assert sorted(by_commitment) == sorted(due)
    db = open_database(resolve_location(url, Path("unused")), migrate_schema=False, backup=False)
    try:
        rows = {c.id: c for c in commitments.list_commitments(db)}
        outcomes: Counter = Counter()
        for position, (cid, original) in enumerate(sorted(due.items())):
            seats = by_commitment[cid]
            winners = [seat for seat, (outcome, *_t) in seats.items() if outcome == "ok"]
            assert len(winners) == 1, (cid, seats)  # exactly one seat extended it
            (loser,) = set(seats) - set(winners)
            loser_outcome = seats[loser][0]
            # the loser decided on the row as the winner left it: when its screen showed the
            # version before the winner's write, a conflict; else the policy's refusal
            assert loser_outcome == ("conflict" if position % 2 else "refused"), (cid, seats)
            outcomes[("with version" if position % 2 else "without", loser_outcome)] += 1
            (a_start, a_end), (b_start, b_end) = (seats[s][1:] for s in ("a", "b"))
            outcomes["overlapping"] += a_start < b_end and b_start < a_end
            extensions = commitments.extensions(db, cid)
            assert len(extensions) == 1, (cid, [(e.old_due_at, e.new_due_at) for e in extensions])
            (ext,) = extensions
            expected = original + timedelta(days=DAYS[winners[0]])
            assert (ext.old_due_at, ext.new_due_at, ext.approved_by) == (original, expected,
                                                                          winners[0])
            assert rows[cid].due_at == ext.new_due_at
            assert rows[cid].version == 2
        return outcomes
    finally:
        db.close()


def _run(url: str, tmp_path: Path) -> None:
    due = _prepare(url)
    outcomes = _check(url, due, _race(url, tmp_path))
    print(dict(outcomes))
    assert sum(n for k, n in outcomes.items() if k != "overlapping") == PAIRS
    assert outcomes["overlapping"] >= 1  # the barrier made the two seats write at once


@pytest.mark.postgres
@pytest.mark.skipif(not PG_URL, reason="TINGJIAN_TEST_DATABASE_URL is not set")
def test_two_processes_racing_extensions_on_postgresql(tmp_path: Path) -> None:
    import psycopg
    from sqlalchemy.engine import make_url

    name = f"tingjian_versions_{uuid.uuid4().hex[:8]}"
    admin = make_url(PG_URL)
    conninfo = admin.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        _run(admin.set(database=name).render_as_string(hide_password=False), tmp_path)
    finally:
        with psycopg.connect(conninfo, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_two_processes_racing_extensions_on_sqlite(tmp_path: Path) -> None:
    _run(str(tmp_path / "room.db"), tmp_path)
