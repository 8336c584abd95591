"""Several seats on one database.

- Capture on PostgreSQL against raw psycopg running the very statements the capture sent
  (recorded at the driver's cursor, the opinion's new id put in place of the recorded one), on
  the same server, one transaction each: the cost of the service layer, SQLAlchemy and the
  pool.
- A change on one seat seen by another process (``tingjian watch --json``): from the start of
  the write to the line read from the watcher, on SQLite and on PostgreSQL.

Both report p50/p95/p99 in extra_info. PostgreSQL runs in a database of its own (NOTIFY is
heard database-wide, and other runs share the server); skipped without
TINGJIAN_TEST_DATABASE_URL.
"""
from __future__ import annotations

import gc
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.core.db import open_database, resolve_location
from desktop.core.live.capture import capture_opinion
from desktop.core.services import agenda, opinions, sessions
from tests.conftest import PG_URL

START = datetime(2026, 11, 23, 1, 0, tzinfo=UTC)
REPO = Path(__file__).resolve().parents[2]
BENCH_DB = "tingjian_feed_bench"


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def _figures(samples: list[float]) -> dict[str, float]:
    return {f"p{int(q * 100)}_ms": round(_percentile(samples, q) * 1000, 3)
            for q in (0.5, 0.95, 0.99)}


@pytest.fixture(scope="module")
def pg_url() -> Iterator[str]:
    if not PG_URL:
        pytest.skip("TINGJIAN_TEST_DATABASE_URL is not set")
    import psycopg
    from sqlalchemy.engine import make_url

    admin = make_url(resolve_location(PG_URL, Path("unused")).url)
    conninfo = admin.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {BENCH_DB} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {BENCH_DB}")
    try:
        yield admin.set(database=BENCH_DB).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(conninfo, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {BENCH_DB} WITH (FORCE)")


def _room(db):
    session = sessions.create_session(db, "Bench forum", START)
    item = agenda.add_item(db, session.id, "Open floor", planned_minutes=60)
    with db.engine.begin() as conn:  # 2,000 opinions already captured
        conn.execute(text(
            "INSERT INTO opinion (session_id, agenda_item_id, speaker_label, channel, received_at,"
            " kind, text, support_count, created_at, updated_at, removed_reason) VALUES "
            "(:s, :a, '', 'room', :t, 'suggestion', :x, 0, :t, :t, '')"),
            [{"s": session.id, "a": item.id, "t": START, "x": f"existing opinion {n} " + "字" * 80}
             for n in range(2000)])
    return session.id, item.id


def _capture(db, sid: int, item: int, n: int) -> int:
    return capture_opinion(db, sid, f"电梯维修问题第{n}条 " + "字" * 60, datetime.now(UTC),
                           agenda_item_id=item, kind="complaint", tags=["电梯", "维修"],
                           support_count=3, speaker_label="7号楼居民", reply_text="会后核实",
                           reply_by="住建局")


def _recorded(db, sid: int, item: int) -> tuple[list[tuple[str, object, bool]], int]:
    """The statements one capture sends, as the driver's cursor received them (whatever way
    the capture reached the cursor), and the id of the opinion it made."""
    import psycopg

    sent: list[tuple[str, object, bool]] = []
    execute, executemany = psycopg.Cursor.execute, psycopg.Cursor.executemany

    def record_one(cur, query, params=None, **kw):  # noqa: ANN001, ANN202
        sent.append((query, params, False))
        return execute(cur, query, params, **kw)

    def record_many(cur, query, params_seq, **kw):  # noqa: ANN001, ANN202
        params_seq = list(params_seq)
        sent.append((query, params_seq, True))
        return executemany(cur, query, params_seq, **kw)

    psycopg.Cursor.execute, psycopg.Cursor.executemany = record_one, record_many
    try:
        oid = _capture(db, sid, item, -1)
    finally:
        psycopg.Cursor.execute, psycopg.Cursor.executemany = execute, executemany
    return sent, oid


def _swap(params, old: int, new: int):  # noqa: ANN001, ANN202
    if isinstance(params, dict):
        return {k: (new if v == old and k.startswith(("opinion_id", "entity_id", "id"))
                    else v) for k, v in params.items()}
    if isinstance(params, (list, tuple)) and params and isinstance(params[0], dict):
        return [_swap(p, old, new) for p in params]
    return params


def _raw_capture(conn, sent, old: int) -> None:  # noqa: ANN001
    """The same statements on a raw psycopg connection, in one transaction."""
    new = old
    with conn.cursor() as cur:
        for statement, params, many in sent:
            params = _swap(params, old, new)
            if many:
                cur.executemany(statement, params)
            else:
                cur.execute(statement, params or None)
            if new == old and statement.lstrip().upper().startswith("INSERT INTO OPINION ") \
                    and cur.description:
                new = cur.fetchone()[0]
    conn.commit()


def test_bench_capture_postgres_against_raw_psycopg(benchmark, pg_url) -> None:
    import psycopg

    db = open_database(resolve_location(pg_url, Path("unused")))
    try:
        sid, item = _room(db)
        sent, old = _recorded(db, sid, item)
        assert any("pg_notify" in s for s, _p, _m in sent)  # the feed's cost is counted
        engine = db.engine
        cargs, cparams = engine.dialect.create_connect_args(engine.url)
        raw = psycopg.connect(*cargs, **cparams)
        gc.freeze()
        counter = iter(range(10**9))
        ours: list[float] = []
        theirs: list[float] = []

        cpu = {"ours": 0.0, "raw": 0.0}

        def both() -> None:  # interleaved, so both see the same server and table state
            n = next(counter)
            began, used = time.perf_counter(), time.thread_time()
            _capture(db, sid, item, n)
            ours.append(time.perf_counter() - began)
            cpu["ours"] += time.thread_time() - used
            began, used = time.perf_counter(), time.thread_time()
            _raw_capture(raw, sent, old)
            theirs.append(time.perf_counter() - began)
            cpu["raw"] += time.thread_time() - used

        benchmark.pedantic(both, rounds=300, iterations=1, warmup_rounds=20)
        pinged: list[float] = []
        engine.pool._pre_ping = True  # the former set-up, for comparison
        for n in range(300):
            began = time.perf_counter()
            _capture(db, sid, item, 10**6 + n)
            pinged.append(time.perf_counter() - began)
        engine.pool._pre_ping = False
        raw.close()
        mine, bare, before = _figures(ours), _figures(theirs), _figures(pinged)
        ratio = mine["p50_ms"] / bare["p50_ms"]
        benchmark.extra_info.update({
            "capture": mine, "raw_psycopg_same_statements": bare,
            "capture_with_pre_ping": before, "ratio_p50": round(ratio, 3),
            "ratio_p99": round(mine["p99_ms"] / bare["p99_ms"], 3),
            "ratio_p50_with_pre_ping": round(before["p50_ms"] / bare["p50_ms"], 3),
            "statements": len(sent),
            "client_cpu_ms_per_capture": round(cpu["ours"] / len(ours) * 1000, 3),
            "client_cpu_ms_raw": round(cpu["raw"] / len(theirs) * 1000, 3)})
        print(f"capture on PostgreSQL: {mine}; raw psycopg, same {len(sent)} statements: "
              f"{bare}; p50 ratio {ratio:.2f} (with pre-ping: {before}); client CPU per "
              f"capture {benchmark.extra_info['client_cpu_ms_per_capture']} ms, raw "
              f"{benchmark.extra_info['client_cpu_ms_raw']} ms")
        assert len(opinions.list_opinions(db, sid)) >= 2000 + 2 * 300
    finally:
        db.close()


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_bench_change_seen_by_another_process(benchmark, backend, request, tmp_path) -> None:
    where = request.getfixturevalue("pg_url") if backend == "postgres" else str(
        tmp_path / "room.db")
    db = open_database(resolve_location(where, Path(where)))
    proc = subprocess.Popen(
        [sys.executable, "-m", "desktop", "watch", "--json", "--db", where],
        cwd=REPO, env={**os.environ, "TINGJIAN_LANG": "en"}, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True)
    try:
        assert "watching" in proc.stderr.readline()
        sid = sessions.create_session(db, "Seats", START).id
        proc.stdout.readline()
        counter = iter(range(10**9))
        samples: list[float] = []

        def once() -> None:
            began = time.perf_counter()
            opinions.create_opinion(db, sid, f"第{next(counter)}条")
            line = proc.stdout.readline()
            samples.append(time.perf_counter() - began)
            assert line

        benchmark.pedantic(once, rounds=60, iterations=1, warmup_rounds=3)
    finally:
        proc.terminate()
        proc.wait(10)
        db.close()
    figures = _figures(samples)
    benchmark.extra_info.update({"backend": backend, **figures})
    print(f"a change seen by another process ({backend}): {figures}")
