"""Opening a 2,000-opinion session on the live screen; peak memory with the large dataset open.

The large dataset (``tingjian demo --large``: 500 sessions, 100,000 opinions, 10,000
commitments) is built once per seed and kept under the system's temporary folder.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import textwrap
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop.core.db import open_database, resolve_location
from desktop.core.large_demo import create_large_demo
from desktop.core.services import agenda, opinions, sessions

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def large_db() -> Path:
    path = Path(tempfile.gettempdir()) / "tingjian-bench-large-seed1.db"
    if not path.exists():
        db = open_database(resolve_location(path, path))
        create_large_demo(db, seed=1)
        db.close()
    return path


def test_open_session_with_2000_opinions(benchmark, application, tmp_path: Path) -> None:
    db = application.ctx.db
    session = sessions.create_session(db, "Big forum", datetime(2026, 11, 23, 1, tzinfo=UTC))
    item = agenda.add_item(db, session.id, "Open floor", planned_minutes=90)
    for n in range(2000):
        opinions.create_opinion(db, session.id, f"第{n}条意见：小区停车难，希望施划车位" * 3,
                                agenda_item_id=item.id, tags=["停车"], support_count=n % 30)
    page = application.window.live_page
    application.window.show()

    def open_it() -> None:
        page.show_session(None)
        page.show_session(session.id)

    benchmark.pedantic(open_it, rounds=7, iterations=1)
    benchmark.extra_info["opinions"] = 2000


def test_peak_memory_with_the_large_dataset_open(benchmark, large_db: Path, tmp_path: Path) -> None:
    code = textwrap.dedent("""
        import json, os, resource, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from desktop.ui.app import Application, make_app, preferences
        from desktop.core.db import open_database, resolve_location
        app = make_app()
        db = open_database(resolve_location(sys.argv[1], sys.argv[1]))
        application = Application(db, preferences(), "zh")
        w = application.window
        w.show(); app.processEvents()
        for page in range(4):
            w.nav.setCurrentRow(page); app.processEvents()
        w.sessions_page.table.selectRow(0); app.processEvents()
        w.open_live(w.sessions_page.model.row_at(0).id); app.processEvents()
        try:  # VmHWM: this process image's peak (ru_maxrss keeps the forking parent's peak)
            status = open("/proc/self/status").read()
            peak_kb = int(status.split("VmHWM:")[1].split()[0])
        except OSError:
            peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(json.dumps({"peak_mb": peak_kb / 1024, "sessions": w.sessions_page.model.rowCount()}))
    """)
    env = {**os.environ, "TINGJIAN_DATA_DIR": str(tmp_path)}
    results = []

    def run() -> None:
        out = subprocess.run([sys.executable, "-c", code, str(large_db)], capture_output=True,
                             text=True, cwd=ROOT, env=env, timeout=300, check=True).stdout
        results.append(json.loads(out.strip().splitlines()[-1]))

    benchmark.pedantic(run, rounds=3, iterations=1)
    benchmark.extra_info["peak_mb"] = round(max(r["peak_mb"] for r in results), 1)
    assert results[0]["sessions"] == 500


def test_quick_check_at_start_large(benchmark, large_db: Path) -> None:
    db = open_database(resolve_location(large_db, large_db))
    try:
        result = benchmark.pedantic(db.check, rounds=5, iterations=1)
    finally:
        db.close()
    assert result == ["ok"]
    benchmark.extra_info["file_mb"] = round(large_db.stat().st_size / 2**20, 1)


def test_backup_large(benchmark, large_db: Path, tmp_path: Path) -> None:
    from desktop.core.backup import make_backup

    made = benchmark.pedantic(lambda: make_backup(large_db, "bench", dest_dir=tmp_path),
                              rounds=3, iterations=1)
    assert made.exists()
