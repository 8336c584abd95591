"""The rules' user paths: a notice read into the preview, and a due date proposed from the
database's policies and holiday calendar (what the commitment dialog does on every policy pick)."""
from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from desktop.core.holiday_calendar import parse_notice
from desktop.core.live.commitments import propose_due
from desktop.core.services import holidays

NOTICE = Path(__file__).parents[1] / "core" / "data" / "notice_2027_for_tests.txt"


def test_bench_notice_file_to_preview(benchmark) -> None:
    data = NOTICE.read_bytes()
    plan = benchmark(lambda: holidays.read_plan(data, 2027))
    assert plan.clean


def test_bench_propose_due_from_the_database(benchmark, ui_db) -> None:
    holidays.save_year(ui_db, parse_notice(NOTICE.read_text(encoding="utf-8"), 2027),
                       confirmed=True)
    start = datetime(2026, 12, 20, 2, tzinfo=UTC)
    due = benchmark(lambda: propose_due("message_board_investigation", start, ui_db))
    assert not due.approximate
