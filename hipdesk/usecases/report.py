"""A report for a physiotherapist over a chosen period: what was done, how it felt, how the hips measured.

:func:`build_report` gathers it from the store without Qt (the PDF is drawn by the UI from the same
:class:`PhysioReport`); :func:`write_report_csv` writes the same figures as one CSV for a spreadsheet.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from hipdesk.domain.assessment import SideVerdict, WeekResults, compare_sides, measures, previous_with
from hipdesk.domain.exercise import Exercise
from hipdesk.domain.routine import Routine, RoutineItem, Sides
from hipdesk.domain.weekly import RecordedSession, week_start, weeks_from
from hipdesk.storage.check_repository import CheckRepository
from hipdesk.storage.data_repository import DataRepository
from hipdesk.storage.history_repository import HistoryRepository
from hipdesk.storage.routine_repository import RoutineRepository
from hipdesk.usecases.files import write_csv

VERDICT_WORDS = {
    SideVerdict.NORMAL: "within normal variation",
    SideVerdict.WATCH: "uneven this week",
    SideVerdict.FLAGGED: "uneven two checks in a row",
}


@dataclass(frozen=True)
class ReportWeek:
    start: date  # Monday
    minutes: float
    sessions: int
    complete: int
    pain_before: float | None  # the week's average rating, None when none was given
    pain_after: float | None
    next_day: float | None
    left_min: float
    right_min: float

    @property
    def cut_short(self) -> int:
        return self.sessions - self.complete


@dataclass(frozen=True)
class ReportCheck:
    """Left against right for one per-side measure in one week, with the asymmetry rule's verdict."""

    week_start: date
    measure_id: str
    label: str
    unit: str  # the unit symbol, e.g. ° or cm
    left: float
    right: float
    difference: float
    tighter: str  # left | right
    verdict: SideVerdict
    message: str

    @property
    def verdict_words(self) -> str:
        return VERDICT_WORDS[self.verdict]


@dataclass(frozen=True)
class ProgressionStep:
    day: date
    routine_name: str
    change: str  # in words, e.g. "Figure-four stretch: 2 × 45 s each side → 2 × 55 s each side"


@dataclass(frozen=True)
class RoutineLine:
    exercise: str
    sides: str
    dose: str


@dataclass(frozen=True)
class SessionNote:
    day: date
    routine_name: str
    status: str
    feeling: str | None
    notes: str


@dataclass(frozen=True)
class PhysioReport:
    first: date
    last: date
    goal_min: float
    weeks: tuple[ReportWeek, ...]
    checks: tuple[ReportCheck, ...]
    progression: tuple[ProgressionStep, ...]
    routine_name: str  # the routine played last in the period ("" when none)
    routine_lines: tuple[RoutineLine, ...]
    notes: tuple[SessionNote, ...]

    @property
    def sessions(self) -> int:
        return sum(w.sessions for w in self.weeks)

    @property
    def complete(self) -> int:
        return sum(w.complete for w in self.weeks)

    @property
    def cut_short(self) -> int:
        return self.sessions - self.complete

    @property
    def minutes(self) -> float:
        return sum(w.minutes for w in self.weeks)

    @property
    def weeks_at_goal(self) -> int:
        return sum(1 for w in self.weeks if w.minutes >= self.goal_min)


def _average(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


def _weeks(
    sessions: Sequence[RecordedSession], next_days: Sequence[tuple[date, int]], first: date, last: date
) -> tuple[ReportWeek, ...]:
    by_week: dict[date, list[RecordedSession]] = defaultdict(list)
    for s in sessions:
        by_week[week_start(s.local_date)].append(s)
    next_by_week: dict[date, list[float]] = defaultdict(list)
    for day, rating in next_days:
        next_by_week[week_start(day)].append(float(rating))
    weeks = []
    for monday in weeks_from(first, last):
        done = by_week.get(monday, [])
        steps = [st for s in done for st in s.steps]
        weeks.append(
            ReportWeek(
                start=monday,
                minutes=sum(st.actual_s for st in steps) / 60.0,
                sessions=len(done),
                complete=sum(1 for s in done if s.complete),
                pain_before=_average([float(s.pain_before) for s in done if s.pain_before is not None]),
                pain_after=_average([float(s.pain_after) for s in done if s.pain_after is not None]),
                next_day=_average(next_by_week.get(monday, [])),
                left_min=sum(st.actual_s for st in steps if st.side.value == "left") / 60.0,
                right_min=sum(st.actual_s for st in steps if st.side.value == "right") / 60.0,
            )
        )
    return tuple(weeks)


def _checks(history: Sequence[WeekResults], first: date, last: date) -> tuple[ReportCheck, ...]:
    out = []
    for week in history:
        if not first <= week.week_start + timedelta(days=6) or week.week_start > last:
            continue
        measured = sorted({v.measure_id for v in week.values})
        for measure_id in measured:
            m = measures().get(measure_id)
            if m is None or not m.per_side:
                continue
            previous = previous_with(measure_id, True, history, before=week.week_start)
            comparison = compare_sides(m, week, previous)
            if comparison is None:
                continue
            out.append(
                ReportCheck(
                    week_start=week.week_start,
                    measure_id=measure_id,
                    label=m.label,
                    unit=m.unit.symbol,
                    left=comparison.left,
                    right=comparison.right,
                    difference=comparison.difference,
                    tighter=comparison.tighter.value,
                    verdict=comparison.verdict,
                    message=comparison.message,
                )
            )
    return tuple(out)


def dose_text(item: RoutineItem, exercise: Exercise | None) -> str:
    if exercise is None:
        return "its own dose" if item.dose is None else item.dose.summary()
    text = item.dose_for(exercise).summary(per_side=exercise.per_side and item.sides is Sides.BOTH)
    extras = [(n, side) for n, side in ((item.extra_sets_left, "left"), (item.extra_sets_right, "right")) if n]
    for n, side in extras:
        text += f", +{n} {'set' if n == 1 else 'sets'} {side}"
    return text


def _sides_text(item: RoutineItem, exercise: Exercise | None) -> str:
    if exercise is not None and not exercise.per_side:
        return "both at once"
    return {Sides.BOTH: "left and right", Sides.LEFT: "left only", Sides.RIGHT: "right only"}[item.sides]


def routine_lines(routine: Routine, library: Mapping[str, Exercise]) -> tuple[RoutineLine, ...]:
    lines = []
    for item in routine.items:
        exercise = library.get(item.exercise_id)
        name = exercise.name if exercise is not None else item.exercise_id
        lines.append(RoutineLine(name, _sides_text(item, exercise), dose_text(item, exercise)))
    return tuple(lines)


def describe_changes(before: Routine, after: Routine, library: Mapping[str, Exercise]) -> list[str]:
    """What changed from one version of a routine to the next, in words (doses, sides, exercises in and out)."""

    def name(exercise_id: str) -> str:
        exercise = library.get(exercise_id)
        return exercise.name if exercise is not None else exercise_id

    old = {item.exercise_id: item for item in before.items}
    new = {item.exercise_id: item for item in after.items}
    changes = []
    for exercise_id, item in new.items():
        exercise = library.get(exercise_id)
        if exercise_id not in old:
            changes.append(f"added {name(exercise_id)} ({dose_text(item, exercise)})")
            continue
        was, now = dose_text(old[exercise_id], exercise), dose_text(item, exercise)
        if was != now:
            changes.append(f"{name(exercise_id)}: {was} → {now}")
        elif old[exercise_id].sides is not item.sides:
            changes.append(
                f"{name(exercise_id)}: {_sides_text(old[exercise_id], exercise)} → {_sides_text(item, exercise)}"
            )
    changes += [f"took out {name(e)}" for e in old if e not in new]
    if before.name != after.name:
        changes.append(f"renamed from “{before.name}”")
    return changes


def _progression(
    routines: RoutineRepository, library: Mapping[str, Exercise], first: date, last: date
) -> tuple[ProgressionStep, ...]:
    steps = []
    for routine in routines.all():
        versions = routines.versions(routine.id)
        for before, after in itertools.pairwise(versions):
            day = date.fromisoformat(after.created_at[:10])
            if not first <= day <= last:
                continue
            for change in describe_changes(before.routine, after.routine, library):
                steps.append(ProgressionStep(day, after.routine.name, change))
    return tuple(sorted(steps, key=lambda s: (s.day, s.routine_name)))


def build_report(
    *,
    history: HistoryRepository,
    checks: CheckRepository,
    routines: RoutineRepository,
    data: DataRepository,
    builtin_routines: Sequence[Routine],
    library: Mapping[str, Exercise],
    goal_min: float,
    first: date,
    last: date,
) -> PhysioReport:
    """Everything the report shows for local days ``first`` .. ``last`` (whole weeks are shown)."""
    if last < first:
        first, last = last, first
    sessions = history.sessions_between(week_start(first), last)
    sessions = [s for s in sessions if first <= s.local_date <= last]
    next_days = data.next_day_ratings(first, last)
    routine_id = data.routine_of_last_session(first, last)
    routine = None
    if routine_id is not None:
        routine = routines.get(routine_id) or next((r for r in builtin_routines if r.id == routine_id), None)
    notes = tuple(
        SessionNote(s.local_date, s.routine_name, s.status, s.feeling, s.notes) for s in sessions if s.notes.strip()
    )
    return PhysioReport(
        first=first,
        last=last,
        goal_min=goal_min,
        weeks=_weeks(sessions, next_days, first, last),
        checks=_checks(checks.all_weeks(), first, last),
        progression=_progression(routines, library, first, last),
        routine_name=routine.name if routine is not None else "",
        routine_lines=routine_lines(routine, library) if routine is not None else (),
        notes=notes,
    )


# ---- CSV --------------------------------------------------------------------------------------------------------

CSV_HEADER = ("section", "week_or_day", "item", "side", "value", "unit", "detail")


def _cell(value: object) -> object:
    """A figure as the CSV shows it: nothing for a missing one, two decimals at most (formulas are escaped when
    the file is written)."""
    if value is None:
        return ""
    if isinstance(value, float):
        return round(value, 2)
    return value


def csv_rows(report: PhysioReport) -> Iterator[tuple[object, ...]]:
    yield ("period", report.first.isoformat(), "to", "", report.last.isoformat(), "", "")
    yield ("goal", "", "weekly goal", "", report.goal_min, "min", "")
    for w in report.weeks:
        day = w.start.isoformat()
        yield ("week", day, "minutes", "", w.minutes, "min", "goal met" if w.minutes >= report.goal_min else "")
        yield ("week", day, "sessions", "", w.sessions, "", "")
        yield ("week", day, "sessions complete", "", w.complete, "", "")
        yield ("week", day, "sessions cut short", "", w.cut_short, "", "")
        for label, value in (
            ("pain before", w.pain_before),
            ("pain after", w.pain_after),
            ("pain next day", w.next_day),
        ):
            if value is not None:
                yield ("week", day, label, "", value, "/10", "average")
        yield ("week", day, "minutes by side", "left", w.left_min, "min", "")
        yield ("week", day, "minutes by side", "right", w.right_min, "min", "")
    for c in report.checks:
        day = c.week_start.isoformat()
        yield ("check", day, c.label, "left", c.left, c.unit, "")
        yield ("check", day, c.label, "right", c.right, c.unit, c.verdict_words)
    for p in report.progression:
        yield ("progression", p.day.isoformat(), p.routine_name, "", "", "", p.change)
    for line in report.routine_lines:
        yield ("routine", "", f"{report.routine_name}: {line.exercise}", line.sides, "", "", line.dose)
    for n in report.notes:
        yield ("note", n.day.isoformat(), n.routine_name, "", n.feeling or "", "", n.notes)


def write_report_csv(report: PhysioReport, path: Path) -> int:
    """Write the report's figures as one CSV (a row per figure), all or nothing. Returns the rows written.

    Raises :class:`~hipdesk.usecases.files.FileWriteError`; a file already at ``path`` is then left as it was.
    """
    return write_csv(path, CSV_HEADER, ([_cell(v) for v in row] for row in csv_rows(report)))
