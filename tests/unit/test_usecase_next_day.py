"""The next-day pain check's use case, without Qt: which session to ask about, the answer and its advice, skipping."""

from __future__ import annotations

from datetime import timedelta

import pytest

from hipdesk.clock import FakeWallClock
from hipdesk.domain.pain import Advice
from hipdesk.storage.db import Database
from hipdesk.storage.session_repository import SessionRepository
from hipdesk.storage.settings_repository import SettingsRepository
from hipdesk.usecases.next_day_check import NextDayCheck
from hipdesk.usecases.preferences import NEXT_DAY_SKIPPED, Preferences
from tests.clocks import TEST_NOW


@pytest.fixture
def sessions(database: Database, wall: FakeWallClock) -> SessionRepository:
    return SessionRepository(database.engine, wall)


@pytest.fixture
def preferences(database: Database) -> Preferences:
    return Preferences(SettingsRepository(database.engine))


@pytest.fixture
def check(sessions: SessionRepository, preferences: Preferences) -> NextDayCheck:
    return NextDayCheck(sessions, preferences)


def yesterdays_session(sessions: SessionRepository, wall: FakeWallClock, before: int | None = 2) -> int:
    wall.set(TEST_NOW - timedelta(days=1))
    session_id = sessions.start_session("Desk five", pain_before=before)
    sessions.finish_session(session_id, completed=True)
    wall.set(TEST_NOW)
    return session_id


def test_it_asks_about_yesterdays_session_and_judges_the_answer(
    check: NextDayCheck, sessions: SessionRepository, wall: FakeWallClock
) -> None:
    session_id = yesterdays_session(sessions, wall, before=2)
    question = check.question(wall.today())
    assert question is not None and question.session_id == session_id and question.baseline == 2
    assert check.answer(question, 2).advice is Advice.CONTINUE
    assert check.question(wall.today()) is None  # answered: not asked again
    assert sessions.summary(session_id).pain_before == 2


def test_a_worse_next_day_says_to_ease_off(
    check: NextDayCheck, sessions: SessionRepository, wall: FakeWallClock
) -> None:
    yesterdays_session(sessions, wall, before=1)
    question = check.question(wall.today())
    assert question is not None
    assert check.answer(question, 3).advice is Advice.EASE_OFF


def test_a_skipped_question_is_remembered(
    check: NextDayCheck, sessions: SessionRepository, preferences: Preferences, wall: FakeWallClock
) -> None:
    session_id = yesterdays_session(sessions, wall)
    question = check.question(wall.today())
    assert question is not None
    check.skip(question)
    assert preferences.get(NEXT_DAY_SKIPPED) == session_id
    assert check.question(wall.today()) is None


def test_a_session_without_pain_ratings_is_not_asked_about(
    check: NextDayCheck, sessions: SessionRepository, wall: FakeWallClock
) -> None:
    yesterdays_session(sessions, wall, before=None)
    assert check.question(wall.today()) is None


def test_a_bad_rating_writes_nothing(check: NextDayCheck, sessions: SessionRepository, wall: FakeWallClock) -> None:
    yesterdays_session(sessions, wall)
    question = check.question(wall.today())
    assert question is not None
    with pytest.raises(ValueError, match="between 0 and 10"):
        check.answer(question, 11)
    assert check.question(wall.today()) == question
