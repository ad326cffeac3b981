"""The command line: each command documented in --help, parsed into the request the running HipDesk gets, and the
commands that need no window (export-csv, and status when no HipDesk runs) run for real in a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from hipdesk.__main__ import build_parser, parse_args, request_for
from hipdesk.domain.reminders import parse_duration_s
from tests.conftest import REPO


def test_help_documents_every_command() -> None:
    text = build_parser().format_help()
    for command in ("play ROUTINE", "snooze MINUTES", "pause-reminders DURATION", "status", "export-csv FILE"):
        assert command in text
    assert "start one when none runs" in text


@pytest.mark.parametrize(
    ("argv", "request_"),
    [
        ([], None),
        (["--minimized"], None),
        (["play", "desk-five"], {"command": "play", "routine": "desk-five"}),
        (["--data-dir", "/x", "play", "Desk five"], {"command": "play", "routine": "Desk five"}),
        (["snooze", "30"], {"command": "snooze", "minutes": 30.0}),
        (["pause-reminders", "1h30m"], {"command": "pause-reminders", "seconds": 5400.0}),
        (["pause-reminders", "off"], {"command": "resume-reminders"}),
        (["status"], {"command": "status"}),
    ],
)
def test_each_command_becomes_a_request(argv: list[str], request_: dict[str, object] | None) -> None:
    assert request_for(parse_args(argv)) == request_


@pytest.mark.parametrize("argv", [["snooze", "0"], ["snooze", "soon"], ["pause-reminders", "2 days"], ["play"]])
def test_a_wrong_argument_is_a_usage_error(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        parse_args(argv)
    assert exit_.value.code == 2
    assert "hipdesk" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("45", 2700), ("90m", 5400), ("90 min", 5400), ("2h", 7200), ("1h30m", 5400), ("1h30", 5400), ("24h", 86400)],
)
def test_durations_people_type(text: str, seconds: float) -> None:
    assert parse_duration_s(text) == seconds


@pytest.mark.parametrize("text", ["", "0", "soon", "25h", "1d", "m", "-5"])
def test_durations_that_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_duration_s(text)


def _no_display_env(data_dir: Path) -> dict[str, str]:
    env = dict(os.environ, HIPDESK_DATA_DIR=str(data_dir))
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(name, None)
    return env


def _hipdesk(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "hipdesk", *args], cwd=REPO, env=env, capture_output=True, text=True)


@pytest.mark.slow
def test_export_csv_needs_no_window_or_display(database: object, data_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "history.csv"
    done = _hipdesk("export-csv", str(target), env=_no_display_env(data_dir))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"Wrote 0 rows of sessions and steps to {target}."
    assert target.read_text(encoding="utf-8").startswith("session_id,session_local_date,")


@pytest.mark.slow
def test_export_csv_says_where_it_could_not_write(database: object, data_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "missing-folder" / "history.csv"
    done = _hipdesk("export-csv", str(target), env=_no_display_env(data_dir))
    assert done.returncode == 1 and str(target) in done.stderr and not target.exists()


@pytest.mark.slow
def test_status_without_a_running_hipdesk_reads_the_data_folder(database: object, data_dir: Path) -> None:
    done = _hipdesk("status", env=_no_display_env(data_dir))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == f"HipDesk is not running (data folder {data_dir})."
    assert lines[1].startswith("Next reminder: ") and lines[1].endswith(", once HipDesk runs")
    assert lines[2:] == ["Today: 0 minutes of practice", "Held: no"]
