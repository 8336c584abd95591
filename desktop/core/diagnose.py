"""What is wrong with a database file, told apart before any remedy is offered.

A failed open is never taken as damage by itself: SQLite's own result code and a second,
read-only look decide between busy, read-only, disk full, input/output error, not a Tingjian
file, a newer or half-made schema, and damage. Only a file whose ``integrity_check`` on a
read-only open reports problems is called damaged, and only such a file, when no other process
holds it open, may be moved aside. Nothing here writes to the database or its folder except a
probe file (created and removed at once) that tells whether the folder takes writes.

Plain ``sqlite3`` only: no SQLAlchemy, no Qt.
"""
from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import struct
import sys
import tempfile
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from urllib.parse import quote

from . import migrate
from .errors import DamagedDatabaseError, StorageError
from desktop.core.msg import is_zh

SQLITE_MAGIC = b"SQLite format 3\x00"
LOW_SPACE = 1 << 20  # below 1 MiB free, SQLite may have no room for its -wal and -shm files
LOOK_TIMEOUT_S = 1.0

# SQLite primary result codes (https://sqlite.org/rescode.html)
SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY = 3, 5, 6, 8
SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 10, 11, 13, 14, 26


class Condition(Enum):
    OK = "ok"
    MISSING = "missing"
    FOLDER_MISSING = "folder-missing"
    NOT_A_FILE = "not-a-file"
    EMPTY = "empty"  # 0 bytes, or an SQLite file without any table: no data, never ours yet
    NO_PERMISSION = "no-permission"
    BUSY = "busy"
    READ_ONLY = "read-only"
    DISK_FULL = "disk-full"
    IO_ERROR = "io-error"
    NOT_SQLITE = "not-sqlite"
    FOREIGN = "foreign"
    UNSTAMPED = "unstamped"  # an alembic_version table without a row
    NEWER = "newer"
    DAMAGED = "damaged"


@dataclass
class Diagnosis:
    """The verdict on one file. ``condition`` is what stops a normal open (OK when nothing
    does); ``write_problem`` says why writing is impossible although the file can be read."""

    path: Path
    condition: Condition
    detail: str = ""
    problems: list[str] = field(default_factory=list)
    revision: str | None = None
    write_problem: Condition | None = None
    write_detail: str = ""
    free_bytes: int | None = None
    needs_immutable: bool = False  # readable only without the -shm file (no room, read-only)
    in_use: bool = False  # another process holds the file open

    @property
    def readable(self) -> bool:
        return self.condition is Condition.OK

    @property
    def may_move_aside(self) -> bool:
        """Only proven damage, and only when nobody else has the file open."""
        return self.condition is Condition.DAMAGED and not self.in_use

    def error(self) -> StorageError:
        """The message for ``condition`` (or, when readable, for ``write_problem``)."""
        condition = self.condition
        if condition is Condition.OK and self.write_problem is not None:
            condition = self.write_problem
        en, zh = _message(self, condition)
        kind = DamagedDatabaseError if condition is Condition.DAMAGED else StorageError
        error = kind(en=en, zh=zh)
        error.diagnosis = self  # type: ignore[attr-defined]
        return error


    def read_only_error(self) -> StorageError:
        """Why every write is refused while the file is open read-only."""
        en, zh = _message(self, self.write_problem or self.condition)
        error = StorageError(
            en="Opened read-only: everything can be read, but nothing can be saved. " + en,
            zh="已以只读方式打开：可以查看全部内容，但无法保存。" + zh)
        error.diagnosis = self  # type: ignore[attr-defined]
        return error


def unstamped_message(where: object) -> tuple[str, str]:
    return (f"{where} has tables but its schema version table (alembic_version) is empty, so "
            "Tingjian cannot tell which version wrote it (a half-made or edited file). Restore "
            "a backup or open another file. Nothing was changed.",
            f"{where} 有数据表，但其结构版本表（alembic_version）是空的，听见无法判断它由哪个版本写入"
            "（文件未建完或被改动过）。请从备份恢复或打开其他文件。未做任何修改。")


def ro_uri(path: Path, *, immutable: bool = False) -> str:
    """A read-only SQLite URI for ``path`` (spaces, Chinese, ``?`` and ``#`` escaped)."""
    uri = "file:" + quote(str(path.resolve()).replace("\\", "/"), safe="/:")
    return uri + ("?mode=ro&immutable=1" if immutable else "?mode=ro")


def _primary(exc: sqlite3.Error) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


def _wal_has_frames(path: Path) -> bool:
    try:
        return Path(f"{path}-wal").stat().st_size > 0
    except OSError:
        return False


def free_bytes(folder: Path) -> int | None:
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return None


def folder_write_problem(folder: Path) -> tuple[Condition | None, str]:
    """Can ``folder`` take new files? A probe file of one page is written and removed."""
    try:
        handle, probe = tempfile.mkstemp(prefix=".tingjian-probe-", dir=folder)
    except OSError as exc:
        return _write_condition(exc), exc.strerror or str(exc)
    try:
        os.write(handle, b"\0" * 4096)  # a full disk refuses the blocks here
    except OSError as exc:
        return _write_condition(exc), exc.strerror or str(exc)
    finally:
        os.close(handle)
        os.unlink(probe)
    return None, ""


def _write_probe(path: Path) -> tuple[Condition | None, str]:
    """Can the file and its folder take writes? The file is opened for writing, not written."""
    try:
        os.close(os.open(path, os.O_RDWR))
    except OSError as exc:
        return _write_condition(exc), exc.strerror or str(exc)
    return folder_write_problem(path.parent)


def _write_condition(exc: OSError) -> Condition:
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return Condition.DISK_FULL
    if exc.errno == errno.EIO:
        return Condition.IO_ERROR
    return Condition.READ_ONLY  # EROFS, EACCES, EPERM (immutable), ETXTBSY ...


def held_by_other_process(path: Path) -> bool:
    """True when another process holds an SQLite lock on the file or its -shm (POSIX advisory
    locks, which SQLite takes while a connection reads or writes). Windows: a file open
    elsewhere cannot be renamed there, so moving it aside fails safely instead."""
    if sys.platform == "win32":
        return False
    import fcntl

    ranges = [(path, 0x40000000, 512 + 2)]  # PENDING, RESERVED and SHARED bytes
    if Path(f"{path}-shm").exists():
        ranges.append((Path(f"{path}-shm"), 120, 8 + 8))  # WAL write, checkpoint, recover, DMS
    for file, start, length in ranges:
        try:
            fd = os.open(file, os.O_RDONLY)
        except OSError:
            continue
        try:
            if sys.platform.startswith(("darwin", "freebsd", "openbsd", "netbsd")):
                # struct flock there: start, len, pid, type, whence
                query = struct.pack("qqihh", start, length, 0, fcntl.F_WRLCK, os.SEEK_SET)
                kind = struct.unpack("qqihh", fcntl.fcntl(fd, fcntl.F_GETLK, query))[3]
            else:  # Linux: type, whence, start, len, pid
                query = struct.pack("hhqqi", fcntl.F_WRLCK, os.SEEK_SET, start, length, 0)
                kind = struct.unpack("hhqqi", fcntl.fcntl(fd, fcntl.F_GETLK, query))[0]
            if kind != fcntl.F_UNLCK:
                return True
        except OSError:
            return True  # cannot tell: assume it is in use
        finally:
            os.close(fd)
    return False


def diagnose(path: Path, *, full: bool = True) -> Diagnosis:
    """Look at ``path`` read-only and say what it is. ``full`` runs ``integrity_check``
    (otherwise ``quick_check``)."""
    path = Path(path)
    if not path.parent.is_dir():
        return Diagnosis(path, Condition.FOLDER_MISSING)
    if not path.exists():
        return Diagnosis(path, Condition.MISSING)
    if not path.is_file():
        return Diagnosis(path, Condition.NOT_A_FILE)
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_MAGIC))
        size = path.stat().st_size
    except PermissionError as exc:
        return Diagnosis(path, Condition.NO_PERMISSION, exc.strerror or str(exc))
    except OSError as exc:
        return Diagnosis(path, Condition.IO_ERROR, exc.strerror or str(exc))
    free = free_bytes(path.parent)
    write_problem, write_detail = _write_probe(path)
    base = dict(free_bytes=free, write_problem=write_problem, write_detail=write_detail)
    if size == 0 and not _wal_has_frames(path):
        return Diagnosis(path, Condition.EMPTY, **base)
    if size and header != SQLITE_MAGIC:
        return Diagnosis(path, Condition.NOT_SQLITE, **base)
    verdict = _look(path, full, immutable=False, **base)
    if (verdict.condition in (Condition.DISK_FULL, Condition.READ_ONLY)
            and not _wal_has_frames(path)):
        # No room (or no right) to make the -shm file: with nothing in a -wal, the main file
        # alone is the whole database and can be read as an immutable file.
        second = _look(path, full, immutable=True, **base)
        if second.condition is Condition.OK:
            second.needs_immutable = True
            return second
        if second.condition is Condition.DAMAGED:  # never concluded from an immutable look
            verdict.detail = "; ".join(second.problems[:3])
    if verdict.condition is Condition.DAMAGED:
        verdict.in_use = held_by_other_process(path)
    return verdict


def _look(path: Path, full: bool, *, immutable: bool, **base) -> Diagnosis:  # noqa: ANN003
    try:
        conn = sqlite3.connect(ro_uri(path, immutable=immutable), uri=True,
                               timeout=LOOK_TIMEOUT_S)
    except sqlite3.Error as exc:
        return _from_error(path, exc, **base)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        revision = None
        if not tables:
            return Diagnosis(path, Condition.EMPTY, **base)
        if "alembic_version" not in tables:
            return Diagnosis(path, Condition.FOREIGN, **base)
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        if row is None:
            return Diagnosis(path, Condition.UNSTAMPED, **base)
        revision = row[0]
        problems = [r[0] for r in conn.execute(
            "PRAGMA integrity_check" if full else "PRAGMA quick_check")]
        if problems != ["ok"]:
            return Diagnosis(path, Condition.DAMAGED, problems=problems, revision=revision,
                             **base)
        if revision not in migrate.known_revisions():
            return Diagnosis(path, Condition.NEWER, revision=revision, **base)
        return Diagnosis(path, Condition.OK, revision=revision, **base)
    except sqlite3.Error as exc:
        return _from_error(path, exc, **base)
    finally:
        conn.close()


def _integrity_problems(path: Path) -> list[str] | None:
    """``integrity_check`` on a fresh read-only open: its problems, or the corruption it stopped
    at; None when it finds nothing or cannot run for another reason (busy, I/O)."""
    try:
        conn = sqlite3.connect(ro_uri(path), uri=True, timeout=LOOK_TIMEOUT_S)
    except sqlite3.Error:
        return None
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        return None if rows == ["ok"] else rows
    except sqlite3.Error as exc:
        return [str(exc)] if _primary(exc) in (SQLITE_CORRUPT, SQLITE_NOTADB) else None
    finally:
        conn.close()


def _from_error(path: Path, exc: sqlite3.Error, **base) -> Diagnosis:  # noqa: ANN003
    code = _primary(exc)
    detail = f"{exc} ({getattr(exc, 'sqlite_errorname', '?')})"
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return Diagnosis(path, Condition.BUSY, detail, **base)
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
        problems = _integrity_problems(path)  # SQLite's word, confirmed by integrity_check
        if problems is not None:
            return Diagnosis(path, Condition.DAMAGED, detail, problems=problems, **base)
        return Diagnosis(path, Condition.IO_ERROR, detail, **base)
    if code == SQLITE_PERM:
        return Diagnosis(path, Condition.NO_PERMISSION, detail, **base)
    free = base.get("free_bytes")
    if code == SQLITE_FULL or base.get("write_problem") is Condition.DISK_FULL or (
            free is not None and free < LOW_SPACE):
        return Diagnosis(path, Condition.DISK_FULL, detail, **base)
    if code in (SQLITE_READONLY, SQLITE_CANTOPEN) and base.get("write_problem") is not None:
        return Diagnosis(path, Condition.READ_ONLY, detail, **base)
    return Diagnosis(path, Condition.IO_ERROR, detail, **base)


def _size(n: int | None) -> str:
    if n is None:
        return "?"
    return f"{n / (1 << 20):.1f} MB" if n >= 1 << 20 else f"{n // 1024} KB"


def _message(d: Diagnosis, condition: Condition) -> tuple[str, str]:
    p, folder = d.path, d.path.parent
    unchanged_en, unchanged_zh = " Nothing was changed.", "未做任何修改。"
    match condition:
        case Condition.MISSING:
            return (f"There is no database at {p}.{unchanged_en}",
                    f"{p} 处没有数据库。{unchanged_zh}")
        case Condition.FOLDER_MISSING:
            return (f"There is no database at {p}: the folder {folder} does not exist (deleted, "
                    f"moved, or a drive that is not connected). Check the path or connect the "
                    f"drive.{unchanged_en}",
                    f"{p} 处没有数据库：文件夹 {folder} 不存在（已被删除、移动，或所在的磁盘未连接）。"
                    f"请检查路径或连接磁盘。{unchanged_zh}")
        case Condition.NOT_A_FILE:
            return (f"{p} is a folder, not a database file.{unchanged_en}",
                    f"{p} 是文件夹，不是数据库文件。{unchanged_zh}")
        case Condition.EMPTY:
            return (f"{p} is empty: it holds no data and is not yet a Tingjian database. It is "
                    f"used as a new database only when you ask for one.{unchanged_en}",
                    f"{p} 是空文件：其中没有数据，还不是听见的数据库。只有在您要求新建数据库时才会使用它。"
                    f"{unchanged_zh}")
        case Condition.NO_PERMISSION:
            return (f"Cannot read {p}: permission denied. Ask for access or copy the file to a "
                    f"folder of your own.{unchanged_en}",
                    f"无法读取 {p}：没有权限。请获取访问权限，或把文件复制到自己的文件夹。{unchanged_zh}")
        case Condition.BUSY:
            return (f"{p} is busy: another program (or another Tingjian) holds a lock on it. "
                    f"The file is not damaged. Wait until the other program has finished, or "
                    f"close it, then try again.{unchanged_en}",
                    f"{p} 正被其他程序（或另一个听见）锁定使用。文件并未损坏。请等待该程序完成或将其关闭，"
                    f"然后重试。{unchanged_zh}")
        case Condition.READ_ONLY:
            return (f"{p} cannot be written ({d.write_detail or d.detail}): the file, its folder "
                    f"or the drive is read-only. The file is not damaged. Copy it to a writable "
                    f"folder (--db, TINGJIAN_DATA_DIR) or change the permissions.{unchanged_en}",
                    f"{p} 无法写入（{d.write_detail or d.detail}）：文件、所在文件夹或磁盘是只读的。"
                    f"文件并未损坏。请把它复制到可写的文件夹（--db、TINGJIAN_DATA_DIR），或修改权限。{unchanged_zh}")
        case Condition.DISK_FULL:
            return (f"The disk holding {folder} is full ({_size(d.free_bytes)} free); SQLite has "
                    f"no room for its working files. The database is not damaged. Free some "
                    f"space, then try again.{unchanged_en}",
                    f"{folder} 所在的磁盘已满（剩余 {_size(d.free_bytes)}），SQLite 没有空间存放工作文件。"
                    f"数据库并未损坏。请腾出空间后重试。{unchanged_zh}")
        case Condition.IO_ERROR:
            return (f"Reading {p} failed with an input/output error ({d.detail}). The disk or "
                    f"network drive may be failing: copy the file somewhere safe, check the "
                    f"drive and try again. It was not treated as damaged.{unchanged_en}",
                    f"读取 {p} 时发生输入/输出错误（{d.detail}）。磁盘或网络驱动器可能有故障："
                    f"请先把文件复制到安全的位置，检查磁盘后重试。文件未被当作损坏处理。{unchanged_zh}")
        case Condition.NOT_SQLITE:
            return (f"{p} is not a Tingjian database (it is not an SQLite file). Choose another "
                    f"file.{unchanged_en}",
                    f"{p} 不是听见的数据库（不是 SQLite 文件）。请选择其他文件。{unchanged_zh}")
        case Condition.FOREIGN:
            return (f"{p} holds tables of another program, not a Tingjian database. Choose "
                    f"another database.{unchanged_en}",
                    f"{p} 包含其他程序的数据表，不是听见的数据库。请选择其他数据库。{unchanged_zh}")
        case Condition.UNSTAMPED:
            return unstamped_message(p)
        case Condition.NEWER:
            return (f"This database was written by a newer version of Tingjian (schema "
                    f"{d.revision}). Install the newer version to open it.{unchanged_en}",
                    f"该数据库由更新版本的听见写入（结构版本 {d.revision}）。请安装新版本后再打开。"
                    f"{unchanged_zh}")
        case Condition.DAMAGED:
            problems = d.problems or [d.detail]
            return ("The database file is damaged (" + "; ".join(problems[:3]) + "). Restore a "
                    "backup (Settings → Backups or `tingjian restore`).",
                    "数据库文件已损坏（" + "；".join(problems[:3]) + "）。"
                    "请从备份恢复（设置 → 备份，或 `tingjian restore`）。")
    return (f"{p}: {d.detail}", f"{p}：{d.detail}")


def check_file(path: Path, *, full: bool, lang: str) -> tuple[int, list[str]]:
    """What ``tingjian check`` prints for a SQLite file, read-only: 0 healthy, 1 damaged.
    Anything else that stops a normal open (busy, disk full, empty...) is raised."""
    verdict = diagnose(path, full=full)
    pragma = "integrity_check" if full else "quick_check"
    if verdict.condition not in (Condition.OK, Condition.DAMAGED):
        raise verdict.error()
    lines = [f"database: {path}", "backend:  sqlite",
             f"schema:   {verdict.revision} (this version: {migrate.head_revision()})"]
    if verdict.condition is Condition.DAMAGED:
        problems = verdict.problems or [verdict.detail]
        lines += [f"{pragma}: {'; '.join(problems[:10])}", verdict.error().text(lang)]
        if verdict.in_use:
            lines.append("another process has the file open" if not is_zh(lang)
                         else "另有进程正在使用该文件")
        return 1, lines
    lines.append(f"{pragma}: ok")
    if verdict.write_problem is not None:
        lines.append(f"writable: no ({verdict.write_problem.value}): "
                     + verdict.read_only_error().text(lang))
    return 0, lines
