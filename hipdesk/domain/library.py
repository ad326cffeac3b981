"""The exercise library: every exercise by id, in a stable display order."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

from hipdesk.domain.exercise import Exercise


class Library(Mapping[str, Exercise]):
    """An immutable collection of exercises keyed by their stable id."""

    def __init__(self, exercises: Iterable[Exercise]) -> None:
        self._by_id: dict[str, Exercise] = {}
        for exercise in exercises:
            if exercise.id in self._by_id:
                raise ValueError(f"duplicate exercise id {exercise.id!r}")
            self._by_id[exercise.id] = exercise

    def __getitem__(self, exercise_id: str) -> Exercise:
        return self._by_id[exercise_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self._by_id)

    def __len__(self) -> int:
        return len(self._by_id)

    def exercises(self) -> list[Exercise]:
        """Exercises in display order: by session phase, then name."""
        return sorted(self._by_id.values(), key=lambda e: (e.phase.order, e.name.casefold()))
