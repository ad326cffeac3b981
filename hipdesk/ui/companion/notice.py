"""The in-window reminder: a calm bar at the top of the main window with "Start" and "Later".

Used where the desktop has no tray, and always inside the window, so a reminder is still there when the person
comes back to HipDesk. It never takes the keyboard focus from what the person is doing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class ReminderNotice(QFrame):
    """A non-modal notice with a title, one line of text, "Start", an optional "1 minute", and "Later".

    Signals:
    start_clicked(): the person chose Start (the chosen routine).
    short_clicked(): the person chose the one-minute routine (sitting breaks).
    later_clicked(): the person chose Later (or pressed Escape in the notice).
    """

    start_clicked = Signal()
    short_clicked = Signal()
    later_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderNotice")
        self.setAccessibleName("Reminder")
        self.setStyleSheet(
            "#reminderNotice { background: palette(alternate-base); border-bottom: 1px solid palette(mid);"
            " border-left: 4px solid palette(highlight); }"
            "#reminderTitle { font-weight: 600; }"
        )
        self.title = QLabel()
        self.title.setObjectName("reminderTitle")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        words = QVBoxLayout()
        words.setSpacing(2)
        words.addWidget(self.title)
        words.addWidget(self.text)

        self.start_button = QPushButton("Start")
        self.start_button.setDefault(True)
        self.short_button = QPushButton("Stand-up minute")
        self.short_button.setAccessibleName("Start a one-minute stand-up routine")
        self.later_button = QPushButton("Later")
        self.later_button.setAccessibleName("Remind me again in 30 minutes")
        self.later_button.setToolTip("Remind me again in 30 minutes (Esc)")
        for button in (self.start_button, self.short_button, self.later_button):
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.start_button.clicked.connect(self.start_clicked)
        self.short_button.clicked.connect(self.short_clicked)
        self.later_button.clicked.connect(self.later_clicked)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.later_clicked)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 10, 12, 10)
        layout.setSpacing(8)
        layout.addLayout(words, 1)
        layout.addWidget(self.short_button, 0, Qt.AlignmentFlag.AlignVCenter)  # the smallest step first
        layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.later_button, 0, Qt.AlignmentFlag.AlignVCenter)
        QWidget.setTabOrder(self.short_button, self.start_button)
        QWidget.setTabOrder(self.start_button, self.later_button)
        self.hide()

    def show_reminder(self, title: str, text: str, start_label: str, offer_short: bool) -> None:
        """Show (or replace) the reminder; the buttons keep their keyboard order: short, start, later."""
        self.title.setText(title)
        self.text.setText(text)
        self.setAccessibleDescription(f"{title}. {text}")
        self.start_button.setText(start_label)
        self.start_button.setAccessibleName(start_label)
        self.short_button.setVisible(offer_short)
        self.show()
