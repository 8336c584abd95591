"""Benchmark fixtures: the UI fixtures (an application on a temporary database), and the peak
memory of every benchmark recorded next to its timings."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui.conftest import application, feedback, ui_db  # noqa: F401

STATUS = Path("/proc/self/status")
CLEAR_REFS = Path("/proc/self/clear_refs")


def _peak_kb() -> int | None:
    try:
        return int(STATUS.read_text().split("VmHWM:")[1].split()[0])
    except (OSError, IndexError, ValueError):
        return None


@pytest.fixture(autouse=True)
def peak_memory(request: pytest.FixtureRequest):
    """Reset the process's resident high-water mark (Linux: clear_refs 5), run the benchmark,
    and store the new peak in its extra_info as ``peak_rss_mb``."""
    try:
        CLEAR_REFS.write_text("5")
    except OSError:
        yield
        return
    yield
    peak = _peak_kb()
    bench = getattr(request.node, "funcargs", {}).get("benchmark")
    if peak is not None and bench is not None:
        bench.extra_info.setdefault("peak_rss_mb", round(peak / 1024, 1))
