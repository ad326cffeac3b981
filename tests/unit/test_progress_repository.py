"""A routine's recent sessions read back as outcomes: feeling, pain before/after, the highest stop rating and the
next-day rating; unfinished sessions and other routines left out."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hipdesk.clock import FakeWallClock
from hipdesk.domain.progression import Feeling, SessionOutcome
from hipdesk.storage.db import Database
from hipdesk.storage.progress_repository import ProgressRepository
from hipdesk.storage.session_repository import SessionRepository

START = datetime(2026, 11, 16, 8, 0, tzinfo=UTC)


def test_outcomes_of_the_last_sessions_oldest_first(database: Database) -> None:
    sessions = SessionRepository(database.engine, FakeWallClock(START))
    progress = ProgressRepository(database.engine)

    def session(day: int, uid: str = "r1", finish: bool = True) -> int:
        at = START + timedelta(days=day)
        sid = sessions.start_session("Mine", routine_uid=uid, pain_before=1, started_at=at)
        if finish:
            sessions.finish_session(sid, completed=day != 2, ended_at=at + timedelta(minutes=5))
        return sid

    first = session(0)
    sessions.save_reflection(first, feeling="hard", pain_after=2)
    second = session(1)
    sessions.record_pain(second, "stop", 4, at=START + timedelta(days=1, minutes=2))
    sessions.save_reflection(second, feeling="right", pain_after=3)
    sessions.record_pain(second, "next_day", 2, at=START + timedelta(days=2))
    third = session(2)  # partial still counts
    sessions.save_reflection(third, feeling="easy")
    session(3, uid="other")
    session(4, finish=False)  # still in progress: not an outcome yet

    assert progress.routine_of(second) == ("r1", "Mine")
    assert progress.routine_of(9999) is None
    assert progress.outcomes("r1") == [
        SessionOutcome(Feeling.RIGHT, 1, 3, 4, 2),
        SessionOutcome(Feeling.EASY, 1, None, None, None),
    ]
    assert progress.outcomes("r1", last=3, up_to_session=second) == [
        SessionOutcome(Feeling.HARD, 1, 2, 2, None),
        SessionOutcome(Feeling.RIGHT, 1, 3, 4, 2),
    ]
    assert progress.outcomes("nothing") == []


def test_a_next_day_rating_without_a_session_counts_for_the_day_before(database: Database) -> None:
    sessions = SessionRepository(database.engine, FakeWallClock(START))
    progress = ProgressRepository(database.engine)
    sid = sessions.start_session("Mine", routine_uid="r1", pain_before=0, started_at=START)
    sessions.finish_session(sid, completed=True, ended_at=START + timedelta(minutes=5))
    sessions.record_pain(None, "next_day", 3, at=START + timedelta(days=2))  # two days later: not counted
    assert progress.outcomes("r1")[0].next_day is None
    sessions.record_pain(None, "next_day", 1, at=START + timedelta(days=1))
    assert progress.outcomes("r1")[0].next_day == 1


def test_a_next_day_answer_is_read_for_its_session_and_a_worse_one_steps_back(database: Database) -> None:
    from hipdesk.domain.progression import Direction, decide

    sessions = SessionRepository(database.engine, FakeWallClock(START))
    progress = ProgressRepository(database.engine)

    def session(day: int) -> int:
        at = START + timedelta(days=day)
        sid = sessions.start_session("Mine", routine_uid="r1", pain_before=1, started_at=at)
        sessions.finish_session(sid, completed=True, ended_at=at + timedelta(minutes=5))
        sessions.save_reflection(sid, feeling="easy", pain_after=1)
        return sid

    first = session(0)
    question = sessions.next_day_question(START.date() + timedelta(days=1))
    assert question is not None and question.session_id == first and question.baseline == 1
    sessions.record_pain(question.session_id, "next_day", 1, at=START + timedelta(days=1))  # no worse
    second = session(1)
    outcomes = progress.outcomes("r1", up_to_session=second)
    assert [o.next_day for o in outcomes] == [1, None]
    waiting = decide(outcomes)
    assert waiting.direction is Direction.HOLD and "next day" in waiting.reason  # the second's 24 hours are not up
    sessions.record_pain(second, "next_day", 1, at=START + timedelta(days=2))
    outcomes = progress.outcomes("r1", up_to_session=second)
    assert decide(outcomes).direction is Direction.PROGRESS  # two easy sessions, the day after no worse

    third = session(2)
    sessions.record_pain(third, "next_day", 3, at=START + timedelta(days=3))  # worse than the 1/10 before it
    outcomes = progress.outcomes("r1", up_to_session=third)
    assert [o.next_day for o in outcomes] == [1, 3]
    decision = decide(outcomes)
    assert decision.direction is Direction.STEP_BACK and "(3/10)" in decision.reason
