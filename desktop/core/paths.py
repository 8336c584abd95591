"""Where Tingjian keeps its files: the user's data folder (platformdirs) unless told otherwise."""
from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_dir

DB_FILENAME = "tingjian.db"


def data_dir() -> Path:
    """The data folder; ``TINGJIAN_DATA_DIR`` overrides it (tests, portable installs)."""
    override = os.environ.get("TINGJIAN_DATA_DIR")
    return Path(override) if override else Path(user_data_dir("Tingjian", appauthor=False))


def default_database_path() -> Path:
    return data_dir() / DB_FILENAME


def backups_dir(database_path: Path) -> Path:
    """Backups live beside the database, in ``backups/``."""
    return database_path.parent / "backups"


def resources_dir() -> Path:
    """The ``resources`` folder, both from a checkout and from the frozen (PyInstaller) app."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"
