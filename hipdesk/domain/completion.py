"""When a session counts as complete: the routine was played to its end and most of its planned work was done.

"Work" is the holds and the reps (not the get-ready, rest and switch steps). A step counts for the time it ran
before it ended or was skipped, never more than it was planned for; a step played twice (after "back") counts once,
at its best. A session counts as complete when it reached the end of the routine and at least
``COMPLETE_WORK_FRACTION`` of the planned work was done; skipping through a routine, or ending it early, leaves it
partial. Only complete sessions make a day count for the day streak.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from hipdesk.domain.words import Words

if TYPE_CHECKING:
    from hipdesk.domain.player import StepRecord  # the player imports this module

COMPLETE_WORK_FRACTION = 0.6  # at least 60 % of the planned work time, not skipped


@dataclass(frozen=True)
class WorkDone:
    """Seconds of work a session planned and did."""

    planned_s: float
    done_s: float

    @property
    def fraction(self) -> float:
        """Done over planned, 0..1; 1 when nothing was planned."""
        if self.planned_s <= 0:
            return 1.0
        return min(1.0, max(0.0, self.done_s / self.planned_s))

    @property
    def mostly_done(self) -> bool:
        # A hair of tolerance: 60 % of the work done, measured in float seconds, must count.
        return self.fraction >= COMPLETE_WORK_FRACTION - 1e-9

    def percent(self) -> int:
        return round(self.fraction * 100)


NO_WORK = WorkDone(planned_s=0.0, done_s=0.0)


def is_complete(reached_end: bool, work: WorkDone) -> bool:
    """The definition of a complete session: played to the end, with most of its planned work done."""
    return reached_end and work.mostly_done


def work_from_records(records: Iterable[StepRecord]) -> WorkDone:
    """The work of a session read back from its recorded steps (a finished session records every work step).

    A set is known by its exercise, side and set number; a set recorded twice (played again after "back") counts
    once, planned once and done at its best.
    """
    planned: dict[tuple[str, str, int], float] = {}
    done: dict[tuple[str, str, int], float] = {}
    for record in records:
        key = (record.exercise_id, record.side.value, record.set_no)
        planned[key] = max(planned.get(key, 0.0), record.planned_s)
        done[key] = max(done.get(key, 0.0), min(record.actual_s, record.planned_s))
    return WorkDone(planned_s=sum(planned.values()), done_s=sum(done.values()))


class CompletionWords(Words):
    """How a session counts, in words."""


def completion_text(reached_end: bool, work: WorkDone) -> str:
    """One sentence for the summary on how the session counts, or "" for a complete one."""
    if is_complete(reached_end, work):
        return ""
    needed = round(COMPLETE_WORK_FRACTION * 100)
    if reached_end:
        return CompletionWords.tr(
            "About {done} % of the planned work was done: most of it was skipped, so this session is kept as partial "
            "and does not count toward your day streak (a session counts from {needed} % of its work)."
        ).format(done=work.percent(), needed=needed)
    return CompletionWords.tr(
        "About {done} % of the planned work was done before the session ended early, so it is kept as partial and "
        "does not count toward your streak."
    ).format(done=work.percent())
