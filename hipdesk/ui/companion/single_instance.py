"""One HipDesk per data folder: a second start asks the first to come to the front, then exits.

A lock file in the data folder decides who is first (Qt clears a lock left by a crashed process), and a local
socket named after the data folder carries the request. Only QtCore and QtNetwork: this runs before the window.
"""

from __future__ import annotations

import hashlib
import time
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

RAISE = b"raise\n"
CONNECT_TIMEOUT_MS = 500
HANDOVER_TIMEOUT_S = 5.0  # how long a second start waits for a first one that is still starting up


def server_name(data_dir: Path) -> str:
    digest = hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:16]
    return f"hipdesk-{digest}"


class SingleInstance(QObject):
    """The first HipDesk's listener.

    Signals:
    raise_requested(): another start of HipDesk on the same data folder asked this one to show its window.
    """

    raise_requested = Signal()

    def __init__(self, data_dir: Path, lock: QLockFile, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = lock
        self.name = server_name(data_dir)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(self.name)  # a socket left by a crashed HipDesk; we hold the lock, so it is stale
        if not self._server.listen(self.name):
            raise OSError(f"HipDesk cannot listen on {self.name}: {self._server.errorString()}")
        self._server.newConnection.connect(self._accept)

    def _accept(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(self._read_ready)  # a bound method, not a closure over the socket
            socket.disconnected.connect(socket.deleteLater)
            self._read(socket)

    def _read_ready(self) -> None:
        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        while socket.canReadLine():
            if bytes(socket.readLine().data()) == RAISE:
                self.raise_requested.emit()

    def close(self) -> None:
        self._server.close()
        self._lock.unlock()


def _send_raise(name: str) -> bool:
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return False
    socket.write(RAISE)
    sent = socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
    socket.disconnectFromServer()
    if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
        socket.waitForDisconnected(CONNECT_TIMEOUT_MS)
    return sent


def claim(data_dir: Path) -> SingleInstance | None:
    """This process's listener if it is the first HipDesk on ``data_dir``; None after asking the first one to
    come to the front (the caller then exits)."""
    lock = QLockFile(str(data_dir / "hipdesk.lock"))
    lock.setStaleLockTime(0)  # stale only when its process is gone, however long HipDesk has run
    deadline = time.monotonic() + HANDOVER_TIMEOUT_S
    while True:
        if lock.tryLock(0):
            return SingleInstance(data_dir, lock)
        if _send_raise(server_name(data_dir)):
            return None
        if time.monotonic() > deadline:  # a lock without a listener: the other process hangs; do not open twice
            return None
        lock.removeStaleLockFile()
        time.sleep(0.1)  # the first HipDesk holds the lock but is not listening yet
