"""One app per database: a second start on the same database brings the running window forward."""

from __future__ import annotations

import os

from PySide6.QtCore import QCryptographicHash, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

TIMEOUT_MS = 1000


def server_name(db_url: str) -> str:
    # This runs before the window's first paint: Qt's SHA-1 (the same digest as hashlib's) and the
    # user from the environment spare importing OpenSSL and getpass's terminal support (6 ms).
    data = f"{_user()}|{db_url}".encode()
    digest = bytes(QCryptographicHash.hash(data, QCryptographicHash.Algorithm.Sha1).toHex()).decode()
    return f"duban-{digest[:16]}"


def _user() -> str:
    """getpass.getuser(): these variables first, then the password database."""
    for name in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        if user := os.environ.get(name):
            return user
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "user"


def ask_running_instance(db_url: str) -> bool:
    """True when another window already has this database open (it has been asked to come forward)."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(db_url))
    if not socket.waitForConnected(TIMEOUT_MS):
        return False
    socket.write(b"raise\n")
    socket.flush()
    socket.waitForBytesWritten(TIMEOUT_MS)
    socket.disconnectFromServer()
    return True


class InstanceServer(QObject):
    """Listens for later starts on the same database."""

    raise_requested = Signal()

    def __init__(self, db_url: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.server = QLocalServer(self)
        name = server_name(db_url)
        if not self.server.listen(name):
            # A stale socket left by a crashed run: nobody answered above, so it is safe to remove.
            QLocalServer.removeServer(name)
            self.server.listen(name)
        self.server.newConnection.connect(self._connected)

    def _connected(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll()).strip() == b"raise":
            self.raise_requested.emit()
        socket.disconnectFromServer()
