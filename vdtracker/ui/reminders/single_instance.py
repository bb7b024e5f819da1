"""One running copy per data folder: a lock file in the folder, and a local socket through which
a second start asks the first to bring its window to the front (so two copies never both remind)."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

LOCK_FILE = "vdtracker.lock"


def server_name(folder: Path) -> str:
    return "vdtracker-" + hashlib.sha256(str(folder.resolve()).encode()).hexdigest()[:16]


class SingleInstance(QObject):
    show_requested = Signal()

    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.folder = folder
        self.lock = QLockFile(str(folder / LOCK_FILE))
        self.server: QLocalServer | None = None

    def acquire(self) -> bool:
        """True if this is the only running copy (a crashed copy's lock counts as free)."""
        if not self.lock.tryLock(200):
            return False
        # QLockFile creates the file 0666 minus the umask; every file in the folder is 0600.
        os.chmod(self.folder / LOCK_FILE, 0o600)
        return True

    def listen(self) -> None:
        name = server_name(self.folder)
        QLocalServer.removeServer(name)  # a crashed copy may have left its socket behind
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.listen(name)
        self.server.newConnection.connect(self._incoming)

    def _incoming(self) -> None:
        while self.server is not None and self.server.hasPendingConnections():
            sock = self.server.nextPendingConnection()
            sock.waitForReadyRead(500)
            if bytes(sock.readAll().data()).startswith(b"show"):
                self.show_requested.emit()
            sock.disconnectFromServer()

    def ask_running_copy_to_show(self) -> bool:
        sock = QLocalSocket()
        sock.connectToServer(server_name(self.folder))
        if not sock.waitForConnected(1500):
            return False
        sock.write(b"show\n")
        sent = sock.waitForBytesWritten(1500)
        sock.disconnectFromServer()
        return sent

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
        self.lock.unlock()
