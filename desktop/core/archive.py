"""The whole database as one JSON archive, and back, so no organisation is locked in.

Format (``format_version`` 1)::

    {"format": "tingjian-archive", "format_version": 1, "app_version": "...",
     "schema_revision": "...", "created_at": "ISO time",
     "sha256": "<hex digest of the canonical JSON of `tables`>",
     "tables": {"<table>": {"columns": [...], "rows": [[...], ...]}, ...}}

Times are ISO 8601 in UTC. Import is all or nothing, into an empty database only.

The checksum proves the archive arrived as it was written (integrity), not who wrote it: anyone can
recompute it. So an archive is checked like any input: every value goes through the services'
rules (the closed vocabularies, the ranges, the length limits, times with a zone, links to rows
that exist), an approval of the minutes whose file is not present with that hash is kept as
"approved elsewhere, file not present" (no local file is taken as approved), and the size and
the nesting of the JSON are bounded. A failure is one line naming the table, the row and the column.

The tables are serialised once, canonically: on SQLite by SQLite's own JSON functions, one text
per row put together as text (no Python value per cell), elsewhere by the C encoder. The digest
is taken from those bytes, which are written as they are, and on reading hashed and parsed as
they are.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import Boolean, Integer, Table, func, select, text

from .archive_checks import _damaged, _rows
from .changes import Entity
from .db import Database
from .errors import ValidationError
from .exports import save_via_temp
from .gcpause import no_gc_pauses
from .models import UTCDateTime, metadata
from .clock import SYSTEM_CLOCK

FORMAT = "tingjian-archive"
FORMAT_VERSION = 1
Progress = Callable[[int, int], None]
# Tables a new database already fills (the built-in deadline policies): an archive's rows replace them.
SEEDED = ("deadline_policy",)
TRANSIENT = ("seat", "change_note")  # who is connected, what the feed told: never archived
MAX_ARCHIVE_BYTES = 1024 * 1024 * 1024
BULK_CACHE_KIB = 512 * 1024  # the page cache while an archive is loaded
_MARKER = b', "tables": '


def _app_version() -> str:
    from desktop import __version__

    return __version__


def _encode(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    return value


def _iso_sql(name: str) -> str:
    """SQLite keeps a UTC time as 'YYYY-MM-DD HH:MM:SS.ffffff'; this SQL gives the ISO text
    ``datetime.isoformat()`` writes for it ('YYYY-MM-DDTHH:MM:SS[.ffffff]+00:00'): the space
    becomes a T, a fraction of six zeros goes (the only '.' of the text is the fraction's),
    and NULL stays NULL."""
    return f"replace(replace(\"{name}\", ' ', 'T'), '.000000', '') || '+00:00'"


def _export_rows(conn: Any, table: Table, dialect: str) -> list[list]:
    """Every row of ``table`` as JSON values, in primary-key order."""
    pk = [c.name for c in table.primary_key.columns]
    flags = [i for i, c in enumerate(table.columns) if isinstance(c.type, Boolean)]
    if dialect == "sqlite":  # the conversions run in SQLite's C code
        parts = [_iso_sql(c.name) if isinstance(c.type, UTCDateTime) else f'"{c.name}"'
                 for c in table.columns]
        order = ", ".join(f'"{n}"' for n in pk)
        cursor = conn.connection.driver_connection.execute(
            f'SELECT {", ".join(parts)} FROM "{table.name}" ORDER BY {order}')
        rows = list(map(list, cursor.fetchall()))
        for i in flags:
            for row in rows:
                if row[i] is not None:
                    row[i] = bool(row[i])
        return rows
    times = [i for i, c in enumerate(table.columns) if isinstance(c.type, UTCDateTime)]
    rows = [list(r) for r in conn.execute(select(table).order_by(*table.primary_key.columns))]
    for row in rows:
        for i in times:
            if row[i] is not None:
                row[i] = row[i].astimezone(UTC).isoformat()
    return rows


def _canonical(tables: dict) -> bytes:
    return json.dumps(tables, ensure_ascii=False, sort_keys=True,
                      separators=(",", ":")).encode("utf-8")


def _digest(tables: dict) -> str:
    return hashlib.sha256(_canonical(tables)).hexdigest()


def _json_sql(column: Any) -> str:
    """The SQLite expression for one column's JSON value inside ``json_array``."""
    q = f'"{column.name}"'
    if isinstance(column.type, UTCDateTime):
        return _iso_sql(column.name)
    if isinstance(column.type, Boolean):
        return f"CASE WHEN {q} IS NULL THEN NULL WHEN {q} THEN json('true') ELSE json('false') END"
    return q


def _sqlite_rows_json(raw: Any, table: Table) -> tuple[bytes, int] | None:
    """The rows of ``table`` as the canonical JSON ``json.dumps`` would write for
    ``_export_rows``' lists (UTF-8), made by SQLite's own JSON functions (one string per row,
    in primary-key order), and the row count; None when SQLite cannot say it the same way: no
    JSON functions, a BLOB, or a REAL in a numeric column (SQLite writes 1.0e+20 where Python
    writes 1e+20; text columns hold no REAL, their affinity makes it text). A row holding a
    REAL is marked with a NUL, which SQLite's JSON never holds unescaped."""
    numeric = [c.name for c in table.columns if isinstance(c.type, (Integer, Boolean))]
    mark = " OR ".join(f"typeof(\"{n}\") = 'real'" for n in numeric) or "0"
    order = ", ".join(f'"{c.name}"' for c in table.primary_key.columns)
    values = ", ".join(_json_sql(c) for c in table.columns)
    row = (f"json_array({values}) || CASE WHEN {mark} THEN char(0) ELSE '' END")
    if sqlite3.sqlite_version_info >= (3, 44):  # an ordered aggregate
        sql = f'SELECT group_concat({row}, \',\' ORDER BY {order}), count(*) FROM "{table.name}"'
    else:  # a subquery's order feeds group_concat (SQLite keeps it for an order-bound aggregate)
        sql = (f"SELECT group_concat(j, ','), count(*) FROM (SELECT {row} AS j "
               f'FROM "{table.name}" ORDER BY {order})')
    factory = raw.text_factory
    raw.text_factory = bytes  # SQLite's UTF-8 as it is: no decoding and encoding again
    try:
        text, count = raw.execute(sql).fetchone()
    except sqlite3.Error:  # no JSON functions, a BLOB, a table too large for one string
        return None
    finally:
        raw.text_factory = factory
    text = text or b""
    return None if b"\x00" in text else (text, count)


def _compact(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _body(conn: Any, dialect: str, progress: Progress | None) -> tuple[list[bytes], dict[str, int]]:
    """The canonical JSON of every table (``_canonical`` of ``{name: {"columns", "rows"}}``)
    as pieces to be written one after the other, and the row count per table. On SQLite the
    rows are written by SQLite's JSON functions and put together as text, so no Python value
    is made for any cell; a table SQLite cannot write exactly as ``json.dumps`` would goes
    through ``_export_rows``."""
    ordered = [t for t in metadata.sorted_tables if t.name not in TRANSIENT]
    raw = conn.connection.driver_connection if dialect == "sqlite" else None
    parts: dict[str, tuple[bytes, bytes]] = {}
    counts: dict[str, int] = {}
    for index, table in enumerate(ordered):
        made = _sqlite_rows_json(raw, table) if raw is not None else None
        if made is None:
            rows = _export_rows(conn, table, dialect)
            made = _compact(rows)[1:-1], len(rows)
        parts[table.name] = (_compact([c.name for c in table.columns]), made[0])
        counts[table.name] = made[1]
        if progress:
            progress(index + 1, len(ordered))
    pieces = [b"{"]
    for n, name in enumerate(sorted(parts)):
        columns, rows_json = parts[name]
        pieces += [b"," if n else b"", _compact(name), b':{"columns":', columns, b',"rows":[',
                   rows_json, b"]}"]
    pieces.append(b"}")
    return pieces, counts


@no_gc_pauses
def export_archive(db: Database, path: Path, progress: Progress | None = None,
                   now: datetime | None = None) -> dict[str, int]:
    """Write every table to ``path``; returns the row count per table."""
    with db.engine.connect() as conn:
        pieces, counts = _body(conn, db.dialect, progress)
    digest = hashlib.sha256()
    for piece in pieces:
        digest.update(piece)
    header = {
        "format": FORMAT, "format_version": FORMAT_VERSION, "app_version": _app_version(),
        "schema_revision": db.revision(),
        "created_at": (now or SYSTEM_CLOCK.now()).astimezone(UTC).isoformat(),
        "sha256": digest.hexdigest(),
    }
    head = json.dumps(header, ensure_ascii=False).encode("utf-8")

    def write(handle: BinaryIO) -> None:
        handle.write(head[:-1])
        handle.write(_MARKER)
        handle.writelines(pieces)
        handle.write(b"}")

    save_via_temp(write, path)
    return counts


class _Twice(ValueError):
    """A name given twice in one JSON object: which value counts would be a guess."""


def _unique(pairs: list[tuple[str, Any]]) -> dict:
    """One JSON object (``json.loads``' ``object_pairs_hook``): refused if a name repeats."""
    made = dict(pairs)
    if len(made) != len(pairs):
        seen: set[str] = set()
        for name, _value in pairs:
            if name in seen:
                raise _Twice(f"the name {name!r} is given twice in one object")
            seen.add(name)
    return made


def _parse(data: bytes) -> Any:
    try:
        return json.loads(data, object_pairs_hook=_unique)
    except RecursionError:
        raise _damaged("the JSON is nested more deeply than any archive") from None
    except (UnicodeDecodeError, ValueError) as exc:
        raise _damaged(str(exc).splitlines()[0][:120]) from None


def _load(data: bytes) -> tuple[dict, bool]:
    """The document, and whether its tables were verified against the digest already.

    An archive as written here has the canonical tables last: they are hashed and parsed as
    they are, once. Anything else (an archive reformatted by hand) is parsed whole and its
    tables serialised canonically for the digest."""
    at = data.find(_MARKER, 0, 65536)
    if at > 0:
        tail = data.rstrip()
        if tail.endswith(b"}"):
            try:
                header = json.loads(data[:at] + b"}", object_pairs_hook=_unique)
            except _Twice as exc:
                raise _damaged(str(exc)) from None
            except (ValueError, RecursionError):
                header = None
            if isinstance(header, dict) and isinstance(header.get("sha256"), str):
                body = tail[at + len(_MARKER):-1]
                if hashlib.sha256(body).hexdigest() == header["sha256"]:
                    header["tables"] = _parse(body)
                    return header, True
    return _parse(data), False


def read_archive(path: Path) -> dict:
    """Load and verify an archive without touching any database."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_ARCHIVE_BYTES:
            raise ValidationError(
                en=f"{path.name} is larger ({size:,} bytes) than an archive can be (at most "
                   f"{MAX_ARCHIVE_BYTES // (1024 * 1024):,} MB). Nothing was imported.",
                zh=f"{path.name} 过大（{size} 字节），超过归档文件的上限（"
                   f"{MAX_ARCHIVE_BYTES // (1024 * 1024)} MB）。未导入任何内容。")
        data = path.read_bytes()
    except FileNotFoundError:
        raise ValidationError(en=f"There is no file {path}.", zh=f"找不到文件 {path}。") from None
    except IsADirectoryError:
        raise ValidationError(en=f"{path} is a folder, not an archive.",
                              zh=f"{path} 是文件夹，不是归档文件。") from None
    except OSError as exc:
        raise _damaged(str(exc)[:120]) from exc
    document, verified = _load(data)
    del data
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise _damaged("no Tingjian archive header")
    version = document.get("format_version")
    if not isinstance(version, int):
        raise _damaged("no format version")
    if version > FORMAT_VERSION:
        raise ValidationError(
            en=f"This archive was written by a newer version of Tingjian (archive format {version}, "
            f"app {document.get('app_version', '?')}); this version reads format "
            f"{FORMAT_VERSION}. Install the newer version. Nothing was imported.",
            zh=f"该归档由更新版本的听见生成（归档格式 {version}，程序版本 "
            f"{document.get('app_version', '?')}），本版本只能读取格式 {FORMAT_VERSION}。"
            "请安装新版本。未导入任何内容。")
    tables = document.get("tables")
    if not isinstance(tables, dict):
        raise _damaged("no tables")
    if not verified and document.get("sha256") != _digest(tables):
        raise _damaged("checksum mismatch")
    known = {t.name: t for t in metadata.sorted_tables}
    for name, content in tables.items():
        if name not in known:
            raise ValidationError(
                en=f"The archive holds a table this version does not know ({name}); it was written "
                "by a newer version of Tingjian. Nothing was imported.",
                zh=f"归档包含本版本不认识的数据表（{name}），可能由更新版本生成。未导入任何内容。")
        if not isinstance(content, dict) or not isinstance(content.get("rows"), list) or \
                not isinstance(content.get("columns", []), list) or \
                not all(isinstance(c, str) for c in content.get("columns", [])):
            raise _damaged(f"table {name}")
        unknown = set(content.get("columns", [])) - {c.name for c in known[name].columns}
        if unknown:
            raise ValidationError(
                en=f"The archive has columns this version does not know ({name}: "
                f"{', '.join(sorted(unknown))}). Nothing was imported.",
                zh=f"归档包含本版本不认识的字段（{name}：{'、'.join(sorted(unknown))}）。未导入任何内容。")
    return document


def row_counts(db: Database) -> dict[str, int]:
    with db.engine.connect() as conn:
        return {t.name: int(conn.execute(select(func.count()).select_from(t)).scalar_one())
                for t in metadata.sorted_tables}


@no_gc_pauses
def import_archive(db: Database, path: Path, progress: Progress | None = None) -> dict[str, int]:
    """Load an archive into an empty database in one transaction; refuse otherwise."""
    document = read_archive(path)
    counts = {name: n for name, n in row_counts(db).items()
              if name not in SEEDED and name not in TRANSIENT}
    if any(counts.values()):
        filled = ", ".join(f"{k}: {v}" for k, v in counts.items() if v)
        raise ValidationError(
            en=f"The database is not empty ({filled}). Import an archive into a new, empty database "
            "(e.g. tingjian --db new.db import archive FILE). Nothing was imported.",
            zh=f"数据库不是空的（{filled}）。请导入到新的空数据库（例如 tingjian --db new.db import "
            "archive 文件）。未导入任何内容。")
    tables = document["tables"]
    ordered = [t for t in metadata.sorted_tables if t.name in tables]
    total = sum(len(tables[t.name]["rows"]) for t in ordered) or 1
    checked: list[tuple[Table, list[str], list[list[Any]]]] = []
    ids: dict[tuple[str, str], set] = {}
    for table in ordered:  # everything is checked before anything is written
        content = tables[table.name]
        columns = content.get("columns") or [c.name for c in table.columns]
        missing = [c.name for c in table.columns if c.name not in columns and not c.nullable
                   and c.default is None and c.server_default is None and not c.primary_key]
        if missing and content["rows"]:
            raise _damaged(f"table {table.name} lacks the columns {', '.join(missing)}")
        checked.append((table, columns, _rows(table, columns, content["rows"], ids,
                                              db.dialect == "sqlite")))
    del tables, document
    done = 0
    try:
        with db.engine.connect() as conn, _bulk_load(conn, db.dialect), conn.begin():
            # SQLite: the tables' own indexes are dropped and made again, from their stored
            # definitions, after the rows are in (one sort instead of 280,000 index updates)
            indexes = _drop_indexes(conn, [t.name for t, _c, _r in checked]) \
                if db.dialect == "sqlite" else []
            for table, _columns, _rows_of in checked:  # the archive's rows replace what was seeded
                if table.name in SEEDED:
                    conn.execute(table.delete())
            for table, columns, rows in checked:
                for start in range(0, len(rows), 20_000):
                    part = rows[start:start + 20_000]
                    _insert(conn, table, columns, part, db.dialect == "sqlite")
                    done += len(part)
                    if progress:
                        progress(done, total)
            for sql in indexes:
                conn.exec_driver_sql(sql)
            if db.dialect == "sqlite":
                _links_hold(conn)
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
    db.notify(Entity.ALL)
    return {t.name: len(r) for t, _c, r in checked}


@contextmanager
def _bulk_load(conn: Any, dialect: str) -> Iterator[None]:
    """SQLite, for the one transaction that fills an empty database: a page cache large enough
    to hold what it writes until the commit, instead of spilling it into the log page by page,
    and the links checked once for all rows (``_links_hold``, before the commit) instead of
    one lookup per inserted row. Settings of this connection only, put back afterwards (SQLite
    changes ``foreign_keys`` only outside a transaction); the commit is as durable as any."""
    if dialect != "sqlite":
        yield
        return
    raw = conn.connection.driver_connection
    cache = raw.execute("PRAGMA cache_size").fetchone()[0]
    keys = raw.execute("PRAGMA foreign_keys").fetchone()[0]
    raw.execute(f"PRAGMA cache_size={-BULK_CACHE_KIB}")
    raw.execute("PRAGMA foreign_keys=OFF")
    try:
        yield
    finally:
        raw.execute(f"PRAGMA foreign_keys={int(keys)}")
        raw.execute(f"PRAGMA cache_size={cache}")


def _links_hold(conn: Any) -> None:
    """Every link of the loaded rows points at a row that exists, as the database's own
    foreign keys define them (the archive's links were checked against its rows already; this
    is the database's word on the same, inside the transaction)."""
    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").first()
    if broken is not None:
        table, rowid, parent, _n = broken
        raise _damaged(f"table {table}, row {rowid}: a link to {parent} that does not exist")


def _drop_indexes(conn: Any, tables: list[str]) -> list[str]:
    """Drop the named indexes of ``tables`` (not those behind a primary key or UNIQUE, which
    have no SQL); return the statements that make them again."""
    marks = ", ".join("?" for _ in tables)
    found = conn.exec_driver_sql(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        f"AND tbl_name IN ({marks})", tuple(tables)).fetchall()
    for name, _sql in found:
        conn.exec_driver_sql(f'DROP INDEX "{name}"')
    return [sql for _name, sql in found]


def _insert(conn: Any, table: Table, columns: list[str], rows: list[list[Any]], sqlite: bool
            ) -> None:
    """Checked rows into ``table``: on SQLite straight to the driver (values already as stored),
    elsewhere through SQLAlchemy Core."""
    if not rows:
        return
    if sqlite:
        names = ", ".join(f'"{c}"' for c in columns)
        marks = ", ".join("?" for _ in columns)
        conn.connection.driver_connection.executemany(  # rows as they are, lists or tuples
            f'INSERT INTO "{table.name}" ({names}) VALUES ({marks})', rows)
        return
    conn.execute(table.insert(), [dict(zip(columns, r, strict=True)) for r in rows])
