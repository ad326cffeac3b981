"""Before a routine starts: the exercises in it that may not suit the health profile, and what to do about them."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QWidget

from hipdesk.domain.health import ItemConcern
from hipdesk.ui.notice_bar import WARN_ACCENT, NoticeBar


class HealthCheckBar(NoticeBar):
    """Names the routine's unsuitable exercises; offers the safer variations, starting as it is, or not starting.

    Signals:
    safer_chosen(): play the routine with the safer variations (the exercises without one left out).
    anyway_chosen(): play the routine as it is.
    cancelled(): do not play it (also Escape).
    """

    safer_chosen = Signal()
    anyway_chosen = Signal()
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("healthCheckBar", self.tr("Health check before you start"), top=True, parent=parent)
        self.set_accent(WARN_ACCENT)
        self.safer_button = QPushButton(self.tr("Use the safer &variations"))
        self.safer_button.setDefault(True)
        self.anyway_button = QPushButton(self.tr("Start &as it is"))
        self.anyway_button.setAccessibleName(self.tr("Start the routine as it is"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Do not start"))
        self.safer_button.clicked.connect(self.safer_chosen)
        self.anyway_button.clicked.connect(self.anyway_chosen)
        self.cancel_button.clicked.connect(self.cancelled)
        self.add_controls(self.safer_button, self.anyway_button, self.cancel_button)

    def escape_pressed(self) -> None:
        self.cancelled.emit()

    def ask(self, routine_name: str, found: Sequence[ItemConcern], adapted_empty: bool) -> None:
        """Show the concerns about ``routine_name``. ``adapted_empty``: with them swapped or left out, nothing stays."""
        none_safer = self.tr("No safer variation.")
        lines = [f"• {c.message}" if c.safer is not None else f"• {c.message} {none_safer}" for c in found]
        self.set_words(
            self.tr("{routine}: %n exercise(s) may not suit your health profile", "", len(found)).format(
                routine=routine_name
            ),
            "\n".join(lines),
        )
        any_safer = any(c.safer is not None for c in found)
        all_safer = all(c.safer is not None for c in found)
        if all_safer:
            label, name = self.tr("Use the safer &variations"), self.tr("Play with the safer variations")
        elif any_safer:
            label = self.tr("Safer &variations, leave the rest out")
            name = self.tr("Play with the safer variations, the others left out")
        else:
            label, name = self.tr("Leave &them out"), self.tr("Play without them")
        self.safer_button.setText(label)
        self.safer_button.setAccessibleName(name)
        self.safer_button.setVisible(not adapted_empty)
        self.show()
        (self.safer_button if not adapted_empty else self.anyway_button).setFocus()
