"""Process start to the first painted window and to an interactive sessions list.

Runs ``python -m desktop`` with TINGJIAN_STARTUP_PROBE=1: the app reports the wall-clock time of
its first paint and of the interactive main window, then quits.
"""
from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def probe(db: Path, data: Path) -> dict[str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TINGJIAN_STARTUP_PROBE": "1",
           "TINGJIAN_DATA_DIR": str(data)}
    started = time.time()
    out = subprocess.run([sys.executable, "-m", "desktop", "--db", str(db)], capture_output=True,
                         text=True, cwd=ROOT, env=env, timeout=60, check=True).stdout
    marks = json.loads(out.strip().splitlines()[-1])
    return {"first_paint": marks["first_paint"] - started,
            "interactive": marks["interactive"] - started}


def test_startup(benchmark, tmp_path: Path) -> None:
    db = tmp_path / "start.db"
    subprocess.run([sys.executable, "-m", "desktop", "demo", "--db", str(db)], cwd=ROOT,
                   check=True, capture_output=True, env={**os.environ, "TINGJIAN_LANG": "zh"})
    runs: list[dict[str, float]] = []
    benchmark.pedantic(lambda: runs.append(probe(db, tmp_path)), rounds=7, iterations=1)
    for key in ("first_paint", "interactive"):
        benchmark.extra_info[f"{key}_median_s"] = round(statistics.median(r[key] for r in runs), 3)
    assert all(r["first_paint"] < r["interactive"] for r in runs)
