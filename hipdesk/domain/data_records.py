"""Everything a person recorded in HipDesk, as plain records that travel between computers.

These are the records of the data file (``docs/data-format.md``): the store writes them out and merges them back,
the file format reads and writes them, and nothing here knows about either. Times are kept as the exact text the
store holds (UTC ISO-8601), so a round trip through a file gives back the same bytes, and every record that can be
told apart from another by its content alone carries a stable id (32 hexadecimal digits, a UUID).

How two stores merge (the rules live in the store; they are written here because they define what an id means):

- sessions (with their steps), pain ratings: a record whose id the store already has is skipped, a new one added;
- weekly check values: one value per week, measure and side; when two differ, the one recorded last wins
  (ties broken by id), so merging in either order ends the same;
- routine versions: added by id; a version retired on either computer stays retired, and the newest version of a
  routine (by the time it was saved) is its current one unless the routine was deleted;
- favourites: the union;
- preferences: the one changed last wins (a preference never changed since it was first dated loses to any
  dated one; ties broken by value).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

RECORD_ID = re.compile(r"^[0-9a-f]{32}$")


@dataclass(frozen=True)
class StepEntry:
    """One recorded step of a session (steps belong to their session and travel with it)."""

    seq: int
    exercise_id: str
    side: str  # none | left | right
    set_no: int
    planned_s: float
    actual_s: float
    planned_reps: int | None
    actual_reps: int | None
    started_at: str
    ended_at: str
    local_date: str
    skipped: bool


@dataclass(frozen=True)
class SessionEntry:
    """A finished session (complete or partial); sessions still in progress are not exported."""

    id: str
    routine_id: str | None
    routine_name: str
    started_at: str
    local_date: str
    ended_at: str | None
    status: str  # complete | partial
    planned_s: float
    pain_before: int | None
    pain_after: int | None
    feeling: str | None
    notes: str
    steps: tuple[StepEntry, ...] = ()


@dataclass(frozen=True)
class PainEntry:
    id: str
    session_id: str | None  # the id of a session in the same data (None: a rating not tied to a session)
    kind: str  # before | after | stop | next_day
    rating: int
    location: str
    exercise_id: str | None
    at: str
    local_date: str


@dataclass(frozen=True)
class CheckEntry:
    """One value of a weekly mobility check."""

    id: str
    week_start: str
    check_id: str
    side: str
    value: float | None
    unit: str
    note: str
    recorded_at: str


@dataclass(frozen=True)
class RoutineEntry:
    """One saved version of a user routine. ``body`` is the routine file's JSON text (docs/routine-format.md)."""

    id: str  # this version
    routine_id: str  # every version of one routine shares it
    version: int
    name: str
    body: str
    created_at: str
    retired: bool


@dataclass(frozen=True)
class PreferenceEntry:
    key: str
    value: str  # JSON text
    updated_at: str | None  # UTC ISO-8601; None when it was set before HipDesk dated its preferences


@dataclass(frozen=True)
class DataSet:
    sessions: tuple[SessionEntry, ...] = ()
    pain_ratings: tuple[PainEntry, ...] = ()
    checks: tuple[CheckEntry, ...] = ()
    routines: tuple[RoutineEntry, ...] = ()
    favourites: tuple[str, ...] = ()
    preferences: tuple[PreferenceEntry, ...] = ()

    @property
    def step_count(self) -> int:
        return sum(len(s.steps) for s in self.sessions)


@dataclass(frozen=True)
class MergeCounts:
    """What a merge added (and, for the records with rules, changed). Zero everywhere: nothing changed."""

    sessions: int = 0
    steps: int = 0
    pain_ratings: int = 0
    checks: int = 0
    checks_replaced: int = 0
    routine_versions: int = 0
    routines_retired: int = 0
    favourites: int = 0
    preferences: int = 0
    skipped: dict[str, int] = field(default_factory=dict)  # records already present, by kind

    @property
    def changed(self) -> bool:
        return any(
            (
                self.sessions,
                self.pain_ratings,
                self.checks,
                self.checks_replaced,
                self.routine_versions,
                self.routines_retired,
                self.favourites,
                self.preferences,
            )
        )
