"""Opening HipDesk's SQLite file: checks, backups and migrations before anything else touches it.

- a file that is not a SQLite database is moved aside (never deleted) and HipDesk starts fresh;
- a database written by a newer HipDesk is refused and left exactly as it is;
- before any upgrade the file is copied to ``backups/``.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event

from hipdesk.clock import WallClock

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


class DatabaseError(Exception):
    """A database HipDesk cannot open; the message says what and where, for a dialog."""


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
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def known_revisions() -> set[str]:
    script = ScriptDirectory.from_config(_alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def head_revision() -> str:
    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def _stamp(wall: WallClock) -> str:
    """The moment in a file name, local time as the user reads it."""
    return wall.now().strftime("%Y%m%d-%H%M%S")


def _set_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA synchronous=NORMAL")  # safe with WAL: a crash loses no committed step
    cur.close()


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", _set_pragmas)
    return engine


def _current_revision_readonly(path: Path) -> str | None:
    """The file's Alembic revision, read without writing a byte. Raises sqlite3.DatabaseError if unreadable."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        conn.execute("PRAGMA schema_version").fetchone()  # forces a read of the header pages
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "alembic_version" not in tables:
            return None
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    finally:
        conn.close()


def _move_aside(path: Path, wall: WallClock) -> Path:
    target = path.with_name(f"{path.name}.unreadable-{_stamp(wall)}")
    path.rename(target)
    for suffix in ("-wal", "-shm"):
        extra = path.with_name(path.name + suffix)
        if extra.exists():
            extra.rename(target.with_name(target.name + suffix))
    return target


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


def open_database(path: Path, backups_dir: Path, wall: WallClock) -> Database:
    """Open (creating or upgrading) the database at ``path``. Raises NewerDatabaseError, DatabaseError."""
    notices: list[str] = []
    path.parent.mkdir(parents=True, exist_ok=True)
    current: str | None = None
    if path.exists() and path.stat().st_size > 0:
        with path.open("rb") as fh:
            magic = fh.read(len(SQLITE_MAGIC))
        try:
            if magic != SQLITE_MAGIC:
                raise sqlite3.DatabaseError("not a SQLite file")
            current = _current_revision_readonly(path)
        except sqlite3.DatabaseError as exc:
            moved = _move_aside(path, wall)
            notices.append(
                f"The file {path} was not a readable HipDesk database ({exc}). "
                f"It was moved to {moved} and HipDesk started with a fresh one."
            )
            current = None
        else:
            if current is not None and current not in known_revisions():
                raise NewerDatabaseError(
                    f"The database {path} was written by a newer version of HipDesk (schema {current}). "
                    "This version cannot read it safely, so it was left untouched. "
                    "Please update HipDesk, or start this version with another --data-dir."
                )
            if current is not None and current != head_revision():
                saved = backup(path, backups_dir, f"before-{head_revision()}", wall)
                notices.append(f"HipDesk upgraded its database; the previous copy is saved at {saved}.")
    engine = make_engine(path)
    try:
        with engine.begin() as conn:
            cfg = _alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    except Exception as exc:  # a failed migration must leave the user's file as it was: it has a backup
        engine.dispose()
        raise DatabaseError(f"HipDesk could not prepare its database {path}: {exc}") from exc
    return Database(engine=engine, path=path, notices=notices)
