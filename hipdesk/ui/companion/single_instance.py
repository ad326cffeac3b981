"""One HipDesk per data folder, and the channel the command line drives it through.

A lock file in the data folder decides who is first (Qt clears a lock left by a crashed process). The first HipDesk
listens on a local socket in the user's runtime folder (``$XDG_RUNTIME_DIR/hipdesk``, readable by the user alone),
named after the data folder; a later start, or ``hipdesk play`` and the other commands, send it one request as a JSON
line and print the JSON line it answers. The socket is not in ``TMPDIR``, so two starts with different temporary
folders still find each other, and another user cannot put a socket where HipDesk looks.

This runs before the window, so it stays cheap: the first HipDesk takes the lock with QtCore alone and starts
listening after its first paint (QtNetwork loads then); only a later start needs QtNetwork at once, to send its
request (and it waits a moment if the first is not listening yet).
"""

from __future__ import annotations

import json
import logging
import os
import stat
import sys
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLockFile, QObject, Signal

from hipdesk.clock import MonotonicClock

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_MS = 500
ANSWER_TIMEOUT_MS = 10_000  # the first HipDesk may still be finishing its start-up before it can answer
HANDOVER_TIMEOUT_S = 5.0  # how long a second start waits for a first one that holds the lock but does not listen
MAX_REQUEST_BYTES = 64 * 1024
RAISE = {"command": "raise"}

Request = dict[str, Any]


@dataclass(frozen=True)
class Answer:
    """What the running HipDesk said (or why it said nothing): ``ok`` and a text for the terminal."""

    ok: bool
    text: str

    def to_line(self) -> bytes:
        return json.dumps({"ok": self.ok, "text": self.text}).encode() + b"\n"

    @classmethod
    def from_line(cls, line: bytes) -> Answer:
        try:
            values = json.loads(line)
            return cls(bool(values["ok"]), str(values["text"]))
        except (ValueError, KeyError, TypeError):
            return cls(False, "the running HipDesk gave an answer this HipDesk cannot read (a different version?)")


class RuntimeFolderError(OSError):
    """No private folder for the socket: the message says which folder and what is wrong with it."""


def _private_folder(folder: Path) -> str | None:
    """Why ``folder`` is not a private folder of this user, or None when it is."""
    try:
        info = folder.lstat()
    except OSError as exc:
        return f"cannot read it ({exc.strerror})"
    if not stat.S_ISDIR(info.st_mode):
        return "it is not a folder"
    if info.st_uid != os.getuid():
        return "it belongs to another user"
    if info.st_mode & 0o077:
        return "other users can open it"
    return None


def runtime_folder() -> Path:
    """HipDesk's folder for its socket: ``$XDG_RUNTIME_DIR/hipdesk``, else ``/tmp/hipdesk-<uid>``, user-only (0700).

    Deliberately not ``TMPDIR``: every start of HipDesk by this user must look in the same place."""
    base = os.environ.get("XDG_RUNTIME_DIR", "")
    folder = Path(base) / "hipdesk" if base and _private_folder(Path(base)) is None else None
    if folder is None:
        folder = Path("/tmp") / f"hipdesk-{os.getuid()}"
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
    except OSError as exc:
        raise RuntimeFolderError(f"HipDesk cannot make its runtime folder {folder}: {exc.strerror}") from exc
    problem = _private_folder(folder)
    if problem == "other users can open it":
        folder.chmod(0o700)
        problem = _private_folder(folder)
    if problem is not None:
        raise RuntimeFolderError(f"HipDesk will not use {folder} for its socket: {problem}")
    return folder


def server_name(data_dir: Path) -> str:
    """The socket's full path on Linux and macOS (a name Qt turns into a pipe on Windows), keyed by the data folder."""
    key = str(data_dir.resolve()).encode()
    name = f"hipdesk-{zlib.crc32(key):08x}{zlib.adler32(key):08x}"  # zlib, not hashlib: cheaper to import
    if sys.platform == "win32":
        return name
    return str(runtime_folder() / f"{name}.sock")


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
        self._handler: Callable[[Request], Answer] | None = None
        self._waiting: list[tuple[QLocalSocket, Request]] = []  # requests that came before the handler

    @property
    def listening(self) -> bool:
        return self._server is not None and self._server.isListening()

    def set_handler(self, handler: Callable[[Request], Answer]) -> None:
        """Who answers the command line's requests (set once HipDesk has finished starting); requests that came
        earlier are answered now."""
        self._handler = handler
        waiting, self._waiting = self._waiting, []
        for socket, request in waiting:
            self._answer(socket, request)

    def start_listening(self) -> bool:
        """Answer later starts (called after the first paint; until then they wait for it)."""
        if self._server is not None:
            return self._server.isListening()
        from PySide6.QtNetwork import QLocalServer

        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(self.name)  # a socket left by a crashed HipDesk; we hold the lock, so it is stale
        if not self._server.listen(self.name):  # HipDesk still works; a second start would wait, then say so
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
            line = bytes(socket.readLine(MAX_REQUEST_BYTES).data())
            try:
                request = json.loads(line)
            except ValueError:
                request = {"command": line.strip().decode(errors="replace")}  # an older HipDesk sends "raise\n"
            if not isinstance(request, dict):
                request = {"command": ""}
            self._answer(socket, request)

    def _answer(self, socket: QLocalSocket, request: Request) -> None:
        if request.get("command") == "raise":
            self.raise_requested.emit()
            answer = Answer(True, "HipDesk was already running; its window is in front now.")
        elif self._handler is None:
            self._waiting.append((socket, request))
            return
        else:
            answer = self._handler(request)
        if socket.isValid():
            socket.write(answer.to_line())
            socket.flush()

    def close(self) -> None:
        if self._server is not None:
            self._server.close()
        self._lock.unlock()


def send(name: str, request: Request, answer_timeout_ms: int = ANSWER_TIMEOUT_MS) -> Answer | None:
    """Send one request to the HipDesk listening on ``name``; its answer, or None when nobody listens."""
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return None
    socket.write(json.dumps(request).encode() + b"\n")
    socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
    clock = MonotonicClock()
    deadline = clock.now() + answer_timeout_ms / 1000
    while not socket.canReadLine():
        left_ms = int((deadline - clock.now()) * 1000)
        if left_ms <= 0 or not socket.waitForReadyRead(left_ms):
            socket.abort()
            return Answer(False, "the running HipDesk took the request but did not answer in time")
    answer = Answer.from_line(bytes(socket.readLine(MAX_REQUEST_BYTES).data()))
    socket.disconnectFromServer()
    return answer


def claim(data_dir: Path, request: Request | None = None) -> SingleInstance | Answer:
    """This process's instance if it is the first HipDesk on ``data_dir`` (call its ``start_listening`` once the
    window is up); otherwise the running HipDesk's answer to ``request`` (by default: come to the front), or an
    answer that says why it could not be reached."""
    request = request or RAISE
    lock = QLockFile(str(data_dir / "hipdesk.lock"))
    lock.setStaleLockTime(0)  # stale only when its process is gone, however long HipDesk has run
    name = server_name(data_dir)
    clock = MonotonicClock()
    deadline = clock.now() + HANDOVER_TIMEOUT_S
    while True:
        if lock.tryLock(0):
            return SingleInstance(data_dir, lock)
        answer = send(name, request)
        if answer is not None:
            return answer
        if clock.now() > deadline:  # a lock without a listener: the other process hangs; do not open twice
            pid, host, _app = lock.getLockInfo()  # PySide6 gives (0, "", "") when it cannot read the lock
            owner = f"process {pid} on {host}" if pid else "another process"
            return Answer(
                False,
                f"HipDesk is already running on the data folder {data_dir} ({owner} holds "
                f"{data_dir / 'hipdesk.lock'}), but it did not answer on {name} within {HANDOVER_TIMEOUT_S:.0f} s. "
                "If that HipDesk hangs, end it and start again.",
            )
        lock.removeStaleLockFile()
        time.sleep(0.1)  # the first HipDesk holds the lock but is not listening yet
