"""The health profile against exercise precautions: who an exercise does not suit, and what could take its place."""

from __future__ import annotations

from dataclasses import replace

import pytest

from hipdesk.content import default_exercises_dir, load_library
from hipdesk.domain.exercise import Exercise, Phase, Precaution, Region
from hipdesk.domain.health import (
    ADAPT,
    AVOIDS,
    AgeBand,
    Condition,
    HealthProfile,
    HipReplacement,
    Pregnancy,
    Unsuitable,
    concerns,
    routine_concerns,
    safer_variation,
    suits,
    unsuitable_ids,
    with_safer_variations,
)
from hipdesk.domain.library import Library
from hipdesk.domain.routine import Routine, RoutineItem, Sides
from tests.unit.player_fixtures import exercise


def tagged(
    exercise_id: str,
    *precautions: Precaution,
    easier: tuple[str, ...] = (),
    alternatives: tuple[str, ...] = (),
    harder: tuple[str, ...] = (),
    targets: tuple[Region, ...] = (Region.HIP_FLEXORS,),
    phase: Phase = Phase.STRETCH,
    per_side: bool = False,
) -> Exercise:
    return replace(
        exercise(exercise_id, hold_s=30, per_side=per_side),
        precautions=precautions,
        easier=easier,
        alternatives=alternatives,
        harder=harder,
        targets=targets,
        phase=phase,
    )


POSTERIOR = HealthProfile(hip_replacement=HipReplacement.POSTERIOR)
ANTERIOR = HealthProfile(hip_replacement=HipReplacement.ANTERIOR)


# ---- which conditions a profile names, and what they avoid ----------------------------------------------------


@pytest.mark.parametrize(
    ("profile", "avoided", "allowed"),
    [
        (HealthProfile(), set(), set(Precaution)),
        (
            POSTERIOR,
            {
                Precaution.HIP_FLEXION_PAST_90,
                Precaution.ADDUCTION_PAST_MIDLINE,
                Precaution.INTERNAL_ROTATION_IN_FLEXION,
            },
            {Precaution.EXTENSION_WITH_EXTERNAL_ROTATION, Precaution.KNEELING},
        ),
        (ANTERIOR, {Precaution.EXTENSION_WITH_EXTERNAL_ROTATION}, {Precaution.HIP_FLEXION_PAST_90}),
        (
            HealthProfile(hip_replacement=HipReplacement.UNKNOWN),
            {Precaution.EXTENSION_WITH_EXTERNAL_ROTATION, Precaution.HIP_FLEXION_PAST_90},
            {Precaution.PLANK},
        ),
        (
            HealthProfile(pregnancy=Pregnancy.FIRST_TRIMESTER),
            {Precaution.PLANK, Precaution.DEEP_END_RANGE_STRETCH},
            {Precaution.LYING_ON_BACK, Precaution.LYING_ON_FRONT},
        ),
        (
            HealthProfile(pregnancy=Pregnancy.LATER),
            {Precaution.PLANK, Precaution.LYING_ON_BACK, Precaution.LYING_ON_FRONT},
            {Precaution.KNEELING},
        ),
        (
            HealthProfile(knee_trouble=True),
            {Precaution.KNEELING, Precaution.DEEP_KNEE_BEND, Precaution.KNEE_TWIST},
            {Precaution.LYING_ON_BACK},
        ),
        (
            HealthProfile(osteoporosis=True),
            {Precaution.LOADED_SPINAL_FLEXION, Precaution.LOADED_SPINAL_TWIST},
            {Precaution.HIP_FLEXION_PAST_90},
        ),
    ],
)
def test_each_condition_avoids_its_precautions(
    profile: HealthProfile, avoided: set[Precaution], allowed: set[Precaution]
) -> None:
    assert avoided <= profile.avoided
    assert not allowed & profile.avoided
    for precaution in avoided:
        assert not suits(tagged("x", precaution), profile)
    for precaution in allowed:
        assert suits(tagged("x", precaution), profile)


def test_every_hip_replacement_avoids_a_band_pulling_on_the_joint() -> None:
    for approach in (HipReplacement.POSTERIOR, HipReplacement.ANTERIOR, HipReplacement.UNKNOWN):
        assert Precaution.HIP_JOINT_MOBILIZATION in HealthProfile(hip_replacement=approach).avoided


def test_every_precaution_matters_to_some_condition_and_has_advice() -> None:
    covered = set().union(*AVOIDS.values())
    assert covered == set(Precaution)
    assert set(ADAPT) == set(Precaution)
    for precaution in Precaution:
        assert precaution.label and precaution.description.endswith(".")


def test_an_empty_profile_names_no_condition_and_hides_nothing() -> None:
    profile = HealthProfile(unsuitable=Unsuitable.HIDE, age=AgeBand.FROM_65)
    assert profile.conditions == ()
    assert not profile.hides_unsuitable
    assert profile.older_adult


def test_concerns_say_which_precaution_and_which_condition() -> None:
    both = HealthProfile(hip_replacement=HipReplacement.POSTERIOR, knee_trouble=True)
    drill = tagged("drill", Precaution.KNEELING, Precaution.LYING_ON_BACK, Precaution.HIP_FLEXION_PAST_90)
    found = concerns(drill, both)
    assert [(c.precaution, c.condition) for c in found] == [
        (Precaution.KNEELING, Condition.KNEE_TROUBLE),
        (Precaution.HIP_FLEXION_PAST_90, Condition.POSTERIOR_HIP_REPLACEMENT),
    ]
    assert found[0].message == "Kneeling: not advised with knee trouble."
    assert "posterior approach" in found[1].message
    assert found[1].adapt == ADAPT[Precaution.HIP_FLEXION_PAST_90]()


# ---- stored values ----------------------------------------------------------------------------------------------


def test_the_profile_round_trips_through_its_stored_values() -> None:
    profile = HealthProfile(
        hip_replacement=HipReplacement.ANTERIOR,
        pregnancy=Pregnancy.LATER,
        knee_trouble=True,
        osteoporosis=True,
        age=AgeBand.FROM_65,
        unsuitable=Unsuitable.HIDE,
    )
    assert HealthProfile.from_values(profile.to_values()) == profile


@pytest.mark.parametrize(
    "stored",
    [None, "posterior", 3, [], {"hip_replacement": "sideways", "knee_trouble": "yes", "age": 70, "unsuitable": None}],
)
def test_unknown_stored_values_read_as_not_given(stored: object) -> None:
    assert HealthProfile.from_values(stored) == HealthProfile()


def test_a_partly_known_stored_profile_keeps_what_it_knows() -> None:
    profile = HealthProfile.from_values({"osteoporosis": True, "pregnancy": "twins"})
    assert profile == HealthProfile(osteoporosis=True)


# ---- safer variations -------------------------------------------------------------------------------------------


def test_the_safer_variation_is_the_nearest_link_that_suits() -> None:
    library = Library(
        [
            tagged("deep", Precaution.HIP_FLEXION_PAST_90, easier=("also-deep", "gentle"), harder=("standing",)),
            tagged("also-deep", Precaution.HIP_FLEXION_PAST_90, easier=("gentle",)),
            tagged("gentle"),
            tagged("standing"),
        ]
    )
    safer = safer_variation(library["deep"], library, POSTERIOR)
    assert safer is not None and safer.id == "gentle"


def test_alternatives_come_after_easier_and_before_harder() -> None:
    library = Library(
        [
            tagged("deep", Precaution.KNEELING, easier=("kneel-easy",), alternatives=("side",), harder=("stand",)),
            tagged("kneel-easy", Precaution.KNEELING),
            tagged("side"),
            tagged("stand"),
        ]
    )
    safer = safer_variation(library["deep"], library, HealthProfile(knee_trouble=True))
    assert safer is not None and safer.id == "side"


def test_a_safer_variation_two_links_away_is_found_and_three_is_too_far() -> None:
    library = Library(
        [
            tagged("a", Precaution.PLANK, easier=("b",)),
            tagged("b", Precaution.PLANK, easier=("c",)),
            tagged("c", Precaution.PLANK, easier=("d",)),
            tagged("d"),
        ]
    )
    pregnant = HealthProfile(pregnancy=Pregnancy.FIRST_TRIMESTER)
    assert safer_variation(library["a"], library, pregnant) is None
    found = safer_variation(library["b"], library, pregnant)
    assert found is not None and found.id == "d"


def test_a_variation_for_other_muscles_or_a_check_is_not_offered() -> None:
    library = Library(
        [
            tagged("deep", Precaution.KNEELING, easier=("calf", "a-check")),
            tagged("calf", targets=(Region.CALVES,)),
            tagged("a-check", phase=Phase.CHECK),
        ]
    )
    assert safer_variation(library["deep"], library, HealthProfile(knee_trouble=True)) is None


def test_a_check_is_never_swapped() -> None:
    library = Library([tagged("check", Precaution.KNEELING, phase=Phase.CHECK, easier=("other",)), tagged("other")])
    assert safer_variation(library["check"], library, HealthProfile(knee_trouble=True)) is None


# ---- routines -------------------------------------------------------------------------------------------------


def _routine(*ids: str) -> Routine:
    return Routine(id="r", name="R", description="", items=tuple(RoutineItem(i) for i in ids))


def test_routine_concerns_list_the_unsuitable_items_with_their_safer_variation() -> None:
    library = Library(
        [
            tagged("kneel", Precaution.KNEELING, easier=("stand",)),
            tagged("stand"),
            tagged("squat", Precaution.DEEP_KNEE_BEND),
        ]
    )
    knees = HealthProfile(knee_trouble=True)
    found = routine_concerns(_routine("stand", "kneel", "squat", "missing"), library, knees)
    assert [(c.index, c.exercise.id, c.safer.id if c.safer else None) for c in found] == [
        (1, "kneel", "stand"),
        (2, "squat", None),
    ]
    assert found[0].message.startswith("Kneel (item 2): Kneeling: not advised with knee trouble.")
    assert found[0].message.endswith("Safer: Stand.")
    assert routine_concerns(_routine("kneel"), library, HealthProfile()) == ()


def test_safer_variations_replace_items_and_keep_the_rest() -> None:
    library = Library(
        [
            tagged("kneel", Precaution.KNEELING, easier=("stand",), per_side=True),
            tagged("stand", per_side=True),
            tagged("squat", Precaution.DEEP_KNEE_BEND),
        ]
    )
    knees = HealthProfile(knee_trouble=True)
    routine = Routine(
        id="r",
        name="R",
        description="",
        items=(RoutineItem("kneel", sides=Sides.LEFT, extra_sets_left=1), RoutineItem("squat")),
    )
    swapped = with_safer_variations(routine, library, knees)
    assert swapped.items == (RoutineItem("stand", sides=Sides.LEFT, extra_sets_left=1), RoutineItem("squat"))
    dropped = with_safer_variations(routine, library, knees, drop_the_rest=True)
    assert dropped.exercise_ids() == ("stand",)


def test_unsuitable_ids() -> None:
    exercises = [tagged("a", Precaution.PLANK), tagged("b"), tagged("c", Precaution.LYING_ON_BACK)]
    assert unsuitable_ids(exercises, HealthProfile(pregnancy=Pregnancy.LATER)) == {"a", "c"}
    assert unsuitable_ids(exercises, HealthProfile()) == frozenset()


# ---- the real library ---------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library(default_exercises_dir())


@pytest.mark.parametrize(
    ("profile", "exercise_id", "safer_id"),
    [
        (HealthProfile(knee_trouble=True), "tall-kneeling-hip-flexor-stretch", "wall-hip-flexor-stretch"),
        (HealthProfile(knee_trouble=True), "hip-90-90-stretch", "figure-four-stretch"),
        (HealthProfile(pregnancy=Pregnancy.LATER), "glute-bridge", "quadruped-hip-extension"),
        (HealthProfile(pregnancy=Pregnancy.FIRST_TRIMESTER), "plank", "quadruped-hip-extension"),
        (HealthProfile(osteoporosis=True), "forward-fold", "lying-hamstring-stretch"),
        (POSTERIOR, "reverse-clamshell", "side-lying-clamshell"),
        (ANTERIOR, "clam-touch-back", "side-lying-clamshell"),
    ],
)
def test_the_library_offers_these_safer_variations(
    library: Library, profile: HealthProfile, exercise_id: str, safer_id: str
) -> None:
    assert not suits(library[exercise_id], profile)
    safer = safer_variation(library[exercise_id], library, profile)
    assert safer is not None and safer.id == safer_id
