"""Bulk inserts for imports: one statement for many rows, inside the caller's transaction.

On SQLite the rows go straight to the driver's ``executemany`` (values converted once by the
columns' own bind processors, so they read back exactly as ORM-written rows); elsewhere a Core
``INSERT ... RETURNING`` runs in batches.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Table, func, insert, select
from sqlmodel import Session


CHUNK = 2000


def bulk_insert(s: Session, table: Table, rows: list[dict[str, Any]],
                returning: Sequence[str] | None) -> list[tuple]:
    """Insert ``rows`` (dicts with the same keys); return ``(id, *returning)`` for each new row."""
    if not rows:
        return []
    names = list(rows[0])
    dialect = s.get_bind().dialect
    if dialect.name != "sqlite":
        stmt = insert(table)
        if returning is None:
            for start in range(0, len(rows), CHUNK):
                s.execute(stmt, rows[start:start + CHUNK])
            return []
        out: list[tuple] = []
        for start in range(0, len(rows), CHUNK):
            out += [tuple(r) for r in s.execute(stmt.returning(
                table.c.id, *(table.c[n] for n in returning), sort_by_parameter_order=True),
                rows[start:start + CHUNK])]
        return out
    before = None
    if returning is not None:
        before = s.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one()
    processors = [table.c[n].type._cached_bind_processor(dialect) for n in names]
    cache: list[dict[Any, Any]] = [{} for _ in names]

    def convert(index: int, value: Any) -> Any:
        proc = processors[index]
        if proc is None or value is None:
            return value
        memo = cache[index]
        if value not in memo:
            memo[value] = proc(value)
        return memo[value]

    needs = [i for i, p in enumerate(processors) if p is not None]
    params = []
    for row in rows:
        values = [row[n] for n in names]
        for i in needs:
            values[i] = convert(i, values[i])
        params.append(tuple(values))
    sql = (f'INSERT INTO "{table.name}" ({", ".join(chr(34) + n + chr(34) for n in names)}) '
           f'VALUES ({", ".join("?" for _ in names)})')
    conn = s.connection()
    for start in range(0, len(params), CHUNK):  # chunks let other threads (the GUI) run between
        conn.exec_driver_sql(sql, params[start:start + CHUNK])
    if returning is None:
        return []
    query = (select(table.c.id, *(table.c[n] for n in returning))
             .where(table.c.id > before).order_by(table.c.id))
    return [tuple(r) for r in s.execute(query)]
