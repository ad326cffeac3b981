"""Writing a file whole or not at all: the one way HipDesk writes a file that must not be left half-written.

The bytes go to a temporary file beside the target, are flushed to the disk (fsync), and only then is it renamed
over the target, and the folder synced so the rename itself survives a power cut. A full disk, a crash or an error
part-way never leaves half a file where a good one was, and the temporary file is removed.

A file a person asks for (an export, a routine file, a copy of a photo) gets the mode the user's umask gives any new
file (0644 under the usual 022), or keeps the mode of the file it replaces; a ``private`` file (a photo kept in the
data folder) is readable by its owner only. Errors are the system's ``OSError``: each caller says what it was
writing (``hipdesk.usecases.files.FileWriteError``, ``hipdesk.storage.photo_repository.PhotoFileError``).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, TextIO


@contextlib.contextmanager
def atomic_binary_file(path: Path, *, private: bool = False) -> Iterator[BinaryIO]:
    """Write ``path`` through the yielded binary file; it replaces ``path`` only when the block ends without an
    error. Raises ``OSError`` when the system refuses; an existing ``path`` is then left as it was."""
    with _replaced_when_done(Path(path), private) as fd, os.fdopen(fd, "wb") as fh:
        yield fh
        fh.flush()
        os.fsync(fh.fileno())


@contextlib.contextmanager
def atomic_text_file(path: Path, *, newline: str | None = None, private: bool = False) -> Iterator[TextIO]:
    """As :func:`atomic_binary_file`, for UTF-8 text (``newline`` as :func:`open` takes it)."""
    with _replaced_when_done(Path(path), private) as fd, os.fdopen(fd, "w", encoding="utf-8", newline=newline) as fh:
        yield fh
        fh.flush()
        os.fsync(fh.fileno())


@contextlib.contextmanager
def _replaced_when_done(path: Path, private: bool) -> Iterator[int]:
    """A new temporary file's descriptor; after the block (which closes it), the file is renamed over ``path``."""
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    keep_mode = stat.S_IMODE(path.stat().st_mode) if not private and path.is_file() else None
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600 if private else 0o666)  # the umask applies
    try:
        yield fd
        if keep_mode is not None:
            os.chmod(tmp, keep_mode)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    sync_folder(path.parent)


def sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX); where a folder cannot be opened (Windows) the rename stands."""
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
