"""Command line. With no command Tingjian starts its window; every command takes ``--db``.

One module per area registers its commands: each exposes ``add_commands(sub, common)`` and is
named in ``AREAS`` (by module name, loaded when the parser is built, so an area module may import
the helpers of this package).
"""
from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from .. import __version__
from ..core.seat_roles import SEAT_ROLES
from .common import Handler, _open, cli_language, opened
from .documents import _style, _write_error
from .followup import _date
from .prepare import _parse_when
from .storage import _database_path

# What command modules of other areas may reuse: the database, the language, argument types.
__all__ = ["AREAS", "Handler", "_database_path", "_date", "_open", "_parse_when", "_style",
           "_write_error", "build_parser", "cli_language", "main", "opened"]

# The command modules, in the order their commands appear in --help.
AREAS: tuple[str, ...] = (
    "desktop.cli.storage",
    "desktop.cli.live_data",
    "desktop.cli.prepare",
    "desktop.cli.documents",
    "desktop.cli.followup",
    "desktop.cli.privacy",
    "desktop.cli.paperwork",
    "desktop.cli.people",
    "desktop.cli.holidays",
    "desktop.cli.watch",
)


def cmd_gui(args: argparse.Namespace) -> int:
    from ..ui.startup import run

    return run(args)


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="PATH|URL", default=argparse.SUPPRESS,
                        help="database file or URL (default: tingjian.db in the data folder)")
    common.add_argument("--profile", metavar="NAME", default=argparse.SUPPRESS,
                        help="a connection profile saved in Settings (its password comes from "
                             "the system's credential store)")
    seat = argparse.ArgumentParser(add_help=False)
    seat.add_argument("--seat", choices=SEAT_ROLES, default=argparse.SUPPRESS,
                      help="what this laptop is for in the room (default: the one chosen "
                           "before; facilitator on a single laptop); projector opens only "
                           "the projector, full screen; leader only reads")
    parser = argparse.ArgumentParser(
        prog="tingjian", parents=[common, seat],
        description="Tingjian 听见: run public listening sessions and follow up every commitment.")
    parser.add_argument("--version", action="version", version=f"tingjian {__version__}")
    parser.add_argument("--self-test", action="store_true",
                        help="open the main window offscreen on a temporary database and exit")
    parser.add_argument("--lang", choices=("zh", "en"), default=argparse.SUPPRESS,
                        help="interface language (default: the system's)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    p = sub.add_parser("gui", parents=[common, seat],
                       help="start the application window (default)")
    p.set_defaults(handler=cmd_gui)
    for name in AREAS:
        importlib.import_module(name).add_commands(sub, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    for name in ("stdout", "stderr"):  # a gui-script on Windows has no console
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
    args = build_parser().parse_args(argv)
    args.db = getattr(args, "db", None)
    args.profile = getattr(args, "profile", None)
    args.lang = getattr(args, "lang", None)
    args.seat = getattr(args, "seat", None)
    if args.self_test:
        from ..ui.app import self_test

        return self_test(args)
    handler: Handler = getattr(args, "handler", None) or getattr(args, "func", None) or cmd_gui
    from ..core.errors import TingjianError

    try:
        if args.profile is not None:  # from here on a profile is the URL it names
            from ..core.profiles import database_argument

            args.db = database_argument(args.db, args.profile)
        return handler(args)
    except TingjianError as exc:
        print(f"tingjian: {exc.text(cli_language())}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the reader of the output went away (`tingjian sessions | head`)
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - flushed at exit
        return 0
