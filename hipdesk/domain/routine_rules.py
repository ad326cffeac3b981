"""Rules about a whole routine: how long it takes, and advice on its order, sides and length.

Advice never blocks anything: it is shown beside the routine and the person decides.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from enum import StrEnum

from hipdesk.domain.durations import format_duration
from hipdesk.domain.exercise import Exercise, Phase
from hipdesk.domain.i18n import mid_sentence
from hipdesk.domain.plan import expand
from hipdesk.domain.routine import Routine, Sides
from hipdesk.domain.words import Words


class RoutineWords(Words):
    """The routine editor's advice."""


DEFAULT_TARGET_MIN = 5  # "five minutes, twice a day" (seed 000)
TARGET_TOLERANCE = 0.2  # within ±20 % of the target counts as on target


class _Stage(StrEnum):
    """The three stages of the source's order: roll first, static stretch second, strengthen third (seed 002)."""

    ROLL = "roll"
    STRETCH = "stretch"
    STRENGTHEN = "strengthen"

    @property
    def rank(self) -> int:
        return list(_Stage).index(self)

    @property
    def label(self) -> str:
        """The stage in words, as advice names it."""
        return {
            _Stage.ROLL: RoutineWords.tr("roll"),
            _Stage.STRETCH: RoutineWords.tr("stretch"),
            _Stage.STRENGTHEN: RoutineWords.tr("strengthen"),
        }[self]


_STAGE_OF_PHASE: dict[Phase, _Stage] = {
    Phase.ROLL: _Stage.ROLL,
    Phase.STRETCH: _Stage.STRETCH,
    Phase.ACTIVATE: _Stage.STRENGTHEN,
    Phase.STRENGTHEN: _Stage.STRENGTHEN,
    Phase.STABILITY: _Stage.STRENGTHEN,
}  # checks, breathing and mobility drills fit anywhere, so they never break the order


def _known_items(routine: Routine, library: Mapping[str, Exercise]) -> Routine:
    return replace(routine, items=tuple(i for i in routine.items if i.exercise_id in library))


def item_durations_s(routine: Routine, library: Mapping[str, Exercise]) -> list[float]:
    """Seconds each item takes in the player's plan (its rest before it and its get-ready included).

    Items whose exercise is unknown take 0 s. The numbers are the player's own (hipdesk.domain.plan).
    """
    known = _known_items(routine, library)
    durations = [0.0] * len(routine.items)
    if not known.items:
        return durations
    positions = [i for i, item in enumerate(routine.items) if item.exercise_id in library]
    for step in expand(known, library).steps:
        index = positions[step.item_index] if step.item_index >= 0 else (positions[0] if step.duration_s else -1)
        if index >= 0:
            durations[index] += step.duration_s
    return durations


def total_duration_s(routine: Routine, library: Mapping[str, Exercise]) -> float:
    """Seconds for the whole routine as the player will run it; unknown exercises count as nothing."""
    known = _known_items(routine, library)
    return expand(known, library).total_s if known.items else 0.0


class AdviceKind(StrEnum):
    ORDER = "order"
    ONE_SIDE = "one_side"
    TIME = "time"
    UNKNOWN_EXERCISE = "unknown_exercise"
    EMPTY = "empty"


@dataclass(frozen=True)
class Advice:
    """One piece of advice. ``item_index`` is the routine item it is about, or None for the whole routine."""

    kind: AdviceKind
    message: str
    item_index: int | None = None


class TimeVerdict(StrEnum):
    UNDER = "under"
    ON_TARGET = "on_target"
    OVER = "over"


@dataclass(frozen=True)
class TimeCheck:
    total_s: float
    target_min: int
    verdict: TimeVerdict

    @property
    def message(self) -> str:
        total = format_duration(self.total_s)
        if self.verdict is TimeVerdict.ON_TARGET:
            text = RoutineWords.tr("About {total}, on the {target}-minute target.")
        elif self.verdict is TimeVerdict.OVER:
            text = RoutineWords.tr("About {total}, longer than the {target}-minute target.")
        else:
            text = RoutineWords.tr("About {total}, shorter than the {target}-minute target.")
        return text.format(total=total, target=self.target_min)


def time_check(routine: Routine, library: Mapping[str, Exercise], target_min: int | None = None) -> TimeCheck:
    """The total against the chosen target, else the routine's own target, else five minutes."""
    target = target_min or routine.target_min or DEFAULT_TARGET_MIN
    total = total_duration_s(routine, library)
    target_s = target * 60
    if total > target_s * (1 + TARGET_TOLERANCE):
        verdict = TimeVerdict.OVER
    elif total < target_s * (1 - TARGET_TOLERANCE):
        verdict = TimeVerdict.UNDER
    else:
        verdict = TimeVerdict.ON_TARGET
    return TimeCheck(total_s=total, target_min=target, verdict=verdict)


def order_advice(routine: Routine, library: Mapping[str, Exercise]) -> list[Advice]:
    """One note for each item that comes after a later stage of roll -> stretch -> strengthen."""
    advice: list[Advice] = []
    latest: tuple[_Stage, int, Exercise] | None = None  # the furthest stage reached so far, and where
    for index, item in enumerate(routine.items):
        exercise = library.get(item.exercise_id)
        stage = _STAGE_OF_PHASE.get(exercise.phase) if exercise is not None else None
        if exercise is None or stage is None:
            continue
        if latest is not None and stage.rank < latest[0].rank:
            earlier_stage, earlier_index, earlier = latest
            advice.append(
                Advice(
                    AdviceKind.ORDER,
                    RoutineWords.tr(
                        "{exercise} (item {number}) is a {phase} exercise after {earlier} (item {earlier_number}, "
                        "{stage}). The usual order is roll first, stretch second, strengthen third."
                    ).format(
                        exercise=exercise.name,
                        number=index + 1,
                        phase=mid_sentence(exercise.phase.label),
                        earlier=earlier.name,
                        earlier_number=earlier_index + 1,
                        stage=earlier_stage.label,
                    ),
                    index,
                )
            )
        elif latest is None or stage.rank > latest[0].rank:
            latest = (stage, index, exercise)
    return advice


def side_advice(routine: Routine, library: Mapping[str, Exercise]) -> list[Advice]:
    """A note for each per-side exercise set to one side only: the other side gets no work."""
    advice: list[Advice] = []
    for index, item in enumerate(routine.items):
        exercise = library.get(item.exercise_id)
        if exercise is None or not exercise.per_side or item.sides is Sides.BOTH:
            continue
        other = Sides.RIGHT if item.sides is Sides.LEFT else Sides.LEFT
        advice.append(
            Advice(
                AdviceKind.ONE_SIDE,
                (
                    RoutineWords.tr(
                        "{exercise} (item {number}) works the left side only; the right side gets none of it."
                    )
                    if other is Sides.RIGHT
                    else RoutineWords.tr(
                        "{exercise} (item {number}) works the right side only; the left side gets none of it."
                    )
                ).format(exercise=exercise.name, number=index + 1),
                index,
            )
        )
    return advice


def routine_advice(routine: Routine, library: Mapping[str, Exercise], target_min: int | None = None) -> list[Advice]:
    """Every piece of advice for the routine, in item order, with the time check last."""
    advice: list[Advice] = []
    if not routine.items:
        advice.append(Advice(AdviceKind.EMPTY, RoutineWords.tr("This routine has no exercises yet.")))
    for index, item in enumerate(routine.items):
        if item.exercise_id not in library:
            advice.append(
                Advice(
                    AdviceKind.UNKNOWN_EXERCISE,
                    RoutineWords.tr("Item {number} names an exercise this HipDesk does not have ({exercise}).").format(
                        number=index + 1, exercise=item.exercise_id
                    ),
                    index,
                )
            )
    per_item = order_advice(routine, library) + side_advice(routine, library)
    per_item.sort(key=lambda a: -1 if a.item_index is None else a.item_index)
    advice.extend(per_item)
    if routine.items:
        check = time_check(routine, library, target_min)
        advice.append(Advice(AdviceKind.TIME, check.message))
    return advice


def phases_in_order(routine: Routine, library: Mapping[str, Exercise]) -> tuple[Phase, ...]:
    """The phases the routine touches, each once, in the order they first appear."""
    seen: list[Phase] = []
    for item in routine.items:
        exercise = library.get(item.exercise_id)
        if exercise is not None and exercise.phase not in seen:
            seen.append(exercise.phase)
    return tuple(seen)


def equipment_needed(routine: Routine, library: Mapping[str, Exercise]) -> tuple[str, ...]:
    """Labels of the equipment the routine needs, each once, in first-use order."""
    seen: list[str] = []
    for item in routine.items:
        exercise = library.get(item.exercise_id)
        if exercise is None:
            continue
        for equipment in exercise.equipment:
            if equipment.label not in seen and equipment.value != "none":
                seen.append(equipment.label)
    return tuple(seen)
