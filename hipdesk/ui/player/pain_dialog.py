"""The "Pain – stop" dialog: how much it hurts (0-10), where, and whether it is sharp or catching."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
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

from hipdesk.domain.words import QT_TRANSLATE_NOOP
from hipdesk.ui.accessibility import name_combo
from hipdesk.ui.plain_text import PlainLabel, markup, rich_label
from hipdesk.ui.theme import style

# Where it hurts: offered in the interface's language, stored as the words the person chose (or typed).
LOCATIONS = (
    QT_TRANSLATE_NOOP("PainDialog", "Front of the hip or groin"),
    QT_TRANSLATE_NOOP("PainDialog", "Outside of the hip"),
    QT_TRANSLATE_NOOP("PainDialog", "Buttock or back of the hip"),
    QT_TRANSLATE_NOOP("PainDialog", "Lower back"),
    QT_TRANSLATE_NOOP("PainDialog", "Thigh"),
    QT_TRANSLATE_NOOP("PainDialog", "Knee"),
    QT_TRANSLATE_NOOP("PainDialog", "Somewhere else"),
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
        self.slider.setAccessibleDescription(self.tr("{value} out of 10").format(value=value))

    def value(self) -> int:
        return self.slider.value()

    def setValue(self, value: int) -> None:
        self.slider.setValue(value)


class PainDialog(QDialog):
    """Asks for a pain rating after the pain stop. Signals: those of QDialog (accepted, rejected, finished)."""

    def __init__(self, exercise_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pain – stop"))
        self.setAccessibleName(self.tr("Pain stop"))
        intro = rich_label(
            markup(
                self.tr(
                    "<b>{} is stopped.</b><br>How strong is the pain now, and where is it? "
                    "This is saved with today's session."
                ),
                exercise_name or self.tr("The exercise"),
            )
        )
        intro.setWordWrap(True)
        self.rating = PainSlider(self.tr("Pain now, 0 to 10"))
        self.location = QComboBox()
        self.location.setEditable(True)
        self.location.addItems([QCoreApplication.translate("PainDialog", location) for location in LOCATIONS])
        name_combo(self.location, self.tr("Where it hurts"))
        self.sharp = QCheckBox(self.tr("It is s&harp, or it catches"))
        self.sharp.setAccessibleName(self.tr("The pain is sharp or catching"))
        form = QFormLayout()
        form.addRow(self.tr("&Pain now:"), self.rating)
        form.addRow(self.tr("&Where:"), self.location)
        form.addRow("", self.sharp)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("&Save rating"))  # Alt+S saves, as everywhere in HipDesk
        save.setObjectName("saveRating")
        save.setAccessibleName(self.tr("Save the pain rating"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Do not rate"))
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
