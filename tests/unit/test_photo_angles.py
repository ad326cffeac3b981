"""Angles from three points on a photo: the geometry, the readings of each check, the sanity warnings, and where the
points start."""

from __future__ import annotations

import math
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hipdesk.domain.assessment import CHECKS, Unit
from hipdesk.domain.check_photos import CheckPhoto, PhotoSource, side_by_side, timeline
from hipdesk.domain.exercise import Side
from hipdesk.domain.photo_angles import (
    RULES,
    AngleRule,
    Landmarks,
    PhotoPixels,
    Reading,
    Reference,
    StartingPlaces,
    above_line,
    angle_at,
    lean_deg,
    limb_size,
    pair_warning,
    photo_warnings,
    place_landmarks,
    reading,
    rounded,
    rule_for,
    signed_from_level,
)

PHOTO = PhotoPixels(4, 3, 12, bytes(36))
coordinate = st.floats(-1000, 1000, allow_nan=False)


def polar(centre: tuple[float, float], deg: float, length: float) -> tuple[float, float]:
    """A point ``length`` from ``centre`` at ``deg`` counter-clockwise from the picture's right (y grows downward)."""
    r = math.radians(deg)
    return (centre[0] + length * math.cos(r), centre[1] - length * math.sin(r))


@pytest.mark.parametrize("deg", [0, 1, 30, 45, 89.5, 90, 135, 179, 180])
def test_the_angle_at_the_vertex_is_the_angle_between_the_arms(deg: float) -> None:
    v = (100.0, 200.0)
    assert angle_at(v, polar(v, 20, 50), polar(v, 20 + deg, 80)) == pytest.approx(deg, abs=1e-9)


@given(coordinate, coordinate, st.floats(0, 360), st.floats(5, 175), st.floats(0.1, 50), st.floats(0, 360))
def test_the_angle_does_not_change_when_the_photo_is_moved_turned_or_scaled(
    x: float, y: float, start: float, deg: float, scale: float, turn: float
) -> None:
    v = (x, y)
    a, b = polar(v, start, 40), polar(v, start + deg, 70)

    def moved(p: tuple[float, float]) -> tuple[float, float]:
        dx, dy = p[0] - v[0], p[1] - v[1]
        c, s = math.cos(math.radians(turn)), math.sin(math.radians(turn))
        return (v[0] + 3 + scale * (dx * c - dy * s), v[1] - 7 + scale * (dx * s + dy * c))

    assert angle_at(moved(v), moved(a), moved(b)) == pytest.approx(deg, abs=1e-6)


def test_an_arm_without_length_has_no_angle() -> None:
    with pytest.raises(ValueError, match="same place"):
        angle_at((1.0, 1.0), (1.0, 1.0), (5.0, 5.0))


def test_above_the_line_means_up_the_picture_whichever_way_the_line_runs() -> None:
    hip, level_left, level_right = (100.0, 100.0), (0.0, 100.0), (200.0, 100.0)
    raised = (20.0, 80.0)  # higher up the picture: smaller y
    assert above_line(hip, level_left, raised) > 0
    assert above_line(hip, level_right, raised) > 0
    assert above_line(hip, level_left, (20.0, 130.0)) < 0


@pytest.mark.parametrize("deg", [-30, -12, -1, 0, 5, 20, 45])
def test_the_thigh_from_level_is_plus_above_and_minus_below(deg: float) -> None:
    hip = (300.0, 150.0)
    level = polar(hip, 180, 120)  # the table edge runs left from the hip, where the leg hangs
    knee = polar(hip, 180 - deg, 200)  # turning clockwise from pointing left raises the knee
    assert signed_from_level(hip, knee, level) == pytest.approx(deg, abs=1e-9)
    mirrored = signed_from_level((-hip[0], hip[1]), (-knee[0], knee[1]), (-level[0], level[1]))
    assert mirrored == pytest.approx(deg, abs=1e-9)


def test_a_reading_is_worked_out_in_pixels_not_in_fractions() -> None:
    """On a wide photo, fractions are stretched: 45° in pixels is not 45° in fractions."""
    rule = rule_for("check-seated-rotation.internal")
    width, height = 1600.0, 900.0
    knee, below = (800.0, 300.0), (800.0, 700.0)
    ankle = (800.0 + 300.0, 300.0 + 300.0)  # 45° from upright in pixels
    points: Landmarks = tuple((x / width, y / height) for x, y in (knee, ankle, below))  # type: ignore[assignment]
    assert reading(rule, points, width, height) == pytest.approx(45.0)


def test_readings_are_recorded_in_whole_degrees_rounding_half_away_from_zero() -> None:
    assert [rounded(v) for v in (34.49, 34.5, -7.5, -7.49, 0.2)] == [34.0, 35.0, -8.0, -7.0, 0.0]


def test_every_degree_measure_of_the_check_has_a_rule_with_three_named_points() -> None:
    degree_measures = [m for c in CHECKS for m in c.measures if m.unit is Unit.DEGREES]
    assert degree_measures
    for m in degree_measures:
        rule = rule_for(m.id, m.label)
        assert rule.measure_id == m.id
        assert len({lm.label for lm in rule.landmarks}) == 3
        assert all(lm.where for lm in rule.landmarks)
    assert set(RULES) <= {m.id for m in degree_measures}


def test_a_measure_without_its_own_rule_gets_a_plain_joint_and_two_arms() -> None:
    rule = rule_for("check-lunge-control.front-knee", "Front knee bend")
    assert rule.reading is Reading.ANGLE and rule.reference_line is Reference.FREE
    assert "front knee bend" in rule.view


@pytest.mark.parametrize("rule", list(RULES.values()), ids=list(RULES))
def test_the_starting_places_are_on_the_photo_mirrored_for_the_right_side_and_read_in_range(rule: AngleRule) -> None:
    from hipdesk.domain.assessment import measure

    m = measure(rule.measure_id)
    for side in (Side.LEFT, Side.RIGHT):
        points = rule.start(side)
        assert all(0 <= x <= 1 and 0 <= y <= 1 for x, y in points)
        value = reading(rule, points, 1280, 960)
        assert m.minimum <= value <= m.maximum
        assert photo_warnings(rule, side, points, 1280, 960) == ()
    left, right = rule.start(Side.LEFT), rule.start(Side.RIGHT)
    assert [c for x, y in left for c in (1 - x, y)] == pytest.approx([c for point in right for c in point])


def test_a_reference_that_leans_says_the_camera_may_be_tilted() -> None:
    rule = rule_for("check-seated-rotation.internal")
    knee = (500.0, 300.0)
    ankle = polar(knee, -90 + 35, 300)
    for lean, warned in ((0, False), (8, False), (15, True)):
        plumb = polar(knee, -90 + lean, 350)
        points: Landmarks = tuple((x / 1000, y / 1000) for x, y in (knee, ankle, plumb))  # type: ignore[assignment]
        found = [w for w in photo_warnings(rule, Side.LEFT, points, 1000, 1000) if "tilted" in w]
        assert bool(found) is warned, (lean, found)
    assert lean_deg((0, 0), (10, 0), Reference.LEVEL) == pytest.approx(0)
    assert lean_deg((0, 0), (10, -10), Reference.LEVEL) == pytest.approx(45)


def test_a_small_leg_and_points_on_top_of_each_other_are_named() -> None:
    rule = rule_for("check-thomas-test")
    tiny: Landmarks = ((0.5, 0.5), (0.47, 0.51), (0.45, 0.5))
    assert any("closer" in w for w in photo_warnings(rule, Side.LEFT, tiny, 1000, 1000))
    stacked: Landmarks = ((0.5, 0.5), (0.5, 0.5), (0.2, 0.5))
    assert photo_warnings(rule, Side.LEFT, stacked, 1000, 1000) == (
        "Two points sit on top of each other: drag them apart to read an angle.",
    )


def test_a_foot_that_swings_the_other_way_for_the_side_is_named() -> None:
    inward = rule_for("check-seated-rotation.internal")
    # the left leg's internal rotation swings the foot to the right of the picture; to the left is the other way
    wrong: Landmarks = ((0.6, 0.45), (0.45, 0.8), (0.6, 0.85))
    assert inward.wrong_way in photo_warnings(inward, Side.LEFT, wrong, 1000, 1000)
    assert inward.wrong_way not in photo_warnings(inward, Side.RIGHT, wrong, 1000, 1000)


def test_left_and_right_photos_at_different_sizes_are_named() -> None:
    small: Landmarks = ((0.5, 0.4), (0.5, 0.6), (0.5, 0.7))
    big: Landmarks = ((0.5, 0.2), (0.5, 0.7), (0.5, 0.8))
    assert limb_size(big, 1000, 800) == pytest.approx(0.5)
    assert pair_warning(limb_size(small, 1000, 800), limb_size(small, 1000, 800)) == ""
    assert "moved" in pair_warning(limb_size(small, 1000, 800), limb_size(big, 1000, 800))


class _OffPhoto:
    name = "broken model"

    def suggest(self, photo: PhotoPixels, rule: AngleRule, side: Side) -> Landmarks | None:
        return ((0.5, 0.5), (1.4, 0.5), (0.5, 0.9))


class _Declines:
    name = "model without an answer"

    def suggest(self, photo: PhotoPixels, rule: AngleRule, side: Side) -> Landmarks | None:
        return None


class _Centre:
    name = "pose model"

    def suggest(self, photo: PhotoPixels, rule: AngleRule, side: Side) -> Landmarks | None:
        return ((0.5, 0.5), (0.5, 0.9), (0.9, 0.5)) if photo.width > 2 else None


def test_points_come_from_the_first_suggester_with_an_answer_on_the_photo() -> None:
    rule = rule_for("check-seated-rotation.internal")
    assert place_landmarks((), PHOTO, rule, Side.RIGHT) == (rule.start(Side.RIGHT), "starting places")
    assert place_landmarks((_OffPhoto(), _Declines()), PHOTO, rule, Side.LEFT) == (
        rule.start(Side.LEFT),
        "starting places",
    )
    points, name = place_landmarks((_Declines(), _Centre(), StartingPlaces()), PHOTO, rule, Side.LEFT)
    assert name == "pose model" and reading(rule, points, 4, 4) == pytest.approx(90)


# ---- which photos are compared ------------------------------------------------------------------------------------

MONDAY = date(2026, 3, 2)


IR = "check-seated-rotation.internal"


def photo(pid: int, weeks_ago: int, side: Side = Side.LEFT, measure: str = IR) -> CheckPhoto:
    week = MONDAY - timedelta(weeks=weeks_ago)
    return CheckPhoto(
        id=pid,
        measure_id=measure,
        side=side,
        week_start=week,
        taken_at=datetime(week.year, week.month, week.day, 9, pid, tzinfo=UTC),
        file_name=f"{pid}.jpg",
        width=640,
        height=480,
        landmarks=((0.5, 0.5), (0.6, 0.8), (0.5, 0.9)),
        angle_deg=30.0 + pid,
        source=PhotoSource.FILE,
    )


def test_this_week_compares_with_the_first_photo_and_the_last_before_it() -> None:
    photos = [photo(1, 6), photo(2, 3), photo(3, 1), photo(4, 0), photo(5, 0), photo(6, 0, Side.RIGHT)]
    line = timeline(photos, "check-seated-rotation.internal", Side.LEFT, MONDAY)
    assert [(caption, p.id) for caption, p in line.shown] == [("First", 1), ("Last time", 3), ("This week", 5)]
    only_one_before = timeline([photo(1, 2), photo(2, 0)], "check-seated-rotation.internal", Side.LEFT, MONDAY)
    assert [(c, p.id) for c, p in only_one_before.shown] == [("First", 1), ("This week", 2)]
    first_ever = timeline([photo(7, 0)], "check-seated-rotation.internal", Side.LEFT, MONDAY)
    assert [(c, p.id) for c, p in first_ever.shown] == [("This week", 7)]
    other_measure = [photo(8, 0, measure="check-seated-rotation.external")]
    assert timeline(other_measure, "check-seated-rotation.internal", Side.LEFT, MONDAY).shown == ()


def test_side_by_side_takes_this_weeks_latest_photo_of_each_side() -> None:
    photos = [photo(1, 1, Side.RIGHT), photo(2, 0), photo(3, 0)]
    left, right = side_by_side(photos, "check-seated-rotation.internal", MONDAY)
    assert left is not None and left.id == 3 and right is None
