"""One running Tingjian per database: a second launch brings the first window to the front.

A lock file (QLockFile) in the data folder names the database; a lock left by a killed process
is stale and taken over. A local socket lets the second launch ask the first to raise itself.
"""
from __future__ import annotations

import hashlib

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from ..core.paths import data_dir


def _key(database: str) -> str:
    return "tingjian-" + hashlib.sha1(database.encode("utf-8")).hexdigest()[:16]


class SingleInstance(QObject):
    activate_requested = Signal()

    def __init__(self, database: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.key = _key(database)
        folder = data_dir()
        folder.mkdir(parents=True, exist_ok=True)
        self.lock = QLockFile(str(folder / f"{self.key}.lock"))
        self.lock.setStaleLockTime(0)  # only a dead owner makes it stale
        self.server: QLocalServer | None = None

    def acquire(self) -> bool:
        """True when this process now owns the database; False when another one runs."""
        if not self.lock.tryLock(100):
            if self.lock.removeStaleLockFile() and self.lock.tryLock(100):
                return self._serve()
            return False
        return self._serve()

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
        self.lock.unlock()
