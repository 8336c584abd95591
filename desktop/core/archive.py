"""The whole database as one JSON archive, and back, so no organisation is locked in.

Format (``format_version`` 1)::

    {"format": "tingjian-archive", "format_version": 1, "app_version": "...",
     "schema_revision": "...", "created_at": "ISO time",
     "sha256": "<hex digest of the canonical JSON of `tables`>",
     "tables": {"<table>": {"columns": [...], "rows": [[...], ...]}, ...}}

Times are ISO 8601 in UTC. Import is all or nothing, into an empty database only.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import Boolean, Integer, Table, func, select, text

from .db import Database
from .errors import ValidationError
from .exports import save_via_temp, text_over
from .gcpause import no_gc_pauses
from .models import UTCDateTime, metadata

FORMAT = "tingjian-archive"
FORMAT_VERSION = 1
Progress = Callable[[int, int], None]
ENTITIES = {"listening_session": "session", "holiday_day": "holiday", "holiday_year": "holiday"}
# Tables a new database already fills (the built-in deadline policies): an archive's rows replace them.
SEEDED = ("deadline_policy",)


def _app_version() -> str:
    from desktop import __version__

    return __version__


def _encode(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    return value


def _digest(tables: dict) -> str:
    canonical = json.dumps(tables, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


@no_gc_pauses
def export_archive(db: Database, path: Path, progress: Progress | None = None) -> dict[str, int]:
    """Write every table to ``path``; returns the row count per table."""
    tables: dict[str, dict] = {}
    ordered = list(metadata.sorted_tables)
    with db.engine.connect() as conn:
        for index, table in enumerate(ordered):
            columns = [c.name for c in table.columns]
            pk = list(table.primary_key.columns)
            rows = conn.execute(select(table).order_by(*pk)).fetchall()
            tables[table.name] = {"columns": columns,
                                  "rows": [[_encode(v) for v in row] for row in rows]}
            if progress:
                progress(index + 1, len(ordered))
    document = {
        "format": FORMAT, "format_version": FORMAT_VERSION, "app_version": _app_version(),
        "schema_revision": db.revision(), "created_at": datetime.now(UTC).isoformat(),
        "sha256": _digest(tables), "tables": tables,
    }

    def write(handle: BinaryIO) -> None:
        with text_over(handle, "utf-8") as fh:
            json.dump(document, fh, ensure_ascii=False)

    save_via_temp(write, path)
    return {name: len(t["rows"]) for name, t in tables.items()}


def _damaged(detail: str) -> ValidationError:
    return ValidationError(f"The archive is damaged or not a Tingjian archive ({detail}). "
                           "Nothing was imported.",
                           f"归档文件已损坏或不是听见的归档（{detail}）。未导入任何内容。")


def read_archive(path: Path) -> dict:
    """Load and verify an archive without touching any database."""
    try:
        with Path(path).open("r", encoding="utf-8") as fh:
            document = json.load(fh)
    except FileNotFoundError:
        raise ValidationError(f"There is no file {path}.", f"找不到文件 {path}。") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _damaged(str(exc)[:120]) from exc
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise _damaged("no Tingjian archive header")
    version = document.get("format_version")
    if not isinstance(version, int):
        raise _damaged("no format version")
    if version > FORMAT_VERSION:
        raise ValidationError(
            f"This archive was written by a newer version of Tingjian (archive format {version}, "
            f"app {document.get('app_version', '?')}); this version reads format "
            f"{FORMAT_VERSION}. Install the newer version. Nothing was imported.",
            f"该归档由更新版本的听见生成（归档格式 {version}，程序版本 "
            f"{document.get('app_version', '?')}），本版本只能读取格式 {FORMAT_VERSION}。"
            "请安装新版本。未导入任何内容。")
    tables = document.get("tables")
    if not isinstance(tables, dict):
        raise _damaged("no tables")
    if document.get("sha256") != _digest(tables):
        raise _damaged("checksum mismatch")
    known = {t.name: t for t in metadata.sorted_tables}
    for name, content in tables.items():
        if name not in known:
            raise ValidationError(
                f"The archive holds a table this version does not know ({name}); it was written "
                "by a newer version of Tingjian. Nothing was imported.",
                f"归档包含本版本不认识的数据表（{name}），可能由更新版本生成。未导入任何内容。")
        if not isinstance(content, dict) or not isinstance(content.get("rows"), list):
            raise _damaged(f"table {name}")
        unknown = set(content.get("columns", [])) - {c.name for c in known[name].columns}
        if unknown:
            raise ValidationError(
                f"The archive has columns this version does not know ({name}: "
                f"{', '.join(sorted(unknown))}). Nothing was imported.",
                f"归档包含本版本不认识的字段（{name}：{'、'.join(sorted(unknown))}）。未导入任何内容。")
    return document


def row_counts(db: Database) -> dict[str, int]:
    with db.engine.connect() as conn:
        return {t.name: int(conn.execute(select(func.count()).select_from(t)).scalar_one())
                for t in metadata.sorted_tables}


def _decode(table: Table, columns: list[str], row: list) -> dict[str, Any]:
    if len(row) != len(columns):
        raise _damaged(f"a row of {table.name} has {len(row)} values for {len(columns)} columns")
    values: dict[str, Any] = {}
    for name, value in zip(columns, row, strict=True):
        column_type = table.columns[name].type
        if value is not None and isinstance(column_type, UTCDateTime):
            try:
                value = datetime.fromisoformat(value)
            except (TypeError, ValueError):
                raise _damaged(f"bad time {value!r} in {table.name}.{name}") from None
            if value.tzinfo is None:
                raise _damaged(f"time without zone in {table.name}.{name}")
        elif value is not None and isinstance(column_type, Boolean):
            if not isinstance(value, bool):
                raise _damaged(f"bad flag {value!r} in {table.name}.{name}")
        elif value is not None and isinstance(column_type, Integer):
            if not isinstance(value, int) or isinstance(value, bool):
                raise _damaged(f"bad number {value!r} in {table.name}.{name}")
        values[name] = value
    return values


@no_gc_pauses
def import_archive(db: Database, path: Path, progress: Progress | None = None) -> dict[str, int]:
    """Load an archive into an empty database in one transaction; refuse otherwise."""
    document = read_archive(path)
    counts = {name: n for name, n in row_counts(db).items() if name not in SEEDED}
    if any(counts.values()):
        filled = ", ".join(f"{k}: {v}" for k, v in counts.items() if v)
        raise ValidationError(
            f"The database is not empty ({filled}). Import an archive into a new, empty database "
            "(e.g. tingjian --db new.db import archive FILE). Nothing was imported.",
            f"数据库不是空的（{filled}）。请导入到新的空数据库（例如 tingjian --db new.db import "
            "archive 文件）。未导入任何内容。")
    tables = document["tables"]
    ordered = [t for t in metadata.sorted_tables if t.name in tables]
    total = sum(len(tables[t.name]["rows"]) for t in ordered) or 1
    done = 0
    try:
        with db.engine.begin() as conn:
            for table in ordered:
                if table.name in SEEDED:
                    conn.execute(table.delete())
                content = tables[table.name]
                columns = content.get("columns") or [c.name for c in table.columns]
                rows = [_decode(table, columns, row) for row in content["rows"]]
                for start in range(0, len(rows), 1000):
                    conn.execute(table.insert(), rows[start:start + 1000])
                    done += len(rows[start:start + 1000])
                    if progress:
                        progress(done, total)
            if db.dialect == "postgresql":
                for table in ordered:
                    if "id" in table.columns and table.columns["id"].primary_key:
                        conn.execute(text(
                            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                            f"COALESCE(MAX(id), 1), MAX(id) IS NOT NULL) FROM {table.name}"))
            if db.dialect == "sqlite" and conn.exec_driver_sql(
                    "SELECT 1 FROM sqlite_master WHERE name='search_state'").first():
                conn.exec_driver_sql("DELETE FROM search_state")
                conn.exec_driver_sql("DELETE FROM search_fts")
    except ValidationError:
        raise
    except Exception as exc:  # constraint violations and the like: the transaction rolled back
        raise _damaged(str(exc).splitlines()[0][:200]) from exc
    for table in ordered:
        db.notify(ENTITIES.get(table.name, table.name), ())
    return {t.name: len(tables[t.name]["rows"]) for t in ordered}
