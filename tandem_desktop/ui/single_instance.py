"""Bring the running window forward when Tandem is started a second time.

The data-folder lock (storage.lock) decides who runs; this local socket only
lets the second start ask the first one to show itself.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

_MESSAGE = b"raise\n"


def server_name(data_dir: Path) -> str:
    digest = hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:20]
    return f"tandem-{digest}"


class InstanceServer(QObject):
    """Listens in the running app; emits ``raiseRequested`` when a second start knocks."""

    raiseRequested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        name = server_name(data_dir)
        QLocalServer.removeServer(name)  # a socket file left by a crashed run
        self._server.listen(name)
        self._server.newConnection.connect(self._accept)

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(_MESSAGE.strip()):
            self.raiseRequested.emit()
        socket.disconnectFromServer()


def ask_running_instance_to_raise(data_dir: Path, timeout_ms: int = 1000) -> bool:
    """True when a running Tandem for this folder answered and was asked to come forward."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(data_dir))
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(_MESSAGE)
    written = socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    return written
