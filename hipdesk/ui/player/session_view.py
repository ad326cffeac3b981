"""The screen of a playing session: a countdown readable from across the room, the side impossible to miss,
the figure in step with the clock, progress, what comes next, and a button for every control."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hipdesk.domain.exercise import Side
from hipdesk.domain.plan import Plan, Step, StepKind
from hipdesk.domain.player import PlayerState, PlayerStatus, rep_count
from hipdesk.ui.plain_text import PlainLabel, markup, rich_label
from hipdesk.ui.player.widgets import CountdownLabel, SideBadge, clock_text, countdown_text, kind_text, set_text
from hipdesk.ui.theme import style, theme_signals

# The countdown's colour says what kind of step it is (slate get ready, green rest, violet switch sides); none of
# them is a side colour, so blue and amber always mean LEFT and RIGHT.
ACCENTS = {StepKind.REST: "rest", StepKind.SWITCH: "switch", StepKind.GET_READY: "get_ready"}  # hipdesk.ui.theme
# A question bar: a tinted surface (hipdesk.ui.theme's info or warn tone) with its own readable text colour.
BAR_STYLE = (
    "MessageBar {{ background: {surface}; border: 1px solid {edge}; border-radius: 8px; padding: 10px 14px; }}"
    " MessageBar > QLabel {{ color: {ink}; font-size: {size:1.15}; }}"
)


def _button(text: str, accessible: str, tip: str, signal: SignalInstance) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(accessible)
    button.setToolTip(tip)
    button.setMinimumHeight(36)
    button.clicked.connect(signal)
    return button


class MessageBar(QFrame):
    """A calm inline message with up to two buttons (no modal dialog in the middle of a session).

    Signals:
    accepted(): the first (default) button was pressed.
    rejected(): the second button was pressed.
    visibility_changed(bool): the bar was shown (True) or hidden (False).
    """

    accepted = Signal()
    rejected = Signal()
    visibility_changed = Signal(bool)

    def __init__(self, accessible_name: str, yes: str, no: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.text = PlainLabel()  # messages quote errors, paths and names
        self.text.setWordWrap(True)
        # Named from the start, so a screen reader never meets a nameless button (ask() renames them).
        self.yes = QPushButton()
        self.yes.setAccessibleName(yes)
        self.yes.clicked.connect(self.accepted)
        self.no = QPushButton()
        self.no.setAccessibleName(no)
        self.no.clicked.connect(self.rejected)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.yes)
        layout.addWidget(self.no)
        self.hide()

    def setVisible(self, visible: bool) -> None:
        changed = visible != self.isVisible()
        super().setVisible(visible)
        if changed:
            self.visibility_changed.emit(visible)

    def ask(self, text: str, yes: str, no: str | None, *, warn: bool = False, focus_no: bool = False) -> None:
        tone = "warn" if warn else "info"
        style(self, BAR_STYLE, surface=f"@{tone}_background", edge=f"@{tone}_edge", ink=f"@{tone}_text")
        self.text.setText(text)
        self.yes.setText(yes)
        self.yes.setAccessibleName(yes.replace("&", ""))
        self.no.setVisible(no is not None)
        if no is not None:
            self.no.setText(no)
            self.no.setAccessibleName(no.replace("&", ""))
        self.show()
        (self.no if focus_no and no is not None else self.yes).setFocus()


class SessionView(QWidget):
    """Shows a session. It only displays; the player view wires its buttons to the controller.

    Signals:
    previous_clicked(), pause_clicked(), next_clicked(), add_time_clicked(), restart_clicked(), mute_clicked(),
    mini_clicked(), full_screen_clicked(), pain_clicked(), end_clicked(): the matching button was pressed.
    """

    previous_clicked = Signal()
    pause_clicked = Signal()
    next_clicked = Signal()
    add_time_clicked = Signal()
    restart_clicked = Signal()
    mute_clicked = Signal()
    mini_clicked = Signal()
    full_screen_clicked = Signal()
    pain_clicked = Signal()
    end_clicked = Signal()

    def __init__(
        self,
        figure: QWidget,
        thumbnail: Callable[[str, int, Side], object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._thumbnail = thumbnail
        self._plan: Plan | None = None
        self._step: Step | None = None
        self._shown_seconds = -1
        self._index = -1
        self.figure = figure

        self.routine_label = PlainLabel()
        style(self.routine_label, "color: {muted}; font-size: {size:1.15};")
        self.step_count = PlainLabel()
        style(self.step_count, "color: {muted}; font-size: {size:1.15};")
        self.cue_status = PlainLabel()  # quotes the speech engine's own words
        self.cue_status.setAccessibleName(self.tr("Cue status"))
        self.cue_status.setWordWrap(True)
        self.cue_status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        style(self.cue_status, "color: {muted}; font-size: {size:1.1};")
        top = QHBoxLayout()
        top.addWidget(self.routine_label)
        top.addWidget(QLabel("·"))
        top.addWidget(self.step_count)
        top.addStretch(1)
        top.addWidget(self.cue_status, 2)

        self.kind = PlainLabel()
        self.kind.setAccessibleName(self.tr("Step kind"))
        style(self.kind, "color: {muted}; font-size: {size:1.3}; font-weight: 700; letter-spacing: 3px;")
        self.name = PlainLabel()
        self.name.setAccessibleName(self.tr("Exercise"))
        self.name.setWordWrap(True)
        style(self.name, "font-size: {size:2.5}; font-weight: 600;")
        self.side = SideBadge(3.3)
        self.set_label = PlainLabel()
        self.set_label.setAccessibleName(self.tr("Set"))
        style(self.set_label, "font-size: {size:1.8};")
        self.countdown = CountdownLabel()
        self.countdown.setAccessibleName(self.tr("Seconds left"))
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.rep_label = rich_label(" ")
        self.rep_label.setAccessibleName(self.tr("Repetition and tempo phase"))
        style(self.rep_label, "font-size: {size:2.15};")
        self.paused_label = QLabel(self.tr("Paused — press Space to carry on"))
        style(self.paused_label, "font-size: {size:1.5}; font-weight: 600; color: {caution};")
        self.paused_label.setVisible(False)
        side_row = QHBoxLayout()
        side_row.setSpacing(16)
        side_row.addWidget(self.side)
        side_row.addWidget(self.set_label)
        side_row.addStretch(1)
        info = QVBoxLayout()
        info.setSpacing(8)
        info.addStretch(1)
        info.addWidget(self.kind)
        info.addWidget(self.name)
        info.addLayout(side_row)
        info.addWidget(self.countdown, 4)  # the countdown takes the column's spare height
        info.addWidget(self.rep_label)
        info.addWidget(self.paused_label)
        info.addStretch(1)

        figure_frame = QFrame()
        figure_frame.setObjectName("figureFrame")
        style(figure_frame, "#figureFrame {{ border: 1px solid {mid}; border-radius: 12px; }}")
        figure_layout = QVBoxLayout(figure_frame)
        figure_layout.setContentsMargins(8, 8, 8, 8)
        figure_layout.addWidget(figure)
        main = QHBoxLayout()
        main.setSpacing(28)
        main.addWidget(figure_frame, 5)
        main.addLayout(info, 5)

        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(10)
        self.progress.setAccessibleName(self.tr("Routine progress"))
        self.time_left = PlainLabel()
        self.time_left.setAccessibleName(self.tr("Time left in the routine"))
        style(self.time_left, "font-size: {size:1.25};")
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.time_left)

        self.next_thumb = PlainLabel()  # a picture
        self.next_thumb.setFixedSize(QSize(56, 56))
        self.next_thumb.setAccessibleName(self.tr("Next exercise picture"))
        self.next_label = rich_label()
        self.next_label.setAccessibleName(self.tr("Next up"))
        style(self.next_label, "font-size: {size:1.25};")
        next_row = QHBoxLayout()
        next_row.addWidget(self.next_thumb)
        next_row.addWidget(self.next_label, 1)

        self.confirm_bar = MessageBar(self.tr("End the session?"), self.tr("End the session"), self.tr("Keep going"))
        self.advice_bar = MessageBar(self.tr("Pain advice"), self.tr("Carry on"), self.tr("End for today"))

        self.previous_button = _button(
            self.tr("◀  Back"), self.tr("Previous step"), self.tr("Back to the previous set (←)"), self.previous_clicked
        )
        self.pause_button = _button(
            self.tr("Pause"), self.tr("Pause or resume"), self.tr("Pause or resume (Space)"), self.pause_clicked
        )
        self.pause_button.setMinimumWidth(110)
        self.next_button = _button(
            self.tr("Next  ▶"), self.tr("Next step"), self.tr("Skip to the next step (→)"), self.next_clicked
        )
        self.add_button = _button(
            self.tr("+10 s"),
            self.tr("Add 10 seconds"),
            self.tr("Ten more seconds in this step (+)"),
            self.add_time_clicked,
        )
        self.restart_button = _button(
            self.tr("Restart step"), self.tr("Restart step"), self.tr("Start this step again (R)"), self.restart_clicked
        )
        self.mute_button = _button(
            self.tr("Mute"), self.tr("Mute cues"), self.tr("Mute or unmute the cues (M)"), self.mute_clicked
        )
        self.mini_button = _button(
            self.tr("Mini player"),
            self.tr("Mini player"),
            self.tr("A small window that stays on top of your work"),
            self.mini_clicked,
        )
        self.full_button = _button(
            self.tr("Full screen"),
            self.tr("Full screen"),
            self.tr("Full screen on or off (F)"),
            self.full_screen_clicked,
        )
        self.pain_button = _button(
            self.tr("Pain – stop"),
            self.tr("Pain stop"),
            self.tr("Stop this exercise because it hurts, and rate the pain (P)"),
            self.pain_clicked,
        )
        style(self.pain_button, "color: {danger}; font-weight: 600;")
        self.end_button = _button(
            self.tr("End"), self.tr("End session"), self.tr("End the session (Esc)"), self.end_clicked
        )
        controls = QHBoxLayout()
        for button in (self.previous_button, self.pause_button, self.next_button, self.add_button):
            controls.addWidget(button)
        controls.addWidget(self.restart_button)
        controls.addStretch(1)
        for button in (self.mute_button, self.mini_button, self.full_button):
            controls.addWidget(button)
        controls.addSpacing(16)
        controls.addWidget(self.pain_button)
        controls.addWidget(self.end_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addLayout(main, 1)
        layout.addLayout(progress_row)
        layout.addLayout(next_row)
        layout.addWidget(self.confirm_bar)
        layout.addWidget(self.advice_bar)
        layout.addLayout(controls)
        self._apply_countdown_size()
        theme_signals().changed.connect(self._theme_changed)

    # ---- content -----------------------------------------------------------------------------------------------
    def set_plan(self, plan: Plan) -> None:
        self._plan = plan
        self.routine_label.setText(plan.routine_name)
        self.confirm_bar.hide()
        self.advice_bar.hide()

    def set_step(self, index: int, step: Step) -> None:
        self._step = step
        plan = self._plan
        if plan is not None:
            exercises = 1 + max(s.item_index for s in plan.steps)
            current = min(max(step.item_index, 0) + 1, exercises)
            self.step_count.setText(self.tr("Exercise {current} of {total}").format(current=current, total=exercises))
        self.kind.setText(kind_text(step.kind))
        self.name.setText(step.title() if step.kind is StepKind.FINISH else step.exercise_name)
        self.side.set_side(step.side)
        self.set_label.setText(set_text(step))
        self.rep_label.setText(" ")
        self._apply_countdown_size()
        self._show_next(index)
        self._index = index

    def _theme_changed(self) -> None:
        if self._plan is not None and self._index >= 0:
            self._show_next(self._index)  # the next exercise's picture, drawn in the new palette

    def _show_next(self, index: int) -> None:
        plan = self._plan
        nxt = plan.next_work_step(index) if plan is not None else None
        if nxt is None:
            self.next_label.setText(self.tr("<b>Next up:</b> the end. Nearly there."))
            self.next_thumb.clear()
            return
        parts = [nxt.exercise_name]
        if nxt.side is not Side.NONE:
            parts.append(self.tr("LEFT") if nxt.side is Side.LEFT else self.tr("RIGHT"))
        if nxt.sets > 1:
            parts.append(self.tr("set {set} of {sets}").format(set=nxt.set_no, sets=nxt.sets))
        if nxt.set_no == 1:
            parts.append(nxt.dose_text())  # the routine's dose, not the library's
        self.next_label.setText(markup(self.tr("<b>Next up:</b> {}"), " · ".join(parts)))
        if self._thumbnail is not None:
            pose = self._plan.pose_id(nxt.exercise_id) if self._plan is not None else nxt.exercise_id
            pixmap = self._thumbnail(pose, 56, nxt.side if nxt.side is not Side.NONE else Side.LEFT)
            self.next_thumb.setPixmap(pixmap)  # type: ignore[arg-type]

    def set_status(self, status: PlayerStatus) -> None:
        if status.seconds_left != self._shown_seconds:
            self._shown_seconds = status.seconds_left
            self.countdown.setText(countdown_text(status.seconds_left))
        if status.step.kind is StepKind.REPS and status.rep:
            phase = status.rep_phase.label if status.rep_phase is not None else self.tr("DONE")
            rep, reps, note = rep_count(status)
            count = self.tr("Rep <b>{rep}</b> of {reps}").format(rep=rep, reps=reps)
            note = f", {html.escape(note)}" if note else ""
            self.rep_label.setText(f"{count}{note}   ·   <b>{html.escape(phase)}</b>")
        self.progress.setValue(round(status.progress * 1000))
        self.time_left.setText(self.tr("{time} left").format(time=clock_text(status.session_remaining_s)))
        paused = status.state is PlayerState.PAUSED
        self.paused_label.setVisible(paused)
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause"))

    def set_cue_status(self, text: str, muted: bool) -> None:
        self.cue_status.setText(text)
        self.mute_button.setText(self.tr("Unmute") if muted else self.tr("Mute"))

    # ---- look ------------------------------------------------------------------------------------------------------
    def _apply_countdown_size(self) -> None:
        step = self._step
        accent = ACCENTS.get(step.kind) if step is not None else None
        # Its size follows its room (CountdownLabel); its colour says what kind of step it is.
        if accent is None:
            style(self.countdown, "font-weight: 700;")
        else:
            style(self.countdown, "font-weight: 700; color: {accent};", accent=f"@{accent}")
