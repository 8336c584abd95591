"""Follow-up: dispositions, the register, extensions under policies, rates with known counts."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desktop.core.deadlines import DeadlineError, custom_policy
from desktop.core.errors import ValidationError
from desktop.core.metrics import RateSettings
from desktop.core.models import Disposition
from desktop.core.services import (
    commitments, dashboard, dispositions, followups, opinions, owners, series, sessions,
)
from desktop.core.services import policies as pol
from desktop.core.services.register import (
    RegisterFilter, commitment_ids, commitment_rows, due_summary, rows_for,
)

START = datetime(2025, 9, 29, 1, 0, tzinfo=UTC)  # Monday before National Day 2025 (09:00 CST)
NOW = datetime(2025, 10, 20, 2, 0, tzinfo=UTC)


@pytest.fixture
def world(db):
    sr = series.create_series(db, "枫林社区民情恳谈会")
    s1 = sessions.create_session(db, "第三季度民情恳谈会", START, series_id=sr.id,
                                 deadline_policy="message_board")
    s2 = sessions.create_session(db, "Riverside town hall", START + timedelta(days=1),
                                 deadline_policy="xinfang_handling")
    city = owners.create_owner(db, "街道城管办")
    housing = owners.create_owner(db, "Housing office")
    return db, sr, s1, s2, city, housing


def test_disposition_kinds_and_reasons(world) -> None:
    db, _sr, s1, _s2, city, _h = world
    op = opinions.create_opinion(db, s1.id, "小区电梯经常故障", received_at=START)
    with pytest.raises(ValidationError, match="reason"):
        dispositions.set_disposition(db, op.id, "not_adopted", reason="  ")
    with pytest.raises(ValidationError, match="referred"):
        dispositions.set_disposition(db, op.id, "referred")
    with pytest.raises(ValidationError, match="must be one of"):
        dispositions.set_disposition(db, op.id, "ignored")
    assert dispositions.get_disposition(db, op.id) is None
    at = START + timedelta(days=3)
    dispositions.set_disposition(db, op.id, "referred", referred_to_id=city.id,
                                 decided_by="王主任", decided_at=at)
    got = dispositions.get_disposition(db, op.id)
    assert (got.kind, got.referred_to_id, got.decided_by, got.decided_at) == (
        "referred", city.id, "王主任", at)
    dispositions.set_disposition(db, op.id, "not_adopted", reason="超出街道职权", decided_by="李")
    got = dispositions.get_disposition(db, op.id)
    assert (got.kind, got.reason) == ("not_adopted", "超出街道职权")


def test_pending_dispositions_wait_in_working_days_across_national_day(world) -> None:
    db, _sr, s1, s2, _c, _h = world
    waiting = opinions.create_opinion(db, s1.id, "停车难", received_at=START)
    decided = opinions.create_opinion(db, s1.id, "路灯不亮", received_at=START)
    other = opinions.create_opinion(db, s2.id, "Bus stop", received_at=START + timedelta(days=1))
    dispositions.set_disposition(db, decided.id, "adopted", decided_at=START + timedelta(days=2))
    rows = dispositions.pending_dispositions(db, NOW)
    assert [r.id for r in rows] == [waiting.id, other.id]
    first = rows[0]
    # 2025-09-29 → 2025-10-20 (CST): 30 Sep, 9–10 Oct (incl. Sat 11 Oct, a working day), 13–17,
    # 20 Oct: National Day week 1–8 Oct is off; so 1 + 3 + 5 + 1 = 10 working days.
    assert (first.unit, first.waited, first.overdue, first.approximate) == (
        "working_days", 10, False, False)
    assert rows[1].unit == "calendar_days" and rows[1].waited == 20 and not rows[1].overdue
    later = dispositions.pending_dispositions(db, NOW + timedelta(days=1))
    assert later[0].waited == 11 and later[0].overdue
    assert dispositions.pending_count(db) == 2
    assert dispositions.pending_count(db, s2.id) == 1
    everything = dispositions.pending_dispositions(db, NOW, include_decided=True)
    assert [r.id for r in everything] == [waiting.id, decided.id, other.id]
    done = everything[1]
    assert done.disposition == "adopted" and done.decided_at is not None
    assert (done.waited, done.overdue) == (1, False)  # 30 Sep, then National Day: up to the decision


def test_unknown_year_is_flagged_approximate(world) -> None:
    db, _sr, _s1, _s2, _c, _h = world
    far = sessions.create_session(db, "Far future", datetime(2099, 3, 2, 1, tzinfo=UTC),
                                  deadline_policy="message_board")
    opinions.create_opinion(db, far.id, "x", received_at=datetime(2099, 3, 2, 2, tzinfo=UTC))
    rows = dispositions.pending_dispositions(db, datetime(2099, 3, 20, tzinfo=UTC))
    assert rows[-1].approximate


def _commit(db, session, owner, days, title="事项", **kw):
    return commitments.create_commitment(db, session.id, title, owner.id,
                                         session.starts_at + timedelta(days=days), **kw)


def test_register_filters_and_sort_in_sql(world) -> None:
    db, sr, s1, s2, city, housing = world
    a = _commit(db, s1, city, 10)   # overdue at NOW
    b = _commit(db, s1, housing, 25)  # due within 7 days of NOW
    c = _commit(db, s2, city, 60)
    d = _commit(db, s2, housing, 5)
    commitments.set_status(db, d.id, "done")
    e = _commit(db, s1, city, 3)
    commitments.remove_commitment(db, e.id, "重复录入")
    assert commitment_ids(db, now=NOW) == [d.id, a.id, b.id, c.id]
    assert commitment_ids(db, RegisterFilter(descending=True), NOW) == [c.id, b.id, a.id, d.id]
    assert commitment_ids(db, RegisterFilter(owner_id=city.id), NOW) == [a.id, c.id]
    assert commitment_ids(db, RegisterFilter(statuses=("done",)), NOW) == [d.id]
    assert commitment_ids(db, RegisterFilter(session_id=s2.id), NOW) == [d.id, c.id]
    assert commitment_ids(db, RegisterFilter(series_id=sr.id), NOW) == [a.id, b.id]
    assert commitment_ids(db, RegisterFilter(overdue=True), NOW) == [a.id]
    assert commitment_ids(db, RegisterFilter(due_within_days=7), NOW) == [b.id]
    assert commitment_ids(db, RegisterFilter(owner_id=city.id, overdue=True), NOW) == [a.id]
    rows = rows_for(db, [a.id, c.id])
    assert rows[a.id].owner == "街道城管办" and rows[a.id].overdue(NOW)
    assert not rows[c.id].overdue(NOW)
    assert [r.id for r in commitment_rows(db, now=NOW)] == [d.id, a.id, b.id, c.id]
    summary = due_summary(db, NOW)
    assert (summary.overdue, summary.due_soon) == (1, 1)


def test_status_moves_and_progress(world) -> None:
    db, _sr, s1, _s2, city, _h = world
    c = _commit(db, s1, city, 10)
    with pytest.raises(ValidationError, match="cannot be done"):
        commitments.set_status(db, c.id, "cannot_do", "")
    commitments.set_status(db, c.id, "in_progress")
    commitments.add_progress(db, c.id, "已联系物业", "张三", noted_at=START + timedelta(days=2))
    commitments.set_status(db, c.id, "cannot_do", "资金未落实")
    row = rows_for(db, [c.id])[c.id]
    assert (row.status, row.status_reason) == ("cannot_do", "资金未落实")
    notes = commitments.progress_notes(db, c.id)
    assert [(n.text, n.noted_at) for n in notes] == [("已联系物业", START + timedelta(days=2))]


def test_due_dates_out_of_range_or_before_the_session(world) -> None:
    db, _sr, s1, _s2, city, _h = world
    with pytest.raises(ValidationError, match="before the session"):
        _commit(db, s1, city, -2)
    with pytest.raises(ValidationError, match="out of range"):
        commitments.create_commitment(db, s1.id, "x", city.id, datetime(2999, 1, 1, tzinfo=UTC))
    c = _commit(db, s1, city, 10)
    with pytest.raises(ValidationError, match="out of range"):
        commitments.extend(db, c.id, datetime(1999, 1, 1, tzinfo=UTC), "原因")


def test_extension_limits_of_the_policy(world) -> None:
    db, _sr, s1, s2, city, _h = world
    # xinfang_handling (session 2): one extension, at most 30 days past the original due
    c = _commit(db, s2, city, 60)
    original = c.due_at
    with pytest.raises(ValidationError, match="reason"):
        commitments.extend(db, c.id, original + timedelta(days=5), "   ")
    with pytest.raises(DeadlineError, match="at most 30"):
        commitments.extend(db, c.id, original + timedelta(days=40), "情况复杂")
    commitments.extend(db, c.id, original + timedelta(days=20), "情况复杂", "王主任")
    with pytest.raises(DeadlineError, match="at most 1"):
        commitments.extend(db, c.id, original + timedelta(days=25), "再延")
    assert [e.reason for e in commitments.extensions(db, c.id)] == ["情况复杂"]
    # a policy without extensions, set on the commitment itself
    strict = _commit(db, s1, city, 7, deadline_policy="hotline_ordinary")
    with pytest.raises(DeadlineError, match="does not allow"):
        commitments.extend(db, strict.id, strict.due_at + timedelta(days=1), "原因")
    # a custom policy: two extensions, no cap
    custom = {"two": custom_policy("two", "两次", "Two", 5, "working_days", 0, 2)}
    loose = _commit(db, s1, city, 7, deadline_policy="two")
    commitments.extend(db, loose.id, loose.due_at + timedelta(days=1), "a", custom=custom)
    commitments.extend(db, loose.id, loose.due_at + timedelta(days=90), "b", custom=custom)
    with pytest.raises(DeadlineError, match="at most 2"):
        commitments.extend(db, loose.id, loose.due_at + timedelta(days=99), "c", custom=custom)


def test_custom_policies_json_round_trip() -> None:
    text = pol.add_custom("", custom_policy("weekly", "每周", "Weekly", 5, "working_days"))
    text = pol.add_custom(text, custom_policy("fast", "加急", "Urgent", 12, "hours", 6, 1))
    parsed = pol.parse_custom(text)
    assert list(parsed) == ["weekly", "fast"]
    assert parsed["fast"].max_extension == 6
    assert pol.resolve("fast", parsed).unit == "hours"
    assert pol.resolve("message_board", parsed).unit == "working_days"
    assert pol.resolve("gone", parsed) is None
    assert pol.parse_custom("not json") == {}
    with pytest.raises(ValidationError):
        pol.add_custom(text, pol.BUILTIN_POLICIES["message_board"])
    assert "working days" in pol.describe(parsed["weekly"], "en")
    assert "工作日" in pol.describe(parsed["weekly"], "zh")


def test_owner_counts(world) -> None:
    db, _sr, s1, s2, city, housing = world
    _commit(db, s1, city, 10)  # overdue
    _commit(db, s1, city, 30)
    done = _commit(db, s2, city, 30)
    commitments.set_status(db, done.id, "done")
    no = _commit(db, s2, housing, 30)
    commitments.set_status(db, no.id, "cannot_do", "不在职权内")
    counts = {c.owner: c for c in dashboard.owner_counts(db, NOW)}
    assert (counts["街道城管办"].open, counts["街道城管办"].overdue, counts["街道城管办"].done,
            counts["街道城管办"].cannot_do) == (2, 1, 1, 0)
    assert (counts["Housing office"].open, counts["Housing office"].cannot_do) == (0, 1)


def test_rates_with_known_counts_per_session_owner_and_month(world) -> None:
    db, _sr, s1, s2, city, housing = world
    c1 = _commit(db, s1, city, 10)
    c2 = _commit(db, s2, housing, 10)
    op = opinions.create_opinion(db, s2.id, "公交站太远", received_at=START)
    dispositions.set_disposition(db, op.id, "referred", referred_to_id=housing.id)
    oct_, nov = datetime(2025, 10, 10, 2, tzinfo=UTC), datetime(2025, 11, 3, 2, tzinfo=UTC)
    calls = [  # (subject, contacted, resolved, satisfaction, valid, when)
        ({"commitment_id": c1.id}, True, True, "satisfied", True, oct_),
        ({"commitment_id": c1.id}, True, False, "basically_satisfied", True, oct_),
        ({"commitment_id": c1.id}, False, False, "unsatisfied", True, nov),
        ({"commitment_id": c1.id}, True, True, "satisfied", False, nov),  # not valid: ignored
        ({"commitment_id": c2.id}, True, True, "satisfied", True, nov),
        ({"opinion_id": op.id}, True, False, "basically_satisfied", True, nov),
    ]
    for subject, contacted, resolved, sat, valid, when in calls:
        followups.record_followup(db, contacted_in_time=contacted, resolved=resolved,
                                  satisfaction=sat, valid=valid, called_at=when, **subject)
    by_owner = {r.label: r.rates for r in dashboard.rates_by(db, "owner")}
    city_rates = by_owner["街道城管办"]
    assert (city_rates.valid, city_rates.responded, city_rates.resolved, city_rates.satisfied,
            city_rates.basically_satisfied, city_rates.unsatisfied) == (3, 2, 1, 1, 1, 1)
    assert city_rates.satisfaction_rate == pytest.approx((1 + 0.9) / 3)
    assert city_rates.overall == pytest.approx(0.1 * 2 / 3 + 0.5 / 3 + 0.4 * 1.9 / 3)
    housing_rates = by_owner["Housing office"]
    assert (housing_rates.valid, housing_rates.resolved, housing_rates.basically_satisfied) == (
        2, 1, 1)
    by_session = {r.key: r.rates.valid for r in dashboard.rates_by(db, "session")}
    assert by_session == {str(s1.id): 3, str(s2.id): 2}
    by_month = {r.key: (r.rates.valid, r.rates.responded) for r in dashboard.rates_by(db, "month")}
    assert by_month == {"2025-10": (2, 2), "2025-11": (3, 2)}
    settings = RateSettings(0.2, 0.4, 0.4, 0.5)
    only_city = dashboard.rates_by(db, "month", settings, owner_id=city.id,
                                   start=datetime(2025, 11, 1, tzinfo=UTC))
    assert [(r.key, r.rates.valid) for r in only_city] == [("2025-11", 1)]
    total = dashboard.total_rates(db, settings)
    assert total.valid == 5
    assert total.satisfaction_rate == pytest.approx((2 + 0.5 * 2) / 5)
    with pytest.raises(ValidationError):
        dashboard.rates_by(db, "year")


def test_disposition_row_is_unique(world) -> None:
    db, _sr, s1, _s2, _c, _h = world
    op = opinions.create_opinion(db, s1.id, "x")
    dispositions.set_disposition(db, op.id, "adopted")
    dispositions.set_disposition(db, op.id, "explained")
    with db.read() as s:
        from sqlmodel import select
        assert len(s.exec(select(Disposition)).all()) == 1
