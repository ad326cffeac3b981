"""Routines: an ordered list of exercises, each with an optional dose override and sides."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from enum import StrEnum

from hipdesk.domain.exercise import Dose, Exercise
from hipdesk.domain.text import skeleton

EXTRA_SETS_RANGE = (0, 5)  # extra rounds on one side, from the weekly check


def name_key(name: str) -> str:
    """What two routine names are compared by: names that look the same are the same name ("Desk five ", "desk five"
    and "Dеsk five" with a Cyrillic е all name one routine; see :func:`hipdesk.domain.text.skeleton`)."""
    return skeleton(name)


class Sides(StrEnum):
    """Which sides a routine item works, for a per-side exercise."""

    BOTH = "both"
    LEFT = "left"
    RIGHT = "right"


@dataclass(frozen=True)
class RoutineItem:
    exercise_id: str
    dose: Dose | None = None  # None: the exercise's default dose
    sides: Sides = Sides.BOTH
    extra_sets_left: int = 0  # extra rounds on a tighter side, from the weekly check
    extra_sets_right: int = 0

    def dose_for(self, exercise: Exercise) -> Dose:
        return self.dose if self.dose is not None else exercise.dose


@dataclass(frozen=True)
class Routine:
    """A routine. Built-in ones come from resources and are read-only; user ones live in SQLite."""

    id: str
    name: str
    description: str
    items: tuple[RoutineItem, ...]
    source: str = ""
    builtin: bool = False
    target_min: int | None = None  # the total the routine aims at, e.g. 5 for "Desk five"
    exercises: tuple[Exercise, ...] = ()  # exercises of its own, written into its file (custom exercises)

    def exercise_ids(self) -> tuple[str, ...]:
        return tuple(item.exercise_id for item in self.items)

    def missing_exercises(self, library: Mapping[str, Exercise]) -> list[str]:
        own = {e.id for e in self.exercises}
        return [i.exercise_id for i in self.items if i.exercise_id not in library and i.exercise_id not in own]


def carry_own_exercises(routine: Routine, library: Mapping[str, Exercise]) -> Routine:
    """The routine holding, as its own, every custom exercise its items use (and no other), so its file and its
    stored copy stand alone: an exercise from another routine, added in the editor, travels with this one too."""
    own = {e.id: e for e in routine.exercises}
    used: dict[str, Exercise] = {}
    for item in routine.items:
        exercise = own.get(item.exercise_id) or library.get(item.exercise_id)
        if exercise is not None and exercise.custom and item.exercise_id not in used:
            used[item.exercise_id] = exercise
    carried = tuple(used.values())
    return routine if carried == routine.exercises else replace(routine, exercises=carried)
