"""The weekly check rules, table by table: typical ranges, the side rule (10° / 4 cm and the MDC, two checks in a
row, same side) and findings -> exercises with extra rounds on the tighter side."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from hipdesk.domain.assessment import (
    CHECKS,
    FOLLOW_UP_ROUTINE_NAME,
    MEASURES,
    CheckValue,
    SideVerdict,
    Standing,
    Suggestion,
    Unit,
    WeekResults,
    add_suggestions,
    check_due,
    compare_sides,
    follow_up_routine,
    measure,
    standing,
    summarize,
)
from hipdesk.domain.exercise import Dose, Exercise, Phase, Position, Side
from hipdesk.domain.routine import Routine, RoutineItem
from hipdesk.domain.weekly import week_start

IR = "check-seated-rotation.internal"
ER = "check-seated-rotation.external"
KNEE = "check-figure-four"
THOMAS = "check-thomas-test"
WEEK1, WEEK2, WEEK3 = date(2026, 11, 2), date(2026, 11, 9), date(2026, 11, 16)
DIAGNOSTIC_WORDS = ("diagnos", "you have", "injury", "impingement", "disease", "abnormal", "syndrome", "dysfunction")


def pair(measure_id: str, left: float, right: float, unit: Unit | None = None) -> tuple[CheckValue, CheckValue]:
    u = unit or measure(measure_id).unit
    return CheckValue(measure_id, Side.LEFT, left, u), CheckValue(measure_id, Side.RIGHT, right, u)


def week(day: date, *values: CheckValue) -> WeekResults:
    return WeekResults(day, values)


def exercise(exercise_id: str, per_side: bool = True) -> Exercise:
    return Exercise(
        id=exercise_id,
        name=exercise_id.replace("-", " ").capitalize(),
        phase=Phase.MOBILIZE,
        summary="",
        targets=(),
        position=Position.CHAIR,
        dose=Dose(sets=2, hold_s=30),
        per_side=per_side,
        difficulty=1,
        desk_friendly=True,
        steps=("a",),
        cues=(),
        mistakes=(),
        safety=(),
        dose_source="",
    )


LIBRARY = {
    e.id: e
    for e in (
        exercise("hip-90-90-switches", per_side=False),
        exercise("seated-hip-rotations"),
        exercise("windshield-wipers", per_side=False),
        exercise("figure-four-stretch"),
        exercise("hip-90-90-stretch"),
        exercise("supine-piriformis-stretch"),
        exercise("butterfly-adductor-stretch", per_side=False),
        exercise("half-kneeling-hip-flexor-stretch"),
        exercise("tall-kneeling-hip-flexor-stretch", per_side=False),
        exercise("standing-quad-stretch"),
    )
}


# ---- definitions -------------------------------------------------------------------------------------------------


def test_every_check_exercise_has_a_definition_and_ids_are_unique() -> None:
    assert [c.id for c in CHECKS] == [
        "check-forward-fold",
        "check-figure-four",
        "check-seated-rotation",
        "check-thomas-test",
        "check-deep-squat",
        "check-floor-sit",
        "check-lunge-control",
        "check-hip-feel",
    ]
    ids = [m.id for c in CHECKS for m in c.measures]
    assert len(ids) == len(set(ids)) == len(MEASURES)
    for check in CHECKS:
        assert all(m.check_id == check.id and m.id.split(".")[0] == check.id for m in check.measures)


@pytest.mark.parametrize(
    ("measure_id", "unit", "per_side", "threshold", "mdc"),
    [
        (IR, Unit.DEGREES, True, 10.0, 8.0),
        (ER, Unit.DEGREES, True, 10.0, 8.0),
        (THOMAS, Unit.DEGREES, True, 10.0, 7.0),
        (KNEE, Unit.CM, True, 4.0, 4.0),
        ("check-forward-fold", Unit.PASS_FAIL, False, None, None),
        ("check-forward-fold.gap", Unit.CM, False, None, 4.0),
        ("check-floor-sit", Unit.SIT, True, None, None),
        ("check-lunge-control.knee", Unit.YES_NO, True, None, None),
        ("check-deep-squat.heels", Unit.YES_NO, False, None, None),
        ("check-hip-feel", Unit.FEEL, True, None, None),
        ("check-figure-four.cross", Unit.CROSS, True, None, None),
        ("check-thomas-test.knee", Unit.DEGREES, True, 10.0, 7.0),
        ("check-lunge-control.back", Unit.YES_NO, True, None, None),
    ],
)
def test_measures_carry_their_unit_side_and_numbers(
    measure_id: str, unit: Unit, per_side: bool, threshold: float | None, mdc: float | None
) -> None:
    m = measure(measure_id)
    assert (m.unit, m.per_side, m.side_threshold, m.mdc) == (unit, per_side, threshold, mdc)


def test_rotation_can_be_recorded_as_easy_or_limited_without_a_phone() -> None:
    assert measure(IR).alt_unit is Unit.EASY_LIMITED
    assert measure(ER).alt_unit is Unit.EASY_LIMITED


def test_every_measure_suggests_exercises_and_no_text_diagnoses() -> None:
    for m in MEASURES.values():
        assert m.suggestions, m.id
        for text in (m.label, m.how, m.limited_note):
            assert not any(word in text.casefold() for word in DIAGNOSTIC_WORDS), text
    for check in CHECKS:
        assert not any(word in check.measuring.casefold() for word in DIAGNOSTIC_WORDS)


def test_the_figure_four_records_an_ankle_that_cannot_cross() -> None:
    cross = measure("check-figure-four.cross")
    assert cross.unit.choices[1] == "cannot cross the ankle"
    assert cross.unit.show(1.0) == "cannot cross the ankle"
    current = week(WEEK2, *pair(cross.id, 0, 1, Unit.CROSS))
    summary = summarize(current, [current], LIBRARY)
    found = next(s for s in summary.measures if s.measure.id == cross.id)
    assert found.observation == "The ankle could not cross onto the other thigh on the right."
    assert any(s.because == cross.limited_note for s in summary.suggestions)


def test_a_squat_to_level_reads_as_level_not_as_above_it() -> None:
    for index, words in ((1, "The thighs reached level but not below."), (2, "The squat stayed above level.")):
        current = week(WEEK2, CheckValue("check-deep-squat", Side.NONE, index, Unit.DEPTH))
        found = summarize(current, [current], LIBRARY).measures[0]
        assert found.observation == words
    assert Unit.DEPTH.show(1.0) == "level"


def test_the_lunge_check_records_the_lower_back_and_the_thomas_check_the_knee() -> None:
    back = measure("check-lunge-control.back")
    assert back.check_id == "check-lunge-control" and "arch" in back.limited_note
    knee = measure("check-thomas-test.knee")
    assert knee.check_id == "check-thomas-test" and knee.typical_text == "typical: about 67° or more"
    current = week(WEEK2, *pair(knee.id, 80, 58))
    found = next(s for s in summarize(current, [current], LIBRARY).measures if s.measure.id == knee.id)
    assert found.limited_sides == (Side.RIGHT,)
    assert found.sides is not None and found.sides.verdict is SideVerdict.WATCH  # 22° apart, once


def test_limited_internal_rotation_suggests_90_90_switches_and_seated_rotations() -> None:
    assert measure(IR).suggestions[:2] == ("hip-90-90-switches", "seated-hip-rotations")


@pytest.mark.parametrize(
    ("day", "monday"),
    [
        (date(2026, 11, 16), date(2026, 11, 16)),  # a Monday
        (date(2026, 11, 22), date(2026, 11, 16)),  # a Sunday
        (date(2026, 1, 1), date(2025, 12, 29)),  # New Year's Day: the week began in the old year
    ],
)
def test_weeks_start_on_their_monday(day: date, monday: date) -> None:
    assert week_start(day) == monday


@pytest.mark.parametrize(
    ("last", "today", "due"),
    [
        (None, date(2026, 11, 22), True),
        (date(2026, 11, 16), date(2026, 11, 22), False),  # six days
        (date(2026, 11, 15), date(2026, 11, 22), True),  # seven days: a week has passed
        (date(2026, 11, 22), date(2026, 11, 22), False),
    ],
)
def test_a_check_is_due_when_a_week_has_passed(last: date | None, today: date, due: bool) -> None:
    assert check_due(last, today) is due


# ---- typical ranges ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("measure_id", "value", "unit", "expected"),
    [
        (IR, 29.0, None, Standing.LIMITED),
        (IR, 30.0, None, Standing.TYPICAL),  # the range includes its ends
        (IR, 40.0, None, Standing.TYPICAL),
        (IR, 45.0, None, Standing.BEYOND),
        (ER, 39.5, None, Standing.LIMITED),
        (KNEE, 15.2, None, Standing.TYPICAL),
        (KNEE, 16.0, None, Standing.LIMITED),  # a higher knee is less open
        (KNEE, 8.0, None, Standing.BEYOND),
        (THOMAS, 0.0, None, Standing.TYPICAL),
        (THOMAS, -10.0, None, Standing.TYPICAL),
        (THOMAS, 5.0, None, Standing.LIMITED),  # thigh above level
        ("check-forward-fold.gap", 0.0, None, Standing.UNKNOWN),  # tracked, not judged: the benchmark is the shins
        ("check-forward-fold.gap", 12.0, None, Standing.UNKNOWN),
        ("check-forward-fold", 0.0, None, Standing.TYPICAL),  # pass
        ("check-forward-fold", 1.0, None, Standing.LIMITED),  # not yet
        ("check-floor-sit", 1.0, None, Standing.LIMITED),  # with hands
        ("check-thomas-test.knee", 67.0, None, Standing.TYPICAL),
        ("check-thomas-test.knee", 60.0, None, Standing.LIMITED),  # bends less than about 67°
        ("check-figure-four.cross", 1.0, None, Standing.LIMITED),  # cannot cross the ankle
        ("check-deep-squat", 1.0, None, Standing.LIMITED),  # level: not yet below it
        (IR, 0.0, Unit.EASY_LIMITED, Standing.TYPICAL),  # easy
        (IR, 1.0, Unit.EASY_LIMITED, Standing.LIMITED),  # limited
    ],
)
def test_values_compare_with_the_typical_range(
    measure_id: str, value: float, unit: Unit | None, expected: Standing
) -> None:
    m = measure(measure_id)
    assert standing(m, CheckValue(m.id, Side.LEFT, value, unit or m.unit)) is expected


# ---- the side rule -------------------------------------------------------------------------------------------------


def verdict(measure_id: str, now: tuple[float, float], before: tuple[float, float] | None) -> SideVerdict | None:
    m = measure(measure_id)
    previous = week(WEEK1, *pair(measure_id, *before)) if before is not None else None
    result = compare_sides(m, week(WEEK2, *pair(measure_id, *now)), previous)
    return None if result is None else result.verdict


FLAG, WATCH, NORMAL = SideVerdict.FLAGGED, SideVerdict.WATCH, SideVerdict.NORMAL


@pytest.mark.parametrize(
    ("measure_id", "now", "before", "expected"),
    [
        # degrees: the fixed 10° is larger than the rotation MDC (8°), so 10° decides; exactly 10° is not "more"
        (IR, (40, 30), (40, 30), NORMAL),
        (IR, (40, 29.5), (40, 29.5), FLAG),
        (IR, (40, 31), (40, 25), NORMAL),  # 9° now: a bigger gap last week does not matter
        (IR, (40, 25), None, WATCH),  # one check is not enough
        (IR, (40, 25), (40, 32), WATCH),  # last week within 10°
        (IR, (40, 25), (40, 25), FLAG),  # two checks in a row, right side tighter both times
        (IR, (25, 40), (40, 25), WATCH),  # the tighter side switched: it did not hold
        (ER, (60, 45), (58, 44), FLAG),
        (THOMAS, (12, 1), (13, 2), FLAG),  # a thigh higher above level is the tighter side
        (THOMAS, (8, 0), (8, 0), NORMAL),  # 8° exceeds the 7° MDC but not 10°
        # knee height: 4 cm, and the MDC is also 4 cm
        (KNEE, (14, 10), (14, 10), NORMAL),  # exactly 4 cm
        (KNEE, (14.5, 10), (14.5, 10), FLAG),
        (KNEE, (14.5, 10), (13.9, 10), WATCH),
        (KNEE, (10, 14.5), (10, 14.5), FLAG),
    ],
)
def test_side_differences_are_flagged_only_by_the_rule(
    measure_id: str, now: tuple[float, float], before: tuple[float, float] | None, expected: SideVerdict
) -> None:
    assert verdict(measure_id, now, before) is expected


@pytest.mark.parametrize(
    ("threshold", "mdc", "difference", "expected"),
    [
        (10.0, 12.0, 11.0, NORMAL),  # past 10° but not past a larger MDC
        (10.0, 12.0, 12.0, NORMAL),
        (10.0, 12.0, 12.5, FLAG),
        (10.0, 5.0, 10.5, FLAG),  # past both
        (4.0, 4.5, 4.2, NORMAL),  # centimetres: past 4 cm, not past a 4.5 cm MDC
        (4.0, 3.7, 4.1, FLAG),
    ],
)
def test_the_difference_must_exceed_both_the_fixed_threshold_and_the_mdc(
    threshold: float, mdc: float, difference: float, expected: SideVerdict
) -> None:
    m = replace(measure(IR), side_threshold=threshold, mdc=mdc)
    now = week(WEEK2, *pair(IR, 40, 40 - difference))
    before = week(WEEK1, *pair(IR, 40, 40 - difference))
    result = compare_sides(m, now, before)
    assert result is not None and result.verdict is expected


def test_messages_say_within_normal_variation_and_name_the_tighter_side() -> None:
    m = measure(IR)
    normal = compare_sides(m, week(WEEK2, *pair(IR, 38, 33)), None)
    watch = compare_sides(m, week(WEEK2, *pair(IR, 38, 20)), None)
    flag = compare_sides(m, week(WEEK2, *pair(IR, 38, 20)), week(WEEK1, *pair(IR, 37, 21)))
    assert normal is not None and normal.message == "Left and right: 5° apart, within normal variation (up to 10°)."
    # Past the line once: the words say so (not "within normal variation"), and that it needs a second check.
    assert watch is not None and "within normal variation" not in watch.message
    assert "18° apart this week, more than the 10° of normal variation" in watch.message
    assert "next check" in watch.message
    assert flag is not None and flag.tighter is Side.RIGHT and "right side" in flag.message
    assert "more than the 10° of normal variation" in flag.message
    for result in (normal, watch, flag):
        assert not any(word in result.message.casefold() for word in DIAGNOSTIC_WORDS)


def test_the_words_use_the_line_the_verdict_uses() -> None:
    knee = measure(KNEE)  # 4 cm, the measuring error: 3.9 cm is normal, 4.1 cm is past the line
    normal = compare_sides(knee, week(WEEK2, *pair(KNEE, 12, 15.9)), None)
    watch = compare_sides(knee, week(WEEK2, *pair(KNEE, 12, 16.1)), None)
    assert normal is not None and normal.verdict is SideVerdict.NORMAL and "(up to 4 cm)" in normal.message
    assert watch is not None and watch.verdict is SideVerdict.WATCH and "more than the 4 cm" in watch.message


def test_no_side_comparison_for_choices_one_side_or_easy_limited() -> None:
    sit = measure("check-floor-sit")
    assert compare_sides(sit, week(WEEK2, *pair("check-floor-sit", 0, 2)), None) is None
    one_side = week(WEEK2, CheckValue(IR, Side.LEFT, 40, Unit.DEGREES))
    assert compare_sides(measure(IR), one_side, None) is None
    feel = week(WEEK2, *pair(IR, 0, 1, Unit.EASY_LIMITED))
    assert compare_sides(measure(IR), feel, None) is None


# ---- a week's summary ----------------------------------------------------------------------------------------------


def test_two_checks_in_a_row_means_the_check_just_before() -> None:
    first = week(WEEK1, *pair(IR, 40, 25))
    second = week(WEEK2, *pair(IR, 41, 26))
    summary = summarize(second, [first, second], LIBRARY)
    ir = next(s for s in summary.measures if s.measure.id == IR)
    assert ir.sides is not None and ir.sides.flagged
    assert [f.measure_id for f in summary.flags] == [IR]


def test_a_check_that_skipped_the_measure_breaks_the_run() -> None:
    first = week(WEEK1, *pair(IR, 40, 25))
    skipped = week(WEEK2, *pair(KNEE, 12, 12))  # internal rotation not measured in the check in between
    third = week(WEEK3, *pair(IR, 41, 26))
    summary = summarize(third, [first, skipped, third], LIBRARY)
    ir = next(s for s in summary.measures if s.measure.id == IR)
    assert ir.sides is not None and ir.sides.verdict is SideVerdict.WATCH
    assert summary.flags == ()
    # The change is still read against the last time it was measured.
    assert [(c.side, c.before, c.now) for c in ir.changes] == [(Side.LEFT, 40, 41), (Side.RIGHT, 25, 26)]


def test_a_week_with_nothing_recorded_is_not_a_check() -> None:
    first = week(WEEK1, *pair(IR, 40, 25))
    empty = week(WEEK2)
    third = week(WEEK3, *pair(IR, 41, 26))
    ir = next(s for s in summarize(third, [first, empty, third], LIBRARY).measures if s.measure.id == IR)
    assert ir.sides is not None and ir.sides.flagged


def test_summary_lists_only_recorded_measures_with_observations_and_changes() -> None:
    first = week(WEEK1, *pair(KNEE, 12, 13))
    second = week(WEEK2, *pair(KNEE, 12.5, 18), *pair(IR, 35, 36))
    summary = summarize(second, [first, second], LIBRARY)
    assert [s.measure.id for s in summary.measures] == [KNEE, IR]
    knee = summary.measures[0]
    assert knee.limited_sides == (Side.RIGHT,)
    assert knee.observation == "The knee stays higher than is typical on the right."
    assert knee.sides is not None and knee.sides.verdict is SideVerdict.WATCH  # 5.5 cm, but once only
    changes = {c.side: c for c in knee.changes}
    assert not changes[Side.LEFT].beyond_error and "within measuring error" in changes[Side.LEFT].message
    assert changes[Side.RIGHT].beyond_error and "+5 cm" in changes[Side.RIGHT].message
    assert summary.measures[1].observation == "Within the typical range."
    assert summary.flags == ()


@pytest.mark.parametrize(
    ("now", "before", "expected"),
    [
        # limited on both sides, even: the exercises, no extra rounds
        (
            (25, 26),
            None,
            [("hip-90-90-switches", 0, 0), ("seated-hip-rotations", 0, 0)],
        ),
        # typical and even: nothing to suggest
        ((35, 36), None, []),
        # typical range but a flagged difference, right tighter: extra round on the right for per-side exercises
        (
            (40, 28),
            (40, 27),
            [("hip-90-90-switches", 0, 0), ("seated-hip-rotations", 0, 1)],
        ),
        # the same difference once only: limited right side, but no extra rounds yet
        (
            (40, 28),
            None,
            [("hip-90-90-switches", 0, 0), ("seated-hip-rotations", 0, 0)],
        ),
    ],
)
def test_findings_suggest_exercises_with_extra_rounds_on_the_tighter_side(
    now: tuple[float, float], before: tuple[float, float] | None, expected: list[tuple[str, int, int]]
) -> None:
    current = week(WEEK2, *pair(IR, *now))
    history = [week(WEEK1, *pair(IR, *before))] if before else []
    summary = summarize(current, history, LIBRARY)
    assert [(s.exercise_id, s.extra_sets_left, s.extra_sets_right) for s in summary.suggestions] == expected


def test_suggestions_skip_exercises_the_library_lacks_and_do_not_repeat() -> None:
    current = week(WEEK2, *pair(IR, 20, 20), *pair(ER, 30, 30))
    ids = [s.exercise_id for s in summarize(current, [], LIBRARY).suggestions]
    assert ids == ["hip-90-90-switches", "seated-hip-rotations", "figure-four-stretch", "hip-90-90-stretch"]
    smaller = {k: v for k, v in LIBRARY.items() if k != "hip-90-90-switches"}
    ids = [s.exercise_id for s in summarize(current, [], smaller).suggestions]
    assert ids == ["seated-hip-rotations", "windshield-wipers", "figure-four-stretch", "hip-90-90-stretch"]


# ---- adding to a routine -------------------------------------------------------------------------------------------


def test_adding_suggestions_appends_new_items_and_raises_extra_rounds_of_existing_ones() -> None:
    routine = Routine("r1", "Mine", "", (RoutineItem("seated-hip-rotations", extra_sets_left=1),))
    suggestions = [Suggestion("seated-hip-rotations", "", 0, 1), Suggestion("hip-90-90-switches", "")]
    updated = add_suggestions(routine, suggestions)
    assert updated.items == (
        RoutineItem("seated-hip-rotations", extra_sets_left=1, extra_sets_right=1),
        RoutineItem("hip-90-90-switches"),
    )
    assert updated.id == "r1" and updated.name == "Mine"


def test_a_follow_up_routine_is_new_and_named() -> None:
    routine = follow_up_routine([Suggestion("figure-four-stretch", "", 1, 0)])
    assert routine.id == "" and routine.name == FOLLOW_UP_ROUTINE_NAME()
    assert routine.items == (RoutineItem("figure-four-stretch", extra_sets_left=1),)
