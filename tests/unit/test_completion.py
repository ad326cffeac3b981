"""When a session counts as complete: played to the end with at least 60 % of its planned work done."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from hipdesk.domain.completion import (
    COMPLETE_WORK_FRACTION,
    WorkDone,
    completion_text,
    is_complete,
    work_from_records,
)
from hipdesk.domain.exercise import Side
from hipdesk.domain.player import StepRecord

MOMENT = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def record(exercise_id: str, side: Side, set_no: int, planned_s: float, actual_s: float, skipped: bool) -> StepRecord:
    return StepRecord(
        seq=0,
        exercise_id=exercise_id,
        side=side,
        set_no=set_no,
        planned_s=planned_s,
        actual_s=actual_s,
        planned_reps=None,
        actual_reps=None,
        started_at=MOMENT,
        ended_at=MOMENT,
        skipped=skipped,
    )


@pytest.mark.parametrize(
    ("reached_end", "planned_s", "done_s", "complete"),
    [
        (True, 100, 100, True),
        (True, 100, 60, True),  # exactly the line
        (True, 100, 59.9, False),
        (True, 300, 3, False),  # skipped through in seconds
        (False, 100, 95, False),  # ended early: partial however much was done
        (True, 0, 0, True),  # nothing to do (a routine of get-ready alone) is done by reaching the end
    ],
)
def test_the_definition(reached_end: bool, planned_s: float, done_s: float, complete: bool) -> None:
    assert is_complete(reached_end, WorkDone(planned_s, done_s)) is complete


def test_the_line_is_sixty_percent() -> None:
    assert COMPLETE_WORK_FRACTION == 0.6
    assert WorkDone(200, 120).percent() == 60 and WorkDone(0, 0).fraction == 1.0
    assert WorkDone(10, 25).fraction == 1.0  # never more than all of it


def test_work_from_records_counts_each_set_once_at_its_best_and_never_past_its_plan() -> None:
    records = [
        record("a", Side.LEFT, 1, 30, 5, skipped=True),
        record("a", Side.LEFT, 1, 30, 30, skipped=False),  # played again after "back"
        record("a", Side.RIGHT, 1, 30, 40, skipped=False),  # time added: still 30 s of plan
        record("b", Side.NONE, 1, 20, 0.5, skipped=True),
        record("b", Side.NONE, 2, 20, 20, skipped=False),
    ]
    assert work_from_records(records) == WorkDone(planned_s=100, done_s=30 + 30 + 0.5 + 20)


def test_the_summary_says_why_a_session_is_partial() -> None:
    assert completion_text(True, WorkDone(100, 80)) == ""
    skipped = completion_text(True, WorkDone(100, 20))
    assert "About 20 % of the planned work was done" in skipped and "60 %" in skipped and "streak" in skipped
    early = completion_text(False, WorkDone(100, 70))
    assert "ended early" in early and "partial" in early
