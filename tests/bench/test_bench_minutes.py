"""Benchmark: ``tingjian minutes`` style official for 1,000 opinions (each with a tag, an on-the-spot
reply and a disposition) and 200 commitments — from the database to the saved, registered file.

The user's path: one read of the record (:func:`desktop.core.queries.minutes.read_minutes`),
the content, the document, the file written atomically and the version registered. Target:
under 1.0 s beyond process start on the project's 2-core machine. Run with ``python3 dev.py bench``.
The assertion allows 2.5× the target so a loaded machine does not fail it, while a
regression of the kind this guards against (a query per opinion: about 4,900 queries and
6.5–8.5 s before) is caught.
"""
from __future__ import annotations

import itertools
import statistics
from pathlib import Path

import pytest

from desktop.core.db import open_database, resolve_location
from desktop.minutes.generate import generate_minutes
from tests.minutes.records import NOW, bulk_session

TARGET_S = 1.0


@pytest.fixture(scope="module")
def big_session(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bench-minutes")
    path = folder / "tingjian.db"
    db = open_database(resolve_location(path, path))
    session_id = bulk_session(db, 1000, 200)
    yield db, session_id, folder
    db.close()


def test_bench_official_minutes_from_the_database(benchmark, big_session):
    db, session_id, folder = big_session
    names = (folder / f"minutes-{n}.docx" for n in itertools.count())  # a recorded file is never reused

    def minutes_from_the_database():
        return generate_minutes(db, session_id, style="official", public=False, out=next(names), now=NOW)

    result = benchmark.pedantic(minutes_from_the_database, rounds=5, iterations=1, warmup_rounds=1)
    benchmark.extra_info["size_kb"] = round(result.result.size / 1e3, 1)
    benchmark.extra_info["target_s"] = TARGET_S
    assert result.result.size > 40_000 and Path(result.result.path).exists()
    median = statistics.median(benchmark.stats.stats.data)
    assert median < TARGET_S * 2.5, f"median {median:.2f} s, target {TARGET_S} s"
