"""What every command module shares: the language of printed messages and the database."""
from __future__ import annotations

import argparse
import locale
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from ..core.msg import pick

Handler = Callable[[argparse.Namespace], int]


def cli_language() -> str:
    """zh when the environment speaks Chinese, else en (for messages printed by the CLI)."""
    for var in ("TINGJIAN_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value:
            return pick(value, en="en", zh="zh")
    loc = locale.getlocale()[0] or ""
    return pick(loc, en="en", zh="zh")


def _open(args: argparse.Namespace, *, create: bool = True):
    """The database named by ``--db`` (or the default one); the caller closes it."""
    from ..core.db import open_database, resolve_location
    from ..core.paths import default_database_path

    return open_database(resolve_location(args.db, default_database_path()), create=create,
                         read_only_ok=not create)  # reading commands still read a full disk


@contextmanager
def opened(args: argparse.Namespace, *, create: bool = True) -> Iterator:
    """``with opened(args) as db:`` the database named by ``--db``, closed however the block ends."""
    db = _open(args, create=create)
    try:
        yield db
    finally:
        db.close()


def iso_day(value: str, first_year: int, last_year: int):
    """A YYYY-MM-DD argument as a date, or argparse's error naming what is wrong."""
    from datetime import date

    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value}") from None
    if not first_year <= day.year <= last_year:
        raise argparse.ArgumentTypeError(f"date out of range ({first_year}–{last_year}): {value}")
    return day


def print_groups(total, groups, line) -> None:  # noqa: ANN001 - rates of a report
    """A report's figures: all first, then each grouping ("-- per owner") with its rows."""
    print(line("all", total))
    for group, rows in groups.items():
        print(f"-- per {group}")
        for row in rows:
            print(line(row.label, row.rates))
