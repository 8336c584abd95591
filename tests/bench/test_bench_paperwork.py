"""Benchmark: the paperwork of a big session from the database to the file on disk.

1,000 opinions, 200 commitments (five opinions each), 300 registered attendees: the sign-in
sheet, the 200 assignment slips and the public result notice, each read, rendered, written and
recorded as a version (``write_document``, the path of ``tingjian slips`` and the Documents
dialog). Run with ``python3 dev.py bench``; figures in BENCHMARKS.md.
"""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from desktop.core.db import open_database, resolve_location
from desktop.core.services import attendance, commitments, opinions, owners, sessions
from desktop.paperwork.generate import write_document

CST = timezone(timedelta(hours=8))


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bench-paperwork")
    db = open_database(resolve_location(folder / "b.db", folder / "b.db"))
    starts = datetime(2026, 12, 18, 14, 30, tzinfo=CST)
    sid = sessions.create_session(db, "青石社区12月民情恳谈会", starts, organisation="青石街道办事处",
                                  language="zh").id
    owner_ids = [owners.create_owner(db, f"部门{n}").id for n in range(8)]
    for n in range(300):
        attendance.register_attendee(db, sid, f"居民{n}", f"{n % 12 + 1}号楼")
    ids = [opinions.create_opinion(db, sid, f"第{n}条意见：小区停车和电梯的问题，希望尽快解决。" * 3,
                                   speaker_label=f"{n % 12 + 1}号楼居民").id for n in range(1000)]
    for n in range(200):
        commitments.create_commitment(db, sid, f"承诺事项{n}", owner_ids[n % 8],
                                      starts + timedelta(days=20 + n % 30),
                                      opinion_ids=ids[n * 5:(n + 1) * 5])
    yield db, sid, folder
    db.close()


@pytest.mark.parametrize("kind", ["signin", "slips", "result_notice"])
def test_bench_paperwork_from_the_database(benchmark, big, kind) -> None:
    db, sid, folder = big
    target = folder / f"{kind}.docx"
    result = benchmark.pedantic(lambda: write_document(db, sid, kind, target, tz=CST),
                                rounds=3, iterations=1, warmup_rounds=0)
    benchmark.extra_info["size_kb"] = round(target.stat().st_size / 1e3, 1)
    assert result.path == target.resolve()
