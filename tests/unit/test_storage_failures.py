"""Storage failures on real files: each is reported as what it is, with its path, and nothing that was not damaged is
moved or deleted.

A read-only folder and an unreadable file need file permissions to apply. Tests often run as root, which ignores
them (chmod does not stop root writing), so those cases run in a child process without the capabilities that let
root bypass permissions (``setpriv --bounding-set -dac_override,...``, util-linux), or plainly when not root.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event, text

from hipdesk.clock import FakeWallClock
from hipdesk.storage.db import BUSY_TIMEOUT_MS, make_engine, open_database
from hipdesk.storage.errors import (
    DatabaseLockedError,
    DatabasePathError,
    DiskFullError,
    ReadOnlyError,
    StorageError,
    check_data_folder,
)
from hipdesk.storage.settings_repository import SettingsRepository
from tests.clocks import TEST_NOW

REPO = Path(__file__).resolve().parents[2]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def _make_database(path: Path, backups: Path) -> None:
    db = open_database(path, backups, FakeWallClock(TEST_NOW))
    SettingsRepository(db.engine).put("weekly_goal_min", 95)
    db.dispose()


# ---- locked by another program ----------------------------------------------------------------------------------


@pytest.fixture
def restored_and_held(paths) -> Iterator[sqlite3.Connection]:  # type: ignore[no-untyped-def]
    """HipDesk's database as a restored backup leaves it (rollback journal, not WAL), held by another program that
    is part-way through writing (BEGIN EXCLUSIVE, a row written, so its -journal file exists)."""
    _make_database(paths.database, paths.backups)
    with sqlite3.connect(paths.database) as conn:
        conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    other = sqlite3.connect(paths.database, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    other.execute("INSERT INTO settings (key, value) VALUES ('other_program', '1')")
    assert paths.database.with_name("hipdesk.sqlite3-journal").exists()
    yield other
    other.close()


def test_a_database_locked_by_another_program_is_reported_and_nothing_moves(paths, restored_and_held, wall) -> None:  # type: ignore[no-untyped-def]
    journal = paths.database.with_name("hipdesk.sqlite3-journal")
    before_files = _listing(paths.data_dir)
    before_db, before_journal = _digest(paths.database), _digest(journal)
    with pytest.raises(DatabaseLockedError) as info:
        open_database(paths.database, paths.backups, wall, busy_timeout_s=0.05)
    assert str(paths.database) in str(info.value) and "another program" in str(info.value)
    assert _listing(paths.data_dir) == before_files  # nothing moved aside, no fresh database
    assert _digest(paths.database) == before_db
    assert _digest(journal) == before_journal  # the other program's journal is its own: untouched
    restored_and_held.execute("ROLLBACK")
    db = open_database(paths.database, paths.backups, wall, busy_timeout_s=0.05)  # once released, all is there
    try:
        assert SettingsRepository(db.engine).get("weekly_goal_min") == 95
        assert db.notices == []
    finally:
        db.dispose()


def test_a_write_while_another_program_holds_the_lock_fails_fast_as_locked(database) -> None:  # type: ignore[no-untyped-def]
    settings = SettingsRepository(database.engine)
    settings.put("weekly_goal_min", 80)
    other = sqlite3.connect(database.path, isolation_level=None)
    try:
        other.execute("BEGIN EXCLUSIVE")
        with pytest.raises(DatabaseLockedError, match="another program"):
            settings.put("weekly_goal_min", 120)
        with database.engine.connect() as conn:  # a write waits a tenth of a second, not five
            assert conn.execute(text("PRAGMA busy_timeout")).scalar_one() == BUSY_TIMEOUT_MS <= 100
    finally:
        other.execute("ROLLBACK")
        other.close()
    settings.put("weekly_goal_min", 120)
    assert settings.get("weekly_goal_min") == 120


# ---- something else at the database's path ----------------------------------------------------------------------


def test_a_folder_at_the_database_path_is_reported_and_left_alone(paths, wall) -> None:  # type: ignore[no-untyped-def]
    paths.database.mkdir()
    (paths.database / "notes.txt").write_text("mine")
    with pytest.raises(DatabasePathError, match="is a folder") as info:
        open_database(paths.database, paths.backups, wall)
    assert str(paths.database) in str(info.value)
    assert (paths.database / "notes.txt").read_text() == "mine"
    assert _listing(paths.data_dir) == ["hipdesk.sqlite3"]


def test_a_file_at_the_data_folder_path_is_reported(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.write_text("not a folder")
    with pytest.raises(StorageError, match="is a file") as info:
        check_data_folder(folder)
    assert str(folder) in str(info.value)
    assert folder.read_text() == "not a folder"


# ---- a damaged file -----------------------------------------------------------------------------------------------


def test_damage_in_the_middle_of_the_file_is_found_at_start_and_moved_aside(paths, wall) -> None:  # type: ignore[no-untyped-def]
    _make_database(paths.database, paths.backups)
    with sqlite3.connect(paths.database) as conn:
        conn.execute("PRAGMA journal_mode=DELETE")  # fold the WAL into the file
        conn.execute("CREATE TABLE filler (x TEXT)")
        conn.executemany("INSERT INTO filler VALUES (?)", [("x" * 500,) for _ in range(400)])
    conn.close()
    page = 4096
    size = paths.database.stat().st_size
    with paths.database.open("r+b") as fh:  # the header stays good: only a full check finds this
        fh.seek((size // page // 2) * page)
        fh.write(b"\xde\xad\xbe\xef" * (page // 4))
    damaged = paths.database.read_bytes()
    db = open_database(paths.database, paths.backups, wall)
    try:
        moved = [p for p in paths.data_dir.iterdir() if p.name.startswith("hipdesk.sqlite3.unreadable-")]
        assert len(moved) == 1 and moved[0].read_bytes() == damaged
        assert len(db.notices) == 1 and str(moved[0]) in db.notices[0]
        assert SettingsRepository(db.engine).get("weekly_goal_min") is None  # a fresh database
    finally:
        db.dispose()


# ---- a full disk ------------------------------------------------------------------------------------------------


def test_a_full_disk_is_reported_as_full(database) -> None:  # type: ignore[no-untyped-def]
    """SQLite's max_page_count makes a real "database or disk is full" (SQLITE_FULL) without filling a disk."""
    settings = SettingsRepository(database.engine)
    settings.put("weekly_goal_min", 70)
    database.engine.dispose()

    def cap(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count={pages}")

    event.listen(database.engine, "connect", cap)
    with pytest.raises(DiskFullError, match="is full") as info:
        settings.put("big", "x" * 200_000)
    assert str(database.path.parent) in str(info.value)
    assert settings.get("weekly_goal_min") == 70  # what was there is still there


# ---- permissions (without root's power to ignore them) ----------------------------------------------------------


def _run_without_root_powers(code: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-c", code]
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without setpriv (util-linux): file permissions cannot be made to apply")
        command = [setpriv, "--bounding-set", "-dac_override,-dac_read_search,-fowner", *command]
    return subprocess.run(command, capture_output=True, text=True, cwd=REPO, timeout=60)


OPEN_AND_REPORT = """
import sys
from pathlib import Path
from hipdesk.clock import FakeWallClock
from hipdesk.storage.db import open_database
from hipdesk.storage.errors import StorageError
from tests.clocks import TEST_NOW
try:
    open_database(Path({database!r}), Path({backups!r}), FakeWallClock(TEST_NOW)).dispose()
except StorageError as exc:
    print(type(exc).__name__)
    print(exc)
else:
    print("opened")
"""


def test_a_read_only_data_folder_is_reported_as_read_only(paths) -> None:  # type: ignore[no-untyped-def]
    _make_database(paths.database, paths.backups)
    before = {name: _digest(paths.data_dir / name) for name in _listing(paths.data_dir) if name != "backups"}
    paths.data_dir.chmod(0o555)
    try:
        result = _run_without_root_powers(
            OPEN_AND_REPORT.format(database=str(paths.database), backups=str(paths.backups))
        )
    finally:
        paths.data_dir.chmod(0o755)
    kind, _, message = result.stdout.partition("\n")
    assert kind == ReadOnlyError.__name__, result.stdout + result.stderr
    assert str(paths.data_dir) in message and "read-only" in message
    after = {name: _digest(paths.data_dir / name) for name in _listing(paths.data_dir) if name != "backups"}
    assert after == before


def test_a_database_file_that_cannot_be_read_is_reported_and_left_alone(paths) -> None:  # type: ignore[no-untyped-def]
    _make_database(paths.database, paths.backups)
    with sqlite3.connect(paths.database) as conn:
        conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    before = _listing(paths.data_dir)
    paths.database.chmod(0o000)
    try:
        result = _run_without_root_powers(
            OPEN_AND_REPORT.format(database=str(paths.database), backups=str(paths.backups))
        )
    finally:
        paths.database.chmod(0o644)
    kind, _, message = result.stdout.partition("\n")
    assert kind == DatabasePathError.__name__, result.stdout + result.stderr
    assert str(paths.database) in message and "cannot read" in message
    assert _listing(paths.data_dir) == before


def test_the_database_engine_reports_known_failures_itself(tmp_path: Path) -> None:
    """Every engine HipDesk makes turns SQLite's codes into known failures (no try in the repositories)."""
    folder = tmp_path / "db-is-a-folder"
    folder.mkdir()
    engine = make_engine(folder)
    try:
        with pytest.raises(DatabasePathError, match="is a folder"), engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    finally:
        engine.dispose()
