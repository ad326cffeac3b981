"""The progression rules, table by table: progress after two easy sessions with pain at or below 2/10 once the last
one's next-day check is in and no worse, step back when pain rose by more than 2, passed 5/10 or the next day was
worse, hold otherwise (a missing rating is "not yet"); and the order of progress: longer first (a stretch: its weekly
total, then its holds), then a harder variation, then load."""

from __future__ import annotations

from dataclasses import replace

import pytest

from hipdesk.domain.exercise import Dose, Equipment, Exercise, Phase, Position, Tempo
from hipdesk.domain.progression import (
    ChangeKind,
    Direction,
    Feeling,
    SessionOutcome,
    decide,
    hold_cap_s,
    progress_item,
    reps_cap,
    step_back_item,
    suggest_next,
)
from hipdesk.domain.routine import Routine, RoutineItem, Sides

E, R, H = Feeling.EASY, Feeling.RIGHT, Feeling.HARD


def o(
    feeling: Feeling | None = E,
    before: int | None = 0,
    after: int | None = 0,
    peak: int | None = None,
    next_day: int | None = None,
) -> SessionOutcome:
    return SessionOutcome(feeling, before, after, peak, next_day)


P, HOLD, BACK = Direction.PROGRESS, Direction.HOLD, Direction.STEP_BACK


@pytest.mark.parametrize(
    ("outcomes", "expected", "says"),
    [
        ([], HOLD, "No session"),
        # progress: the last two easy, pain at or below 2/10, and the next day in and no worse
        ([o(E), o(E, next_day=0)], P, "two sessions felt easy"),
        ([o(E, 2, 2), o(E, 2, 2, peak=2, next_day=2)], P, "2/10"),  # 2/10 is still fine
        # missing ratings mean "not yet", and the reason says which
        ([o(E), o(E)], HOLD, "waits for the next day"),  # the 24-hour check is not in yet
        ([o(E, None, None), o(E, None, None, next_day=0)], HOLD, "no pain rating"),  # nothing to compare it with
        ([o(E, None, None), o(E, None, 1, next_day=1)], P, ""),  # one rating around the session is enough
        ([o(E, 2, 3), o(E)], HOLD, "reached 3/10"),  # 3/10 in the earlier one
        ([o(E), o(E, 1, 3)], HOLD, "reached 3/10"),
        ([o(E), o(E, 3, 3)], HOLD, "reached 3/10"),  # a 3/10 start counts too
        ([o(E, next_day=3, before=3, after=3), o(E)], HOLD, "reached 3/10"),
        ([o(E)], HOLD, "One more easy session"),
        ([o(R), o(E)], HOLD, "One more easy session"),
        ([o(H), o(E), o(E, next_day=0)], P, ""),  # only the last two count
        ([o(E), o(R)], HOLD, "about right"),
        ([o(E), o(H)], HOLD, "too hard"),
        ([o(E), o(None)], HOLD, "not rated"),
        # step back: a rise of more than 2
        ([o(E), o(E, 1, 3)], HOLD, "3/10"),  # +2: not more than 2 (and 3/10 blocks progress)
        ([o(E), o(E, 0, 3)], BACK, "rose by 3"),
        ([o(E), o(E, 1, 4)], BACK, "rose by 3"),
        ([o(E), o(R, 1, 1, peak=4)], BACK, "rose by 3"),  # a stop rating during the session
        ([o(E), o(E, None, 4)], HOLD, "4/10"),  # no start rating: no rise to measure
        # step back: passing 5/10
        ([o(E), o(E, 4, 5)], HOLD, "5/10"),  # 5/10 is not past 5
        ([o(E), o(E, 4, 6)], BACK, "past 5/10"),
        ([o(E), o(E, None, None, peak=6)], BACK, "past 5/10"),
        ([o(E), o(H, 5, 6)], BACK, "past 5/10"),
        # step back: the next day worse than before the session
        ([o(E, 1, 1, next_day=2), o(E, 0, 0)], BACK, "day after"),
        ([o(E, 1, 1, next_day=1), o(E, 0, 0, next_day=0)], P, ""),  # the same is not worse
        ([o(E, None, 2, next_day=3), o(E)], BACK, "day after"),  # no start: compared with after
        ([o(E, 1, 1, next_day=4), o(E), o(E, next_day=0)], P, ""),  # older than the last two sessions
        ([o(E), o(E, 0, 0, next_day=1)], BACK, "day after"),  # the 24-hour check came in worse
        ([o(E, None, None, next_day=6), o(E)], BACK, "day after"),  # past 5/10 needs no baseline
    ],
)
def test_decisions(outcomes: list[SessionOutcome], expected: Direction, says: str) -> None:
    decision = decide(outcomes)
    assert decision.direction is expected, decision.reason
    assert says in decision.reason
    assert decision.reason  # every suggestion carries its reason


# ---- the order of progress -------------------------------------------------------------------------------------------


def ex(
    exercise_id: str,
    *,
    hold_s: int | None = None,
    reps: int | None = None,
    sets: int = 2,
    harder: tuple[str, ...] = (),
    easier: tuple[str, ...] = (),
    equipment: tuple[Equipment, ...] = (),
    phase: Phase = Phase.ACTIVATE,
    per_side: bool = True,
) -> Exercise:
    return Exercise(
        id=exercise_id,
        name=exercise_id.replace("-", " ").capitalize(),
        phase=phase,
        summary="",
        targets=(),
        position=Position.ON_BACK,
        dose=Dose(sets=sets, hold_s=hold_s, reps=reps, tempo=Tempo(2, 1, 1)),
        per_side=per_side,
        difficulty=1,
        desk_friendly=False,
        steps=("a",),
        cues=(),
        mistakes=(),
        safety=(),
        dose_source="",
        equipment=equipment,
        harder=harder,
        easier=easier,
    )


LIBRARY = {
    e.id: e
    for e in (
        ex("bridge", reps=10, harder=("banded-bridge", "single-leg-bridge"), per_side=False),
        ex("banded-bridge", reps=12, equipment=(Equipment.BAND,), harder=("single-leg-bridge",), easier=("bridge",)),
        ex("single-leg-bridge", reps=8, easier=("banded-bridge", "bridge")),
        ex("airplanes-supported", reps=6, harder=("airplanes",)),
        ex("airplanes", reps=5, easier=("airplanes-supported",)),
        ex("stretch", hold_s=30, phase=Phase.STRETCH),
        ex("plank", hold_s=20, sets=3, phase=Phase.STABILITY, harder=("carry",), per_side=False),
        ex("carry", hold_s=30, equipment=(Equipment.WEIGHT,), phase=Phase.STABILITY, easier=("plank",)),
        ex("roll", hold_s=60, phase=Phase.ROLL),
        ex("breathing", hold_s=90, phase=Phase.BREATHE, per_side=False),
        ex("check", hold_s=10, phase=Phase.CHECK),
        ex("one-set", hold_s=30, sets=1, phase=Phase.STRETCH),
    )
}


def item(exercise_id: str, hold_s: int | None = None, reps: int | None = None, sets: int | None = None) -> RoutineItem:
    if hold_s is None and reps is None and sets is None:
        return RoutineItem(exercise_id)
    base = LIBRARY[exercise_id].dose
    dose = replace(base, hold_s=hold_s if hold_s is not None else base.hold_s, sets=sets or base.sets)
    if reps is not None:
        dose = replace(base, reps=reps, sets=sets or base.sets)
    return RoutineItem(exercise_id, dose=dose)


def test_caps() -> None:
    assert hold_cap_s(LIBRARY["stretch"]) == 60
    assert hold_cap_s(LIBRARY["plank"]) == 40
    assert reps_cap(LIBRARY["bridge"]) == 15
    assert reps_cap(LIBRARY["airplanes"]) == 8  # 7.5 rounds to 8, and at least two more than the dose


@pytest.mark.parametrize(
    ("start", "kind", "after_id", "after_hold", "after_reps"),
    [
        # a stretch's holds grow, about a quarter more in 5 s steps up to twice its own hold, once its weekly total
        # is up (see test_a_stretch_raises_its_weekly_total_before_its_holds)
        (item("stretch", sets=4), ChangeKind.LONGER, "stretch", 40, None),
        (item("stretch", hold_s=40, sets=4), ChangeKind.LONGER, "stretch", 50, None),
        (item("stretch", hold_s=55, sets=4), ChangeKind.LONGER, "stretch", 60, None),
        (item("plank"), ChangeKind.LONGER, "plank", 25, None),
        # more reps first, two at a time, up to half as many again
        (item("bridge"), ChangeKind.LONGER, "bridge", None, 12),
        (item("bridge", reps=14), ChangeKind.LONGER, "bridge", None, 15),
        # then a harder variation without load (supported -> unsupported), even when a banded one is listed first
        (item("bridge", reps=15), ChangeKind.HARDER, "single-leg-bridge", None, 8),
        (item("airplanes-supported", reps=9), ChangeKind.HARDER, "airplanes", None, 5),
        # then load
        (item("plank", hold_s=40), ChangeKind.LOAD, "carry", 30, None),
    ],
)
def test_progress_order_longer_then_harder_then_load(
    start: RoutineItem, kind: ChangeKind, after_id: str, after_hold: int | None, after_reps: int | None
) -> None:
    change = progress_item(0, start, LIBRARY)
    assert change is not None and change.kind is kind
    assert change.after.exercise_id == after_id
    dose = change.after.dose_for(LIBRARY[after_id])
    assert (dose.hold_s, dose.reps) == (after_hold, after_reps)
    assert change.text


def test_a_stretch_raises_its_weekly_total_before_its_holds() -> None:
    steps = []
    current = item("stretch")
    while (change := progress_item(0, current, LIBRARY)) is not None:
        dose = change.after.dose_for(LIBRARY["stretch"])
        steps.append((change.kind, dose.sets, dose.hold_s))
        current = change.after
    assert steps == [
        (ChangeKind.MORE_SETS, 3, 30),
        (ChangeKind.MORE_SETS, 4, 30),  # ACSM: up to 4 repetitions
        (ChangeKind.LONGER, 4, 40),
        (ChangeKind.LONGER, 4, 50),
        (ChangeKind.LONGER, 4, 60),
    ]
    first = progress_item(0, item("stretch"), LIBRARY)
    assert first is not None and first.text == "Stretch: More stretch each week: 2 → 3 holds each side"


def test_from_65_a_stretch_holds_longer_first_toward_60_s() -> None:
    steps = []
    current = item("stretch", hold_s=20)
    while (change := progress_item(0, current, LIBRARY, older_adult=True)) is not None:
        dose = change.after.dose_for(LIBRARY["stretch"])
        steps.append((change.kind, dose.sets, dose.hold_s))
        current = change.after
    assert steps == [
        (ChangeKind.LONGER, 2, 30),  # straight to 30 s, the shortest hold offered from 65
        (ChangeKind.LONGER, 2, 40),
        (ChangeKind.LONGER, 2, 50),
        (ChangeKind.LONGER, 2, 60),
        (ChangeKind.MORE_SETS, 3, 60),
        (ChangeKind.MORE_SETS, 4, 60),
    ]
    assert hold_cap_s(LIBRARY["stretch"], older_adult=True) == 60
    assert hold_cap_s(LIBRARY["plank"], older_adult=True) == hold_cap_s(LIBRARY["plank"])  # stretches only


def test_load_comes_only_when_no_harder_variation_without_it_exists() -> None:
    library = dict(LIBRARY)
    library["bridge"] = replace(LIBRARY["bridge"], harder=("banded-bridge",))
    change = progress_item(0, item("bridge", reps=15), library)
    assert change is not None and change.kind is ChangeKind.LOAD and change.after.exercise_id == "banded-bridge"


@pytest.mark.parametrize(
    "start",
    [
        item("stretch", hold_s=60, sets=4),  # at the cap, no harder link
        item("single-leg-bridge", reps=12),
        item("roll"),  # rolling, breathing and checks are not progressed
        item("breathing"),
        item("check"),
        RoutineItem("not-in-the-library"),
    ],
)
def test_nothing_to_progress(start: RoutineItem) -> None:
    assert progress_item(0, start, LIBRARY) is None


def test_a_swap_keeps_sides_and_extra_rounds_when_still_per_side() -> None:
    start = RoutineItem(
        "airplanes-supported",
        dose=replace(LIBRARY["airplanes-supported"].dose, reps=9),
        sides=Sides.LEFT,
        extra_sets_left=1,
    )
    change = progress_item(0, start, LIBRARY)
    assert change is not None
    assert change.after == RoutineItem("airplanes", sides=Sides.LEFT, extra_sets_left=1)


@pytest.mark.parametrize(
    ("start", "kind", "after_id", "after_hold", "after_reps", "after_sets"),
    [
        (item("stretch", hold_s=60), ChangeKind.SHORTER, "stretch", 50, None, 2),
        (item("stretch", hold_s=35), ChangeKind.SHORTER, "stretch", 30, None, 2),  # never below its own dose
        (item("bridge", reps=15), ChangeKind.SHORTER, "bridge", None, 13, 2),
        (item("single-leg-bridge"), ChangeKind.EASIER, "banded-bridge", None, 12, 2),
        (item("carry"), ChangeKind.EASIER, "plank", 20, None, 3),  # the load goes first
        (item("stretch"), ChangeKind.FEWER_SETS, "stretch", 30, None, 1),
    ],
)
def test_step_back_order(
    start: RoutineItem,
    kind: ChangeKind,
    after_id: str,
    after_hold: int | None,
    after_reps: int | None,
    after_sets: int,
) -> None:
    change = step_back_item(0, start, LIBRARY)
    assert change is not None and change.kind is kind
    dose = change.after.dose_for(LIBRARY[after_id])
    assert (change.after.exercise_id, dose.hold_s, dose.reps, dose.sets) == (
        after_id,
        after_hold,
        after_reps,
        after_sets,
    )


def test_nothing_to_step_back_at_the_gentlest() -> None:
    assert step_back_item(0, item("one-set"), LIBRARY) is None
    assert step_back_item(0, item("roll"), LIBRARY) is None


# ---- a whole routine -------------------------------------------------------------------------------------------------


ROUTINE = Routine("uid-1", "Mine", "", (item("breathing"), item("stretch"), item("bridge", reps=15)))


def test_progress_suggests_one_step_per_exercise_and_applies_only_when_asked() -> None:
    suggestion = suggest_next(ROUTINE, [o(E), o(E, next_day=0)], LIBRARY)
    assert suggestion.direction is P and suggestion.has_changes
    assert [(c.index, c.kind) for c in suggestion.changes] == [(1, ChangeKind.MORE_SETS), (2, ChangeKind.HARDER)]
    assert ROUTINE.items[1].dose is None  # the routine itself is untouched
    applied = suggestion.applied()
    assert applied.id == "uid-1" and applied.name == "Mine"
    assert applied.items[0] == ROUTINE.items[0]
    assert applied.items[1].dose is not None and (applied.items[1].dose.sets, applied.items[1].dose.hold_s) == (3, 30)
    older = suggest_next(ROUTINE, [o(E), o(E, next_day=0)], LIBRARY, older_adult=True)
    assert [(c.index, c.kind) for c in older.changes] == [(1, ChangeKind.LONGER), (2, ChangeKind.HARDER)]
    assert applied.items[2].exercise_id == "single-leg-bridge"


def test_hold_has_no_changes() -> None:
    suggestion = suggest_next(ROUTINE, [o(R), o(E)], LIBRARY)
    assert suggestion.direction is HOLD and not suggestion.has_changes
    assert suggestion.applied() == ROUTINE


def test_step_back_changes_every_exercise_it_can() -> None:
    suggestion = suggest_next(ROUTINE, [o(E), o(E, 0, 6)], LIBRARY)
    assert suggestion.direction is BACK
    assert [(c.index, c.kind) for c in suggestion.changes] == [(1, ChangeKind.FEWER_SETS), (2, ChangeKind.SHORTER)]


def test_at_the_top_the_suggestion_becomes_hold_with_its_reason() -> None:
    top = Routine("uid-2", "Top", "", (item("stretch", hold_s=60, sets=4), item("roll")))
    suggestion = suggest_next(top, [o(E), o(E, next_day=0)], LIBRARY)
    assert suggestion.direction is HOLD and not suggestion.has_changes
    assert "top of its track" in suggestion.reason
