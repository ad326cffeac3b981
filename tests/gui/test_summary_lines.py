"""The session summary's lines of what was done, a side cut short included."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hipdesk.domain.exercise import Side
from hipdesk.domain.library import Library
from hipdesk.domain.player import StepRecord
from hipdesk.ui.player.summary_view import done_lines

START = datetime(2026, 11, 17, 9, 0, tzinfo=UTC)


def record(seq: int, side: Side, actual_s: float, *, skipped: bool = False, reps: int | None = None) -> StepRecord:
    return StepRecord(
        seq=seq,
        exercise_id="figure-four-stretch",
        side=side,
        set_no=1,
        planned_s=30.0,
        actual_s=actual_s,
        planned_reps=reps,
        actual_reps=reps,
        started_at=START + timedelta(minutes=seq),
        ended_at=START + timedelta(minutes=seq, seconds=actual_s),
        skipped=skipped,
    )


def test_a_side_cut_short_reads_naturally(library: Library) -> None:
    name = library["figure-four-stretch"].name
    steps = (record(1, Side.LEFT, 30.0), record(2, Side.RIGHT, 4.0, skipped=True))
    assert done_lines(steps, library) == [f"{name}: left 1 set, 30 s; right 1 set cut short"]


def test_sets_done_and_cut_short_on_one_side(library: Library) -> None:
    name = library["figure-four-stretch"].name
    steps = (
        record(1, Side.LEFT, 30.0),
        record(2, Side.LEFT, 30.0),
        record(3, Side.LEFT, 5.0, skipped=True),
        record(4, Side.RIGHT, 3.0, skipped=True),
        record(5, Side.RIGHT, 2.0, skipped=True),
    )
    assert done_lines(steps, library) == [f"{name}: left 2 sets, 1 min (1 cut short); right 2 sets cut short"]
