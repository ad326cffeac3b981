"""Routine rules, table-driven: durations agree with the player's plan; advice on order, sides and time."""

from __future__ import annotations

import pytest

from hipdesk.content.exercises import default_exercises_dir, load_library
from hipdesk.domain.durations import format_duration
from hipdesk.domain.exercise import Dose, Tempo
from hipdesk.domain.library import Library
from hipdesk.domain.plan import expand
from hipdesk.domain.routine import Routine, RoutineItem, Sides
from hipdesk.domain.routine_rules import (
    AdviceKind,
    TimeVerdict,
    equipment_needed,
    item_durations_s,
    order_advice,
    phases_in_order,
    routine_advice,
    side_advice,
    time_check,
    total_duration_s,
)


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library(default_exercises_dir())


def routine(*ids: str, sides: dict[int, Sides] | None = None, target_min: int | None = None) -> Routine:
    sides = sides or {}
    items = tuple(RoutineItem(e, sides=sides.get(i, Sides.BOTH)) for i, e in enumerate(ids))
    return Routine(id="r", name="R", description="", items=items, target_min=target_min)


ORDER_CASES = [
    # (exercise ids in order, item indexes that get order advice)
    (("roll-quads", "figure-four-stretch", "glute-bridge"), []),
    (("roll-quads", "roll-glutes", "figure-four-stretch", "forward-fold", "plank", "lateral-band-walk"), []),
    (("glute-bridge", "figure-four-stretch"), [1]),
    (("figure-four-stretch", "roll-quads"), [1]),
    (("glute-bridge", "roll-quads", "figure-four-stretch"), [1, 2]),
    (("roll-quads", "glute-bridge", "figure-four-stretch", "plank"), [2]),
    # checks, breathing and mobility drills fit anywhere
    (("glute-bridge", "check-forward-fold", "leg-swings-front-back", "diaphragmatic-breathing"), []),
    (("figure-four-stretch", "leg-swings-front-back", "roll-quads"), [2]),
    ((), []),
]


@pytest.mark.parametrize(("ids", "flagged"), ORDER_CASES)
def test_order_advice(library: Library, ids: tuple[str, ...], flagged: list[int]) -> None:
    advice = order_advice(routine(*ids), library)
    assert [a.item_index for a in advice] == flagged
    assert all(
        a.kind is AdviceKind.ORDER and "roll first, stretch second, strengthen third" in a.message for a in advice
    )


SIDE_CASES = [
    # (exercise id, sides, warned)
    ("figure-four-stretch", Sides.BOTH, False),
    ("figure-four-stretch", Sides.LEFT, True),
    ("figure-four-stretch", Sides.RIGHT, True),
    ("plank", Sides.BOTH, False),
    ("plank", Sides.LEFT, False),  # not per side: sides mean nothing, so no advice
]


@pytest.mark.parametrize(("exercise_id", "sides", "warned"), SIDE_CASES)
def test_one_side_advice(library: Library, exercise_id: str, sides: Sides, warned: bool) -> None:
    advice = side_advice(routine(exercise_id, sides={0: sides}), library)
    assert bool(advice) is warned
    if warned:
        assert f"{sides.value} side only" in advice[0].message and advice[0].item_index == 0


TIME_CASES = [
    # (routine target, chosen target, total seconds wanted at most/at least, verdict)
    (None, None, 5, TimeVerdict.ON_TARGET),  # Desk five against the default five minutes
    (None, 10, 10, TimeVerdict.UNDER),
    (None, 3, 3, TimeVerdict.OVER),
    (5, None, 5, TimeVerdict.ON_TARGET),
    (2, None, 2, TimeVerdict.OVER),
]


@pytest.mark.parametrize(("routine_target", "chosen", "target", "verdict"), TIME_CASES)
def test_time_against_the_target(
    library: Library, routine_target: int | None, chosen: int | None, target: int, verdict: TimeVerdict
) -> None:
    from hipdesk.content.builtin_routines import load_builtin_routines

    desk_five = next(r for r in load_builtin_routines(library) if r.id == "desk-five")
    from dataclasses import replace

    check = time_check(replace(desk_five, target_min=routine_target), library, chosen)
    assert check.target_min == target and check.verdict is verdict
    assert f"{target}-minute target" in check.message


@pytest.mark.parametrize(
    "ids",
    [
        ("figure-four-stretch",),
        ("roll-quads", "figure-four-stretch", "glute-bridge", "plank"),
        ("leg-swings-front-back", "seated-hip-rotations", "quadruped-hip-circles"),
    ],
)
def test_durations_agree_with_the_players_plan(library: Library, ids: tuple[str, ...]) -> None:
    r = routine(*ids, sides={0: Sides.LEFT})
    assert total_duration_s(r, library) == pytest.approx(expand(r, library).total_s)
    assert sum(item_durations_s(r, library)) == pytest.approx(expand(r, library).total_s)


def test_a_dose_override_changes_the_duration(library: Library) -> None:
    base = routine("figure-four-stretch")
    longer = Routine(
        id="r",
        name="R",
        description="",
        items=(RoutineItem("figure-four-stretch", dose=Dose(sets=2, hold_s=45, rest_s=15)),),
    )
    assert total_duration_s(longer, library) - total_duration_s(base, library) == pytest.approx(4 * 15)


def test_unknown_exercises_take_no_time_and_get_advice(library: Library) -> None:
    r = routine("no-such-drill", "plank")
    assert item_durations_s(r, library)[0] == 0
    assert total_duration_s(r, library) == total_duration_s(routine("plank"), library)
    assert [a.kind for a in routine_advice(r, library)] == [AdviceKind.UNKNOWN_EXERCISE, AdviceKind.TIME]
    assert total_duration_s(routine("no-such-drill"), library) == 0


def test_advice_lists_items_in_order_then_the_time(library: Library) -> None:
    r = routine("glute-bridge", "figure-four-stretch", sides={1: Sides.LEFT})
    kinds = [a.kind for a in routine_advice(r, library)]
    assert kinds == [AdviceKind.ORDER, AdviceKind.ONE_SIDE, AdviceKind.TIME]
    assert [a.kind for a in routine_advice(routine(), library)] == [AdviceKind.EMPTY]


def test_phases_and_equipment(library: Library) -> None:
    r = routine("roll-quads", "figure-four-stretch", "lateral-band-walk", "roll-glutes")
    assert [p.value for p in phases_in_order(r, library)] == ["roll", "stretch", "strengthen"]
    assert equipment_needed(r, library) == ("Foam roller", "Band")


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(0, "0 s"), (45, "45 s"), (60, "1 min"), (311, "5 min 11 s"), (3600, "1 h"), (3900, "1 h 5 min"), (36000, "10 h")],
)
def test_format_duration(seconds: float, text: str) -> None:
    assert format_duration(seconds) == text


def test_tempo_counts(library: Library) -> None:
    slow = Routine(
        id="r",
        name="R",
        description="",
        items=(RoutineItem("glute-bridge", dose=Dose(sets=1, reps=10, tempo=Tempo(3, 1, 2))),),
    )
    fast = Routine(
        id="r",
        name="R",
        description="",
        items=(RoutineItem("glute-bridge", dose=Dose(sets=1, reps=10, tempo=Tempo(1, 0, 1))),),
    )
    assert total_duration_s(slow, library) - total_duration_s(fast, library) == pytest.approx(40)
