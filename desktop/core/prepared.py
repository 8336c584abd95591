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

from sqlalchemy.engine import Dialect
from sqlalchemy.sql import ClauseElement


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
