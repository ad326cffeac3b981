"""Entering one measure of a check: a number box or a choice per side, in the measure's unit."""

from __future__ import annotations

import re

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hipdesk.domain.assessment import CheckValue, Measure, Unit
from hipdesk.domain.exercise import Side
from hipdesk.domain.words import Words, number
from hipdesk.ui.accessibility import name_combo
from hipdesk.ui.plain_text import PlainLabel, markup, rich_label
from hipdesk.ui.theme import style

NOT_RECORDED = "—"
_NUMBER = re.compile(r"^[-+]?\d{1,3}(\.\d)?$")


class EntryWords(Words):
    """How a check's inputs are named."""


def unit_words(unit: Unit) -> str:
    """A number unit in words, for a screen reader."""
    return EntryWords.tr("centimetres") if unit is Unit.CM else EntryWords.tr("degrees")


def where(side: Side) -> str:
    """A measure's side as its input's name ends: ", left side"."""
    if side is Side.LEFT:
        return EntryWords.tr(", left side")
    if side is Side.RIGHT:
        return EntryWords.tr(", right side")
    return ""


def side_word(side: Side) -> str:
    """ "Left" or "Right", over a side's input."""
    return EntryWords.tr("Left") if side is Side.LEFT else EntryWords.tr("Right")


def parse_number(text: str) -> float | None:
    """A typed number ("12", "-4", "12,5", "−3"), or None when empty or not a number."""
    text = text.strip().replace("−", "-").replace(",", ".")
    if not text or not _NUMBER.match(text):
        return None
    return float(text)


class _SideInput(QWidget):
    """The input for one side (or the only one): a number box, a choice, or both with a switch between them.

    Signals: none (MeasureEntry forwards edits).
    """

    def __init__(self, m: Measure, side: Side, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.measure, self.side = m, side
        named = f"{m.label}{where(side)}"
        self.stack = QStackedWidget()
        self.number: QLineEdit | None = None
        self.choice: QComboBox | None = None
        self.alt: QComboBox | None = None
        if m.unit.is_number:
            box = QWidget()
            row = QHBoxLayout(box)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(6)
            self.number = QLineEdit()
            self.number.setObjectName(f"value:{m.id}:{side.value}")
            self.number.setPlaceholderText(NOT_RECORDED)
            self.number.setFixedWidth(72)
            self.number.setValidator(QRegularExpressionValidator(QRegularExpression(r"[+\-−]?\d{0,3}([.,]\d?)?")))
            self.number.setAccessibleName(
                EntryWords.tr("{measure}, in {unit}").format(measure=named, unit=unit_words(m.unit))
            )
            self.number.setToolTip(m.typical_text)
            unit = PlainLabel(m.unit.symbol)
            unit.setMinimumWidth(22)
            row.addWidget(self.number)
            row.addWidget(unit)
            row.addStretch(1)
            self.stack.addWidget(box)
        else:
            self.choice = self._combo(m.unit, named)
            self.choice.setObjectName(f"value:{m.id}:{side.value}")
            self.stack.addWidget(self.choice)
        if m.alt_unit is not None:
            self.alt = self._combo(
                m.alt_unit,
                EntryWords.tr("{measure}, {first} or {second}").format(
                    measure=named, first=m.alt_unit.choices[0], second=m.alt_unit.choices[1]
                ),
            )
            self.alt.setObjectName(f"alt:{m.id}:{side.value}")
            self.stack.addWidget(self.alt)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    @staticmethod
    def _combo(unit: Unit, name: str) -> QComboBox:
        combo = QComboBox()
        combo.addItem(NOT_RECORDED)
        combo.addItems(list(unit.choices))
        name_combo(combo, name)
        combo.setMinimumWidth(150)
        return combo

    def use_alt(self, on: bool) -> None:
        self.stack.setCurrentIndex(1 if on and self.alt is not None else 0)

    @property
    def focus_target(self) -> QWidget:
        widget = self.stack.currentWidget()
        if widget is not self.alt and self.number is not None:
            return self.number
        return widget if widget is not None else self

    def value(self) -> CheckValue | None:
        m = self.measure
        if self.alt is not None and self.stack.currentWidget() is self.alt:
            index = self.alt.currentIndex()
            return None if index <= 0 else CheckValue(m.id, self.side, float(index - 1), m.alt_unit or m.unit)
        if self.choice is not None:
            index = self.choice.currentIndex()
            return None if index <= 0 else CheckValue(m.id, self.side, float(index - 1), m.unit)
        assert self.number is not None
        number = parse_number(self.number.text())
        return None if number is None else CheckValue(m.id, self.side, number, m.unit)

    def problem(self) -> str:
        """Why the typed value cannot be stored, or ""."""
        if self.number is None or self.stack.currentWidget() is self.alt or not self.number.text().strip():
            return ""
        m = self.measure
        typed = parse_number(self.number.text())
        if typed is None or not m.minimum <= typed <= m.maximum:
            return EntryWords.tr("{measure}: enter a number from {low} to {high} {unit}, or leave it empty.").format(
                measure=f"{m.label}{where(self.side)}",
                low=number(m.minimum),
                high=number(m.maximum),
                unit=m.unit.symbol,
            )
        return ""

    def set_value(self, value: CheckValue) -> None:
        """Show a stored value (in the alternative unit when it was recorded that way)."""
        index = round(value.value) + 1
        if self.alt is not None and value.unit is self.measure.alt_unit:
            self.use_alt(True)
            self.alt.setCurrentIndex(index)
        elif self.choice is not None:
            self.choice.setCurrentIndex(index)
        elif self.number is not None:
            self.number.setText(number(value.value, 0 if float(value.value).is_integer() else 1))

    def clear(self) -> None:
        if self.number is not None:
            self.number.clear()
        for combo in (self.choice, self.alt):
            if combo is not None:
                combo.setCurrentIndex(0)


class MeasureEntry(QWidget):
    """One measure: its label, how to read it, the typical range and an input per side.

    Signals:
    edited(): a value was typed or chosen.
    """

    edited = Signal()

    def __init__(self, m: Measure, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.measure = m
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(4)
        title = rich_label(markup("<b>{}</b>", m.label))
        hint = " · ".join(t for t in (m.how, m.typical_text) if t)
        layout.addWidget(title)
        if hint:
            note = PlainLabel(hint)
            note.setWordWrap(True)
            style(note, "color: {muted};")
            layout.addWidget(note)
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        self.inputs: list[_SideInput] = []
        sides = (Side.LEFT, Side.RIGHT) if m.per_side else (Side.NONE,)
        for column, side in enumerate(sides):
            entry = _SideInput(m, side)
            if side is not Side.NONE:
                label = PlainLabel(side_word(side))
                label.setBuddy(entry.focus_target)
                grid.addWidget(label, 0, column * 2)
            grid.addWidget(entry, 0, column * 2 + 1)
            self.inputs.append(entry)
            if entry.number is not None:
                entry.number.textEdited.connect(self.edited)
            for combo in (entry.choice, entry.alt):
                if combo is not None:
                    combo.activated.connect(self.edited)
        grid.setColumnStretch(len(sides) * 2, 1)
        layout.addLayout(grid)
        self.alt_switch: QCheckBox | None = None
        if m.alt_unit is not None:
            first, second = m.alt_unit.choices[0], m.alt_unit.choices[1]
            self.alt_switch = QCheckBox(
                self.tr("No phone: rate {first} or {second} instead").format(first=first, second=second)
            )
            self.alt_switch.setObjectName(f"alt-switch:{m.id}")
            self.alt_switch.setAccessibleName(
                self.tr("{measure}: no phone, rate {first} or {second}").format(
                    measure=m.label, first=first, second=second
                )
            )
            self.alt_switch.toggled.connect(self._use_alt)
            layout.addWidget(self.alt_switch)

    def _use_alt(self, on: bool) -> None:
        for entry in self.inputs:
            entry.use_alt(on)
        self.edited.emit()

    @property
    def first_input(self) -> QWidget:
        return self.inputs[0].focus_target

    def values(self) -> list[CheckValue]:
        return [v for entry in self.inputs if (v := entry.value()) is not None]

    def set_values(self, values: list[CheckValue]) -> None:
        """Fill in stored values of this measure (e.g. a check already recorded this week)."""
        mine = {v.side: v for v in values if v.measure_id == self.measure.id}
        if self.alt_switch is not None and any(v.unit is self.measure.alt_unit for v in mine.values()):
            self.alt_switch.setChecked(True)
        for entry in self.inputs:
            if entry.side in mine:
                entry.set_value(mine[entry.side])

    def show_number(self, side: Side, value: float) -> None:
        """Show a number measured elsewhere (on a photo) for ``side``, in the number box rather than a rating."""
        if self.alt_switch is not None and self.alt_switch.isChecked():
            self.alt_switch.setChecked(False)
        for entry in self.inputs:
            if entry.side is side and entry.number is not None:
                entry.number.setText(f"{value:g}")
                self.edited.emit()

    def problems(self) -> list[str]:
        return [p for entry in self.inputs if (p := entry.problem())]

    def clear(self) -> None:
        for entry in self.inputs:
            entry.clear()
