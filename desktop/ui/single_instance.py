"""One running Tingjian per database file: a second launch brings the first window to the front.

The lock is keyed on the file's identity (device and inode), so every name of the same file - a
hard link, a relative path, a ``sqlite:///`` URL, another data folder - meets the same lock; a
file not yet made is keyed on its folder's identity and its name. The lock file (QLockFile)
lives in one folder per user under the system's temporary folder, not beside the data, so a full
or read-only data disk does not stop it; a lock left by a killed process is stale and taken
over. A local socket lets the second launch ask the first to raise itself.
"""
from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from ..core.location import Location


def identity(database: str | Path | Location) -> str:
    """What names the database whatever path, link or URL reaches it."""
    path = database.path if isinstance(database, Location) else (
        Path(database) if isinstance(database, Path) else None)
    if path is None:
        return str(database.url if isinstance(database, Location) else database)
    try:
        st = os.stat(path)
        return f"file:{st.st_dev}:{st.st_ino}"
    except OSError:
        pass
    try:
        st = os.stat(path.parent)
        return f"new:{st.st_dev}:{st.st_ino}:{path.name}"
    except OSError:
        return f"path:{Path(os.path.abspath(path))}"


def _key(database: str | Path | Location) -> str:
    return "tingjian-" + hashlib.sha1(identity(database).encode("utf-8")).hexdigest()[:16]


def locks_dir() -> Path:
    uid = os.getuid() if hasattr(os, "getuid") else os.environ.get("USERNAME", "user")
    return Path(tempfile.gettempdir()) / f"tingjian-locks-{uid}"


class SingleInstance(QObject):
    activate_requested = Signal()

    def __init__(self, database: str | Path | Location, parent: QObject | None = None,
                 seat: str = "") -> None:
        super().__init__(parent)
        self.key = _key(database) + (f"-{seat}" if seat else "")
        folder = locks_dir()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            pass  # tryLock reports it; a lock that cannot be written does not mean "running"
        self.lock = QLockFile(str(folder / f"{self.key}.lock"))
        self.lock.setStaleLockTime(0)  # only a dead owner makes it stale
        self.server: QLocalServer | None = None
        self.unguarded = False  # the lock file could not be written: no guard, no refusal

    def acquire(self) -> bool:
        """True when this process now owns the database; False when another one runs."""
        if self.lock.tryLock(100):
            return self._serve()
        if self.lock.error() != QLockFile.LockError.LockFailedError:
            self.unguarded = True  # no room or no right for the lock file: nobody else holds it
            return True
        if self.lock.removeStaleLockFile() and self.lock.tryLock(100):
            return self._serve()
        return False

    def _serve(self) -> bool:
        QLocalServer.removeServer(self.key)  # a socket left behind by a killed process
        self.server = QLocalServer(self)
        self.server.newConnection.connect(self._on_connection)
        self.server.listen(self.key)
        return True

    def _on_connection(self) -> None:
        assert self.server is not None
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.waitForReadyRead(500)
            if bytes(socket.readAll().data()).startswith(b"activate"):
                self.activate_requested.emit()
            socket.disconnectFromServer()

    def ask_running_instance(self) -> bool:
        """Ask the running instance to come to the front; True when it answered."""
        socket = QLocalSocket()
        socket.connectToServer(self.key)
        if not socket.waitForConnected(1000):
            return False
        written = socket.write(b"activate\n")
        if socket.bytesToWrite():
            socket.waitForBytesWritten(1000)
        socket.disconnectFromServer()
        return written > 0

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
        if self.lock.isLocked():
            self.lock.unlock()
