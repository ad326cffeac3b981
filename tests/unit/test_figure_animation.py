"""Timing: holds ease in and stay, reps follow the tempo, and keyframes interpolate."""

from __future__ import annotations

import pytest

from hipdesk.domain.exercise import Effort, RepPattern, RepPhase, Tempo
from hipdesk.figure.animation import (
    DEMO_REST_S,
    RepRhythm,
    demo_fraction,
    demo_moment,
    ease,
    fraction_for_hold,
    fraction_for_rep,
    fraction_for_roll,
    moment_for_rep,
)
from hipdesk.figure.model import Motion
from hipdesk.figure.poses import get_pose


def test_hold_eases_into_the_end_pose_and_stays() -> None:
    assert fraction_for_hold(0.0) == 0.0
    assert 0.0 < fraction_for_hold(0.5) < 0.5
    assert fraction_for_hold(0.75) == pytest.approx(0.5)
    assert fraction_for_hold(1.5) == 1.0
    assert fraction_for_hold(30.0) == 1.0
    values = [fraction_for_hold(t / 10) for t in range(20)]
    assert values == sorted(values)


def test_hold_without_easing_is_at_the_end() -> None:
    assert fraction_for_hold(0.0, ease_s=0.0) == 1.0


@pytest.mark.parametrize(
    ("phase", "elapsed", "expected"),
    [
        (RepPhase.DOWN, 0.0, 0.0),
        (RepPhase.DOWN, 1.0, 0.5),
        (RepPhase.DOWN, 2.0, 1.0),
        (RepPhase.DOWN, 5.0, 1.0),
        (RepPhase.LIFT, 1.0, 0.5),
        (RepPhase.HOLD, 0.3, 1.0),
        (RepPhase.UP, 0.0, 1.0),
        (RepPhase.UP, 1.0, 0.5),
        (RepPhase.UP, 2.0, 0.0),
        (RepPhase.LOWER, 2.0, 0.0),
        (RepPhase.RETURN, 1.0, 0.5),
        (RepPhase.BACK, 2.0, 0.0),
    ],
)
def test_rep_phases_follow_the_tempo(phase: RepPhase, elapsed: float, expected: float) -> None:
    assert fraction_for_rep(phase, elapsed, 2.0) == pytest.approx(expected)


def test_a_rep_phase_is_an_enum_not_a_word() -> None:
    with pytest.raises(TypeError, match="RepPhase"):
        fraction_for_rep("down", 0.0, 1.0)  # type: ignore[arg-type]


def test_a_reversed_rep_leaves_by_the_return_path() -> None:
    assert moment_for_rep(RepPhase.OUT, 0.5, 1.0).via_return is False
    assert moment_for_rep(RepPhase.BACK, 0.5, 1.0).via_return is True
    assert moment_for_rep(RepPhase.OUT, 0.5, 1.0, reversed_=True).via_return is True
    assert moment_for_rep(RepPhase.BACK, 0.5, 1.0, reversed_=True).via_return is False
    assert moment_for_rep(RepPhase.DOWN, 0.5, 1.0, mirrored=True).mirrored


def test_the_preview_lifts_quickly_and_lowers_slowly_for_a_lift_first_exercise() -> None:
    rhythm = RepRhythm(Tempo(2, 1, 1), Effort.LIFT)
    assert demo_fraction(Motion.REPS, 1.0, rhythm) == pytest.approx(1.0)  # lifted in 1 s
    assert demo_fraction(Motion.REPS, 1.5, rhythm) == 1.0  # the pause at the top
    assert demo_fraction(Motion.REPS, 3.0, rhythm) == pytest.approx(0.5)  # half way down, 1 s into 2 s
    squat = RepRhythm(Tempo(2, 0, 1), Effort.UP)
    assert demo_fraction(Motion.REPS, 1.0, squat) == pytest.approx(0.5)  # half way down after 1 s of 2


def test_the_preview_goes_both_ways_round_a_circle_and_to_both_sides() -> None:
    circle = RepRhythm(Tempo(3, 0, 3), Effort.NONE, RepPattern.EACH_WAY)
    cycle = 6.0 + DEMO_REST_S
    first, second = demo_moment(Motion.REPS, 1.0, circle), demo_moment(Motion.REPS, cycle + 1.0, circle)
    assert (first.via_return, second.via_return) == (False, True)
    sides = RepRhythm(Tempo(2, 1, 2), Effort.UP, RepPattern.ALTERNATE_SIDES)
    cycle = 5.0 + DEMO_REST_S
    assert [demo_moment(Motion.REPS, k * cycle + 1.0, sides).mirrored for k in range(3)] == [False, True, False]


def test_ease_is_clamped() -> None:
    assert ease(-1.0) == 0.0
    assert ease(2.0) == 1.0


@pytest.mark.parametrize("motion", list(Motion))
def test_demo_loop_stays_between_start_and_end(motion: Motion) -> None:
    values = [demo_fraction(motion, t / 7) for t in range(200)]
    assert min(values) >= 0.0
    assert max(values) <= 1.0
    assert max(values) - min(values) > 0.9


def test_rolling_goes_back_and_forth() -> None:
    assert fraction_for_roll(0.0) == pytest.approx(0.0)
    assert fraction_for_roll(2.5) == pytest.approx(1.0)
    assert fraction_for_roll(5.0) == pytest.approx(0.0)


def test_keyframes_interpolate_linearly() -> None:
    spec = get_pose("glute-bridge")
    key = "pelvis.pitch"
    a, b = spec.start.angles[key], spec.end.angles[key]
    assert spec.angles_at(0.5)[key] == pytest.approx((a + b) / 2)
    assert spec.angles_at(-1.0)[key] == a
    assert spec.angles_at(2.0)[key] == b


def test_middle_keyframes_are_passed_through() -> None:
    spec = get_pose("hip-90-90-switches")
    middle = next(k for k in spec.keyframes if 0 < k.at < 1)
    assert spec.angles_at(middle.at) == pytest.approx(middle.angles)
