"""Command line for the change feed: ``tingjian watch [--json] [--count N] [--timeout S]``."""
from __future__ import annotations

import argparse
import json
import queue
import sys
import time

from .common import cli_language, opened
from desktop.core.msg import pick


def _positive(kind: type):  # noqa: ANN202 - an argparse type
    def parse(value: str):  # noqa: ANN202
        try:
            number = kind(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a number: {value}") from None
        if number <= 0:
            raise argparse.ArgumentTypeError(f"must be more than 0: {value}")
        return number
    return parse


def _line(change, as_json: bool) -> str:
    if as_json:
        return json.dumps(change.as_json(), ensure_ascii=False)
    ids = ",".join(str(i) for i in change.ids) or "-"
    when = change.at.astimezone().strftime("%H:%M:%S.%f")[:-3]
    return f"{when}  {change.entity}  {ids}  {change.seat_label or change.seat}"


def cmd_watch(args: argparse.Namespace) -> int:
    from ..core.feed import ChangeFeed

    changes: queue.Queue = queue.Queue()
    deadline = None if args.timeout is None else time.monotonic() + args.timeout
    seen = 0
    with opened(args, create=False) as db:
        db.subscribe(changes.put)
        with ChangeFeed(db) as feed:
            feed.ready.wait(10)
            lang = cli_language()
            print(pick(lang, en="watching for changes (Ctrl+C to stop)",
                       zh="正在监听数据变化（按 Ctrl+C 停止）"), file=sys.stderr, flush=True)
            while args.count is None or seen < args.count:
                wait = None if deadline is None else deadline - time.monotonic()
                if wait is not None and wait <= 0:
                    break
                try:
                    change = changes.get(timeout=0.5 if wait is None else min(wait, 0.5))
                except queue.Empty:
                    continue
                print(_line(change, args.json), flush=True)
                seen += 1
    return 1 if args.count is not None and seen < args.count else 0


def add_commands(sub, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "watch", parents=[common],
        help="print every change other seats (windows, processes, laptops) commit, one line each",
        description="Print the change feed until Ctrl+C: one line per committed change made by "
                    "another seat — time, entity, row ids, seat (host:pid:id). On PostgreSQL "
                    "every change names its rows and seat; on a SQLite file another window's "
                    "change shows as entity * (something changed) from seat ?.")
    p.add_argument("--json", action="store_true",
                   help="one JSON object per line with the keys entity, ids, seat, at")
    p.add_argument("--count", type=_positive(int), metavar="N",
                   help="stop after N changes (exit status 1 if the timeout came first)")
    p.add_argument("--timeout", type=_positive(float), metavar="S",
                   help="stop after S seconds")
    p.set_defaults(handler=cmd_watch, func=cmd_watch)
