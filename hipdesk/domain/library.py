"""The exercise library: every exercise by id, in a stable display order."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

from hipdesk.domain.exercise import Exercise


class Library(Mapping[str, Exercise]):
    """HipDesk's own exercises keyed by their stable id (fixed), and the exercises the person's routines brought
    ("From your routines"), which :meth:`set_custom` replaces as routines come and go. HipDesk's own exercise wins
    when a custom one has the same id."""

    def __init__(self, exercises: Iterable[Exercise]) -> None:
        self._by_id: dict[str, Exercise] = {}
        for exercise in exercises:
            if exercise.id in self._by_id:
                raise ValueError(f"duplicate exercise id {exercise.id!r}")
            self._by_id[exercise.id] = exercise
        self._custom: dict[str, Exercise] = {}

    def __getitem__(self, exercise_id: str) -> Exercise:
        found = self._by_id.get(exercise_id)
        return found if found is not None else self._custom[exercise_id]

    def __contains__(self, exercise_id: object) -> bool:
        return exercise_id in self._by_id or exercise_id in self._custom

    def __iter__(self) -> Iterator[str]:
        yield from self._by_id
        yield from (i for i in self._custom if i not in self._by_id)

    def __len__(self) -> int:
        return len(self._by_id) + sum(1 for i in self._custom if i not in self._by_id)

    def is_builtin(self, exercise_id: str) -> bool:
        return exercise_id in self._by_id

    def set_custom(self, exercises: Iterable[Exercise]) -> bool:
        """Replace the exercises from the person's routines; returns whether anything changed."""
        custom = {e.id: e for e in exercises if e.id not in self._by_id}
        if custom == self._custom:
            return False
        self._custom = custom
        return True

    def custom(self) -> list[Exercise]:
        """The exercises from the person's routines, by name."""
        return sorted(self._custom.values(), key=lambda e: e.name.casefold())

    def pose_id(self, exercise_id: str) -> str:
        """The pose that draws this exercise (its own, or the built-in one a custom exercise chose)."""
        exercise = self.get(exercise_id)
        return exercise.pose_id if exercise is not None else exercise_id

    def exercises(self) -> list[Exercise]:
        """Exercises in display order: HipDesk's own by session phase, then name; then those from your routines."""
        own = sorted(self._by_id.values(), key=lambda e: (e.phase.order, e.name.casefold()))
        return own + self.custom()
