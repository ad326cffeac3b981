"""Names for the parts Qt builds itself, so a screen reader can say them too."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit

CLEAR_ACTION = "_q_qlineeditclearaction"  # the object name Qt gives a line edit's clear (x) action


def name_clear_button(edit: QLineEdit, name: str) -> None:
    """Name the clear (x) button of ``edit`` (call after ``setClearButtonEnabled(True)``).

    Qt leaves it nameless; the name also becomes its tooltip. It stays out of the Tab chain, as Qt builds it:
    Ctrl+A then Delete clears the field by keyboard.
    """
    action = edit.findChild(QAction, CLEAR_ACTION)
    if action is not None:
        action.setText(name)
