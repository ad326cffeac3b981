"""Weekly history: the types the store hands over and the rules that turn them into weeks.

Rules:
- a week starts on Monday in the user's local time (``week_start``); days come from the local date stored when a
  session started, so a session that runs past midnight counts on the day (and in the week) it began;
- a session is complete only when it says so (played to the end with most of its planned work done, see
  ``hipdesk.domain.completion``); anything else (skipped through, ended early, or cut off by a crash) is partial;
- minutes are the time actually spent in recorded steps, complete and partial sessions alike;
- an exercise's minutes are shared equally between its target regions, so region minutes add up to the week;
- the day streak counts days of real practice, days with at least one complete session: back from today, or from
  yesterday while today has none yet (the day is not over);
- the goal streak counts back from this week if it already meets the goal, else from last week;
- a range longer than a year is drawn a month per slot (``by_month``): a week belongs to the month holding its
  Thursday (most of its days), so no week is split or counted twice; a month slot keeps its weeks' totals and how
  many weeks they are, and the charts show the average week; a check's monthly value is the middle one (median).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from enum import Enum
from functools import cached_property
from statistics import median_low
from typing import NamedTuple

from hipdesk.domain.exercise import Exercise, Side
from hipdesk.domain.pain import PainKind
from hipdesk.domain.player import SessionStatus, StepRecord

DEFAULT_WEEKLY_GOAL_MIN = 70  # five minutes, twice a day
WEEKLY_GOAL_RANGE_MIN = (10, 600)  # what the goal may be set to, in minutes a week
HEATMAP_WEEKS = 52
MONTHLY_BEYOND_WEEKS = 53  # a range longer than this many weeks is drawn a month per slot
OTHER = "other"  # phase / region of a step whose exercise is not in the library


def weekly_goal(value: object) -> int:
    """The weekly goal in minutes from a stored setting: a number is rounded and kept within
    ``WEEKLY_GOAL_RANGE_MIN``; anything else (nothing stored, a hand-edited word) is ``DEFAULT_WEEKLY_GOAL_MIN``."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return DEFAULT_WEEKLY_GOAL_MIN
    try:
        minutes = round(float(value))
    except (ValueError, OverflowError):  # not a number, NaN or infinite
        return DEFAULT_WEEKLY_GOAL_MIN
    low, high = WEEKLY_GOAL_RANGE_MIN
    return min(high, max(low, minutes))


def week_start(day: date) -> date:
    """The Monday of ``day``'s week."""
    return day - timedelta(days=day.weekday())


def weeks_from(first: date, last: date) -> list[date]:
    """Every Monday from ``first``'s week to ``last``'s week, both included."""
    monday, end = week_start(first), week_start(last)
    out: list[date] = []
    while monday <= end:
        out.append(monday)
        monday += timedelta(days=7)
    return out


class HistoryRange(Enum):
    """How far back the charts look; ``weeks`` is None for all of history."""

    WEEKS_8 = ("8 weeks", 8)
    MONTHS_6 = ("6 months", 26)
    YEAR = ("1 year", 52)
    ALL = ("All", None)

    def __init__(self, label: str, weeks: int | None) -> None:
        self.label = label
        self.weeks = weeks


# ---- what the store hands over (compact rows, already summed) -------------------------------------------------
# Named tuples rather than frozen dataclasses: ten years of history is some 20,000 of them, built on every refresh.


class DayActivity(NamedTuple):
    """One local day: how many sessions started on it and the minutes of their recorded steps."""

    day: date
    sessions: int
    complete: int
    seconds: float

    @property
    def partial(self) -> int:
        return self.sessions - self.complete


class ExerciseTime(NamedTuple):
    """Seconds spent on one exercise and side in one week (the week of each session's start)."""

    week: date
    exercise_id: str
    side: str  # none|left|right
    seconds: float


class PainSum(NamedTuple):
    """The pain ratings of one kind (before or after) in one week: their sum and how many."""

    week: date
    kind: PainKind
    total: float
    ratings: int


class CheckValue(NamedTuple):
    """One weekly mobility check value for one side ('none' when the check is not per side)."""

    week: date
    check_id: str
    side: str
    value: float
    unit: str


@dataclass(frozen=True)
class HistoryRows:
    """Everything the History tab draws, as the store returns it."""

    days: tuple[DayActivity, ...] = ()
    exercise_times: tuple[ExerciseTime, ...] = ()
    pains: tuple[PainSum, ...] = ()
    checks: tuple[CheckValue, ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.days or self.checks or self.pains)


# ---- recorded sessions, for the week detail and the export -------------------------------------------------------


RecordedStep = StepRecord  # a step read back is the record the player wrote (times aware, UTC)


@dataclass(frozen=True)
class RecordedSession:
    id: int
    routine_name: str
    local_date: date
    started_at: datetime  # aware, UTC
    ended_at: datetime | None
    status: SessionStatus
    planned_s: float
    pain_before: int | None
    pain_after: int | None
    feeling: str | None
    notes: str
    steps: tuple[RecordedStep, ...] = ()
    pain_stop: int | None = None  # the highest rating given at a pain stop (P) during it, None without one

    @property
    def complete(self) -> bool:
        return self.status is SessionStatus.COMPLETE

    @property
    def stopped_for_pain(self) -> bool:
        """Ended early after a pain stop: in the last exercise, or the person chose to end for today."""
        return self.status is SessionStatus.PARTIAL and self.pain_stop is not None

    @property
    def actual_s(self) -> float:
        return sum(step.actual_s for step in self.steps)


# ---- what the tab shows ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class WeekStats:
    start: date  # Monday
    minutes: float = 0.0
    sessions: int = 0
    complete: int = 0
    active_days: int = 0
    pain_before: float | None = None  # weekly average, None when nothing was logged
    pain_after: float | None = None
    phase_minutes: Mapping[str, float] = field(default_factory=dict)
    region_minutes: Mapping[str, float] = field(default_factory=dict)
    left_min: float = 0.0
    right_min: float = 0.0
    pain_before_n: int = 0  # how many ratings the averages come from
    pain_after_n: int = 0
    weeks: int = 1  # how many weeks the sums cover (a month's slot: its 4 or 5 weeks)
    month: date | None = None  # a month's slot: the 1st of that month; None for a single week

    @property
    def partial(self) -> int:
        return self.sessions - self.complete

    @property
    def end(self) -> date:
        """The last Sunday."""
        return self.start + timedelta(days=7 * self.weeks - 1)

    def per_week(self, value: float) -> float:
        """One of this slot's sums as the average week's share of it."""
        return value / self.weeks


@dataclass(frozen=True)
class Streaks:
    days: int  # current run of days with at least one session
    weeks: int  # current run of weeks meeting the goal
    best_days: int  # longest run of days ever


@dataclass(frozen=True)
class CheckSeries:
    """One check's values by week in one unit: a line per side."""

    check_id: str
    unit: str
    by_side: Mapping[str, tuple[tuple[date, float], ...]]


@dataclass(frozen=True)
class History:
    today: date
    goal_min: float
    weeks: tuple[WeekStats, ...]  # every week from the first with data to this one, oldest first
    day_minutes: Mapping[date, float]
    day_sessions: Mapping[date, int]
    streaks: Streaks
    checks: tuple[CheckSeries, ...]

    @property
    def empty(self) -> bool:
        return not self.day_sessions and not self.checks and all(w.pain_before is None for w in self.weeks)

    @property
    def total_sessions(self) -> int:
        return sum(self.day_sessions.values())

    def with_goal(self, goal_min: float) -> History:
        """The same history measured against another weekly goal."""
        minutes = {w.start: w.minutes for w in self.weeks}
        streaks = Streaks(self.streaks.days, current_goal_streak(minutes, goal_min, self.today), self.streaks.best_days)
        return replace(self, goal_min=goal_min, streaks=streaks)

    def week(self, monday: date) -> WeekStats:
        for stats in self.weeks:
            if stats.start == monday:
                return stats
        return WeekStats(start=monday)

    def in_range(self, span: HistoryRange) -> tuple[WeekStats, ...]:
        """The weeks the range shows, ending with this week; a short history is padded with empty weeks
        so the axis keeps its length."""
        if span.weeks is None:
            return self.weeks
        this_week = week_start(self.today)
        first = this_week - timedelta(weeks=span.weeks - 1)
        by_start = {w.start: w for w in self.weeks}
        return tuple(by_start.get(m, WeekStats(start=m)) for m in weeks_from(first, this_week))

    def slots(self, span: HistoryRange) -> tuple[WeekStats, ...]:
        """What the range's charts show: its weeks, or its months when it is longer than a year."""
        if span.weeks is None and len(self.weeks) > MONTHLY_BEYOND_WEEKS:
            return self._months
        return self.in_range(span)  # the other ranges are a year at most

    def check_slots(self, span: HistoryRange) -> tuple[CheckSeries, ...]:
        """The checks as the range's charts show them: weekly values, or each month's middle value."""
        if span.weeks is None and len(self.weeks) > MONTHLY_BEYOND_WEEKS:
            return self._month_checks
        return self.checks_in_range(span)

    @cached_property
    def _months(self) -> tuple[WeekStats, ...]:  # switching back to "All" need not fold ten years again
        return by_month(self.weeks)

    @cached_property
    def _month_checks(self) -> tuple[CheckSeries, ...]:
        return checks_by_month(self.checks)

    def checks_in_range(self, span: HistoryRange) -> tuple[CheckSeries, ...]:
        if span.weeks is None:
            return self.checks
        first = week_start(self.today) - timedelta(weeks=span.weeks - 1)
        out = []
        for series in self.checks:
            by_side = {side: tuple(p for p in points if p[0] >= first) for side, points in series.by_side.items()}
            if any(by_side.values()):
                out.append(CheckSeries(series.check_id, series.unit, by_side))
        return tuple(out)

    def calendar(self, weeks: int = HEATMAP_WEEKS) -> list[tuple[date, list[float | None]]]:
        """The last ``weeks`` weeks as (Monday, minutes for Monday..Sunday); None for days still to come."""
        this_week = week_start(self.today)
        out = []
        for i in range(weeks - 1, -1, -1):
            monday = this_week - timedelta(weeks=i)
            row: list[float | None] = []
            for d in range(7):
                day = monday + timedelta(days=d)
                row.append(None if day > self.today else self.day_minutes.get(day, 0.0))
            out.append((monday, row))
        return out


def current_day_streak(active_days: Iterable[date], today: date) -> int:
    days = set(active_days)
    day = today if today in days else today - timedelta(days=1)
    count = 0
    while day in days:
        count += 1
        day -= timedelta(days=1)
    return count


def longest_day_streak(active_days: Iterable[date]) -> int:
    best = run = 0
    previous: date | None = None
    for day in sorted(set(active_days)):
        run = run + 1 if previous is not None and day - previous == timedelta(days=1) else 1
        best = max(best, run)
        previous = day
    return best


def current_goal_streak(minutes_by_week: Mapping[date, float], goal_min: float, today: date) -> int:
    if goal_min <= 0:
        return 0
    monday = week_start(today)
    if minutes_by_week.get(monday, 0.0) < goal_min:
        monday -= timedelta(weeks=1)
    count = 0
    while minutes_by_week.get(monday, 0.0) >= goal_min:
        count += 1
        monday -= timedelta(weeks=1)
    return count


def summarize(rows: HistoryRows, exercises: Mapping[str, Exercise], goal_min: float, today: date) -> History:
    """Fold the store's rows into weeks, streaks, the calendar and check series."""
    day_minutes = {d.day: d.seconds / 60.0 for d in rows.days if d.sessions}
    day_sessions = {d.day: d.sessions for d in rows.days if d.sessions}
    practice_days = [d.day for d in rows.days if d.complete]  # a partial session alone does not keep a streak

    minutes: dict[date, float] = defaultdict(float)
    sessions: dict[date, int] = defaultdict(int)
    complete: dict[date, int] = defaultdict(int)
    active: dict[date, int] = defaultdict(int)
    for d in rows.days:
        if not d.sessions:
            continue
        monday = week_start(d.day)
        minutes[monday] += d.seconds / 60.0
        sessions[monday] += d.sessions
        complete[monday] += d.complete
        active[monday] += 1

    phases: dict[date, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    regions: dict[date, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    left: dict[date, float] = defaultdict(float)
    right: dict[date, float] = defaultdict(float)
    tags: dict[str, tuple[str, tuple[tuple[str, float], ...]]] = {}
    for week, exercise_id, side, seconds in rows.exercise_times:
        mins = seconds / 60.0
        tag = tags.get(exercise_id)
        if tag is None:
            tag = tags[exercise_id] = _tags(exercises.get(exercise_id))
        phase, shares = tag
        phases[week][phase] += mins
        week_regions = regions[week]
        for region, share in shares:
            week_regions[region] += mins * share
        if side == "left":
            left[week] += mins
        elif side == "right":
            right[week] += mins

    pain: dict[tuple[date, PainKind], tuple[float, int]] = {}
    for p in rows.pains:
        total, count = pain.get((p.week, p.kind), (0.0, 0))
        pain[(p.week, p.kind)] = (total + p.total, count + p.ratings)

    def average(monday: date, kind: PainKind) -> float | None:
        total, count = pain.get((monday, kind), (0.0, 0))
        return total / count if count else None

    def ratings(monday: date, kind: PainKind) -> int:
        return pain.get((monday, kind), (0.0, 0))[1]

    known = [d.day for d in rows.days if d.sessions]
    known += [t.week for t in rows.exercise_times] + [p.week for p in rows.pains] + [c.week for c in rows.checks]
    weeks: tuple[WeekStats, ...] = ()
    if known:
        weeks = tuple(
            WeekStats(
                start=m,
                minutes=minutes.get(m, 0.0),
                sessions=sessions.get(m, 0),
                complete=complete.get(m, 0),
                active_days=active.get(m, 0),
                pain_before=average(m, PainKind.BEFORE),
                pain_after=average(m, PainKind.AFTER),
                phase_minutes=dict(phases.get(m, {})),
                region_minutes=dict(regions.get(m, {})),
                left_min=left.get(m, 0.0),
                right_min=right.get(m, 0.0),
                pain_before_n=ratings(m, PainKind.BEFORE),
                pain_after_n=ratings(m, PainKind.AFTER),
            )
            for m in weeks_from(min(known), max(max(known), today))
        )

    return History(
        today=today,
        goal_min=goal_min,
        weeks=weeks,
        day_minutes=day_minutes,
        day_sessions=day_sessions,
        streaks=Streaks(
            days=current_day_streak(practice_days, today),
            weeks=current_goal_streak(minutes, goal_min, today),
            best_days=longest_day_streak(practice_days),
        ),
        checks=_check_series(rows.checks),
    )


def month_of(monday: date) -> date:
    """The month a week belongs to, as its 1st: the month of its Thursday, which holds most of its days."""
    return (monday + timedelta(days=3)).replace(day=1)


def by_month(weeks: Sequence[WeekStats]) -> tuple[WeekStats, ...]:
    """Consecutive weeks (oldest first) folded into a slot per month: sums of their sums, the count of weeks,
    and pain averaged over all the month's ratings."""
    groups: dict[date, list[WeekStats]] = {}
    for w in weeks:
        groups.setdefault(month_of(w.start), []).append(w)
    return tuple(_fold(month, group) for month, group in groups.items())


def _fold(month: date, weeks: Sequence[WeekStats]) -> WeekStats:
    phases: dict[str, float] = defaultdict(float)
    regions: dict[str, float] = defaultdict(float)
    for w in weeks:
        for key, minutes in w.phase_minutes.items():
            phases[key] += minutes
        for key, minutes in w.region_minutes.items():
            regions[key] += minutes

    def pain(kind: PainKind) -> tuple[float | None, int]:
        pairs = [
            (w.pain_before, w.pain_before_n) if kind is PainKind.BEFORE else (w.pain_after, w.pain_after_n)
            for w in weeks
        ]
        count = sum(n for average, n in pairs if average is not None)
        total = sum(average * n for average, n in pairs if average is not None)
        return (total / count if count else None), count

    before, before_n = pain(PainKind.BEFORE)
    after, after_n = pain(PainKind.AFTER)
    return WeekStats(
        start=weeks[0].start,
        minutes=sum(w.minutes for w in weeks),
        sessions=sum(w.sessions for w in weeks),
        complete=sum(w.complete for w in weeks),
        active_days=sum(w.active_days for w in weeks),
        pain_before=before,
        pain_after=after,
        phase_minutes=dict(phases),
        region_minutes=dict(regions),
        left_min=sum(w.left_min for w in weeks),
        right_min=sum(w.right_min for w in weeks),
        pain_before_n=before_n,
        pain_after_n=after_n,
        weeks=len(weeks),
        month=month,
    )


def checks_by_month(series: Sequence[CheckSeries]) -> tuple[CheckSeries, ...]:
    """Each check's values a point per month (dated the 1st): the month's middle value (the lower middle of an
    even count, so a choice stays one of its choices). A noisy weekly line becomes a calm monthly one."""
    out = []
    for s in series:
        by_side: dict[str, tuple[tuple[date, float], ...]] = {}
        for side, points in s.by_side.items():
            months: dict[date, list[float]] = {}
            for monday, value in points:
                months.setdefault(month_of(monday), []).append(value)
            by_side[side] = tuple((month, float(median_low(values))) for month, values in sorted(months.items()))
        out.append(CheckSeries(s.check_id, s.unit, by_side))
    return tuple(out)


def _tags(exercise: Exercise | None) -> tuple[str, tuple[tuple[str, float], ...]]:
    """An exercise's phase and its regions with their share of its time (equal shares)."""
    if exercise is None:
        return OTHER, ((OTHER, 1.0),)
    if not exercise.targets:
        return exercise.phase.value, ((OTHER, 1.0),)
    share = 1.0 / len(exercise.targets)
    return exercise.phase.value, tuple((region.value, share) for region in exercise.targets)


def _check_series(values: Sequence[CheckValue]) -> tuple[CheckSeries, ...]:
    """A series per check and unit: a check recorded sometimes in degrees and sometimes as easy / limited gives
    two series, since the two scales cannot share an axis."""
    grouped: dict[tuple[str, str], dict[str, list[tuple[date, float]]]] = defaultdict(lambda: defaultdict(list))
    for v in values:
        grouped[(v.check_id, v.unit)][v.side].append((v.week, v.value))
    return tuple(
        CheckSeries(
            check_id=check_id,
            unit=unit,
            by_side={side: tuple(sorted(points)) for side, points in sorted(by_side.items())},
        )
        for (check_id, unit), by_side in sorted(grouped.items())
    )


def side_balance(left_min: float, right_min: float) -> float | None:
    """How much more one side got, as a signed share of the two: +0.1 means left got 10 % more of the total
    than an even split would give. None when neither side has time."""
    total = left_min + right_min
    if total <= 0:
        return None
    return (left_min - right_min) / total


EVEN_BALANCE = 0.03  # closer to an even split than this, a few minutes either way, is noise and reads as even


def favoured_side(balance: float) -> Side | None:
    """The side that clearly got more time, from a side_balance; None while the two are about even."""
    if abs(balance) < EVEN_BALANCE:
        return None
    return Side.LEFT if balance > 0 else Side.RIGHT
