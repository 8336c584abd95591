"""Benchmarks: what the public version adds to the minutes of a 1,000-opinion session, and one
projector refresh (the board read from the database and made public).

Targets (issue figures): anonymising the public minutes adds at most 150 ms; the projector feed
stays under 5 ms per refresh. Figures go to BENCHMARKS.md; no timed asserts here."""
from __future__ import annotations

import dataclasses
import statistics
import time
from datetime import UTC, datetime

import pytest

from desktop.core.live.board import build_board
from desktop.core.services import opinions
from desktop.core.privacy import mask_text
from desktop.minutes import build_minutes, mask_package, write_minutes
from desktop.minutes.anonymise import anonymise
from tests.minutes.samples import sample_minutes
from tests.core import hostile_session as hostile


@pytest.fixture(scope="module")
def big_session():
    content = sample_minutes("zh", n_opinions=1000, n_commitments=200)
    appendix = tuple(dataclasses.replace(o, text=o.text + hostile.HOSTILE_TEXT[:160])
                     if o.number % 10 == 0 else o for o in content.appendix)
    return dataclasses.replace(content, appendix=appendix)


def _cpu_ms(fn, rounds: int = 5) -> float:
    """Median CPU time of ``fn`` in ms: on a shared machine it moves far less than wall time."""
    times = []
    for _ in range(rounds):
        started = time.process_time()
        fn()
        times.append(time.process_time() - started)
    return round(statistics.median(times) * 1000, 1)


def test_bench_public_minutes_1000_opinions(benchmark, big_session, tmp_path):
    """The whole public path: anonymise the content, write, mask every part, save. extra_info
    holds the overhead over the internal version in CPU time, measured alternately."""
    public = dataclasses.replace(big_session, public=True)
    result = benchmark.pedantic(lambda: write_minutes(public, "official", tmp_path / "p.docx"),
                                rounds=3, iterations=1, warmup_rounds=1)
    benchmark.extra_info["size_kb"] = round(result.size / 1e3, 1)
    internal = _cpu_ms(lambda: write_minutes(big_session, "official", tmp_path / "i.docx"))
    public_ms = _cpu_ms(lambda: write_minutes(public, "official", tmp_path / "p.docx"))
    benchmark.extra_info.update(internal_cpu_ms=internal, public_cpu_ms=public_ms,
                                overhead_cpu_ms=round(public_ms - internal, 1))
    print(f"public minutes overhead (CPU): {public_ms - internal:.0f} ms "
          f"({public_ms:.0f} public, {internal:.0f} internal)")


def test_bench_internal_minutes_1000_opinions(benchmark, big_session, tmp_path):
    """The same document without the public steps: the difference is the public overhead."""
    benchmark.pedantic(lambda: write_minutes(big_session, "official", tmp_path / "i.docx"),
                       rounds=3, iterations=1, warmup_rounds=1)


def test_bench_anonymise_and_mask_only(benchmark, big_session):
    """Only the privacy steps: anonymise the content and mask the built package."""
    document = build_minutes(big_session, "official")

    def privacy_steps():
        anonymise(big_session)
        return mask_package(document)

    benchmark.pedantic(privacy_steps, rounds=5, iterations=1, warmup_rounds=1)
    benchmark.extra_info["cpu_ms"] = _cpu_ms(privacy_steps)


def test_bench_projector_refresh(benchmark, sqlite_database):
    db = sqlite_database
    sid = hostile.build(db)
    for n in range(300):
        opinions.create_opinion(db, sid, f"第{n}条：张伟和孙丽反映早高峰拥堵，电话1380013{n:04d}。")
    now = datetime(2026, 11, 23, 2, tzinfo=UTC)
    board = benchmark.pedantic(lambda: build_board(db, sid, now, opinion_count=3),
                               rounds=200, iterations=1, warmup_rounds=5)
    benchmark.extra_info["cpu_ms"] = _cpu_ms(lambda: build_board(db, sid, now, opinion_count=3), 200)
    print(f"projector refresh (CPU): {benchmark.extra_info['cpu_ms']} ms")
    assert board.opinions


def test_bench_mask_one_megabyte(benchmark) -> None:
    blocks = ["1" * 200_000, "a@" * 100_000, "a." * 100_000, "a@" + "b-" * 100_000]
    text = " ".join([*blocks, "电话13800138000 " * 12_000])
    masked = benchmark.pedantic(mask_text, args=(text,), rounds=5, iterations=1)
    assert masked.count("138****8000") == 12_000
