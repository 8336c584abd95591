"""The database file itself: check it, back it up, list and restore backups."""
from __future__ import annotations

import argparse
from pathlib import Path

from .common import cli_language, opened
from ..core.msg import is_zh, pick


def _database_path(args: argparse.Namespace):
    from ..core.db import resolve_location
    from ..core.errors import StorageError
    from ..core.paths import default_database_path

    location = resolve_location(args.db, default_database_path())
    if location.path is None:
        raise StorageError(en="Backups are made of SQLite files; for PostgreSQL use pg_dump.",
                           zh="备份仅适用于 SQLite 文件；PostgreSQL 请使用 pg_dump。")
    return location.path


def _describe(contents, lang: str) -> str:
    from ..core.backup import reason_label

    taken = contents.info.taken_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
    occasion = reason_label(contents.info.reason, lang)
    if is_zh(lang):
        return (f"备份时间 {taken}（{occasion}），{contents.sessions} 场会议，"
                f"{contents.opinions} 条意见，{contents.commitments} 项承诺事项；"
                f"最近的会议：{contents.latest_session or '无'}；校验：{contents.check}")
    return (f"taken {taken} ({occasion}): {contents.sessions} sessions, "
            f"{contents.opinions} opinions, {contents.commitments} commitments; latest session: "
            f"{contents.latest_session or 'none'}; check: {contents.check}")


def cmd_check(args: argparse.Namespace) -> int:
    from ..core import migrate
    from ..core.diagnose import check_file
    from ..core.location import resolve_location
    from ..core.paths import default_database_path

    location = resolve_location(args.db, default_database_path())
    if location.path is not None:  # a read-only look: check never changes the file
        code, lines = check_file(location.path, full=args.full, lang=cli_language())
        print("\n".join(lines))
        return code
    with opened(args, create=False) as db:
        result = db.check(full=args.full)
        ok = result == ["ok"]
        print(f"database: {db.location.display()}")
        print(f"backend:  {db.dialect}")
        print(f"schema:   {db.revision()} (this version: {migrate.head_revision()})")
        print(f"{'integrity_check' if args.full else 'quick_check'}: "
              f"{'ok' if ok else '; '.join(result[:10])}")
        return 0 if ok else 1


def cmd_backup(args: argparse.Namespace) -> int:
    from ..core.backup import RetentionPolicy, make_backup

    path = _database_path(args)
    with opened(args, create=False):  # refuse damaged, foreign or newer files first
        pass
    print(make_backup(path, "manual", policy=RetentionPolicy()))
    return 0


def cmd_backups(args: argparse.Namespace) -> int:
    from ..core.backup import describe, list_backups
    from ..core.paths import backups_dir

    path = _database_path(args)
    backups = list_backups(backups_dir(path), path.stem)
    for info in backups:
        print(f"{info.path}\n    {_describe(describe(info.path), cli_language())}")
    if not backups:
        print(f"no backups in {backups_dir(path)}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from ..core.backup import describe
    from ..core.restoring import restore

    path = _database_path(args)
    lang = cli_language()
    contents = describe(Path(args.backup))
    print(_describe(contents, lang))
    if not args.yes:
        taken = contents.info.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
        prompt = pick(lang, en=f"Replace {path} with this backup? Changes made after {taken} "
                               "will be lost; the current file is kept aside. [y/N] ",
                      zh=f"用此备份替换 {path}？{taken} 之后的修改将丢失；原文件将另存保留。[y/N] ")
        try:
            answer = input(prompt)
        except EOFError:
            answer = ""
        if answer.strip().lower() not in {"y", "yes", "是"}:
            print(pick(lang, en="Nothing was replaced.", zh="没有替换任何内容。"))
            return 1
    aside = restore(path, Path(args.backup))
    if aside is not None:
        print(pick(lang, en="The replaced database was kept as ", zh="原数据库已移至 ") + str(aside))
    print(pick(lang, en="Restored.", zh="已恢复。"))
    return 0


def add_commands(sub, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("check", parents=[common],
                       help="show the database location and schema version and check its integrity")
    p.add_argument("--full", action="store_true", help="run integrity_check instead of quick_check")
    p.set_defaults(handler=cmd_check)
    p = sub.add_parser("backup", parents=[common], help="make a verified backup now")
    p.set_defaults(handler=cmd_backup)
    p = sub.add_parser("backups", parents=[common], help="list backups and what each holds")
    p.set_defaults(handler=cmd_backups)
    p = sub.add_parser("restore", parents=[common],
                       help="replace the database by a backup (shows it first, asks to confirm)")
    p.add_argument("backup", help="the backup file")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.set_defaults(handler=cmd_restore)
