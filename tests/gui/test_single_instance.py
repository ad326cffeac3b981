"""One HipDesk per data folder, and the command line that drives it: real processes, and the hand-over inside one
process."""

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

from hipdesk.ui.companion.single_instance import (
    HANDOVER_TIMEOUT_S,
    RuntimeFolderError,
    SingleInstance,
    claim,
    runtime_folder,
    server_name,
)

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
    assert "already running" in second.stdout
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


def test_claim_hands_over_to_this_process(qtbot: QtBot, data_dir: Path) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    primary = claim(data_dir)
    assert isinstance(primary, SingleInstance) and not primary.listening
    assert primary.start_listening() and primary.listening
    second = (
        "import sys; from pathlib import Path\n"
        "from hipdesk.ui.companion.single_instance import claim\n"
        "print(claim(Path(sys.argv[1])))\n"
    )
    try:
        with qtbot.waitSignal(primary.raise_requested, timeout=10_000):
            proc = subprocess.Popen(
                [sys.executable, "-c", second, str(data_dir)], cwd=REPO, env=_env(data_dir), stdout=subprocess.PIPE
            )
        out, _err = proc.communicate(timeout=10)  # while waiting for the signal, this process answered it
        assert b"Answer(ok=True, text='HipDesk was already running; its window is in front now.')" in out
    finally:
        primary.close()
    again = claim(data_dir)  # the lock and the name are free again
    assert isinstance(again, SingleInstance)
    again.close()


def test_the_name_depends_on_the_data_folder(tmp_path: Path) -> None:
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")
    assert server_name(tmp_path / "a") == server_name(tmp_path / "a")


def test_the_socket_lives_in_the_users_runtime_folder(data_dir: Path) -> None:
    folder = runtime_folder()
    assert folder == Path(os.environ["XDG_RUNTIME_DIR"]) / "hipdesk"
    assert folder.stat().st_mode & 0o777 == 0o700
    assert Path(server_name(data_dir)).parent == folder


def test_a_runtime_folder_others_can_open_is_not_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    shared.chmod(0o755)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(shared))
    folder = runtime_folder()
    assert folder == Path("/tmp") / f"hipdesk-{os.getuid()}"  # not TMPDIR: every start must look in one place
    assert folder.stat().st_mode & 0o777 == 0o700
    assert not (shared / "hipdesk").exists()


def test_a_runtime_folder_that_is_a_file_is_refused_with_its_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    base = tmp_path / "run"
    base.mkdir(mode=0o700)
    (base / "hipdesk").write_text("not a folder")
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(base))
    with pytest.raises(RuntimeFolderError, match=str(base / "hipdesk")):
        runtime_folder()


def _sessions(data_dir: Path) -> list[tuple[str, str]]:
    import sqlite3

    with sqlite3.connect(data_dir / "hipdesk.sqlite3") as conn:
        return [tuple(row) for row in conn.execute("SELECT routine_name, status FROM sessions")]


@pytest.mark.slow
def test_hipdesk_play_starts_the_routine_in_the_running_hipdesk(
    first: tuple[subprocess.Popen[str], Path], data_dir: Path, tmp_path: Path
) -> None:
    proc, _log = first
    other_tmp = tmp_path / "another-tmp"
    other_tmp.mkdir()
    env = dict(_env(data_dir), TMPDIR=str(other_tmp))  # a different TMPDIR still finds the running HipDesk
    played = subprocess.run(
        [sys.executable, "-m", "hipdesk", "play", "desk-five"], cwd=REPO, env=env, capture_output=True, text=True
    )
    assert played.returncode == 0, played.stderr
    assert played.stdout.strip() == "Playing Desk five."
    deadline = time.monotonic() + 10
    while ("Desk five", "in_progress") not in _sessions(data_dir) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert ("Desk five", "in_progress") in _sessions(data_dir)  # the running HipDesk is playing it
    status = subprocess.run(
        [sys.executable, "-m", "hipdesk", "status"], cwd=REPO, env=env, capture_output=True, text=True
    )
    assert status.returncode == 0 and status.stdout.startswith("HipDesk is running"), status.stderr
    unknown = subprocess.run(
        [sys.executable, "-m", "hipdesk", "play", "no such routine"], cwd=REPO, env=env, capture_output=True, text=True
    )
    assert unknown.returncode == 1 and "No routine is called 'no such routine'" in unknown.stderr
    assert proc.poll() is None


@pytest.mark.slow
def test_hipdesk_play_starts_hipdesk_when_none_runs(data_dir: Path, tmp_path: Path) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    log = tmp_path / "play.log"
    with log.open("w") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "hipdesk", "play", "Desk five"], cwd=REPO, env=_env(data_dir), stdout=out, stderr=out
        )
    try:
        deadline = time.monotonic() + 20
        while "Playing Desk five." not in log.read_text() and time.monotonic() < deadline:
            assert proc.poll() is None, log.read_text()
            time.sleep(0.05)
        assert "Playing Desk five." in log.read_text()
        assert ("Desk five", "in_progress") in _sessions(data_dir)
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.mark.slow
def test_a_second_start_says_so_when_the_first_does_not_answer(data_dir: Path) -> None:
    from PySide6.QtCore import QLockFile

    data_dir.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(data_dir / "hipdesk.lock"))  # this live process holds the lock and never listens
    assert lock.tryLock(0)
    try:
        second = subprocess.run(
            [sys.executable, "-m", "hipdesk"], cwd=REPO, env=_env(data_dir), capture_output=True, text=True, timeout=30
        )
    finally:
        lock.unlock()
    assert second.returncode == 1
    assert f"did not answer on {server_name(data_dir)} within {HANDOVER_TIMEOUT_S:.0f} s" in second.stderr
    assert f"process {os.getpid()}" in second.stderr
    assert "showing its window" not in second.stderr + second.stdout
