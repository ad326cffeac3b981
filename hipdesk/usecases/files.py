"""Writing a file the user asked for, safely: all of it or nothing, with the user's normal file mode.

The text goes to a temporary file beside the target, is flushed to the disk (fsync), and only then renamed over the
target, so a full disk or a crash never leaves half a file where a good one was. The new file gets the mode the
user's umask gives any new file (0644 under the usual 022), or keeps the mode of the file it replaces.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from hipdesk.storage.errors import StorageError


class FileWriteError(StorageError):
    """A file the user asked for could not be written; nothing was left half-written."""

    title = "HipDesk could not save the file"

    @classmethod
    def at(cls, path: Path, exc: OSError) -> FileWriteError:
        reason = exc.strerror or str(exc)
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            hint = "the disk is full; free some space, or choose another place"
        elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            hint = f"you may not write in {path.parent}; choose another folder"
        elif exc.errno == errno.EISDIR or path.is_dir():
            hint = "that name is a folder; choose a file name"
        elif exc.errno == errno.ENOENT:
            hint = f"the folder {path.parent} does not exist"
        else:
            hint = "choose another place and try again"
        return cls(f"HipDesk could not write {path} ({reason}): {hint}. Nothing was saved there.", path, reason)


@contextlib.contextmanager
def atomic_text_file(path: Path, *, newline: str | None = None) -> Iterator[TextIO]:
    """Write ``path`` through the yielded file; it replaces ``path`` only when the block ends without an error.

    Raises :class:`FileWriteError` (with the path and the reason) when the system refuses; the temporary file is
    removed and an existing ``path`` is left as it was.
    """
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    try:
        keep_mode = path.stat().st_mode & 0o7777 if path.is_file() else None
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)  # the umask applies, as to any new file
    except OSError as exc:
        raise FileWriteError.at(path, exc) from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline=newline) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        if keep_mode is not None:
            os.chmod(tmp, keep_mode)
        os.replace(tmp, path)
        _sync_folder(path.parent)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise FileWriteError.at(path, exc) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_text_atomically(path: Path, text: str) -> None:
    with atomic_text_file(path, newline="\n") as fh:
        fh.write(text)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); where a folder cannot be opened (Windows) the rename stands."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
