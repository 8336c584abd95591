"""Replacing a file all at once: written to a temporary file beside it, flushed to disk, then
moved into place, so a crash, a full disk or a cancel leaves the old file intact and no stray
temporary file. Every file Tingjian writes for the user goes through ``replace_file``."""
from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO


class TargetBusy(OSError):
    """The target could not be replaced: another program holds it open (Windows)."""


def replace_file(path: Path, write: Callable[[BinaryIO], None], *, prefix: str = ".tj-") -> None:
    """Call ``write`` with a binary handle on a temporary file next to ``path``, then replace
    ``path`` with it. The old file's permissions are kept (new files: 0644). Raises ``OSError``
    (``TargetBusy`` when the replacement itself is refused) and whatever ``write`` raises."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        mode = 0o644
    fd, name = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=folder)
    tmp = Path(name)
    try:
        with os.fdopen(fd, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        with contextlib.suppress(OSError):  # mkstemp made it private; some file systems refuse
            os.chmod(tmp, mode)
        try:
            os.replace(tmp, path)
        except PermissionError as exc:
            raise TargetBusy(exc.errno, exc.strerror) from exc
        fsync_folder(folder)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def fsync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX); a no-op where folders cannot be opened."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
