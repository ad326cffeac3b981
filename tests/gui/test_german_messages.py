"""HipDesk's messages about files and storage speak German too: a problem with the database and the summary of an
export, as a German user reads them in their dialogs (the English is the source; see test_storage_failures)."""

from __future__ import annotations

from pathlib import Path

import pytest

from hipdesk.clock import FakeWallClock
from hipdesk.storage.db import open_database
from hipdesk.storage.errors import DatabasePathError
from hipdesk.usecases.data_transfer import ExportSummary

pytestmark = pytest.mark.usefixtures("german")


def test_a_folder_at_the_database_path_is_reported_in_german(tmp_path: Path, wall: FakeWallClock) -> None:
    database = tmp_path / "hipdesk.sqlite3"
    database.mkdir()
    with pytest.raises(DatabasePathError) as raised:
        open_database(database, tmp_path / "backups", wall)
    assert raised.value.title == "HipDesk kann seine Datenbank nicht öffnen"
    assert str(raised.value).startswith(f"{database} ist ein Ordner, aber HipDesk speichert seine Datenbank")
    assert database.is_dir()  # left alone


def test_an_export_summary_counts_in_german(tmp_path: Path) -> None:
    summary = ExportSummary(
        path=tmp_path / "hipdesk.zip",
        size_bytes=1024,
        sessions=1,
        steps=12,
        pain_ratings=2,
        checks=1,
        routine_versions=3,
        favourites=0,
        preferences=1,
    )
    assert summary.message() == (
        "1 Einheit (12 Schritte), 2 Schmerzangaben, 1 Testwert, 3 Routinenfassungen, 0 Favoriten, 1 Einstellung "
        f"nach {tmp_path / 'hipdesk.zip'} exportiert."
    )
