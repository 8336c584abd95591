"""The longest GUI-thread stall while long work runs in the background: minutes, a backup,
the dashboard over the large dataset. Reported in extra_info (milliseconds)."""
from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QTimer

from desktop.core.db import open_database, resolve_location

from .test_bench_scale import large_db  # noqa: F401 - the shared large dataset


class StallMeter:
    """Ticks every 5 ms on the GUI thread; the longest gap between ticks is the worst stall."""

    def __init__(self) -> None:
        self.timer = QTimer(interval=5, timeout=self._tick)
        self.last = 0.0
        self.worst = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, now - self.last)
        self.last = now

    def __enter__(self) -> StallMeter:
        self.last = time.perf_counter()
        self.timer.start()
        return self

    def __exit__(self, *_exc) -> None:
        self.timer.stop()

    @property
    def worst_ms(self) -> float:
        return round(self.worst * 1000, 1)


def test_stall_while_writing_minutes(benchmark, application, qtbot, tmp_path: Path) -> None:
    window = application.window
    window.create_demo()
    window.sessions_page.table.selectRow(0)
    window.open_minutes()
    dialog = window.minutes_dialog
    dialog.out.setText(str(tmp_path / "m.docx"))
    worst: list[float] = []

    def run() -> None:
        with StallMeter() as meter, qtbot.waitSignal(dialog.versions.modelReset, timeout=60_000):
            dialog.generate()
        worst.append(meter.worst_ms)

    benchmark.pedantic(run, rounds=3, iterations=1)
    benchmark.extra_info["longest_gui_stall_ms"] = max(worst)


def test_stall_while_backing_up_the_large_dataset(benchmark, qtbot, large_db: Path,  # noqa: F811
                                                  tmp_path: Path) -> None:
    from desktop.ui.backups import BackupScheduler
    from desktop.ui.bus import DataBus

    copy = tmp_path / "large.db"
    db = open_database(resolve_location(large_db, large_db))
    db.engine.raw_connection().driver_connection.backup(__import__("sqlite3").connect(copy))
    db.close()
    scheduler = BackupScheduler(copy, DataBus())
    worst: list[float] = []

    def run() -> None:
        with StallMeter() as meter, qtbot.waitSignal(scheduler.backed_up, timeout=60_000):
            scheduler.backup("bench")
        worst.append(meter.worst_ms)

    benchmark.pedantic(run, rounds=3, iterations=1)
    benchmark.extra_info["longest_gui_stall_ms"] = max(worst)


def test_stall_while_the_dashboard_aggregates_large(benchmark, qapp, qtbot, large_db: Path,  # noqa: F811
                                                    data_dir: Path) -> None:
    from desktop.ui.app import Application, preferences

    """On screen: the result is painted (hundreds of sessions in the rates table, both charts)
    on the GUI thread after the worker has aggregated it."""
    db = open_database(resolve_location(large_db, large_db))
    application = Application(db, preferences(), "en")
    window = application.window
    window.resize(1280, 860)
    window.show()
    window.page_actions[window.FOLLOW_UP].trigger()
    page = window.followup_page
    page.tabs.setCurrentIndex(page.DASHBOARD)
    dashboard = page.dashboard
    qtbot.waitUntil(lambda: not dashboard._tasks, timeout=60_000)
    worst: list[float] = []

    def run() -> None:
        with StallMeter() as meter:
            with qtbot.waitSignal(dashboard.refreshed, timeout=60_000):
                dashboard.refresh()
            qtbot.wait(50)  # the repaint that follows
        worst.append(meter.worst_ms)

    benchmark.pedantic(run, rounds=3, iterations=1)
    benchmark.extra_info["longest_gui_stall_ms"] = max(worst)
    application.window.close()
    application.ctx.close()


def test_stall_while_exporting_large_to_xlsx(benchmark, qapp, qtbot, large_db: Path,  # noqa: F811
                                             data_dir: Path, tmp_path: Path) -> None:
    from desktop.ui.app import Application, preferences

    db = open_database(resolve_location(large_db, large_db))
    application = Application(db, preferences(), "en")
    page = application.window.followup_page
    worst: list[float] = []

    def run() -> None:
        with StallMeter() as meter, qtbot.waitSignal(page.task_done, timeout=300_000):
            page.start_export("xlsx", tmp_path / "all.xlsx")
        worst.append(meter.worst_ms)

    benchmark.pedantic(run, rounds=1, iterations=1)
    benchmark.extra_info["longest_gui_stall_ms"] = max(worst)
    application.window.close()
    application.ctx.close()
