"""Follow-up figures with 100,000 opinions and 10,000 commitments (pytest-benchmark).

Run: QT_QPA_PLATFORM=offscreen PYTHONPATH=. python -m pytest tests/bench -p no:cacheprovider
The dataset is built once with bulk inserts and cached under /tmp by seed. Targets (issue 6):
search < 50 ms, register filters < 50 ms, dashboard < 300 ms.
"""
from __future__ import annotations

import random
import shutil
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop.core import search
from desktop.core.db import open_database, resolve_location
from desktop.core.models import Commitment, FollowUp, ListeningSession, Opinion, Owner, Series
from desktop.core.services import dashboard
from desktop.core.services.register import RegisterFilter, commitment_ids, rows_for

SEED = 6
OPINIONS, COMMITMENTS, SESSIONS, OWNERS = 100_000, 10_000, 200, 40
NOW = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)
SUBJECTS = ["电梯", "停车", "路灯", "垃圾分类", "噪音", "绿化", "公交站", "菜市场", "养老服务",
            "学校门口", "下水道", "物业费", "充电桩", "健身器材"]
PROBLEMS = ["经常故障", "不够用", "太远", "收费不合理", "长期没人管", "晚上影响休息", "需要改造"]
ENGLISH = ["parking", "lift", "street lights", "bins", "noise", "bus stop", "drains", "market"]


def _text(rng: random.Random, i: int) -> str:
    if i % 5 == 0:
        return (f"The {rng.choice(ENGLISH)} near block {rng.randint(1, 40)} "
                f"{rng.choice(['is broken', 'needs repair', 'is too far', 'floods after rain'])}")
    return (f"{rng.randint(1, 30)}号楼附近{rng.choice(SUBJECTS)}{rng.choice(PROBLEMS)}，"
            f"希望{rng.choice(['尽快解决', '有关部门协调', '列入明年计划'])}")


def _build(path: Path) -> None:
    rng = random.Random(SEED)
    db = open_database(resolve_location(path, path))
    start = NOW - timedelta(days=720)
    tables = {m.__tablename__: m.__table__ for m in (Series, Owner, ListeningSession, Opinion,
                                                      Commitment, FollowUp)}
    with db.engine.begin() as conn:
        conn.execute(tables["series"].insert(), [
            {"id": i + 1, "title": f"系列 {i + 1}", "note": "", "created_at": start}
            for i in range(10)])
        conn.execute(tables["owner"].insert(), [
            {"id": i + 1, "name": f"责任单位 {i + 1:02d}", "kind": "department", "title": "",
             "contact": "", "active": True, "created_at": start} for i in range(OWNERS)])
        conn.execute(tables["listening_session"].insert(), [
            {"id": i + 1, "kind": "listening", "title": f"第{i + 1}次民情恳谈会", "language": "zh",
             "organisation": "", "starts_at": start + timedelta(days=3 * i), "planned_minutes": 120,
             "venue": "", "chair": "", "facilitator": "", "recorder": "",
             "series_id": i % 10 + 1, "deadline_policy": "message_board", "status": "closed",
             "anonymous_count": 0, "note": "", "created_at": start, "updated_at": start}
            for i in range(SESSIONS)])
        rows = []
        for i in range(OPINIONS):
            sid = i % SESSIONS + 1
            at = start + timedelta(days=3 * (sid - 1), minutes=i % 500)
            rows.append({"id": i + 1, "session_id": sid, "speaker_label": "", "channel": "room",
                         "received_at": at, "kind": "suggestion", "text": _text(rng, i),
                         "support_count": 0, "created_at": at, "updated_at": at,
                         "removed_reason": ""})
        conn.execute(tables["opinion"].insert(), rows)
        statuses = ["open", "in_progress", "done", "cannot_do"]
        crow = []
        for i in range(COMMITMENTS):
            sid = i % SESSIONS + 1
            due = start + timedelta(days=3 * (sid - 1) + rng.randint(5, 120))
            crow.append({"id": i + 1, "session_id": sid, "title": f"协调解决{rng.choice(SUBJECTS)}问题",
                         "detail": "", "owner_id": rng.randint(1, OWNERS),
                         "deadline_policy": "", "due_at": due, "original_due_at": due,
                         "status": rng.choice(statuses), "status_reason": "",
                         "created_at": start, "updated_at": start, "removed_reason": ""})
        conn.execute(tables["commitment"].insert(), crow)
        sats = ["satisfied", "basically_satisfied", "unsatisfied"]
        conn.execute(tables["follow_up"].insert(), [
            {"commitment_id": rng.randint(1, COMMITMENTS), "called_at": NOW - timedelta(
                days=rng.randint(0, 700)), "caller": "", "valid": rng.random() > 0.05,
             "contacted_in_time": rng.random() > 0.2, "resolved": rng.random() > 0.4,
             "satisfaction": rng.choice(sats), "note": ""} for _ in range(20_000)])
    t0 = time.perf_counter()
    while search.catch_up(db, 20_000):
        pass
    print(f"\nindexed {OPINIONS + COMMITMENTS} rows in {time.perf_counter() - t0:.1f} s")
    db.close()


@pytest.fixture(scope="session")
def big(tmp_path_factory):
    cached = Path(f"/tmp/tingjian-bench-followup-{SEED}.db")
    if not cached.exists():
        part = cached.with_suffix(".part.db")
        part.unlink(missing_ok=True)
        t0 = time.perf_counter()
        _build(part)
        part.rename(cached)
        print(f"built the dataset in {time.perf_counter() - t0:.1f} s")
    path = tmp_path_factory.mktemp("bench") / "big.db"
    shutil.copy(cached, path)
    db = open_database(resolve_location(path, path), backup=False)
    yield db
    db.close()


@pytest.mark.parametrize("query", ["垃圾分类", "电梯", "停车", "parking", "电梯 故障"])
def test_search(benchmark, big, query) -> None:
    hits = benchmark(search.search, big, query, 200)
    assert hits


@pytest.mark.parametrize("name, f", [
    ("all", RegisterFilter()),
    ("owner", RegisterFilter(owner_id=7)),
    ("owner+open", RegisterFilter(owner_id=7, statuses=("open", "in_progress"))),
    ("overdue", RegisterFilter(overdue=True)),
    ("due 30 days", RegisterFilter(due_within_days=30)),
    ("series", RegisterFilter(series_id=3)),
])
def test_register_filter(benchmark, big, name, f) -> None:
    def run():
        ids = commitment_ids(big, f, NOW)
        return ids, rows_for(big, ids[:60])  # ids plus the visible rows

    ids, _rows = benchmark(run)
    assert ids or name == "due 30 days"


def test_dashboard_aggregation(benchmark, big) -> None:
    def run():
        months = dashboard.rates_by(big, "month")
        return (dashboard.owner_counts(big, NOW), dashboard.rates_by(big, "session"),
                dashboard.rates_by(big, "owner"), months,
                dashboard.total_rates(big, rows=months))

    counts, *_ = benchmark(run)
    assert sum(c.total for c in counts) == COMMITMENTS


def test_dashboard_render(benchmark, big, qapp, tmp_path) -> None:
    """The whole dashboard refreshed and painted (tables and both charts)."""
    from desktop.core.clock import FakeClock
    from desktop.ui.context import AppContext
    from desktop.ui.followup.dashboard import DashboardView
    from desktop.ui.settings import Preferences

    ctx = AppContext(big, Preferences(tmp_path / "prefs.ini"), FakeClock(NOW), language="en")
    view = DashboardView(ctx)
    view.resize(1100, 700)
    view.retranslate()

    def run():
        view.refresh_now()
        return view.grab()

    benchmark(run)
    assert view.owners_model.rowCount() == OWNERS


def test_pending_dispositions(benchmark, big) -> None:
    from desktop.core.services import dispositions

    rows = benchmark(dispositions.pending_dispositions, big, NOW)
    assert len(rows) == 1000


def test_capture_commit_is_not_slowed_by_search(benchmark, big) -> None:
    from desktop.core.services import opinions

    benchmark(opinions.create_opinion, big, 1, "电梯又坏了，请尽快修理")
