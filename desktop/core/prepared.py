"""Core statements compiled once per dialect and run on the driver's own cursor.

The capture path (Enter in the room, dozens of times an hour, the screen waiting for the
commit) sends a handful of small statements. Through ``Connection.execute`` each one costs
SQLAlchemy's execution context, result set-up and a fresh driver cursor (psycopg then looks up
its type adapters again for every statement): measured, this doubled the driver's own time and
made the capture cost about 3.5x the client CPU of the same statements sent by bare psycopg.
A :class:`Prepared` statement is compiled by SQLAlchemy once per dialect (the same SQL text
``Connection.execute`` would send) and keeps the bind processors of its parameters (a
``UTCDateTime`` still refuses a naive time and stores UTC), so each execution only converts the
parameters and calls the cursor. Rows come back as the driver gives them (no result
processing): select only plain values such as ids.

``Database.statements()`` runs them in one transaction; see there.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql import ClauseElement

from .changes import Entity, changed, note_change


@dataclass(frozen=True)
class Compiled:
    """One statement's SQL for one dialect and how to turn named values into its parameters."""

    sql: str
    names: tuple[str, ...]  # every parameter, in the order a positional paramstyle wants
    positional: bool
    processors: tuple[tuple[str, Callable[[Any], Any]], ...]
    defaults: tuple[tuple[str, Any], ...]  # scalar column defaults of an insert's missing keys

    def params(self, values: Mapping[str, Any]) -> Any:
        if self.defaults:
            values = {**dict(self.defaults), **values}
        if self.processors:
            values = dict(values)
            for name, process in self.processors:
                values[name] = process(values[name])
        if self.positional:
            return tuple(values[name] for name in self.names)
        if len(values) != len(self.names):  # the driver gets exactly the statement's names
            return {name: values[name] for name in self.names}
        return values


class Prepared:
    """A Core statement (select or insert, no ORM entities) compiled once per dialect.

    ``keys`` are the parameter names every execution gives (an insert is compiled for exactly
    those columns, as ``Connection.execute`` compiles it for the keys of its parameters)."""

    def __init__(self, statement: ClauseElement, keys: Iterable[str] | None = None) -> None:
        self.statement = statement
        self.keys = tuple(keys) if keys is not None else None
        self._by_dialect: dict[str, Compiled] = {}

    def compiled(self, dialect: Dialect) -> Compiled:
        done = self._by_dialect.get(dialect.name)
        if done is None:
            done = self._by_dialect[dialect.name] = self._compile(dialect)
        return done

    def _compile(self, dialect: Dialect) -> Compiled:
        compiled = self.statement.compile(dialect=dialect, column_keys=(
            list(self.keys) if self.keys is not None else None))
        defaults: list[tuple[str, Any]] = []
        for column in [*compiled.insert_prefetch, *compiled.update_prefetch]:
            default = column.default
            if default is None or not default.is_scalar:  # a callable or SQL default: give it
                raise ValueError(f"{column} needs a value in every execution of {self.statement}")
            defaults.append((column.key, default.arg))
        names = tuple(compiled.positiontup or compiled.bind_names.values())
        binds = {compiled.bind_names[b]: b for b in compiled.bind_names}
        processors = []
        for name in names:
            process = binds[name].type.dialect_impl(dialect).bind_processor(dialect)
            if process is not None:
                processors.append((name, process))
        return Compiled(compiled.string, names, bool(compiled.positiontup), tuple(processors),
                        tuple(defaults))


class Statements:
    """The transaction of ``Database.statements()``: prepared statements on one driver cursor.

    Driver errors come out as SQLAlchemy's (``IntegrityError``, ``OperationalError``, ...),
    a lost connection invalidated, as from ``Connection.execute``."""

    def __init__(self, conn: Connection, session: Any | None) -> None:
        self._conn = conn
        self._session = session  # joined: run through its connection, notes on it
        self._dialect = conn.dialect
        self._cursor: Any = None
        self.changes: dict[Entity, set[int]] = {}

    def changed(self, ent: Entity, *ids: int | None) -> None:
        if self._session is not None:
            changed(self._session, ent, *ids)
            return
        note_change(self.changes, ent, ids)

    def execute(self, statement: Prepared, params: Mapping[str, Any]) -> Any:
        """Run ``statement``; returns the driver's cursor (``fetchone()``) or, joined, the
        result."""
        if self._session is not None:
            return self._conn.execute(statement.statement, dict(params))
        compiled = statement.compiled(self._dialect)
        args = compiled.params(params)
        return self._run(compiled.sql, args, False)

    def executemany(self, statement: Prepared, rows: list[Mapping[str, Any]]) -> None:
        if self._session is not None:
            self._conn.execute(statement.statement, [dict(r) for r in rows])
            return
        compiled = statement.compiled(self._dialect)
        self._run(compiled.sql, [compiled.params(r) for r in rows], True)

    def close(self) -> None:
        cursor, self._cursor = self._cursor, None
        if cursor is not None:
            cursor.close()

    def _run(self, sql: str, args: Any, many: bool) -> Any:
        dbapi_conn = self._conn.connection.dbapi_connection
        cursor = self._cursor
        try:
            if cursor is None:
                cursor = self._cursor = dbapi_conn.cursor()
            if many:
                cursor.executemany(sql, args)
            else:
                cursor.execute(sql, args)
        except self._dialect.loaded_dbapi.Error as exc:
            gone = self._dialect.is_disconnect(exc, dbapi_conn, cursor)
            if gone:
                self._conn.invalidate(exc)
            raise DBAPIError.instance(sql, args, exc, self._dialect.loaded_dbapi.Error,
                                      connection_invalidated=gone,
                                      dialect=self._dialect) from exc
        return cursor
