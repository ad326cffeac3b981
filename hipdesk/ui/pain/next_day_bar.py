"""A slim bar on the main window: "How do your hips feel today?", 0-10, with Save and Skip.

After Save it shows HipDesk's advice in one line with a Close button, so the answer is acknowledged, never modal.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QSpinBox, QWidget

from hipdesk.ui.notice_bar import ACCENT, WARN_ACCENT, NoticeBar

NOT_RATED = -1


class NextDayPainBar(NoticeBar):
    """Asks for today's pain after a session on an earlier day.

    Signals:
    saved(int): the person saved this rating (0-10).
    skipped(): the person chose Skip (or pressed Escape while asked).
    closed(): the person closed the advice shown after saving (or pressed Escape).
    """

    saved = Signal(int)
    skipped = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("nextDayPainBar", self.tr("The day after: pain check"), top=False, parent=parent)
        self.rating = QSpinBox()
        self.rating.setRange(NOT_RATED, 10)
        self.rating.setValue(NOT_RATED)
        self.rating.setSpecialValueText(self.tr("Rate 0–10"))
        self.rating.setSuffix(" / 10")
        self.rating.setMinimumWidth(110)
        self.rating.setAccessibleName(self.tr("Hip pain today, 0 (none) to 10 (the worst)"))
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setAccessibleName(self.tr("Save today's pain rating"))
        self.save_button.setEnabled(False)
        self.skip_button = QPushButton(self.tr("S&kip"))
        self.skip_button.setAccessibleName(self.tr("Skip the pain check for this session"))
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.setAccessibleName(self.tr("Close the pain check"))
        self.rating.valueChanged.connect(lambda value: self.save_button.setEnabled(value != NOT_RATED))
        self.rating.lineEdit().returnPressed.connect(self._save)
        self.save_button.clicked.connect(self._save)
        self.skip_button.clicked.connect(self._skip)
        self.close_button.clicked.connect(self._close)
        self.add_controls(self.rating, self.save_button, self.skip_button, self.close_button)

    def ask(self, title: str, text: str) -> None:
        """Show the question (the rating starts unset, so nothing is saved by accident)."""
        self.set_accent(ACCENT)
        self.set_words(title, text)
        self.rating.setValue(NOT_RATED)
        for widget in (self.rating, self.save_button, self.skip_button):
            widget.setVisible(True)
        self.close_button.hide()
        self.show()

    def tell(self, title: str, text: str, *, warn: bool = False) -> None:
        """Replace the question with HipDesk's answer and a Close button."""
        self.set_accent(WARN_ACCENT if warn else ACCENT)
        self.set_words(title, text)
        for widget in (self.rating, self.save_button, self.skip_button):
            widget.hide()
        self.close_button.show()
        self.close_button.setFocus()
        self.show()

    def _save(self) -> None:
        value = self.rating.value()
        if value != NOT_RATED and not self.save_button.isHidden():
            self.saved.emit(value)

    def _skip(self) -> None:
        self.hide()
        self.skipped.emit()

    def _close(self) -> None:
        self.hide()
        self.closed.emit()

    def escape_pressed(self) -> None:
        if not self.close_button.isHidden():
            self._close()
        else:
            self._skip()
