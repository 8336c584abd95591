"""One display zone: the system's (whatever TZ says) or a fixed one; a picked day stays that
day. Every test here runs with the machine in UTC, Asia/Shanghai and America/New_York."""
from __future__ import annotations

import csv
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from desktop.core import exports, zone
from desktop.core.errors import ValidationError
from desktop.core.services import commitments, owners, sessions

INSTANTS = [datetime(2026, 3, 8, 6, 59, tzinfo=UTC), datetime(2026, 3, 8, 7, 1, tzinfo=UTC),
            datetime(2026, 11, 1, 5, 30, tzinfo=UTC), datetime(2026, 11, 1, 6, 30, tzinfo=UTC),
            datetime(2026, 12, 31, 16, 0, tzinfo=UTC), datetime(2027, 6, 30, 23, 59, tzinfo=UTC)]
DAYS = [date(2026, 12, 31), date(2026, 3, 8), date(2026, 11, 1), date(2027, 1, 1)]


def test_system_zone_follows_tz_including_daylight_saving(each_zone) -> None:
    oracle = ZoneInfo(each_zone)
    for instant in INSTANTS:
        got = instant.astimezone(zone.SYSTEM_ZONE)
        want = instant.astimezone(oracle)
        assert (got.replace(tzinfo=None), got.utcoffset()) == (want.replace(tzinfo=None),
                                                               want.utcoffset())
        assert zone.format_datetime(instant, zone.SYSTEM_ZONE) == want.strftime("%Y-%m-%d %H:%M")


@pytest.mark.parametrize("fixed", ["", "Asia/Shanghai", "America/New_York"])
def test_a_picked_day_is_the_same_day_everywhere(each_zone, fixed) -> None:
    display = zone.zone_named(fixed)
    for day in DAYS:
        due = zone.end_of_day(day, display)
        assert due.tzinfo is not None and due.utcoffset() == timedelta(0)
        assert zone.format_date(due, display) == day.isoformat()
        assert zone.day_of(due, display) == day
        start = zone.at(day, 9, 30, display)
        assert zone.format_datetime(start, display) == f"{day.isoformat()} 09:30"
        assert zone.format_time(start, display) == "09:30"


def test_today_comes_from_the_clock_in_the_display_zone(each_zone) -> None:
    now = datetime(2026, 12, 31, 17, 0, tzinfo=UTC)  # 01:00 on Jan 1 in Shanghai
    assert zone.today(now, zone.zone_named("Asia/Shanghai")) == date(2027, 1, 1)
    assert zone.today(now, zone.zone_named("America/New_York")) == date(2026, 12, 31)
    assert zone.today(now, zone.SYSTEM_ZONE) == now.astimezone(ZoneInfo(each_zone)).date()


def test_unknown_zone_is_a_readable_error() -> None:
    with pytest.raises(ValidationError, match="Asia/Shanghai"):
        zone.zone_named("Mars/Olympus")


def test_exports_write_times_in_the_display_zone(each_zone, sqlite_database, tmp_path) -> None:
    db = sqlite_database
    start = datetime(2026, 12, 18, 23, 30, tzinfo=UTC)  # 12-19 07:30 in Shanghai
    s = sessions.create_session(db, "会议", start)
    owner = owners.create_owner(db, "城管办")
    shanghai = zone.zone_named("Asia/Shanghai")
    commitments.create_commitment(db, s.id, "事项", owner.id, zone.end_of_day(date(2026, 12, 31),
                                                                             shanghai))
    for display in (shanghai, zone.SYSTEM_ZONE):
        data = exports.sheets(db, s.id, "zh", zone=display)
        (path, _) = exports.write_csv(tmp_path / "x.csv", data)
        with path.open(encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.reader(fh))
        due = rows[1][5]
        oracle = zone.end_of_day(date(2026, 12, 31), shanghai).astimezone(
            ZoneInfo("Asia/Shanghai") if display is shanghai else ZoneInfo(each_zone))
        assert due == oracle.strftime("%Y-%m-%d %H:%M")


@pytest.mark.parametrize("fixed", ["", "Asia/Shanghai", "America/New_York"])
def test_dashboard_months_are_months_of_the_display_zone(each_zone, db, fixed) -> None:
    from desktop.core.services import dashboard, followups

    s = sessions.create_session(db, "会议", datetime(2026, 11, 1, tzinfo=UTC))
    owner = owners.create_owner(db, "城管办")
    c = commitments.create_commitment(db, s.id, "事项", owner.id,
                                      datetime(2026, 12, 31, tzinfo=UTC))
    called = datetime(2026, 11, 30, 20, 0, tzinfo=UTC)  # 12-01 04:00 in Shanghai
    followups.record_followup(db, commitment_id=c.id, contacted_in_time=True, called_at=called)
    display = zone.zone_named(fixed)
    rows = dashboard.rates_by(db, "month", zone=display)
    oracle = called.astimezone(ZoneInfo(fixed or each_zone)).strftime("%Y-%m")
    assert [r.key for r in rows] == [oracle]
