"""Storage failures a person can act on, told apart from bugs.

SQLite and the operating system report trouble as error codes; HipDesk sorts the ones a user can do something about
into a few kinds, each with a message that says what happened, where (a path), and what to do:

- the database is locked by another program (a database browser, a sync or backup tool holding it open);
- the disk is full;
- the data folder (or the database file) cannot be written;
- a folder, or a file HipDesk cannot read, stands where the database should be;
- the database file is damaged (found while HipDesk runs; at start-up a damaged file is moved aside instead).

Anything else is a bug: it is not caught here, so the crash handler logs it with its traceback.

Every engine :func:`hipdesk.storage.db.make_engine` builds turns SQLite's errors into these through SQLAlchemy's
``handle_error`` hook, so every repository raises them without a ``try`` of its own.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import tempfile
from pathlib import Path

from hipdesk.domain.words import QT_TRANSLATE_NOOP, Words, wording


class StorageWords(Words):
    """The storage failures' words, in the interface's language (a start-up problem follows the desktop's)."""


# SQLite's primary result codes (the low byte of an extended code), https://sqlite.org/rescode.html
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26

_FULL_ERRNOS = {errno.ENOSPC, errno.EDQUOT}
_READ_ONLY_ERRNOS = {errno.EROFS, errno.EACCES, errno.EPERM}


class StorageError(Exception):
    """A storage failure the user can act on. ``str()`` is the whole message for a dialog: what, where, what to do.

    ``path`` is the file or folder concerned; ``detail`` what SQLite or the system said, for the log.
    """

    title_text = QT_TRANSLATE_NOOP("StorageWords", "HipDesk could not use its data folder")
    retryable = False  # the same action may work later without the user changing anything in HipDesk

    def __init__(self, message: str, path: Path | None = None, detail: str = "") -> None:
        super().__init__(message)
        self.path = path
        self.detail = detail

    @property
    def title(self) -> str:
        """The dialog's title, in the interface's language."""
        return wording().translate("StorageWords", self.title_text)  # marked where each kind defines it


class DatabaseLockedError(StorageError):
    title_text = QT_TRANSLATE_NOOP("StorageWords", "HipDesk's database is in use by another program")
    retryable = True

    @classmethod
    def at(cls, path: Path, detail: str = "") -> DatabaseLockedError:
        return cls(
            StorageWords.tr(
                "The database {path} is locked by another program (a database browser, or a sync or backup tool that "
                "holds it open). Close that program and try again; nothing was changed or lost."
            ).format(path=path),
            path,
            detail,
        )


class DiskFullError(StorageError):
    title_text = QT_TRANSLATE_NOOP("StorageWords", "The disk is full")
    retryable = True

    @classmethod
    def at(cls, path: Path, detail: str = "") -> DiskFullError:
        return cls(
            StorageWords.tr(
                "The disk that holds {path} is full, so HipDesk could not write to it. Free some space on that disk "
                "and try again."
            ).format(path=path),
            path,
            detail,
        )


class ReadOnlyError(StorageError):
    title_text = QT_TRANSLATE_NOOP("StorageWords", "HipDesk cannot write to its data folder")

    @classmethod
    def at(cls, path: Path, detail: str = "") -> ReadOnlyError:
        return cls(
            StorageWords.tr(
                "HipDesk cannot write to {path}: it is read-only, or you do not have permission to change it. Make it "
                "writable for your user, or start HipDesk with another data folder (--data-dir)."
            ).format(path=path),
            path,
            detail,
        )


class DatabasePathError(StorageError):
    """Something that is not HipDesk's database file stands where the database should be."""

    title_text = QT_TRANSLATE_NOOP("StorageWords", "HipDesk cannot open its database")

    @classmethod
    def folder(cls, path: Path) -> DatabasePathError:
        return cls(
            StorageWords.tr(
                "{path} is a folder, but HipDesk keeps its database in a file of that name. Move or rename the folder "
                "(HipDesk does not touch it), or start HipDesk with another data folder (--data-dir)."
            ).format(path=path),
            path,
        )

    @classmethod
    def unreadable(cls, path: Path, detail: str = "") -> DatabasePathError:
        return cls(
            StorageWords.tr(
                "HipDesk cannot read its database {path} ({detail}). Give your user read and write access to that "
                "file, or start HipDesk with another data folder (--data-dir)."
            ).format(detail=detail or StorageWords.tr("permission denied"), path=path),
            path,
            detail,
        )

    @classmethod
    def not_a_file(cls, path: Path) -> DatabasePathError:
        return cls(
            StorageWords.tr(
                "{path} is not a regular file, but HipDesk keeps its database in a file of that name. Move it away, "
                "or start HipDesk with another data folder (--data-dir)."
            ).format(path=path),
            path,
        )


class DiskIOError(StorageError):
    title_text = QT_TRANSLATE_NOOP("StorageWords", "The disk reported an error")
    retryable = True

    @classmethod
    def at(cls, path: Path, detail: str = "") -> DiskIOError:
        return cls(
            StorageWords.tr(
                "Reading or writing {path} failed with a disk error ({detail}). Check that the disk is connected and "
                "healthy, then try again."
            ).format(detail=detail, path=path),
            path,
            detail,
        )


class CorruptDatabaseError(StorageError):
    """The database file is damaged (found while HipDesk runs; at start-up a damaged file is moved aside)."""

    title_text = QT_TRANSLATE_NOOP("StorageWords", "HipDesk's database is damaged")

    @classmethod
    def at(cls, path: Path, detail: str = "") -> CorruptDatabaseError:
        return cls(
            StorageWords.tr(
                "The database {path} is damaged ({detail}). Quit HipDesk and start it again: it will move the damaged "
                "file aside (keeping it) and start a fresh one."
            ).format(detail=detail, path=path),
            path,
            detail,
        )


def primary_code(exc: sqlite3.Error) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else int(code) & 0xFF


def is_corruption(exc: BaseException) -> bool:
    """SQLite found the file is not a database, or a damaged one."""
    return isinstance(exc, sqlite3.Error) and primary_code(exc) in (SQLITE_CORRUPT, SQLITE_NOTADB)


def classify(exc: BaseException, path: Path) -> StorageError | None:
    """The known storage failure ``exc`` is, about the database at ``path``; None when it is a bug.

    SQLAlchemy's wrappers are looked through (``.orig``).
    """
    if isinstance(exc, StorageError):
        return exc
    original = getattr(exc, "orig", None)
    if isinstance(original, BaseException):
        exc = original
    detail = str(exc)
    if isinstance(exc, sqlite3.Error):
        code = primary_code(exc)
        if code in (SQLITE_BUSY, SQLITE_LOCKED):
            return DatabaseLockedError.at(path, detail)
        if code == SQLITE_FULL:
            return DiskFullError.at(path.parent, detail)
        if code == SQLITE_READONLY:
            return ReadOnlyError.at(_unwritable_part(path), detail)
        if code == SQLITE_CANTOPEN:
            return _cannot_open(path, detail)
        if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
            return CorruptDatabaseError.at(path, detail)
        if code == SQLITE_IOERR:
            return _io_error(path, detail)
        return None
    if isinstance(exc, OSError):
        return classify_os_error(exc, path)
    return None


def classify_os_error(exc: OSError, path: Path) -> StorageError | None:
    """A known failure for an operating-system error while working on ``path``; None for anything else."""
    if exc.errno in _FULL_ERRNOS:
        return DiskFullError.at(path, str(exc))
    if exc.errno == errno.EISDIR:
        return DatabasePathError.folder(path)
    if exc.errno in _READ_ONLY_ERRNOS:
        return ReadOnlyError.at(path, exc.strerror or str(exc))
    if exc.errno == errno.ENOTDIR:
        return DatabasePathError.not_a_file(path)
    if exc.errno == errno.EIO:
        return DiskIOError.at(path, exc.strerror or str(exc))
    return None


def _io_error(path: Path, detail: str) -> StorageError:
    # SQLite reports some full disks (a write that comes back short) and read-only mounts as a disk I/O error.
    full = _disk_full(path.parent)
    if full:
        return DiskFullError.at(path.parent, detail)
    return DiskIOError.at(path, detail)


def _cannot_open(path: Path, detail: str) -> StorageError:
    if path.is_dir():
        return DatabasePathError.folder(path)
    if path.exists() and not os.access(path, os.R_OK):
        return DatabasePathError.unreadable(path, detail)
    return ReadOnlyError.at(_unwritable_part(path), detail)


def _unwritable_part(path: Path) -> Path:
    """The database file when it exists but cannot be written, else its folder."""
    if path.exists() and folder_writable(path.parent):
        return path
    return path.parent


def _disk_full(folder: Path) -> bool:
    try:
        stats = os.statvfs(folder)
    except OSError:
        return False
    return stats.f_bavail == 0


def folder_writable(folder: Path) -> bool:
    """Whether a file can really be made in ``folder`` (tried, not guessed from mode bits: root ignores them)."""
    try:
        fd, name = tempfile.mkstemp(dir=folder, prefix=".hipdesk-write-test-")
    except OSError:
        return False
    os.close(fd)
    os.unlink(name)
    return True


def check_data_folder(folder: Path) -> None:
    """Make the data folder if needed and prove HipDesk can write in it. Raises a :class:`StorageError`.

    Run before anything else touches the folder, so a read-only or full data folder is reported as such rather than
    as something else failing later (the single-instance lock file, the database).
    """
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise DatabasePathError(
            StorageWords.tr(
                "{folder} is a file, but HipDesk keeps its data in a folder of that name. Move the file away, or "
                "start HipDesk with another data folder (--data-dir)."
            ).format(folder=folder),
            folder,
        ) from None
    except OSError as exc:
        raise (classify_os_error(exc, folder) or ReadOnlyError.at(folder, str(exc))) from exc
    try:
        fd, name = tempfile.mkstemp(dir=folder, prefix=".hipdesk-write-test-")
    except OSError as exc:
        known = classify_os_error(exc, folder)
        if known is None:
            raise
        raise known from exc
    try:
        os.write(fd, b"x")  # a full disk may still make an empty file
    except OSError as exc:
        known = classify_os_error(exc, folder)
        if known is None:
            raise
        raise known from exc
    finally:
        os.close(fd)
        os.unlink(name)
