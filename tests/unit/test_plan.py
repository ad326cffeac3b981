"""Routine -> steps: get ready, sets, rests, sides and switch, finish."""

from __future__ import annotations

from dataclasses import replace

import pytest

from hipdesk.domain.exercise import Dose, RepPattern, Side, Tempo
from hipdesk.domain.library import Library
from hipdesk.domain.plan import (
    GET_READY_S,
    MIN_SET_REST_S,
    REST_BETWEEN_EXERCISES_S,
    SWITCH_S,
    PlanError,
    StepKind,
    expand,
    single_exercise_routine,
)
from hipdesk.domain.routine import RoutineItem, Sides
from tests.unit.player_fixtures import HOLD, LIBRARY, REPS, SIDED_HOLD, routine


def shape(plan_steps: tuple) -> list[tuple[str, str, str, int]]:  # type: ignore[type-arg]
    return [(s.kind.value, s.exercise_id, s.side.value, s.set_no) for s in plan_steps]


def test_a_single_hold_is_get_ready_hold_finish() -> None:
    plan = expand(routine(RoutineItem(HOLD.id)), LIBRARY)
    assert [s.kind for s in plan.steps] == [StepKind.GET_READY, StepKind.HOLD, StepKind.FINISH]
    assert plan.steps[0].exercise_id == HOLD.id  # get ready shows what comes
    assert plan.steps[1].duration_s == 30
    assert plan.total_s == GET_READY_S + 30


def test_per_side_does_all_sets_on_one_side_then_switches() -> None:
    plan = expand(routine(RoutineItem(SIDED_HOLD.id)), LIBRARY)
    assert shape(plan.steps) == [
        ("get_ready", "sided-hold", "left", 1),
        ("hold", "sided-hold", "left", 1),
        ("rest", "sided-hold", "left", 2),
        ("hold", "sided-hold", "left", 2),
        ("switch", "sided-hold", "right", 1),
        ("hold", "sided-hold", "right", 1),
        ("rest", "sided-hold", "right", 2),
        ("hold", "sided-hold", "right", 2),
        ("finish", "", "none", 1),
    ]
    assert plan.steps[2].duration_s == 10  # the dose's rest between sets
    assert plan.steps[4].duration_s == SWITCH_S
    assert all(s.sets == 2 for s in plan.work_steps)


@pytest.mark.parametrize(
    ("item", "expected_sides"),
    [
        (RoutineItem(SIDED_HOLD.id, sides=Sides.LEFT), ["left", "left"]),
        (RoutineItem(SIDED_HOLD.id, sides=Sides.RIGHT), ["right", "right"]),
        (RoutineItem(SIDED_HOLD.id, extra_sets_right=1), ["left", "left", "right", "right", "right"]),
        (RoutineItem(SIDED_HOLD.id, extra_sets_left=1), ["left", "left", "left", "right", "right"]),
    ],
)
def test_sides_and_extra_sets(item: RoutineItem, expected_sides: list[str]) -> None:
    plan = expand(routine(item), LIBRARY)
    assert [s.side.value for s in plan.work_steps] == expected_sides
    switches = [s for s in plan.steps if s.kind is StepKind.SWITCH]
    assert len(switches) == (1 if len(set(expected_sides)) == 2 else 0)


def test_reps_carry_tempo_and_their_duration() -> None:
    plan = expand(routine(RoutineItem(REPS.id)), LIBRARY)
    work = plan.work_steps[0]
    assert work.kind is StepKind.REPS and work.reps == 3
    assert work.tempo is not None and work.tempo.rep_s == 4
    assert work.duration_s == 12
    assert work.side is Side.NONE


def test_rests_between_exercises_name_the_next_one() -> None:
    plan = expand(routine(RoutineItem(HOLD.id), RoutineItem(REPS.id)), LIBRARY)
    kinds = [s.kind for s in plan.steps]
    assert kinds == [StepKind.GET_READY, StepKind.HOLD, StepKind.REST, StepKind.REPS, StepKind.FINISH]
    rest = plan.steps[2]
    assert rest.exercise_id == REPS.id and rest.duration_s == REST_BETWEEN_EXERCISES_S
    assert plan.next_work_step(1) == plan.steps[3]
    assert plan.next_work_step(3) is None


def test_a_dose_override_and_a_zero_rest_still_gets_a_breath() -> None:
    item = RoutineItem(HOLD.id, dose=Dose(sets=2, hold_s=15, rest_s=0))
    plan = expand(routine(item), LIBRARY)
    assert [s.duration_s for s in plan.steps] == [GET_READY_S, 15, MIN_SET_REST_S, 15, 0]


def test_a_work_step_tells_the_dose_its_routine_gave() -> None:
    plan = expand(
        routine(
            RoutineItem(HOLD.id, dose=Dose(sets=2, hold_s=45)),
            RoutineItem(REPS.id, dose=Dose(sets=1, reps=8, tempo=Tempo(down_s=3, hold_s=1, up_s=1))),
            RoutineItem(SIDED_HOLD.id, extra_sets_left=1),
        ),
        LIBRARY,
    )
    texts = [(s.kind.value, s.side.value, s.dose_text()) for s in plan.steps if s.is_work and s.set_no == 1]
    assert texts == [
        ("hold", "none", "2 × 45 s"),  # the library says 30 s once
        ("reps", "none", "8 reps (3-1-1)"),
        ("hold", "left", "3 × 20 s"),  # two sets, and one more on the left
        ("hold", "right", "2 × 20 s"),
    ]
    assert plan.steps[0].dose_text() == "" and plan.steps[-1].dose_text() == ""


def test_a_circle_done_each_way_tells_its_dose_one_way() -> None:
    circle = replace(REPS, id="hip-circle", rep_pattern=RepPattern.EACH_WAY)
    plan = expand(routine(RoutineItem(circle.id, dose=Dose(sets=2, reps=4))), Library([circle]))
    step = next(s for s in plan.steps if s.is_work)
    assert step.reps == 8 and step.dose_text() == "2 × 4 reps each way (2-0-1)"


def test_missing_exercises_and_empty_routines_are_refused_naming_the_routine_and_each_id() -> None:
    items = (RoutineItem("no-such"), RoutineItem(HOLD.id), RoutineItem("gone"), RoutineItem("no-such"))
    with pytest.raises(PlanError) as info:
        expand(routine(*items, name="Evening <b>hips</b>"), LIBRARY)
    assert (info.value.routine_name, info.value.exercise_ids) == ("Evening <b>hips</b>", ("no-such", "gone"))
    assert str(info.value) == (
        "the routine “Evening <b>hips</b>” names 2 exercises HipDesk does not have: “no-such”, “gone”"
    )
    with pytest.raises(PlanError) as info:
        expand(routine(RoutineItem("no-such")), LIBRARY)
    assert "names 1 exercise HipDesk does not have: “no-such”" in str(info.value)
    with pytest.raises(PlanError, match="has no exercises"):
        expand(routine(), LIBRARY)


def test_a_routines_own_exercise_plays_before_the_library_has_taken_it_in() -> None:
    own = replace(HOLD, id="pt-own-hold", name="Physio hold")
    plan = expand(replace(routine(RoutineItem(own.id)), exercises=(own,)), LIBRARY)
    work = [s for s in plan.steps if s.is_work]
    assert [(s.exercise_id, s.exercise_name) for s in work] == [(own.id, "Physio hold")] * own.dose.sets


def test_the_librarys_definition_wins_over_the_routines_copy() -> None:
    # The library holds the newest definition of a custom exercise (from whichever routine saved it last).
    stale = replace(HOLD, name="An older name")
    plan = expand(replace(routine(RoutineItem(HOLD.id)), exercises=(stale,)), LIBRARY)
    assert {s.exercise_name for s in plan.steps if s.is_work} == {HOLD.name}


def test_single_exercise_routine() -> None:
    r = single_exercise_routine(SIDED_HOLD)
    plan = expand(r, LIBRARY)
    assert plan.routine_name == SIDED_HOLD.name
    assert len(plan.work_steps) == 4


def test_seconds_after() -> None:
    plan = expand(routine(RoutineItem(HOLD.id)), LIBRARY)
    assert plan.seconds_after(0) == 30
    assert plan.seconds_after(len(plan) - 1) == 0


def test_a_work_step_carries_its_exercise_phase() -> None:
    from hipdesk.domain.exercise import Phase

    plan = expand(routine(RoutineItem(HOLD.id), RoutineItem(REPS.id)), LIBRARY)
    work = [s for s in plan.steps if s.is_work]
    assert {s.phase for s in work} == {Phase.STRETCH, Phase.ACTIVATE}
    assert not any(s.rolling for s in plan.steps)
    assert all(s.phase is None for s in plan.steps if not s.is_work)
