"""The "Pain – stop" dialog: how much it hurts (0-10), where, and whether it is sharp or catching."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from hipdesk.ui.accessibility import name_combo
from hipdesk.ui.plain_text import PlainLabel, markup, rich_label
from hipdesk.ui.theme import style

LOCATIONS = (
    "Front of the hip or groin",
    "Outside of the hip",
    "Buttock or back of the hip",
    "Lower back",
    "Thigh",
    "Knee",
    "Somewhere else",
)


@dataclass(frozen=True)
class PainReport:
    rating: int
    location: str
    sharp: bool


class PainSlider(QWidget):
    """A 0-10 slider with its value shown large beside it. Signals: none (read ``value()``)."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 10)
        self.slider.setPageStep(1)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setTickInterval(1)
        self.slider.setAccessibleName(accessible_name)
        self.value_label = PlainLabel()
        self.value_label.setMinimumWidth(64)
        style(self.value_label, "font-size: {size:1.65}; font-weight: 600;")
        self.slider.valueChanged.connect(self._show)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel("0"))
        layout.addWidget(self.slider, 1)
        layout.addWidget(QLabel("10"))
        layout.addWidget(self.value_label)
        self._show(0)

    def _show(self, value: int) -> None:
        self.value_label.setText(f"{value} / 10")
        self.slider.setAccessibleDescription(f"{value} out of 10")

    def value(self) -> int:
        return self.slider.value()

    def setValue(self, value: int) -> None:
        self.slider.setValue(value)


class PainDialog(QDialog):
    """Asks for a pain rating after the pain stop. Signals: those of QDialog (accepted, rejected, finished)."""

    def __init__(self, exercise_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Pain – stop")
        self.setAccessibleName("Pain stop")
        intro = rich_label(
            markup(
                "<b>{} is stopped.</b><br>How strong is the pain now, and where is it? "
                "This is saved with today's session.",
                exercise_name or "The exercise",
            )
        )
        intro.setWordWrap(True)
        self.rating = PainSlider("Pain now, 0 to 10")
        self.location = QComboBox()
        self.location.setEditable(True)
        self.location.addItems(LOCATIONS)
        name_combo(self.location, "Where it hurts")
        self.sharp = QCheckBox("It is s&harp, or it catches")
        self.sharp.setAccessibleName("The pain is sharp or catching")
        form = QFormLayout()
        form.addRow("&Pain now:", self.rating)
        form.addRow("&Where:", self.location)
        form.addRow("", self.sharp)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText("&Save rating")  # Alt+S saves, as everywhere in HipDesk
        save.setObjectName("saveRating")
        save.setAccessibleName("Save the pain rating")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName("Do not rate")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.rating.slider.setFocus()
        self.resize(460, self.sizeHint().height())

    def report(self) -> PainReport:
        return PainReport(self.rating.value(), self.location.currentText().strip(), self.sharp.isChecked())
