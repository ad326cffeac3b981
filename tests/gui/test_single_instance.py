"""One HipDesk per data folder: real processes, and the hand-over inside one process."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtNetwork import QLocalSocket

from hipdesk.ui.companion.single_instance import claim, server_name

REPO = Path(__file__).resolve().parents[2]
RAISED = "another start asked for this window"


def _env(data_dir: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HIPDESK_DATA_DIR=str(data_dir))
    env.pop("DISPLAY", None)
    return env


def _wait_for_server(data_dir: Path, proc: subprocess.Popen[str], timeout_s: float = 20.0) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        assert proc.poll() is None, "the first HipDesk exited"
        socket = QLocalSocket()
        socket.connectToServer(server_name(data_dir))
        if socket.waitForConnected(200):
            socket.disconnectFromServer()
            return
        time.sleep(0.1)
    raise AssertionError("the first HipDesk never listened")


@pytest.fixture
def first(data_dir: Path, tmp_path: Path) -> Iterator[tuple[subprocess.Popen[str], Path]]:
    data_dir.mkdir(parents=True, exist_ok=True)
    log = tmp_path / "first.log"
    with log.open("w") as err:
        proc = subprocess.Popen(
            [sys.executable, "-m", "hipdesk"], cwd=REPO, env=_env(data_dir), stderr=err, stdout=subprocess.DEVNULL
        )
    try:
        _wait_for_server(data_dir, proc)  # type: ignore[arg-type]
        yield proc, log  # type: ignore[misc]
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.mark.slow
def test_a_second_start_raises_the_first_and_exits(first: tuple[subprocess.Popen[str], Path], data_dir: Path) -> None:
    proc, log = first
    started = time.monotonic()
    second = subprocess.run(
        [sys.executable, "-m", "hipdesk"], cwd=REPO, env=_env(data_dir), capture_output=True, text=True, timeout=20
    )
    assert second.returncode == 0, second.stderr
    assert time.monotonic() - started < 5  # no window, no database: it hands over and leaves
    assert "already running" in second.stderr
    deadline = time.monotonic() + 10
    while RAISED not in log.read_text() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert RAISED in log.read_text()
    assert proc.poll() is None  # the first HipDesk runs on


@pytest.mark.slow
def test_a_crashed_first_does_not_block_the_next_start(
    first: tuple[subprocess.Popen[str], Path], data_dir: Path
) -> None:
    proc, _log = first
    proc.send_signal(signal.SIGKILL)  # leaves its lock file and socket behind
    proc.wait(timeout=10)
    again = subprocess.run(
        [sys.executable, "-m", "hipdesk", "--quit-after-paint"],
        cwd=REPO,
        env=_env(data_dir),
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert again.returncode == 0, again.stderr
    assert "first-paint" in again.stdout  # it opened its own window rather than handing over to a dead one


def test_claim_hands_over_inside_one_process(qtbot: QtBot, data_dir: Path) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    primary = claim(data_dir)
    assert primary is not None and not primary.listening
    assert primary.start_listening() and primary.listening
    try:
        with qtbot.waitSignal(primary.raise_requested, timeout=5000):
            assert claim(data_dir) is None
    finally:
        primary.close()
    again = claim(data_dir)  # the lock and the name are free again
    assert again is not None
    again.close()


def test_the_name_depends_on_the_data_folder(tmp_path: Path) -> None:
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")
    assert server_name(tmp_path / "a") == server_name(tmp_path / "a")
