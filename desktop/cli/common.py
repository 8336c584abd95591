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
