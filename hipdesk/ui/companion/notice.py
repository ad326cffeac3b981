"""The in-window reminder: a calm bar at the top of the main window with "Start" and "Later".

Used where the desktop has no tray, and always inside the window, so a reminder is still there when the person
comes back to HipDesk. It never takes the keyboard focus from what the person is doing, and Escape answers it
("Later") wherever the focus is in the window.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QWidget

from hipdesk.ui.notice_bar import NoticeBar, WindowEscape
from hipdesk.ui.plain_text import mnemonic_safe


class ReminderNotice(NoticeBar):
    """A non-modal notice with a title, one line of text, "Start", an optional "1 minute", and "Later".

    Signals:
    start_clicked(): the person chose Start (the chosen routine).
    short_clicked(): the person chose the one-minute routine (sitting breaks).
    later_clicked(): the person chose Later (or pressed Escape anywhere in the window while it shows).
    """

    start_clicked = Signal()
    short_clicked = Signal()
    later_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("reminderNotice", self.tr("Reminder"), top=True, parent=parent)
        self.start_button = QPushButton(self.tr("Start"))
        # Enter presses it once it has the focus; not the default button, whose frame looks focused while the
        # keyboard is somewhere else entirely.
        self.start_button.setAutoDefault(True)
        self.short_button = QPushButton(self.tr("Stand-up minute"))
        self.short_button.setAccessibleName(self.tr("Start a one-minute stand-up routine"))
        self.later_button = QPushButton(self.tr("Later"))
        self.later_button.setAccessibleName(self.tr("Remind me again in 30 minutes"))
        self.later_button.setToolTip(self.tr("Remind me again in 30 minutes (Esc)"))
        self.start_button.clicked.connect(self.start_clicked)
        self.short_button.clicked.connect(self.short_clicked)
        self.later_button.clicked.connect(self.later_clicked)
        self.add_controls(self.short_button, self.start_button, self.later_button)  # the smallest step first
        self._escape = WindowEscape(self)

    def escape_pressed(self) -> None:
        self.later_clicked.emit()

    def show_reminder(self, title: str, text: str, start_label: str, offer_short: bool) -> None:
        """Show (or replace) the reminder; the buttons keep their keyboard order: short, start, later."""
        self.set_words(title, text)
        self.start_button.setText(mnemonic_safe(start_label))  # a routine's name: its & is not a shortcut
        self.start_button.setAccessibleName(start_label)
        self.short_button.setVisible(offer_short)
        self.show()
