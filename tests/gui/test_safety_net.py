"""The safety net: a log file in the data folder, Qt's messages and unexpected errors in it, a dialog that says where
the log is and copies a report, and a start-up that fails exits non-zero with a message instead of an empty window."""

from __future__ import annotations

import logging
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import qInstallMessageHandler, qWarning
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from hipdesk.app import Startup, qsettings_for
from hipdesk.clock import FakeClock, FakeWallClock
from hipdesk.logs import LOG_FILE_NAME, close_logging, current_exc_info, setup_logging
from hipdesk.paths import Paths
from hipdesk.storage.db import Database, open_database
from hipdesk.storage.errors import StorageError
from hipdesk.storage.settings_repository import SettingsRepository
from hipdesk.ui.crash import CrashHandler, UnexpectedErrorDialog, qt_message_handler
from hipdesk.ui.main_window import MainWindow

REPO = Path(__file__).resolve().parents[2]


def _run_app(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "hipdesk", *args], capture_output=True, text=True, cwd=REPO, env=env, timeout=120
    )


def _break_schema(paths: Paths, wall: FakeWallClock) -> None:
    """A database whose schema was changed by hand outside HipDesk: a real file on which start-up meets an error
    it does not know (a bug from HipDesk's point of view)."""
    open_database(paths.database, paths.backups, wall).dispose()
    with sqlite3.connect(paths.database) as conn:
        conn.execute(  # a session a killed HipDesk left open, which start-up closes
            "INSERT INTO sessions (routine_name, started_at, local_date, status, planned_s, notes) "
            "VALUES ('Desk five', '2026-03-02T08:00:00.000+00:00', '2026-03-02', 'in_progress', 300, '')"
        )
        conn.execute("ALTER TABLE sessions RENAME COLUMN ended_at TO finished_at")
    conn.close()


@pytest.fixture
def root_logging() -> Iterator[None]:
    yield
    close_logging()  # the test process goes back to pytest's log capture, with no file held open


@pytest.mark.slow
def test_debug_self_check_writes_the_log_in_the_data_folder(paths: Paths) -> None:
    result = _run_app("--debug", "--self-check", "--data-dir", str(paths.data_dir))
    assert result.returncode == 0, result.stdout + result.stderr
    log = (paths.data_dir / LOG_FILE_NAME).read_text(encoding="utf-8")
    assert "HipDesk" in log and "starting" in log
    assert " DEBUG " in log  # --debug logs everything


@pytest.mark.slow
def test_a_start_up_that_hits_a_bug_exits_non_zero_and_logs_it(paths: Paths, wall: FakeWallClock) -> None:
    _break_schema(paths, wall)
    result = _run_app("--self-check", "--data-dir", str(paths.data_dir))
    assert result.returncode == 1
    assert "could not start" in result.stderr and str(paths.data_dir / LOG_FILE_NAME) in result.stderr
    log = (paths.data_dir / LOG_FILE_NAME).read_text(encoding="utf-8")
    assert "Traceback" in log and "ended_at" in log


@pytest.mark.slow
def test_a_folder_at_the_database_path_exits_non_zero_with_a_message(paths: Paths) -> None:
    paths.database.mkdir()
    result = _run_app("--self-check", "--data-dir", str(paths.data_dir))
    assert result.returncode == 1
    assert f"{paths.database} is a folder" in result.stderr
    assert paths.database.is_dir() and list(paths.data_dir.glob("*.unreadable-*")) == []


def test_start_up_shows_the_unexpected_error_and_closes(
    qtbot: QtBot, paths: Paths, root_logging: None, fake_clock: FakeClock, wall: FakeWallClock
) -> None:
    _break_schema(paths, wall)
    log_path = setup_logging(paths.data_dir)
    settings = qsettings_for(paths)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    crash = CrashHandler(log_path)
    startup = Startup(window, paths, clock=fake_clock, wall=wall, crash=crash)
    try:
        assert not startup.finish()
        assert startup.failed and window.services is None
        dialog = crash.dialog
        assert isinstance(dialog, UnexpectedErrorDialog) and dialog.isVisible()
        assert str(log_path) in dialog.message.text()
        dialog.copy_button.click()
        report = QGuiApplication.clipboard().text()
        assert "Traceback" in report and "ended_at" in report and str(log_path) in report
        assert dialog.isVisible()  # copying leaves the dialog open
        dialog.reject()
        qtbot.waitUntil(lambda: not window.isVisible())
    finally:
        startup.close()


def test_an_error_in_a_slot_is_logged_and_shown_once(
    qtbot: QtBot, paths: Paths, caplog: pytest.LogCaptureFixture
) -> None:
    crash = CrashHandler(paths.data_dir / LOG_FILE_NAME)
    for _ in range(2):
        try:
            raise ZeroDivisionError("a bug")
        except ZeroDivisionError:
            crash.excepthook(*current_exc_info())
    assert crash.count == 2
    assert [r.levelno for r in caplog.records if "unexpected error" in r.getMessage()] == [logging.CRITICAL] * 2
    dialog = crash.dialog
    assert dialog is not None and "ZeroDivisionError: a bug" in dialog.report
    qtbot.addWidget(dialog)
    dialog.reject()
    assert crash.dialog is None


def test_qt_messages_go_to_the_log(caplog: pytest.LogCaptureFixture) -> None:
    previous = qInstallMessageHandler(qt_message_handler)
    try:
        qWarning("a message from inside Qt")
    finally:
        qInstallMessageHandler(previous)
    assert any(r.name == "qt" and "a message from inside Qt" in r.getMessage() for r in caplog.records)


def test_a_known_storage_failure_that_reaches_the_hook_is_shown_as_what_it_is(
    qtbot: QtBot, paths: Paths, database: Database
) -> None:
    """A write no view guarded (a favourite star while another program holds the database) is told as a lock with
    its path, not as a bug."""
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    crash = CrashHandler(paths.data_dir / LOG_FILE_NAME)
    other = sqlite3.connect(database.path, isolation_level=None)
    try:
        other.execute("BEGIN EXCLUSIVE")
        try:
            SettingsRepository(database.engine).set_favourite("plank", True)
        except StorageError:
            crash.excepthook(*current_exc_info())
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert crash.count == 0 and crash.dialog is None  # not a bug
    [box] = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert "locked by another program" in box.text() and str(database.path) in box.text()
    box.accept()
