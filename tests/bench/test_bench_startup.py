"""Process start to the first painted window, to an interactive sessions list and to a fully
open database.

Runs ``python -m desktop`` with TINGJIAN_STARTUP_PROBE=1: the app reports the wall-clock time of
its first paint, of the main window showing the sessions list (read before the database layer
is imported), of the database being open behind it, and the longest GUI-thread stall between
the last two; then it quits.
"""
from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .test_bench_scale import large_db  # noqa: F401 - the shared large dataset

ROOT = Path(__file__).resolve().parents[2]


def probe(db: Path, data: Path) -> dict[str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TINGJIAN_STARTUP_PROBE": "1",
           "TINGJIAN_DATA_DIR": str(data)}
    started = time.time()
    out = subprocess.run([sys.executable, "-m", "desktop", "--db", str(db)], capture_output=True,
                         text=True, cwd=ROOT, env=env, timeout=60, check=True).stdout
    marks = json.loads(out.strip().splitlines()[-1])
    return {"first_paint": marks["first_paint"] - started,
            "interactive": marks["interactive"] - started,
            "ready": marks["ready"] - started,
            "longest_stall_ms": marks["longest_stall_ms"]}


@pytest.mark.parametrize("dataset", ["demo", "large"])
def test_startup(benchmark, tmp_path: Path, dataset: str, request: pytest.FixtureRequest) -> None:
    """The demo database (one session) and the large dataset (500 sessions, 100,000 opinions:
    the counts in the sessions list are read over all of them)."""
    if dataset == "large":
        db = request.getfixturevalue("large_db")
    else:
        db = tmp_path / "start.db"
        subprocess.run([sys.executable, "-m", "desktop", "demo", "--db", str(db)], cwd=ROOT,
                       check=True, capture_output=True, env={**os.environ, "TINGJIAN_LANG": "zh"})
    runs: list[dict[str, float]] = []
    benchmark.pedantic(lambda: runs.append(probe(db, tmp_path)), rounds=7, iterations=1)
    for key in ("first_paint", "interactive", "ready"):
        benchmark.extra_info[f"{key}_median_s"] = round(statistics.median(r[key] for r in runs), 3)
    benchmark.extra_info["longest_gui_stall_ms"] = max(r["longest_stall_ms"] for r in runs)
    assert all(r["first_paint"] < r["interactive"] <= r["ready"] for r in runs)
