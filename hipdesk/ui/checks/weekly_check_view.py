"""The weekly mobility check, one check at a time, then a summary with comparisons and suggested exercises.

Each check page shows the figure, how to do the check and how to measure it, and an input per side in the right
unit. A check can be skipped (nothing is stored for it). Reaching the summary saves the week (replacing anything
saved earlier the same week) and announces it with ``services.events.checks_recorded``.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hipdesk.domain.assessment import (
    FOLLOW_UP_ROUTINE_NAME,
    CheckDefinition,
    CheckSummary,
    CheckValue,
    MeasureSummary,
    SideVerdict,
    Suggestion,
    checks,
)
from hipdesk.domain.dates import long_date
from hipdesk.domain.exercise import Side
from hipdesk.domain.health import Concern, concerns
from hipdesk.domain.weekly import week_start
from hipdesk.domain.words import Words
from hipdesk.storage.errors import StorageError
from hipdesk.ui.accessibility import name_combo
from hipdesk.ui.checks.measure_entry import MeasureEntry
from hipdesk.ui.checks.photo_panel import PhotoPanel, degree_measures
from hipdesk.ui.figure.figure_widget import FigureWidget
from hipdesk.ui.plain_text import PlainLabel, markup, rich_label
from hipdesk.ui.problems import show_problem
from hipdesk.ui.services import Services
from hipdesk.ui.theme import list_style, style
from hipdesk.usecases.health_profile import read_health_profile
from hipdesk.usecases.weekly_check import WeeklyCheck

FIGURE_SIZE = 250
NEW_ROUTINE = ""


class CheckWords(Words):
    """The weekly check's words outside its Qt classes."""


def _muted(label: QLabel) -> QLabel:
    style(label, "color: {muted};")
    return label


def _wrapped(text: str, rich: bool = False) -> QLabel:
    """A wrapped label: plain text, or HipDesk's own markup (data in it escaped) when ``rich``."""
    label = rich_label(text) if rich else PlainLabel(text)
    label.setWordWrap(True)
    return label


class CheckPage(QWidget):
    """One check: how to do it, how to measure it, and its inputs. Signals: none."""

    def __init__(
        self,
        check: CheckDefinition,
        steps: tuple[str, ...],
        concerns: tuple[Concern, ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.check = check
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.setSpacing(8)
        self.not_advised: QLabel | None = None
        if concerns:  # the health profile rules this check out: say so first; skipping it is fine
            words = " ".join(c.message for c in concerns)
            self.not_advised = _wrapped(
                self.tr("Not advised for you: {concerns} Skip this check, or keep within: {adapt}").format(
                    concerns=words, adapt=" ".join(dict.fromkeys(c.adapt for c in concerns))
                )
            )
            self.not_advised.setObjectName("checkNotAdvised")
            self.not_advised.setAccessibleName(self.tr("Not advised for you"))
            style(self.not_advised, "color: {caution}; font-weight: 600;")
            layout.addWidget(self.not_advised)
        how_heading = html.escape(self.tr("How to do it"))
        how = _wrapped(
            f"<b>{how_heading}</b><ol style='{list_style()}'>"
            + "".join(f"<li style='margin-bottom:3px'>{html.escape(s)}</li>" for s in steps)
            + "</ol>",
            rich=True,
        )
        how.setAccessibleName(self.tr("How to do the {check} check").format(check=check.title))
        layout.addWidget(how)
        measure_heading = self.tr("How to measure")
        measuring = _wrapped(f"<b>{html.escape(measure_heading)}</b><br>{html.escape(check.measuring)}", rich=True)
        measuring.setAccessibleName(measure_heading)
        layout.addWidget(measuring)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(line)
        self.entries = [MeasureEntry(m) for m in check.measures]
        for entry in self.entries:
            layout.addWidget(entry)
        layout.addStretch(1)
        self._body_layout = layout
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def values(self) -> list[CheckValue]:
        return [v for entry in self.entries for v in entry.values()]

    def problems(self) -> list[str]:
        return [p for entry in self.entries for p in entry.problems()]

    def clear(self) -> None:
        for entry in self.entries:
            entry.clear()

    def set_values(self, values: list[CheckValue]) -> None:
        for entry in self.entries:
            entry.set_values(values)

    def focus_first(self) -> None:
        self.entries[0].first_input.setFocus(Qt.FocusReason.TabFocusReason)

    def add_below_entries(self, widget: QWidget) -> None:
        self._body_layout.insertWidget(self._body_layout.count() - 1, widget)  # above the closing stretch

    def set_measured(self, measure_id: str, side: str, value: float) -> None:
        """Put a value measured elsewhere (on a photo) into its field, where it can still be changed."""
        for entry in self.entries:
            if entry.measure.id == measure_id:
                entry.show_number(Side(side), value)


def _values_text(summary: MeasureSummary) -> str:
    parts = []
    for value in summary.values:
        shown = value.unit.show(value.value)
        if value.side is Side.LEFT:
            parts.append(CheckWords.tr("Left {value}").format(value=shown))
        elif value.side is Side.RIGHT:
            parts.append(CheckWords.tr("Right {value}").format(value=shown))
        else:
            parts.append(shown)
    return " · ".join(parts)


class SummaryPage(QWidget):
    """The week's results against typical ranges, the other side and the last check; then suggested exercises.

    Signals:
    add_requested(str): add the ticked suggestions to the routine with this id ("" for a new follow-up routine).
    """

    add_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroller)
        self.flag_labels: dict[str, QLabel] = {}
        self.suggestion_boxes: list[tuple[QCheckBox, Suggestion]] = []
        self.target = QComboBox()
        name_combo(self.target, self.tr("Routine to add the exercises to"))
        self.add_button = QPushButton(self.tr("&Add to a routine"))
        self.add_button.setAccessibleName(self.tr("Add the ticked exercises to a routine"))
        self.add_button.clicked.connect(lambda: self.add_requested.emit(str(self.target.currentData() or "")))
        self.status = _wrapped("")
        self.status.setObjectName("addStatus")
        self.status.setAccessibleName(self.tr("Add to a routine: result"))

    def show_summary(
        self,
        summary: CheckSummary,
        skipped: list[str],
        exercise_names: dict[str, str],
        routines: list[tuple[str, str]],
    ) -> None:
        """Rebuild the page. ``routines`` are (id, name) of user routines the suggestions can go into."""
        self.flag_labels.clear()
        self.suggestion_boxes.clear()
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.setSpacing(10)
        saved = _muted(_wrapped(self.tr("Saved for the week of {day}.").format(day=long_date(summary.week_start))))
        layout.addWidget(saved)
        if not summary.measures:
            layout.addWidget(_wrapped(self.tr("Every check was skipped, so there is nothing to compare this week.")))
        for ms in summary.measures:
            layout.addWidget(self._measure_card(ms))
        if skipped:
            layout.addWidget(_muted(_wrapped(self.tr("Skipped: {checks}.").format(checks=", ".join(skipped)))))
        layout.addWidget(self._suggestions(summary.suggestions, exercise_names, routines))
        disclaimer = self.tr(
            "HipDesk compares and suggests; it does not diagnose. Pain that is sharp, catches or lingers is worth "
            "showing to a physiotherapist or doctor."
        )
        layout.addWidget(_muted(_wrapped(disclaimer)))
        layout.addStretch(1)
        self.scroller.setWidget(body)

    def _measure_card(self, ms: MeasureSummary) -> QWidget:
        card = QFrame()
        card.setObjectName(f"result:{ms.measure.id}")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QVBoxLayout(card)
        grid.setContentsMargins(12, 8, 12, 8)
        grid.setSpacing(3)
        head = QHBoxLayout()
        title = rich_label(markup("<b>{}</b>", ms.measure.label))
        values = PlainLabel(_values_text(ms))
        values.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        head.addWidget(title, 1)
        head.addWidget(values)
        grid.addLayout(head)
        lines: list[str] = []
        if ms.observation:
            typical = f" ({ms.measure.typical_text})" if ms.limited_sides and ms.measure.typical_text else ""
            lines.append(ms.observation.rstrip(".") + typical + ".")
        if ms.changes:
            lines.append(
                self.tr("Since the last check: {changes}.").format(changes="; ".join(c.message for c in ms.changes))
            )
        if lines:
            grid.addWidget(_muted(_wrapped("\n".join(lines))))
        if ms.sides is not None:
            flagged = ms.sides.verdict is SideVerdict.FLAGGED
            said = (
                self.tr("Worth attention: {finding}").format(finding=ms.sides.message) if flagged else ms.sides.message
            )
            sides = _wrapped(said)
            sides.setAccessibleName(self.tr("{measure}: left and right").format(measure=ms.measure.label))
            if flagged:
                sides.setObjectName(f"flag:{ms.measure.id}")
                style(sides, "color: {caution}; font-weight: 600;")
                self.flag_labels[ms.measure.id] = sides
            grid.addWidget(sides)
        card.setAccessibleName(f"{ms.measure.label}: {_values_text(ms)}")
        return card

    def _suggestions(
        self, suggestions: tuple[Suggestion, ...], names: dict[str, str], routines: list[tuple[str, str]]
    ) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(QLabel(self.tr("<b>Exercises that work on what you found</b>")))
        if not suggestions:
            layout.addWidget(_muted(_wrapped(self.tr("Nothing stands out this week: keep your usual routine."))))
            return box
        for s in suggestions:
            extra = []
            if s.extra_sets_left:
                extra.append(self.tr("+%n round(s) on the left", "", s.extra_sets_left))
            if s.extra_sets_right:
                extra.append(self.tr("+%n round(s) on the right", "", s.extra_sets_right))
            text = names.get(s.exercise_id, s.exercise_id) + (f" ({', '.join(extra)})" if extra else "")
            check = QCheckBox(self.tr("{exercise}  ·  for: {reason}").format(exercise=text, reason=s.because))
            check.setChecked(True)
            check.setObjectName(f"suggestion:{s.exercise_id}")
            check.setToolTip(self.tr("Because {reason}.").format(reason=s.because))
            check.setAccessibleName(self.tr("{exercise}, because {reason}").format(exercise=text, reason=s.because))
            layout.addWidget(check)
            self.suggestion_boxes.append((check, s))
        row = QHBoxLayout()
        row.setContentsMargins(0, 6, 0, 0)
        self.target.clear()
        self.target.addItem(self.tr("New routine: {name}").format(name=FOLLOW_UP_ROUTINE_NAME()), NEW_ROUTINE)
        for routine_id, name in routines:
            self.target.addItem(name, routine_id)
        label = QLabel(self.tr("&Into:"))
        label.setBuddy(self.target)
        row.addWidget(label)
        row.addWidget(self.target, 1)
        row.addWidget(self.add_button)
        layout.addLayout(row)
        self.status.setText("")
        layout.addWidget(self.status)
        return box

    def chosen(self) -> list[Suggestion]:
        return [s for check, s in self.suggestion_boxes if check.isChecked()]


class WeeklyCheckView(QWidget):
    """The guided weekly check: one page per check, then the summary.

    Signals:
    page_changed(int): the page now shown (0 .. len(checks()) - 1 for checks, len(checks()) for the summary).
    week_saved(str): the week's values were saved; the week's Monday as an ISO date.
    routine_updated(object): suggestions were added to this hipdesk.domain.routine.Routine (as stored).
    closed(): the person pressed Done.
    """

    page_changed = Signal(int)
    week_saved = Signal(str)
    routine_updated = Signal(object)
    closed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.week = week_start(services.wall.today())  # the week the check was started in
        # Values already saved this week are filled in, so doing the check again corrects it rather than wiping it.
        self.checks = WeeklyCheck(services.checks, services.routines, services.library)
        self.stored = self.checks.stored(self.week)
        self.summary: CheckSummary | None = None
        self.setAccessibleName(self.tr("Weekly mobility check"))
        library = services.library
        self._steps = [library[c.id].steps if c.id in library else () for c in checks()]
        self._pages: list[CheckPage | None] = [None] * len(checks())  # built when first shown: rich text is slow
        self.summary_page = SummaryPage()
        self.summary_page.add_requested.connect(self.add_to_routine)

        self.title = PlainLabel()
        style(self.title, "font-size: {size:1.65}; font-weight: 600;")
        self.title.setAccessibleName(self.tr("Check"))
        self.step_label = _muted(PlainLabel())
        self.progress = QProgressBar()
        self.progress.setRange(0, len(checks()))
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(6)
        self.progress.setAccessibleName(self.tr("Progress through the checks"))

        self.figure = FigureWidget()
        self.figure.setFixedSize(FIGURE_SIZE, FIGURE_SIZE)
        self.stack = QStackedWidget()
        for _check in checks():
            self.stack.addWidget(QWidget())
        self.stack.addWidget(self.summary_page)

        self.error = PlainLabel()  # may quote what was typed
        self.error.setObjectName("entryProblem")
        self.error.setWordWrap(True)
        style(self.error, "color: {caution};")
        self.error.setAccessibleName(self.tr("Problem with a value"))
        self.error.hide()

        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.setAccessibleName(self.tr("Back to the previous check"))
        self.skip_button = QPushButton(self.tr("&Skip this check"))
        self.skip_button.setAccessibleName(self.tr("Skip this check; nothing is stored for it"))
        self.next_button = QPushButton(self.tr("&Next"))
        self.next_button.setAccessibleName(self.tr("Next check"))
        self.next_button.setDefault(True)
        self.done_button = QPushButton(self.tr("&Done"))
        self.done_button.setAccessibleName(self.tr("Close the weekly check"))
        self.back_button.clicked.connect(self.go_back)
        self.skip_button.clicked.connect(self.skip)
        self.next_button.clicked.connect(self.go_next)
        self.done_button.clicked.connect(self.closed)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(key), self, self.go_next)

        header = QVBoxLayout()
        header.setSpacing(2)
        header.addWidget(self.step_label)
        header.addWidget(self.title)
        header.addWidget(self.progress)
        body = QHBoxLayout()
        body.setSpacing(18)
        body.addWidget(self.figure, 0, Qt.AlignmentFlag.AlignTop)
        body.addWidget(self.stack, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(12)
        layout.addLayout(header)
        layout.addLayout(body, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.show_page(0)

    # ---- navigation ------------------------------------------------------------------------------------------
    def page(self, index: int) -> CheckPage:
        """The page of check ``index``, built on first use."""
        page = self._pages[index]
        if page is None:
            check = checks()[index]
            exercise = self.services.library.get(check.id)
            found = concerns(exercise, read_health_profile(self.services.settings)) if exercise is not None else ()
            page = CheckPage(check, self._steps[index], found)
            page.set_values([v for v in self.stored if v.measure_id in self._measure_ids(index)])
            if degree_measures(page.check):  # angles can be measured on a photo
                panel = PhotoPanel(self.services, page.check, self.week)
                panel.value_measured.connect(page.set_measured)
                page.add_below_entries(panel)
            holder = self.stack.widget(index)
            self.stack.insertWidget(index, page)
            if holder is not None:
                self.stack.removeWidget(holder)
                holder.deleteLater()
            self._pages[index] = page
        return page

    @staticmethod
    def _measure_ids(index: int) -> set[str]:
        return {m.id for m in checks()[index].measures}

    @property
    def index(self) -> int:
        return self.stack.currentIndex()

    @property
    def on_summary(self) -> bool:
        return self.index == len(checks())

    def show_page(self, index: int) -> None:
        self.error.hide()
        if index < len(checks()):
            self.page(index)  # built before it becomes current, so the stack's current page stays put
        self.stack.setCurrentIndex(index)
        on_summary = index == len(checks())
        self.figure.setVisible(not on_summary)
        self.skip_button.setVisible(not on_summary)
        self.next_button.setVisible(not on_summary)
        self.done_button.setVisible(on_summary)
        self.back_button.setEnabled(index > 0)
        self.progress.setValue(index)
        if on_summary:
            self.figure.stop_demo()
            self.title.setText(self.tr("This week's check"))
            self.step_label.setText(self.tr("Week of {day} · summary").format(day=long_date(self.week)))
            self.done_button.setDefault(True)
        else:
            page = self.page(index)
            self.title.setText(page.check.title)
            step = self.tr("Check {number} of {total}").format(number=index + 1, total=len(checks()))
            if self.stored:
                step += self.tr(" · this week's values are filled in; change what you like")
            self.step_label.setText(step)
            last = index == len(checks()) - 1
            self.next_button.setText(self.tr("See the s&ummary") if last else self.tr("&Next"))
            self.next_button.setAccessibleName(self.tr("Save and see the summary") if last else self.tr("Next check"))
            self.next_button.setDefault(True)
            side = Side.LEFT if page.check.measures[0].per_side else Side.NONE
            self.figure.set_exercise(page.check.id, side)
            self.figure.start_demo()
            page.focus_first()
        self.page_changed.emit(index)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """The figure works the side whose value is being entered."""
        if new is None or self.on_summary or not self.isAncestorOf(new):
            return
        side = new.objectName().rpartition(":")[2]
        if side in (Side.LEFT.value, Side.RIGHT.value) and side != self.figure.side.value:
            self.figure.set_exercise(self.figure.exercise_id, Side(side))

    def go_next(self) -> None:
        if self.on_summary:
            return
        problems = self.page(self.index).problems()
        if problems:
            self.error.setText("\n".join(problems))
            self.error.show()
            return
        if self.index == len(checks()) - 1:
            self.save_and_summarize()
        else:
            self.show_page(self.index + 1)

    def go_back(self) -> None:
        if self.index > 0:
            self.show_page(self.index - 1)

    def skip(self) -> None:
        if self.on_summary:
            return
        self.page(self.index).clear()
        if self.index == len(checks()) - 1:
            self.save_and_summarize()
        else:
            self.show_page(self.index + 1)

    # ---- saving and the summary --------------------------------------------------------------------------------
    def values(self) -> list[CheckValue]:
        values: list[CheckValue] = []
        for index, page in enumerate(self._pages):
            if page is not None:
                values.extend(page.values())
            else:  # never opened this time: keep what was stored for it
                values.extend(v for v in self.stored if v.measure_id in self._measure_ids(index))
        return values

    def save_and_summarize(self) -> CheckSummary | None:
        """Save the week and show its summary; None when it could not be saved (the person is told why, and the
        values stay on the page to save again)."""
        try:
            saved = self.checks.save(self.week, self.values())
            routines = [(r.id, r.name) for r in self.services.routines.all()]
        except StorageError as exc:
            show_problem(self, exc)
            return None
        self.stored = saved.week.values
        self.summary = saved.summary
        names = {e.id: e.name for e in self.services.library.values()}
        self.summary_page.show_summary(self.summary, list(saved.skipped), names, routines)
        self.show_page(len(checks()))
        iso = self.week.isoformat()
        self.week_saved.emit(iso)
        self.services.events.checks_recorded.emit(iso)
        return self.summary

    def flagged(self) -> list[str]:
        """The measure ids flagged on the summary now shown."""
        return list(self.summary_page.flag_labels)

    def add_to_routine(self, routine_id: str) -> None:
        chosen = self.summary_page.chosen()
        if not chosen:
            self.summary_page.status.setText(self.tr("Tick at least one exercise to add."))
            return
        try:
            added = self.checks.add_to_routine(routine_id, chosen)
        except StorageError as exc:
            show_problem(self, exc)
            return
        stored = added.routine
        self.services.events.routines_changed.emit()
        if not added.created:
            text = self.tr(
                "Added %n exercise(s) to “{routine}”. Its earlier version stays in your history.", "", added.count
            ).format(routine=stored.name)
        else:
            text = self.tr("Created “{routine}” with %n exercise(s). Find it under Routines.", "", added.count).format(
                routine=stored.name
            )
        self.summary_page.status.setText(text)
        self.routine_updated.emit(stored)


class WeeklyCheckDialog(QDialog):
    """The weekly check in its own window. Signals: none of its own (see WeeklyCheckView)."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weeklyCheckDialog")
        self.setWindowTitle(self.tr("Weekly mobility check"))
        self.setAccessibleName(self.tr("Weekly mobility check"))
        self.view = WeeklyCheckView(services, self)
        self.view.closed.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.resize(940, 640)
