"""Deadline policies and due dates (GUIDE §2).

Working days follow the State Council holiday schedule, including the adjusted working weekends
(调休), from a `HolidayCalendar` (`desktop.core.holiday_calendar`): the years loaded into the
database, else those the installed `chinesecalendar` package knows. For a year known to neither,
Monday to Friday count as working days and the result is flagged as approximate. Calendar days and
hours do not depend on the holiday schedule and are always exact.

Day-based deadlines end at 23:59:59 local time on the last day; hour-based ones are exact.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo

from desktop.core.errors import ValidationError
from desktop.core.msg import pick
from desktop.core.holiday_calendar import HolidayCalendar, library_years

__all__ = [
    "BUILTIN_POLICIES",
    "CHINA_TZ",
    "UNITS",
    "DeadlineError",
    "DeadlinePolicy",
    "DueDate",
    "LIBRARY_CALENDAR",
    "add_working_days",
    "check_extension",
    "extension_cap_text",
    "extension_limit",
    "extension_refusal",
    "later_than_current",
    "compute_due",
    "custom_policy",
    "is_working_day",
    "waiting_status",
]

# Mainland China has kept UTC+8 without daylight saving since 1991, so a fixed offset is exact for
# every deadline and needs no time zone database (Windows has none without the tzdata package).
CHINA_TZ = timezone(timedelta(hours=8), "Asia/Shanghai")
UNITS = ("calendar_days", "working_days", "hours")
_MAX_AMOUNT = 9999
_KEY = re.compile(r"[a-z][a-z0-9_]*")
_UNIT_NAMES = {
    "calendar_days": ("calendar days", "日"),
    "working_days": ("working days", "个工作日"),
    "hours": ("hours", "小时"),
}


class DeadlineError(ValidationError, ValueError):
    """A policy or an extension a user asked for breaks the rules; `str()` is English,
    `.text(lang)` picks the language."""


@dataclass(frozen=True, kw_only=True)
class DeadlinePolicy:
    """A named time limit. `max_extensions` is how many extensions are allowed (0: none);
    `max_extension` caps how far, in `unit`, the due may move past the original due
    (0 with extensions allowed: no cap, as for the message boards in GUIDE §2)."""

    key: str
    name_zh: str
    name_en: str
    amount: int
    unit: str
    max_extension: int = 0
    max_extensions: int = 0

    def __post_init__(self) -> None:
        if not isinstance(self.key, str) or not _KEY.fullmatch(self.key):
            raise DeadlineError(
                en=f"Invalid policy key {self.key!r}: use lower-case letters, digits and "
                "underscores.",
                zh=f"时限标识“{self.key}”无效，只能使用小写字母、数字和下划线。",
            )
        if not self.name_zh.strip() or not self.name_en.strip():
            raise DeadlineError(
                en="The policy needs a Chinese and an English name.", zh="时限名称（中英文）不能为空。"
            )
        if self.unit not in UNITS:
            raise DeadlineError(
                en=f"Invalid unit {self.unit!r}; expected one of {', '.join(UNITS)}.",
                zh=f"时限单位“{self.unit}”无效。",
            )
        _check_count(self.amount, 1, "The time limit", "时限")
        _check_count(self.max_extension, 0, "The maximum extension", "最长延期")
        _check_count(self.max_extensions, 0, "The number of extensions", "延期次数")
        if self.max_extension and not self.max_extensions:
            raise DeadlineError(
                en="A maximum extension is set but no extension is allowed.", zh="设置了最长延期，但不允许延期。"
            )

    def name(self, lang: str) -> str:
        return pick(lang, en=self.name_en, zh=self.name_zh)


def _check_count(value: object, minimum: int, label_en: str, label_zh: str) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not minimum <= value <= _MAX_AMOUNT:
        raise DeadlineError(
            en=f"{label_en} must be a whole number from {minimum} to {_MAX_AMOUNT} "
            f"(got {value!r}).",
            zh=f"{label_zh}必须是 {minimum} 到 {_MAX_AMOUNT} 之间的整数（当前为 {value!r}）。",
        )


BUILTIN_POLICIES: dict[str, DeadlinePolicy] = {
    policy.key: policy
    for policy in (
        DeadlinePolicy(
            key="xinfang_acceptance", name_zh="信访事项受理告知（15日）",
            name_en="Petition: decide on acceptance (15 days)", amount=15, unit="calendar_days",
        ),
        DeadlinePolicy(
            key="xinfang_handling", name_zh="信访事项办结（60日，可延长30日）",
            name_en="Petition: handling (60 days, extendable by 30)", amount=60, unit="calendar_days",
            max_extension=30, max_extensions=1,
        ),
        DeadlinePolicy(
            key="xinfang_review", name_zh="信访复查答复（30日）", name_en="Petition: review reply (30 days)",
            amount=30, unit="calendar_days",
        ),
        DeadlinePolicy(
            key="hotline_emergency", name_zh="12345 紧急诉求（2小时）",
            name_en="12345 hotline: emergency (2 hours)", amount=2, unit="hours"
        ),
        DeadlinePolicy(
            key="hotline_utilities", name_zh="12345 水电气热诉求（24小时）",
            name_en="12345 hotline: water, power, gas, heating (24 hours)", amount=24, unit="hours",
        ),
        DeadlinePolicy(
            key="hotline_ordinary", name_zh="12345 一般诉求（7日）", name_en="12345 hotline: ordinary request (7 days)",
            amount=7, unit="calendar_days",
        ),
        DeadlinePolicy(
            key="hotline_complex", name_zh="12345 复杂诉求（15日）", name_en="12345 hotline: complex request (15 days)",
            amount=15, unit="calendar_days",
        ),
        DeadlinePolicy(
            key="message_board", name_zh="领导留言板答复（10个工作日）",
            name_en="Leaders' message board: reply (10 working days)", amount=10, unit="working_days",
            max_extension=0, max_extensions=1,
        ),
        DeadlinePolicy(
            key="message_board_investigation", name_zh="领导留言板需调查核实（20个工作日）",
            name_en="Leaders' message board: reply needing investigation (20 working days)",
            amount=20, unit="working_days", max_extension=0, max_extensions=1,
        ),
    )
}


def custom_policy(
    key: str,
    name_zh: str,
    name_en: str,
    amount: int,
    unit: str,
    max_extension: int = 0,
    max_extensions: int = 0,
) -> DeadlinePolicy:
    """A user-defined policy; raises DeadlineError (a ValueError) when a field is invalid."""
    if key in BUILTIN_POLICIES:
        raise DeadlineError(
            en=f"The key {key!r} belongs to a built-in policy.", zh=f"标识“{key}”已被内置时限使用。"
        )
    return DeadlinePolicy(
        key=key, name_zh=name_zh.strip(), name_en=name_en.strip(), amount=amount, unit=unit,
        max_extension=max_extension, max_extensions=max_extensions
    )


@dataclass(frozen=True)
class DueDate:
    due: datetime  # timezone-aware UTC
    approximate: bool
    note_zh: str = ""
    note_en: str = ""


# --- working days ---------------------------------------------------------------------------------

# The installed package's years only: what a caller without a database gets.
LIBRARY_CALENDAR = HolidayCalendar()


def _day_of_year(day: date) -> int:
    return day.timetuple().tm_yday - 1


def is_working_day(d: date, calendar: HolidayCalendar | None = None) -> tuple[bool, bool]:
    """(is a working day, whether the holiday schedule for that year is known)."""
    known, cumulative = (calendar or LIBRARY_CALENDAR).cumulative(d.year)
    index = _day_of_year(d)
    return cumulative[index + 1] > cumulative[index], known


def _advance(start: date, n: int, calendar: HolidayCalendar | None = None) -> tuple[date, list[int]]:
    """The n-th working day after `start`, and the years without a known schedule it relied on."""
    if n < 0:
        raise ValueError(f"n must be >= 0, got {n}")
    calendar = calendar or LIBRARY_CALENDAR
    unknown: list[int] = []
    year, offset = start.year, _day_of_year(start) + 1
    while True:
        known, cumulative = calendar.cumulative(year)
        if not known and offset < len(cumulative) - 1:
            unknown.append(year)
        available = cumulative[-1] - cumulative[offset]
        if n <= available:
            index = bisect_left(cumulative, cumulative[offset] + n, lo=offset)
            return date(year, 1, 1) + timedelta(days=index - 1), unknown
        n -= available
        year, offset = year + 1, 0


def add_working_days(start: date, n: int,
                     calendar: HolidayCalendar | None = None) -> tuple[date, bool]:
    """The date n working days after `start` (not counted itself), and whether it is exact."""
    day, unknown = _advance(start, n, calendar)
    return day, not unknown


def _working_days_between(first: date, last: date, calendar: HolidayCalendar | None = None) -> int:
    """Working days in (first, last]."""
    calendar = calendar or LIBRARY_CALENDAR
    total = 0
    for year in range(first.year, last.year + 1):
        cumulative = calendar.cumulative(year)[1]
        low = _day_of_year(first) + 1 if year == first.year else 0
        high = _day_of_year(last) + 1 if year == last.year else len(cumulative) - 1
        total += cumulative[high] - cumulative[low]
    return total


# --- due dates ------------------------------------------------------------------------------------


def _require_aware(value: datetime, name: str) -> None:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} must be timezone-aware, got {value!r}")


def _end_of_day(day: date, tz: tzinfo) -> datetime:
    return datetime.combine(day, time(23, 59, 59), tzinfo=tz).astimezone(UTC)


def _approximation_notes(years: list[int]) -> tuple[str, str]:
    last_published = max(library_years())
    zh_years, en_years = "、".join(map(str, years)), ", ".join(map(str, years))
    if min(years) > last_published:
        return (
            f"{zh_years} 年节假日安排尚未公布，仅按周末计算",
            f"Holidays for {en_years} are not published yet; only weekends were skipped",
        )
    return (
        f"缺少 {zh_years} 年节假日数据，仅按周末计算",
        f"No holiday data for {en_years}; only weekends were skipped",
    )


def compute_due(policy: DeadlinePolicy, start: datetime, tz: tzinfo = CHINA_TZ,
                calendar: HolidayCalendar | None = None) -> DueDate:
    """When a matter received at `start` (timezone-aware) falls due under `policy`.

    Days are counted in local time `tz`, from the day after `start`."""
    _require_aware(start, "start")
    if policy.unit == "hours":
        return DueDate(start.astimezone(UTC) + timedelta(hours=policy.amount), False)
    local_day = start.astimezone(tz).date()
    if policy.unit == "calendar_days":
        return DueDate(_end_of_day(local_day + timedelta(days=policy.amount), tz), False)
    day, unknown = _advance(local_day, policy.amount, calendar)
    if not unknown:
        return DueDate(_end_of_day(day, tz), False)
    return DueDate(_end_of_day(day, tz), True, *_approximation_notes(unknown))


def _shown(value: datetime, zone: tzinfo) -> str:
    """A due date as the date pickers show it: the day, and the time unless it is the end of
    the day (day-based deadlines end at 23:59:59)."""
    local = value.astimezone(zone)
    if (local.hour, local.minute) == (23, 59):
        return f"{local:%Y-%m-%d}"
    return f"{local:%Y-%m-%d %H:%M}"


def extension_refusal(policy: DeadlinePolicy | None, extensions_so_far: int) -> DeadlineError | None:
    """Why `policy` allows no further extension after `extensions_so_far`, or None if it does
    (no policy: extensions are not limited)."""
    if policy is None:
        return None
    if policy.max_extensions == 0:
        return DeadlineError(
            en=f"{policy.name_en} does not allow extensions.", zh=f"“{policy.name_zh}”不允许延期。"
        )
    if extensions_so_far >= policy.max_extensions:
        return DeadlineError(
            en=f"Already extended {extensions_so_far} time(s); "
            f"{policy.name_en} allows at most {policy.max_extensions}.",
            zh=f"已延期 {extensions_so_far} 次，“{policy.name_zh}”最多可延期 {policy.max_extensions} 次。",
        )
    return None


def extension_limit(policy: DeadlinePolicy, original_due: datetime, tz: tzinfo = CHINA_TZ,
                    calendar: HolidayCalendar | None = None) -> datetime | None:
    """The latest due an extension may set under `policy`, or None when it sets no cap."""
    if not policy.max_extensions or not policy.max_extension:
        return None
    return compute_due(replace(policy, amount=policy.max_extension), original_due, tz, calendar).due


def extension_cap_text(policy: DeadlinePolicy, original_due: datetime, tz: tzinfo = CHINA_TZ,
                       calendar: HolidayCalendar | None = None,
                       shown_in: tzinfo | None = None) -> tuple[str, str] | None:
    """"This policy allows at most N days (to YYYY-MM-DD)" in English and Chinese, or None."""
    limit = extension_limit(policy, original_due, tz, calendar)
    if limit is None:
        return None
    en_unit, zh_unit = _UNIT_NAMES[policy.unit]
    day = _shown(limit, shown_in or tz)
    return (f"This policy allows an extension of at most {policy.max_extension} {en_unit} past "
            f"the original due date, to {day}.",
            f"本政策最多可延期 {policy.max_extension}{zh_unit}，至 {day}。")


def later_than_current(current: datetime, zone: tzinfo) -> DeadlineError:
    """The refusal of a new due date that is not after the current one, naming that date."""
    day = _shown(current, zone)
    return DeadlineError(en=f"The new due date must be later than the current one, {day}.",
                         zh=f"新时限必须晚于当前时限 {day}。")


def check_extension(
    policy: DeadlinePolicy,
    original_due: datetime,
    new_due: datetime,
    extensions_so_far: int,
    *,
    current_due: datetime | None = None,
    tz: tzinfo = CHINA_TZ,
    calendar: HolidayCalendar | None = None,
    shown_in: tzinfo | None = None,
) -> None:
    """Raise DeadlineError (a ValueError) if moving the due to `new_due` breaks the policy's rules.

    `current_due` is the due after earlier extensions (defaults to `original_due`); dates in the
    messages are written in `shown_in` (defaults to `tz`)."""
    current = original_due if current_due is None else current_due
    _require_aware(original_due, "original_due")
    _require_aware(new_due, "new_due")
    _require_aware(current, "current_due")
    if extensions_so_far < 0:
        raise ValueError(f"extensions_so_far must be >= 0, got {extensions_so_far}")
    refusal = extension_refusal(policy, extensions_so_far)
    if refusal is not None:
        raise refusal
    cap = extension_cap_text(policy, original_due, tz, calendar, shown_in)
    if new_due <= current:
        error = later_than_current(current, shown_in or tz)
        if cap is not None:
            error = DeadlineError(en=f"{error.text('en')} {cap[0]}", zh=f"{error.text('zh')}{cap[1]}")
        raise error
    limit = extension_limit(policy, original_due, tz, calendar)
    if limit is not None and new_due > limit and cap is not None:
        raise DeadlineError(en=f"The new due date is too late. {cap[0]}",
                            zh=f"新时限超出延期上限。{cap[1]}")


def waiting_status(
    policy: DeadlinePolicy, received: datetime, now: datetime, tz: tzinfo = CHINA_TZ,
    calendar: HolidayCalendar | None = None,
) -> tuple[int, bool]:
    """How long a matter received at `received` has waited at `now`, and whether it is overdue.

    The wait is in whole hours for hour policies, else in the policy's days (calendar or working)
    counted in local time `tz`; it is 0 when `now` is not after `received`."""
    _require_aware(received, "received")
    _require_aware(now, "now")
    overdue = now > compute_due(policy, received, tz, calendar).due
    if now <= received:
        return 0, overdue
    if policy.unit == "hours":
        return (now - received) // timedelta(hours=1), overdue
    first, last = received.astimezone(tz).date(), now.astimezone(tz).date()
    if policy.unit == "calendar_days":
        return (last - first).days, overdue
    return _working_days_between(first, last, calendar), overdue
