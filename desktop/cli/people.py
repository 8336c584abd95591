"""Command line for personal data: `retention`, `person report`, `person erase`."""
from __future__ import annotations

import argparse
import getpass
import json
from pathlib import Path

from .common import _open, cli_language
from desktop.core.msg import is_zh


def _now():
    from ..core.clock import SYSTEM_CLOCK

    return SYSTEM_CLOCK.now()


def _local(value) -> str:
    return value.astimezone().strftime("%Y-%m-%d") if value is not None else "—"


def cmd_retention(args: argparse.Namespace) -> int:
    from ..core.services import retention

    lang = cli_language()
    db = _open(args, create=False)
    try:
        result = retention.run(db, _now(), dry_run=args.dry_run)
    finally:
        db.close()
    if args.json:
        print(json.dumps(result.as_dict(args.dry_run), ensure_ascii=False, indent=2))
        return 0
    zh = is_zh(lang)
    if args.dry_run:
        head = f"到期应删除的联系方式：{len(result.due)} 条（预览，未删除）" if zh else \
            f"Contacts due for erasure: {len(result.due)} (dry run: nothing was erased)"
    else:
        head = f"已删除到期的联系方式：{len(result.due)} 条" if zh else \
            f"Contacts erased: {len(result.due)}"
    print(head)
    for c in result.due:
        print(f"  #{c.person_id:<6} {c.name} {c.group_name}  {c.masked_contact}  "
              f"{'最后活动' if zh else 'last activity'} {_local(c.last_activity)}, "
              f"{c.days} {'天' if zh else 'days'}")
    if result.waiting:
        print(f"仍保存：{len(result.waiting)} 条" if zh else f"Still kept: {len(result.waiting)}")
        for c in result.waiting:
            if c.due_at is not None:
                why = (f"将于 {_local(c.due_at)} 删除" if zh else f"erased on {_local(c.due_at)}")
            else:
                why = "；".join(z for _e, z in c.open_reasons) if zh else \
                    "; ".join(e for e, _z in c.open_reasons)
            print(f"  #{c.person_id:<6} {c.name}  {c.masked_contact}  {why}")
    return 0


def _on_person(args: argparse.Namespace, work):  # noqa: ANN001, ANN202
    """Open the database, find PERSON (an id or a name) and run ``work(db, person_id)``."""
    from ..core.services.persons import find_person

    db = _open(args, create=False)
    try:
        return work(db, find_person(db, args.person).id)
    finally:
        db.close()


def cmd_person_report(args: argparse.Namespace) -> int:
    from ..core.services.persons import find_person, person_report
    from ..minutes import FileWriteError
    from ..minutes.person_report import write_person_report

    lang = cli_language()
    report = _on_person(args, lambda db, person_id: person_report(db, person_id, _now()))
    if args.out is None:
        print(report.to_json())
        return 0
    try:
        print(write_person_report(report, args.out, lang))
    except FileWriteError as exc:
        from .documents import _write_error

        return _write_error(exc, lang)
    return 0


def cmd_person_erase(args: argparse.Namespace) -> int:
    from ..core.services.erasure import erase_person
    from ..core.services.persons import find_person

    lang = cli_language()
    done = _on_person(args, lambda db, person_id: erase_person(db, person_id, args.reason,
                                                               args.by, now=_now()))
    total = sum(done.changed.values())
    if is_zh(lang):
        print(f"已删除人员 #{done.person_id}，现记为“{done.label}”；改写 {total} 条记录。")
        if done.minutes_versions:
            print(f"已写成的纪要文件未改动（{len(done.minutes_versions)} 个版本），记录中已注明其早于本次删除。")
    else:
        print(f"Erased person #{done.person_id}, now recorded as {done.label!r}; "
              f"{total} record{'s' if total != 1 else ''} rewritten.")
        if done.minutes_versions:
            print(f"Minutes files already written were not changed ({len(done.minutes_versions)} "
                  "versions); the record notes that they predate the erasure.")
    return 0


def _default_by() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""


def add_commands(sub, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("retention", parents=[common],
                       help="erase citizens' contacts whose retention period has passed")
    p.add_argument("--dry-run", action="store_true", help="list what is due; erase nothing")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_retention, func=cmd_retention)
    p = sub.add_parser("person", parents=[common],
                       help="a person's request to see (report) or erase what is held about them")
    psub = p.add_subparsers(dest="person_command", metavar="ACTION", required=True)
    q = psub.add_parser("report", parents=[common],
                        help="everything held about a person (.docx or .json; JSON on stdout)")
    q.add_argument("person", metavar="PERSON", help="an id or a name")
    q.add_argument("--out", type=Path, metavar="FILE", help="FILE.docx or FILE.json")
    q.set_defaults(handler=cmd_person_report, func=cmd_person_report)
    q = psub.add_parser("erase", parents=[common],
                        help="replace a person's name, contact and group by an anonymous label")
    q.add_argument("person", metavar="PERSON", help="an id or a name")
    q.add_argument("--reason", required=True, help="why (recorded in the audit trail)")
    q.add_argument("--by", default=_default_by(),
                   help="who erases (default: the logged-in user)")
    q.set_defaults(handler=cmd_person_erase, func=cmd_person_erase)

