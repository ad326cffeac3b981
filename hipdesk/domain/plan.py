"""Expanding a routine into the plan the player walks through, one timed step at a time.

A plan is: get ready, then for each exercise its sets (holds or reps), with rests between sets and between
exercises; a per-side exercise does every set on the first side, a short "switch sides" step, then every set on the
other side (the source's advice: all sets on one leg first); and a final step.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from hipdesk.domain.exercise import Dose, Effort, Exercise, Phase, RepPattern, Side, Tempo
from hipdesk.domain.i18n import Phrase
from hipdesk.domain.routine import Routine, RoutineItem, Sides
from hipdesk.domain.text import quoted
from hipdesk.domain.words import Words

GET_READY_S = 10.0
SWITCH_S = 5.0
REST_BETWEEN_EXERCISES_S = 15.0
MIN_SET_REST_S = 5.0  # a dose with rest_s = 0 still gets a breath between sets
DEFAULT_TEMPO = Tempo()
# What the screen calls a step that is not an exercise.
_TITLES = {
    "get_ready": Phrase("cues.title_get_ready", "Get ready"),
    "switch": Phrase("cues.title_switch", "Switch sides"),
    "rest": Phrase("cues.title_rest", "Rest"),
    "finish": Phrase("cues.title_finish", "Well done"),
}


class StepKind(StrEnum):
    GET_READY = "get_ready"
    HOLD = "hold"
    REPS = "reps"
    SWITCH = "switch"
    REST = "rest"
    FINISH = "finish"

    @property
    def is_work(self) -> bool:
        return self in (StepKind.HOLD, StepKind.REPS)


@dataclass(frozen=True)
class Step:
    """One timed step. For get ready, switch and rest, ``exercise_id`` names the exercise that comes next
    (so the screen can show it); ``side`` is the side about to be worked."""

    kind: StepKind
    exercise_id: str
    exercise_name: str
    duration_s: float
    side: Side = Side.NONE
    set_no: int = 1
    sets: int = 1
    reps: int | None = None
    tempo: Tempo | None = None
    item_index: int = -1  # which routine item the step belongs to (-1: get ready and finish)
    effort: Effort = Effort.NONE  # which half of each repetition lifts: the order and words of its parts
    rep_pattern: RepPattern = RepPattern.SAME  # EACH_WAY: ``reps`` holds both ways, the second half reversed
    phase: Phase | None = None  # the exercise's phase, for a work step

    @property
    def is_work(self) -> bool:
        return self.kind.is_work

    @property
    def rolling(self) -> bool:
        """A foam-roller drill: the body travels back and forth along the roller for the whole step."""
        return self.phase is Phase.ROLL

    @property
    def rep_s(self) -> float:
        return self.tempo.rep_s if self.tempo is not None else 0.0

    def dose_text(self) -> str:
        """The dose this work step plays, as its routine set it: '3 × 30 s', '10 reps (2-0-1)'; '' for other steps.

        The sets are the ones on this step's side (extra sets included), the hold or reps the routine's own, which
        may differ from the library's dose for the exercise."""
        if self.kind is StepKind.HOLD:
            return Dose(sets=self.sets, hold_s=round(self.duration_s)).summary()
        if self.kind is StepKind.REPS and self.reps is not None:
            ways = self.rep_pattern.ways  # a circle's step holds both ways; its dose counts one way
            dose = Dose(sets=self.sets, reps=self.reps // ways, tempo=self.tempo or DEFAULT_TEMPO)
            return dose.summary(each_way=ways > 1)
        return ""

    def title(self) -> str:
        """What the screen and the voice call this step."""
        title = _TITLES.get(self.kind.value)
        return title() if title is not None else self.exercise_name


@dataclass(frozen=True)
class Plan:
    routine_id: str
    routine_name: str
    steps: tuple[Step, ...]
    # What the steps play: the library's exercises, or the routine's own (so a custom exercise the library has not
    # taken in yet still shows its figure and steps).
    exercises: tuple[Exercise, ...] = ()

    def __post_init__(self) -> None:
        if not self.steps or self.steps[-1].kind is not StepKind.FINISH:
            raise ValueError("a plan ends with its finish step")

    def __len__(self) -> int:
        return len(self.steps)

    @property
    def total_s(self) -> float:
        return sum(s.duration_s for s in self.steps)

    @property
    def work_steps(self) -> tuple[Step, ...]:
        return tuple(s for s in self.steps if s.is_work)

    def seconds_after(self, index: int) -> float:
        """Planned seconds of every step after ``index``."""
        return sum(s.duration_s for s in self.steps[index + 1 :])

    def exercise(self, exercise_id: str) -> Exercise | None:
        return next((e for e in self.exercises if e.id == exercise_id), None)

    def pose_id(self, exercise_id: str) -> str:
        """The pose the figure shows for ``exercise_id`` (see Exercise.pose_id); "" for none."""
        exercise = self.exercise(exercise_id)
        return exercise.pose_id if exercise is not None else exercise_id

    def next_work_step(self, index: int) -> Step | None:
        """The next hold or reps step after ``index`` ("next up")."""
        for step in self.steps[index + 1 :]:
            if step.is_work:
                return step
        return None


class PlanWords(Words):
    """Why a routine cannot be played, in words."""


class PlanError(ValueError):
    """A routine that cannot be played: it names exercises neither the library nor the routine itself has
    (``exercise_ids``), or it has none. The message names the routine and every missing id."""

    def __init__(self, routine_name: str, exercise_ids: tuple[str, ...] = ()) -> None:
        self.routine_name = routine_name
        self.exercise_ids = exercise_ids
        if exercise_ids:
            message = PlanWords.tr(
                "the routine {routine} names %n exercise(s) HipDesk does not have: {ids}", "", len(exercise_ids)
            ).format(routine=quoted(routine_name), ids=", ".join(quoted(i, 60) for i in exercise_ids))
        else:
            message = PlanWords.tr("the routine {routine} has no exercises").format(routine=quoted(routine_name))
        super().__init__(message)


def expand(
    routine: Routine,
    library: Mapping[str, Exercise],
    *,
    get_ready_s: float = GET_READY_S,
    switch_s: float = SWITCH_S,
    rest_between_exercises_s: float = REST_BETWEEN_EXERCISES_S,
    min_set_rest_s: float = MIN_SET_REST_S,
) -> Plan:
    """The routine as a flat list of steps. An exercise is the library's, else the routine's own (a routine file's
    custom exercise the library has not taken in yet). Raises :class:`PlanError` naming the routine and every id
    found in neither, or when it has no exercises."""
    own = {e.id: e for e in routine.exercises}
    exercises: dict[str, Exercise] = {}
    missing: list[str] = []
    for item in routine.items:
        found = library.get(item.exercise_id) or own.get(item.exercise_id)
        if found is not None:
            exercises[item.exercise_id] = found
        elif item.exercise_id not in missing:
            missing.append(item.exercise_id)
    if missing:
        raise PlanError(routine.name, tuple(missing))
    if not routine.items:
        raise PlanError(routine.name)
    steps: list[Step] = []
    first = exercises[routine.items[0].exercise_id]
    steps.append(
        Step(StepKind.GET_READY, first.id, first.name, get_ready_s, side=_sides_of(routine.items[0], first)[0][0])
    )
    for index, item in enumerate(routine.items):
        exercise = exercises[item.exercise_id]
        if index > 0:
            side = _sides_of(item, exercise)[0][0]
            steps.append(
                Step(StepKind.REST, exercise.id, exercise.name, rest_between_exercises_s, side=side, item_index=index)
            )
        steps.extend(_exercise_steps(index, item, exercise, switch_s=switch_s, min_set_rest_s=min_set_rest_s))
    steps.append(Step(StepKind.FINISH, "", "", 0.0))
    return Plan(routine.id, routine.name, tuple(steps), tuple(exercises.values()))


def single_exercise_routine(exercise: Exercise) -> Routine:
    """A one-exercise routine with the exercise's own dose, for "Play a single exercise"."""
    return Routine(
        id=f"single:{exercise.id}",
        name=exercise.name,
        description=exercise.summary,
        items=(RoutineItem(exercise.id),),
    )


def _sides_of(item: RoutineItem, exercise: Exercise) -> list[tuple[Side, int]]:
    """The sides in order, each with its number of sets."""
    sets = item.dose_for(exercise).sets
    if not exercise.per_side:
        return [(Side.NONE, sets)]
    left = (Side.LEFT, sets + item.extra_sets_left)
    right = (Side.RIGHT, sets + item.extra_sets_right)
    if item.sides is Sides.LEFT:
        return [left]
    if item.sides is Sides.RIGHT:
        return [right]
    return [left, right]


def _exercise_steps(
    index: int, item: RoutineItem, exercise: Exercise, *, switch_s: float, min_set_rest_s: float
) -> list[Step]:
    dose = item.dose_for(exercise)
    steps: list[Step] = []
    set_rest_s = max(float(dose.rest_s), min_set_rest_s)
    for side_index, (side, sets) in enumerate(_sides_of(item, exercise)):
        if side_index > 0:
            steps.append(Step(StepKind.SWITCH, exercise.id, exercise.name, switch_s, side=side, item_index=index))
        for set_no in range(1, sets + 1):
            if set_no > 1:
                steps.append(
                    Step(
                        StepKind.REST,
                        exercise.id,
                        exercise.name,
                        set_rest_s,
                        side=side,
                        set_no=set_no,
                        sets=sets,
                        item_index=index,
                    )
                )
            steps.append(_work_step(index, exercise, dose, side, set_no, sets))
    return steps


def _work_step(index: int, exercise: Exercise, dose: Dose, side: Side, set_no: int, sets: int) -> Step:
    if dose.hold_s is not None:
        return Step(
            StepKind.HOLD,
            exercise.id,
            exercise.name,
            float(dose.hold_s),
            side=side,
            set_no=set_no,
            sets=sets,
            item_index=index,
            phase=exercise.phase,
        )
    assert dose.reps is not None
    tempo = dose.tempo if dose.tempo.rep_s > 0 else DEFAULT_TEMPO
    reps = dose.reps * exercise.rep_pattern.ways  # a circle done each way: the dose counts one way
    return Step(
        StepKind.REPS,
        exercise.id,
        exercise.name,
        reps * tempo.rep_s,
        side=side,
        set_no=set_no,
        sets=sets,
        reps=reps,
        tempo=tempo,
        item_index=index,
        effort=exercise.effort,
        rep_pattern=exercise.rep_pattern,
        phase=exercise.phase,
    )
