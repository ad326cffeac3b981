"""Small exercises and routines for the plan and player tests (no content files needed)."""

from __future__ import annotations

from hipdesk.domain.exercise import Dose, Effort, Exercise, Phase, Position, Region, RepPattern, Tempo
from hipdesk.domain.library import Library
from hipdesk.domain.routine import Routine, RoutineItem


def exercise(
    exercise_id: str,
    *,
    hold_s: int | None = None,
    reps: int | None = None,
    sets: int = 1,
    rest_s: int = 0,
    per_side: bool = False,
    tempo: Tempo | None = None,
    effort: Effort = Effort.NONE,
    rep_pattern: RepPattern = RepPattern.SAME,
) -> Exercise:
    dose = Dose(sets=sets, hold_s=hold_s, reps=reps, tempo=tempo or Tempo(), rest_s=rest_s)
    return Exercise(
        id=exercise_id,
        name=exercise_id.replace("-", " ").capitalize(),
        phase=Phase.STRETCH if hold_s else Phase.ACTIVATE,
        summary="A test exercise.",
        targets=(Region.HIP_FLEXORS,),
        position=Position.STANDING,
        dose=dose,
        per_side=per_side,
        difficulty=1,
        desk_friendly=True,
        steps=("Do it.",),
        cues=("Gently.",),
        mistakes=(),
        safety=(),
        dose_source="test",
        effort=effort,
        rep_pattern=rep_pattern,
    )


HOLD = exercise("stretch-hold", hold_s=30)
SIDED_HOLD = exercise("sided-hold", hold_s=20, sets=2, rest_s=10, per_side=True)
REPS = exercise("bridge-reps", reps=3, tempo=Tempo(down_s=2, hold_s=1, up_s=1), effort=Effort.LIFT)
LIBRARY = Library([HOLD, SIDED_HOLD, REPS])


def routine(*items: RoutineItem, name: str = "Test routine") -> Routine:
    return Routine(id="test", name=name, description="", items=items)
