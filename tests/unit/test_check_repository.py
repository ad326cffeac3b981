"""Weekly check values round-trip through SQLite per side; skipped checks store nothing; a week can be redone."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from hipdesk.clock import FakeWallClock
from hipdesk.domain.assessment import CheckValue, Unit
from hipdesk.domain.exercise import Side
from hipdesk.storage.check_repository import CheckRepository
from hipdesk.storage.db import Database
from hipdesk.storage.tables import CheckResultRow

IR = "check-seated-rotation.internal"
WEEK1, WEEK2 = date(2026, 11, 9), date(2026, 11, 16)


@pytest.fixture
def repo(database: Database, wall: FakeWallClock) -> CheckRepository:
    wall.set(datetime(2026, 11, 10, 8, 0, tzinfo=UTC))
    return CheckRepository(database.engine, wall)


def values_week1() -> list[CheckValue]:
    return [
        CheckValue("check-forward-fold", Side.NONE, 1, Unit.PASS_FAIL),
        CheckValue(IR, Side.LEFT, 38, Unit.DEGREES),
        CheckValue(IR, Side.RIGHT, 24.5, Unit.DEGREES, note="pinch at the end"),
        CheckValue("check-seated-rotation.external", Side.LEFT, 0, Unit.EASY_LIMITED),
    ]


def test_a_week_round_trips_per_side(repo: CheckRepository) -> None:
    saved = repo.save_week(WEEK1, values_week1())
    loaded = repo.week(WEEK1)
    assert loaded.week_start == WEEK1
    assert set(loaded.values) == set(saved.values) == set(values_week1())
    assert loaded.get(IR, Side.RIGHT) == CheckValue(IR, Side.RIGHT, 24.5, Unit.DEGREES, note="pinch at the end")
    assert loaded.get(IR, Side.NONE) is None


def test_skipped_checks_store_nothing(repo: CheckRepository, database: Database) -> None:
    from sqlalchemy import func, select

    repo.save_week(WEEK1, [CheckValue(IR, Side.LEFT, 38, Unit.DEGREES)])
    with database.engine.connect() as conn:
        rows = conn.execute(select(func.count()).select_from(CheckResultRow)).scalar_one()
        nulls = conn.execute(
            select(func.count()).select_from(CheckResultRow).where(CheckResultRow.value.is_(None))
        ).scalar_one()
    assert (rows, nulls) == (1, 0)
    assert repo.week(WEEK2).values == ()


def test_saving_a_week_again_replaces_it_and_leaves_other_weeks(repo: CheckRepository) -> None:
    repo.save_week(WEEK1, values_week1())
    repo.save_week(WEEK2, [CheckValue(IR, Side.LEFT, 40, Unit.DEGREES)])
    repo.save_week(WEEK2, [CheckValue(IR, Side.LEFT, 41, Unit.DEGREES), CheckValue(IR, Side.RIGHT, 30, Unit.DEGREES)])
    assert [v.value for v in repo.week(WEEK2).values] == [41, 30]
    assert len(repo.week(WEEK1).values) == 4
    assert [w.week_start for w in repo.all_weeks()] == [WEEK1, WEEK2]


def test_history_of_one_measure_is_oldest_first_left_before_right(repo: CheckRepository) -> None:
    repo.save_week(WEEK2, [CheckValue(IR, Side.RIGHT, 30, Unit.DEGREES), CheckValue(IR, Side.LEFT, 41, Unit.DEGREES)])
    repo.save_week(WEEK1, values_week1())
    history = repo.history(IR)
    assert [(day, v.side, v.value) for day, v in history] == [
        (WEEK1, Side.LEFT, 38),
        (WEEK1, Side.RIGHT, 24.5),
        (WEEK2, Side.LEFT, 41),
        (WEEK2, Side.RIGHT, 30),
    ]
    assert repo.history("check-thomas-test") == []


def test_last_check_date_is_the_day_in_the_wall_clocks_zone(repo: CheckRepository, wall: FakeWallClock) -> None:
    assert repo.last_check_at() is None and repo.last_check_date() is None
    repo.save_week(WEEK1, values_week1())
    wall.set(datetime(2026, 11, 17, 23, 30, tzinfo=UTC))  # already the 18th in Berlin, the wall clock's zone
    repo.save_week(WEEK2, [CheckValue(IR, Side.LEFT, 41, Unit.DEGREES)])
    assert repo.last_check_at() == datetime(2026, 11, 17, 23, 30, tzinfo=UTC)
    assert repo.last_check_date() == date(2026, 11, 18)


@pytest.mark.parametrize(
    ("week", "values", "message"),
    [
        (date(2026, 11, 10), [], "Monday"),
        (WEEK1, [CheckValue(IR, Side.LEFT, 1, Unit.DEGREES), CheckValue(IR, Side.LEFT, 2, Unit.DEGREES)], "twice"),
    ],
)
def test_bad_weeks_are_refused_and_nothing_is_written(
    repo: CheckRepository, week: date, values: list[CheckValue], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        repo.save_week(week, values)
    assert repo.all_weeks() == []
