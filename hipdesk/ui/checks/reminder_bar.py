"""A slim bar on the main window: a week has passed since the last weekly check."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QWidget

from hipdesk.domain.assessment import check_due
from hipdesk.ui.notice_bar import NoticeBar


class CheckReminderBar(NoticeBar):
    """Shown when a weekly check is due, with "Start check" and "Not now".

    Signals:
    start_requested(): the person chose to start the check.
    dismissed(): the person chose "Not now" or pressed Escape (the bar hides until HipDesk starts again).
    """

    start_requested = Signal()
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("checkReminderBar", self.tr("Weekly check reminder"), top=False, parent=parent)
        self.text.setAccessibleName(self.tr("Weekly check reminder"))
        self.start_button = QPushButton(self.tr("Start check"))
        self.start_button.setAccessibleName(self.tr("Start the weekly mobility check"))
        self.later_button = QPushButton(self.tr("Not now"))
        self.later_button.setAccessibleName(self.tr("Hide the weekly check reminder for now"))
        self.start_button.clicked.connect(self.start_requested)
        self.later_button.clicked.connect(self._not_now)
        self.add_controls(self.start_button, self.later_button)

    def update_for(self, last_check: date | None, today: date) -> bool:
        """Show the bar if a check is due; returns whether it is shown."""
        due = check_due(last_check, today)
        if due:
            self.set_words("", self.reminder_text(last_check, today))
        self.setVisible(due)
        return due

    def reminder_text(self, last_check: date | None, today: date) -> str:
        if last_check is None:
            return self.tr("Take a first weekly mobility check: about ten minutes, and it shows where to focus.")
        days = (today - last_check).days
        return self.tr(
            "Your last mobility check was %n day(s) ago. A few minutes now shows how you are moving.", "", days
        )

    def escape_pressed(self) -> None:
        self._not_now()

    def _not_now(self) -> None:
        self.hide()
        self.dismissed.emit()
