"""The detail pane: one exercise in full, with its actions and its easier and harder variations."""

from __future__ import annotations

import html
from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hipdesk.domain.exercise import Equipment, Exercise, Phase, RepPattern, Side, tempo_words
from hipdesk.domain.health import HealthProfile, concerns, safer_variation
from hipdesk.domain.progression import OLDER_ADULT_HOLD_S
from hipdesk.figure.animation import RepRhythm
from hipdesk.ui.figure.figure_widget import FigureWidget
from hipdesk.ui.flow_layout import FlowLayout, flow_row
from hipdesk.ui.library.card_delegate import STAR_OFF, STAR_ON
from hipdesk.ui.library.phase_colours import LibraryWords, difficulty_labels
from hipdesk.ui.plain_text import PlainLabel, mnemonic_safe, plain_tooltip, rich_label
from hipdesk.ui.theme import current, list_style, style, theme_signals

FIGURE_HEIGHT = 230


def _items_html(items: tuple[str, ...], ordered: bool = False) -> str:
    tag = "ol" if ordered else "ul"
    body = "".join(f"<li style='margin-bottom:5px'>{html.escape(item)}</li>" for item in items)
    return f"<{tag} style='{list_style()}'>{body}</{tag}>"


def _dose_text(exercise: Exercise) -> str:
    dose = exercise.dose
    text = exercise.dose_summary()
    if dose.sets > 1 and dose.rest_s:
        text += LibraryWords.tr(", {seconds} s rest between sets").format(seconds=dose.rest_s)
    if dose.reps is not None:
        text += LibraryWords.tr(". Each rep: {tempo}").format(tempo=tempo_words(dose.tempo, exercise.effort))
    return text


class _Section(QWidget):
    """A heading over rich text, read by screen readers as one labelled block."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(2)
        self.heading = PlainLabel(title)
        style(self.heading, "font-weight: 600; font-size: {size:1.2};")
        self.body = rich_label()  # the list markup is HipDesk's; each item is escaped
        self.body.setWordWrap(True)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.setAccessibleName(title)
        layout.addWidget(self.heading)
        layout.addWidget(self.body)

    def set_items(self, items: tuple[str, ...], ordered: bool = False) -> None:
        self.setVisible(bool(items))
        self.body.setText(_items_html(items, ordered))
        self.body.setAccessibleDescription(" ".join(items))

    def plain_text(self) -> str:
        return self.body.accessibleDescription()


class ExerciseDetailView(QWidget):
    """Everything about one exercise: figure, dose, steps, cues, mistakes, safety and variations.

    Signals:
    play_requested(object): "Play now" was pressed for this Exercise.
    add_to_routine_requested(str): "Add to routine" was pressed for this exercise id.
    variation_chosen(str): an easier or harder variation (by id) was chosen.
    favourite_toggled(str, bool): the star of this exercise id was switched on (True) or off.
    close_requested(): the pane's close button was pressed.
    """

    play_requested = Signal(object)
    add_to_routine_requested = Signal(str)
    variation_chosen = Signal(str)
    favourite_toggled = Signal(str, bool)
    close_requested = Signal()

    def __init__(self, library: Mapping[str, Exercise], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._exercise: Exercise | None = None
        self._profile = HealthProfile()
        self.setAccessibleName(self.tr("Exercise details"))
        self.setMinimumWidth(360)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 12, 12)
        outer.setSpacing(8)

        # Header and actions stay put while the text below scrolls.
        title_row = QHBoxLayout()
        self.title = PlainLabel()  # a routine file's exercise names are only text
        self.title.setWordWrap(True)
        style(self.title, "font-size: {size:1.9}; font-weight: 600;")
        self.title.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setAccessibleName(self.tr("Close details"))
        self.close_button.setToolTip(self.tr("Close details"))
        self.close_button.clicked.connect(self.close_requested)
        title_row.addWidget(self.title, 1)
        title_row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(title_row)

        self.facts = rich_label()
        self.facts.setWordWrap(True)
        outer.addWidget(self.facts)

        actions = QHBoxLayout()
        actions.setSpacing(8)
        self.play_button = QPushButton(self.tr("Play now"))
        self.play_button.setAccessibleName(self.tr("Play now"))
        self.play_button.setToolTip(self.tr("Start a one-exercise session in the player"))
        self.play_button.setDefault(True)
        self.play_button.setAutoDefault(True)
        self.play_button.clicked.connect(self._play)
        self.add_button = QPushButton(self.tr("Add to routine"))
        self.add_button.setAccessibleName(self.tr("Add to routine"))
        self.add_button.setToolTip(self.tr("Add this exercise to one of your routines"))
        self.add_button.setAutoDefault(True)
        self.add_button.clicked.connect(self._add)
        self.favourite_button = QToolButton()
        self.favourite_button.setCheckable(True)
        self.favourite_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.favourite_button.toggled.connect(self._favourite_button_toggled)
        for button in (self.play_button, self.add_button):
            button.setMinimumHeight(32)
        self.favourite_button.setMinimumHeight(32)
        actions.addWidget(self.play_button)
        actions.addWidget(self.add_button)
        actions.addWidget(self.favourite_button)
        actions.addStretch(1)
        outer.addLayout(actions)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Plain)
        style(line, "color: {midlight};")
        outer.addWidget(line)

        self.text_scroll = QScrollArea()
        self.text_scroll.setWidgetResizable(True)
        self.text_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.text_scroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # arrows and Page Up/Down read on
        self.text_scroll.setAccessibleName(self.tr("Exercise text"))
        self.text_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        self.body_layout = QVBoxLayout(body)
        self.body_layout.setContentsMargins(0, 4, 10, 4)
        self.body_layout.setSpacing(10)

        self.figure_frame = QFrame()
        self.figure_frame.setObjectName("figureFrame")
        self.figure_frame.setFixedHeight(FIGURE_HEIGHT)
        self.figure_frame.setAccessibleName(self.tr("Figure showing the movement"))
        self.figure_layout = QVBoxLayout(self.figure_frame)
        self.figure_layout.setContentsMargins(8, 8, 8, 8)
        self.figure = FigureWidget(self.figure_frame)
        self.figure_layout.addWidget(self.figure)
        self.body_layout.addWidget(self.figure_frame)

        self.dose = rich_label()
        self.dose.setWordWrap(True)
        self.dose.setAccessibleName(self.tr("Dose"))
        self.summary = PlainLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Summary"))
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.works = rich_label()
        self.works.setWordWrap(True)
        self.works.setAccessibleName(self.tr("Targets, equipment and position"))
        self._build_not_advised()
        for label in (self.dose, self.summary, self.works):
            self.body_layout.addWidget(label)

        self.steps = _Section(self.tr("Steps"))
        self.cues = _Section(self.tr("Key cues"))
        self.mistakes = _Section(self.tr("Common mistakes"))
        self.safety = _Section(self.tr("Safety"))
        self.precautions = _Section(self.tr("Precautions"))
        for section in (self.steps, self.cues, self.mistakes, self.safety, self.precautions):
            self.body_layout.addWidget(section)

        self.variations = QWidget()
        self.variations.setAccessibleName(self.tr("Variations"))
        variations_layout = QVBoxLayout(self.variations)
        variations_layout.setContentsMargins(0, 6, 0, 0)
        variations_layout.setSpacing(4)
        heading = QLabel(self.tr("Variations"))
        style(heading, "font-weight: 600; font-size: {size:1.2};")
        variations_layout.addWidget(heading)
        # Each row's buttons wrap: one long row would widen the text past the pane and cut every paragraph.
        self.easier_caption, self.easier_holder, self.easier_row = self._variation_row(
            variations_layout, self.tr("Easier"), self.tr("Easier variations")
        )
        self.harder_caption, self.harder_holder, self.harder_row = self._variation_row(
            variations_layout, self.tr("Harder"), self.tr("Harder variations")
        )
        self.variation_buttons: list[QPushButton] = []
        self.body_layout.addWidget(self.variations)

        self.dose_why = PlainLabel()
        self.dose_why.setWordWrap(True)
        self.dose_why.setAccessibleName(self.tr("Why this dose"))
        style(self.dose_why, "color: {muted}; font-size: {size:1.0};")
        self.body_layout.addWidget(self.dose_why)
        self.body_layout.addStretch(1)

        self.text_scroll.setWidget(body)
        outer.addWidget(self.text_scroll, 1)
        theme_signals().changed.connect(self._theme_changed)
        self._set_favourite_look(False)

    @staticmethod
    def _variation_row(column: QVBoxLayout, label: str, holder_name: str) -> tuple[QLabel, QWidget, FlowLayout]:
        caption = PlainLabel(label)
        caption.setMinimumWidth(52)
        style(caption, "color: {muted};")
        holder, flow = flow_row()
        holder.setAccessibleName(holder_name)
        row = QHBoxLayout()
        row.addWidget(caption, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(holder, 1)
        column.addLayout(row)
        return caption, holder, flow

    def _build_not_advised(self) -> None:
        """A framed note at the top of the text when the health profile rules the exercise out."""
        self.not_advised = QFrame()
        self.not_advised.setObjectName("notAdvised")
        self.not_advised.setAccessibleName(self.tr("Not advised for you"))
        style(
            self.not_advised,
            "QFrame#notAdvised {{ border: 1px solid {caution}; border-left: 4px solid {caution};"
            " border-radius: 6px; }}",
        )
        box = QVBoxLayout(self.not_advised)
        box.setContentsMargins(10, 8, 10, 8)
        box.setSpacing(6)
        heading = QLabel(self.tr("Not advised for you"))
        style(heading, "font-weight: 600; color: {caution};")
        self.not_advised_text = PlainLabel()
        self.not_advised_text.setObjectName("notAdvisedText")
        self.not_advised_text.setWordWrap(True)
        self.not_advised_text.setAccessibleName(self.tr("Why it is not advised"))
        self.safer_button = QPushButton()
        self.safer_button.setAutoDefault(True)
        self.safer_button.clicked.connect(self._open_safer)
        box.addWidget(heading)
        box.addWidget(self.not_advised_text)
        box.addWidget(self.safer_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._safer_id: str | None = None
        self.not_advised.hide()
        self.body_layout.insertWidget(0, self.not_advised)

    # ---- content -----------------------------------------------------------------------------------------
    @property
    def exercise(self) -> Exercise | None:
        return self._exercise

    def set_profile(self, profile: HealthProfile) -> None:
        """Judge exercises against this health profile from now on (the one shown is judged again)."""
        self._profile = profile
        if self._exercise is not None:
            self._show_dose(self._exercise)
            self._show_concerns(self._exercise)

    def _show_facts(self, exercise: Exercise) -> None:
        colour = current().phase_text[exercise.phase]
        chips = [f"<span style='color:{colour}; font-weight:600'>● {html.escape(exercise.phase.label)}</span>"]
        if exercise.per_side:
            chips.append(html.escape(self.tr("Each side")))
        chips.append(html.escape(exercise.position.label))
        chips.append(html.escape(difficulty_labels().get(exercise.difficulty, str(exercise.difficulty))))
        if exercise.desk_friendly:
            chips.append(html.escape(self.tr("Desk-friendly")))
        if exercise.custom:  # the routine's name is the person's text: escaped, never markup
            chips.append(html.escape(self.tr("From your routine “{routine}”").format(routine=exercise.from_routine)))
        self.facts.setText("&nbsp;&nbsp;·&nbsp;&nbsp;".join(chips))

    def _theme_changed(self) -> None:
        """The phase's colour and the muted note are written into the text: write them again in the new theme."""
        if self._exercise is not None:
            self._show_facts(self._exercise)
            self._show_dose(self._exercise)

    def _show_dose(self, exercise: Exercise) -> None:
        heading = self.tr("Dose")
        text = f"<b>{heading}</b>&nbsp;&nbsp;{html.escape(_dose_text(exercise))}"
        if self._profile.older_adult and exercise.phase is Phase.STRETCH:
            low, high = OLDER_ADULT_HOLD_S
            advice = self.tr(
                "From 65, holds of {low} to {high} s suit stretching best; "
                "as you progress, HipDesk lengthens them first."
            ).format(low=low, high=high)
            text += f"<br><span style='color: {current().muted}'>{html.escape(advice)}</span>"
        self.dose.setText(text)

    def _show_concerns(self, exercise: Exercise) -> None:
        found = concerns(exercise, self._profile)
        self.not_advised.setVisible(bool(found))
        if not found:
            self._safer_id = None
            return
        lines = [c.message for c in found]
        safer = safer_variation(exercise, self._library, self._profile)
        if safer is None:
            lines.append(
                self.tr(
                    "The library has no safer variation of it: leave it out, or ask your physiotherapist. "
                    "If you have been cleared to do it: {adapt}"
                ).format(adapt=" ".join(dict.fromkeys(c.adapt for c in found)))
            )
        self.not_advised_text.setText("\n".join(lines))
        self._safer_id = safer.id if safer is not None else None
        self.safer_button.setVisible(safer is not None)
        if safer is not None:
            self.safer_button.setText(self.tr("Safer variation: {name} →").format(name=safer.name))
            self.safer_button.setAccessibleName(self.tr("Open the safer variation, {name}").format(name=safer.name))

    def _open_safer(self) -> None:
        if self._safer_id is not None:
            self.variation_chosen.emit(self._safer_id)

    def show_exercise(self, exercise: Exercise, favourite: bool) -> None:
        self._exercise = exercise
        self.title.setText(exercise.name)
        self.title.setAccessibleName(exercise.name)
        style(
            self.figure_frame,
            "QFrame#figureFrame {{ background: {tint}; border-radius: 10px; }}",
            tint=f"@phase_tint_{exercise.phase.value}",
        )
        self._show_facts(exercise)
        self._show_dose(exercise)
        self.summary.setText(exercise.summary)
        targets = ", ".join(r.label for r in exercise.targets)
        equipment = ", ".join(e.label for e in exercise.equipment if e is not Equipment.NONE) or Equipment.NONE.label
        works, gear = self.tr("Works"), self.tr("Equipment")
        self.works.setText(
            f"<b>{works}</b>&nbsp;&nbsp;{html.escape(targets)}<br><b>{gear}</b>&nbsp;&nbsp;{html.escape(equipment)}"
        )
        self.steps.set_items(exercise.steps, ordered=True)
        self.cues.set_items(exercise.cues)
        self.mistakes.set_items(exercise.mistakes)
        self.safety.set_items(exercise.safety)
        self.precautions.set_items(tuple(f"{p.label}: {p.description}" for p in exercise.precautions))
        self._show_concerns(exercise)
        self._show_variations(exercise)
        self.dose_why.setText(self.tr("Why this dose: {why}").format(why=exercise.dose_why))
        self.dose_why.setVisible(bool(exercise.dose_why))

        self.favourite_button.blockSignals(True)
        self.favourite_button.setChecked(favourite)
        self.favourite_button.blockSignals(False)
        self._set_favourite_look(favourite)
        self.text_scroll.verticalScrollBar().setValue(0)
        self._show_figure(exercise)

    def set_favourite(self, on: bool) -> None:
        """Follow a star toggled elsewhere (on the card)."""
        self.favourite_button.blockSignals(True)
        self.favourite_button.setChecked(on)
        self.favourite_button.blockSignals(False)
        self._set_favourite_look(on)

    def _show_variations(self, exercise: Exercise) -> None:
        for button in self.variation_buttons:
            button.hide()  # gone at once, not when the event loop next deletes it
            button.deleteLater()
        self.variation_buttons = []
        for row in (self.easier_row, self.harder_row):
            while row.takeAt(0) is not None:
                pass
        shown = False
        for caption, holder, row, ids, arrow, naming in (
            (
                self.easier_caption,
                self.easier_holder,
                self.easier_row,
                exercise.easier,
                "←",
                self.tr("Easier variation: {name}"),
            ),
            (
                self.harder_caption,
                self.harder_holder,
                self.harder_row,
                exercise.harder,
                "→",
                self.tr("Harder variation: {name}"),
            ),
        ):
            known = [i for i in ids if i in self._library]
            caption.setVisible(bool(known))
            holder.setVisible(bool(known))
            shown = shown or bool(known)
            for exercise_id in known:
                name = self._library[exercise_id].name
                button = QPushButton(mnemonic_safe(f"{arrow} {name}" if arrow == "←" else f"{name} {arrow}"))
                button.setAccessibleName(naming.format(name=name))
                button.setToolTip(plain_tooltip(self.tr("Open {name}").format(name=name)))
                button.setAutoDefault(True)
                button.clicked.connect(lambda _checked=False, i=exercise_id: self.variation_chosen.emit(i))
                row.addWidget(button)
                self.variation_buttons.append(button)
        self.variations.setVisible(shown)

    # ---- figure ------------------------------------------------------------------------------------------
    def _show_figure(self, exercise: Exercise) -> None:
        # The demo loop sleeps by itself while the pane is hidden.
        alternates = exercise.rep_pattern is RepPattern.ALTERNATE_SIDES
        self.figure.set_exercise(exercise.pose_id, Side.LEFT if exercise.per_side else Side.NONE, alternates=alternates)
        dose = exercise.dose
        reps = dose.reps is not None
        self.figure.start_demo(RepRhythm(dose.tempo, exercise.effort, exercise.rep_pattern) if reps else None)

    # ---- actions -----------------------------------------------------------------------------------------
    def _play(self) -> None:
        if self._exercise is not None:
            self.play_requested.emit(self._exercise)

    def _add(self) -> None:
        if self._exercise is not None:
            self.add_to_routine_requested.emit(self._exercise.id)

    def _favourite_button_toggled(self, on: bool) -> None:
        self._set_favourite_look(on)
        if self._exercise is not None:
            self.favourite_toggled.emit(self._exercise.id, on)

    def _set_favourite_look(self, on: bool) -> None:
        favourite = self.tr("Favourite")
        self.favourite_button.setText(f"{STAR_ON if on else STAR_OFF} {favourite}")
        name = self.tr("Remove from favourites") if on else self.tr("Add to favourites")
        self.favourite_button.setAccessibleName(name)
        self.favourite_button.setToolTip(self.tr("{action} (Ctrl+D)").format(action=name))

    def text_for_reading(self) -> str:
        """All the pane's words in reading order (what a screen reader would walk through)."""
        parts = [self.title.text()]
        if self.not_advised.isVisibleTo(self):
            parts += [self.tr("Not advised for you"), self.not_advised_text.text()]
        parts += [self.dose.text(), self.summary.text()]
        for section in (self.steps, self.cues, self.mistakes, self.safety, self.precautions):
            if section.isVisibleTo(self):
                parts.append(section.heading.text())
                parts.append(section.plain_text())
        return "\n".join(parts)
