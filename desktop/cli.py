"""Command line. With no command Tingjian starts its window; every command takes ``--db``."""
from __future__ import annotations

import argparse
import json
import locale
import os
import sys
from pathlib import Path
from collections.abc import Callable, Sequence

from . import __version__

Handler = Callable[[argparse.Namespace], int]


def cli_language() -> str:
    """zh when the environment speaks Chinese, else en (for messages printed by the CLI)."""
    for var in ("TINGJIAN_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    loc = locale.getlocale()[0] or ""
    return "zh" if loc.lower().startswith("zh") else "en"


def _open(args: argparse.Namespace, *, create: bool = True):
    from .core.db import open_database, resolve_location
    from .core.paths import default_database_path

    return open_database(resolve_location(args.db, default_database_path()), create=create)


def cmd_gui(args: argparse.Namespace) -> int:
    from .ui.startup import run

    return run(args)


def cmd_check(args: argparse.Namespace) -> int:
    from .core import migrate

    db = _open(args, create=False)
    try:
        result = db.check(full=args.full)
        ok = result == ["ok"]
        print(f"database: {db.location.display()}")
        print(f"backend:  {db.dialect}")
        print(f"schema:   {db.revision()} (this version: {migrate.head_revision()})")
        print(f"{'integrity_check' if args.full else 'quick_check'}: "
              f"{'ok' if ok else '; '.join(result[:10])}")
        return 0 if ok else 1
    finally:
        db.close()


def cmd_demo(args: argparse.Namespace) -> int:
    from .core.demo import create_demo

    db = _open(args)
    try:
        if args.large:
            from .core.errors import ValidationError
            from .core.large_demo import create_large_demo
            from .core.services.sessions import count_sessions

            if count_sessions(db):
                raise ValidationError("The large dataset is made in an empty database; give "
                                      "--db NEW_FILE.", "大数据集只能写入空数据库；请用 --db 指定新文件。")
            made = create_large_demo(db, seed=args.seed)
            print(f"{made.sessions} sessions, {made.opinions} opinions, "
                  f"{made.commitments} commitments (seed {args.seed})")
            return 0
        session = create_demo(db, args.lang or cli_language())
        print(session.id)
        return 0
    finally:
        db.close()


def cmd_sessions(args: argparse.Namespace) -> int:
    from .core.services.sessions import list_session_rows

    db = _open(args, create=False)
    try:
        rows = list_session_rows(db)
    finally:
        db.close()
    if args.json:
        print(json.dumps([{"id": r.id, "title": r.title, "date": r.starts_at.date().isoformat(),
                           "starts_at": r.starts_at.isoformat(), "kind": r.kind,
                           "status": r.status, "opinions": r.opinions,
                           "commitments": r.commitments} for r in rows],
                         ensure_ascii=False, indent=2))
        return 0
    for r in rows:
        print(f"{r.id:>5}  {r.starts_at.astimezone().date().isoformat()}  {r.kind:<10} "
              f"{r.opinions:>5} opinions {r.commitments:>4} commitments  {r.title}")
    if not rows:
        print("no sessions yet (try: tingjian demo)")
    return 0


# --- preparing sessions: import opinions and attendees, create sessions -------------------------

def _parse_when(text: str, time_text: str | None, kind: str):
    from datetime import datetime

    from .core.errors import ValidationError
    from .core.importing.opinions import local_zone
    from .core.importing.values import ValueProblem, parse_datetime
    from .core.presets import PRESETS

    try:
        when = parse_datetime(text, local_zone())
    except ValueProblem as exc:
        raise ValidationError(exc.en, exc.zh) from None
    if time_text:
        try:
            clock = datetime.strptime(time_text.strip(), "%H:%M").time()
        except ValueError:
            raise ValidationError(f"--time must look like 14:30 (got {time_text!r}).",
                                  f"--time 应写成 14:30 这样的格式（收到 {time_text!r}）。") from None
        when = when.replace(hour=clock.hour, minute=clock.minute)
    elif when.hour == 0 and when.minute == 0 and kind in PRESETS:
        start = PRESETS[kind].start
        when = when.replace(hour=start.hour, minute=start.minute)
    return when


def cmd_session_new(args: argparse.Namespace) -> int:
    from .core.services.preparation import new_in_series, new_session
    from .core.vocabulary import language_of_text

    lang = args.session_lang or language_of_text(args.title or "")
    db = _open(args)
    try:
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
    finally:
        db.close()


def cmd_import(args: argparse.Namespace) -> int:
    from .core.importing.attendees import import_attendees, preview_attendees
    from .core.importing.opinions import import_opinions, preview_opinions

    if args.what == "archive":  # the whole database from a JSON archive (follow-up block)
        return cmd_import_archive(args)
    if args.session is None:
        print("tingjian: --session is required to import opinions or attendees", file=sys.stderr)
        return 2
    lang = cli_language()
    db = _open(args, create=False)
    try:
        if args.what == "opinions":
            preview = preview_opinions(db, args.session, args.file, default_channel=args.channel)
        else:
            preview = preview_attendees(db, args.session, args.file)
        print(preview.summary(lang))
        for problem in preview.problems():
            mark = "!" if problem.severity == "error" else "-"
            print(f"  {mark} {problem.describe(lang)}")
        if args.dry_run:
            print("（预览，未写入任何内容）" if lang == "zh" else "(dry run: nothing was written)")
            return 0 if preview.valid or preview.duplicates else 1
        if not preview.valid:
            if preview.duplicates:  # importing the same file again: nothing new, not a failure
                print("所有有效行均已导入过，未新增内容。" if lang == "zh"
                      else "Every valid row was imported before; nothing was added.")
                return 0
            print("没有可导入的行。" if lang == "zh" else "Nothing could be imported.",
                  file=sys.stderr)
            return 1
        if args.what == "opinions":
            result = import_opinions(db, preview)
        else:
            result = import_attendees(db, preview)
        print(f"已导入 {result.added} 行。" if lang == "zh" else
              f"Imported {result.added} row{'' if result.added == 1 else 's'}.")
        return 0
    finally:
        db.close()


def add_prepare_commands(sub, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("session", parents=[common], help="create sessions")
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
    n.add_argument("--session-lang", choices=("zh", "en"), help="language of the session's documents (default: that of its title's script)")
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

# --- end of preparing sessions -------------------------------------------------------------------


def _database_path(args: argparse.Namespace):
    from .core.db import resolve_location
    from .core.errors import StorageError
    from .core.paths import default_database_path

    location = resolve_location(args.db, default_database_path())
    if location.path is None:
        raise StorageError("Backups are made of SQLite files; for PostgreSQL use pg_dump.",
                           "备份仅适用于 SQLite 文件；PostgreSQL 请使用 pg_dump。")
    return location.path


def _describe(contents, lang: str) -> str:
    taken = contents.info.taken_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
    if lang == "zh":
        return (f"备份时间 {taken}（{contents.info.reason}），{contents.sessions} 场会议，"
                f"{contents.opinions} 条意见，{contents.commitments} 项承诺事项；"
                f"最近的会议：{contents.latest_session or '无'}；校验：{contents.check}")
    return (f"taken {taken} ({contents.info.reason}): {contents.sessions} sessions, "
            f"{contents.opinions} opinions, {contents.commitments} commitments; latest session: "
            f"{contents.latest_session or 'none'}; check: {contents.check}")


def cmd_backup(args: argparse.Namespace) -> int:
    from .core.backup import RetentionPolicy, make_backup

    path = _database_path(args)
    _open(args, create=False).close()  # refuse damaged, foreign or newer files first
    print(make_backup(path, "manual", policy=RetentionPolicy()))
    return 0


def cmd_backups(args: argparse.Namespace) -> int:
    from .core.backup import describe, list_backups
    from .core.paths import backups_dir

    path = _database_path(args)
    backups = list_backups(backups_dir(path), path.stem)
    for info in backups:
        print(f"{info.path}\n    {_describe(describe(info.path), cli_language())}")
    if not backups:
        print(f"no backups in {backups_dir(path)}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from pathlib import Path

    from .core.backup import describe, restore

    path = _database_path(args)
    lang = cli_language()
    contents = describe(Path(args.backup))
    print(_describe(contents, lang))
    if not args.yes:
        prompt = (f"用此备份替换 {path}？原文件将另存保留。[y/N] " if lang == "zh"
                  else f"Replace {path} with this backup? The current file is kept aside. [y/N] ")
        try:
            answer = input(prompt)
        except EOFError:
            answer = ""
        if answer.strip().lower() not in {"y", "yes", "是"}:
            print("没有替换任何内容。" if lang == "zh" else "Nothing was replaced.")
            return 1
    aside = restore(path, Path(args.backup))
    if aside is not None:
        print(("原数据库已移至 " if lang == "zh" else "The replaced database was kept as ") + str(aside))
    print("已恢复。" if lang == "zh" else "Restored.")
    return 0


# --- minutes and report back ----------------------------------------------------------------

def _style(value: str):
    from .minutes import TemplateStyle

    if value.startswith("template:"):
        return TemplateStyle(Path(value.removeprefix("template:")))
    if value in {"official", "plain"}:
        return value
    raise argparse.ArgumentTypeError("official, plain or template:PATH")


def _write_error(exc, lang: str) -> int:
    from .minutes import FileBusyError, suggest_alternative

    print(f"tingjian: {exc.text(lang)}", file=sys.stderr)
    if isinstance(exc, FileBusyError):
        hint = "可改用：" if lang == "zh" else "Try instead: "
        print(hint + str(suggest_alternative(exc.path)), file=sys.stderr)
    return 2


def cmd_minutes(args: argparse.Namespace) -> int:
    from .minutes import FileWriteError, TemplateError
    from .minutes.generate import generate_minutes

    lang = cli_language()
    db = _open(args, create=False)
    try:
        try:
            made = generate_minutes(db, args.session, style=args.style, public=args.public,
                                    out=args.out, naming_style=args.naming)
        except TemplateError as exc:
            if not args.fallback_plain:
                print(f"tingjian: {exc.text(lang)}", file=sys.stderr)
                print("（加 --fallback-plain 可改用简洁样式）" if lang == "zh"
                      else "(add --fallback-plain to use the plain style instead)", file=sys.stderr)
                return 2
            made = generate_minutes(db, args.session, style="plain", public=args.public,
                                    out=args.out, naming_style=args.naming)
        except FileWriteError as exc:
            return _write_error(exc, lang)
    finally:
        db.close()
    print(f"{made.result.path}\nversion {made.version.version} (id {made.version.id}, {made.version.status}, "
          f"{'public' if args.public else 'internal'}) sha256 {made.result.sha256}")
    for warning in made.result.warnings:
        print("warning: " + warning.message(lang))
    if args.pdf:
        from .minutes.pdf_cli import write_pdf_for

        write_pdf_for(args, made.result.path, lang)
    if made.changes:
        print("自审定版本以来的变化：" if lang == "zh" else "Changed since the approved version:")
        for line in made.changes:
            print("  " + line)
    return 0


def cmd_report_back(args: argparse.Namespace) -> int:
    from .minutes import FileWriteError
    from .minutes.generate import write_report_back

    db = _open(args, create=False)
    try:
        result = write_report_back(db, args.session, args.out, naming_style=args.naming)
    except FileWriteError as exc:
        return _write_error(exc, cli_language())
    finally:
        db.close()
    print(f"{result.path}\nsha256 {result.sha256}")
    return 0


def cmd_approve(args: argparse.Namespace) -> int:
    from .minutes.generate import approve_minutes

    db = _open(args, create=False)
    try:
        row = approve_minutes(db, args.version, args.by)
    finally:
        db.close()
    print(f"version {row.version} approved by {row.approved_by} at "
          f"{row.approved_at.astimezone().isoformat(timespec='seconds')}; locked, sha256 {row.sha256}")
    return 0
# --- follow-up: exports, archive import, reports ---------------------------------------------


def cmd_export(args: argparse.Namespace) -> int:
    from pathlib import Path

    from .core import archive, exports
    from .core.services.minutes_versions import refuse_recorded

    db = _open(args, create=False)
    try:
        out = Path(args.out)
        refuse_recorded(db, out)  # never over a recorded minutes file
        if args.format == "json":
            if args.session is not None:
                print("tingjian: --session does not apply to the JSON archive (it holds everything)",
                      file=sys.stderr)
                return 2
            counts = archive.export_archive(db, out)
            print(f"{out}  ({sum(counts.values())} rows in {len(counts)} tables)")
            return 0
        data = exports.sheets(db, args.session, cli_language())
        if args.format == "xlsx":
            print(exports.write_xlsx(out, data))
        else:
            for path in exports.write_csv(out, data):
                print(path)
        return 0
    finally:
        db.close()


def cmd_import_archive(args: argparse.Namespace) -> int:
    from .core import archive

    db = _open(args)
    try:
        counts = archive.import_archive(db, Path(args.file))
    finally:
        db.close()
    print(f"imported {sum(counts.values())} rows in {len(counts)} tables")
    return 0


def _date(value: str):
    from datetime import date, datetime, time

    from .core.deadlines import CHINA_TZ

    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value}") from None
    if not 2000 <= day.year <= 2100:
        raise argparse.ArgumentTypeError(f"date out of range (2000–2100): {value}")
    return datetime.combine(day, time(0), tzinfo=CHINA_TZ)


def cmd_report_rates(args: argparse.Namespace) -> int:
    from datetime import timedelta

    from .core.errors import ValidationError
    from .core.metrics import format_rate
    from .core.services import dashboard, owners

    db = _open(args, create=False)
    try:
        owner_id = None
        if args.owner:
            matches = [o for o in owners.list_owners(db, active_only=False)
                       if args.owner in (str(o.id), o.name)]
            if not matches:
                raise ValidationError(f"No owner called {args.owner!r}.",
                                      f"没有名为“{args.owner}”的责任单位。")
            owner_id = matches[0].id
        end = args.to + timedelta(days=1) if args.to else None
        if args.start and end and end <= args.start:
            raise ValidationError("--to is before --from.", "--to 早于 --from。")
        bounds = {"owner_id": owner_id, "start": args.start, "end": end}
        groups = {g: dashboard.rates_by(db, g, **bounds) for g in ("session", "owner", "month")}
        total = dashboard.total_rates(db, **bounds)
    finally:
        db.close()
    if args.json:
        print(json.dumps({"total": total.as_dict(), **{
            g: [{"key": r.key, "label": r.label, **r.rates.as_dict()} for r in rows]
            for g, rows in groups.items()}}, ensure_ascii=False, indent=2))
        return 0
    head = f"{'':<34} {'valid':>5} {'resp':>5} {'resol':>5} {'sat':>4} {'basic':>5} {'unsat':>5}" \
           f"  {'response':>8} {'resolution':>10} {'satisfaction':>12} {'overall':>8}"

    def line(label: str, r) -> str:
        return (f"{label[:34]:<34} {r.valid:>5} {r.responded:>5} {r.resolved:>5} {r.satisfied:>4} "
                f"{r.basically_satisfied:>5} {r.unsatisfied:>5}  {format_rate(r.response_rate):>8} "
                f"{format_rate(r.resolution_rate):>10} {format_rate(r.satisfaction_rate):>12} "
                f"{format_rate(r.overall):>8}")

    print(head)
    print(line("all", total))
    for group, rows in groups.items():
        print(f"-- per {group}")
        for row in rows:
            print(line(row.label, row.rates))
    return 0


def add_followup_commands(sub, common) -> None:
    p = sub.add_parser("export", parents=[common],
                       help="export commitments and opinions (xlsx, csv) or everything (json)")
    p.add_argument("--format", choices=("json", "xlsx", "csv"), required=True)
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--session", type=int, metavar="ID", help="only this session (xlsx, csv)")
    p.set_defaults(handler=cmd_export)
    p = sub.add_parser("report", parents=[common], help="reports")
    rsub = p.add_subparsers(dest="what", metavar="WHAT", required=True)
    q = rsub.add_parser("rates", parents=[common],
                        help="response, resolution and satisfaction rates with their counts")
    q.add_argument("--owner", help="owner name or id")
    q.add_argument("--from", dest="start", type=_date, metavar="YYYY-MM-DD")
    q.add_argument("--to", type=_date, metavar="YYYY-MM-DD", help="inclusive")
    q.add_argument("--json", action="store_true", help="print JSON")
    q.set_defaults(handler=cmd_report_rates)


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="PATH|URL", default=argparse.SUPPRESS,
                        help="database file or URL (default: tingjian.db in the data folder)")
    parser = argparse.ArgumentParser(
        prog="tingjian", parents=[common],
        description="Tingjian 听见: run public listening sessions and follow up every commitment.")
    parser.add_argument("--version", action="version", version=f"tingjian {__version__}")
    parser.add_argument("--self-test", action="store_true",
                        help="open the main window offscreen on a temporary database and exit")
    parser.add_argument("--lang", choices=("zh", "en"), default=argparse.SUPPRESS,
                        help="interface language (default: the system's)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    p = sub.add_parser("gui", parents=[common], help="start the application window (default)")
    p.set_defaults(handler=cmd_gui)
    p = sub.add_parser("check", parents=[common],
                       help="database location, schema version and integrity")
    p.add_argument("--full", action="store_true", help="run integrity_check instead of quick_check")
    p.set_defaults(handler=cmd_check)
    p = sub.add_parser("demo", parents=[common], help="create the demo session; prints its id")
    p.add_argument("--lang", choices=("zh", "en"), help="language of the demo content")
    p.add_argument("--large", action="store_true",
                   help="build the large dataset (500 sessions, 100,000 opinions) instead")
    p.add_argument("--seed", type=int, default=1, help="seed of the large dataset")
    p.set_defaults(handler=cmd_demo)
    p = sub.add_parser("sessions", parents=[common], help="list sessions")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_sessions)
    add_prepare_commands(sub, common)
    p = sub.add_parser("backup", parents=[common], help="make a verified backup now")
    p.set_defaults(handler=cmd_backup)
    p = sub.add_parser("backups", parents=[common], help="list backups and what each holds")
    p.set_defaults(handler=cmd_backups)
    p = sub.add_parser("restore", parents=[common],
                       help="replace the database by a backup (shows it first, asks to confirm)")
    p.add_argument("backup", help="the backup file")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.set_defaults(handler=cmd_restore)
    p = sub.add_parser("minutes", parents=[common], help="write the minutes of a session (.docx)")
    p.add_argument("session", type=int, help="session id (see: tingjian sessions)")
    p.add_argument("--style", type=_style, default="official",
                   help="official (default), plain or template:PATH")
    p.add_argument("--public", action="store_true",
                   help="the public version: citizens renamed, personal data masked")
    p.add_argument("--naming", choices=("honorific", "letter"), default="honorific",
                   help="how citizens are named in public texts: 王女士 or 居民甲")
    p.add_argument("--fallback-plain", action="store_true",
                   help="use the plain style when the template cannot be used")
    p.add_argument("--out", required=True, type=Path, help="the .docx file")
    p.add_argument("--pdf", action="store_true", help="also write a PDF beside it (needs LibreOffice)")
    p.set_defaults(handler=cmd_minutes)
    p = sub.add_parser("report-back", parents=[common],
                       help='write the public "you said, we did" report of a session (.docx)')
    p.add_argument("session", type=int)
    p.add_argument("--naming", choices=("honorific", "letter"), default="honorific")
    p.add_argument("--out", required=True, type=Path)
    p.set_defaults(handler=cmd_report_back)
    p = sub.add_parser("approve", parents=[common],
                       help="approve and lock a minutes version (ids: tingjian minutes prints them)")
    p.add_argument("version", type=int, help="the minutes version id")
    p.add_argument("--by", required=True, help="who approves")
    p.set_defaults(handler=cmd_approve)
    add_followup_commands(sub, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    for name in ("stdout", "stderr"):  # a gui-script on Windows has no console
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
    args = build_parser().parse_args(argv)
    args.db = getattr(args, "db", None)
    args.lang = getattr(args, "lang", None)
    if args.self_test:
        from .ui.app import self_test

        return self_test(args)
    handler: Handler = getattr(args, "handler", cmd_gui)
    from .core.errors import TingjianError

    try:
        return handler(args)
    except TingjianError as exc:
        print(f"tingjian: {exc.text(cli_language())}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
