"""Backups of the SQLite file with SQLite's online backup API, each verified before it counts.

Names: ``<stem>-<UTC stamp>-<reason>.db`` in ``backups/`` beside the database. Rotation keeps the
10 newest, plus the newest of each day for 7 days and of each ISO week for 8 weeks; it runs only
after a new backup passed ``quick_check``.
"""
from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from .diagnose import ro_uri
from .errors import StorageError
from .paths import backups_dir
from .clock import SYSTEM_CLOCK
from .msg import Msg

STAMP = "%Y%m%dT%H%M%S%fZ"
NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{12}Z)-(?P<reason>[\w.-]+)\.db$")


@dataclass(frozen=True)
class RetentionPolicy:
    recent: int = 10
    daily_days: int = 7
    weekly_weeks: int = 8


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    reason: str
    size: int


@dataclass(frozen=True)
class BackupContents:
    """What a backup holds, shown before anything is replaced."""

    info: BackupInfo
    check: str
    schema: str | None
    sessions: int
    opinions: int
    commitments: int
    latest_session: str


def _copy(src_path: Path, dst_path: Path) -> str:
    """Online backup from ``src_path`` into ``dst_path``; returns the copy's quick_check."""
    src = sqlite3.connect(ro_uri(src_path), uri=True, timeout=5)
    try:
        dst = sqlite3.connect(dst_path)
        try:
            src.backup(dst)
            return dst.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            dst.close()
    finally:
        src.close()


def make_backup(database: Path, reason: str = "manual", dest_dir: Path | None = None,
                now: datetime | None = None, policy: RetentionPolicy | None = None) -> Path:
    """Copy ``database`` into the backups folder; the copy must pass ``quick_check``.

    With ``policy``, older backups are rotated away once the new one is verified.
    """
    folder = dest_dir or backups_dir(database)
    stamp = (now or SYSTEM_CLOCK.now()).astimezone(UTC).strftime(STAMP)
    target = folder / f"{database.stem}-{stamp}-{reason}.db"
    partial = target.with_suffix(".partial")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        verdict = _copy(database, partial)
        if verdict == "ok":
            os.replace(partial, target)
    except (sqlite3.Error, OSError) as exc:
        partial.unlink(missing_ok=True)
        raise StorageError(en=f"The backup of {database} failed: {exc}. Nothing was changed.",
                           zh=f"备份 {database} 失败：{exc}。未做任何修改。") from exc
    if verdict != "ok":
        partial.unlink(missing_ok=True)
        raise StorageError(en=f"The backup of {database} did not pass its check ({verdict}).",
                           zh=f"{database} 的备份未通过校验（{verdict}）。")
    if policy is not None:
        rotate(folder, database.stem, policy, now)
    return target


# What each backup was taken for, as the names say it (``make_backup``'s ``reason``).
REASONS: dict[str, Msg] = {
    "start": Msg(en="At start-up", zh="启动时"),
    "periodic": Msg(en="Periodic", zh="定时"),
    "close": Msg(en="At closing", zh="退出时"),
    "manual": Msg(en="By hand", zh="手动"),
    "file": Msg(en="Other file", zh="其他文件"),
}
_BEFORE_MIGRATION = re.compile(r"before-migration-(?P<rev>[\w.]+)")


def reason_label(reason: str, lang: str) -> str:
    """A backup's occasion in words; an occasion this version does not know keeps its code."""
    known = REASONS.get(reason)
    if known is not None:
        return known.text(lang)
    match = _BEFORE_MIGRATION.fullmatch(reason)
    if match:
        return Msg(en=f"Before the database upgrade (from version {match['rev']})",
                   zh=f"数据库升级前（原版本 {match['rev']}）").text(lang)
    return reason


def list_backups(folder: Path, stem: str | None = None) -> list[BackupInfo]:
    """Backups in ``folder``, newest first."""
    out = []
    if not folder.is_dir():
        return out
    for path in folder.glob("*.db"):
        match = NAME.match(path.name)
        if not match or (stem is not None and match["stem"] != stem):
            continue
        taken = datetime.strptime(match["stamp"], STAMP).replace(tzinfo=UTC)
        out.append(BackupInfo(path, taken, match["reason"], path.stat().st_size))
    return sorted(out, key=lambda b: b.taken_at, reverse=True)


def to_keep(backups: Iterable[BackupInfo], policy: RetentionPolicy, now: datetime) -> set[Path]:
    ordered = sorted(backups, key=lambda b: b.taken_at, reverse=True)
    keep = {b.path for b in ordered[:policy.recent]}
    days: set[object] = set()
    weeks: set[object] = set()
    for b in ordered:  # newest first: the first seen of each day/week is kept
        age = now - b.taken_at
        day = b.taken_at.date()
        if age <= timedelta(days=policy.daily_days) and day not in days:
            days.add(day)
            keep.add(b.path)
        week = b.taken_at.isocalendar()[:2]
        if age <= timedelta(weeks=policy.weekly_weeks) and week not in weeks:
            weeks.add(week)
            keep.add(b.path)
    return keep


def rotate(folder: Path, stem: str, policy: RetentionPolicy,
           now: datetime | None = None) -> list[Path]:
    """Delete backups the policy no longer keeps; return what was deleted."""
    backups = list_backups(folder, stem)
    keep = to_keep(backups, policy, now or SYSTEM_CLOCK.now())
    removed = []
    for b in backups:
        if b.path not in keep:
            b.path.unlink(missing_ok=True)
            removed.append(b.path)
    return removed


def describe(path: Path) -> BackupContents:
    """Open a backup read-only and say when it was taken and what it holds."""
    match = NAME.match(path.name)
    taken = (datetime.strptime(match["stamp"], STAMP).replace(tzinfo=UTC) if match
             else datetime.fromtimestamp(path.stat().st_mtime, UTC))
    info = BackupInfo(path, taken, match["reason"] if match else "file", path.stat().st_size)
    try:
        conn = sqlite3.connect(ro_uri(path), uri=True)
        try:
            check = conn.execute("PRAGMA quick_check").fetchone()[0]
            one = lambda sql: conn.execute(sql).fetchone()  # noqa: E731
            schema = one("SELECT version_num FROM alembic_version")
            latest = one("SELECT title FROM listening_session ORDER BY starts_at DESC LIMIT 1")
            return BackupContents(
                info, check, schema[0] if schema else None,
                one("SELECT count(*) FROM listening_session")[0],
                one("SELECT count(*) FROM opinion WHERE removed_at IS NULL")[0],
                one("SELECT count(*) FROM commitment WHERE removed_at IS NULL")[0],
                latest[0] if latest else "")
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise StorageError(en=f"{path} is not a readable Tingjian backup: {exc}.",
                           zh=f"{path} 不是可读取的听见备份：{exc}。") from exc


def move_aside(database: Path, label: str, now: datetime | None = None) -> Path:
    """Move the database and its -wal and -shm files aside; return the new main file path."""
    stamp = (now or SYSTEM_CLOCK.now()).astimezone(UTC).strftime(STAMP)
    target = database.with_name(f"{database.stem}.{label}-{stamp}{database.suffix}")
    for suffix in ("", "-wal", "-shm"):
        src = Path(str(database) + suffix)
        if src.exists():
            os.replace(src, Path(str(target) + suffix))
    return target


def replace_with_backup(database: Path, backup: Path, now: datetime | None = None) -> Path | None:
    """Replace ``database`` by a verified copy of ``backup``; the replaced file is kept aside.

    Returns where the replaced database went (None when there was none). This is the file
    operation only: ``core.restoring.restore`` is the user's restore, which also applies the
    erasures recorded since the backup was taken.
    """
    contents = describe(backup)
    if contents.check != "ok":
        raise StorageError(en=f"The backup {backup.name} is damaged ({contents.check}); choose "
                           "another one.", zh=f"备份 {backup.name} 已损坏（{contents.check}），请选择其他备份。")
    staging = database.with_name(f".{database.name}.restoring")
    try:
        staging.unlink(missing_ok=True)
        verdict = _copy(backup, staging)
        if verdict != "ok":
            raise StorageError(en=f"The restored copy failed its check ({verdict}).",
                               zh=f"恢复的副本未通过校验（{verdict}）。")
        aside = move_aside(database, "replaced", now) if database.exists() else None
        os.replace(staging, database)
    except OSError as exc:
        raise StorageError(en=f"Restoring failed: {exc}. The database was not replaced.",
                           zh=f"恢复失败：{exc}。数据库未被替换。") from exc
    finally:
        staging.unlink(missing_ok=True)
    return aside


def newest_good_backup(database: Path) -> BackupContents | None:
    for info in list_backups(backups_dir(database), database.stem):
        try:
            contents = describe(info.path)
        except StorageError:
            continue
        if contents.check == "ok":
            return contents
    return None
