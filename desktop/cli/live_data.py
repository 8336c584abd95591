"""Commands over the sessions held in the database: the demo data and the list of sessions."""
from __future__ import annotations

import argparse
import json

from .common import cli_language, opened


def cmd_demo(args: argparse.Namespace) -> int:
    from ..core.demo import create_demo, create_demo_series

    with opened(args) as db:
        if args.large:
            from ..core.errors import ValidationError
            from ..core.large_demo import create_large_demo
            from ..core.services.sessions import count_sessions

            if count_sessions(db):
                raise ValidationError(en="The large dataset is made in an empty database; give "
                                      "--db NEW_FILE.", zh="大数据集只能写入空数据库；请用 --db 指定新文件。")
            made = create_large_demo(db, seed=args.seed)
            print(f"{made.sessions} sessions, {made.opinions} opinions, "
                  f"{made.commitments} commitments (seed {args.seed})")
            return 0
        make = create_demo_series if args.next else create_demo
        session = make(db, args.lang or cli_language())
        print(session.id)
        return 0


def cmd_sessions(args: argparse.Namespace) -> int:
    from ..core.services.sessions import list_session_rows

    with opened(args, create=False) as db:
        rows = list_session_rows(db)
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


def add_commands(sub, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("demo", parents=[common], help="create the demo session; prints its id")
    p.add_argument("--lang", choices=("zh", "en"), help="language of the demo content")
    p.add_argument("--large", action="store_true",
                   help="build the large dataset (500 sessions, 100,000 opinions) instead")
    p.add_argument("--seed", type=int, default=1, help="seed of the large dataset")
    p.add_argument("--next", action="store_true",
                   help="hold the demo session 20 days ago and add the next session of its series "
                        "today, with a report-back item on its commitments; prints the new id")
    p.set_defaults(handler=cmd_demo)
    p = sub.add_parser("sessions", parents=[common],
                       help="list the sessions with their date, kind and counts")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_sessions)
