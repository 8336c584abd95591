"""Writing a document without ever leaving a half-written or lost file.

The bytes go to a temporary file beside the target (named ``~tj-…`` so a user
who sees one knows what it is), are flushed and fsynced, and replace the target
in one ``os.replace``. Any failure removes the temporary file and leaves the old
document as it was. A target open in Word is refused up front (Word's owner file
``~$name.docx`` or LibreOffice's ``.~lock.name#`` lies beside it) and, on Windows,
when ``os.replace`` is refused; the error suggests another name.
"""
from __future__ import annotations

import errno
import os
from pathlib import Path

from ..core.files import TargetBusy, replace_file
from .errors import FileBusyError, FileWriteError

TEMP_PREFIX = "~tj-"
_NO_SPACE = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


def lock_files(path: Path) -> list[Path]:
    """Lock files Word or LibreOffice keep beside ``path`` while it is open.

    Word names its owner file "~$" + the name, dropping the first one or two
    characters of longer names ("document1.docx" → "~$cument1.docx"). All three
    forms are checked whatever the length: a false alarm only suggests another name.
    """
    name = path.name
    candidates = {f"~${name}", f"~${name[1:]}", f"~${name[2:]}", f".~lock.{name}#"}
    return [path.with_name(c) for c in sorted(candidates) if path.with_name(c).exists()]


def suggest_alternative(path: Path) -> Path:
    """"minutes (2).docx", "minutes (3).docx" … : the first name that is free and not open."""
    path = Path(path)
    stem, suffix = path.stem, path.suffix
    for n in range(2, 10_000):
        candidate = path.with_name(f"{stem} ({n}){suffix}")
        if not candidate.exists() and not lock_files(candidate):
            return candidate
    return path.with_name(f"{stem} ({os.getpid()}){suffix}")


def _busy(path: Path) -> FileBusyError:
    return FileBusyError(
        path,
        zh=f"“{path.name}”正在被 Word 或其他程序打开，无法覆盖。请先关闭该文件，或另存为“{suggest_alternative(path).name}”。",
        en=f"“{path.name}” is open in Word or another program and cannot be replaced. Close it first, "
        f"or save as “{suggest_alternative(path).name}”.")


def _write_error(path: Path, exc: OSError) -> FileWriteError:
    if exc.errno in _NO_SPACE:
        return FileWriteError(path, zh=f"磁盘空间不足，无法保存“{path.name}”。原文件未改动。请清理磁盘或换一个位置保存。",
                              en=f"There is not enough disk space to save “{path.name}”. The existing file was "
                              "not changed. Free some space or save elsewhere.")
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return FileWriteError(path, zh=f"没有权限写入文件夹“{path.parent}”。请换一个位置保存。",
                              en=f"The folder “{path.parent}” cannot be written to. Save elsewhere.")
    reason = exc.strerror or str(exc)
    return FileWriteError(path, zh=f"保存“{path.name}”失败（{reason}）。原文件未改动。",
                          en=f"Saving “{path.name}” failed ({reason}). The existing file was not changed.")


def write_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` all at once, or raise and change nothing.

    Raises :class:`FileBusyError` when the target is open in another program and
    :class:`FileWriteError` for anything else (folder missing or read-only, disk full).
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise FileWriteError(path, zh=f"文件夹“{folder}”不存在。", en=f"The folder “{folder}” does not exist.")
    if path.is_dir():
        raise FileWriteError(path, zh=f"“{path.name}”是一个文件夹。", en=f"“{path.name}” is a folder.")
    if lock_files(path):
        raise _busy(path)
    try:
        replace_file(path, lambda handle: handle.write(data), prefix=TEMP_PREFIX)
    except TargetBusy as exc:  # Windows refuses to replace a file another program holds open
        raise _busy(path) from exc
    except OSError as exc:
        raise _write_error(path, exc) from exc


