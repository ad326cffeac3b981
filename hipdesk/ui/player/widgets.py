"""Small pieces shared by the player and the mini-player: the side badge and how times are written."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from hipdesk.domain.exercise import Side
from hipdesk.domain.plan import Step, StepKind
from hipdesk.domain.words import Words
from hipdesk.ui.theme import style


class PlayerWords(Words):
    """The player's words outside its Qt classes."""


def side_text(side: Side) -> str:
    """The side badge's words: "◀  LEFT", "RIGHT  ▶", an arrow and the word on top of the side's colour
    (hipdesk.ui.theme's left and right fills), so colour is never the only difference."""
    return PlayerWords.tr("◀  LEFT") if side is Side.LEFT else PlayerWords.tr("RIGHT  ▶")


def kind_text(kind: StepKind) -> str:
    """What kind of step this is, in capitals over the countdown."""
    return {
        StepKind.GET_READY: PlayerWords.tr("GET READY"),
        StepKind.HOLD: PlayerWords.tr("HOLD"),
        StepKind.REPS: PlayerWords.tr("REPS"),
        StepKind.SWITCH: PlayerWords.tr("SWITCH SIDES"),
        StepKind.REST: PlayerWords.tr("REST"),
        StepKind.FINISH: PlayerWords.tr("DONE"),
    }[kind]


def countdown_text(seconds: int) -> str:
    """Bare seconds under a minute (easiest to read from across the room), m:ss above."""
    if seconds < 60:
        return str(seconds)
    minutes, secs = divmod(seconds, 60)
    return f"{minutes}:{secs:02d}"


def clock_text(seconds: float) -> str:
    total = max(0, round(seconds))
    minutes, secs = divmod(total, 60)
    return f"{minutes}:{secs:02d}"


def set_text(step: Step) -> str:
    if step.kind is StepKind.GET_READY:
        return PlayerWords.tr("First up")
    if step.kind is StepKind.SWITCH:
        return PlayerWords.tr("Now the other side")
    if step.kind is StepKind.REST:
        if step.set_no > 1:
            return PlayerWords.tr("Next: set {set} of {sets}").format(set=step.set_no, sets=step.sets)
        return PlayerWords.tr("Next up")
    if step.kind.is_work and step.sets > 1:
        return PlayerWords.tr("Set {set} of {sets}").format(set=step.set_no, sets=step.sets)
    return ""


class SideBadge(QLabel):
    """LEFT or RIGHT in a big coloured pill; hidden for exercises that are not one side at a time. ``scale``: its text
    size against the application font."""

    def __init__(self, scale: float = 3.3, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scale = scale
        self._side = Side.NONE
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.set_side(Side.NONE)

    @property
    def side(self) -> Side:
        return self._side

    def set_side(self, side: Side) -> None:
        self._side = side
        if side is Side.NONE:
            self.setText("")
            self.setAccessibleName(self.tr("No side"))
            self.hide()
            return
        self.setText(side_text(side))
        self.setAccessibleName(self.tr("Left side") if side is Side.LEFT else self.tr("Right side"))
        # The pill and its padding grow with the text (em: the badge's own font size).
        style(
            self,
            "background: {fill}; color: {ink}; font-weight: 800; letter-spacing: 2px; font-size: {size:"
            + f"{self._scale}"
            + "}; border-radius: 0.33em; padding: 0.15em 0.5em;",
            fill=f"@{side.value}_fill",
            ink=f"@{side.value}_on_fill",
        )
        self.show()


class CountdownLabel(QLabel):
    """The seconds left, as large as the room the layout gives it: its font follows its height (and its width),
    so a large window shows a number readable across the room and a small screen still fits the whole player.

    Signals: none.
    """

    FLOOR_PX = 48
    CEILING_PX = 260
    WIDEST = "8:88"  # sized for the widest countdown, so the number does not jump as it shrinks from 10 to 9

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("0", parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self.setMinimumHeight(round(self.FLOOR_PX * 1.2))
        self._px = 0
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        px = max(self.FLOOR_PX, min(self.CEILING_PX, int(self.height() / 1.2)))
        font = QFont(self.font())
        font.setPixelSize(px)
        while px > self.FLOOR_PX and QFontMetrics(font).horizontalAdvance(self.WIDEST) > self.width():
            px -= 4
            font.setPixelSize(px)
        if px != self._px:
            self._px = px
            self.setFont(font)
