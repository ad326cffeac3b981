"""The end of a session: how long, what was done, how it felt, notes, and an optional pain rating."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from hipdesk.domain.completion import WorkDone, completion_text
from hipdesk.domain.durations import format_duration
from hipdesk.domain.exercise import Exercise, Side
from hipdesk.domain.player import SessionSummary, StepRecord
from hipdesk.domain.words import QT_TRANSLATE_NOOP, Words
from hipdesk.ui.plain_text import PlainLabel
from hipdesk.ui.player.pain_dialog import PainSlider
from hipdesk.ui.theme import style

# Alt+H opens the Help menu
FEELINGS = (
    ("easy", QT_TRANSLATE_NOOP("SummaryView", "Too &easy"), QT_TRANSLATE_NOOP("SummaryView", "It felt too easy")),
    (
        "right",
        QT_TRANSLATE_NOOP("SummaryView", "About &right"),
        QT_TRANSLATE_NOOP("SummaryView", "It felt about right"),
    ),
    ("hard", QT_TRANSLATE_NOOP("SummaryView", "Too har&d"), QT_TRANSLATE_NOOP("SummaryView", "It felt too hard")),
)


class SummaryWords(Words):
    """The lines of what a session did."""


def _sets_cut_short(side: Side, count: int) -> str:
    if side is Side.LEFT:
        return SummaryWords.tr("left %n set(s) cut short", "", count)
    if side is Side.RIGHT:
        return SummaryWords.tr("right %n set(s) cut short", "", count)
    return SummaryWords.tr("%n set(s) cut short", "", count)


def _sets_done(side: Side, count: int, amount: str) -> str:
    if side is Side.LEFT:
        text = SummaryWords.tr("left %n set(s), {amount}", "", count)
    elif side is Side.RIGHT:
        text = SummaryWords.tr("right %n set(s), {amount}", "", count)
    else:
        text = SummaryWords.tr("%n set(s), {amount}", "", count)
    return text.format(amount=amount)


def done_lines(steps: tuple[StepRecord, ...], library: Mapping[str, Exercise]) -> list[str]:
    """One line per exercise, in the order done: sets per side and the time or reps they took."""
    order: list[str] = []
    by_exercise: dict[str, list[StepRecord]] = {}
    for step in steps:
        if step.exercise_id not in by_exercise:
            order.append(step.exercise_id)
            by_exercise[step.exercise_id] = []
        by_exercise[step.exercise_id].append(step)
    lines = []
    for exercise_id in order:
        records = by_exercise[exercise_id]
        name = library[exercise_id].name if exercise_id in library else exercise_id
        parts = []
        for side in (Side.NONE, Side.LEFT, Side.RIGHT):
            done = [r for r in records if r.side is side and not r.skipped]
            skipped = [r for r in records if r.side is side and r.skipped]
            if not done and not skipped:
                continue
            if not done:  # "right 1 set cut short", not "right 0 sets, 0 s (1 cut short)"
                parts.append(_sets_cut_short(side, len(skipped)))
                continue
            if done[0].planned_reps is not None:
                amount = SummaryWords.tr("%n rep(s)", "", sum(r.actual_reps or 0 for r in done))
            else:
                amount = format_duration(sum(r.actual_s for r in done))
            text = _sets_done(side, len(done), amount)
            if skipped:
                text += SummaryWords.tr(" ({count} cut short)").format(count=len(skipped))
            parts.append(text)
        lines.append(SummaryWords.tr("{exercise}: {parts}").format(exercise=name, parts="; ".join(parts)))
    return lines


class SummaryView(QWidget):
    """Shown when a session ends.

    Signals:
    reflection_saved(object, str, object): feeling ("easy" / "right" / "hard" or None), notes, pain after (int or
        None).
    closed(): the person is done with the summary.
    """

    reflection_saved = Signal(object, str, object)
    closed = Signal()

    def __init__(self, library: Mapping[str, Exercise], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._saved = False
        self.title = PlainLabel()
        style(self.title, "font-size: {size:2.3}; font-weight: 600;")
        self.facts = PlainLabel()  # starts with the routine's name
        style(self.facts, "font-size: {size:1.3};")
        self.facts.setAccessibleName(self.tr("Session facts"))
        self.completion = PlainLabel()
        self.completion.setObjectName("completionNote")
        self.completion.setWordWrap(True)
        self.completion.setAccessibleName(self.tr("How this session counts"))
        style(self.completion, "color: {muted};")
        self.completion.hide()
        self.done = PlainLabel()
        self.done.setWordWrap(True)
        self.done.setAccessibleName(self.tr("What was done"))
        style(self.done, "font-size: {size:1.15};")

        self.feeling_group = QButtonGroup(self)
        feeling_row = QHBoxLayout()
        feeling_row.addWidget(QLabel(self.tr("How did it feel?")))
        for key, label, name in FEELINGS:
            button = QRadioButton(QCoreApplication.translate("SummaryView", label))
            button.setAccessibleName(QCoreApplication.translate("SummaryView", name))
            button.setProperty("feeling", key)
            self.feeling_group.addButton(button)
            feeling_row.addWidget(button)
        feeling_row.addStretch(1)

        self.rate_pain = QCheckBox(self.tr("Rate pain &after the session:"))
        self.rate_pain.setAccessibleName(self.tr("Rate pain after the session"))
        self.pain_after = PainSlider(self.tr("Pain after the session, 0 to 10"))
        self.pain_after.setEnabled(False)
        self.rate_pain.toggled.connect(self.pain_after.setEnabled)
        pain_row = QHBoxLayout()
        pain_row.addWidget(self.rate_pain)
        pain_row.addWidget(self.pain_after, 1)

        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("Notes (optional): what felt tight, what to change next time…"))
        self.notes.setAccessibleName(self.tr("Session notes"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(80)

        self.advice = PlainLabel()
        self.advice.setWordWrap(True)
        self.advice.setAccessibleName(self.tr("Pain advice"))
        style(
            self.advice,
            "background: {warn_background}; color: {warn_text}; border: 1px solid {warn_edge}; border-radius: 6px;"
            " padding: 10px;",
        )
        self.advice.hide()

        self.save_button = QPushButton(self.tr("&Save and close"))
        self.save_button.setAccessibleName(self.tr("Save how it felt and close the summary"))
        self.save_button.setDefault(True)
        self.save_button.setMinimumHeight(38)
        self.save_button.clicked.connect(self._save)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)

        card = QFrame()
        card.setFrameShape(QFrame.Shape.StyledPanel)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(20, 20, 20, 20)
        inner.setSpacing(12)
        inner.addWidget(self.title)
        inner.addWidget(self.facts)
        inner.addWidget(self.completion)
        inner.addWidget(self.done)
        inner.addSpacing(6)
        inner.addLayout(feeling_row)
        inner.addLayout(pain_row)
        inner.addWidget(self.notes)
        inner.addWidget(self.advice)
        inner.addLayout(buttons)

        outer = QHBoxLayout(self)
        outer.setContentsMargins(24, 24, 24, 24)
        outer.addStretch(1)
        column = QVBoxLayout()
        column.addWidget(card)
        column.addStretch(1)
        outer.addLayout(column, 5)
        outer.addStretch(1)

    def show_summary(
        self,
        summary: SessionSummary,
        *,
        completed: bool,
        for_pain: bool = False,
        reached_end: bool | None = None,
        work: WorkDone | None = None,
    ) -> None:
        """``completed``: the session counts as complete. ``for_pain``: a pain stop in the last exercise ended it.
        ``reached_end`` and ``work``: how far it got, to say why a session that was not ended early is partial."""
        reached = completed if reached_end is None else reached_end
        if for_pain:
            self.title.setText(self.tr("Session stopped for pain"))
        elif completed:
            self.title.setText(self.tr("Session complete"))
        else:
            self.title.setText(
                self.tr("Session finished, mostly skipped") if reached else self.tr("Session ended early")
            )
        note = "" if work is None or for_pain else completion_text(reached, work)
        self.completion.setText(note)
        self.completion.setVisible(bool(note))
        count = len(summary.done_steps)
        work_done = self.tr("%n set(s) done, {work} of work", "", count).format(work=format_duration(summary.active_s))
        self.facts.setText(f"{summary.routine_name} · {format_duration(summary.duration_s)} · {work_done}")
        lines = done_lines(summary.steps, self._library)
        nothing = self.tr("No sets were finished this time.")
        self.done.setText("\n".join(f"•  {line}" for line in lines) if lines else nothing)
        self.feeling_group.setExclusive(False)
        for button in self.feeling_group.buttons():
            button.setChecked(False)
        self.feeling_group.setExclusive(True)
        self.rate_pain.setChecked(False)
        self.pain_after.setValue(0)
        self.notes.clear()
        self.advice.hide()
        self._saved = False
        self.save_button.setText(self.tr("&Save and close"))
        self.save_button.setAccessibleName(self.tr("Save how it felt and close the summary"))
        self.save_button.setFocus()

    def show_advice(self, text: str) -> None:
        self.advice.setText(text)
        self.advice.setVisible(bool(text))

    def feeling(self) -> str | None:
        button = self.feeling_group.checkedButton()
        return str(button.property("feeling")) if button is not None else None

    def _save(self) -> None:
        if self._saved:
            self.closed.emit()
            return
        self._saved = True
        self.save_button.setText(self.tr("&Close"))
        self.save_button.setAccessibleName(self.tr("Close the summary"))
        pain = self.pain_after.value() if self.rate_pain.isChecked() else None
        self.reflection_saved.emit(self.feeling(), self.notes.toPlainText().strip(), pain)
