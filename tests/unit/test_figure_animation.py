"""Timing: holds ease in and stay, reps follow the tempo, and keyframes interpolate."""

from __future__ import annotations

import pytest

from hipdesk.figure.animation import demo_fraction, ease, fraction_for_hold, fraction_for_rep, fraction_for_roll
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
        ("down", 0.0, 0.0),
        ("down", 1.0, 0.5),
        ("down", 2.0, 1.0),
        ("down", 5.0, 1.0),
        ("hold", 0.3, 1.0),
        ("up", 0.0, 1.0),
        ("up", 1.0, 0.5),
        ("up", 2.0, 0.0),
    ],
)
def test_rep_phases_follow_the_tempo(phase: str, elapsed: float, expected: float) -> None:
    assert fraction_for_rep(phase, elapsed, 2.0) == pytest.approx(expected)


def test_unknown_rep_phase_is_refused() -> None:
    with pytest.raises(ValueError, match="rest"):
        fraction_for_rep("rest", 0.0, 1.0)


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
