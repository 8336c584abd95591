"""Two laptops on one database compute the same deadlines and rates after one changed a rule."""
from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from desktop.core.deadlines import CHINA_TZ, compute_due, custom_policy
from desktop.core.errors import ValidationError
from desktop.core.holiday_calendar import parse_notice
from desktop.core.metrics import RateSettings
from desktop.core.services import commitments, dashboard, followups, holidays, owners, policies
from desktop.core.services import sessions
from tests.conftest import BACKENDS, PG_URL, _pg_schema_url

NOTICE = (Path(__file__).parent / "data" / "notice_2027_for_tests.txt").read_text(encoding="utf-8")


@pytest.fixture(params=BACKENDS)
def laptops(request, tmp_path: Path):
    """Two separately opened databases (two engines, two pools) on one store."""
    from sqlalchemy import create_engine, text

    from desktop.core.db import open_database, resolve_location

    if request.param == "sqlite":
        path = tmp_path / "shared.db"
        first = open_database(resolve_location(path, path))
        second = open_database(resolve_location(path, path))
        yield first, second
        first.close()
        second.close()
        return
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(resolve_location(PG_URL, Path("unused")).url)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = _pg_schema_url(schema)
    first = open_database(resolve_location(url, Path("unused")))
    second = open_database(resolve_location(url, Path("unused")))
    try:
        yield first, second
    finally:
        first.close()
        second.close()
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def due_on(db, key: str, start: datetime):  # noqa: ANN201
    policy = policies.load(db)[key]
    due = compute_due(policy, start, calendar=holidays.calendar(db))
    return due.due.astimezone(CHINA_TZ).date(), due.approximate


def test_two_laptops_agree_after_one_changes_a_policy_the_weights_and_the_holidays(laptops):
    a, b = laptops
    start = datetime(2027, 1, 29, 10, tzinfo=CHINA_TZ)  # a Friday before the Spring Festival
    policies.save_custom(a, custom_policy("street_10", "街道十个工作日", "Street, 10 working days",
                                          10, "working_days", 3, 1))
    # weekends only in 2027: Feb 1–5, 8–12 -> 12 February, approximate
    assert due_on(a, "street_10", start) == due_on(b, "street_10", start) == (date(2027, 2, 12),
                                                                              True)
    owner = owners.create_owner(a, "街道城管办")
    session = sessions.create_session(a, "二月恳谈会", datetime(2027, 1, 29, 1, tzinfo=UTC))
    due_at = datetime(2027, 2, 12, 15, 59, 59, tzinfo=UTC)
    made = commitments.create_commitment(a, session.id, "修路灯", owner.id, due_at,
                                         deadline_policy="street_10")
    for contacted, resolved, satisfaction in ((True, True, "satisfied"),
                                              (False, False, "basically_satisfied")):
        followups.record_followup(a, commitment_id=made.id, contacted_in_time=contacted,
                                  resolved=resolved, satisfaction=satisfaction)
    before = dashboard.total_rates(b)
    # by hand: response 1/2, resolution 1/2, satisfaction (1 + 0.9)/2, overall .05 + .25 + .38
    assert before.overall == pytest.approx(0.68)
    # laptop A: 20 working days now, other weights and factor, and the 2027 notice loaded
    policies.save_custom(a, custom_policy("street_10", "街道二十个工作日", "Street, 20 working days",
                                          20, "working_days", 3, 1))
    policies.set_rate_settings(a, RateSettings(0.2, 0.3, 0.5, 0.5))
    holidays.save_year(a, parse_notice(NOTICE, 2027), confirmed=True)
    # Feb 1–4 (4), Feb 5–13 off, Sun 14 worked (5), 15–19 (10), 22–26 (15), Mar 1–5 (20)
    assert due_on(b, "street_10", start) == due_on(a, "street_10", start) == (date(2027, 3, 5),
                                                                              False)
    rates_a, rates_b = dashboard.total_rates(a), dashboard.total_rates(b)
    # by hand: satisfaction (1 + 0.5)/2 = .75; overall .2 × .5 + .3 × .5 + .5 × .75
    assert rates_a == rates_b and rates_b.overall == pytest.approx(0.625)
    assert [r.rates for r in dashboard.rates_by(b, "owner")] == \
        [r.rates for r in dashboard.rates_by(a, "owner")]
    # laptop B extends under A's rules: 3 working days past Fri 12 February with the holidays
    # A loaded are Sun 14 (worked), Mon 15, Tue 16 (weekends only it would be Wed 17)
    with pytest.raises(ValidationError, match="to 2027-02-16"):
        commitments.extend(b, made.id, datetime(2027, 2, 17, 2, tzinfo=UTC), "配件未到")
    commitments.extend(b, made.id, datetime(2027, 2, 16, 10, tzinfo=UTC), "配件未到")
