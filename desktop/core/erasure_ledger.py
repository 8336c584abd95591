"""The erasure ledger: a small file beside the backups that outlives any one database file.

A backup taken before an erasure still holds the person. The ledger records each erasure (a
person erased on request, a contact erased by retention) without any of the erased data: the
person's id, the creation time of that row (so an id is never matched to another person in an
unrelated file), when, by whom, the masked reason and the anonymous label. After a restore, and at
every start of the app, the entries are applied again to whatever the database now holds.

One JSON object per line, appended and flushed to disk; a damaged line is skipped, not fatal.
"""
from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from .errors import StorageError
from .paths import backups_dir

KINDS = ("person", "contact")


@dataclass(frozen=True)
class LedgerEntry:
    kind: str  # "person": erased on request; "contact": contact erased by retention
    person_id: int
    person_created_at: str  # ISO time of the person row: identifies it across backups
    erased_at: str
    label: str = ""
    by: str = ""
    reason: str = ""

    @property
    def erased_time(self) -> datetime:
        return datetime.fromisoformat(self.erased_at)


def ledger_path(database: Path) -> Path:
    return backups_dir(database) / f"{database.stem}-erasures.jsonl"


def append(path: Path, entry: LedgerEntry) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as fh:
            fh.write(json.dumps(asdict(entry), ensure_ascii=False) + "\n")
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as exc:
        raise StorageError(
            en=f"The erasure could not be noted in {path}: {exc.strerror or exc}. Nothing was "
               "erased; make the folder writable and try again.",
            zh=f"无法在 {path} 中记录删除：{exc.strerror or exc}。未删除任何内容；"
               "请确保该文件夹可写后重试。") from exc


def read(path: Path) -> list[LedgerEntry]:
    if not path.is_file():
        return []
    entries = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        try:
            raw = json.loads(line)
            entry = LedgerEntry(**{k: raw[k] for k in LedgerEntry.__dataclass_fields__
                                   if k in raw})
            if entry.kind in KINDS and isinstance(entry.person_id, int):
                entry.erased_time  # noqa: B018 - a readable time, or the line is skipped
                entries.append(entry)
        except (ValueError, TypeError, KeyError, AttributeError):
            continue
    return entries
