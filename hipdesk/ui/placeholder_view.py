"""A calm one-line stand-in for a tab whose capability is still being built."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PlaceholderView(QWidget):
    def __init__(self, message: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        label = QLabel(message)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setAccessibleName(message)
        label.setStyleSheet("color: palette(mid); font-size: 15px;")
        layout = QVBoxLayout(self)
        layout.addWidget(label)
