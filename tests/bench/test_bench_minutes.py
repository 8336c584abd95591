"""Benchmark: official minutes of a big session (1,000 opinions, 200 commitments), built and saved.

Target: under 0.8 s on the project's 2-core machine. Run with ``python3 dev.py bench``.
The assertion allows 2.5× the target so a loaded CI machine does not fail it, while a
regression of the kind this guards against (per-cell python-docx calls, element moves
that grow quadratically) is caught: those cost tens of seconds.
"""
from __future__ import annotations

import statistics
import tracemalloc

import pytest

from desktop.minutes import write_minutes
from tests.minutes.samples import sample_minutes

TARGET_S = 0.8


@pytest.fixture(scope="module")
def big_session():
    return sample_minutes("zh", n_opinions=1000, n_commitments=200)


def test_bench_official_minutes_1000_opinions(benchmark, big_session, tmp_path):
    target = tmp_path / "minutes.docx"

    def build_and_save():
        return write_minutes(big_session, "official", target)

    tracemalloc.start()
    try:
        build_and_save()
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    result = benchmark.pedantic(build_and_save, rounds=3, iterations=1, warmup_rounds=0)
    benchmark.extra_info["peak_mb"] = round(peak / 1e6, 1)
    benchmark.extra_info["size_kb"] = round(result.size / 1e3, 1)
    benchmark.extra_info["target_s"] = TARGET_S
    assert result.size > 100_000
    median = statistics.median(benchmark.stats.stats.data)
    assert median < TARGET_S * 2.5, f"median {median:.2f} s, target {TARGET_S} s"
