"""Every value of an archive checked as the services check input: the closed vocabularies, the
ranges, the length limits, times with a zone, links to rows the archive holds, and the rules
between fields (a reason where one is required, an approval whose file is present). A refusal is
one line naming the table, the row and the column (``archive.import_archive`` raises it)."""
from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, date, datetime, time
from functools import partial
from operator import is_not, itemgetter
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import Boolean, Integer, String, Table
from sqlmodel.sql.sqltypes import AutoString

from .errors import TingjianError, ValidationError
from .models import UTCDateTime
from .models.enums import (
    AgendaKind, AttendanceRole, Channel, CommitmentStatus, DispositionKind, MinutesStatus,
    MinutesStyle, OpinionKind, OwnerKind, Satisfaction, SessionKind, SessionStatus, TurnStatus,
)
from .services.common import MAX_TEXT, MAX_TITLE, aware, choice, clean_text, non_negative

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



def _damaged(detail: str) -> ValidationError:
    return ValidationError(en=f"The archive is damaged or not a Tingjian archive ({detail}). "
                           "Nothing was imported.",
                           zh=f"归档文件已损坏或不是听见的归档（{detail}）。未导入任何内容。")


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
    bad = None
    if not (set(map(type, rows)) <= {list} and set(map(len, rows)) <= {width}):
        bad = next(i for i, r in enumerate(rows) if r.__class__ is not list or len(r) != width)
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
    if not rows:
        out: list = []
    elif table.name in _BUSINESS_TABLES:  # _business_rules may change a value
        out = [list(r) for r in zip(*converted)]
    else:
        out = list(zip(*converted))
    for at in keys:
        ids[(table.name, columns[at])] = set(converted[at])
    if table.name in _BUSINESS_TABLES:
        _business_rules(table, out, rows, columns)
    return out


# Times as an archive writes them: date, T, time, microseconds or none, UTC. The shape is checked
# on the whole column's text with every digit made a 9; whether each distinct date is in the
# calendar (no 30 February) and each distinct time of day a time (00:00:00-23:59:59) is asked
# of ``date`` and ``time``.
_NINES = bytes.maketrans(b"0123456789", b"9" * 10)
_SHAPES = (b"9999-99-99T99:99:99+99:99\n", b"9999-99-99T99:99:99.999999+99:99\n")
_LENGTHS = {len(shape) - 1 for shape in _SHAPES}
_DAY, _TIME_OF_DAY = itemgetter(slice(0, 10)), itemgetter(slice(11, 19))
_PRESENT = partial(is_not, None)
_TWO_FRACTIONS = re.compile(r"(\.\d{6})\.000000")


_BUSINESS_TABLES = ("disposition", "commitment", "minutes_version")

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
    present = list(filter(_PRESENT, values)) if column.nullable else values
    if isinstance(kind, UTCDateTime):
        if not types <= {str}:
            return None
        joined = "\n".join(present)
        if present and not _iso_utc(joined, present):
            return None
        if not sqlite:
            parsed = list(map(datetime.fromisoformat, present))
        elif present:  # as SQLite keeps them, 'YYYY-MM-DD HH:MM:SS.ffffff', made on the whole
            # text: every zone becomes six zero digits, then a time that had its microseconds
            # (and so now two fractions) loses the zeros again
            joined = joined.replace("+00:00", ".000000").replace("T", " ")
            if joined.count(".") != len(present):
                joined = _TWO_FRACTIONS.sub(r"\1", joined)
            parsed = joined.split("\n")
        else:
            parsed = []
        if len(present) == len(values):
            return parsed
        stored = iter(parsed)
        return [None if v is None else next(stored) for v in values]
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
        if enum is not None:  # the vocabulary's words are short and hold no NUL
            return values if set(present) <= {e.value for e in enum} else None
        limit = MAX_TITLE if name in SHORT else MAX_TEXT
        if present and (max(map(len, present)) > limit or "\x00" in "\x01".join(present)):
            return None
        return values
    return None


def _iso_utc(joined: str, present: list | tuple) -> bool:
    """Whether every time of the column is written as an archive writes it, in 1970-2199."""
    if not set(map(len, present)) <= _LENGTHS or not joined.isascii():
        return False
    lines = joined + "\n"
    nines = lines.encode("ascii").translate(_NINES)
    if sum(nines.count(shape) * len(shape) for shape in _SHAPES) != len(nines):
        return False  # every line is exactly one of the shapes (the lengths are whole lines')
    if lines.count("+00:00\n") != len(present):
        return False  # and in UTC
    days = set(map(_DAY, present))
    try:
        set(map(date.fromisoformat, days))
        set(map(time.fromisoformat, set(map(_TIME_OF_DAY, present))))
    except ValueError:
        return False
    return "1970" <= min(days)[:4] and max(days)[:4] < "2200"


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
