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

The tables are serialised once, canonically, by the C encoder; the digest is taken from those
bytes, which are written as they are, and on reading hashed and parsed as they are.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import Boolean, Integer, String, Table, func, select, text
from sqlmodel.sql.sqltypes import AutoString

from .db import Database
from .errors import TingjianError, ValidationError
from .exports import save_via_temp
from .gcpause import no_gc_pauses
from .models import UTCDateTime, metadata
from .models.enums import (
    AgendaKind, AttendanceRole, Channel, CommitmentStatus, DispositionKind, MinutesStatus,
    MinutesStyle, OpinionKind, OwnerKind, Satisfaction, SessionKind, SessionStatus, TurnStatus,
)
from .services.common import MAX_TEXT, MAX_TITLE, aware, choice, clean_text, non_negative
from .clock import SYSTEM_CLOCK

FORMAT = "tingjian-archive"
FORMAT_VERSION = 1
Progress = Callable[[int, int], None]
ENTITIES = {"listening_session": "session", "holiday_day": "holiday", "holiday_year": "holiday"}
# Tables a new database already fills (the built-in deadline policies): an archive's rows replace them.
SEEDED = ("deadline_policy",)
MAX_ARCHIVE_BYTES = 1024 * 1024 * 1024
_MARKER = b', "tables": '


# closed sets the services keep as plain strings (``sessions.LANGUAGES``, ``people.GENDERS``)
Language = StrEnum("Language", {"ZH": "zh", "EN": "en"})  # type: ignore[misc]
Gender = StrEnum("Gender", {"FEMALE": "female", "MALE": "male"})  # type: ignore[misc]

# (table, column) -> the enumeration its values must belong to, as the services check them
ENUMS: dict[tuple[str, str], type[StrEnum]] = {
    ("listening_session", "kind"): SessionKind, ("listening_session", "status"): SessionStatus,
    ("listening_session", "language"): Language, ("agenda_template", "session_kind"): SessionKind,
    ("agenda_template", "language"): Language, ("agenda_item", "kind"): AgendaKind,
    ("owner", "kind"): OwnerKind, ("attendance", "role"): AttendanceRole,
    ("speaker_turn", "status"): TurnStatus, ("opinion", "channel"): Channel,
    ("opinion", "kind"): OpinionKind, ("disposition", "kind"): DispositionKind,
    ("commitment", "status"): CommitmentStatus, ("follow_up", "satisfaction"): Satisfaction,
    ("minutes_version", "style"): MinutesStyle, ("minutes_version", "status"): MinutesStatus,
    ("person", "gender"): Gender,
}
# whole numbers: at most this (the services' bound where they have one)
MAXIMUM = {("opinion", "support_count"): 10**6}
LARGEST = 2**53
SHORT = {"title", "name", "group_name", "label", "speaker_label", "decided_by", "approved_by",
         "given_by", "caller", "author", "venue", "chair", "facilitator", "recorder", "organisation"}
EARLIEST, LATEST = datetime(1970, 1, 1, tzinfo=UTC), datetime(2200, 1, 1, tzinfo=UTC)


def _app_version() -> str:
    from desktop import __version__

    return __version__


def _encode(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    return value


def _iso_sql(name: str) -> str:
    """SQLite keeps a UTC time as 'YYYY-MM-DD HH:MM:SS.ffffff'; this SQL gives the ISO text
    ``datetime.isoformat()`` writes for it ('YYYY-MM-DDTHH:MM:SS[.ffffff]+00:00')."""
    q = f'"{name}"'
    return (f"CASE WHEN {q} IS NULL THEN NULL ELSE substr({q}, 1, 10) || 'T' || substr({q}, 12, 8)"
            f" || CASE WHEN substr({q}, 21) IN ('', '000000') THEN '' ELSE '.' || substr({q}, 21)"
            f" END || '+00:00' END")


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


@no_gc_pauses
def export_archive(db: Database, path: Path, progress: Progress | None = None,
                   now: datetime | None = None) -> dict[str, int]:
    """Write every table to ``path``; returns the row count per table."""
    tables: dict[str, dict] = {}
    ordered = list(metadata.sorted_tables)
    with db.engine.connect() as conn:
        for index, table in enumerate(ordered):
            columns = [c.name for c in table.columns]
            tables[table.name] = {"columns": columns, "rows": _export_rows(conn, table, db.dialect)}
            if progress:
                progress(index + 1, len(ordered))
    body = _canonical(tables)
    header = {
        "format": FORMAT, "format_version": FORMAT_VERSION, "app_version": _app_version(),
        "schema_revision": db.revision(),
        "created_at": (now or SYSTEM_CLOCK.now()).astimezone(UTC).isoformat(),
        "sha256": hashlib.sha256(body).hexdigest(),
    }
    head = json.dumps(header, ensure_ascii=False).encode("utf-8")

    def write(handle: BinaryIO) -> None:
        handle.write(head[:-1])
        handle.write(_MARKER)
        handle.write(body)
        handle.write(b"}")

    save_via_temp(write, path)
    return {name: len(t["rows"]) for name, t in tables.items()}


def _damaged(detail: str) -> ValidationError:
    return ValidationError(en=f"The archive is damaged or not a Tingjian archive ({detail}). "
                           "Nothing was imported.",
                           zh=f"归档文件已损坏或不是听见的归档（{detail}）。未导入任何内容。")


def _parse(data: bytes) -> Any:
    try:
        return json.loads(data)
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
                header = json.loads(data[:at] + b"}")
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


class _Bad(Exception):
    """A value the services would refuse: (English, Chinese) reason."""

    def __init__(self, en: str, zh: str) -> None:
        super().__init__(en)
        self.en, self.zh = en, zh


def _service_rule(rule: Callable[[], object]) -> None:
    """Run one of the services' validators; its refusal becomes the row's reason."""
    try:
        rule()
    except TingjianError as exc:
        raise _Bad(exc.en, exc.zh) from None


def _checker(table: Table, name: str, sqlite: bool) -> Callable[[Any], Any]:
    """The check (and conversion) of one column's values, decided once per column. On SQLite the
    value comes back as stored (a UTC time as 'YYYY-MM-DD HH:MM:SS.ffffff', a flag as 0/1)."""
    column = table.columns[name]
    kind = column.type
    nullable = column.nullable
    enum = ENUMS.get((table.name, name))
    label = f"{table.name}.{name}"

    def null(value: Any) -> Any:
        if nullable:
            return None
        raise _Bad(f"{label} may not be empty", f"{label} 不能为空")

    if isinstance(kind, UTCDateTime):
        def check(value: Any) -> Any:
            if value is None:
                return null(value)
            if type(value) is not str:
                raise _Bad(f"{label} is not a time ({value!r})", f"{label} 不是时间（{value!r}）")
            try:
                when = datetime.fromisoformat(value)
            except ValueError:
                raise _Bad(f"bad time {value!r} in {label}", f"{label} 的时间 {value!r} 无效") from None
            if when.tzinfo is None:
                _service_rule(lambda: aware(when, f"The time in {label}", f"{label} 的时间"))
            if not EARLIEST <= when < LATEST:
                raise _Bad(f"{label} {value!r} is outside 1970–2199",
                           f"{label} {value!r} 不在 1970–2199 年之间")
            if sqlite:
                if when.utcoffset():
                    when = when.astimezone(UTC)
                return when.replace(tzinfo=None).isoformat(" ", "microseconds")
            return when
    elif isinstance(kind, Boolean):
        def check(value: Any) -> Any:
            if value is None:
                return null(value)
            if type(value) is not bool:
                raise _Bad(f"bad flag {value!r} in {label}", f"{label} 的取值 {value!r} 不是是/否")
            return int(value) if sqlite else value
    elif isinstance(kind, Integer):
        keyed = column.primary_key or bool(column.foreign_keys)
        top = MAXIMUM.get((table.name, name), LARGEST)

        def check(value: Any) -> Any:
            if value is None:
                return null(value)
            if type(value) is not int:
                raise _Bad(f"bad number {value!r} in {label}", f"{label} 的数值 {value!r} 无效")
            if keyed:
                if value < 1:
                    raise _Bad(f"{label} {value!r} is not a row id", f"{label} {value!r} 不是有效编号")
            elif not 0 <= value <= top:
                _service_rule(lambda: non_negative(value, label, label, top))
            return value
    elif isinstance(kind, (String, AutoString)):
        limit = MAX_TITLE if name in SHORT else MAX_TEXT
        allowed = frozenset(e.value for e in enum) if enum else None

        def check(value: Any) -> Any:
            if value is None:
                return null(value)
            if type(value) is not str:
                raise _Bad(f"{label} is not text ({value!r})", f"{label} 不是文本（{value!r}）")
            if allowed is not None and value not in allowed:
                _service_rule(lambda: choice(value, enum, label, label))
            if len(value) > limit or "\x00" in value:
                _service_rule(lambda: clean_text(value, label, label, max_len=limit))
            return value
    else:  # pragma: no cover - every column type of the schema is handled above
        raise _damaged(f"{label} has a type this version cannot check")
    return check


def _where(table: Table, index: int, row: list, columns: list[str]) -> tuple[str, str]:
    ident = row[columns.index("id")] if "id" in columns and isinstance(row, list) and \
        len(row) == len(columns) else None
    which = f"row {index + 1}" + (f" (id {ident})" if ident is not None else "")
    which_zh = f"第 {index + 1} 行" + (f"（编号 {ident}）" if ident is not None else "")
    return f"table {table.name}, {which}", f"表 {table.name} {which_zh}"


def _refused(table: Table, index: int, row: list, columns: list[str], en: str, zh: str
             ) -> ValidationError:
    where_en, where_zh = _where(table, index, row, columns)
    return ValidationError(en=f"The archive was not imported: {where_en}: {en}.",
                           zh=f"归档未导入：{where_zh}：{zh}。")


def _rows(table: Table, columns: list[str], rows: list, ids: dict[tuple[str, str], set],
          sqlite: bool) -> list[list[Any]]:
    """Every row of one table checked and converted; links must point at rows of the archive.

    The checks run column by column on whole columns (sets, ``map`` and joins in C); only a
    column where something is wrong, or not in the usual form, is gone through value by value
    with the per-value checks, which also name the first bad row."""
    width = len(columns)
    bad = next((i for i, r in enumerate(rows) if r.__class__ is not list or len(r) != width), None)
    if bad is not None:
        row = rows[bad]
        got = len(row) if isinstance(row, list) else type(row).__name__
        raise _refused(table, bad, [], columns, f"{got} values for {width} columns",
                       f"有 {got} 个值，应为 {width} 个")
    # A link points at a key column of its table (the id, or e.g. holiday_year.year); ``ids``
    # holds, per (table, key column), the keys of the rows already checked.
    keys = [columns.index(c.name) for c in table.primary_key.columns if c.name in columns]
    links = {}
    for i, name in enumerate(columns):
        for foreign in table.columns[name].foreign_keys:
            links[i] = (foreign.column.table.name, foreign.column.name)
    for at in keys:
        if (table.name, columns[at]) in links.values():  # self links
            ids[(table.name, columns[at])] = set(r[at] for r in rows)
    cells = list(zip(*rows)) if rows else [() for _ in columns]
    converted = []
    for i, name in enumerate(columns):
        column = _fast_column(table, name, cells[i], sqlite)
        if column is None:
            check = _checker(table, name, sqlite)
            column = []
            for index, value in enumerate(cells[i]):
                try:
                    column.append(check(value))
                except _Bad as exc:
                    raise _refused(table, index, rows[index], columns, exc.en, exc.zh) from None
        target = links.get(i)
        if target is not None:
            known = ids.get(target, set())
            target = target[0]
            if not set(column) - {None} <= known:
                index = next(n for n, v in enumerate(column) if v is not None and v not in known)
                raise _refused(table, index, rows[index], columns,
                               f"{name} points at {target} #{column[index]}, which the archive "
                               "does not hold", f"{name} 指向不存在的 {target} #{column[index]}")
        converted.append(column)
    out = [list(r) for r in zip(*converted)] if rows else []
    for at in keys:
        ids[(table.name, columns[at])] = set(converted[at])
    if table.name in ("disposition", "commitment", "minutes_version"):
        _business_rules(table, out, rows, columns)
    return out


def _fast_column(table: Table, name: str, values: tuple, sqlite: bool) -> list | tuple | None:
    """The whole column checked at once, converted as ``_checker`` would; None if any value
    needs the per-value checks (a problem, or an unusual form)."""
    column = table.columns[name]
    kind = column.type
    types = set(map(type, values))
    if type(None) in types:
        if not column.nullable:
            return None
        types.discard(type(None))
    present = [v for v in values if v is not None] if column.nullable else values
    if isinstance(kind, UTCDateTime):
        if not types <= {str} or not all(len(v) in (25, 32) and v.endswith("+00:00") and
                                         v[10] == "T" for v in present):
            return None
        try:
            for v in present:
                datetime.fromisoformat(v)
        except ValueError:
            return None
        if present and not ("1970" <= min(present)[:4] and max(present)[:4] < "2200"):
            return None
        if not sqlite:
            return [None if v is None else datetime.fromisoformat(v) for v in values]
        return [None if v is None else
                v[:10] + " " + v[11:19] + (v[19:26] if len(v) == 32 else ".000000")
                for v in values]
    if isinstance(kind, Boolean):
        if not types <= {bool}:
            return None
        return [None if v is None else int(v) for v in values] if sqlite else values
    if isinstance(kind, Integer):
        if not types <= {int} or not present:
            return values if not present and types <= {int} else None
        low = 1 if column.primary_key or column.foreign_keys else 0
        top = LARGEST if low else MAXIMUM.get((table.name, name), LARGEST)
        return values if low <= min(present) and max(present) <= top else None
    if isinstance(kind, (String, AutoString)):
        if not types <= {str}:
            return None
        enum = ENUMS.get((table.name, name))
        if enum is not None and not set(present) <= {e.value for e in enum}:
            return None
        limit = MAX_TITLE if name in SHORT else MAX_TEXT
        if present and (max(map(len, present)) > limit or "\x00" in "\x01".join(present)):
            return None
        return values
    return None


def _business_rules(table: Table, out: list[list], rows: list, columns: list[str]) -> None:
    """The services' rules across columns: a reason where one is required; an approval of a
    file that is not here is kept as approved elsewhere, never as this installation's."""
    for index, listed in enumerate(out):
        values = dict(zip(columns, listed, strict=True))
        if table.name == "disposition" and values.get("kind") == "not_adopted" and \
                not str(values.get("reason", "")).strip():
            raise _refused(table, index, rows[index], columns,
                           "a disposition 'not adopted' needs its reason",
                           "“不予采纳”必须说明理由")
        if table.name == "commitment" and values.get("status") == "cannot_do" and \
                not str(values.get("status_reason", "")).strip():
            raise _refused(table, index, rows[index], columns,
                           "a commitment that cannot be done needs its reason",
                           "“无法办理”的承诺事项必须说明理由")
        if table.name == "minutes_version" and values.get("status") == "approved":
            if not values.get("approved_by") or values.get("approved_at") is None:
                raise _refused(table, index, rows[index], columns,
                               "an approved version needs who approved it and when",
                               "已审定的版本必须有审定人和审定时间")
            if not _file_matches(values.get("file_path", ""), values.get("sha256", "")):
                listed[columns.index("file_path")] = ""  # approved elsewhere, file not present


def _file_matches(file_path: str, sha256: str) -> bool:
    from .services.minutes_versions import file_sha256

    if not file_path or not sha256:
        return False
    path = Path(file_path)
    try:
        return path.is_file() and file_sha256(path) == sha256
    except OSError:
        return False


@no_gc_pauses
def import_archive(db: Database, path: Path, progress: Progress | None = None) -> dict[str, int]:
    """Load an archive into an empty database in one transaction; refuse otherwise."""
    document = read_archive(path)
    counts = {name: n for name, n in row_counts(db).items() if name not in SEEDED}
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
        with db.engine.begin() as conn:
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
    for table, _columns, _rows_of in checked:
        db.notify(ENTITIES.get(table.name, table.name), ())
    return {t.name: len(r) for t, _c, r in checked}


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
        conn.exec_driver_sql(f'INSERT INTO "{table.name}" ({names}) VALUES ({marks})',
                             [tuple(r) for r in rows])
        return
    conn.execute(table.insert(), [dict(zip(columns, r, strict=True)) for r in rows])
