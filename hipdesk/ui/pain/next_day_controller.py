"""The next-day pain check on screen: asks once, the day after a session that had pain ratings, how the hips feel
today. What to ask, storing the answer and remembering a skip are the use case's
(:mod:`hipdesk.usecases.next_day_check`)."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QObject, Signal

from hipdesk.domain.pain import Advice, NextDayQuestion
from hipdesk.storage.errors import StorageError
from hipdesk.ui.pain.next_day_bar import NextDayPainBar
from hipdesk.ui.problems import show_problem
from hipdesk.ui.services import Services
from hipdesk.usecases.next_day_check import NextDayCheck

log = logging.getLogger(__name__)


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
        self.next_day = NextDayCheck(services.sessions, services.preferences)
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
            question = self.next_day.question(today)
        except StorageError as exc:  # a pain check must never stop HipDesk from starting; it asks another day
            log.warning("could not look for a session to ask about: %s", exc)
            return None
        if question is None:
            return None
        self.question = question
        self.bar.ask(
            self.tr("How do your hips feel today?"),
            self.tr(
                "After your session {when} ({routine}): 0 is no pain, 10 the worst. "
                "Your answer guides what HipDesk suggests next time."
            ).format(when=question.when(today), routine=question.routine_name),
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
        try:
            verdict = self.next_day.answer(question, rating)
        except StorageError as exc:  # the question stays, so the answer can be given again
            show_problem(self.bar, exc)
            return
        self.question = None
        self.bar.tell(
            self.tr("Saved: {rating}/10 today").format(rating=rating),
            verdict.message,
            warn=verdict.advice is not Advice.CONTINUE,
        )
        self.rated.emit(question.session_id, rating)
        self._services.events.next_day_rated.emit(question.session_id)

    def skip(self) -> None:
        question = self.question
        if question is None:
            return
        self.question = None
        try:
            self.next_day.skip(question)
        except StorageError as exc:  # not remembered: the question may come back at the next start
            log.warning("could not remember the skipped next-day question: %s", exc)
        self.bar.hide()
        self.skipped.emit(question.session_id)
