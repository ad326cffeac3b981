"""The command line's work that needs no window: the history as CSV, and the status when no HipDesk runs.

``export-csv`` needs neither a display nor Qt: it reads the data folder's database directly (SQLite lets it read
beside a running HipDesk). ``status`` asks the running HipDesk over its socket and reads the data folder otherwise.
"""

from __future__ import annotations

import sys
from pathlib import Path

from hipdesk import APP_NAME
from hipdesk.domain.words import counted
from hipdesk.paths import Paths


def export_csv(data_dir: str | None, file: Path) -> int:
    """Write every session and step to ``file``; the exit status."""
    paths = Paths.resolve(data_dir)
    if not paths.database.is_file():
        print(f"{APP_NAME} has no data in {paths.data_dir} yet: nothing to export.", file=sys.stderr)
        return 1
    from hipdesk.clock import SystemWallClock
    from hipdesk.storage.db import DatabaseError, open_database
    from hipdesk.storage.errors import StorageError
    from hipdesk.storage.history_repository import HistoryRepository
    from hipdesk.usecases.history_export import export_history_csv

    try:
        database = open_database(paths.database, paths.backups, SystemWallClock())
    except (DatabaseError, StorageError) as exc:
        print(f"{APP_NAME} cannot open its database: {exc}", file=sys.stderr)
        return 1
    try:
        rows = export_history_csv(HistoryRepository(database.engine), file)  # the History tab's export, as a file
    except StorageError as exc:  # says what and where; a file already there is left as it was
        print(exc, file=sys.stderr)
        return 1
    finally:
        database.dispose()
    print(f"Wrote {counted(rows, 'row')} of sessions and steps to {file.resolve()}.")
    return 0


def status(data_dir: str | None) -> int:
    """Print the running HipDesk's status, or what the data folder says when none runs; the exit status."""
    paths = Paths.resolve(data_dir)
    from PySide6.QtCore import QCoreApplication, QLockFile

    from hipdesk.ui.companion.single_instance import RuntimeFolderError, send, server_name

    _app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    try:
        answer = send(server_name(paths.data_dir), {"command": "status"})
    except RuntimeFolderError as exc:
        print(exc, file=sys.stderr)
        return 1
    if answer is not None:
        print(answer.text, file=sys.stdout if answer.ok else sys.stderr)
        return 0 if answer.ok else 1
    lock = QLockFile(str(paths.data_dir / "hipdesk.lock"))
    if paths.data_dir.is_dir() and not lock.tryLock(0):
        print(f"{APP_NAME} holds {paths.data_dir} but does not answer yet (still starting?).", file=sys.stderr)
        return 1
    lock.unlock()
    print(_offline_status(paths))
    return 0


def _offline_status(paths: Paths) -> str:
    from hipdesk.clock import SystemWallClock
    from hipdesk.domain.reminders import ReminderSettings
    from hipdesk.ui.companion.remote_commands import offline_status

    wall = SystemWallClock()
    if not paths.database.is_file():
        return offline_status(paths.data_dir, ReminderSettings(), 0, wall)
    from hipdesk.storage.db import open_database
    from hipdesk.storage.history_repository import HistoryRepository
    from hipdesk.storage.settings_repository import SettingsRepository
    from hipdesk.ui.companion import preferences as prefs
    from hipdesk.ui.companion.remote_commands import today_minutes

    database = open_database(paths.database, paths.backups, wall)
    try:
        settings = prefs.load_reminder_settings(SettingsRepository(database.engine))
        minutes = today_minutes(HistoryRepository(database.engine), wall)
    finally:
        database.dispose()
    return offline_status(paths.data_dir, settings, minutes, wall)
