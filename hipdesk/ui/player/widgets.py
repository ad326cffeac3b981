"""Small pieces shared by the player and the mini-player: the side badge and how times are written."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from hipdesk.domain.exercise import Side
from hipdesk.domain.plan import Step, StepKind

# Two colours apart in hue and in lightness, so LEFT and RIGHT differ for every kind of colour vision, with the word
# and an arrow on top.
SIDE_COLOURS = {Side.LEFT: "#1d4ed8", Side.RIGHT: "#b45309"}
SIDE_TEXT = {Side.LEFT: "◀  LEFT", Side.RIGHT: "RIGHT  ▶"}

KIND_TEXT = {
    StepKind.GET_READY: "GET READY",
    StepKind.HOLD: "HOLD",
    StepKind.REPS: "REPS",
    StepKind.SWITCH: "SWITCH SIDES",
    StepKind.REST: "REST",
    StepKind.FINISH: "DONE",
}


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
        return "First up"
    if step.kind is StepKind.SWITCH:
        return "Now the other side"
    if step.kind is StepKind.REST:
        return f"Next: set {step.set_no} of {step.sets}" if step.set_no > 1 else "Next up"
    if step.kind.is_work and step.sets > 1:
        return f"Set {step.set_no} of {step.sets}"
    return ""


class SideBadge(QLabel):
    """LEFT or RIGHT in a big coloured pill; hidden for exercises that are not one side at a time."""

    def __init__(self, font_px: int = 40, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._font_px = font_px
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
            self.setAccessibleName("No side")
            self.hide()
            return
        pad_v = max(4, self._font_px // 6)
        pad_h = max(10, self._font_px // 2)
        self.setText(SIDE_TEXT[side])
        self.setAccessibleName(f"{side.value.capitalize()} side")
        self.setStyleSheet(
            f"background: {SIDE_COLOURS[side]}; color: white; font-weight: 800; letter-spacing: 2px;"
            f"font-size: {self._font_px}px; border-radius: {self._font_px // 3}px; padding: {pad_v}px {pad_h}px;"
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
