"""The write side of history: sessions, steps committed one by one, pain, interrupted sessions."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import text

from hipdesk.clock import FakeWallClock
from hipdesk.domain.exercise import Side
from hipdesk.domain.player import StepRecord
from hipdesk.storage.db import Database
from hipdesk.storage.session_repository import SessionRepository

T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
T0_DAY = date(2026, 3, 2)  # T0's date in the tests' zone (Berlin)


def step(seq: int, *, skipped: bool = False, reps: int | None = None) -> StepRecord:
    start = T0 + timedelta(seconds=40 * seq)
    return StepRecord(
        seq=seq,
        exercise_id="figure-four-stretch",
        side=Side.LEFT if seq % 2 else Side.RIGHT,
        set_no=1,
        planned_s=30.0,
        actual_s=12.0 if skipped else 30.0,
        planned_reps=reps,
        actual_reps=reps,
        started_at=start,
        ended_at=start + timedelta(seconds=30),
        skipped=skipped,
    )


@pytest.fixture
def repo(database: Database, wall: FakeWallClock) -> SessionRepository:
    wall.set(T0 + timedelta(minutes=5))
    return SessionRepository(database.engine, wall)


def test_a_session_with_steps_and_a_summary(repo: SessionRepository) -> None:
    sid = repo.start_session("Desk five", routine_uid="desk-five", planned_s=300, pain_before=2, started_at=T0)
    repo.record_step(sid, step(1))
    repo.record_step(sid, step(2, reps=10))
    repo.record_step(sid, step(3, skipped=True))
    summary = repo.finish_session(sid, completed=True, ended_at=T0 + timedelta(minutes=4))
    assert summary.status == "complete"
    assert summary.duration_s == 240
    assert [s.seq for s in summary.steps] == [1, 2, 3]
    assert len(summary.done_steps) == 2
    assert summary.active_s == 72
    assert summary.pain_before == 2
    assert summary.steps[0].side is Side.LEFT and summary.steps[0].started_at == T0 + timedelta(seconds=40)
    assert summary.steps[1].actual_reps == 10


def test_each_step_is_visible_to_another_connection_at_once(repo: SessionRepository, database: Database) -> None:
    sid = repo.start_session("Desk five", started_at=T0)
    repo.record_step(sid, step(1))
    import sqlite3

    other = sqlite3.connect(database.path)
    try:
        assert other.execute("SELECT count(*) FROM steps WHERE session_id = ?", (sid,)).fetchone()[0] == 1
    finally:
        other.close()


def test_reflection_and_pain(repo: SessionRepository, database: Database) -> None:
    sid = repo.start_session("Desk five", started_at=T0, pain_before=1)
    repo.record_pain(sid, "stop", 7, location="Right hip, front", exercise_id="figure-four-stretch")
    repo.finish_session(sid, completed=False)
    repo.save_reflection(sid, feeling="hard", notes="Tight today", pain_after=4)
    summary = repo.summary(sid)
    assert (summary.status, summary.feeling, summary.notes, summary.pain_after) == ("partial", "hard", "Tight today", 4)
    with database.engine.connect() as conn:
        kinds = conn.execute(text("SELECT kind, rating, location FROM pain_ratings ORDER BY id")).all()
    assert [tuple(k) for k in kinds] == [("before", 1, ""), ("stop", 7, "Right hip, front"), ("after", 4, "")]
    assert repo.stop_level_sessions_since(14) == 1
    assert repo.stop_level_sessions_since(14, exclude=sid) == 0


def test_bad_values_are_refused(repo: SessionRepository) -> None:
    sid = repo.start_session("x", started_at=T0)
    with pytest.raises(ValueError):
        repo.record_pain(sid, "during", 3)
    with pytest.raises(ValueError):
        repo.record_pain(sid, "stop", 11)
    with pytest.raises(ValueError):
        repo.save_reflection(sid, feeling="meh")
    with pytest.raises(ValueError):
        repo.start_session("naive", started_at=datetime(2026, 1, 1))  # noqa: DTZ001 (refused: the point)


def test_interrupted_sessions_become_partial_with_their_last_step_as_end(repo: SessionRepository) -> None:
    done = repo.start_session("finished", started_at=T0)
    repo.finish_session(done, completed=True)
    killed = repo.start_session("killed", started_at=T0)
    repo.record_step(killed, step(1))
    repo.record_step(killed, step(2))
    empty = repo.start_session("killed before a step", started_at=T0)
    assert sorted(repo.close_interrupted()) == [killed, empty]
    s = repo.summary(killed)
    assert s.status == "partial" and s.ended_at == step(2).ended_at and len(s.steps) == 2
    assert repo.summary(empty).ended_at == T0
    assert repo.summary(done).status == "complete"
    assert repo.close_interrupted() == []


def test_a_stop_level_next_day_rating_counts_as_pain_that_persists(repo: SessionRepository) -> None:
    sid = repo.start_session("Desk five", started_at=T0 - timedelta(days=1), pain_before=1)
    repo.finish_session(sid, completed=True, ended_at=T0 - timedelta(days=1) + timedelta(minutes=5))
    repo.record_pain(sid, "next_day", 3, at=T0)  # worse, but not over the stop line
    assert repo.stop_level_sessions_since(14) == 0
    repo.record_pain(sid, "next_day", 4, at=T0)  # a rise of 3 over the start of that session
    assert repo.stop_level_sessions_since(14) == 1
    assert repo.stop_level_sessions_since(14, exclude=sid) == 0


def test_the_next_day_question(repo: SessionRepository) -> None:
    day = T0_DAY
    assert repo.next_day_question(day) is None  # an empty store
    sid = repo.start_session("Desk five", started_at=T0, pain_before=2)
    assert repo.next_day_question(day + timedelta(days=1)) is None  # still in progress
    repo.finish_session(sid, completed=False)
    question = repo.next_day_question(day + timedelta(days=1))
    assert question is not None and (question.session_id, question.routine_name) == (sid, "Desk five")
    assert question.day == day and question.baseline == 2
    assert repo.next_day_question(day) is None  # the same day: not yet
    assert repo.next_day_question(day + timedelta(days=3)) is not None
    assert repo.next_day_question(day + timedelta(days=4)) is None  # too long ago
    repo.record_pain(sid, "next_day", 1)
    assert repo.next_day_question(day + timedelta(days=1)) is None  # answered


def test_an_easy_session_is_asked_about_the_next_day_even_without_pain_ratings(repo: SessionRepository) -> None:
    # A step forward waits for this answer, so an easy session is asked about; a session rated about right with no
    # pain ratings is not (nothing to compare, nothing waiting).
    sid = repo.start_session("Desk five", started_at=T0)
    repo.finish_session(sid, completed=True)
    repo.save_reflection(sid, feeling="right")
    assert repo.next_day_question(T0_DAY + timedelta(days=1)) is None
    repo.save_reflection(sid, feeling="easy")
    question = repo.next_day_question(T0_DAY + timedelta(days=1))
    assert question is not None and question.session_id == sid and question.baseline is None


def test_the_next_day_baseline_is_the_rating_after_when_none_before(repo: SessionRepository) -> None:
    sid = repo.start_session("Desk five", started_at=T0)
    repo.finish_session(sid, completed=True)
    repo.save_reflection(sid, feeling="right", pain_after=3)
    question = repo.next_day_question(T0_DAY + timedelta(days=1))
    assert question is not None and question.baseline == 3
    assert isinstance(question.day, date)


def test_ratings_saved_after_midnight_count_on_the_sessions_own_day(
    repo: SessionRepository, wall: FakeWallClock, database: Database
) -> None:
    sunday_night = datetime(2026, 3, 8, 23, 59, 59, tzinfo=wall.zone())
    sid = repo.start_session("Desk five", started_at=sunday_night, pain_before=2)
    wall.set(sunday_night + timedelta(minutes=10))  # Monday: a new week
    repo.record_pain(sid, "stop", 5)
    repo.finish_session(sid, completed=False)
    repo.save_reflection(sid, feeling="hard", notes="late one", pain_after=3)
    repo.record_pain(sid, "next_day", 2, at=sunday_night + timedelta(hours=10))
    with database.engine.connect() as conn:
        days = dict(conn.execute(text("SELECT kind, local_date FROM pain_ratings")).all())
        session_day = conn.execute(text("SELECT local_date FROM sessions")).scalar_one()
    assert session_day == "2026-03-08"
    assert days == {"before": "2026-03-08", "stop": "2026-03-08", "after": "2026-03-08", "next_day": "2026-03-09"}


def test_the_local_day_is_the_wall_clocks_zone_not_the_machines(
    repo: SessionRepository, wall: FakeWallClock, database: Database
) -> None:
    late_utc = datetime(2026, 3, 2, 23, 30, tzinfo=UTC)  # already the 3rd in Berlin
    repo.start_session("Desk five", started_at=late_utc)
    with database.engine.connect() as conn:
        assert conn.execute(text("SELECT local_date FROM sessions")).scalar_one() == "2026-03-03"
