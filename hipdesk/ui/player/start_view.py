"""The player's calm start screen: pick a routine (or a single exercise), an optional pain rating, cue switches."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hipdesk.domain.library import Library
from hipdesk.domain.plan import PlanError, expand, single_exercise_routine
from hipdesk.domain.routine import Routine
from hipdesk.domain.words import Words
from hipdesk.ui.accessibility import name_combo
from hipdesk.ui.plain_text import PlainLabel, plain_tooltip
from hipdesk.ui.player.health_check_bar import HealthCheckBar
from hipdesk.ui.theme import style

NOT_RATED = -1


class StartWords(Words):
    """The start page's words outside its Qt class."""


def minutes_text(seconds: float) -> str:
    minutes = max(1, round(seconds / 60))
    return StartWords.tr("about {minutes} min").format(minutes=minutes)


class StartView(QWidget):
    """Choose what to play.

    Signals:
    play_chosen(object): play this hipdesk.domain.routine.Routine.
    sound_toggled(bool): the beeps switch changed.
    voice_toggled(bool): the voice switch changed.
    """

    play_chosen = Signal(object)
    sound_toggled = Signal(bool)
    voice_toggled = Signal(bool)

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._routines: list[Routine] = []

        heading = QLabel(self.tr("Ready when you are"))
        heading.setObjectName("startHeading")
        style(heading, "font-size: {size:2.15}; font-weight: 600;")
        intro = QLabel(
            self.tr(
                "Pick a routine and press Start. After that the keyboard is enough: "
                "Space pauses, → skips, ← goes back, P stops for pain, Esc ends."
            )
        )
        intro.setWordWrap(True)
        style(intro, "color: {muted}; font-size: {size:1.15};")

        self.routine_list = QListWidget()
        self.routine_list.setAccessibleName(self.tr("Routines to play"))
        self.routine_list.setAccessibleDescription(self.tr("Choose a routine, then press Enter or Start"))
        style(self.routine_list, "QListWidget {{ font-size: {size:1.25}; }} QListWidget::item {{ padding: 8px; }}")
        self.routine_list.itemActivated.connect(lambda _item: self._play_selected())
        self.routine_list.currentRowChanged.connect(self._update_buttons)
        self.start_button = QPushButton(self.tr("Start routine"))
        self.start_button.setAccessibleName(self.tr("Start the selected routine"))
        self.start_button.setDefault(True)
        self.start_button.setMinimumHeight(40)
        style(self.start_button, "font-size: {size:1.25}; font-weight: 600; padding: 6px 22px;")
        self.start_button.clicked.connect(self._play_selected)
        self.empty_label = QLabel(self.tr("The built-in routines are not here yet. Play a single exercise below."))
        self.empty_label.setWordWrap(True)
        style(self.empty_label, "color: {muted};")

        self.exercise_combo = QComboBox()
        name_combo(self.exercise_combo, self.tr("Exercise to play on its own"))
        for exercise in sorted(library.values(), key=lambda e: e.name.casefold()):
            self.exercise_combo.addItem(f"{exercise.name}  ·  {exercise.dose_summary()}", exercise.id)
        self.single_button = QPushButton(self.tr("Play exercise"))
        self.single_button.setAccessibleName(self.tr("Play the chosen exercise on its own"))
        self.single_button.clicked.connect(self._play_single)
        self.single_button.setEnabled(self.exercise_combo.count() > 0)

        self.pain_before = QSpinBox()
        self.pain_before.setRange(NOT_RATED, 10)
        self.pain_before.setValue(NOT_RATED)
        self.pain_before.setSpecialValueText(self.tr("Not rated"))
        self.pain_before.setSuffix(" / 10")
        self.pain_before.setAccessibleName(self.tr("Pain before the session, 0 to 10 (optional)"))
        pain_label = QLabel(self.tr("Hip or back pain right now (optional):"))
        pain_label.setBuddy(self.pain_before)

        self.sound_box = QCheckBox(self.tr("&Beeps"))
        self.sound_box.setAccessibleName(self.tr("Beep cues"))
        self.sound_box.toggled.connect(self.sound_toggled)
        self.voice_box = QCheckBox(self.tr("V&oice"))  # Alt+V opens the View menu
        self.voice_box.setAccessibleName(self.tr("Spoken cues"))
        self.voice_box.toggled.connect(self.voice_toggled)
        self.problem = PlainLabel()  # names the routine and what is wrong with it
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(self.tr("Problem"))
        style(self.problem, "color: {danger};")
        self.problem.hide()
        self.health_bar = HealthCheckBar()
        self.cue_status = PlainLabel()
        self.cue_status.setWordWrap(True)
        self.cue_status.setAccessibleName(self.tr("Cue status"))
        style(self.cue_status, "color: {muted};")

        card = QFrame()
        card.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(card)
        grid.setContentsMargins(16, 16, 16, 16)
        grid.setVerticalSpacing(10)
        grid.addWidget(QLabel(self.tr("<b>Routines</b>")), 0, 0, 1, 2)
        grid.addWidget(self.routine_list, 1, 0, 1, 2)
        grid.addWidget(self.empty_label, 2, 0, 1, 2)
        grid.addWidget(self.start_button, 3, 1, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(QLabel(self.tr("<b>Or play a single exercise</b>")), 4, 0, 1, 2)
        grid.addWidget(self.exercise_combo, 5, 0)
        grid.addWidget(self.single_button, 5, 1)
        grid.setColumnStretch(0, 1)

        options = QHBoxLayout()
        options.addWidget(pain_label)
        options.addWidget(self.pain_before)
        options.addSpacing(24)
        options.addWidget(QLabel(self.tr("Cues:")))
        options.addWidget(self.sound_box)
        options.addWidget(self.voice_box)
        options.addStretch(1)

        column = QVBoxLayout()
        column.addWidget(heading)
        column.addWidget(intro)
        column.addSpacing(8)
        column.addWidget(self.problem)
        column.addWidget(self.health_bar)
        column.addWidget(card, 1)
        column.addLayout(options)
        column.addWidget(self.cue_status)

        outer = QHBoxLayout(self)
        outer.setContentsMargins(24, 24, 24, 24)
        outer.addStretch(1)
        outer.addLayout(column, 6)
        outer.addStretch(1)
        self._update_buttons()

    # ---- content ---------------------------------------------------------------------------------------------------
    def set_routines(self, routines: Sequence[Routine]) -> None:
        self.routine_list.clear()
        self._routines = []
        for routine in routines:
            try:
                plan = expand(routine, self._library)
            except PlanError:
                continue
            count = len(routine.items)
            exercises = self.tr("%n exercise(s)", "", count)
            text = f"{routine.name}\n{minutes_text(plan.total_s)} · {exercises}"
            item = QListWidgetItem(text)
            item.setToolTip(plain_tooltip(routine.description))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{routine.name}, {minutes_text(plan.total_s)}")
            self.routine_list.addItem(item)
            self._routines.append(routine)
        if self._routines:
            self.routine_list.setCurrentRow(0)
        self.routine_list.setVisible(bool(self._routines))
        self.empty_label.setVisible(not self._routines)
        self._update_buttons()

    def set_cue_switches(self, sound: bool, voice: bool, status: str) -> None:
        for box, on in ((self.sound_box, sound), (self.voice_box, voice)):
            box.blockSignals(True)
            box.setChecked(on)
            box.blockSignals(False)
        self.cue_status.setText(status)

    def pain_rating(self) -> int | None:
        value = self.pain_before.value()
        return None if value == NOT_RATED else value

    def focus_first(self) -> None:
        """Keyboard users land on the routine list (or the exercise picker when there are no routines)."""
        (self.routine_list if self._routines else self.exercise_combo).setFocus()

    def reset(self) -> None:
        self.pain_before.setValue(NOT_RATED)
        self.problem.hide()
        self.health_bar.hide()

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    # ---- actions ---------------------------------------------------------------------------------------------------
    def _update_buttons(self, *_args: object) -> None:
        self.start_button.setEnabled(self.routine_list.currentRow() >= 0 and bool(self._routines))
        self.start_button.setVisible(bool(self._routines))

    def _play_selected(self) -> None:
        row = self.routine_list.currentRow()
        if 0 <= row < len(self._routines):
            self.play_chosen.emit(self._routines[row])

    def _play_single(self) -> None:
        exercise_id = self.exercise_combo.currentData()
        if exercise_id in self._library:
            self.play_chosen.emit(single_exercise_routine(self._library[exercise_id]))
