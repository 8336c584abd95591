"""Where the data lives: a SQLite file or a server URL.

SQLAlchemy is imported only for URLs, so that the first screen can find a SQLite file before the
database layer is loaded.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .errors import StorageError


@dataclass(frozen=True)
class Location:
    """Where the data lives: a SQLite file or a server URL."""

    url: str
    path: Path | None  # set for SQLite files

    @property
    def is_sqlite(self) -> bool:
        return self.path is not None

    def display(self) -> str:
        if self.path is not None:
            return str(self.path)
        from sqlalchemy.engine import make_url

        url = make_url(self.url)
        if url.drivername.startswith("postgresql+"):  # the driver is ours to know
            url = url.set(drivername="postgresql")
        return url.render_as_string(hide_password=True)


def resolve_location(value: str | Path | None, default: Path) -> Location:
    """``--db`` takes a path or a URL; nothing given means the file in the data folder."""
    if value is None or str(value) == "":
        path = Path(default)
        return Location(f"sqlite:///{path}", path)
    raw = str(value)
    if "://" in raw:
        from sqlalchemy.engine import make_url
        from sqlalchemy.exc import ArgumentError

        try:
            url = make_url(raw)
        except ArgumentError as exc:
            raise StorageError(en=f"Not a database URL: {raw}", zh=f"无法识别的数据库地址：{raw}") from exc
        if url.get_backend_name() == "sqlite":
            if not url.database or url.database == ":memory:" or url.database.startswith("file:"):
                return Location(raw, Path(url.database) if url.database else None)
            path = Path(url.database).expanduser().resolve()  # a relative URL names a file too
            return Location(f"sqlite:///{path}", path)
        if url.get_backend_name() == "postgresql" and url.drivername == "postgresql":
            url = url.set(drivername="postgresql+psycopg")
        return Location(url.render_as_string(hide_password=False), None)
    path = Path(raw).expanduser().resolve()
    return Location(f"sqlite:///{path}", path)
