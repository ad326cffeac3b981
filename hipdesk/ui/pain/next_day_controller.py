"""The next-day pain check: asks once, the day after a session that had pain ratings, how the hips feel today.

The rating is stored by the session repository as kind ``next_day``, linked to that session; the progression rules
read it (a worse next day suggests easing off next time) and so do the pain rules (stop-level pain that persists).
Skipping is remembered for that session, so the question is not asked again about it.
"""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QObject, Signal

from hipdesk.domain.pain import PERSIST_DAYS, Advice, NextDayQuestion, PainKind, assess_next_day
from hipdesk.ui.pain.next_day_bar import NextDayPainBar
from hipdesk.ui.services import Services

log = logging.getLogger(__name__)

SKIPPED_KEY = "pain/next_day_skipped"  # the id of the last session whose next-day question was skipped


class NextDayPainController(QObject):
    """Decides when to ask, and saves the answer.

    Signals:
    asked(object): the bar now asks about this hipdesk.domain.pain.NextDayQuestion.
    rated(int, int): a next-day rating was saved: the session id and the rating.
    skipped(int): the question about this session was skipped (and will not come back).
    """

    asked = Signal(object)
    rated = Signal(int, int)
    skipped = Signal(int)

    def __init__(
        self,
        services: Services,
        bar: NextDayPainBar,
        *,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._today = services.wall.today
        self.bar = bar
        self.question: NextDayQuestion | None = None
        self._checked_on: date | None = None
        bar.saved.connect(self.save)
        bar.skipped.connect(self.skip)
        services.events.day_changed.connect(self._new_day)

    def check(self) -> NextDayQuestion | None:
        """Ask now if there is something to ask about; returns the question shown."""
        today = self._today()
        self._checked_on = today
        try:
            question = self._services.sessions.next_day_question(today)
        except Exception:  # a pain check must never stop HipDesk from starting
            log.exception("could not look for a session to ask about")
            return None
        if question is None or question.session_id == self._services.settings.get(SKIPPED_KEY):
            return None
        self.question = question
        self.bar.ask(
            "How do your hips feel today?",
            f"After your session {question.when(today)} ({question.routine_name}): 0 is no pain, 10 the worst. "
            "Your answer guides what HipDesk suggests next time.",
        )
        self.asked.emit(question)
        return question

    def _new_day(self) -> None:
        if self.question is None and self._checked_on != self._today():
            self.check()

    def save(self, rating: int) -> None:
        question = self.question
        if question is None:
            return
        sessions = self._services.sessions
        sessions.record_pain(question.session_id, PainKind.NEXT_DAY, rating)
        earlier = sessions.stop_level_sessions_since(PERSIST_DAYS, exclude=question.session_id)
        verdict = assess_next_day(rating, question.baseline, earlier_stop_sessions=earlier)
        self.question = None
        self.bar.tell(f"Saved: {rating}/10 today", verdict.message, warn=verdict.advice is not Advice.CONTINUE)
        self.rated.emit(question.session_id, rating)
        self._services.events.next_day_rated.emit(question.session_id)

    def skip(self) -> None:
        question = self.question
        if question is None:
            return
        self.question = None
        self._services.settings.put(SKIPPED_KEY, question.session_id)
        self.bar.hide()
        self.skipped.emit(question.session_id)
