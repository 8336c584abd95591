import re
from dataclasses import FrozenInstanceError
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from desktop.core.deadlines import (
    BUILTIN_POLICIES,
    CHINA_TZ,
    DeadlineError,
    DeadlinePolicy,
    DueDate,
    add_working_days,
    check_extension,
    compute_due,
    custom_policy,
    is_working_day,
    waiting_status,
)
from desktop.core.errors import ValidationError


def local(*args: int) -> datetime:
    return datetime(*args, tzinfo=CHINA_TZ)


def end_of_local_day(year: int, month: int, day: int) -> datetime:
    return local(year, month, day, 23, 59, 59).astimezone(UTC)


# --- policies -------------------------------------------------------------------------------------


def test_builtin_policies_follow_the_guide():
    expected = {
        "xinfang_acceptance": (15, "calendar_days", 0, 0),
        "xinfang_handling": (60, "calendar_days", 30, 1),
        "xinfang_review": (30, "calendar_days", 0, 0),
        "hotline_emergency": (2, "hours", 0, 0),
        "hotline_utilities": (24, "hours", 0, 0),
        "hotline_ordinary": (7, "calendar_days", 0, 0),
        "hotline_complex": (15, "calendar_days", 0, 0),
        "message_board": (10, "working_days", 0, 1),
        "message_board_investigation": (20, "working_days", 0, 1),
    }
    actual = {
        key: (p.amount, p.unit, p.max_extension, p.max_extensions)
        for key, p in BUILTIN_POLICIES.items()
    }
    assert actual == expected
    assert all(key == policy.key for key, policy in BUILTIN_POLICIES.items())


def test_policy_name_by_language_and_immutability():
    policy = BUILTIN_POLICIES["message_board"]
    assert policy.name("zh") == policy.name("zh_CN") == policy.name_zh
    assert "工作日" in policy.name("zh")
    assert policy.name("en") == policy.name_en
    with pytest.raises(FrozenInstanceError):
        policy.amount = 5  # type: ignore[misc]


def test_custom_policy_is_built_and_names_stripped():
    policy = custom_policy("street", " 街道办答复 ", "Street office reply ", 5, "working_days", 5, 2)
    assert policy == DeadlinePolicy(
        key="street", name_zh="街道办答复", name_en="Street office reply", amount=5, unit="working_days", max_extension=5, max_extensions=2
    )


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (("Bad Key", "名", "Name", 5, "calendar_days"), "key"),
        (("", "名", "Name", 5, "calendar_days"), "key"),
        (("k", "  ", "Name", 5, "calendar_days"), "name"),
        (("k", "名", "", 5, "calendar_days"), "name"),
        (("k", "名", "Name", 0, "calendar_days"), "time limit"),
        (("k", "名", "Name", -3, "hours"), "time limit"),
        (("k", "名", "Name", 2.5, "hours"), "time limit"),
        (("k", "名", "Name", True, "hours"), "time limit"),
        (("k", "名", "Name", 10_000, "hours"), "time limit"),
        (("k", "名", "Name", 5, "weeks"), "unit"),
        (("k", "名", "Name", 5, "hours", -1, 1), "maximum extension"),
        (("k", "名", "Name", 5, "hours", 0, -1), "number of extensions"),
        (("k", "名", "Name", 5, "hours", 3, 0), "no extension is allowed"),
        (("xinfang_handling", "名", "Name", 5, "hours"), "built-in"),
    ],
)
def test_custom_policy_rejects_invalid_fields(args, fragment):
    with pytest.raises(DeadlineError, match=fragment) as raised:
        custom_policy(*args)
    assert isinstance(raised.value, ValueError) and isinstance(raised.value, ValidationError)
    assert re.search("[\u4e00-\u9fff]", raised.value.text("zh"))


# --- working days ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "working"),
    [
        (date(2025, 9, 26), True),  # Friday
        (date(2025, 9, 27), False),  # Saturday
        (date(2025, 9, 28), True),  # Sunday, adjusted working day before National Day
        (date(2025, 10, 1), False),
        (date(2025, 10, 8), False),  # Wednesday, last day of the holiday
        (date(2025, 10, 9), True),
        (date(2025, 10, 11), True),  # Saturday, adjusted working day
        (date(2025, 10, 12), False),
        (date(2026, 2, 14), True),  # Saturday before the Spring Festival
        (date(2026, 2, 16), False),  # Monday in the Spring Festival
        (date(2026, 2, 23), False),
        (date(2026, 2, 28), True),  # Saturday after it
    ],
)
def test_is_working_day_uses_the_published_schedule(day, working):
    assert is_working_day(day) == (working, True)


def test_is_working_day_in_an_unknown_year_counts_weekdays():
    assert is_working_day(date(2035, 1, 1)) == (True, False)  # a Monday; New Year unknown here
    assert is_working_day(date(2035, 1, 6)) == (False, False)  # Saturday
    assert is_working_day(date(1999, 10, 1)) == (True, False)  # before the package's data


def test_ten_working_days_across_national_day_2025():
    # From Friday 26 September: 28 Sep (Sun, adjusted) 1, 29 Sep 2, 30 Sep 3, 1-8 Oct holiday,
    # 9 Oct 4, 10 Oct 5, 11 Oct (Sat, adjusted) 6, 13-16 Oct 7-10.
    assert add_working_days(date(2025, 9, 26), 10) == (date(2025, 10, 16), True)
    assert add_working_days(date(2025, 9, 26), 1) == (date(2025, 9, 28), True)
    assert add_working_days(date(2025, 9, 30), 1) == (date(2025, 10, 9), True)
    assert add_working_days(date(2025, 9, 26), 0) == (date(2025, 9, 26), True)


def test_working_days_across_spring_festival_2026():
    # From Friday 13 February: 14 Feb (Sat, adjusted) 1, 15-23 Feb holiday, 24-27 Feb 2-5,
    # 28 Feb (Sat, adjusted) 6, 2 Mar 7.
    assert add_working_days(date(2026, 2, 13), 5) == (date(2026, 2, 27), True)
    assert add_working_days(date(2026, 2, 13), 6) == (date(2026, 2, 28), True)
    assert add_working_days(date(2026, 2, 13), 7) == (date(2026, 3, 2), True)


def test_working_days_in_unknown_years_are_approximate():
    assert add_working_days(date(2035, 1, 5), 5) == (date(2035, 1, 12), False)
    # Ends within 2026 (known): exact.  Crosses into 2027 (not published here): approximate.
    assert add_working_days(date(2026, 12, 21), 5) == (date(2026, 12, 28), True)
    assert add_working_days(date(2026, 12, 28), 10) == (date(2027, 1, 11), False)
    # Landing on the last day of the last published year needs nothing from the next year.
    assert add_working_days(date(2026, 12, 30), 1) == (date(2026, 12, 31), True)
    # Starting on the last day of a year without data counts no day of that year.
    assert add_working_days(date(2003, 12, 31), 1) == (date(2004, 1, 2), True)


def test_many_working_days_span_years():
    day, exact = add_working_days(date(2024, 1, 1), 500)
    assert exact and date(2025, 12, 1) < day < date(2026, 3, 1)
    assert is_working_day(day) == (True, True)


def test_add_working_days_rejects_negative():
    with pytest.raises(ValueError):
        add_working_days(date(2025, 1, 1), -1)


# --- compute_due ----------------------------------------------------------------------------------


def test_due_of_calendar_day_policy_is_end_of_local_day_in_utc():
    due = compute_due(BUILTIN_POLICIES["xinfang_acceptance"], local(2025, 9, 26, 9, 30))
    assert due == DueDate(end_of_local_day(2025, 10, 11), False, "", "")
    assert due.due == datetime(2025, 10, 11, 15, 59, 59, tzinfo=UTC)
    assert due.due.tzinfo == UTC


def test_due_counts_days_in_local_time():
    # 20:00 UTC on 25 September is already 26 September in Beijing.
    start = datetime(2025, 9, 25, 20, 0, tzinfo=UTC)
    due = compute_due(BUILTIN_POLICIES["hotline_ordinary"], start)
    assert due.due == end_of_local_day(2025, 10, 3)
    # The same instant counted in UTC gives a day earlier.
    assert compute_due(BUILTIN_POLICIES["hotline_ordinary"], start, tz=UTC).due == datetime(
        2025, 10, 2, 23, 59, 59, tzinfo=UTC
    )


def test_due_accepts_zoneinfo_and_gives_the_same_result():
    start = local(2025, 9, 26, 9, 30)
    shanghai = ZoneInfo("Asia/Shanghai")
    for policy in BUILTIN_POLICIES.values():
        assert compute_due(policy, start, tz=shanghai) == compute_due(policy, start)


def test_due_of_hour_policies_is_exact():
    start = local(2025, 10, 1, 10, 0)
    assert compute_due(BUILTIN_POLICIES["hotline_emergency"], start) == DueDate(
        datetime(2025, 10, 1, 4, 0, tzinfo=UTC), False, "", ""
    )
    assert compute_due(BUILTIN_POLICIES["hotline_utilities"], start).due == datetime(
        2025, 10, 2, 2, 0, tzinfo=UTC
    )


def test_due_of_message_board_across_spring_festival_2026():
    # From Tuesday 10 February: 11-13 Feb 1-3, 14 Feb (Sat) 4, 24-27 Feb 5-8, 28 Feb (Sat) 9,
    # 2 Mar 10.
    due = compute_due(BUILTIN_POLICIES["message_board"], local(2026, 2, 10, 16, 0))
    assert due == DueDate(end_of_local_day(2026, 3, 2), False, "", "")


def test_due_in_unknown_year_is_approximate_with_notes():
    due = compute_due(BUILTIN_POLICIES["message_board"], local(2035, 1, 5, 9, 0))
    assert due.due == end_of_local_day(2035, 1, 19)
    assert due.approximate
    assert due.note_zh == "2035 年节假日安排尚未公布，仅按周末计算"
    assert due.note_en == "Holidays for 2035 are not published yet; only weekends were skipped"


def test_due_before_the_package_data_has_its_own_note():
    due = compute_due(BUILTIN_POLICIES["message_board"], local(2001, 3, 1, 9, 0))
    assert due.approximate
    assert "2001" in due.note_zh and "2001" in due.note_en and "not published" not in due.note_en


def test_calendar_due_in_unknown_year_is_exact():
    due = compute_due(BUILTIN_POLICIES["xinfang_handling"], local(2035, 1, 5, 9, 0))
    assert due == DueDate(end_of_local_day(2035, 3, 6), False, "", "")


def test_compute_due_rejects_naive_start():
    with pytest.raises(ValueError, match="timezone-aware"):
        compute_due(BUILTIN_POLICIES["message_board"], datetime(2025, 9, 26, 9, 0))


# --- extensions -----------------------------------------------------------------------------------

HANDLING = BUILTIN_POLICIES["xinfang_handling"]
ORIGINAL = compute_due(HANDLING, local(2025, 1, 2, 10, 0)).due  # 3 March 2025, end of day


def test_original_due_of_handling():
    assert ORIGINAL == end_of_local_day(2025, 3, 3)


def test_extension_within_30_days_is_accepted():
    check_extension(HANDLING, ORIGINAL, end_of_local_day(2025, 4, 2), 0)
    check_extension(HANDLING, ORIGINAL, end_of_local_day(2025, 3, 4), 0)


@pytest.mark.parametrize(
    ("new_due", "so_far", "fragment"),
    [
        (end_of_local_day(2025, 4, 3), 0, "at most 30 calendar days"),
        (end_of_local_day(2025, 3, 20), 1, "at most 1"),
        (ORIGINAL, 0, "must be later than the current one, 2025-03-03"),
        (end_of_local_day(2025, 3, 1), 0, "must be later than the current one"),
    ],
)
def test_extension_rules_of_handling(new_due, so_far, fragment):
    with pytest.raises(DeadlineError, match=fragment):
        check_extension(HANDLING, ORIGINAL, new_due, so_far)


def test_extension_error_names_the_latest_date_in_both_languages():
    with pytest.raises(DeadlineError) as raised:
        check_extension(HANDLING, ORIGINAL, end_of_local_day(2025, 4, 3), 0)
    assert "at most 30 calendar days past the original due date, to 2025-04-02." \
        in raised.value.text("en")
    assert "本政策最多可延期 30日，至 2025-04-02。" in raised.value.text("zh")


def test_extension_must_pass_the_current_due():
    board = BUILTIN_POLICIES["message_board"]
    original = compute_due(board, local(2025, 9, 26, 9, 0)).due
    with pytest.raises(ValueError, match="must be later than the current one"):
        check_extension(
            board, original, end_of_local_day(2025, 10, 20), 0,
            current_due=end_of_local_day(2025, 10, 25),
        )


def test_uncapped_extension_of_message_board():
    board = BUILTIN_POLICIES["message_board"]
    original = compute_due(board, local(2025, 9, 26, 9, 0)).due
    check_extension(board, original, end_of_local_day(2026, 6, 1), 0)
    with pytest.raises(ValueError, match="at most 1"):
        check_extension(board, original, end_of_local_day(2026, 6, 2), 1)


def test_extension_cap_in_working_days():
    policy = custom_policy("street_office", "街道办答复", "Street office reply", 5, "working_days", 5, 2)
    original = end_of_local_day(2025, 9, 30)
    # 5 working days after 30 September: 9, 10, 11 (Saturday, adjusted), 13, 14 October.
    check_extension(policy, original, end_of_local_day(2025, 10, 14), 1)
    with pytest.raises(ValueError, match="at most 5 working days"):
        check_extension(policy, original, end_of_local_day(2025, 10, 15), 1)


def test_policy_without_extensions():
    policy = BUILTIN_POLICIES["hotline_ordinary"]
    with pytest.raises(ValueError, match="does not allow extensions"):
        check_extension(policy, end_of_local_day(2025, 3, 1), end_of_local_day(2025, 3, 2), 0)


def test_extension_rejects_naive_datetimes_and_negative_counts():
    with pytest.raises(ValueError, match="timezone-aware"):
        check_extension(HANDLING, ORIGINAL, datetime(2025, 3, 10), 0)
    with pytest.raises(ValueError):
        check_extension(HANDLING, ORIGINAL, end_of_local_day(2025, 3, 10), -1)


# --- waiting --------------------------------------------------------------------------------------


def test_waiting_in_working_days_across_national_day():
    board = BUILTIN_POLICIES["message_board"]
    received = local(2025, 9, 26, 10, 0)
    assert waiting_status(board, received, local(2025, 10, 8, 12, 0)) == (3, False)
    assert waiting_status(board, received, local(2025, 10, 16, 23, 0)) == (10, False)
    assert waiting_status(board, received, local(2025, 10, 17, 9, 0)) == (11, True)


def test_waiting_in_calendar_days_and_hours():
    received = local(2025, 9, 26, 10, 0)
    ordinary = BUILTIN_POLICIES["hotline_ordinary"]
    utilities = BUILTIN_POLICIES["hotline_utilities"]
    assert waiting_status(ordinary, received, local(2025, 10, 3, 8, 0)) == (7, False)
    assert waiting_status(ordinary, received, local(2025, 10, 4, 0, 0)) == (8, True)
    almost_a_day = received + timedelta(hours=23, minutes=59)
    assert waiting_status(utilities, received, almost_a_day) == (23, False)
    assert waiting_status(utilities, received, local(2025, 9, 27, 11, 30)) == (25, True)


def test_waiting_over_several_years_and_before_receipt():
    board = BUILTIN_POLICIES["message_board"]
    received = local(2024, 12, 31, 10, 0)
    waited, overdue = waiting_status(board, received, local(2026, 12, 31, 10, 0))
    assert overdue and 480 < waited < 520
    assert waiting_status(board, received, received - timedelta(days=3)) == (0, False)


def test_waiting_rejects_naive_datetimes():
    with pytest.raises(ValueError):
        waiting_status(BUILTIN_POLICIES["message_board"], local(2025, 1, 1), datetime(2025, 1, 2))
