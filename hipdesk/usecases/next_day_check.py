"""The next-day pain check: which session to ask about, the day after one with pain ratings; the answer; skipping.

The answer is stored as a ``next_day`` rating linked to that session; the progression rules read it (a worse next day
suggests easing off next time) and so do the pain rules (stop-level pain that persists). A skipped question is
remembered for that session, so it is not asked again.
"""

from __future__ import annotations

from datetime import date

from hipdesk.domain.pain import PERSIST_DAYS, NextDayQuestion, PainKind, PainVerdict, assess_next_day, validate
from hipdesk.storage.session_repository import SessionRepository
from hipdesk.usecases.preferences import NEXT_DAY_SKIPPED, Preferences


class NextDayCheck:
    def __init__(self, sessions: SessionRepository, preferences: Preferences) -> None:
        self._sessions = sessions
        self._preferences = preferences

    def question(self, today: date) -> NextDayQuestion | None:
        """The session to ask "how do your hips feel today?" about, or None (nothing to ask, or it was skipped)."""
        question = self._sessions.next_day_question(today)
        if question is None or question.session_id == self._preferences.get(NEXT_DAY_SKIPPED):
            return None
        return question

    def answer(self, question: NextDayQuestion, rating: int) -> PainVerdict:
        """Store today's rating for the session and say what the pain rules suggest."""
        validate(rating)
        self._sessions.record_pain(question.session_id, PainKind.NEXT_DAY, rating)
        earlier = self._sessions.stop_level_sessions_since(PERSIST_DAYS, exclude=question.session_id)
        return assess_next_day(rating, question.baseline, earlier_stop_sessions=earlier)

    def skip(self, question: NextDayQuestion) -> None:
        """Do not ask about this session again."""
        self._preferences.set(NEXT_DAY_SKIPPED, question.session_id)
