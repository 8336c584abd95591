"""Documents of a session: the minutes, the public report back, approving a minutes version."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .common import cli_language, opened
from ..core.msg import pick


def _style(value: str):
    from ..minutes import TemplateStyle

    if value.startswith("template:"):
        return TemplateStyle(Path(value.removeprefix("template:")))
    if value in {"official", "plain"}:
        return value
    raise argparse.ArgumentTypeError("official, plain or template:PATH")


def _write_error(exc, lang: str) -> int:
    from ..minutes import FileBusyError, suggest_alternative

    print(f"tingjian: {exc.text(lang)}", file=sys.stderr)
    if isinstance(exc, FileBusyError):
        hint = pick(lang, en="Try instead: ", zh="可改用：")
        print(hint + str(suggest_alternative(exc.path)), file=sys.stderr)
    return 2


def cmd_minutes(args: argparse.Namespace) -> int:
    from ..minutes import FileWriteError, TemplateError
    from ..minutes.generate import generate_minutes

    lang = cli_language()
    with opened(args, create=False) as db:
        try:
            made = generate_minutes(db, args.session, style=args.style, public=args.public,
                                    out=args.out, naming_style=args.naming,
                                    published_numbers=tuple(args.published))
        except TemplateError as exc:
            if not args.fallback_plain:
                print(f"tingjian: {exc.text(lang)}", file=sys.stderr)
                print(pick(lang, en="(add --fallback-plain to use the plain style instead)",
                           zh="（加 --fallback-plain 可改用简洁样式）"), file=sys.stderr)
                return 2
            made = generate_minutes(db, args.session, style="plain", public=args.public,
                                    out=args.out, naming_style=args.naming,
                                    published_numbers=tuple(args.published))
        except FileWriteError as exc:
            return _write_error(exc, lang)
    print(f"{made.result.path}\nversion {made.version.version} (id {made.version.id}, {made.version.status}, "
          f"{'public' if args.public else 'internal'}) sha256 {made.result.sha256}")
    for warning in made.result.warnings:
        print("warning: " + warning.message(lang))
    if args.pdf:
        from ..minutes.pdf_cli import write_pdf_for

        write_pdf_for(args, made.result.path, lang)
    if made.changes:
        print(pick(lang, en="Changed since the approved version:", zh="自审定版本以来的变化："))
        for line in made.changes:
            print("  " + line)
    return 0


def cmd_report_back(args: argparse.Namespace) -> int:
    from ..minutes import FileWriteError
    from ..minutes.generate import write_report_back

    with opened(args, create=False) as db:
        try:
            result = write_report_back(db, args.session, args.out, naming_style=args.naming,
                                       published_numbers=tuple(args.published))
        except FileWriteError as exc:
            return _write_error(exc, cli_language())
    print(f"{result.path}\nsha256 {result.sha256}")
    return 0


def cmd_approve(args: argparse.Namespace) -> int:
    from ..minutes.generate import approve_minutes

    with opened(args, create=False) as db:
        row = approve_minutes(db, args.version, args.by)
    print(f"version {row.version} approved by {row.approved_by} at "
          f"{row.approved_at.astimezone().isoformat(timespec='seconds')}; locked, sha256 {row.sha256}")
    return 0


def add_commands(sub, common: argparse.ArgumentParser) -> None:
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
    p.add_argument("--published", action="append", default=[], metavar="NUMBER",
                   help="a number the organisation publishes (its own phone, hotline): kept as "
                        "written in the public text; repeat for several")
    p.set_defaults(handler=cmd_minutes)
    p = sub.add_parser("report-back", parents=[common],
                       help='write the public "you said, we did" report of a session (.docx)')
    p.add_argument("session", type=int)
    p.add_argument("--naming", choices=("honorific", "letter"), default="honorific")
    p.add_argument("--published", action="append", default=[], metavar="NUMBER",
                   help="a number the organisation publishes (its own phone, hotline): kept as "
                        "written in the public text; repeat for several")
    p.add_argument("--out", required=True, type=Path)
    p.set_defaults(handler=cmd_report_back)
    p = sub.add_parser("approve", parents=[common],
                       help="approve and lock a minutes version (ids: tingjian minutes prints them)")
    p.add_argument("version", type=int, help="the minutes version id")
    p.add_argument("--by", required=True, help="who approves")
    p.set_defaults(handler=cmd_approve)
