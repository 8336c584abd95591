"""Command line for the holiday calendar and deadline arithmetic:
``tingjian holidays list|import`` and ``tingjian deadline``."""
from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from .common import _open, cli_language, iso_day
from desktop.core.msg import is_zh

_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_WEEKDAYS_ZH = "一二三四五六日"


def _zh() -> bool:
    return is_zh(cli_language())


def _year(value: str) -> int:
    try:
        year = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a year: {value}") from None
    if not 1990 <= year <= 2100:
        raise argparse.ArgumentTypeError(f"year out of range (1990–2100): {value}")
    return year


def _day(value: str) -> date:
    return iso_day(value, 1990, 2100)


def _count(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value}") from None
    if not 0 <= number <= 9999:
        raise argparse.ArgumentTypeError(f"out of range (0–9999): {value}")
    return number


def _entry_line(entry) -> str:
    zh = _zh()
    weekday = f"周{_WEEKDAYS_ZH[entry.day.weekday()]}" if zh else _WEEKDAYS[entry.day.weekday()]
    kind = ({"off": "放假", "work": "上班"} if zh else {"off": "off", "work": "work"})[entry.kind]
    return f"{entry.day.isoformat()} {weekday}  {kind:<4} {entry.name or '-'}  ({entry.source})"


def source_label(source: str | None, zh: bool) -> str:
    names = {"library": ("installed library", "程序内置数据"), "notice": ("notice", "国务院通知"),
             "csv": ("CSV file", "CSV 文件"), "hand": ("hand entry", "手工录入")}
    if source is None:
        return "无数据（仅按周末计算）" if zh else "no data (weekends only)"
    return "+".join(names.get(s, (s, s))[zh] for s in source.split("+"))


def cmd_holidays_list(args: argparse.Namespace) -> int:
    from ..core.services import holidays

    db = _open(args)
    try:
        view = holidays.year_view(db, args.year)
    finally:
        db.close()
    zh = _zh()
    print(f"{view.year}: {source_label(view.source, zh)}")
    for entry in view.entries:
        print(_entry_line(entry))
    return 0


def cmd_holidays_import(args: argparse.Namespace) -> int:
    from ..core.errors import ValidationError
    from ..core.services import holidays

    path = Path(args.file)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ValidationError(en=f"There is no file {path}.", zh=f"找不到文件 {path}。") from None
    except OSError as exc:
        raise ValidationError(en=f"{path} cannot be read ({exc.strerror}).",
                              zh=f"无法读取 {path}（{exc.strerror}）。") from None
    plan = holidays.read_plan(data, args.year)
    zh, lang = _zh(), cli_language()
    off, work = plan.days("off"), plan.days("work")
    kind = {"notice": ("notice", "通知"), "csv": ("CSV", "CSV")}[plan.source][zh]
    print(f"{args.year} ({kind}): " + (f"放假 {len(off)} 天，调休上班 {len(work)} 天" if zh else
                                       f"{len(off)} day(s) off, {len(work)} working day(s)"))
    for entry in plan.entries:
        print("  " + _entry_line(entry))
    for problem in plan.problems:
        print(f"{'!' if problem.error else '-'} {problem.text(lang)}")
    if plan.errors:
        print("有问题，未保存任何内容。" if zh else "Problems found; nothing was saved.")
        return 1
    if args.dry_run:
        print("预览（--dry-run），未保存。" if zh else "Preview (--dry-run); nothing was saved.")
        return 0
    db = _open(args)
    try:
        saved = holidays.save_year(db, plan, confirmed=True)
    finally:
        db.close()
    print(f"已保存 {args.year} 年的 {saved} 个日期。" if zh else
          f"Saved {saved} day(s) for {args.year}.")
    return 0


def cmd_deadline(args: argparse.Namespace) -> int:
    from datetime import timedelta

    from ..core.deadlines import add_working_days
    from ..core.services import holidays

    zh = _zh()
    if args.days is not None:
        due = args.start + timedelta(days=args.days)
        print(f"{due.isoformat()} " + ("准确（自然日不受节假日影响）" if zh else
                                       "exact (calendar days do not depend on holidays)"))
        return 0
    db = _open(args)
    try:
        calendar = holidays.calendar(db)
    finally:
        db.close()
    due, exact = add_working_days(args.start, args.working_days, calendar)
    if exact:
        print(f"{due.isoformat()} " + ("准确" if zh else "exact"))
        return 0
    years = calendar.unknown_years(args.start, due)
    listed = ("、" if zh else ", ").join(map(str, years))
    print(f"{due.isoformat()} " + (f"近似（{listed} 年没有节假日数据，仅按周末计算）" if zh else
                                   f"approximate (no holiday data for {listed}; only weekends "
                                   "were skipped)"))
    return 0


def add_commands(sub, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("holidays", parents=[common],
                       help="the holiday calendar: days off and adjusted working days per year")
    hsub = p.add_subparsers(dest="what", metavar="WHAT", required=True)
    q = hsub.add_parser("list", parents=[common], help="the days of a year and where they came from")
    q.add_argument("--year", type=_year, required=True)
    q.set_defaults(handler=cmd_holidays_list, func=cmd_holidays_list)
    q = hsub.add_parser("import", parents=[common],
                        help="load a year from the State Council notice (text) or a CSV (date,kind)")
    q.add_argument("file", help="the notice as a text file, or a CSV file")
    q.add_argument("--year", type=_year, required=True)
    q.add_argument("--dry-run", action="store_true", help="show the preview only")
    q.set_defaults(handler=cmd_holidays_import, func=cmd_holidays_import)
    p = sub.add_parser("deadline", parents=[common],
                       help="the due date N working days or N days after a date, exact or approximate")
    p.add_argument("--from", dest="start", type=_day, required=True, metavar="YYYY-MM-DD")
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--working-days", type=_count, metavar="N")
    group.add_argument("--days", type=_count, metavar="N")
    p.set_defaults(handler=cmd_deadline, func=cmd_deadline)
