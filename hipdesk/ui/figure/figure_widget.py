"""The animated figure: driven by the session player or running its own preview loop."""

from __future__ import annotations

import logging

from PySide6.QtCore import QElapsedTimer, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QHideEvent, QPainter, QPaintEvent, QShowEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from hipdesk.domain.exercise import Side
from hipdesk.figure.animation import demo_fraction
from hipdesk.figure.model import PoseSpec
from hipdesk.figure.poses import PoseFileError, get_pose, neutral_pose
from hipdesk.figure.scene import build_scene
from hipdesk.ui.figure.painter import colors_for, paint_scene, side_label

log = logging.getLogger(__name__)

FRAME_MS = 33


class FigureWidget(QWidget):
    """Draws one exercise's figure at a fraction between its start (0) and end (1) pose.

    Driven mode: the session player calls ``set_fraction`` from its clock, so a paused session freezes
    the figure. Demo mode (``start_demo``) runs its own ~30 fps loop, which sleeps while the widget is hidden.

    Signals: none.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._exercise_id = ""
        self._side = Side.LEFT
        self._spec: PoseSpec = neutral_pose("standing", "Standing")
        self._fraction = 0.0
        self._returning = False  # the fraction is falling: take the pose's way back (a circle's other half)
        self._demo = False
        self._clock = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(FRAME_MS)
        self._timer.timeout.connect(self._tick)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(64, 64)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)
        self.setAccessibleName("Figure")

    # -- interface used by the library and the session player --------------------------------------

    def set_exercise(self, exercise_id: str, side: Side = Side.LEFT) -> None:
        """Show ``exercise_id`` worked on ``side`` (Side.NONE draws the pose as written)."""
        self._exercise_id = exercise_id
        self._side = side
        self._returning = False
        try:
            self._spec = get_pose(exercise_id, side)
        except PoseFileError as e:
            log.warning("figure for %s falls back to standing: %s", exercise_id, e)
            self._spec = neutral_pose(exercise_id)
        label = side_label(side)
        self.setAccessibleName(f"Figure: {self._spec.name}" + (f", {label}" if label else ""))
        self.setAccessibleDescription("Worked areas in orange: " + ", ".join(r.label for r in self._spec.highlight))
        self.update()

    def set_fraction(self, f: float) -> None:
        """0 = start pose, 1 = end pose; for rolling drills, the position along the roller.

        A falling fraction is the way back: a pose with return keyframes comes home by another path.
        """
        f = min(1.0, max(0.0, f))
        if f != self._fraction:
            self._returning = f < self._fraction
            self._fraction = f
            self.update()

    def start_demo(self) -> None:
        self._demo = True
        self._clock.start()
        if self.isVisible():
            self._timer.start()

    def stop_demo(self) -> None:
        self._demo = False
        self._timer.stop()

    # -- read-only state ----------------------------------------------------------------------------

    @property
    def exercise_id(self) -> str:
        return self._exercise_id

    @property
    def side(self) -> Side:
        return self._side

    @property
    def fraction(self) -> float:
        return self._fraction

    @property
    def returning(self) -> bool:
        return self._returning

    @property
    def demo_running(self) -> bool:
        return self._timer.isActive()

    # -- Qt ---------------------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(260, 260)

    def minimumSizeHint(self) -> QSize:
        return QSize(64, 64)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._demo and not self._timer.isActive():
            self._timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._timer.stop()

    def _tick(self) -> None:
        self.set_fraction(demo_fraction(self._spec.motion, self._clock.elapsed() / 1000.0))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        colors = colors_for(self.palette().window().color())
        paint_scene(painter, build_scene(self._spec, self._fraction, self._returning), QRectF(self.rect()), colors)
        painter.end()
