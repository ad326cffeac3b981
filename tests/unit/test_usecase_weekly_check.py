"""The weekly check's use case, without Qt: a week is saved and summarized against the weeks before it; a week that
cannot be written (another program holding the database) raises a known error and changes nothing; suggestions go
into the follow-up routine, made once and then given new versions."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from hipdesk.clock import FakeWallClock
from hipdesk.content.exercises import default_exercises_dir, load_library
from hipdesk.content.routine_file import StoredRoutineCodec
from hipdesk.domain.assessment import CHECKS, FOLLOW_UP_ROUTINE_NAME, CheckValue, Suggestion, Unit
from hipdesk.domain.exercise import Side
from hipdesk.domain.library import Library
from hipdesk.storage.check_repository import CheckRepository
from hipdesk.storage.db import Database
from hipdesk.storage.errors import DatabaseLockedError
from hipdesk.storage.routine_repository import RoutineRepository
from hipdesk.usecases.weekly_check import WeeklyCheck

IR = "check-seated-rotation.internal"
WEEK1, WEEK2 = date(2026, 11, 9), date(2026, 11, 16)


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library(default_exercises_dir())


@pytest.fixture
def routines(database: Database, wall: FakeWallClock) -> RoutineRepository:
    return RoutineRepository(database.engine, StoredRoutineCodec(), wall)


@pytest.fixture
def check(database: Database, wall: FakeWallClock, routines: RoutineRepository, library: Library) -> WeeklyCheck:
    return WeeklyCheck(CheckRepository(database.engine, wall), routines, library)


def ir(left: float, right: float) -> list[CheckValue]:
    return [CheckValue(IR, Side.LEFT, left, Unit.DEGREES), CheckValue(IR, Side.RIGHT, right, Unit.DEGREES)]


def test_a_week_is_saved_and_compared_with_the_weeks_before(check: WeeklyCheck) -> None:
    check.save(WEEK1, ir(40, 27))
    saved = check.save(WEEK2, ir(40, 28))
    assert saved.week.values == tuple(ir(40, 28)) and check.stored(WEEK2) == saved.week.values
    assert [f.measure_id for f in saved.summary.flags] == [IR]  # a difference two weeks in a row
    recorded = next(c.title for c in CHECKS if IR in {m.id for m in c.measures})
    assert saved.skipped == tuple(c.title for c in CHECKS if c.title != recorded)  # nothing else was recorded


def test_a_week_that_cannot_be_written_raises_and_keeps_the_week_before(check: WeeklyCheck, database: Database) -> None:
    check.save(WEEK2, ir(35, 36))
    other = sqlite3.connect(database.path, isolation_level=None)
    try:
        other.execute("BEGIN EXCLUSIVE")
        with pytest.raises(DatabaseLockedError, match="another program"):
            check.save(WEEK2, ir(20, 21))
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert check.stored(WEEK2) == tuple(ir(35, 36))


def test_suggestions_go_into_the_follow_up_routine(check: WeeklyCheck, routines: RoutineRepository) -> None:
    chosen = [Suggestion("hip-90-90-switches", "rotation"), Suggestion("seated-hip-rotations", "rotation", 0, 1)]
    first = check.add_to_routine("", chosen[:1])
    assert first.created and first.routine.name == FOLLOW_UP_ROUTINE_NAME() and first.count == 1
    again = check.add_to_routine("", chosen)
    assert not again.created and again.routine.id == first.routine.id
    assert again.routine.exercise_ids() == ("hip-90-90-switches", "seated-hip-rotations")
    assert [v.version for v in routines.versions(first.routine.id)] == [1, 2]
    with pytest.raises(ValueError, match="at least one"):
        check.add_to_routine("", [])
