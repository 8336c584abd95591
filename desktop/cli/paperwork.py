"""Command line of a session's paperwork: notice, sign-in sheet, assignment slips, result notice,
the document settings, and reopening a commitment after an unsatisfied follow-up."""
from __future__ import annotations

import argparse
from pathlib import Path

from .common import _open, cli_language, print_groups
from desktop.core.msg import is_zh


def _until(value: str):
    from ..core.errors import ValidationError
    from ..core.importing.opinions import local_zone
    from ..core.importing.values import ValueProblem, parse_datetime

    try:
        when = parse_datetime(value, local_zone())
    except ValueProblem as exc:
        raise ValidationError(en=exc.en, zh=exc.zh) from None
    return when.replace(hour=23, minute=59) if when.hour == 0 and when.minute == 0 else when


def _write(args: argparse.Namespace, kind: str, **options) -> int:
    from ..minutes.errors import FileWriteError
    from ..paperwork.generate import write_document

    lang = cli_language()
    db = _open(args, create=False)
    try:
        if getattr(args, "until", None):
            from ..core.services.paperwork import set_session_notice

            set_session_notice(db, args.session, opinions_until=_until(args.until))
        try:
            made = write_document(db, args.session, kind, args.out, **options)
        except FileWriteError as exc:
            from .documents import _write_error

            return _write_error(exc, lang)
    finally:
        db.close()
    zh = is_zh(lang)
    print(f"{made.path}\n" + (f"第 {made.ordinal} 版（版本 id {made.version.id}，{made.version.status}）"
                              if zh else f"version {made.ordinal} (id {made.version.id}, "
                              f"{made.version.status})") + f" sha256 {made.sha256}")
    if kind == "slips":
        print(f"交办单 {made.slips} 份" if zh else f"{made.slips} slip{'' if made.slips == 1 else 's'}")
    for line in made.missing:
        print(("注意：" if zh else "note: ") + line)
    return 0


def cmd_notice(args: argparse.Namespace) -> int:
    if args.poster:
        return _write(args, "poster", paper=args.paper)
    return _write(args, "notice")


def cmd_signin(args: argparse.Namespace) -> int:
    return _write(args, "signin", blank_rows=args.blank_rows)


def cmd_slips(args: argparse.Namespace) -> int:
    anonymise = True if args.anonymise else (False if args.named else None)
    return _write(args, "slips", anonymise=anonymise, naming_style=args.naming)


def cmd_result_notice(args: argparse.Namespace) -> int:
    return _write(args, "result_notice", naming_style=args.naming)


def cmd_paperwork_settings(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from ..core.errors import ValidationError
    from ..core.services import paperwork

    db = _open(args)
    try:
        for item in args.set or ():
            key, sep, value = item.partition("=")
            if not sep:
                raise ValidationError(en=f"--set takes KEY=VALUE (got {item!r}).",
                                      zh=f"--set 的格式为 KEY=VALUE（收到 {item!r}）。")
            paperwork.set_setting(db, key.strip(), value)
        settings = paperwork.get_settings(db)
    finally:
        db.close()
    for key, value in asdict(settings).items():
        print(f"{key} = {value}")
    return 0


def cmd_reopen(args: argparse.Namespace) -> int:
    from ..core.services.paperwork import reopen_commitment

    db = _open(args, create=False)
    try:
        reopen_commitment(db, args.commitment, follow_up_id=args.follow_up, reason=args.reason or "")
    finally:
        db.close()
    print("已重办。" if is_zh(cli_language()) else "Reopened.")
    return 0


def cmd_rates_with_handling(args: argparse.Namespace, original) -> int:
    """The rates report, with 按时办结率 and 重办率 (and their counts) added."""
    import contextlib
    import io
    import json
    from datetime import timedelta

    from ..core.metrics import format_rate
    from ..core.models import utcnow
    from ..core.services import handling_rates, owners

    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        code = original(args)
    if code != 0:
        print(buffer.getvalue(), end="")
        return code
    db = _open(args, create=False)
    try:
        owner_id = None
        if args.owner:
            owner_id = next(o.id for o in owners.list_owners(db, active_only=False)
                            if args.owner in (str(o.id), o.name))
        end = args.to + timedelta(days=1) if args.to else None
        bounds = {"owner_id": owner_id, "start": args.start, "end": end}
        now = utcnow()
        groups = {g: handling_rates.handling_by(db, g, now, **bounds)
                  for g in handling_rates.GROUPS}
    finally:
        db.close()
    total = handling_rates.total_handling(groups["owner"])
    if args.json:
        data = json.loads(buffer.getvalue())
        data["handling"] = {"total": total.as_dict(), **{
            g: [{"key": r.key, "label": r.label, **r.rates.as_dict()} for r in rows]
            for g, rows in groups.items()}}
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    print(buffer.getvalue(), end="")
    zh = is_zh(cli_language())
    print("== 按时办结率、重办率（承诺事项）" if zh else
          "== on-time rate (按时办结率) and reopen rate (重办率) of commitments")
    print(f"{'':<34} {'due':>5} {'ontime':>6} {'done':>5} {'reopen':>6}  {'on-time':>8} {'reopen':>8}")

    def line(label: str, r) -> str:
        return (f"{label[:34]:<34} {r.due:>5} {r.on_time:>6} {r.completed:>5} {r.reopened:>6}  "
                f"{format_rate(r.on_time_rate):>8} {format_rate(r.reopen_rate):>8}")

    print_groups(total, groups, line)
    return 0


def _extend_rates_report(sub) -> None:
    """Wrap the handler of ``report rates`` so its output carries the two handling rates."""
    report = sub.choices.get("report")
    if report is None:
        return
    for action in report._actions:  # argparse keeps its sub-commands here
        rates = getattr(action, "choices", None) or {}
        if isinstance(rates, dict) and "rates" in rates:
            parser = rates["rates"]
            original = parser.get_default("handler") or parser.get_default("func")
            if original is None:
                return

            def wrapped(args: argparse.Namespace, original=original) -> int:
                return cmd_rates_with_handling(args, original)

            parser.set_defaults(handler=wrapped, func=wrapped)
            return


def _document(sub, common, name: str, help_text: str, handler) -> argparse.ArgumentParser:
    p = sub.add_parser(name, parents=[common], help=help_text)
    p.add_argument("session", type=int, help="session id (see: tingjian sessions)")
    p.add_argument("--out", required=True, type=Path, help="the .docx file")
    p.set_defaults(handler=handler, func=handler)
    return p


def add_commands(sub, common: argparse.ArgumentParser) -> None:
    p = _document(sub, common, "notice", "write the session notice (会议通知), or its poster",
                  cmd_notice)
    p.add_argument("--poster", action="store_true", help="the poster for the notice board")
    p.add_argument("--paper", choices=("a4", "a3"), default="a4", help="poster paper size")
    p.add_argument("--until", metavar="DATE",
                   help="opinions are received until this date (default: the day before)")
    p = _document(sub, common, "signin-sheet", "write the sign-in sheet (签到表)", cmd_signin)
    p.add_argument("--blank-rows", type=int, metavar="N",
                   help="rows for walk-ins (default: the blank_rows setting)")
    p = _document(sub, common, "slips", "write the assignment slips (交办单), one per page",
                  cmd_slips)
    who = p.add_mutually_exclusive_group()
    who.add_argument("--anonymise", action="store_true", help="citizens as 王女士 / 居民甲")
    who.add_argument("--named", action="store_true", help="citizens by name")
    p.add_argument("--naming", choices=("honorific", "letter"), default="honorific")
    p = _document(sub, common, "result-notice", "write the public result notice (结果公示)",
                  cmd_result_notice)
    p.add_argument("--naming", choices=("honorific", "letter"), default="honorific")
    p = sub.add_parser("paperwork-settings", parents=[common],
                       help="show or change the document settings (slip number format, channels)")
    p.add_argument("--set", action="append", metavar="KEY=VALUE",
                   help="e.g. slip_number_format=青石交〔{year}〕{n}号 (repeatable; empty: default)")
    p.set_defaults(handler=cmd_paperwork_settings, func=cmd_paperwork_settings)
    p = sub.add_parser("reopen", parents=[common],
                       help="reopen a completed commitment after an unsatisfied follow-up (重办)")
    p.add_argument("commitment", type=int, help="commitment id")
    p.add_argument("--follow-up", type=int, metavar="ID", help="the unsatisfied follow-up call")
    p.add_argument("--reason", help="why (required without --follow-up)")
    p.set_defaults(handler=cmd_reopen, func=cmd_reopen)
    _extend_rates_report(sub)
