"""One way to tell the person about a problem HipDesk knows (a locked database, a full disk, a file that could not be
written): a window-modal message with what happened and where, as plain text (paths and names are never markup)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from hipdesk.storage.errors import StorageError
from hipdesk.ui.plain_text import message_box


def show_problem(parent: QWidget, problem: StorageError) -> QMessageBox:
    """Open (without blocking) a message for ``problem`` over ``parent``'s window; returns it (tests read it)."""
    box = message_box(parent, QMessageBox.Icon.Warning, problem.title, str(problem))
    box.setObjectName("problemMessage")
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # a path can be copied
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
