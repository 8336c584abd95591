"""Rules every seat shares: holidays, policies and rate settings in the database (issue 17)."""
from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from desktop.core.deadlines import (
    BUILTIN_POLICIES, CHINA_TZ, add_working_days, compute_due, custom_policy, is_working_day,
)
from desktop.core.errors import ValidationError
from desktop.core.holiday_calendar import parse_csv, parse_notice
from desktop.core.metrics import RateSettings
from desktop.core.services import holidays, policies

NOTICE = (Path(__file__).parent / "data" / "notice_2027_for_tests.txt").read_text(encoding="utf-8")


def span(first: date, last: date) -> list[date]:
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


# The arrangement the test notice describes, written out day by day (the oracle).
OFF_2027 = (span(date(2027, 1, 1), date(2027, 1, 3)) + span(date(2027, 2, 5), date(2027, 2, 13))
            + span(date(2027, 4, 3), date(2027, 4, 5)) + span(date(2027, 5, 1), date(2027, 5, 5))
            + [date(2027, 6, 9), date(2027, 9, 15)] + span(date(2027, 10, 1), date(2027, 10, 7)))
WORK_2027 = [date(2027, 2, 14), date(2027, 4, 25), date(2027, 5, 8), date(2027, 9, 26),
             date(2027, 10, 9)]


def local(y: int, m: int, d: int, h: int = 9) -> datetime:
    return datetime(y, m, d, h, tzinfo=CHINA_TZ)


def load_2027(db) -> None:
    plan = parse_notice(NOTICE, 2027)
    assert plan.clean, [p.en for p in plan.problems]
    holidays.save_year(db, plan, confirmed=True)


# --- 2026 National Day week (installed library) ---------------------------------------------------


def test_national_day_2026_with_its_adjusted_weekend() -> None:
    # 1–7 October off (Thu–Wed), Sunday 20 September and Saturday 10 October worked.
    for day in span(date(2026, 10, 1), date(2026, 10, 7)):
        assert is_working_day(day) == (False, True), day
    assert is_working_day(date(2026, 9, 20)) == (True, True)  # a Sunday worked
    assert is_working_day(date(2026, 10, 10)) == (True, True)  # a Saturday worked
    assert is_working_day(date(2026, 10, 11)) == (False, True)  # an ordinary Sunday
    # from Wednesday 30 September: Thu 8, Fri 9, Sat 10 October are the first working days
    assert add_working_days(date(2026, 9, 30), 1) == (date(2026, 10, 8), True)
    assert add_working_days(date(2026, 9, 30), 3) == (date(2026, 10, 10), True)
    assert add_working_days(date(2026, 9, 30), 4) == (date(2026, 10, 12), True)


# --- the notice -----------------------------------------------------------------------------------


def test_test_notice_parses_into_the_exact_days() -> None:
    plan = parse_notice(NOTICE, 2027)
    assert plan.errors == []
    assert plan.days("off") == OFF_2027
    assert plan.days("work") == WORK_2027
    names = {e.day: e.name for e in plan.entries}
    assert names[date(2027, 2, 14)] == "春节" and names[date(2027, 10, 7)] == "国庆节"


def test_saved_notice_counts_deadlines_through_the_spring_festival(db) -> None:
    policy = BUILTIN_POLICIES["message_board_investigation"]  # 20 working days
    before = compute_due(policy, local(2027, 1, 25), calendar=holidays.calendar(db))
    assert before.approximate  # 2027 not loaded yet: weekends only
    # counted by hand, weekends only: Jan 26–29, Feb 1–5, 8–12, 15–19, 22 -> 22 February
    assert before.due.astimezone(CHINA_TZ).date() == date(2027, 2, 22)
    load_2027(db)
    due = compute_due(policy, local(2027, 1, 25), calendar=holidays.calendar(db))
    # Jan 26–29 (4), Feb 1–4 (8), Feb 5–13 off, Sun 14 worked (9), 15–19 (14), 22–26 (19), Mar 1
    assert (due.due.astimezone(CHINA_TZ).date(), due.approximate) == (date(2027, 3, 1), False)
    listed = holidays.year_view(db, 2027)
    assert listed.source == "notice"
    assert sorted(e.day for e in listed.entries if e.kind == "work") == WORK_2027


def test_deadline_into_a_year_without_data_is_approximate(db) -> None:
    load_2027(db)
    cal = holidays.calendar(db)
    due = compute_due(BUILTIN_POLICIES["message_board"], local(2027, 12, 24), calendar=cal)
    assert due.approximate and "2028" in due.note_en and "2028" in due.note_zh
    inside = compute_due(BUILTIN_POLICIES["message_board"], local(2027, 9, 24), calendar=cal)
    # Sep 26 (Sun, worked), 27, 28, 29, 30, Oct 8, 9 (Sat, worked), 11, 12, 13
    assert (inside.due.astimezone(CHINA_TZ).date(), inside.approximate) == (date(2027, 10, 13),
                                                                          False)


# --- bad input ------------------------------------------------------------------------------------


def broken(old: str, new: str) -> str:
    assert old in NOTICE
    return NOTICE.replace(old, new)


@pytest.mark.parametrize(("text", "year", "expected"), [
    (broken("2月5日（农历除夕、周五）至13日", "2月30日（农历除夕、周五）至13日"), 2027,
     "no date 2027-02-30"),
    (broken("4月3日（周六）", "4月4日（周六）"), 2027, "not the weekday"),
    (broken("2月14日（周日）上班", "2月13日（周六）上班"), 2027, "both as a day off and as a working"),
    (NOTICE, 2026, "The notice is for 2027, not for 2026"),
    (broken("五、端午节", "五、植树节"), 2027, "Unknown holiday “植树节”"),
    (broken("共9天", "共8天"), 2027, "says 8 days but the dates give 9"),
    (broken("9月26日（周日）", "9月27日（周一）"), 2027, "is a weekday"),
])
def test_bad_notices_are_named_and_nothing_is_saved(db, text: str, year: int,
                                                    expected: str) -> None:
    plan = parse_notice(text, year)
    assert any(expected in p.en for p in plan.errors), [p.en for p in plan.problems]
    assert all(p.zh for p in plan.problems)
    with pytest.raises(ValidationError, match="nothing was saved"):
        holidays.save_year(db, plan, confirmed=True)
    assert holidays.loaded_years(db) == []


def test_csv_import_names_an_impossible_date_and_saves_only_a_clean_confirmed_file(db) -> None:
    bad = parse_csv("date,kind\n2027-02-05,off\n2027-02-30,off\n2027-02-14,work\n", 2027)
    assert [(p.line, "2027-02-30" in p.en) for p in bad.errors] == [(3, True)]
    with pytest.raises(ValidationError):
        holidays.save_year(db, bad, confirmed=True)
    good = parse_csv("date,kind\n2027-02-05,off\n2027-02-14,work\n", 2027)
    with pytest.raises(ValidationError, match="confirmation"):
        holidays.save_year(db, good, confirmed=False)
    assert holidays.loaded_years(db) == []
    assert holidays.save_year(db, good, confirmed=True) == 2
    assert is_working_day(date(2027, 2, 14), holidays.calendar(db)) == (True, True)
    assert is_working_day(date(2027, 2, 5), holidays.calendar(db)) == (False, True)


def test_file_detection_reads_a_gb18030_notice_and_a_csv() -> None:
    notice = holidays.read_plan(NOTICE.encode("gb18030"), 2027)
    assert (notice.source, notice.days("work")) == ("notice", WORK_2027)
    table = holidays.read_plan(b"\xef\xbb\xbf2027-10-09,work\n", 2027)
    assert (table.source, table.days("work")) == ("csv", [date(2027, 10, 9)])


# --- policies and rates in the database -----------------------------------------------------------


def test_policies_and_rates_are_rows_of_the_database(db) -> None:
    assert set(BUILTIN_POLICIES) <= set(policies.load(db))
    street = custom_policy("street_5", "街道五个工作日", "Street, 5 working days", 5, "working_days",
                           5, 1)
    policies.save_custom(db, street)
    assert policies.load(db)["street_5"] == street
    with pytest.raises(ValidationError):
        policies.save_custom(db, BUILTIN_POLICIES["message_board"])
    settings = RateSettings(0.2, 0.4, 0.4, 0.8)
    policies.set_rate_settings(db, settings)
    assert policies.rate_settings(db) == settings
    policies.delete_custom(db, "street_5")
    assert "street_5" not in policies.load(db)


def test_archive_carries_policies_weights_and_holidays(db, tmp_path: Path) -> None:
    from desktop.core import archive
    from desktop.core.db import open_database, resolve_location

    load_2027(db)
    policies.save_custom(db, custom_policy("street_5", "街道", "Street", 5, "working_days"))
    policies.set_rate_settings(db, RateSettings(0.3, 0.3, 0.4, 0.5))
    path = tmp_path / "rules.json"
    archive.export_archive(db, path)
    target_path = tmp_path / "restored.db"
    target = open_database(resolve_location(target_path, target_path))
    try:
        archive.import_archive(target, path)
        assert policies.load(target)["street_5"].amount == 5
        assert policies.rate_settings(target) == RateSettings(0.3, 0.3, 0.4, 0.5)
        assert holidays.year_view(target, 2027).entries == holidays.year_view(db, 2027).entries
    finally:
        target.close()


def test_backups_carry_the_rules(sqlite_database, tmp_path: Path) -> None:
    from desktop.core.backup import make_backup
    from desktop.core.db import open_database, resolve_location

    db = sqlite_database
    load_2027(db)
    policies.save_custom(db, custom_policy("street_5", "街道", "Street", 5, "working_days"))
    policies.set_rate_settings(db, RateSettings(0.3, 0.3, 0.4, 0.5))
    copy = make_backup(db.location.path, dest_dir=tmp_path / "backups")
    restored = open_database(resolve_location(copy, copy))
    try:
        assert policies.load(restored)["street_5"].amount == 5
        assert policies.rate_settings(restored).basic_factor == 0.5
        assert holidays.year_view(restored, 2027).source == "notice"
    finally:
        restored.close()


def test_approximate_due_dates_are_marked_in_register_exports_and_documents(db) -> None:
    from desktop.core.exports import commitments_sheet
    from desktop.core.services import commitments, owners, register, sessions
    from desktop.minutes.generate import minutes_content as collect_minutes
    from desktop.minutes.compose import due_text
    from desktop.minutes.generate import collect_report_back
    from desktop.minutes.labels import labels_for

    owner = owners.create_owner(db, "街道城管办")
    session = sessions.create_session(db, "恳谈会", datetime(2026, 11, 20, 1, tzinfo=CHINA_TZ))
    far = datetime(2040, 3, 1, 15, tzinfo=CHINA_TZ)  # no library knows 2040
    counted = commitments.create_commitment(db, session.id, "路灯", owner.id, far,
                                            deadline_policy="message_board")
    calendar_days = commitments.create_commitment(db, session.id, "井盖", owner.id, far,
                                                  deadline_policy="xinfang_handling")
    rows = register.rows_for(db, [counted.id, calendar_days.id])
    assert rows[counted.id].approximate and not rows[calendar_days.id].approximate
    sheet = commitments_sheet(db, session.id, "zh")
    at = sheet.header.index("时限为估算")
    marks = {row[0]: row[at] for row in sheet.rows}
    assert marks[counted.id].startswith("是") and marks[calendar_days.id] == ""
    minutes = collect_minutes(db, session.id)
    assert [c.due_approximate for c in minutes.commitments] == [True, False]
    assert due_text(date(2040, 3, 1), True, "zh", labels_for("zh")) == "2040年3月1日（暂估）"
    assert due_text(date(2040, 3, 1), False, "zh", labels_for("zh")) == "2040年3月1日"
    # a year loaded after the due date was set does not make that date exact ...
    holidays.save_year(db, parse_csv("2040-03-01,work\n", 2040), confirmed=True)
    for year in range(datetime.now(UTC).year, 2040):
        if not holidays.calendar(db).known(year):
            holidays.save_year(db, parse_csv(f"{year}-01-01,off\n", year), confirmed=True)
    assert register.rows_for(db, [counted.id])[counted.id].approximate
    # ... but one set afterwards is exact
    later = commitments.create_commitment(db, session.id, "树木", owner.id, far,
                                          deadline_policy="message_board")
    assert not register.rows_for(db, [later.id])[later.id].approximate
    assert collect_report_back(db, session.id) is not None


def test_a_notice_in_the_published_format_agrees_with_the_library_for_2026() -> None:
    """The installed package is an independent oracle for a year it knows."""
    import chinese_calendar

    from desktop.core.holiday_calendar import YearData

    text = (Path(__file__).parent / "data" / "notice_2026_as_published_format.txt").read_text(
        encoding="utf-8")
    plan = parse_notice(text, 2026)
    assert plan.problems == []
    parsed = YearData(2026, frozenset(plan.days("off")), frozenset(plan.days("work")), "notice")
    for day in span(date(2026, 1, 1), date(2026, 12, 31)):
        assert parsed.is_working(day) == chinese_calendar.is_workday(day), day
