"""Kill a writing process with SIGKILL at random moments; nothing confirmed may be lost.

Each writer is a real process of its own (forked from a preloaded server), killed with SIGKILL.

The seed is printed (and can be fixed with TINGJIAN_CRASH_SEED) so a failure can be replayed.
"""
from __future__ import annotations

import multiprocessing
import os
import random
import signal
import time
from pathlib import Path

import pytest
from sqlmodel import select

from desktop.core.db import open_database, resolve_location
from desktop.core.models import Commitment, CommitmentOpinion, Opinion

from . import crash_driver

KILLS = int(os.environ.get("TINGJIAN_CRASH_KILLS", "50"))


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")
def test_sigkill_at_random_moments_loses_nothing_confirmed(tmp_path: Path) -> None:
    seed = int(os.environ.get("TINGJIAN_CRASH_SEED", random.SystemRandom().randrange(10**6)))
    print(f"crash suite seed: {seed}, kills: {KILLS}")
    rng = random.Random(seed)
    path = tmp_path / "crash.db"
    confirmed_opinions: dict[int, str] = {}
    confirmed_commitments: dict[int, int] = {}
    confirmed_support: dict[int, int] = {}
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["tests.crash_driver"])
    for kill in range(KILLS):
        receiver, sender = ctx.Pipe(duplex=False)
        proc = ctx.Process(target=crash_driver.run_to_pipe,
                           args=(path, seed * 1000 + kill, sender), daemon=True)
        proc.start()
        sender.close()
        assert receiver.poll(60) and receiver.recv() == ("READY",), f"driver did not start ({seed})"
        for _ in range(rng.randint(0, 40)):
            if not receiver.poll(10):
                break
            kind, ident, value = receiver.recv()
            if kind == "O":
                confirmed_opinions[ident] = value
            elif kind == "C":
                confirmed_commitments[ident] = value
            else:
                confirmed_support[ident] = value
        time.sleep(rng.random() * 0.02)  # land the kill inside a later, unconfirmed write
        os.kill(proc.pid, signal.SIGKILL)
        proc.join()
        assert proc.exitcode == -signal.SIGKILL
        receiver.close()
        db = open_database(resolve_location(path, path))  # quick_check runs here
        try:
            with db.read() as s:
                texts = {o.id: o.text for o in s.exec(select(Opinion))}
                links = {(c.commitment_id, c.opinion_id) for c in s.exec(select(CommitmentOpinion))}
                made = set(s.exec(select(Commitment.id)))
                support = {o.id: o.support_count for o in s.exec(select(Opinion))}
            for oid, marker in confirmed_opinions.items():
                assert oid in texts and texts[oid].startswith(f"意见 {marker} "), (seed, kill, oid)
            for cid, oid in confirmed_commitments.items():
                assert cid in made and (cid, oid) in links, (seed, kill, cid)
            for oid, value in confirmed_support.items():
                assert support[oid] >= value, (seed, kill, oid)  # a later edit may follow
            assert db.check(full=True) == ["ok"], (seed, kill)
        finally:
            db.close()
    assert len(confirmed_opinions) > KILLS  # the suite really wrote while being killed
