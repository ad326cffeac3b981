"""The read side of history: compact weekly sums for the charts, a week's sessions with their steps, CSV export.

Weeks are grouped by the Monday of the stored local date (``date(d, 'weekday 0', '-6 days')``), never by
``strftime('%W')``, which splits the New Year week. Steps count in the week their session started, so a session
that runs past midnight on a Sunday stays in one week.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, text

from hipdesk.domain.exercise import Side
from hipdesk.domain.pain import PainKind
from hipdesk.domain.player import SessionStatus
from hipdesk.domain.weekly import (
    CheckValue,
    DayActivity,
    ExerciseTime,
    HistoryRows,
    PainSum,
    RecordedSession,
    RecordedStep,
    week_start,
)

# The aggregation queries, each over local dates from :since on ('0000-01-01' for all of history).
# The benchmark runs the same text through bare sqlite3 as its floor.
_COMPLETE = SessionStatus.COMPLETE.value
_BEFORE, _AFTER = PainKind.BEFORE.value, PainKind.AFTER.value

DAYS_SQL = f"""
SELECT s.local_date, count(*), sum(s.status = '{_COMPLETE}'),
       coalesce(sum((SELECT sum(st.actual_s) FROM steps AS st WHERE st.session_id = s.id)), 0)
FROM sessions AS s
WHERE s.local_date >= :since
GROUP BY s.local_date
ORDER BY s.local_date
"""

# The week as an integer key (see monday_of_week_key): sorting integers is much faster than sorting date strings,
# and this sort of every step is the most expensive thing the History tab asks of the database.
EXERCISE_TIMES_SQL = """
SELECT (CAST(julianday(s.local_date) AS INTEGER) + 1) / 7 AS week, st.exercise_id, st.side, sum(st.actual_s)
FROM sessions AS s JOIN steps AS st ON st.session_id = s.id
WHERE s.local_date >= :since
GROUP BY week, st.exercise_id, st.side
"""

# Ratings logged in pain_ratings, plus the ones a session row carries when no matching rating row exists.
PAINS_SQL = f"""
SELECT week, kind, sum(rating), count(*) FROM (
    SELECT date(local_date, 'weekday 0', '-6 days') AS week, kind, rating
    FROM pain_ratings WHERE kind IN ('{_BEFORE}', '{_AFTER}') AND local_date >= :since
    UNION ALL
    SELECT date(s.local_date, 'weekday 0', '-6 days'), '{_BEFORE}', s.pain_before FROM sessions AS s
    WHERE s.pain_before IS NOT NULL AND s.local_date >= :since
      AND NOT EXISTS (SELECT 1 FROM pain_ratings AS p WHERE p.session_id = s.id AND p.kind = '{_BEFORE}')
    UNION ALL
    SELECT date(s.local_date, 'weekday 0', '-6 days'), '{_AFTER}', s.pain_after FROM sessions AS s
    WHERE s.pain_after IS NOT NULL AND s.local_date >= :since
      AND NOT EXISTS (SELECT 1 FROM pain_ratings AS p WHERE p.session_id = s.id AND p.kind = '{_AFTER}')
)
GROUP BY week, kind
"""

# check_results.week_start is meant to be a Monday already; normalise it anyway.
CHECKS_SQL = """
SELECT date(week_start, 'weekday 0', '-6 days'), check_id, side, value, unit
FROM check_results WHERE value IS NOT NULL AND week_start >= :since
ORDER BY week_start
"""

ALL_OF_HISTORY = "0000-01-01"
AGGREGATION_QUERIES = (DAYS_SQL, EXERCISE_TIMES_SQL, PAINS_SQL, CHECKS_SQL)

_STOP = PainKind.STOP.value
_SESSION_COLUMNS = (
    "id, routine_name, local_date, started_at, ended_at, status, planned_s, pain_before, pain_after, feeling, notes, "
    f"(SELECT max(p.rating) FROM pain_ratings AS p WHERE p.session_id = sessions.id AND p.kind = '{_STOP}')"
)
_STEP_COLUMNS = (
    "st.session_id, st.seq, st.exercise_id, st.side, st.set_no, st.planned_s, st.actual_s, st.planned_reps, "
    "st.actual_reps, st.started_at, st.ended_at, st.skipped"
)

CSV_HEADER = (
    "session_id",
    "session_local_date",
    "session_started_at",
    "session_ended_at",
    "routine",
    "status",
    "pain_before",
    "pain_after",
    "feeling",
    "step_seq",
    "exercise_id",
    "side",
    "set_no",
    "planned_s",
    "actual_s",
    "planned_reps",
    "actual_reps",
    "step_started_at",
    "step_ended_at",
    "skipped",
)


# julianday() of a local midnight truncates to the day's Julian day number minus one half; for a Monday,
# (that number + 1) is a multiple of 7. So (n + 1) // 7 numbers the Monday-to-Sunday weeks, and back again:
_JULIAN_TO_ORDINAL = 1721424  # date(2000, 1, 3).toordinal() == int(julianday('2000-01-03')) - this


def monday_of_week_key(key: int) -> date:
    return date.fromordinal(key * 7 - 1 - _JULIAN_TO_ORDINAL)


def _day(value: str) -> date:
    return date.fromisoformat(value[:10])


def _utc(value: str) -> datetime:
    moment = datetime.fromisoformat(value)
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


class HistoryRepository:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def rows(self, since: date | None = None) -> HistoryRows:
        """History from the week of ``since`` on (all of it when None) as compact sums: a row per day, per week
        and exercise and side, per week and pain kind, and each check value."""
        params = {"since": week_start(since).isoformat() if since else ALL_OF_HISTORY}
        raw = self._engine.raw_connection()  # the bare DB-API cursor: ten years of rows, no per-row wrapping
        try:
            cur = raw.cursor()
            days = tuple(
                DayActivity(date.fromisoformat(d), n, c or 0, float(s)) for d, n, c, s in cur.execute(DAYS_SQL, params)
            )
            mondays: dict[int, date] = {}
            times = []
            for w, e, side, s in cur.execute(EXERCISE_TIMES_SQL, params):
                monday = mondays.get(w)
                if monday is None:
                    monday = mondays[w] = monday_of_week_key(w)
                times.append(ExerciseTime(monday, e, side, s or 0.0))
            pains = tuple(
                PainSum(_day(w), PainKind(k), float(t), int(n)) for w, k, t, n in cur.execute(PAINS_SQL, params)
            )
            checks = tuple(
                CheckValue(_day(w), c, side, float(v), unit or "")
                for w, c, side, v, unit in cur.execute(CHECKS_SQL, params)
            )
            cur.close()
        finally:
            raw.close()
        return HistoryRows(days=days, exercise_times=tuple(times), pains=pains, checks=checks)

    def first_day(self) -> date | None:
        """The earliest local date with a session or a check, or None on an empty store."""
        with self._engine.connect() as conn:
            first = conn.execute(
                text(
                    "SELECT min(d) FROM (SELECT min(local_date) AS d FROM sessions UNION ALL "
                    "SELECT min(week_start) FROM check_results UNION ALL SELECT min(local_date) FROM pain_ratings)"
                )
            ).scalar_one_or_none()
        return _day(first) if first else None

    def sessions_between(self, first: date, last: date) -> list[RecordedSession]:
        """Sessions that started on local days ``first`` .. ``last`` (inclusive), oldest first, with their steps."""
        with self._engine.connect() as conn:
            sessions = conn.execute(
                text(
                    f"SELECT {_SESSION_COLUMNS} FROM sessions WHERE local_date BETWEEN :a AND :b "
                    "ORDER BY started_at, id"
                ),
                {"a": first.isoformat(), "b": last.isoformat()},
            ).all()
            steps = conn.execute(
                text(
                    f"SELECT {_STEP_COLUMNS} "
                    "FROM steps AS st JOIN sessions AS s ON s.id = st.session_id "
                    "WHERE s.local_date BETWEEN :a AND :b ORDER BY st.session_id, st.seq"
                ),
                {"a": first.isoformat(), "b": last.isoformat()},
            ).all()
        by_session: dict[int, list[RecordedStep]] = {}
        for row in steps:
            by_session.setdefault(row[0], []).append(_step(row))
        return [_session(row, tuple(by_session.get(row[0], ()))) for row in sessions]

    def sessions_in_week(self, monday: date) -> list[RecordedSession]:
        return self.sessions_between(monday, monday + timedelta(days=6))

    def export_rows(self) -> Iterator[tuple[Any, ...]]:
        """Every session with its steps, a row per step (a session with no step gets one row), in ``CSV_HEADER``'s
        columns; None is written as an empty cell. The CSV file itself is written by the export use case."""
        query = text(
            "SELECT s.id, s.local_date, s.started_at, s.ended_at, s.routine_name, s.status, s.pain_before, "
            "s.pain_after, s.feeling, st.seq, st.exercise_id, st.side, st.set_no, st.planned_s, st.actual_s, "
            "st.planned_reps, st.actual_reps, st.started_at, st.ended_at, st.skipped "
            "FROM sessions AS s LEFT JOIN steps AS st ON st.session_id = s.id "
            "ORDER BY s.started_at, s.id, st.seq"
        )
        with self._engine.connect() as conn:
            for row in conn.execute(query):
                values = list(row)
                if values[-1] is not None:
                    values[-1] = int(bool(values[-1]))
                yield tuple("" if v is None else v for v in values)


def _step(row: Any) -> RecordedStep:
    return RecordedStep(
        seq=int(row[1]),
        exercise_id=row[2],
        side=Side(row[3]),
        set_no=int(row[4]),
        planned_s=float(row[5]),
        actual_s=float(row[6]),
        planned_reps=row[7],
        actual_reps=row[8],
        started_at=_utc(row[9]),
        ended_at=_utc(row[10]),
        skipped=bool(row[11]),
    )


def _session(row: Any, steps: tuple[RecordedStep, ...]) -> RecordedSession:
    return RecordedSession(
        id=int(row[0]),
        routine_name=row[1],
        local_date=_day(row[2]),
        started_at=_utc(row[3]),
        ended_at=_utc(row[4]) if row[4] else None,
        status=SessionStatus(row[5]),
        planned_s=float(row[6]),
        pain_before=row[7],
        pain_after=row[8],
        feeling=row[9],
        notes=row[10] or "",
        steps=steps,
        pain_stop=row[11],
    )
