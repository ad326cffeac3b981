"""Export the history as CSV for a spreadsheet: written safely, and with no cell a spreadsheet would run."""

from __future__ import annotations

import csv
from pathlib import Path

from hipdesk.storage.history_repository import CSV_HEADER, HistoryRepository
from hipdesk.usecases.files import atomic_text_file

# A spreadsheet runs a cell that starts with one of these as a formula ("=HYPERLINK(...)" in a routine's name).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: object) -> object:
    """Text that a spreadsheet would read as a formula, with a leading apostrophe so it stays text; numbers as they
    are (HipDesk writes them, so they are never formulas)."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def export_history_csv(history: HistoryRepository, path: Path) -> int:
    """Write every session and its steps to ``path`` (a row per step); returns the number of rows.

    Raises :class:`~hipdesk.usecases.files.FileWriteError`; a file already at ``path`` is then left as it was.
    """
    count = 0
    with atomic_text_file(path, newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(CSV_HEADER)
        for row in history.export_rows():
            writer.writerow([spreadsheet_safe(v) for v in row])
            count += 1
    return count
