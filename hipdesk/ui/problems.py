"""One way to tell the person about a problem HipDesk knows (a locked database, a full disk, a file that could not be
written): a window-modal message with what happened and where, as plain text (paths and names are never markup)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from hipdesk.storage.errors import StorageError


def show_problem(parent: QWidget, problem: StorageError) -> QMessageBox:
    """Open (without blocking) a message for ``problem`` over ``parent``'s window; returns it (tests read it)."""
    box = QMessageBox(QMessageBox.Icon.Warning, problem.title, str(problem), QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("problemMessage")
    box.setAccessibleName(problem.title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # a path can be copied
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
