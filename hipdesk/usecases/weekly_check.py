"""The weekly mobility check: saving a week's values with its summary, and adding suggested exercises to a routine.

Saving replaces anything saved earlier the same week (doing the check again corrects it). A week that cannot be
written (a locked database, a full disk) raises a :class:`~hipdesk.storage.errors.StorageError`; the values stay in
the view, so the person can try again.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from hipdesk.domain.assessment import (
    FOLLOW_UP_ROUTINE_NAME,
    CheckSummary,
    CheckValue,
    Suggestion,
    WeekResults,
    add_suggestions,
    checks,
    follow_up_routine,
    summarize,
)
from hipdesk.domain.exercise import Exercise
from hipdesk.domain.routine import Routine
from hipdesk.storage.check_repository import CheckRepository
from hipdesk.storage.routine_repository import RoutineRepository


@dataclass(frozen=True)
class SavedWeek:
    week: WeekResults  # as stored
    summary: CheckSummary  # compared with the weeks before it
    skipped: tuple[str, ...]  # the titles of the checks with nothing recorded this week


@dataclass(frozen=True)
class AddedExercises:
    routine: Routine  # as stored
    created: bool  # a new follow-up routine, rather than a new version of one that existed
    count: int


class WeeklyCheck:
    def __init__(self, checks: CheckRepository, routines: RoutineRepository, library: Mapping[str, Exercise]) -> None:
        self._checks = checks
        self._routines = routines
        self._library = library

    def stored(self, week_start: date) -> tuple[CheckValue, ...]:
        """What was saved for this week so far (empty when nothing)."""
        return self._checks.week(week_start).values

    def save(self, week_start: date, values: Iterable[CheckValue]) -> SavedWeek:
        """Store the week's values (replacing earlier ones of the same week) and summarize them against the weeks
        before it."""
        week = self._checks.save_week(week_start, values)
        history = [w for w in self._checks.all_weeks() if w.week_start < week_start]
        recorded = {v.measure_id for v in week.values}
        skipped = tuple(c.title for c in checks() if not recorded & {m.id for m in c.measures})
        return SavedWeek(week, summarize(week, history, self._library), skipped)

    def add_to_routine(self, routine_id: str, chosen: Sequence[Suggestion]) -> AddedExercises:
        """Add the chosen suggestions to the user routine ``routine_id`` (a new version of it); with no id, to the
        follow-up routine, made when there is none yet."""
        if not chosen:
            raise ValueError("choose at least one exercise to add")
        current = self._routines.get(routine_id) if routine_id else None
        if current is None:  # the follow-up routine made by an earlier check, if the person kept it
            current = self._routines.find_by_name(FOLLOW_UP_ROUTINE_NAME())
        updated = add_suggestions(current, chosen) if current is not None else follow_up_routine(chosen)
        stored = self._routines.save(updated)
        return AddedExercises(stored, created=current is None, count=len(chosen))
