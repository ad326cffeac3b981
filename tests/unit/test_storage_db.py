"""Opening the database: fresh, every migration, a newer file, a garbage file, backups."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import text

from hipdesk.clock import FakeWallClock
from hipdesk.paths import Paths
from hipdesk.storage.db import (
    BUSY_TIMEOUT_MS,
    NewerDatabaseError,
    _alembic_config,
    head_revision,
    known_revisions,
    make_engine,
    open_database,
)
from hipdesk.storage.settings_repository import SettingsRepository


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_fresh_database_is_at_head_with_wal_and_foreign_keys(paths: Paths, wall: FakeWallClock) -> None:
    db = open_database(paths.database, paths.backups, wall)
    try:
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == head_revision()
            assert conn.execute(text("PRAGMA journal_mode")).scalar_one() == "wal"
            assert conn.execute(text("PRAGMA foreign_keys")).scalar_one() == 1
            assert conn.execute(text("PRAGMA busy_timeout")).scalar_one() == BUSY_TIMEOUT_MS
        assert db.notices == []
    finally:
        db.dispose()


def test_upgrade_steps_through_every_revision(paths: Paths) -> None:
    script = ScriptDirectory.from_config(_alembic_config())
    revisions = [r.revision for r in reversed(list(script.walk_revisions()))]
    engine = make_engine(paths.database)
    try:
        for revision in revisions:
            with engine.begin() as conn:
                cfg = _alembic_config()
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, revision)
                assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == revision
        with engine.begin() as conn:  # and back down, so every downgrade is exercised too
            cfg = _alembic_config()
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "base")
    finally:
        engine.dispose()


def test_a_newer_database_is_refused_and_left_untouched(paths: Paths, wall: FakeWallClock) -> None:
    open_database(paths.database, paths.backups, wall).dispose()
    with sqlite3.connect(paths.database) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'from-the-future'")
    conn.close()
    before = _digest(paths.database)
    with pytest.raises(NewerDatabaseError, match="newer version of HipDesk") as info:
        open_database(paths.database, paths.backups, wall)
    assert str(paths.database) in str(info.value)
    assert _digest(paths.database) == before


@pytest.mark.parametrize("garbage", [b"this is not a database at all" * 40, b"SQLite format 3\x00" + b"\xff" * 4000])
def test_a_garbage_file_is_moved_aside_and_a_fresh_database_starts(
    paths: Paths, garbage: bytes, wall: FakeWallClock
) -> None:
    paths.database.write_bytes(garbage)
    db = open_database(paths.database, paths.backups, wall)
    try:
        moved = [p for p in paths.data_dir.iterdir() if p.name.startswith("hipdesk.sqlite3.unreadable-")]
        assert len(moved) == 1 and moved[0].read_bytes() == garbage
        assert len(db.notices) == 1 and str(moved[0]) in db.notices[0]
        SettingsRepository(db.engine).put("weekly_goal_min", 70)
    finally:
        db.dispose()


def test_an_old_database_is_backed_up_before_upgrading(paths: Paths, wall: FakeWallClock) -> None:
    engine = make_engine(paths.database)
    with engine.begin() as conn:
        cfg = _alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        conn.execute(text("INSERT INTO settings VALUES ('weekly_goal_min', '85')"))
    engine.dispose()
    db = open_database(paths.database, paths.backups, wall)
    try:
        backups = list(paths.backups.glob("hipdesk-*.sqlite3"))
        assert len(backups) == 1
        with sqlite3.connect(backups[0]) as old:
            assert old.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
            assert old.execute("SELECT value FROM settings").fetchone() == ("85",)
        old.close()
        assert str(backups[0]) in db.notices[0]
        assert SettingsRepository(db.engine).get("weekly_goal_min") == 85
    finally:
        db.dispose()


def test_settings_and_favourites_round_trip(database) -> None:  # type: ignore[no-untyped-def]
    repo = SettingsRepository(database.engine)
    assert repo.get("weekly_goal_min", 70) == 70
    repo.put("weekly_goal_min", 90)
    repo.put("weekly_goal_min", 100)
    assert repo.get("weekly_goal_min") == 100
    repo.set_favourite("glute-bridge", True)
    repo.set_favourite("glute-bridge", True)
    repo.set_favourite("plank", True)
    repo.set_favourite("plank", False)
    assert repo.favourites() == {"glute-bridge"}


def test_sessions_skipped_through_before_the_completion_rule_become_partial(paths: Paths, wall: FakeWallClock) -> None:
    engine = make_engine(paths.database)
    with engine.begin() as conn:
        cfg = _alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0003")
        session = (
            "INSERT INTO sessions (id, routine_uid, routine_name, started_at, local_date, ended_at, status, "
            "planned_s, notes) VALUES (:id, 'r', 'R', '2026-03-02T09:00:00.000+00:00', '2026-03-02', "
            "'2026-03-02T09:05:00.000+00:00', :status, 300, '')"
        )
        step = (
            "INSERT INTO steps (session_id, seq, exercise_id, side, set_no, planned_s, actual_s, started_at, "
            "ended_at, local_date, skipped) VALUES (:session, :seq, 'glute-bridge', 'none', :set_no, 30, :actual, "
            "'2026-03-02T09:00:00.000+00:00', '2026-03-02T09:00:30.000+00:00', '2026-03-02', :skipped)"
        )
        # 1: skipped through (1 s of 60 s); 2: done (60 of 60, one set played twice); 3: 36 of 60 s, exactly 60 %;
        # 4: skipped through but already partial; 5: complete with no steps recorded (nothing to judge by).
        for session_id, status in ((1, "complete"), (2, "complete"), (3, "complete"), (4, "partial"), (5, "complete")):
            conn.execute(text(session), {"id": session_id, "status": status})
        for session_id, seq, set_no, actual, skipped in (
            (1, 1, 1, 0.5, True),
            (1, 2, 2, 0.5, True),
            (2, 1, 1, 4.0, True),
            (2, 2, 1, 30.0, False),
            (2, 3, 2, 45.0, False),
            (3, 1, 1, 30.0, False),
            (3, 2, 2, 6.0, True),
            (4, 1, 1, 0.5, True),
        ):
            values = {"session": session_id, "seq": seq, "set_no": set_no, "actual": actual, "skipped": skipped}
            conn.execute(text(step), values)
    engine.dispose()
    db = open_database(paths.database, paths.backups, wall)
    try:
        with db.engine.connect() as conn:
            statuses = dict(conn.execute(text("SELECT id, status FROM sessions ORDER BY id")).all())
            steps = conn.execute(text("SELECT count(*) FROM steps")).scalar_one()
        assert statuses == {1: "partial", 2: "complete", 3: "complete", 4: "partial", 5: "complete"}
        assert steps == 8  # nothing recorded is lost
    finally:
        db.dispose()


def test_the_revision_files_read_without_alembic_agree_with_alembic() -> None:
    script = ScriptDirectory.from_config(_alembic_config())
    assert known_revisions() == {r.revision for r in script.walk_revisions()}
    assert head_revision() == script.get_current_head()


def test_a_database_at_the_head_opens_without_loading_alembic(paths: Paths, wall: FakeWallClock) -> None:
    open_database(paths.database, paths.backups, wall).dispose()  # made and migrated: Alembic runs here
    code = (
        "import sys; from hipdesk.storage.db import open_database; from hipdesk.clock import FakeWallClock; "
        "from datetime import datetime, timezone; from pathlib import Path; "
        f"db = open_database(Path({str(paths.database)!r}), Path({str(paths.backups)!r}), "
        "FakeWallClock(datetime(2026, 11, 18, 12, tzinfo=timezone.utc))); db.dispose(); "
        "print('alembic' in sys.modules)"
    )
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert loaded == "False"
