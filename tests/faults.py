"""Faults injected for real: a lock held by another process, a small file system that fills
up, a read-only mount, an immutable file. Each helper undoes what it did."""
from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

HOLD_LOCK = textwrap.dedent("""
    import sqlite3, sys, time
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    if sys.argv[2] == "exclusive":
        conn.execute("PRAGMA locking_mode=EXCLUSIVE")
    conn.execute("BEGIN EXCLUSIVE")
    print("held", flush=True)
    sys.stdin.readline()
    conn.execute("ROLLBACK")
""")


def sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def files_of(path: Path) -> dict[str, str]:
    """sha256 of the database and of its -wal as far as it holds anything: what the data is.
    (An empty -wal and the -shm index are SQLite's working files, made by any reader.)"""
    out = {"db": sha256(path)}
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size:
        out["wal"] = sha256(wal)
    return out


@contextlib.contextmanager
def lock_held(path: Path, mode: str = "exclusive") -> Iterator[subprocess.Popen]:
    """Another process holds SQLite's exclusive lock on ``path`` (``BEGIN EXCLUSIVE``; with
    ``mode="exclusive"`` in exclusive locking mode, which keeps even readers out)."""
    proc = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(path), mode],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "held"
        yield proc
    finally:
        if proc.poll() is None:
            proc.stdin.write("\n")
            proc.stdin.flush()
            proc.wait(timeout=30)


def _run(*cmd: str) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, capture_output=True, text=True)


@contextlib.contextmanager
def small_disk(folder: Path, size: str = "4m") -> Iterator[Path]:
    """A tmpfs of ``size`` mounted on ``folder`` (root only)."""
    folder.mkdir(parents=True, exist_ok=True)
    done = _run("mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder))
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({done.stderr.strip()}); a full disk needs one")
    try:
        yield folder
    finally:
        _run("umount", "-l", str(folder))


def fill(folder: Path) -> Path:
    """Fill the file system of ``folder`` to the last byte."""
    filler = folder / "filler.bin"
    with filler.open("wb") as fh:
        try:
            while True:
                fh.write(b"\0" * 65536)
                fh.flush()
        except OSError as exc:
            assert exc.errno == errno.ENOSPC
    for size in (4096, 512, 1):  # the last partial blocks
        for _ in range(4096):
            try:
                with filler.open("ab") as fh:
                    fh.write(b"\0" * size)
            except OSError:
                break
    return filler


@contextlib.contextmanager
def read_only_mount(source: Path, target: Path) -> Iterator[Path]:
    """``source`` seen read-only at ``target`` (a read-only bind mount)."""
    target.mkdir(parents=True, exist_ok=True)
    done = _run("mount", "--bind", str(source), str(target))
    if done.returncode != 0:
        pytest.skip(f"cannot bind-mount here ({done.stderr.strip()})")
    try:
        done = _run("mount", "-o", "remount,bind,ro", str(target))
        if done.returncode != 0:
            pytest.skip(f"cannot remount read-only here ({done.stderr.strip()})")
        yield target
    finally:
        _run("umount", "-l", str(target))


@contextlib.contextmanager
def immutable(path: Path) -> Iterator[Path]:
    """``chattr +i``: not even root may write the file (permission bits do not stop root)."""
    done = _run("chattr", "+i", str(path))
    if done.returncode != 0:
        pytest.skip(f"chattr +i is not possible here ({done.stderr.strip()})")
    try:
        yield path
    finally:
        _run("chattr", "-i", str(path))


def is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def make_demo(path: Path, lang: str = "zh") -> Path:
    """A demo database at ``path`` (its folder made first)."""
    from desktop.core.db import open_database, resolve_location
    from desktop.core.demo import create_demo

    path.parent.mkdir(parents=True, exist_ok=True)
    db = open_database(resolve_location(path, path))
    create_demo(db, lang)
    db.close()
    return path


def damage(path: Path) -> None:
    """Scramble every page after the first: a file that is SQLite's but damaged."""
    data = bytearray(path.read_bytes())
    data[4096:] = bytes((b * 7 + 13) % 256 for b in data[4096:])
    path.write_bytes(bytes(data))
