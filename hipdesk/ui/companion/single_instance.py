"""One HipDesk per data folder: a second start asks the first to come to the front, then exits.

A lock file in the data folder decides who is first (Qt clears a lock left by a crashed process), and a local
socket named after the data folder carries the request. This runs before the window, so it stays cheap: the first
HipDesk takes the lock with QtCore alone and starts listening after its first paint (QtNetwork loads then); only a
second start needs QtNetwork at once, to send its request (and it waits a moment if the first is not listening yet).
"""

from __future__ import annotations

import logging
import time
import zlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

RAISE = b"raise\n"
CONNECT_TIMEOUT_MS = 500
HANDOVER_TIMEOUT_S = 5.0  # how long a second start waits for a first one that is still starting up


def server_name(data_dir: Path) -> str:
    key = str(data_dir.resolve()).encode()
    return f"hipdesk-{zlib.crc32(key):08x}{zlib.adler32(key):08x}"  # zlib, not hashlib: cheaper to import


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
        self._server: QLocalServer | None = None

    @property
    def listening(self) -> bool:
        return self._server is not None and self._server.isListening()

    def start_listening(self) -> bool:
        """Answer later starts (called after the first paint; until then they wait for it)."""
        if self._server is not None:
            return self._server.isListening()
        from PySide6.QtNetwork import QLocalServer

        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(self.name)  # a socket left by a crashed HipDesk; we hold the lock, so it is stale
        if not self._server.listen(self.name):  # HipDesk still works; a second start would wait, then give up
            log.warning("cannot listen on %s: %s", self.name, self._server.errorString())
            return False
        self._server.newConnection.connect(self._accept)
        return True

    def _accept(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(self._read_ready)  # a bound method, not a closure over the socket
            socket.disconnected.connect(socket.deleteLater)
            self._read(socket)

    def _read_ready(self) -> None:
        from PySide6.QtNetwork import QLocalSocket

        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        while socket.canReadLine():
            if bytes(socket.readLine().data()) == RAISE:
                self.raise_requested.emit()

    def close(self) -> None:
        if self._server is not None:
            self._server.close()
        self._lock.unlock()


def _send_raise(name: str) -> bool:
    from PySide6.QtNetwork import QLocalSocket

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
    """This process's instance if it is the first HipDesk on ``data_dir`` (call its ``start_listening`` once the
    window is up); None after asking the first one to come to the front (the caller then exits)."""
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
