"""Export the history as CSV for a spreadsheet: written safely, and with no cell a spreadsheet would run."""

from __future__ import annotations

from pathlib import Path

from hipdesk.storage.history_repository import CSV_HEADER, HistoryRepository
from hipdesk.usecases.files import write_csv


def export_history_csv(history: HistoryRepository, path: Path) -> int:
    """Write every session and its steps to ``path`` (a row per step); returns the number of rows.

    Raises :class:`~hipdesk.usecases.files.FileWriteError`; a file already at ``path`` is then left as it was.
    """
    return write_csv(path, CSV_HEADER, history.export_rows())
