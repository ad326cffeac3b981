"""The read side of history against a real, migrated SQLite database."""

from __future__ import annotations

import csv
import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import insert

from hipdesk.domain.weekly import DayActivity, ExerciseTime
from hipdesk.storage.db import Database
from hipdesk.storage.history_repository import (
    AGGREGATION_QUERIES,
    CSV_HEADER,
    HistoryRepository,
    monday_of_week_key,
)
from hipdesk.storage.tables import CheckResultRow, PainRow, SessionRow, StepRow
from hipdesk.usecases.history_export import export_history_csv

BERLIN = ZoneInfo("Europe/Berlin")
D = date.fromisoformat


class Store:
    """Writes rows as the player and the weekly check do: UTC instants plus the local (Berlin) date."""

    def __init__(self, database: Database) -> None:
        self.engine = database.engine
        self.next_id = 1

    def session(
        self,
        start_utc: str,
        steps: list[tuple[str, str, float]],
        status: str = "complete",
        pain: tuple[int | None, int | None] = (None, None),
        gap_s: float = 10.0,
    ) -> int:
        start = datetime.fromisoformat(start_utc).replace(tzinfo=UTC)
        session_id = self.next_id
        self.next_id += 1
        rows: list[dict[str, Any]] = []
        at = start
        for seq, (exercise_id, side, seconds) in enumerate(steps, 1):
            end = at + timedelta(seconds=seconds)
            rows.append(
                {
                    "session_id": session_id,
                    "seq": seq,
                    "exercise_id": exercise_id,
                    "side": side,
                    "set_no": 1,
                    "planned_s": seconds,
                    "actual_s": seconds,
                    "planned_reps": None,
                    "actual_reps": None,
                    "started_at": at.isoformat(),
                    "ended_at": end.isoformat(),
                    "local_date": at.astimezone(BERLIN).date().isoformat(),
                    "skipped": False,
                }
            )
            at = end + timedelta(seconds=gap_s)
        with self.engine.begin() as conn:
            conn.execute(
                insert(SessionRow).values(
                    id=session_id,
                    routine_uid="desk-five",
                    routine_name="Desk five",
                    started_at=start.isoformat(),
                    local_date=start.astimezone(BERLIN).date().isoformat(),
                    ended_at=at.isoformat() if status != "in_progress" else None,
                    status=status,
                    planned_s=sum(s for _e, _s, s in steps),
                    pain_before=pain[0],
                    pain_after=pain[1],
                    notes="",
                )
            )
            if rows:
                conn.execute(insert(StepRow), rows)
        return session_id

    def pain(self, session_id: int | None, kind: str, rating: int, local_date: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                insert(PainRow).values(
                    session_id=session_id, kind=kind, rating=rating, location="", at=local_date, local_date=local_date
                )
            )

    def check(self, week: str, check_id: str, side: str, value: float | None, unit: str = "cm") -> None:
        with self.engine.begin() as conn:
            conn.execute(
                insert(CheckResultRow).values(
                    week_start=week, check_id=check_id, side=side, value=value, unit=unit, note="", recorded_at=week
                )
            )


@pytest.fixture
def store(database: Database) -> Store:
    return Store(database)


@pytest.fixture
def repo(database: Database) -> HistoryRepository:
    return HistoryRepository(database.engine)


def test_empty_store(repo: HistoryRepository, tmp_path: Path) -> None:
    rows = repo.rows()
    assert rows.empty
    assert rows.days == rows.exercise_times == rows.pains == rows.checks == ()
    assert repo.first_day() is None
    assert repo.sessions_in_week(D("2026-11-16")) == []
    target = tmp_path / "history.csv"
    assert export_history_csv(repo, target) == 0
    assert target.read_text(encoding="utf-8").splitlines() == [",".join(CSV_HEADER)]


def test_the_new_year_week_is_grouped_by_its_monday(store: Store, repo: HistoryRepository) -> None:
    store.session("2025-12-31T09:00:00", [("glute-bridge", "none", 60.0)])
    store.session("2026-01-02T09:00:00", [("glute-bridge", "none", 30.0), ("figure-four-stretch", "left", 45.0)])
    store.session("2026-01-05T09:00:00", [("glute-bridge", "none", 20.0)])
    rows = repo.rows()
    assert rows.days == (
        DayActivity(D("2025-12-31"), 1, 1, 60.0),
        DayActivity(D("2026-01-02"), 1, 1, 75.0),
        DayActivity(D("2026-01-05"), 1, 1, 20.0),
    )
    assert sorted(rows.exercise_times) == [
        ExerciseTime(D("2025-12-29"), "figure-four-stretch", "left", 45.0),
        ExerciseTime(D("2025-12-29"), "glute-bridge", "none", 90.0),
        ExerciseTime(D("2026-01-05"), "glute-bridge", "none", 20.0),
    ]
    assert repo.first_day() == D("2025-12-31")


def test_a_session_past_midnight_stays_in_its_start_week(store: Store, repo: HistoryRepository) -> None:
    # Sunday 4 January 2026, 23:55 in Berlin; the second step ends on Monday.
    session_id = store.session("2026-01-04T22:55:00", [("glute-bridge", "none", 240.0), ("plank", "none", 120.0)])
    rows = repo.rows()
    assert rows.days == (DayActivity(D("2026-01-04"), 1, 1, 360.0),)
    assert {t.week for t in rows.exercise_times} == {D("2025-12-29")}
    (session,) = repo.sessions_in_week(D("2025-12-29"))
    assert session.id == session_id and len(session.steps) == 2
    assert repo.sessions_in_week(D("2026-01-05")) == []


@pytest.mark.parametrize(
    ("start_utc", "local_day", "monday"),
    [
        ("2026-03-29T00:30:00", "2026-03-29", "2026-03-23"),  # 01:30 CET, half an hour before the clocks go forward
        ("2026-03-29T21:30:00", "2026-03-29", "2026-03-23"),  # 23:30 CEST, same Sunday
        ("2026-03-29T22:30:00", "2026-03-30", "2026-03-30"),  # 00:30 CEST on Monday: the next week
        ("2026-10-25T00:30:00", "2026-10-25", "2026-10-19"),  # 02:30 CEST, the first of the two 02:30s
        ("2026-10-25T01:30:00", "2026-10-25", "2026-10-19"),  # 02:30 CET, the second
        ("2026-10-25T22:59:00", "2026-10-25", "2026-10-19"),  # 23:59 CET on the 25-hour Sunday
        ("2026-10-25T23:00:00", "2026-10-26", "2026-10-26"),
    ],
)
def test_daylight_saving_changes(
    store: Store, repo: HistoryRepository, start_utc: str, local_day: str, monday: str
) -> None:
    store.session(start_utc, [("glute-bridge", "none", 60.0)])
    rows = repo.rows()
    assert rows.days == (DayActivity(D(local_day), 1, 1, 60.0),)
    assert [t.week for t in rows.exercise_times] == [D(monday)]


def test_partial_and_interrupted_sessions_are_not_complete(store: Store, repo: HistoryRepository) -> None:
    store.session("2026-11-16T08:00:00", [("glute-bridge", "none", 60.0)])
    store.session("2026-11-16T14:00:00", [("glute-bridge", "none", 30.0)], status="partial")
    store.session("2026-11-16T18:00:00", [("plank", "none", 15.0)], status="in_progress")
    store.session("2026-11-16T19:00:00", [], status="partial")  # stopped before the first step ended
    (day,) = repo.rows().days
    assert (day.sessions, day.complete, day.partial, day.seconds) == (4, 1, 3, 105.0)
    sessions = repo.sessions_in_week(D("2026-11-16"))
    assert [s.complete for s in sessions] == [True, False, False, False]
    assert [len(s.steps) for s in sessions] == [1, 1, 1, 0]
    assert sessions[2].ended_at is None
    assert sessions[0].started_at == datetime(2026, 11, 16, 8, 0, tzinfo=UTC)
    assert sessions[0].steps[0].ended_at - sessions[0].steps[0].started_at == timedelta(seconds=60)


def test_a_session_ended_after_a_pain_stop_reads_as_stopped_for_pain(store: Store, repo: HistoryRepository) -> None:
    stopped = store.session("2026-11-19T08:00:00", [("glute-bridge", "none", 30.0)], status="partial")
    store.pain(stopped, "stop", 6, "2026-11-19")
    store.pain(stopped, "stop", 8, "2026-11-19")  # two stops: the highest is the one to tell
    carried_on = store.session("2026-11-19T12:00:00", [("glute-bridge", "none", 60.0)])
    store.pain(carried_on, "stop", 4, "2026-11-19")  # skipped one exercise, finished the rest
    cut_short = store.session("2026-11-19T18:00:00", [("plank", "none", 15.0)], status="partial")
    store.pain(cut_short, "after", 3, "2026-11-19")
    store.pain(None, "stop", 9, "2026-11-19")  # a rating of no session belongs to none of them
    sessions = repo.sessions_in_week(D("2026-11-16"))
    assert [(s.pain_stop, s.stopped_for_pain) for s in sessions] == [(8, True), (4, False), (None, False)]


def test_pain_from_rating_rows_and_session_columns_counts_once(store: Store, repo: HistoryRepository) -> None:
    a = store.session("2026-11-17T08:00:00", [("glute-bridge", "none", 60.0)], pain=(4, 2))
    store.pain(a, "before", 4, "2026-11-17")  # the player writes both the row and the column: counted once
    store.pain(a, "after", 2, "2026-11-17")
    store.session("2026-11-18T08:00:00", [("glute-bridge", "none", 60.0)], pain=(6, None))  # column only
    store.pain(None, "stop", 7, "2026-11-18")  # not a before/after rating
    pains = {(p.week, p.kind): (p.total, p.ratings) for p in repo.rows().pains}
    assert pains == {(D("2026-11-16"), "before"): (10.0, 2), (D("2026-11-16"), "after"): (2.0, 1)}


def test_checks_skip_missing_values_and_normalise_the_week(store: Store, repo: HistoryRepository) -> None:
    store.check("2026-11-16", "check-figure-four", "left", 14.5)
    store.check("2026-11-16", "check-figure-four", "right", None)
    store.check("2026-11-11", "check-figure-four", "left", 15.0)  # a Wednesday, from an older writer
    checks = repo.rows().checks
    assert [(c.week, c.side, c.value, c.unit) for c in checks] == [
        (D("2026-11-09"), "left", 15.0, "cm"),
        (D("2026-11-16"), "left", 14.5, "cm"),
    ]


def test_rows_since_a_day_start_at_its_monday(store: Store, repo: HistoryRepository) -> None:
    store.session("2026-10-01T08:00:00", [("glute-bridge", "none", 60.0)])
    store.session("2026-11-16T08:00:00", [("glute-bridge", "none", 60.0)], pain=(3, 1))
    store.session("2026-11-18T08:00:00", [("plank", "none", 30.0)])
    store.check("2026-09-28", "check-figure-four", "left", 14.0)
    rows = repo.rows(since=D("2026-11-18"))  # a Wednesday: the whole week is read
    assert [d.day for d in rows.days] == [D("2026-11-16"), D("2026-11-18")]
    assert {t.week for t in rows.exercise_times} == {D("2026-11-16")}
    assert rows.checks == ()
    assert len(rows.pains) == 2
    assert len(repo.rows().days) == 3


def test_week_keys_match_sqlite_for_every_day_of_three_years() -> None:
    conn = sqlite3.connect(":memory:")
    day = D("2024-12-23")
    for _ in range(3 * 366):
        (key,) = conn.execute("SELECT (CAST(julianday(?) AS INTEGER) + 1) / 7", (day.isoformat(),)).fetchone()
        assert monday_of_week_key(key) == day - timedelta(days=day.weekday()), day
        day += timedelta(days=1)


def test_export_writes_a_row_per_step_and_one_for_a_session_without_steps(
    store: Store, repo: HistoryRepository, tmp_path: Path
) -> None:
    store.session("2026-11-16T08:00:00", [("glute-bridge", "none", 60.0), ("figure-four-stretch", "left", 30.0)])
    store.session("2026-11-17T08:00:00", [], status="partial")
    target = tmp_path / "history.csv"
    assert export_history_csv(repo, target) == 3
    with target.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["exercise_id"] for r in rows] == ["glute-bridge", "figure-four-stretch", ""]
    assert rows[1]["side"] == "left" and rows[1]["actual_s"] == "30.0" and rows[1]["skipped"] == "0"
    assert rows[2]["status"] == "partial" and rows[2]["session_local_date"] == "2026-11-17"
    assert list(rows[0]) == list(CSV_HEADER)


def test_the_aggregation_queries_run_on_bare_sqlite(store: Store, database: Database) -> None:
    store.session("2026-11-16T08:00:00", [("glute-bridge", "none", 60.0)])
    conn = sqlite3.connect(database.path)
    try:
        for query in AGGREGATION_QUERIES:
            conn.execute(query, {"since": "0000-01-01"}).fetchall()
    finally:
        conn.close()


def test_the_generator_writes_two_weeks_of_real_use(database: Database, repo: HistoryRepository) -> None:
    from tools.fill_history import fill_two_weeks

    today = D("2026-11-22")
    counts = fill_two_weeks(database.engine, today=today)
    assert counts["sessions"] == 18 and counts["steps"] > 100 and counts["check_results"] > 0
    rows = repo.rows()
    assert rows.days[0].day == today - timedelta(days=13)
    assert sum(d.sessions for d in rows.days) == 18
    assert sum(d.partial for d in rows.days) == 1
    assert {t.side for t in rows.exercise_times} == {"left", "right", "none"}


def test_the_generator_writes_years_of_two_sessions_a_day(database: Database, repo: HistoryRepository) -> None:
    from tools.fill_history import fill_years

    counts = fill_years(database.engine, D("2026-11-22"), years=0.25)
    days = repo.rows().days
    assert counts["sessions"] == 2 * len(days)
    assert 7.5 < counts["steps"] / counts["sessions"] < 9.0  # about eight steps each


def test_years_of_daily_sessions_leave_no_week_empty_or_doubled(database: Database, repo: HistoryRepository) -> None:
    # The ten-year charts once showed a white gap about once a year; it was drawing, not data. Three years of two
    # sessions a day (Europe/Berlin, so six daylight-saving changes and three New Years) keep every whole week
    # at 14 sessions on 7 days, in the sessions' sums and in the exercise times alike.
    from hipdesk.domain.weekly import summarize
    from tools.fill_history import fill_years

    today = D("2026-11-22")  # a Sunday: the last week is whole
    fill_years(database.engine, today, years=3)
    history = summarize(repo.rows(), {}, 70, today)
    whole = history.weeks[1:]  # the first week starts mid-week
    assert [w.start for w in whole] == [whole[0].start + timedelta(weeks=i) for i in range(len(whole))]
    assert {(w.sessions, w.active_days) for w in whole} == {(14, 7)}
    assert all(abs(w.minutes - sum(w.phase_minutes.values())) < 1e-6 for w in history.weeks)
