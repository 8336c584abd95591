"""Follow-up: exports, the JSON archive brought back in, the three rates."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .common import cli_language, iso_day, opened, print_groups


def cmd_export(args: argparse.Namespace) -> int:
    from ..core.services.minutes_versions import refuse_recorded
    from ..core import archive, exports

    with opened(args, create=False) as db:
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
        data = exports.sheets(db, args.session, cli_language(), codes=args.codes)
        if args.format == "xlsx":
            print(exports.write_xlsx(out, data))
            cut = exports.too_long_for_excel(data)
            if cut:
                print(f"tingjian: {exports.long_cells_text(cut, cli_language())}", file=sys.stderr)
        else:
            for path in exports.write_csv(out, data):
                print(path)
        return 0


def cmd_import_archive(args: argparse.Namespace) -> int:
    from ..core import archive

    with opened(args) as db:
        counts = archive.import_archive(db, Path(args.file))
    print(f"imported {sum(counts.values())} rows in {len(counts)} tables")
    return 0


def _date(value: str):
    from datetime import datetime, time

    from ..core.deadlines import CHINA_TZ

    return datetime.combine(iso_day(value, 2000, 2100), time(0), tzinfo=CHINA_TZ)


def cmd_report_rates(args: argparse.Namespace) -> int:
    from datetime import timedelta

    from ..core.errors import ValidationError
    from ..core.metrics import format_rate
    from ..core.services import dashboard, owners

    with opened(args, create=False) as db:
        owner_id = None
        if args.owner:
            matches = [o for o in owners.list_owners(db, active_only=False)
                       if args.owner in (str(o.id), o.name)]
            if not matches:
                raise ValidationError(en=f"No owner called {args.owner!r}.",
                                      zh=f"没有名为“{args.owner}”的责任单位。")
            owner_id = matches[0].id
        end = args.to + timedelta(days=1) if args.to else None
        if args.start and end and end <= args.start:
            raise ValidationError(en="--to is before --from.", zh="--to 早于 --from。")
        bounds = {"owner_id": owner_id, "start": args.start, "end": end}
        groups = {g: dashboard.rates_by(db, g, **bounds) for g in ("session", "owner", "month")}
        total = dashboard.total_rates(db, **bounds)
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
    print_groups(total, groups, line)
    return 0


def add_commands(sub, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("export", parents=[common],
                       help="export commitments and opinions (xlsx, csv) or everything (json)")
    p.add_argument("--format", choices=("json", "xlsx", "csv"), required=True)
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--session", type=int, metavar="ID", help="only this session (xlsx, csv)")
    p.add_argument("--codes", action="store_true",
                   help="channel, kind, status and disposition as machine codes, not words")
    p.set_defaults(handler=cmd_export)
    p = sub.add_parser("report", parents=[common], help="print follow-up reports (see: report rates)")
    rsub = p.add_subparsers(dest="what", metavar="WHAT", required=True)
    q = rsub.add_parser("rates", parents=[common],
                        help="response, resolution and satisfaction rates with their counts")
    q.add_argument("--owner", help="owner name or id")
    q.add_argument("--from", dest="start", type=_date, metavar="YYYY-MM-DD")
    q.add_argument("--to", type=_date, metavar="YYYY-MM-DD", help="inclusive")
    q.add_argument("--json", action="store_true", help="print JSON")
    q.set_defaults(handler=cmd_report_rates)
