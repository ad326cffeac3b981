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
from hipdesk.domain.words import QT_TRANSLATE_NOOP, Words
from hipdesk.storage.data_repository import DataRepository
from hipdesk.storage.errors import StorageError
from hipdesk.usecases.files import FileWriteError
from hipdesk.usecases.preferences import SCHEMA

# Preferences that only make sense on the computer that wrote them (the schema marks them).
LOCAL_ONLY_PREFERENCES = tuple(p.key for p in SCHEMA if p.local_only)


class DataWords(Words):
    """The words of exporting and importing all data."""


class DataTransferError(StorageError):
    """An export or import that could not be done; the message says what happened and where (a path)."""

    title_text = QT_TRANSLATE_NOOP("StorageWords", "HipDesk could not move your data")


def _sessions(sessions: int, steps: int) -> str:
    """'3 sessions (24 steps)'."""
    return DataWords.tr("{sessions} ({steps})").format(
        sessions=DataWords.tr("%n session(s)", "", sessions), steps=DataWords.tr("%n step(s)", "", steps)
    )


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
            _sessions(self.sessions, self.steps),
            DataWords.tr("%n pain rating(s)", "", self.pain_ratings),
            DataWords.tr("%n check value(s)", "", self.checks),
            DataWords.tr("%n routine version(s)", "", self.routine_versions),
            DataWords.tr("%n favourite(s)", "", self.favourites),
            DataWords.tr("%n preference(s)", "", self.preferences),
        ]
        text = DataWords.tr("Exported {records} to {path}.").format(records=", ".join(parts), path=self.path)
        if self.left_out:
            text += " " + DataWords.tr("Left out: {records}.").format(records="; ".join(self.left_out))
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
            return DataWords.tr("Nothing new in {path}: everything in it is already here.").format(path=self.path)
        added = [
            (c.sessions, _sessions(c.sessions, c.steps)),
            (c.pain_ratings, DataWords.tr("%n pain rating(s)", "", c.pain_ratings)),
            (c.checks, DataWords.tr("%n check value(s)", "", c.checks)),
            (c.routine_versions, DataWords.tr("%n routine version(s)", "", c.routine_versions)),
            (c.favourites, DataWords.tr("%n favourite(s)", "", c.favourites)),
        ]
        words = [text for n, text in added if n]
        lines = [DataWords.tr("From {path}:").format(path=self.path)]
        if words:
            lines.append(DataWords.tr("added {records}.").format(records=", ".join(words)))
        if c.checks_replaced:
            lines.append(DataWords.tr("%n check value(s) replaced by one recorded later.", "", c.checks_replaced))
        if c.routines_retired:
            lines.append(DataWords.tr("%n routine version(s) superseded or deleted.", "", c.routines_retired))
        if c.preferences:
            lines.append(DataWords.tr("%n preference(s) taken (changed there more recently).", "", c.preferences))
        skipped = sum(c.skipped.values())
        if skipped:
            lines.append(DataWords.tr("%n record(s) already here, skipped.", "", skipped))
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
        unreadable = len(data.routines) - len(routines)
        left_out.append(DataWords.tr("%n routine version(s) that cannot be read", "", unreadable))
    if len(preferences) < len(data.preferences):
        unreadable = len(data.preferences) - len(preferences)
        left_out.append(DataWords.tr("%n preference(s) that cannot be read", "", unreadable))
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
        message = DataWords.tr("HipDesk could not read its database to export it: {reason}")
        raise DataTransferError(message.format(reason=exc.orig)) from exc
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
        message = DataWords.tr("HipDesk could not merge {path} into its database ({reason}); nothing was changed.")
        raise DataTransferError(message.format(path=path, reason=exc.orig)) from exc
    return ImportSummary(path=path, exported_at=document.exported_at, exported_by=document.exported_by, counts=counts)
