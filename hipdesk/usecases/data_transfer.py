"""Export everything a person recorded to one data file, and merge a data file into the store.

This is how one person keeps one history on two computers: export on each, import each file on the other (a
synced folder can carry them; HipDesk needs no server). Importing is all or nothing, in one transaction; importing
the same file twice changes nothing; importing two computers' files in either order ends with the same store.
The rules of the merge are in :mod:`hipdesk.domain.data_records`, the file format in :mod:`hipdesk.content.data_file`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from hipdesk import APP_NAME, __version__
from hipdesk.clock import WallClock
from hipdesk.content.data_file import DataFileError, read_data_file, write_data_file
from hipdesk.domain.data_records import DataSet, MergeCounts
from hipdesk.domain.words import counted
from hipdesk.storage.data_repository import DataRepository
from hipdesk.storage.errors import StorageError
from hipdesk.usecases.files import FileWriteError
from hipdesk.usecases.preferences import SCHEMA

# Preferences that only make sense on the computer that wrote them (the schema marks them).
LOCAL_ONLY_PREFERENCES = tuple(p.key for p in SCHEMA if p.local_only)


class DataTransferError(StorageError):
    """An export or import that could not be done; the message says what happened and where (a path)."""

    title = "HipDesk could not move your data"


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    size_bytes: int
    sessions: int
    steps: int
    pain_ratings: int
    checks: int
    routine_versions: int
    favourites: int
    preferences: int
    left_out: tuple[str, ...] = ()  # stored rows that could not be read, said in words

    def message(self) -> str:
        parts = [
            counted(self.sessions, "session") + f" ({counted(self.steps, 'step')})",
            counted(self.pain_ratings, "pain rating"),
            counted(self.checks, "check value"),
            counted(self.routine_versions, "routine version"),
            counted(self.favourites, "favourite"),
            counted(self.preferences, "preference"),
        ]
        text = f"Exported {', '.join(parts)} to {self.path}."
        if self.left_out:
            text += " Left out: " + "; ".join(self.left_out) + "."
        return text


@dataclass(frozen=True)
class ImportSummary:
    path: Path
    exported_at: str
    exported_by: str
    counts: MergeCounts

    def message(self) -> str:
        c = self.counts
        if not c.changed:
            return f"Nothing new in {self.path}: everything in it is already here."
        added = [
            (c.sessions, counted(c.sessions, "session") + f" ({counted(c.steps, 'step')})"),
            (c.pain_ratings, counted(c.pain_ratings, "pain rating")),
            (c.checks, counted(c.checks, "check value")),
            (c.routine_versions, counted(c.routine_versions, "routine version")),
            (c.favourites, counted(c.favourites, "favourite")),
        ]
        words = [text for n, text in added if n]
        lines = [f"From {self.path}:"]
        if words:
            lines.append("added " + ", ".join(words) + ".")
        if c.checks_replaced:
            lines.append(f"{counted(c.checks_replaced, 'check value')} replaced by one recorded later.")
        if c.routines_retired:
            lines.append(f"{counted(c.routines_retired, 'routine version')} superseded or deleted.")
        if c.preferences:
            lines.append(f"{counted(c.preferences, 'preference')} taken (changed there more recently).")
        skipped = sum(c.skipped.values())
        if skipped:
            lines.append(f"{counted(skipped, 'record')} already here, skipped.")
        return " ".join(lines)


def _readable(data: DataSet) -> tuple[DataSet, tuple[str, ...]]:
    """The records without stored rows that are not valid JSON (edited by hand outside HipDesk), and what was left."""
    routines = []
    for r in data.routines:
        try:
            json.loads(r.body)
        except ValueError:
            continue
        routines.append(r)
    preferences = []
    for p in data.preferences:
        try:
            json.loads(p.value)
        except ValueError:
            continue
        preferences.append(p)
    left_out = []
    if len(routines) < len(data.routines):
        left_out.append(f"{counted(len(data.routines) - len(routines), 'routine version')} that cannot be read")
    if len(preferences) < len(data.preferences):
        left_out.append(f"{counted(len(data.preferences) - len(preferences), 'preference')} that cannot be read")
    return replace(data, routines=tuple(routines), preferences=tuple(preferences)), tuple(left_out)


def export_data(store: DataRepository, path: Path, wall: WallClock) -> ExportSummary:
    """Write every finished session, rating, check, routine version, favourite and preference to ``path``.

    Raises :class:`~hipdesk.usecases.files.FileWriteError` when the file cannot be written and
    :class:`DataTransferError` when the store cannot be read (the messages name the path); nothing in the store
    changes either way.
    """
    path = Path(path)
    try:
        data, left_out = _readable(store.snapshot(leave_out_preferences=LOCAL_ONLY_PREFERENCES))
    except DBAPIError as exc:
        raise DataTransferError(f"HipDesk could not read its database to export it: {exc.orig}") from exc
    try:
        size = write_data_file(path, data, wall.now(), f"{APP_NAME} {__version__}")
    except OSError as exc:
        raise FileWriteError.at(path, exc) from exc
    return ExportSummary(
        path=path,
        size_bytes=size,
        sessions=len(data.sessions),
        steps=data.step_count,
        pain_ratings=len(data.pain_ratings),
        checks=len(data.checks),
        routine_versions=len(data.routines),
        favourites=len(data.favourites),
        preferences=len(data.preferences),
        left_out=left_out,
    )


def import_data(store: DataRepository, path: Path) -> ImportSummary:
    """Merge the data file at ``path`` into the store, in one transaction.

    Raises :class:`~hipdesk.content.data_file.DataFileError` for a file HipDesk refuses (a newer format included)
    and :class:`DataTransferError` when the store cannot take it; in both cases nothing was written.
    """
    path = Path(path)
    document = read_data_file(path)
    try:
        counts = store.merge(document.data, leave_out_preferences=LOCAL_ONLY_PREFERENCES)
    except ValueError as exc:
        raise DataFileError(str(path), str(exc)) from exc
    except DBAPIError as exc:
        raise DataTransferError(
            f"HipDesk could not merge {path} into its database ({exc.orig}); nothing was changed."
        ) from exc
    return ImportSummary(path=path, exported_at=document.exported_at, exported_by=document.exported_by, counts=counts)
