"""The holiday calendar in the database: read it for the deadline arithmetic, save a year's
arrangement (from the notice, a CSV or by hand) only when it is clean and confirmed."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import Session, col, delete, select

from ..db import Database, changed
from ..deadlines import CHINA_TZ
from ..errors import ValidationError
from ..holiday_calendar import (
    DayEntry,
    HolidayCalendar,
    YearData,
    YearPlan,
    detect_and_parse,
    library_entries,
    library_year,
)
from ..models import HolidayDay, HolidayYear, utcnow
from ..changes import Entity

MIN_YEAR, MAX_YEAR = 1990, 2100


def _check_year(year: int) -> None:
    if isinstance(year, bool) or not isinstance(year, int) or not MIN_YEAR <= year <= MAX_YEAR:
        raise ValidationError(en=f"The year must be from {MIN_YEAR} to {MAX_YEAR} (got {year!r}).",
                              zh=f"年份必须在 {MIN_YEAR} 到 {MAX_YEAR} 之间（当前为 {year!r}）。")


def calendar_in(session: Session) -> HolidayCalendar:
    """The calendar every deadline is computed with: database years over the package's."""
    years = {y.year: y for y in session.exec(select(HolidayYear))}
    off: dict[int, set[date]] = {y: set() for y in years}
    work: dict[int, set[date]] = {y: set() for y in years}
    for row in session.exec(select(HolidayDay)):
        (off if row.kind == "off" else work)[row.year].add(date.fromisoformat(row.day))
    data = {y: YearData(y, frozenset(off[y]), frozenset(work[y]), years[y].source) for y in years}
    return HolidayCalendar(data, {y: years[y].loaded_at for y in years})


def calendar(db: Database) -> HolidayCalendar:
    with db.read() as s:
        return calendar_in(s)


@dataclass(frozen=True)
class YearView:
    year: int
    source: str | None  # None: no data (weekends only)
    loaded_at: datetime | None
    entries: tuple[DayEntry, ...]


def year_view(db: Database, year: int) -> YearView:
    """The year's days off and adjusted working days, and where they came from."""
    _check_year(year)
    with db.read() as s:
        stored = s.get(HolidayYear, year)
        if stored is not None:
            rows = s.exec(select(HolidayDay).where(HolidayDay.year == year)
                          .order_by(HolidayDay.day)).all()
            return YearView(year, stored.source, stored.loaded_at, tuple(
                DayEntry(date.fromisoformat(r.day), r.kind, r.name, r.source) for r in rows))
    if library_year(year) is not None:
        return YearView(year, "library", None, tuple(library_entries(year)))
    return YearView(year, None, None, ())


def loaded_years(db: Database) -> list[int]:
    with db.read() as s:
        return sorted(s.exec(select(HolidayYear.year)).all())


def save_year(db: Database, plan: YearPlan, *, confirmed: bool) -> int:
    """Replace the year's arrangement with ``plan``, in one transaction; returns the days saved.

    Refused unless the plan is clean (no problem that blocks it) and the user confirmed it."""
    _check_year(plan.year)
    if plan.errors:
        first = plan.errors[0]
        raise ValidationError(
            en=f"The calendar for {plan.year} has {len(plan.errors)} problem(s) (first: "
               f"{first.text('en')}); nothing was saved.",
            zh=f"{plan.year} 年的日历有 {len(plan.errors)} 处问题（第一处：{first.text('zh')}），"
               "未保存任何内容。")
    if not plan.entries and plan.source != "hand":
        raise ValidationError(en="There is no day to save.", zh="没有可保存的日期。")
    if not confirmed:
        raise ValidationError(en="Saving the holiday calendar needs confirmation; nothing was saved.",
                              zh="保存节假日安排需要确认，未保存任何内容。")
    sources = sorted({e.source for e in plan.entries} | {plan.source})
    with db.write() as s:
        s.exec(delete(HolidayDay).where(HolidayDay.year == plan.year))
        row = s.get(HolidayYear, plan.year) or HolidayYear(year=plan.year, source="")
        row.source, row.loaded_at = "+".join(sources), utcnow()
        s.add(row)
        s.flush()
        for entry in plan.entries:
            s.add(HolidayDay(day=entry.day.isoformat(), year=plan.year, kind=entry.kind,
                             name=entry.name, source=entry.source))
        changed(s, Entity.HOLIDAY)
    return len(plan.entries)


def remove_year(db: Database, year: int) -> None:
    """Forget a loaded year: the package's data (or weekends only) count again."""
    _check_year(year)
    with db.write() as s:
        s.exec(delete(HolidayDay).where(HolidayDay.year == year))
        s.exec(delete(HolidayYear).where(HolidayYear.year == year))
        changed(s, Entity.HOLIDAY)


def read_plan(data: bytes, year: int) -> YearPlan:
    """A notice's text or a CSV file, as bytes from a file (UTF-8, with or without BOM, or
    GB18030), parsed into a plan with its problems."""
    _check_year(year)
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - gb18030 decodes every byte string
        raise ValidationError(en="The file is not text.", zh="文件不是文本。")
    if "\x00" in text:
        raise ValidationError(en="The file is not text (it holds NUL characters).",
                              zh="文件不是文本（含有空字符）。")
    return detect_and_parse(text, year)


def next_year_missing(db: Database, today: date) -> int | None:
    """From November on: next year, when its arrangement is not in the calendar yet."""
    if today.month < 11:
        return None
    return None if calendar(db).known(today.year + 1) else today.year + 1


# --- which due dates are approximate --------------------------------------------------------------


def due_is_approximate(cal: HolidayCalendar, policy, set_at: datetime, due: datetime) -> bool:
    """A due date counted in working days is approximate when a year between the day it was set
    and the day it falls had no arrangement when it was set: only weekends were skipped there.
    Calendar days and hours do not depend on holidays; a date a person chose is theirs."""
    if policy is None or policy.unit != "working_days":
        return False
    first, last = set_at.astimezone(CHINA_TZ).date(), due.astimezone(CHINA_TZ).date()
    return any(not cal.known_at(year, set_at) for year in range(first.year, last.year + 1))


def approximate_in(session: Session, ids: Iterable[int]) -> set[int]:
    """Of the given commitments, those whose due date is approximate (see ``due_is_approximate``);
    an extended due date was chosen by a person and is not."""
    from ..models import Commitment, ListeningSession
    from .policies import load_in

    ids = list(ids)
    if not ids:
        return set()
    rows = session.exec(
        select(Commitment.id, Commitment.deadline_policy, ListeningSession.deadline_policy,
               Commitment.created_at, Commitment.due_at, Commitment.original_due_at)
        .join(ListeningSession, col(ListeningSession.id) == Commitment.session_id)
        .where(col(Commitment.id).in_(ids))).all()
    known, cal = load_in(session), calendar_in(session)
    return {cid for cid, own, of_session, created, due, original in rows
            if due == original and due_is_approximate(cal, known.get(own or of_session or ""),
                                                      created, due)}


def approximate_commitments(db: Database, ids: Iterable[int]) -> set[int]:
    with db.read() as s:
        return approximate_in(s, ids)
