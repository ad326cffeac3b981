"""Which exercises "From your routines" the library holds: those a routine brought in its file.

An exercise of a routine you have is there (its newest definition); after the routine is deleted, its exercises stay
while your history names them, so past sessions still read as what you did, and go once nothing refers to them.
"""

from __future__ import annotations

from hipdesk.domain.exercise import Exercise
from hipdesk.domain.library import Library
from hipdesk.storage.data_repository import DataRepository
from hipdesk.storage.routine_repository import RoutineRepository


def custom_exercises(routines: RoutineRepository, data: DataRepository) -> list[Exercise]:
    """The custom exercises to show and play: from current routines, and from deleted ones while history has them."""
    current: dict[str, Exercise] = {}
    retired: dict[str, Exercise] = {}
    for version in routines.every_version():  # oldest first: a later definition replaces an earlier one
        target = retired if version.retired else current
        for exercise in version.routine.exercises:
            target[exercise.id] = exercise
    recorded = data.recorded_exercise_ids() if set(retired) - set(current) else set()
    kept = {i: e for i, e in retired.items() if i in recorded and i not in current}
    return [*current.values(), *kept.values()]


def refresh_custom_exercises(library: Library, routines: RoutineRepository, data: DataRepository) -> bool:
    """Put the current custom exercises into ``library``; True if they changed."""
    return library.set_custom(custom_exercises(routines, data))
