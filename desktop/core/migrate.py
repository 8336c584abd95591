"""Schema migrations with Alembic, run from code (no alembic.ini needed).

Alembic itself is imported only when a migration actually runs: telling the current and the
known revisions is plain SQL and a look at the versions folder, which keeps start-up fast.
SQLAlchemy too is imported only by the functions that take an engine, so that the first screen
can ask for the head revision before the database layer is loaded.
"""
from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Engine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
_REVISION = re.compile(r"^revision\s*=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN = re.compile(r"^down_revision\s*=\s*(None|['\"]([^'\"]+)['\"])", re.MULTILINE)


def alembic_config(connection: Connection | None = None):  # noqa: ANN201 - alembic's Config
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


@cache
def _graph() -> dict[str, str | None]:
    """revision -> down_revision, read from the migration files."""
    graph: dict[str, str | None] = {}
    for path in (MIGRATIONS / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        rev, down = _REVISION.search(source), _DOWN.search(source)
        if rev:
            graph[rev.group(1)] = down.group(2) if down else None
    return graph


def head_revision() -> str:
    graph = _graph()
    heads = set(graph) - {down for down in graph.values() if down}
    assert len(heads) == 1, f"the migrations must have one head, found {sorted(heads)}"
    return heads.pop()


def known_revisions() -> set[str]:
    return set(_graph())


def current_revision(engine: Engine) -> str | None:
    from sqlalchemy import inspect, text

    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def has_foreign_tables(engine: Engine) -> bool:
    """True when the database holds tables but no Alembic stamp: not a Tingjian database."""
    from sqlalchemy import inspect

    names = set(inspect(engine).get_table_names())
    return bool(names) and "alembic_version" not in names


def has_empty_stamp(engine: Engine) -> bool:
    """True when an ``alembic_version`` table exists without a row beside other tables: a
    half-made or edited file whose schema version cannot be told (upgrading it would fail)."""
    from sqlalchemy import inspect, text

    with engine.connect() as conn:
        names = set(inspect(conn).get_table_names())
        if "alembic_version" not in names or names == {"alembic_version"}:
            return False
        return conn.execute(text("SELECT count(*) FROM alembic_version")).scalar() == 0


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), revision)


def downgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), revision)
