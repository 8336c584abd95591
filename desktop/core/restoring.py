"""Putting a backup back, as the user asks for it (Settings, `tingjian restore`, recovery at
start): the database file is replaced by a verified copy of the backup, then every erasure noted
in the ledger since is applied again, so a restore never brings an erased person back.

It sits above ``backup`` (the file operations) and the services, which ``backup`` must not
import: the database layer makes backups itself before a migration.
"""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

from .backup import move_aside, replace_with_backup
from .diagnose import Condition, diagnose
from .errors import StorageError


def restore(database: Path, backup: Path, now: datetime | None = None) -> Path | None:
    """Replace ``database`` by a verified copy of ``backup`` (the replaced file is kept aside),
    then apply the erasures recorded since. Returns where the replaced database went."""
    aside = replace_with_backup(database, backup, now)
    reapply_erasures(database)
    return aside


def reapply_erasures(database: Path) -> list[int]:
    """Erasures noted in the ledger since the backup was taken are applied again, so a restore
    never brings an erased person (or a contact erased by retention) back."""
    from .erasure_ledger import ledger_path

    if not ledger_path(database).is_file():
        return []
    from .db import open_database
    from .location import Location
    from .services.erasure import reapply_ledger

    db = open_database(Location(f"sqlite:///{database}", database), backup=False)
    try:
        return reapply_ledger(db)
    finally:
        db.close()


def recover(database: Path, backup: Path | None,
            now: datetime | None = None) -> Path:
    """Move a damaged database (with -wal and -shm) aside and restore ``backup`` in its place.

    Without a backup the damaged file is only moved aside, so the next start begins empty.
    Returns where the damaged file went. Refused, changing nothing, unless a read-only
    ``integrity_check`` shows the file damaged right now and no other process holds it open.
    """
    verdict = diagnose(database, full=True)
    if not verdict.may_move_aside:
        if verdict.condition is Condition.DAMAGED:  # damaged, but open elsewhere
            raise StorageError(
                en=f"{database} is damaged, but another program has it open, so it was not "
                   "moved. Close that program (or the other Tingjian) and try again. Nothing "
                   "was changed.",
                zh=f"{database} 已损坏，但另有程序正在使用它，因此没有移动。请关闭该程序（或另一个听见）后重试。"
                   "未做任何修改。")
        raise verdict.error() if verdict.condition is not Condition.OK else StorageError(
            en=f"{database} passes integrity_check now, so it was not moved. Nothing was "
               "changed.",
            zh=f"{database} 现在能通过完整性检查，因此没有移动。未做任何修改。")
    moved = move_aside(database, "damaged", now)
    if backup is not None:
        restore(database, backup, now)
    return moved
