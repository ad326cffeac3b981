"""Weekly history rules: Monday weeks in local time, streaks, partial sessions, regions and sides, checks."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from hipdesk.domain.durations import format_minutes
from hipdesk.domain.exercise import Dose, Exercise, Phase, Position, Region, Side
from hipdesk.domain.weekly import (
    OTHER,
    CheckSeries,
    CheckValue,
    DayActivity,
    ExerciseTime,
    HistoryRange,
    HistoryRows,
    PainSum,
    WeekStats,
    by_month,
    checks_by_month,
    current_day_streak,
    current_goal_streak,
    favoured_side,
    longest_day_streak,
    month_of,
    side_balance,
    summarize,
    week_start,
    weekly_goal,
    weeks_from,
)

D = date.fromisoformat


def exercise(exercise_id: str, phase: Phase, *targets: Region) -> Exercise:
    return Exercise(
        id=exercise_id,
        name=exercise_id.replace("-", " ").capitalize(),
        phase=phase,
        summary="",
        targets=targets,
        position=Position.STANDING,
        dose=Dose(hold_s=30),
        per_side=True,
        difficulty=1,
        desk_friendly=True,
        steps=(),
        cues=(),
        mistakes=(),
        safety=(),
        dose_source="",
    )


LIBRARY = {
    "figure-four-stretch": exercise("figure-four-stretch", Phase.STRETCH, Region.GLUTE_MAX, Region.DEEP_ROTATORS),
    "glute-bridge": exercise("glute-bridge", Phase.ACTIVATE, Region.GLUTE_MAX),
}


@pytest.mark.parametrize(
    ("day", "monday"),
    [
        ("2025-12-29", "2025-12-29"),  # a Monday is its own week
        ("2026-01-01", "2025-12-29"),  # New Year's Day (Thursday) stays in the week that began in December
        ("2026-01-04", "2025-12-29"),  # the Sunday after New Year
        ("2026-01-05", "2026-01-05"),
        ("2026-03-29", "2026-03-23"),  # Sunday the clocks go forward (Europe/Berlin): a 23-hour day
        ("2026-03-30", "2026-03-30"),
        ("2026-10-25", "2026-10-19"),  # Sunday the clocks go back: a 25-hour day
        ("2024-02-29", "2024-02-26"),  # leap day
        ("2027-01-01", "2026-12-28"),  # a Friday New Year
    ],
)
def test_week_start_is_the_monday(day: str, monday: str) -> None:
    assert week_start(D(day)) == D(monday)


def test_weeks_from_includes_both_ends() -> None:
    assert weeks_from(D("2025-12-31"), D("2026-01-06")) == [D("2025-12-29"), D("2026-01-05")]
    assert weeks_from(D("2026-01-06"), D("2026-01-06")) == [D("2026-01-05")]


def test_the_new_year_week_is_one_week() -> None:
    rows = HistoryRows(
        days=(
            DayActivity(D("2025-12-30"), 2, 2, 600.0),
            DayActivity(D("2026-01-01"), 1, 1, 300.0),
            DayActivity(D("2026-01-04"), 1, 0, 120.0),
        )
    )
    history = summarize(rows, LIBRARY, 70, today=D("2026-01-07"))
    assert [w.start for w in history.weeks] == [D("2025-12-29"), D("2026-01-05")]
    week = history.weeks[0]
    assert (week.sessions, week.complete, week.partial, week.active_days) == (4, 3, 1, 3)
    assert week.minutes == pytest.approx(17.0)
    assert history.weeks[1].minutes == 0


@pytest.mark.parametrize(
    ("days", "weeks"),
    [
        # clocks forward on Sunday 29 March 2026: Saturday and Sunday in one week, Monday in the next
        (["2026-03-28", "2026-03-29", "2026-03-30"], {"2026-03-23": 2, "2026-03-30": 1}),
        # clocks back on Sunday 25 October 2026
        (["2026-10-24", "2026-10-25", "2026-10-26"], {"2026-10-19": 2, "2026-10-26": 1}),
    ],
)
def test_daylight_saving_changes_do_not_move_days_between_weeks(days: list[str], weeks: dict[str, int]) -> None:
    rows = HistoryRows(days=tuple(DayActivity(D(d), 1, 1, 300.0) for d in days))
    history = summarize(rows, LIBRARY, 70, today=D(days[-1]))
    assert {w.start.isoformat(): w.sessions for w in history.weeks} == weeks


def test_a_session_counts_on_the_day_it_started() -> None:
    # A session begun at 23:55 on Sunday 4 January whose steps end after midnight: the store reports it on its
    # start day, so it belongs to the New Year week and the Monday stays empty.
    rows = HistoryRows(
        days=(DayActivity(D("2026-01-04"), 1, 1, 420.0),),
        exercise_times=(ExerciseTime(D("2025-12-29"), "glute-bridge", "none", 420.0),),
    )
    history = summarize(rows, LIBRARY, 70, today=D("2026-01-05"))
    assert history.week(D("2025-12-29")).minutes == pytest.approx(7.0)
    assert history.week(D("2026-01-05")).minutes == 0
    assert history.day_sessions == {D("2026-01-04"): 1}


def test_empty_store() -> None:
    history = summarize(HistoryRows(), LIBRARY, 70, today=D("2026-11-22"))
    assert history.empty
    assert history.weeks == ()
    assert (history.streaks.days, history.streaks.weeks, history.streaks.best_days) == (0, 0, 0)
    assert history.total_sessions == 0
    padded = history.in_range(HistoryRange.WEEKS_8)
    assert len(padded) == 8 and all(w.sessions == 0 for w in padded)
    assert padded[-1].start == D("2026-11-16")
    assert history.in_range(HistoryRange.ALL) == ()
    assert history.checks_in_range(HistoryRange.YEAR) == ()


def test_regions_share_an_exercises_time_and_sides_add_up() -> None:
    week = D("2026-11-16")
    rows = HistoryRows(
        days=(DayActivity(D("2026-11-17"), 1, 1, 300.0),),
        exercise_times=(
            ExerciseTime(week, "figure-four-stretch", "left", 60.0),
            ExerciseTime(week, "figure-four-stretch", "right", 30.0),
            ExerciseTime(week, "glute-bridge", "none", 120.0),
            ExerciseTime(week, "not-in-the-library", "none", 90.0),
        ),
    )
    stats = summarize(rows, LIBRARY, 70, today=D("2026-11-22")).week(week)
    assert stats.phase_minutes == pytest.approx({"stretch": 1.5, "activate": 2.0, OTHER: 1.5})
    assert stats.region_minutes == pytest.approx({"glute_max": 2.75, "deep_rotators": 0.75, OTHER: 1.5})
    assert sum(stats.region_minutes.values()) == pytest.approx(sum(stats.phase_minutes.values()))
    assert (stats.left_min, stats.right_min) == (pytest.approx(1.0), pytest.approx(0.5))
    assert side_balance(stats.left_min, stats.right_min) == pytest.approx(1 / 3)
    assert side_balance(0, 0) is None


@pytest.mark.parametrize(
    ("left_min", "right_min", "side"),
    [(60, 40, Side.LEFT), (40, 60, Side.RIGHT), (50, 50, None), (51.4, 48.6, None), (52, 48, Side.LEFT)],
)
def test_the_favoured_side_is_named_only_past_a_small_difference(
    left_min: float, right_min: float, side: Side | None
) -> None:
    balance = side_balance(left_min, right_min)
    assert balance is not None and favoured_side(balance) is side


def test_pain_is_averaged_per_week_and_kind() -> None:
    week = D("2026-11-16")
    rows = HistoryRows(
        days=(DayActivity(D("2026-11-16"), 3, 3, 900.0),),
        pains=(PainSum(week, "before", 9.0, 3), PainSum(week, "after", 2.0, 2), PainSum(week, "before", 3.0, 1)),
    )
    stats = summarize(rows, LIBRARY, 70, today=D("2026-11-22")).week(week)
    assert stats.pain_before == pytest.approx(3.0)
    assert stats.pain_after == pytest.approx(1.0)
    assert summarize(rows, LIBRARY, 70, today=D("2026-11-22")).week(D("2026-11-09")).pain_before is None


TODAY = D("2026-11-18")  # a Wednesday


@pytest.mark.parametrize(
    ("active", "expected"),
    [
        ([], 0),
        (["2026-11-18"], 1),
        (["2026-11-16", "2026-11-17", "2026-11-18"], 3),
        (["2026-11-16", "2026-11-17"], 2),  # nothing yet today: the streak still stands
        (["2026-11-15", "2026-11-16"], 0),  # yesterday missed: broken
        (["2026-11-14", "2026-11-16", "2026-11-17", "2026-11-18"], 3),
        (["2025-12-31", "2026-01-01"], 0),
    ],
)
def test_current_day_streak(active: list[str], expected: int) -> None:
    assert current_day_streak([D(d) for d in active], TODAY) == expected


def test_day_streak_across_new_year() -> None:
    days = [D("2025-12-30") + timedelta(days=i) for i in range(5)]  # 30 Dec .. 3 Jan
    assert current_day_streak(days, D("2026-01-03")) == 5
    assert longest_day_streak([*days, D("2026-01-10")]) == 5
    assert longest_day_streak([]) == 0


@pytest.mark.parametrize(
    ("minutes", "expected"),
    [
        ({}, 0),
        ({"2026-11-16": 75}, 1),  # this week already meets it
        ({"2026-11-16": 20, "2026-11-09": 70, "2026-11-02": 90}, 2),  # this week still open: count from last week
        ({"2026-11-16": 80, "2026-11-09": 50, "2026-11-02": 90}, 1),
        ({"2026-11-09": 69.9}, 0),
    ],
)
def test_current_goal_streak(minutes: dict[str, float], expected: int) -> None:
    assert current_goal_streak({D(k): v for k, v in minutes.items()}, 70, TODAY) == expected


def test_goal_streak_follows_the_goal() -> None:
    rows = HistoryRows(days=tuple(DayActivity(D("2026-11-02") + timedelta(days=i), 1, 1, 600.0) for i in range(17)))
    history = summarize(rows, LIBRARY, 70, today=TODAY)
    assert history.streaks.weeks == 2  # 70 min in each full week, this week open
    assert history.with_goal(60).streaks.weeks == 2
    assert history.with_goal(80).streaks.weeks == 0
    assert history.with_goal(80).streaks.days == history.streaks.days == 17


def test_only_days_with_a_complete_session_keep_the_day_streak() -> None:
    # Mon, Tue complete; Wed only a session skipped through (partial); Thu, Fri complete; today (Sat) nothing yet.
    days = (
        DayActivity(D("2026-11-16"), 1, 1, 300.0),
        DayActivity(D("2026-11-17"), 2, 1, 400.0),
        DayActivity(D("2026-11-18"), 1, 0, 8.0),
        DayActivity(D("2026-11-19"), 1, 1, 300.0),
        DayActivity(D("2026-11-20"), 1, 1, 300.0),
    )
    history = summarize(HistoryRows(days=days), LIBRARY, 70, today=D("2026-11-21"))
    assert history.streaks.days == 2 and history.streaks.best_days == 2
    assert history.day_sessions[D("2026-11-18")] == 1  # still on the calendar, just not practice for the streak
    assert history.week(D("2026-11-16")).partial == 2


def test_ranges_pad_and_cut() -> None:
    rows = HistoryRows(days=(DayActivity(D("2025-01-06"), 1, 1, 60.0), DayActivity(D("2026-11-17"), 1, 1, 60.0)))
    history = summarize(rows, LIBRARY, 70, today=TODAY)
    assert len(history.in_range(HistoryRange.WEEKS_8)) == 8
    assert len(history.in_range(HistoryRange.MONTHS_6)) == 26
    assert len(history.in_range(HistoryRange.YEAR)) == 52
    everything = history.in_range(HistoryRange.ALL)
    assert everything[0].start == D("2025-01-06") and everything[-1].start == D("2026-11-16")
    assert len(everything) == len(weeks_from(D("2025-01-06"), TODAY))


def test_checks_are_series_per_check_and_unit_with_a_line_per_side() -> None:
    rows = HistoryRows(
        checks=(
            CheckValue(D("2026-11-16"), "check-figure-four", "left", 14.0, "cm"),
            CheckValue(D("2026-11-16"), "check-figure-four", "right", 12.0, "cm"),
            CheckValue(D("2026-11-09"), "check-figure-four", "left", 15.0, "cm"),
            CheckValue(D("2025-01-06"), "check-figure-four", "left", 20.0, "cm"),
            CheckValue(D("2026-11-09"), "check-seated-rotation.internal", "left", 1.0, "easy/limited"),
            CheckValue(D("2026-11-16"), "check-seated-rotation.internal", "left", 35.0, "deg"),
        )
    )
    history = summarize(rows, LIBRARY, 70, today=TODAY)
    assert not history.empty
    series = {(s.check_id, s.unit): s for s in history.checks}
    assert set(series) == {
        ("check-figure-four", "cm"),
        ("check-seated-rotation.internal", "deg"),
        ("check-seated-rotation.internal", "easy/limited"),
    }
    figure_four = series[("check-figure-four", "cm")]
    assert figure_four.by_side["left"] == ((D("2025-01-06"), 20.0), (D("2026-11-09"), 15.0), (D("2026-11-16"), 14.0))
    assert figure_four.by_side["right"] == ((D("2026-11-16"), 12.0),)
    recent = {(s.check_id, s.unit): s for s in history.checks_in_range(HistoryRange.WEEKS_8)}
    assert recent[("check-figure-four", "cm")].by_side["left"][0] == (D("2026-11-09"), 15.0)


def test_calendar_covers_52_weeks_and_leaves_the_future_blank() -> None:
    rows = HistoryRows(days=(DayActivity(D("2026-11-17"), 2, 2, 600.0),))
    grid = summarize(rows, LIBRARY, 70, today=TODAY).calendar()
    assert len(grid) == 52
    monday, row = grid[-1]
    assert monday == D("2026-11-16")
    assert row == [0.0, 10.0, 0.0, None, None, None, None]
    assert grid[0][0] == D("2026-11-16") - timedelta(weeks=51)


@pytest.mark.parametrize(("minutes", "text"), [(0, "0 min"), (44.6, "45 min"), (60, "1 h 00 min"), (125, "2 h 05 min")])
def test_format_minutes(minutes: float, text: str) -> None:
    assert format_minutes(minutes) == text


def _weekly(first: str, count: int, minutes: float = 70.0) -> tuple[WeekStats, ...]:
    return tuple(
        WeekStats(start=D(first) + timedelta(weeks=i), minutes=minutes, sessions=14, complete=13, active_days=7)
        for i in range(count)
    )


@pytest.mark.parametrize(
    ("monday", "month"),
    [
        ("2025-12-29", "2026-01-01"),  # Thursday is New Year's Day: the whole week goes to January, never split
        ("2026-12-28", "2026-12-01"),  # Thursday 31 Dec: December
        ("2026-03-30", "2026-04-01"),  # Thursday 2 Apr
        ("2026-03-23", "2026-03-01"),  # the week of the March daylight-saving change
        ("2026-10-26", "2026-10-01"),  # Thursday 29 Oct: the week after the October change
    ],
)
def test_a_week_belongs_to_the_month_of_its_thursday(monday: str, month: str) -> None:
    assert month_of(D(monday)) == D(month)


def test_months_keep_every_week_once_and_know_how_many() -> None:
    weeks = _weekly("2025-12-01", 13)  # 1 Dec 2025 .. 23 Feb 2026
    months = by_month(weeks)
    assert [m.month for m in months] == [D("2025-12-01"), D("2026-01-01"), D("2026-02-01")]
    assert [m.weeks for m in months] == [4, 5, 4]  # January has the New Year week (29 Dec – 4 Jan)
    assert months[1].start == D("2025-12-29") and months[1].end == D("2026-02-01")
    assert sum(m.weeks for m in months) == 13
    assert sum(m.minutes for m in months) == pytest.approx(13 * 70.0)
    assert months[1].sessions == 70 and months[1].partial == 5
    assert months[1].per_week(months[1].minutes) == pytest.approx(70.0)


def test_a_months_pain_is_the_average_of_all_its_ratings() -> None:
    weeks = (
        WeekStats(start=D("2026-11-02"), pain_before=4.0, pain_before_n=3),
        WeekStats(start=D("2026-11-09"), pain_before=2.0, pain_before_n=1),
        WeekStats(start=D("2026-11-16")),
    )
    (november,) = by_month(weeks)
    assert november.pain_before == pytest.approx(3.5) and november.pain_before_n == 4
    assert november.pain_after is None


def test_pain_ratings_are_counted_per_week() -> None:
    rows = HistoryRows(pains=(PainSum(D("2026-11-16"), "before", 9.0, 3),))
    week = summarize(rows, LIBRARY, 70, today=TODAY).week(D("2026-11-16"))
    assert week.pain_before == 3.0 and week.pain_before_n == 3 and week.pain_after_n == 0


def test_ranges_up_to_a_year_stay_weekly_and_longer_ones_go_monthly() -> None:
    rows = HistoryRows(days=(DayActivity(D("2016-11-21"), 1, 1, 60.0), DayActivity(D("2026-11-17"), 1, 1, 60.0)))
    history = summarize(rows, LIBRARY, 70, today=TODAY)
    for span, count in ((HistoryRange.WEEKS_8, 8), (HistoryRange.MONTHS_6, 26), (HistoryRange.YEAR, 52)):
        slots = history.slots(span)
        assert len(slots) == count and all(s.month is None and s.weeks == 1 for s in slots)
    months = history.slots(HistoryRange.ALL)
    assert all(m.month is not None for m in months)
    assert len(months) == 121  # Nov 2016 .. Nov 2026
    assert sum(m.weeks for m in months) == len(history.weeks)
    assert sum(m.sessions for m in months) == 2


def test_a_short_all_range_stays_weekly() -> None:
    rows = HistoryRows(days=(DayActivity(D("2026-01-06"), 1, 1, 60.0),))
    assert all(s.month is None for s in summarize(rows, LIBRARY, 70, today=TODAY).slots(HistoryRange.ALL))


def test_long_ranges_show_a_checks_middle_value_per_month() -> None:
    values = [("2026-10-05", 20.0), ("2026-10-12", 14.0), ("2026-10-19", 15.0), ("2026-10-26", 30.0)]
    values += [("2026-11-02", 2.0), ("2026-11-09", 1.0)]  # an even count: the lower middle, a value really seen
    series = CheckSeries("check-figure-four", "cm", {"left": tuple((D(d), v) for d, v in values)})
    (monthly,) = checks_by_month((series,))
    assert monthly.by_side["left"] == ((D("2026-10-01"), 15.0), (D("2026-11-01"), 1.0))
    rows = HistoryRows(
        days=(DayActivity(D("2016-11-21"), 1, 1, 60.0),),
        checks=tuple(CheckValue(D(d), "check-figure-four", "left", v, "cm") for d, v in values),
    )
    history = summarize(rows, LIBRARY, 70, today=TODAY)
    assert history.check_slots(HistoryRange.ALL)[0].by_side["left"] == monthly.by_side["left"]
    assert len(history.check_slots(HistoryRange.YEAR)[0].by_side["left"]) == 6


@pytest.mark.parametrize(
    ("stored", "goal"),
    [
        (None, 70),  # nothing stored
        (90, 90),
        (10, 10),
        (600, 600),
        (5, 10),  # below the range: the lowest goal, the same in History and in Settings
        (0, 10),
        (-30, 10),
        (1000, 600),
        (72.6, 73),
        ("85", 85),  # a hand-edited value
        ("lots", 70),
        (float("nan"), 70),
        (float("inf"), 70),
        (True, 70),
        ([90], 70),
    ],
)
def test_weekly_goal_reads_any_stored_value_one_way(stored: object, goal: int) -> None:
    assert weekly_goal(stored) == goal
