"""Preparing sessions: create sessions, import opinions and attendees."""
from __future__ import annotations

import argparse
import sys

from .common import cli_language, opened
from ..core.msg import pick


def _parse_when(text: str, time_text: str | None, kind: str):
    from datetime import datetime

    from ..core.errors import ValidationError
    from ..core.importing.opinions import local_zone
    from ..core.importing.values import ValueProblem, parse_datetime
    from ..core.presets import PRESETS

    try:
        when = parse_datetime(text, local_zone())
    except ValueProblem as exc:
        raise ValidationError(en=exc.en, zh=exc.zh) from None
    if time_text:
        try:
            clock = datetime.strptime(time_text.strip(), "%H:%M").time()
        except ValueError:
            raise ValidationError(en=f"--time must look like 14:30 (got {time_text!r}).",
                                  zh=f"--time 应写成 14:30 这样的格式（收到 {time_text!r}）。") from None
        when = when.replace(hour=clock.hour, minute=clock.minute)
    elif when.hour == 0 and when.minute == 0 and kind in PRESETS:
        start = PRESETS[kind].start
        when = when.replace(hour=start.hour, minute=start.minute)
    return when


def cmd_session_new(args: argparse.Namespace) -> int:
    from ..core.services.preparation import new_in_series, new_session
    from ..core.vocabulary import language_of_text

    lang = args.session_lang or language_of_text(args.title or "")
    with opened(args) as db:
        if args.after is not None:
            when = _parse_when(args.date, args.time, args.kind or "listening")
            row = new_in_series(db, args.after, when, title=args.title)
        else:
            kind = args.kind or "listening"
            when = _parse_when(args.date, args.time, kind)
            row = new_session(db, args.title, when, kind, template=args.template,
                              series_id=args.series, language=lang,
                              **({"venue": args.venue} if args.venue else {}))
        print(row.id)
        return 0


def cmd_import(args: argparse.Namespace) -> int:
    from ..core.importing.attendees import import_attendees, preview_attendees
    from ..core.importing.opinions import import_opinions, preview_opinions

    if args.what == "archive":  # the whole database from a JSON archive (follow-up block)
        from .followup import cmd_import_archive

        return cmd_import_archive(args)
    if args.session is None:
        print("tingjian: --session is required to import opinions or attendees", file=sys.stderr)
        return 2
    lang = cli_language()
    with opened(args, create=False) as db:
        if args.what == "opinions":
            preview = preview_opinions(db, args.session, args.file, default_channel=args.channel)
        else:
            preview = preview_attendees(db, args.session, args.file)
        print(preview.summary(lang))
        for problem in preview.problems():
            mark = "!" if problem.severity == "error" else "-"
            print(f"  {mark} {problem.describe(lang)}")
        if args.dry_run:
            print(pick(lang, en="(dry run: nothing was written)", zh="（预览，未写入任何内容）"))
            return 0 if preview.valid or preview.duplicates else 1
        if not preview.valid:
            if preview.duplicates:  # importing the same file again: nothing new, not a failure
                print(pick(lang, en="Every valid row was imported before; nothing was added.",
                           zh="所有有效行均已导入过，未新增内容。"))
                return 0
            print(pick(lang, en="Nothing could be imported.", zh="没有可导入的行。"),
                  file=sys.stderr)
            return 1
        if args.what == "opinions":
            result = import_opinions(db, preview)
        else:
            result = import_attendees(db, preview)
        print(pick(lang, en=f"Imported {result.added} row{'' if result.added == 1 else 's'}.",
                   zh=f"已导入 {result.added} 行。"))
        return 0


def add_commands(sub, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("session", parents=[common], help="create a session, alone or as the next of a series")
    ssub = p.add_subparsers(dest="session_command", metavar="ACTION", required=True)
    n = ssub.add_parser("new", parents=[common], help="create a session; prints its id")
    n.add_argument("--title", required=True)
    n.add_argument("--date", required=True, help="2026-11-03, 2026年11月3日, 3 Nov 2026 (a time may follow)")
    n.add_argument("--time", help="start time HH:MM (default: the kind's usual start)")
    n.add_argument("--kind", choices=("listening", "forum", "hearing", "reception", "town_hall"))
    n.add_argument("--template", help="agenda template: a saved name or a built-in key such as "
                   "listening-zh (default: the kind's built-in template)")
    n.add_argument("--series", type=int, help="id of the series the session belongs to")
    n.add_argument("--after", type=int, metavar="SESSION_ID",
                   help="the next session of that session's series (copies agenda, owners, settings)")
    n.add_argument("--venue")
    n.add_argument("--session-lang", choices=("zh", "en"),
                   help="language of the session's documents (default: that of its title's script)")
    n.set_defaults(handler=cmd_session_new)
    p = sub.add_parser("import", parents=[common],
                       help="import opinions or attendees (CSV, XLSX) into a session, or a whole "
                            "JSON archive into an empty database")
    p.add_argument("what", choices=("opinions", "attendees", "archive"))
    p.add_argument("file")
    p.add_argument("--session", type=int, help="id of the session (opinions, attendees)")
    p.add_argument("--dry-run", action="store_true", help="show the preview only; write nothing")
    p.add_argument("--channel", default="letter",
                   help="channel of rows that name none (default: letter)")
    p.set_defaults(handler=cmd_import)
