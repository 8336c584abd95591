"""From Enter to the opinion committed, with 2,000 opinions already in the session.

SQLite with synchronous=FULL (the database's own pragma). Reports p50/p99 in extra_info.
"""
from __future__ import annotations

import statistics
import time
from datetime import UTC, datetime

from sqlalchemy import text

import sqlite3

from desktop.core.live.capture import capture_opinion
from desktop.core.services import agenda, opinions, sessions

START = datetime(2026, 11, 23, 1, 0, tzinfo=UTC)


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def _bare_commit(path) -> tuple[float, float]:  # noqa: ANN001
    """The floor: one-row commit with WAL + synchronous=FULL on the same disk, no ORM."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE t (x TEXT)")
    samples = []
    for _ in range(300):
        began = time.perf_counter()
        conn.execute("BEGIN")
        conn.execute("INSERT INTO t VALUES (?)", ("x" * 200,))
        conn.execute("COMMIT")
        samples.append(time.perf_counter() - began)
    conn.close()
    return _percentile(samples, 0.5) * 1000, _percentile(samples, 0.99) * 1000


def test_bench_capture_commit(benchmark, sqlite_database) -> None:
    db = sqlite_database
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
    session = sessions.create_session(db, "Bench forum", START)
    item = agenda.add_item(db, session.id, "Open floor", planned_minutes=60)
    with db.engine.begin() as conn:  # 2,000 opinions already captured
        conn.execute(text(
            "INSERT INTO opinion (session_id, agenda_item_id, speaker_label, channel, received_at,"
            " kind, text, support_count, created_at, updated_at, removed_reason) VALUES "
            "(:s, :a, '', 'room', :t, 'suggestion', :x, 0, :t, :t, '')"),
            [{"s": session.id, "a": item.id, "t": START.replace(tzinfo=None),
              "x": f"existing opinion {n} " + "字" * 80} for n in range(2000)])
    counter = iter(range(10**9))
    samples: list[float] = []

    def capture() -> None:
        n = next(counter)
        began = time.perf_counter()
        capture_opinion(db, session.id, f"电梯维修问题第{n}条 " + "字" * 60,
                                datetime.now(UTC), agenda_item_id=item.id, kind="complaint", tags=["电梯", "维修"],
                                support_count=3, speaker_label="7号楼居民",
                                reply_text="会后核实" if n % 4 == 0 else "", reply_by="住建局")
        samples.append(time.perf_counter() - began)

    benchmark.pedantic(capture, rounds=400, iterations=1, warmup_rounds=20)
    p50, p99 = _percentile(samples, 0.50) * 1000, _percentile(samples, 0.99) * 1000
    bare50, bare99 = _bare_commit(db.location.path.parent / "bare.db")
    benchmark.extra_info.update({"p50_ms": round(p50, 3), "p99_ms": round(p99, 3),
                                 "bare_fsync_commit_p50_ms": round(bare50, 3),
                                 "bare_fsync_commit_p99_ms": round(bare99, 3),
                                 "mean_ms": round(statistics.fmean(samples) * 1000, 3),
                                 "existing_opinions": 2000, "synchronous": "FULL"})
    print(f"capture commit: p50 {p50:.2f} ms, p99 {p99:.2f} ms over {len(samples)} saves; "
          f"bare SQLite fsync commit on the same disk: p50 {bare50:.2f} ms, p99 {bare99:.2f} ms")
    assert len(opinions.list_opinions(db, session.id)) >= 2000 + 400
