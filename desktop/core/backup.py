"""Backups of the SQLite file with SQLite's online backup API, each verified before it counts."""
from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from .errors import StorageError
from .paths import backups_dir


def make_backup(database: Path, reason: str = "manual", dest_dir: Path | None = None) -> Path:
    """Copy ``database`` into the backups folder; the copy must pass ``quick_check``."""
    folder = dest_dir or backups_dir(database)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{database.stem}-{stamp}-{reason}.db"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        src = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(target)
            try:
                src.backup(dst)
                verdict = dst.execute("PRAGMA quick_check").fetchone()[0]
            finally:
                dst.close()
        finally:
            src.close()
    except (sqlite3.Error, OSError) as exc:
        target.unlink(missing_ok=True)
        raise StorageError(f"The backup of {database} failed: {exc}. Nothing was changed.",
                           f"备份 {database} 失败：{exc}。未做任何修改。") from exc
    if verdict != "ok":
        target.unlink(missing_ok=True)
        raise StorageError(f"The backup of {database} did not pass its check ({verdict}).",
                           f"{database} 的备份未通过校验（{verdict}）。")
    return target
