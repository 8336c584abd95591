"""Benchmark: masking personal data in one megabyte of adversarial text (long digit runs,
e-mail-like and dotted runs that make naive patterns backtrack, 12,000 real mobiles).

This is the time a public document or the projector spends on the worst text a user can paste;
it was a wall-clock assert inside a unit test before and is a figure here (BENCHMARKS.md).
"""
from __future__ import annotations

from desktop.core.privacy import mask_text


def test_bench_mask_one_megabyte(benchmark) -> None:
    blocks = ["1" * 200_000, "a@" * 100_000, "a." * 100_000, "a@" + "b-" * 100_000]
    text = " ".join([*blocks, "电话13800138000 " * 12_000])
    masked = benchmark.pedantic(mask_text, args=(text,), rounds=5, iterations=1)
    assert masked.count("138****8000") == 12_000
