"""The holiday calendar: which days are off and which weekend days are worked (调休), per year.

A year's arrangement comes from the installed `chinesecalendar` package when it knows the year,
or from the database, where the user loads it from the State Council notice
(国务院办公厅关于YYYY年部分节假日安排的通知), from a CSV file (``date,kind``) or by hand.

`HolidayCalendar` answers "is this a working day" for the deadline arithmetic; `parse_notice` and
`parse_csv` turn a notice's text or a CSV file into a `YearPlan` with the problems found, so a
preview can name them before anything is saved.
"""
from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache

import chinese_calendar
from desktop.core.msg import is_zh

__all__ = [
    "HOLIDAY_NAMES", "KINDS", "SOURCES", "DayEntry", "HolidayCalendar", "Problem", "YearData",
    "YearPlan", "detect_and_parse", "library_year", "library_years", "parse_csv", "parse_notice",
]

KINDS = ("off", "work")
SOURCES = ("library", "notice", "csv", "hand")
# The seven public holidays of the State Council arrangement: Chinese name -> English name.
HOLIDAY_NAMES = {
    "元旦": "New Year's Day", "春节": "Spring Festival", "清明节": "Qingming Festival",
    "劳动节": "Labour Day", "端午节": "Dragon Boat Festival", "中秋节": "Mid-Autumn Festival",
    "国庆节": "National Day",
}
_LIBRARY_NAMES = {
    "New Year's Day": "元旦", "Spring Festival": "春节", "Tomb-sweeping Day": "清明节",
    "Labour Day": "劳动节", "Dragon Boat Festival": "端午节", "Mid-autumn Festival": "中秋节",
    "National Day": "国庆节", "Anti-Fascist 70th Day": "抗战胜利70周年纪念日",
}


@dataclass(frozen=True)
class DayEntry:
    day: date
    kind: str  # "off" or "work"
    name: str = ""  # the holiday it belongs to, in Chinese (元旦, 春节 ...)
    source: str = "hand"


@dataclass(frozen=True)
class YearData:
    """One year's arrangement: official days off and adjusted working days (weekends worked)."""

    year: int
    off: frozenset[date]
    work: frozenset[date]
    source: str

    def is_working(self, day: date) -> bool:
        if day in self.work:
            return True
        return day.weekday() < 5 and day not in self.off


@lru_cache(maxsize=1)
def library_years() -> tuple[int, ...]:
    """The years the installed `chinesecalendar` has the official arrangement for."""
    first, last = min(chinese_calendar.holidays).year, max(chinese_calendar.holidays).year
    return tuple(range(first, last + 1))


@lru_cache(maxsize=64)
def library_year(year: int) -> YearData | None:
    if year not in library_years():
        return None
    entries = library_entries(year)
    return YearData(year, frozenset(e.day for e in entries if e.kind == "off"),
                    frozenset(e.day for e in entries if e.kind == "work"), "library")


def library_entries(year: int) -> list[DayEntry]:
    """The package's days off on weekdays and worked weekend days of ``year``, as entries."""
    entries = []
    day, end = date(year, 1, 1), date(year + 1, 1, 1)
    while day < end:
        on_holiday, name = chinese_calendar.get_holiday_detail(day)
        weekend = day.weekday() >= 5
        if on_holiday and (not weekend or name):
            entries.append(DayEntry(day, "off", _LIBRARY_NAMES.get(name or "", name or ""),
                                    "library"))
        elif weekend and not on_holiday:
            entries.append(DayEntry(day, "work", _LIBRARY_NAMES.get(name or "", name or ""),
                                    "library"))
        day += timedelta(days=1)
    return entries


class HolidayCalendar:
    """Working days from the years loaded into the database, else from the installed package;
    a year known to neither counts Monday to Friday and makes a result approximate.

    ``loaded_at`` tells, per database year, since when it is known (for "was this due date
    computed before the year's arrangement was loaded")."""

    def __init__(self, years: Mapping[int, YearData] | None = None,
                 loaded_at: Mapping[int, datetime] | None = None) -> None:
        self._years = dict(years or {})
        self.loaded_at = dict(loaded_at or {})
        self._cumulative: dict[int, tuple[bool, tuple[int, ...]]] = {}

    def year(self, year: int) -> YearData | None:
        return self._years.get(year) or library_year(year)

    def source(self, year: int) -> str | None:
        data = self.year(year)
        return data.source if data else None

    def known(self, year: int) -> bool:
        return self.year(year) is not None

    def known_at(self, year: int, moment: datetime) -> bool:
        """Whether the year's arrangement was available at ``moment`` (library years always)."""
        if year in self._years and year in self.loaded_at:
            return self.loaded_at[year] <= moment or library_year(year) is not None
        return self.known(year)

    def unknown_years(self, first: date, last: date) -> list[int]:
        return [y for y in range(first.year, last.year + 1) if not self.known(y)]

    def cumulative(self, year: int) -> tuple[bool, tuple[int, ...]]:
        """(known, cumulative working-day counts: [i] = working days among the year's first i)."""
        if year not in self._cumulative:
            data = self.year(year)
            first = date(year, 1, 1)
            total, counts = 0, [0]
            for i in range((date(year + 1, 1, 1) - first).days):
                day = first + timedelta(days=i)
                total += data.is_working(day) if data else day.weekday() < 5
                counts.append(total)
            self._cumulative[year] = (data is not None, tuple(counts))
        return self._cumulative[year]


# --- problems and plans ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    """One thing wrong (``error``: blocks saving) or worth knowing (a note), in both languages."""

    en: str
    zh: str
    line: int = 0  # 1-based line of the text or file; 0: the whole document
    error: bool = True

    def text(self, lang: str) -> str:
        body = self.zh if is_zh(lang) else self.en
        if not self.line:
            return body
        return f"第 {self.line} 行：{body}" if is_zh(lang) else \
            f"Line {self.line}: {body}"


@dataclass
class YearPlan:
    """A year's arrangement read from a notice or a CSV, before it is saved."""

    year: int
    source: str
    entries: list[DayEntry] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.error]

    @property
    def clean(self) -> bool:
        return bool(self.entries) and not self.errors

    def days(self, kind: str) -> list[date]:
        return sorted(e.day for e in self.entries if e.kind == kind)


def _add_conflicts(plan: YearPlan, lines: dict[tuple[date, str], int]) -> None:
    """Name every day listed both as off and as a working day; keep only the first listing."""
    seen: dict[date, DayEntry] = {}
    kept = []
    for entry in plan.entries:
        other = seen.get(entry.day)
        if other is None:
            seen[entry.day] = entry
            kept.append(entry)
        elif other.kind != entry.kind:
            plan.problems.append(Problem(
                f"{entry.day.isoformat()} is listed both as a day off and as a working day.",
                f"{_zh_date(entry.day)}既被列为放假又被列为上班。",
                lines.get((entry.day, entry.kind), 0)))
    plan.entries = kept


def _zh_date(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


# --- the State Council notice ---------------------------------------------------------------------

_DIGITS = "〇零一二三四五六七八九"
_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_TITLE = re.compile(r"关于\s*(\d{4})\s*年\s*部分节假日安排")
_HEAD = re.compile(r"^\s*(?:[一二三四五六七八九十]+\s*[、.．]\s*)?([^：:，,。]{1,12}?)\s*[：:]\s*(.*)$")
# "2026年12月31日（星期四）" with optional year, optional parenthesis
_DATE = r"(?:(\d{4})\s*年\s*)?(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*日\s*(?:[（(]([^）)]*)[）)])?"
_RANGE = re.compile(_DATE + r"(?:\s*(?:至|到|—|－|-|~|～)\s*" + _DATE + r")?")
_COUNT = re.compile(r"共\s*(\d+)\s*天")


def _weekday_in(note: str | None) -> int | None:
    match = re.search(r"(?:星期|周|礼拜)([一二三四五六日天])", note or "")
    return _WEEKDAYS[match.group(1)] if match else None


class _Dates:
    """Reads the dates of one line, carrying the month (and year) forward as the notice does."""

    def __init__(self, plan: YearPlan, line_no: int, line: str) -> None:
        self.plan, self.line_no, self.line = plan, line_no, line
        self.year, self.month = plan.year, None

    def make(self, year: str | None, month: str | None, day_text: str,
             note: str | None) -> date | None:
        if year:
            self.year = int(year)
        if month:
            self.month = int(month)
        if self.month is None:
            self.problem(f"the date “{day_text}日” has no month", f"日期“{day_text}日”缺少月份")
            return None
        try:
            day = date(self.year, self.month, int(day_text))
        except ValueError:
            self.problem(f"there is no date {self.year}-{self.month:02d}-{int(day_text):02d}",
                         f"不存在的日期：{self.year}年{self.month}月{int(day_text)}日")
            return None
        weekday = _weekday_in(note)
        if weekday is not None and weekday != day.weekday():
            names = "一二三四五六日"
            self.problem(
                f"{day.isoformat()} is a {day:%A}, not the weekday the notice gives "
                f"(a typo in the date?)",
                f"{_zh_date(day)}是星期{names[day.weekday()]}，与通知所写的星期{names[weekday]}"
                "不符（日期是否写错？）")
        if day.year != self.plan.year:
            self.problem(f"{day.isoformat()} is not in {self.plan.year}",
                         f"{_zh_date(day)}不在 {self.plan.year} 年内")
            return None
        return day

    def problem(self, en: str, zh: str, error: bool = True) -> None:
        self.plan.problems.append(Problem(en + ".", zh + "。", self.line_no, error))


def _split_work(rest: str) -> tuple[str, str]:
    """The part of a holiday's line about days off, and the part about adjusted working days."""
    parts = re.split(r"(?<=[。；;])", rest)
    off, work = [], []
    for part in parts:
        (work if "上班" in part else off).append(part)
    return "".join(off), "".join(work)


def parse_notice(text: str, year: int) -> YearPlan:
    """Read the State Council notice's lines ("春节：2月X日至Y日放假调休，共Z天。2月W日（星期日）上班。")
    into days off and adjusted working days of ``year``, naming every problem found."""
    plan = YearPlan(year, "notice")
    lines: dict[tuple[date, str], int] = {}
    title = _TITLE.search(text)
    if title and int(title.group(1)) != year:
        plan.problems.append(Problem(
            f"The notice is for {title.group(1)}, not for {year}.",
            f"这份通知是 {title.group(1)} 年的安排，不是 {year} 年的。"))
    seen_names: set[str] = set()
    for line_no, raw in enumerate(text.splitlines(), 1):
        line = raw.strip().replace("　", " ")
        head = _HEAD.match(line)
        if not head or ("放假" not in line and "上班" not in line):
            continue
        names = [n.strip() for n in re.split(r"[、和及与]", head.group(1)) if n.strip()]
        unknown = [n for n in names if n not in HOLIDAY_NAMES]
        if unknown:
            plan.problems.append(Problem(
                f"Unknown holiday “{'、'.join(unknown)}”; the notice names "
                f"{'、'.join(HOLIDAY_NAMES)}.",
                f"未知的节日“{'、'.join(unknown)}”，通知中的节日为{'、'.join(HOLIDAY_NAMES)}。",
                line_no))
            continue
        seen_names.update(names)
        name = "、".join(names)
        off_part, work_part = _split_work(head.group(2))
        reader = _Dates(plan, line_no, line)
        off_days: list[date] = []
        for match in _RANGE.finditer(off_part.split("共")[0]):
            first = reader.make(match.group(1), match.group(2), match.group(3), match.group(4))
            last = first
            if match.group(7):
                last = reader.make(match.group(5), match.group(6), match.group(7), match.group(8))
            if first is None or last is None:
                continue
            if last < first:
                reader.problem(f"the range {first.isoformat()} to {last.isoformat()} runs backwards",
                               f"放假区间 {_zh_date(first)}至{_zh_date(last)}的起止颠倒")
                continue
            day = first
            while day <= last:
                off_days.append(day)
                day += timedelta(days=1)
        count = _COUNT.search(off_part)
        if count and off_days and int(count.group(1)) != len(off_days):
            reader.problem(f"the notice says {count.group(1)} days but the dates give "
                           f"{len(off_days)}", f"通知写“共{count.group(1)}天”，但日期合计 "
                           f"{len(off_days)} 天")
        if not off_days and "放假" in off_part:
            reader.problem(f"no day off could be read for {name}", f"未能读出{name}的放假日期")
        for day in off_days:
            plan.entries.append(DayEntry(day, "off", name, "notice"))
            lines.setdefault((day, "off"), line_no)
        reader.month = None
        for match in _RANGE.finditer(work_part):
            day = reader.make(match.group(1), match.group(2), match.group(3), match.group(4))
            if day is None:
                continue
            if day.weekday() < 5:
                reader.problem(f"{day.isoformat()} is a weekday, so it cannot be an adjusted "
                               "working day", f"{_zh_date(day)}本是工作日，不能作为调休上班日")
            plan.entries.append(DayEntry(day, "work", name, "notice"))
            lines.setdefault((day, "work"), line_no)
    _add_conflicts(plan, lines)
    if not plan.entries and not plan.errors:
        plan.problems.append(Problem(
            "No holiday arrangement was found in the text (lines such as "
            "“春节：2月5日至11日放假调休，共7天。”).",
            "文本中没有找到节假日安排（例如“春节：2月5日至11日放假调休，共7天。”）。"))
    missing = [n for n in HOLIDAY_NAMES if n not in seen_names]
    if plan.entries and missing:
        plan.problems.append(Problem(f"The notice does not mention {'、'.join(missing)}.",
                                     f"通知中没有{'、'.join(missing)}的安排。", error=False))
    plan.entries.sort(key=lambda e: e.day)
    return plan


# --- CSV ------------------------------------------------------------------------------------------

_KIND_WORDS = {"off": "off", "休": "off", "放假": "off", "holiday": "off",
               "work": "work", "班": "work", "上班": "work", "workday": "work"}


def parse_csv(text: str, year: int) -> YearPlan:
    """``date,kind`` lines (kind ``off`` or ``work``; an optional third column names the
    holiday); a first line naming the columns is skipped."""
    plan = YearPlan(year, "csv")
    lines: dict[tuple[date, str], int] = {}
    for line_no, row in enumerate(csv.reader(io.StringIO(text)), 1):
        cells = [c.strip() for c in row]
        if not any(cells):
            continue
        if line_no == 1 and cells[0].lower() in {"date", "日期"}:
            continue
        if len(cells) < 2:
            plan.problems.append(Problem("Expected two columns: date,kind.",
                                         "应有两列：日期,类型。", line_no))
            continue
        try:
            day = date.fromisoformat(cells[0])
        except ValueError:
            plan.problems.append(Problem(f"“{cells[0]}” is not a possible date (YYYY-MM-DD).",
                                         f"“{cells[0]}”不是有效日期（应为 YYYY-MM-DD）。", line_no))
            continue
        kind = _KIND_WORDS.get(cells[1].lower())
        if kind is None:
            plan.problems.append(Problem(f"Unknown kind “{cells[1]}”: use off or work.",
                                         f"未知类型“{cells[1]}”，请用 off（放假）或 work（上班）。",
                                         line_no))
            continue
        if day.year != year:
            plan.problems.append(Problem(f"{day.isoformat()} is not in {year}.",
                                         f"{_zh_date(day)}不在 {year} 年内。", line_no))
            continue
        name = cells[2] if len(cells) > 2 else ""
        if name and name not in HOLIDAY_NAMES:
            plan.problems.append(Problem(f"Unknown holiday “{name}”.", f"未知的节日“{name}”。",
                                         line_no))
            continue
        plan.entries.append(DayEntry(day, kind, name, "csv"))
        lines.setdefault((day, kind), line_no)
    _add_conflicts(plan, lines)
    if not plan.entries and not plan.errors:
        plan.problems.append(Problem("The file lists no day.", "文件中没有任何日期。"))
    plan.entries.sort(key=lambda e: e.day)
    return plan


def detect_and_parse(text: str, year: int) -> YearPlan:
    """A notice or a CSV, told apart by their content."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    if re.match(r"\s*(date|日期)?\s*,|\s*\d{4}-\d{1,2}-\d{1,2}\s*,", first, re.IGNORECASE):
        return parse_csv(text, year)
    return parse_notice(text, year)


def plan_from_entries(year: int, entries: Iterable[DayEntry], source: str) -> YearPlan:
    """A plan from days toggled by hand, checked like the others."""
    plan = YearPlan(year, source, sorted(entries, key=lambda e: e.day))
    for entry in plan.entries:
        if entry.day.year != year:
            plan.problems.append(Problem(f"{entry.day.isoformat()} is not in {year}.",
                                         f"{_zh_date(entry.day)}不在 {year} 年内。"))
    _add_conflicts(plan, {})
    return plan
