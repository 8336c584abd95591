"""Test set-up: offscreen Qt, a private data folder, databases on SQLite (and PostgreSQL)."""
from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TINGJIAN_LANG", "en")

PG_URL = os.environ.get("TINGJIAN_TEST_DATABASE_URL", "")


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("TINGJIAN_DATA_DIR", str(folder))
    return folder


@pytest.fixture(scope="session", autouse=True)
def _migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Build the SQLite schema once per run; each new test database is a copy of it.

    Running every migration for each of some two hundred test databases took about a fifth of
    the suite. A new, empty SQLite database migrated to head receives the pages of a template
    migrated once by the real migrations (SQLite's backup API copies them whole); any other
    upgrade (PostgreSQL, a partial revision, an existing older schema) runs the migrations.
    """
    from desktop.core import migrate
    from desktop.core.db import open_database, resolve_location

    path = tmp_path_factory.mktemp("template") / "template.db"
    open_database(resolve_location(path, path), backup=False).close()
    real = migrate.upgrade

    def upgrade(engine, revision: str = "head") -> None:  # noqa: ANN001
        if revision != "head" or engine.dialect.name != "sqlite" or not _is_empty(engine):
            real(engine, revision)
            return
        import sqlite3

        source = sqlite3.connect(path)
        try:
            with engine.connect() as conn:
                source.backup(conn.connection.driver_connection)
        finally:
            source.close()

    migrate.upgrade = upgrade
    yield
    migrate.upgrade = real


def _is_empty(engine) -> bool:  # noqa: ANN001
    from sqlalchemy import text

    with engine.connect() as conn:
        return conn.execute(text("SELECT count(*) FROM sqlite_master")).scalar() == 0


def _pg_schema_url(schema: str) -> str:
    sep = "&" if "?" in PG_URL else "?"
    return f"{PG_URL}{sep}options=-csearch_path%3D{schema}"


@pytest.fixture
def pg_database() -> Iterator:
    """A migrated database in a fresh PostgreSQL schema, dropped afterwards."""
    from sqlalchemy import create_engine, text

    from desktop.core.db import open_database, resolve_location

    if not PG_URL:
        pytest.skip("TINGJIAN_TEST_DATABASE_URL is not set")
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(resolve_location(PG_URL, Path("unused")).url)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    db = open_database(resolve_location(_pg_schema_url(schema), Path("unused")))
    try:
        yield db
    finally:
        db.close()
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def sqlite_database(tmp_path: Path) -> Iterator:
    from desktop.core.db import open_database, resolve_location

    path = tmp_path / "tingjian.db"
    db = open_database(resolve_location(path, path))
    yield db
    db.close()


BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)] if PG_URL else ["sqlite"]


@pytest.fixture(params=BACKENDS)
def db(request: pytest.FixtureRequest):
    """The core tests' database: SQLite always, PostgreSQL too when the URL is set."""
    name = "pg_database" if request.param == "postgres" else "sqlite_database"
    return request.getfixturevalue(name)


ZONES = ("UTC", "Asia/Shanghai", "America/New_York")


@pytest.fixture(params=ZONES)
def each_zone(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Run a date test with the machine's zone set to each of ``ZONES`` (TZ + tzset)."""
    import time

    monkeypatch.setenv("TZ", request.param)
    time.tzset()
    try:
        yield request.param
    finally:
        monkeypatch.undo()
        time.tzset()
