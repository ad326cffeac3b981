"""Who an exercise may not suit: a short health profile, and the rules that match it against exercise precautions.

Each exercise file lists its precautions (:class:`~hipdesk.domain.exercise.Precaution`): what it does that some
bodies should avoid. The profile names the conditions a person has told HipDesk about, and each condition avoids a
set of precautions (the usual advice after surgery, in pregnancy and with osteoporosis):

- a hip replacement from the back (posterior approach): bending the hip past 90°, taking the thigh across the
  midline, and turning it inward while the hip is bent;
- a hip replacement from the front (anterior approach): taking the thigh back behind the body, turned out;
- any hip replacement: a band pulling on the joint itself; when the approach is not known, both sets apply;
- pregnancy: plank holds and deep end-range stretches; after the first three months also lying flat on the back
  or on the front;
- knee trouble: kneeling, deep knee bends and twisting a bent knee;
- osteoporosis: rounding or twisting the spine under load.

HipDesk never diagnoses and never forbids: an exercise that does not suit is marked (or hidden, if the person
chose that), the reason is given, and a safer variation from the library is suggested where there is one.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from hipdesk.domain.exercise import Exercise, Phase, Precaution
from hipdesk.domain.i18n import Phrase
from hipdesk.domain.routine import Routine, RoutineItem

SAFER_SEARCH_DEPTH = 2  # a safer variation is at most two links away (an easier one's easier one)


class HipReplacement(StrEnum):
    NONE = "none"
    POSTERIOR = "posterior"
    ANTERIOR = "anterior"
    UNKNOWN = "unknown"  # the approach is not known: both sets of precautions apply

    @property
    def label(self) -> str:
        return _HIP_REPLACEMENT_LABELS[self]()


_HIP_REPLACEMENT_LABELS = {
    choice: Phrase(f"terms.hip_replacement.{choice.value}", english)
    for choice, english in {
        HipReplacement.NONE: "No",
        HipReplacement.POSTERIOR: "Yes, from the back (posterior approach)",
        HipReplacement.ANTERIOR: "Yes, from the front (anterior approach)",
        HipReplacement.UNKNOWN: "Yes, approach not known",
    }.items()
}


class Pregnancy(StrEnum):
    NONE = "none"
    FIRST_TRIMESTER = "first_trimester"
    LATER = "later"

    @property
    def label(self) -> str:
        return _PREGNANCY_LABELS[self]()


_PREGNANCY_LABELS = {
    choice: Phrase(f"terms.pregnancy.{choice.value}", english)
    for choice, english in {
        Pregnancy.NONE: "No",
        Pregnancy.FIRST_TRIMESTER: "Yes, in the first three months",
        Pregnancy.LATER: "Yes, past the first three months",
    }.items()
}


class AgeBand(StrEnum):
    UNSAID = "unsaid"
    UNDER_65 = "under_65"
    FROM_65 = "from_65"

    @property
    def label(self) -> str:
        return _AGE_LABELS[self]()


_AGE_LABELS = {
    choice: Phrase(f"terms.age.{choice.value}", english)
    for choice, english in {
        AgeBand.UNSAID: "Not said",
        AgeBand.UNDER_65: "Under 65",
        AgeBand.FROM_65: "65 or over",
    }.items()
}


class Unsuitable(StrEnum):
    """What the library does with an exercise that does not suit the profile."""

    MARK = "mark"
    HIDE = "hide"

    @property
    def label(self) -> str:
        return _UNSUITABLE_LABELS[self]()


_UNSUITABLE_LABELS = {
    choice: Phrase(f"terms.unsuitable.{choice.value}", english)
    for choice, english in {Unsuitable.MARK: "Mark them", Unsuitable.HIDE: "Hide them"}.items()
}


class Condition(StrEnum):
    """A reason an exercise may not suit, from the profile."""

    POSTERIOR_HIP_REPLACEMENT = "posterior_hip_replacement"
    ANTERIOR_HIP_REPLACEMENT = "anterior_hip_replacement"
    HIP_REPLACEMENT = "hip_replacement"
    PREGNANCY = "pregnancy"
    LATER_PREGNANCY = "later_pregnancy"
    KNEE_TROUBLE = "knee_trouble"
    OSTEOPOROSIS = "osteoporosis"

    def not_advised(self, precaution: str) -> str:
        """'Deep hip bend: not advised after a hip replacement from the back (posterior approach).'"""
        return _NOT_ADVISED[self](precaution=precaution)


# Each condition's whole sentence, so a language can put the condition where its grammar needs it.
_NOT_ADVISED = {
    condition: Phrase(f"notices.not_advised.{condition.value}", "{precaution}: not advised " + english + ".")
    for condition, english in {
        Condition.POSTERIOR_HIP_REPLACEMENT: "after a hip replacement from the back (posterior approach)",
        Condition.ANTERIOR_HIP_REPLACEMENT: "after a hip replacement from the front (anterior approach)",
        Condition.HIP_REPLACEMENT: "after a hip replacement",
        Condition.PREGNANCY: "in pregnancy",
        Condition.LATER_PREGNANCY: "in pregnancy after the first three months",
        Condition.KNEE_TROUBLE: "with knee trouble",
        Condition.OSTEOPOROSIS: "with osteoporosis",
    }.items()
}


AVOIDS: dict[Condition, frozenset[Precaution]] = {
    Condition.POSTERIOR_HIP_REPLACEMENT: frozenset(
        {
            Precaution.HIP_FLEXION_PAST_90,
            Precaution.ADDUCTION_PAST_MIDLINE,
            Precaution.INTERNAL_ROTATION_IN_FLEXION,
        }
    ),
    Condition.ANTERIOR_HIP_REPLACEMENT: frozenset({Precaution.EXTENSION_WITH_EXTERNAL_ROTATION}),
    Condition.HIP_REPLACEMENT: frozenset({Precaution.HIP_JOINT_MOBILIZATION}),
    Condition.PREGNANCY: frozenset({Precaution.PLANK, Precaution.DEEP_END_RANGE_STRETCH}),
    Condition.LATER_PREGNANCY: frozenset({Precaution.LYING_ON_BACK, Precaution.LYING_ON_FRONT}),
    Condition.KNEE_TROUBLE: frozenset({Precaution.KNEELING, Precaution.DEEP_KNEE_BEND, Precaution.KNEE_TWIST}),
    Condition.OSTEOPOROSIS: frozenset({Precaution.LOADED_SPINAL_FLEXION, Precaution.LOADED_SPINAL_TWIST}),
}

# How to keep an exercise within a precaution, for when the person does it anyway (or has been cleared).
_ADAPT_ENGLISH: dict[Precaution, str] = {
    Precaution.HIP_FLEXION_PAST_90: "Keep the knee lower than the hip: stop before the thigh passes a right angle.",
    Precaution.ADDUCTION_PAST_MIDLINE: "Keep the knee from crossing the middle of your body.",
    Precaution.INTERNAL_ROTATION_IN_FLEXION: "Leave out the inward turn while the hip is bent.",
    Precaution.EXTENSION_WITH_EXTERNAL_ROTATION: "Keep the thigh under you, not behind you, and the toes forward.",
    Precaution.HIP_JOINT_MOBILIZATION: "Only with your surgeon's or physiotherapist's go-ahead.",
    Precaution.KNEELING: "Kneel on thick padding, or choose a standing version.",
    Precaution.DEEP_KNEE_BEND: "Bend the knees only part of the way, where they stay comfortable.",
    Precaution.KNEE_TWIST: "Keep the back knee higher off the floor, or sit on a cushion.",
    Precaution.LYING_ON_BACK: "Raise your head and shoulders on pillows, or choose a version done on your side "
    "or standing.",
    Precaution.LYING_ON_FRONT: "Choose a version done standing or seated.",
    Precaution.PLANK: "Choose a hold on all fours or on your side.",
    Precaution.DEEP_END_RANGE_STRETCH: "Stretch to a mild pull only, well short of the end of the range.",
    Precaution.LOADED_SPINAL_FLEXION: "Bend at the hips with a long, straight back, or do the stretch lying down.",
    Precaution.LOADED_SPINAL_TWIST: "Keep the turn small and the spine long, or leave this one out.",
}
ADAPT = {p: Phrase(f"notices.adapt.{p.value}", english) for p, english in _ADAPT_ENGLISH.items()}


@dataclass(frozen=True)
class HealthProfile:
    """What a person has chosen to tell HipDesk about their health, and how the library shows what does not suit.

    Stored as a preference (``to_values`` / ``from_values``); a value HipDesk does not know reads as not given.
    """

    hip_replacement: HipReplacement = HipReplacement.NONE
    pregnancy: Pregnancy = Pregnancy.NONE
    knee_trouble: bool = False
    osteoporosis: bool = False
    age: AgeBand = AgeBand.UNSAID
    unsuitable: Unsuitable = Unsuitable.MARK

    @property
    def conditions(self) -> tuple[Condition, ...]:
        found: list[Condition] = []
        if self.hip_replacement in (HipReplacement.POSTERIOR, HipReplacement.UNKNOWN):
            found.append(Condition.POSTERIOR_HIP_REPLACEMENT)
        if self.hip_replacement in (HipReplacement.ANTERIOR, HipReplacement.UNKNOWN):
            found.append(Condition.ANTERIOR_HIP_REPLACEMENT)
        if self.hip_replacement is not HipReplacement.NONE:
            found.append(Condition.HIP_REPLACEMENT)
        if self.pregnancy is not Pregnancy.NONE:
            found.append(Condition.PREGNANCY)
        if self.pregnancy is Pregnancy.LATER:
            found.append(Condition.LATER_PREGNANCY)
        if self.knee_trouble:
            found.append(Condition.KNEE_TROUBLE)
        if self.osteoporosis:
            found.append(Condition.OSTEOPOROSIS)
        return tuple(found)

    @property
    def avoided(self) -> frozenset[Precaution]:
        """Every precaution that matters for this profile."""
        return frozenset().union(*(AVOIDS[c] for c in self.conditions))

    @property
    def hides_unsuitable(self) -> bool:
        return self.unsuitable is Unsuitable.HIDE and bool(self.conditions)

    @property
    def older_adult(self) -> bool:
        """65 or over: stretch holds of 30-60 s are offered (ACSM's advice for older adults)."""
        return self.age is AgeBand.FROM_65

    def to_values(self) -> dict[str, Any]:
        return {
            "hip_replacement": self.hip_replacement.value,
            "pregnancy": self.pregnancy.value,
            "knee_trouble": self.knee_trouble,
            "osteoporosis": self.osteoporosis,
            "age": self.age.value,
            "unsuitable": self.unsuitable.value,
        }

    @classmethod
    def from_values(cls, values: object) -> HealthProfile:
        """The profile from stored values; anything missing or unknown keeps its default."""
        if not isinstance(values, Mapping):
            return cls()
        default = cls()

        def pick(key: str, kind: type[StrEnum], fallback: StrEnum) -> Any:
            value = values.get(key)
            if not isinstance(value, str):
                return fallback
            try:
                return kind(value)
            except (ValueError, TypeError):
                return fallback

        def flag(key: str) -> bool:
            value = values.get(key)
            return value if isinstance(value, bool) else False

        return cls(
            hip_replacement=pick("hip_replacement", HipReplacement, default.hip_replacement),
            pregnancy=pick("pregnancy", Pregnancy, default.pregnancy),
            knee_trouble=flag("knee_trouble"),
            osteoporosis=flag("osteoporosis"),
            age=pick("age", AgeBand, default.age),
            unsuitable=pick("unsuitable", Unsuitable, default.unsuitable),
        )


@dataclass(frozen=True)
class Concern:
    """One reason an exercise does not suit: a precaution it involves and the condition that avoids it."""

    precaution: Precaution
    condition: Condition

    @property
    def message(self) -> str:
        return self.condition.not_advised(self.precaution.label)

    @property
    def adapt(self) -> str:
        return ADAPT[self.precaution]()


def concerns(exercise: Exercise, profile: HealthProfile) -> tuple[Concern, ...]:
    """Why ``exercise`` does not suit ``profile``, one concern per precaution, in the file's order."""
    conditions = profile.conditions
    found: list[Concern] = []
    for precaution in exercise.precautions:
        condition = next((c for c in conditions if precaution in AVOIDS[c]), None)
        if condition is not None:
            found.append(Concern(precaution, condition))
    return tuple(found)


def suits(exercise: Exercise, profile: HealthProfile) -> bool:
    return not profile.avoided.intersection(exercise.precautions)


def safer_variation(exercise: Exercise, library: Mapping[str, Exercise], profile: HealthProfile) -> Exercise | None:
    """A variation of ``exercise`` that suits ``profile``, or None.

    It is searched through the library's links (easier first, then alternatives, then harder), at most
    ``SAFER_SEARCH_DEPTH`` links away, and must work at least one of the same body regions. A check is never
    swapped: it measures something particular.
    """
    if exercise.phase is Phase.CHECK:
        return None
    seen = {exercise.id}
    queue: deque[tuple[str, int]] = deque((i, 1) for i in _links(exercise))
    while queue:
        exercise_id, depth = queue.popleft()
        if exercise_id in seen or exercise_id not in library:
            continue
        seen.add(exercise_id)
        other = library[exercise_id]
        if other.phase is Phase.CHECK:
            continue
        if suits(other, profile) and set(other.targets) & set(exercise.targets):
            return other
        if depth < SAFER_SEARCH_DEPTH:
            queue.extend((i, depth + 1) for i in _links(other))
    return None


def _links(exercise: Exercise) -> tuple[str, ...]:
    return (*exercise.easier, *exercise.alternatives, *exercise.harder)


@dataclass(frozen=True)
class ItemConcern:
    """A routine item whose exercise does not suit the profile, why, and what could take its place."""

    index: int
    exercise: Exercise
    concerns: tuple[Concern, ...]
    safer: Exercise | None

    @property
    def message(self) -> str:
        reasons = " ".join(c.message for c in self.concerns)
        instead = f" Safer: {self.safer.name}." if self.safer is not None else ""
        return f"{self.exercise.name} (item {self.index + 1}): {reasons}{instead}"


def routine_concerns(
    routine: Routine, library: Mapping[str, Exercise], profile: HealthProfile
) -> tuple[ItemConcern, ...]:
    """Each item of ``routine`` that does not suit ``profile``, in routine order."""
    if not profile.conditions:
        return ()
    found: list[ItemConcern] = []
    for index, item in enumerate(routine.items):
        exercise = library.get(item.exercise_id)
        if exercise is None:
            continue
        reasons = concerns(exercise, profile)
        if reasons:
            found.append(ItemConcern(index, exercise, reasons, safer_variation(exercise, library, profile)))
    return tuple(found)


def with_safer_variations(
    routine: Routine, library: Mapping[str, Exercise], profile: HealthProfile, *, drop_the_rest: bool = False
) -> Routine:
    """The routine with each unsuitable exercise swapped for its safer variation (at that exercise's own dose).

    An unsuitable exercise with no safer variation stays, unless ``drop_the_rest``.
    """
    swaps = {c.index: c for c in routine_concerns(routine, library, profile)}
    items: list[RoutineItem] = []
    for index, item in enumerate(routine.items):
        concern = swaps.get(index)
        if concern is None:
            items.append(item)
        elif concern.safer is not None:
            items.append(_swapped(item, concern.safer))
        elif not drop_the_rest:
            items.append(item)
    return replace(routine, items=tuple(items))


def _swapped(item: RoutineItem, exercise: Exercise) -> RoutineItem:
    per_side = exercise.per_side
    return replace(
        item,
        exercise_id=exercise.id,
        dose=None,
        extra_sets_left=item.extra_sets_left if per_side else 0,
        extra_sets_right=item.extra_sets_right if per_side else 0,
    )


def unsuitable_ids(exercises: Sequence[Exercise], profile: HealthProfile) -> frozenset[str]:
    """The ids of the exercises that do not suit ``profile``."""
    avoided = profile.avoided
    return frozenset(e.id for e in exercises if avoided.intersection(e.precautions))
