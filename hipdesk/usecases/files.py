"""Writing a file the user asked for, safely: all of it or nothing, with the user's normal file mode.

The writing itself is :mod:`hipdesk.atomic_files` (a temporary file beside the target, synced, then renamed over it;
the mode the user's umask gives, or the replaced file's); here the system's refusal becomes a message that says
where and what to do, and a CSV gets no cell a spreadsheet would run.
"""

from __future__ import annotations

import contextlib
import csv
import errno
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TextIO

from hipdesk import atomic_files
from hipdesk.domain.words import QT_TRANSLATE_NOOP
from hipdesk.storage.errors import StorageError, StorageWords


class FileWriteError(StorageError):
    """A file the user asked for could not be written; nothing was left half-written."""

    title_text = QT_TRANSLATE_NOOP("StorageWords", "HipDesk could not save the file")

    @classmethod
    def at(cls, path: Path, exc: OSError) -> FileWriteError:
        reason = exc.strerror or str(exc)
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            hint = StorageWords.tr("the disk is full; free some space, or choose another place")
        elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            hint = StorageWords.tr("you may not write in {folder}; choose another folder").format(folder=path.parent)
        elif exc.errno == errno.EISDIR or path.is_dir():
            hint = StorageWords.tr("that name is a folder; choose a file name")
        elif exc.errno == errno.ENOENT:
            hint = StorageWords.tr("the folder {folder} does not exist").format(folder=path.parent)
        else:
            hint = StorageWords.tr("choose another place and try again")
        message = StorageWords.tr("HipDesk could not write {path} ({reason}): {hint}. Nothing was saved there.")
        return cls(message.format(path=path, reason=reason, hint=hint), path, reason)


@contextlib.contextmanager
def atomic_text_file(path: Path, *, newline: str | None = None) -> Iterator[TextIO]:
    """Write ``path`` through the yielded file; it replaces ``path`` only when the block ends without an error.

    Raises :class:`FileWriteError` (with the path and the reason) when the system refuses; the temporary file is
    removed and an existing ``path`` is left as it was.
    """
    path = Path(path)
    try:
        with atomic_files.atomic_text_file(path, newline=newline) as fh:
            yield fh
    except OSError as exc:
        raise FileWriteError.at(path, exc) from exc


def write_text_atomically(path: Path, text: str) -> None:
    with atomic_text_file(path, newline="\n") as fh:
        fh.write(text)


# A spreadsheet runs a cell that starts with one of these as a formula ("=HYPERLINK(...)" in a routine's name).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: object) -> object:
    """Text that a spreadsheet would read as a formula, with a leading apostrophe so it stays text; numbers as they
    are (HipDesk writes them, so they are never formulas)."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
    """Write ``header`` and ``rows`` to ``path`` as CSV for a spreadsheet, all or nothing, with no cell a spreadsheet
    would run as a formula; returns the number of rows (the header not counted). Raises :class:`FileWriteError`."""
    count = 0
    with atomic_text_file(path, newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        for row in rows:
            writer.writerow([spreadsheet_safe(v) for v in row])
            count += 1
    return count
