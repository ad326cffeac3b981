"""A compact window that stays on top of other windows, for following a routine beside work."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from hipdesk.domain.plan import Step, StepKind
from hipdesk.domain.player import PlayerState, PlayerStatus, rep_count
from hipdesk.ui.plain_text import PlainLabel
from hipdesk.ui.player.widgets import SideBadge, countdown_text, kind_text, set_text
from hipdesk.ui.theme import style

CORNER_MARGIN = 24  # px from the screen's usable edges


def stays_on_top_honoured(platform: str) -> bool:
    """Whether the window system keeps a "stay on top" window on top: Wayland compositors decide for themselves
    and mostly ignore the request."""
    return not platform.startswith("wayland")


class MiniPlayerView(QWidget):
    """Name, side, countdown and the three controls that matter; Space and → work here too.

    Signals:
    pause_clicked(): pause or resume was asked for.
    next_clicked(): skip to the next step was asked for.
    restore_clicked(): bring the main window back.
    closed(): the mini-player window was closed.
    """

    pause_clicked = Signal()
    next_clicked = Signal()
    restore_clicked = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint)
        self.setWindowTitle(self.tr("HipDesk mini player"))
        self.setAccessibleName(self.tr("Mini player"))
        self._set_text = ""
        self.kind = PlainLabel()
        style(self.kind, "color: {muted}; font-size: {size:0.95}; font-weight: 600;")
        self.name = PlainLabel()
        style(self.name, "font-size: {size:1.25}; font-weight: 600;")
        self.name.setWordWrap(True)
        self.detail = PlainLabel()
        style(self.detail, "color: {muted};")
        self.side = SideBadge(1.3)
        self.countdown = QLabel("0")
        self.countdown.setAccessibleName(self.tr("Seconds left"))
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        style(self.countdown, "font-size: {size:3.8}; font-weight: 700;")
        self.countdown.setMinimumWidth(110)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(6)
        self.progress.setAccessibleName(self.tr("Routine progress"))

        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.setAccessibleName(self.tr("Pause or resume"))
        self.pause_button.setToolTip(self.tr("Pause or resume (Space)"))
        self.pause_button.clicked.connect(self.pause_clicked)
        self.next_button = QPushButton(self.tr("Next ▶"))
        self.next_button.setAccessibleName(self.tr("Next step"))
        self.next_button.setToolTip(self.tr("Skip to the next step (→)"))
        self.next_button.clicked.connect(self.next_clicked)
        self.restore_button = QPushButton(self.tr("Open HipDesk"))
        self.restore_button.setAccessibleName(self.tr("Back to the main window"))
        self.restore_button.clicked.connect(self.restore_clicked)
        self.note = PlainLabel(
            self.tr(
                "This desktop does not let HipDesk keep this window on top of others. Keep it beside your work, "
                'or use your desktop\'s own "Always on top" on its title bar.'
            )
        )
        self.note.setWordWrap(True)
        style(self.note, "color: {muted};")
        self.note.hide()

        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.kind)
        text.addWidget(self.name)
        side_row = QHBoxLayout()
        side_row.addWidget(self.side)
        side_row.addWidget(self.detail)
        side_row.addStretch(1)
        text.addLayout(side_row)
        top = QHBoxLayout()
        top.addLayout(text, 1)
        top.addWidget(self.countdown)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pause_button)
        buttons.addWidget(self.next_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)
        layout.addWidget(self.note)
        self.resize(360, 150)
        self._placed = False

        for key, signal in ((Qt.Key.Key_Space, self.pause_clicked), (Qt.Key.Key_Right, self.next_clicked)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.activated.connect(signal)

    def set_step(self, step: Step) -> None:
        self._set_text = set_text(step)
        self.kind.setText(kind_text(step.kind))
        self.name.setText(step.title() if step.kind is not StepKind.SWITCH else step.exercise_name)
        self.side.set_side(step.side)
        self.detail.setText(self._set_text)

    def set_status(self, status: PlayerStatus) -> None:
        self.countdown.setText(countdown_text(status.seconds_left))
        self.progress.setValue(round(status.progress * 1000))
        self.pause_button.setText(self.tr("Resume") if status.state is PlayerState.PAUSED else self.tr("Pause"))
        if status.step.kind is StepKind.REPS and status.rep:
            rep, of, note = rep_count(status)
            reps = self.tr("rep {rep} of {of}").format(rep=rep, of=of)
            if note:
                reps += f", {note}"
            if status.rep_phase is not None:
                reps += f" · {status.rep_phase.word}"
            self.detail.setText(f"{self._set_text} · {reps}" if self._set_text else reps[:1].upper() + reps[1:])

    def show_on_top_note(self) -> None:
        self.note.show()
        self.adjustSize()

    def show_in_corner(self) -> None:
        """Show; the first time, in the bottom right corner of the main window's screen, clear of panels and menu
        bars (the window system's usable area), where it covers least of the work beside it."""
        if not self._placed:
            parent = self.parentWidget()
            screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
            area = screen.availableGeometry()
            self.adjustSize()
            frame = self.frameGeometry().size()
            self.move(
                QPoint(
                    area.right() - frame.width() - CORNER_MARGIN + 1, area.bottom() - frame.height() - CORNER_MARGIN + 1
                )
            )
            self._placed = True
        self.show()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)
