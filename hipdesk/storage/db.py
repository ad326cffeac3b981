"""Opening HipDesk's SQLite file: checks, backups and migrations before anything else touches it.

- a file that is not a SQLite database, or a database SQLite finds damaged (``PRAGMA quick_check``), is moved aside
  with its companion files (never deleted) and HipDesk starts fresh;
- a database locked by another program, a folder or an unreadable file at the database's path, a read-only data
  folder and a full disk are reported as such (:mod:`hipdesk.storage.errors`) and nothing is moved or deleted;
- a database written by a newer HipDesk is refused and left exactly as it is;
- before any upgrade the file is copied to ``backups/``.
"""

from __future__ import annotations

import functools
import re
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hipdesk.clock import WallClock
from hipdesk.domain.words import QT_TRANSLATE_NOOP
from hipdesk.storage.errors import (
    DatabasePathError,
    StorageError,
    StorageWords,
    check_data_folder,
    classify,
    is_corruption,
)

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Engine
    from sqlalchemy.engine import ExceptionContext

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
SQLITE_MAGIC = b"SQLite format 3\x00"
# How long a write waits for another program's lock before it gives up (and the step waits in memory): short, so the
# window never freezes at the end of a step. Ordinary writes by another program hold the lock for milliseconds.
BUSY_TIMEOUT_MS = 100
# At start-up nothing is waiting on screen yet: give a program that briefly holds the file (a backup) time to finish.
STARTUP_BUSY_TIMEOUT_S = 3.0
# Files SQLite keeps beside the database; they belong to it and move with it.
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")


class DatabaseError(StorageError):
    """A database HipDesk cannot open; the message says what and where, for a dialog."""

    title_text = QT_TRANSLATE_NOOP("StorageWords", "HipDesk cannot open its database")


class NewerDatabaseError(DatabaseError):
    pass


@dataclass
class Database:
    engine: Engine
    path: Path
    notices: list[str] = field(default_factory=list)  # things the user should be told once

    def dispose(self) -> None:
        self.engine.dispose()


def _alembic_config() -> Config:
    from alembic.config import Config  # only to migrate: Alembic costs about 17 MiB and a third of a second

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


_REVISION_LINE = re.compile(r'^(down_revision|revision)\s*(?::[^=]*)?=\s*(?:"([^"]*)"|None)\s*$', re.MULTILINE)


@functools.cache
def _revision_graph() -> dict[str, str | None]:
    """Each migration's revision and the one it follows, read from the revision files' own lines.

    A start on a database already at the head never needs Alembic; this answers "known?" and "the head?" without it.
    tests/unit/test_storage_db.py checks it agrees with Alembic's reading of the same files.
    """
    graph: dict[str, str | None] = {}
    for file in sorted((MIGRATIONS / "versions").glob("*.py")):
        found = {key: value for key, value in _REVISION_LINE.findall(file.read_text(encoding="utf-8"))}
        if "revision" in found:
            graph[found["revision"]] = found.get("down_revision") or None
    return graph


def known_revisions() -> set[str]:
    return set(_revision_graph())


def head_revision() -> str:
    graph = _revision_graph()
    heads = set(graph) - {down for down in graph.values() if down}
    assert len(heads) == 1, f"the migrations should have one head, not {sorted(heads)}"
    return heads.pop()


def _stamp(wall: WallClock) -> str:
    """The moment in a file name, local time as the user reads it."""
    return wall.now().strftime("%Y%m%d-%H%M%S")


def _set_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")  # first: switching to WAL may have to wait for a lock
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=NORMAL")  # safe with WAL: a crash loses no committed step
    cur.close()


def make_engine(path: Path) -> Engine:
    """An engine over the file at ``path`` whose known failures raise :class:`StorageError` kinds."""
    from sqlalchemy import create_engine, event

    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", _set_pragmas)
    event.listen(engine, "handle_error", _known_failure(Path(path)))
    return engine


def _known_failure(path: Path) -> Any:
    def handle_error(context: ExceptionContext) -> None:
        known = classify(context.original_exception, path)
        if known is not None:
            raise known from context.original_exception

    return handle_error


class _Corrupt(Exception):
    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


def _inspect_readonly(path: Path, busy_timeout_s: float) -> str | None:
    """The file's Alembic revision, read without writing a byte, after SQLite's quick check of the whole file.

    Raises ``_Corrupt`` for a damaged file, a :class:`StorageError` for a known failure (locked, unreadable),
    and lets anything else through (a bug).
    """
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=busy_timeout_s)
        try:
            conn.execute("PRAGMA schema_version").fetchone()  # forces a read of the header pages
            problems = [row[0] for row in conn.execute("PRAGMA quick_check")]
            if problems != ["ok"]:
                raise _Corrupt("; ".join(str(p) for p in problems[:3]))
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "alembic_version" not in tables:
                return None
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            return row[0] if row else None
        finally:
            conn.close()
    except sqlite3.Error as exc:
        if is_corruption(exc):
            raise _Corrupt(str(exc)) from exc
        known = classify(exc, path)
        if known is None:
            raise
        raise known from exc


def _move_aside(path: Path, wall: WallClock) -> Path:
    """Rename a damaged database and its companion files (a journal or WAL of the damaged file belongs to it)."""
    target = path.with_name(f"{path.name}.unreadable-{_stamp(wall)}")
    path.rename(target)
    for suffix in COMPANION_SUFFIXES:
        extra = path.with_name(path.name + suffix)
        if extra.exists():
            extra.rename(target.with_name(target.name + suffix))
    return target


def _read_magic(path: Path) -> bytes | None:
    """The first bytes of the file at ``path``; None when there is no file (or an empty one).

    Raises DatabasePathError for a folder, something that is not a regular file, or a file HipDesk may not read.
    """
    if path.is_dir():
        raise DatabasePathError.folder(path)
    if not path.exists():
        if path.is_symlink():
            raise DatabasePathError.not_a_file(path)  # a link to nowhere: SQLite would create its target
        return None
    if not path.is_file():
        raise DatabasePathError.not_a_file(path)
    try:
        with path.open("rb") as fh:
            magic = fh.read(len(SQLITE_MAGIC))
    except PermissionError as exc:
        raise DatabasePathError.unreadable(path, exc.strerror or str(exc)) from exc
    except OSError as exc:
        raise (classify(exc, path) or exc) from exc
    return magic or None


def backup(path: Path, backups_dir: Path, label: str, wall: WallClock) -> Path:
    """A consistent copy of the live database (WAL included) through SQLite's backup API."""
    backups_dir.mkdir(parents=True, exist_ok=True)
    target = backups_dir / f"hipdesk-{label}-{_stamp(wall)}.sqlite3"
    src = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


def open_database(
    path: Path, backups_dir: Path, wall: WallClock, *, busy_timeout_s: float = STARTUP_BUSY_TIMEOUT_S
) -> Database:
    """Open (creating or upgrading) the database at ``path``.

    Raises NewerDatabaseError, DatabaseError, or another :class:`StorageError` (locked, read-only folder, disk
    full, a folder or an unreadable file at ``path``); only a damaged file is ever moved aside.
    """
    notices: list[str] = []
    check_data_folder(path.parent)
    current: str | None = None
    magic = _read_magic(path)
    if magic is not None:
        try:
            if magic != SQLITE_MAGIC:
                raise _Corrupt("not a SQLite file")
            current = _inspect_readonly(path, busy_timeout_s)
        except _Corrupt as exc:
            moved = _move_aside(path, wall)
            notices.append(
                StorageWords.tr(
                    "The file {path} was not a readable HipDesk database ({detail}). It was moved to {moved} and "
                    "HipDesk started with a fresh one."
                ).format(path=path, detail=exc.detail, moved=moved)
            )
            current = None
        else:
            if current is not None and current not in known_revisions():
                raise NewerDatabaseError(
                    StorageWords.tr(
                        "The database {path} was written by a newer version of HipDesk (schema {schema}). This "
                        "version cannot read it safely, so it was left untouched. Please update HipDesk, or start "
                        "this version with another --data-dir."
                    ).format(path=path, schema=current)
                )
            if current is not None and current != head_revision():
                saved = backup(path, backups_dir, f"before-{head_revision()}", wall)
                notices.append(
                    StorageWords.tr("HipDesk upgraded its database; the previous copy is saved at {path}.").format(
                        path=saved
                    )
                )
    engine = make_engine(path)
    if current == head_revision():  # the usual start: nothing to migrate, and Alembic stays unloaded
        return Database(engine=engine, path=path, notices=notices)
    try:
        with engine.begin() as conn:
            from alembic import command

            conn.exec_driver_sql(f"PRAGMA busy_timeout={int(busy_timeout_s * 1000)}")
            cfg = _alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
            conn.exec_driver_sql(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    except StorageError:
        engine.dispose()
        raise
    except Exception as exc:  # a failed migration must leave the user's file as it was: it has a backup
        engine.dispose()
        message = StorageWords.tr("HipDesk could not prepare its database {path}: {reason}")
        raise DatabaseError(message.format(path=path, reason=exc), path, str(exc)) from exc
    return Database(engine=engine, path=path, notices=notices)
