"""Per-item dose controls: hold or reps, tempo, sets, rest and sides."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from hipdesk.content.routine_file import HOLD_S_RANGE, REPS_RANGE, REST_S_RANGE, SETS_RANGE, TEMPO_PART_RANGE
from hipdesk.domain.exercise import Dose, Exercise, Tempo
from hipdesk.domain.routine import RoutineItem, Sides
from hipdesk.ui.accessibility import name_combo
from hipdesk.ui.decimal_spin_box import DecimalSpinBox
from hipdesk.ui.plain_text import PlainLabel
from hipdesk.ui.theme import style

HOLD, REPS = 0, 1
SIDES = (Sides.BOTH, Sides.LEFT, Sides.RIGHT)


def _spin(low: int, high: int, suffix: str, name: str) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setSuffix(suffix)
    box.setAccessibleName(name)
    box.setKeyboardTracking(False)  # typing "45" is one change, not "4" then "45"
    return box


def _tempo_spin(name: str) -> QDoubleSpinBox:
    box = DecimalSpinBox()
    box.setRange(*TEMPO_PART_RANGE)
    box.setSingleStep(0.5)
    box.setDecimals(1)
    box.setSuffix(" s")
    box.setAccessibleName(name)
    box.setKeyboardTracking(False)
    return box


class DoseEditor(QGroupBox):
    """Edits one routine item's dose and sides. It shows values; the editor owns the routine and the undo stack.

    Signals:
    dose_edited(object, str): the person changed the dose (a Dose, or None for the exercise's own) and which field.
    sides_edited(object): the person chose other sides (a Sides).
    """

    dose_edited = Signal(object, str)
    sides_edited = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Dose"), parent)
        self.setAccessibleName(self.tr("Dose of the selected exercise"))
        self._exercise: Exercise | None = None
        self._updating = False

        self.kind = QComboBox()
        self.kind.addItems([self.tr("Timed hold"), self.tr("Repetitions")])
        name_combo(self.kind, self.tr("Hold or repetitions"))
        self.hold = _spin(*HOLD_S_RANGE, self.tr(" s"), self.tr("Hold, seconds"))
        self.reps = _spin(*REPS_RANGE, self.tr(" reps"), self.tr("Repetitions per set"))
        self.down = _tempo_spin(self.tr("Tempo: seconds lowering"))
        self.pause = _tempo_spin(self.tr("Tempo: seconds pausing"))
        self.up = _tempo_spin(self.tr("Tempo: seconds rising"))
        self.sets = _spin(*SETS_RANGE, "", self.tr("Sets"))
        self.rest = _spin(*REST_S_RANGE, self.tr(" s"), self.tr("Rest between sets, seconds"))
        self.sides = QComboBox()
        labels = (self.tr("Both sides"), self.tr("Left only"), self.tr("Right only"))
        for sides, label in zip(SIDES, labels, strict=True):
            self.sides.addItem(label, sides.value)
        name_combo(self.sides, self.tr("Sides"))
        self.reset = QPushButton(self.tr("Use the exercise's dose"))
        self.reset.setAccessibleName(self.tr("Use the exercise's own dose"))
        self.note = PlainLabel()
        style(self.note, "color: {muted};")
        self.note.setAccessibleName(self.tr("The exercise's own dose"))

        self.amount_label = QLabel(self.tr("H&old"))
        self.tempo_label = QLabel(self.tr("Tempo"))
        tempo_row = QHBoxLayout()
        tempo_row.setContentsMargins(0, 0, 0, 0)
        for box, word in ((self.down, self.tr("down")), (self.pause, self.tr("pause")), (self.up, self.tr("up"))):
            tempo_row.addWidget(box)
            tempo_row.addWidget(PlainLabel(word))
        tempo_row.addStretch(1)
        self.tempo_box = QWidget()
        self.tempo_box.setLayout(tempo_row)
        self.tempo_label.setBuddy(self.down)

        grid = QGridLayout(self)
        grid.setHorizontalSpacing(10)
        kind_label = QLabel(self.tr("&Kind"))
        kind_label.setBuddy(self.kind)
        sets_label = QLabel(self.tr("Sets"))  # every letter already has a job here (Alt+T: the Tools menu)
        sets_label.setBuddy(self.sets)
        rest_label = QLabel(self.tr("Rest"))
        rest_label.setBuddy(self.rest)
        sides_label = QLabel(self.tr("Sides"))
        sides_label.setBuddy(self.sides)
        self.amount = QWidget()
        amount_row = QHBoxLayout(self.amount)
        amount_row.setContentsMargins(0, 0, 0, 0)
        amount_row.addWidget(self.hold)
        amount_row.addWidget(self.reps)
        amount_row.addStretch(1)
        self.amount_label.setBuddy(self.hold)

        grid.addWidget(kind_label, 0, 0)
        grid.addWidget(self.kind, 0, 1)
        grid.addWidget(self.amount_label, 0, 2)
        grid.addWidget(self.amount, 0, 3)
        grid.addWidget(sets_label, 0, 4)
        grid.addWidget(self.sets, 0, 5)
        grid.addWidget(rest_label, 0, 6)
        grid.addWidget(self.rest, 0, 7)
        grid.addWidget(self.tempo_label, 1, 0)
        grid.addWidget(self.tempo_box, 1, 1, 1, 7)
        grid.addWidget(sides_label, 2, 0)
        grid.addWidget(self.sides, 2, 1)
        grid.addWidget(self.reset, 2, 2, 1, 2)
        grid.addWidget(self.note, 2, 4, 1, 4)
        grid.setColumnStretch(8, 1)

        self.kind.currentIndexChanged.connect(lambda _i: self._emit("kind"))
        self.hold.valueChanged.connect(lambda _v: self._emit("hold_s"))
        self.reps.valueChanged.connect(lambda _v: self._emit("reps"))
        self.down.valueChanged.connect(lambda _v: self._emit("tempo"))
        self.pause.valueChanged.connect(lambda _v: self._emit("tempo"))
        self.up.valueChanged.connect(lambda _v: self._emit("tempo"))
        self.sets.valueChanged.connect(lambda _v: self._emit("sets"))
        self.rest.valueChanged.connect(lambda _v: self._emit("rest_s"))
        self.sides.currentIndexChanged.connect(self._sides_changed)
        self.reset.clicked.connect(lambda: self.dose_edited.emit(None, "reset"))
        self.show_item(None, None, read_only=True)

    # -- showing -----------------------------------------------------------------------------------------------

    def show_item(self, item: RoutineItem | None, exercise: Exercise | None, read_only: bool) -> None:
        """Show an item's dose (None: nothing selected). Emits nothing."""
        self._updating = True
        try:
            self._exercise = exercise
            editable = item is not None and exercise is not None and not read_only
            for widget in (self.kind, self.hold, self.reps, self.down, self.pause, self.up, self.sets, self.rest):
                widget.setEnabled(editable)
            if item is None or exercise is None:
                self.setTitle(self.tr("Dose"))
                self.sides.setEnabled(False)
                self.reset.setEnabled(False)
                self.note.setText(self.tr("Select an exercise to change its dose."))
                return
            self.setTitle(self.tr("Dose: {exercise}").format(exercise=exercise.name))
            dose = item.dose_for(exercise)
            self.kind.setCurrentIndex(HOLD if dose.is_hold else REPS)
            self.hold.setValue(dose.hold_s if dose.hold_s is not None else exercise.dose.hold_s or 30)
            self.reps.setValue(dose.reps if dose.reps is not None else exercise.dose.reps or 10)
            tempo = dose.tempo if dose.reps is not None else exercise.dose.tempo
            self.down.setValue(tempo.down_s)
            self.pause.setValue(tempo.hold_s)
            self.up.setValue(tempo.up_s)
            self.sets.setValue(dose.sets)
            self.rest.setValue(dose.rest_s)
            self.sides.setCurrentIndex(SIDES.index(item.sides))
            self.sides.setEnabled(editable and exercise.per_side)
            self.reset.setEnabled(editable and item.dose is not None)
            self.note.setText(self.tr("Own dose: {dose}").format(dose=exercise.dose_summary()))
            self.setToolTip(self.tr("Sets, holds and reps count per side.") if exercise.per_side else "")
            self._show_kind(dose.is_hold)
        finally:
            self._updating = False

    def _show_kind(self, hold: bool) -> None:
        self.hold.setVisible(hold)
        self.reps.setVisible(not hold)
        self.amount_label.setText(self.tr("H&old") if hold else self.tr("Re&ps"))
        self.amount_label.setBuddy(self.hold if hold else self.reps)
        self.tempo_label.setVisible(not hold)
        self.tempo_box.setVisible(not hold)

    # -- editing -----------------------------------------------------------------------------------------------

    def current_dose(self) -> Dose:
        sets, rest_s = self.sets.value(), self.rest.value()
        if self.kind.currentIndex() == HOLD:
            return Dose(sets=sets, hold_s=self.hold.value(), rest_s=rest_s)
        tempo = Tempo(self.down.value(), self.pause.value(), self.up.value())
        if tempo.rep_s <= 0:
            tempo = Tempo()
        return Dose(sets=sets, reps=self.reps.value(), tempo=tempo, rest_s=rest_s)

    def _emit(self, field: str) -> None:
        if self._updating or self._exercise is None:
            return
        if field == "kind":
            self._show_kind(self.kind.currentIndex() == HOLD)
        dose = self.current_dose()
        self.dose_edited.emit(None if dose == self._exercise.dose else dose, field)

    def _sides_changed(self, index: int) -> None:
        if not self._updating and index >= 0:
            self.sides_edited.emit(self.sides.itemData(index))
