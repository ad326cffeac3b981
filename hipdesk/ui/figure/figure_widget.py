"""The animated figure: driven by the session player or running its own preview loop."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QElapsedTimer, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QHideEvent, QPainter, QPaintEvent, QPen, QPixmap, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from hipdesk.domain.exercise import Side
from hipdesk.figure.animation import FigureMoment, RepRhythm, demo_moment
from hipdesk.figure.model import PoseSpec
from hipdesk.figure.poses import PoseFileError, get_pose, neutral_pose
from hipdesk.figure.scene import Scene, Shape, backdrop_count, build_scene, scene_bounds, still_prefix
from hipdesk.ui import theme
from hipdesk.ui.figure.painter import FigureColors, colors_for, fit_transform, paint_scene, shapes_area
from hipdesk.ui.plain_text import PlainLabel

log = logging.getLogger(__name__)

FRAME_MS = 33
SOONEST_FRAME_MS = 20  # a frame that lands sooner than this after the last paint waits for the next frame's time


class FigureWidget(QWidget):
    """Draws one exercise's figure at a fraction between its start (0) and end (1) pose.

    Driven mode: the session player calls ``set_fraction`` from its clock, so a paused session freezes
    the figure. Demo mode (``start_demo``) runs its own ~30 fps loop, which sleeps while the widget is hidden.
    An exercise without a figure (``set_exercise("")``) is said in words in a quiet frame, with its steps when
    the caller gives them, and nothing moves.

    Signals: none.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._exercise_id = ""
        self._none = False  # an exercise without a figure
        self._side = Side.LEFT
        self._spec: PoseSpec = neutral_pose("standing", "Standing")
        self._fraction = 0.0
        self._returning = False  # on the pose's way back (a circle's other half)
        self._mirrored = False  # drawn for the other side: a repetition of a drill that alternates sides
        self._other: PoseSpec | None = None  # that other side, seen from the same camera
        self._bounds: tuple[float, float, float, float] | None = None  # the fit of both sides together
        self._rhythm: RepRhythm | None = None
        # Each frame repaints only where the figure moved, and draws the floor and props that stayed put from a
        # picture kept from earlier frames (they were half of each frame's drawing).
        self._built: tuple[PoseSpec, float, bool, Scene] | None = None  # the scene for the current moment
        self._drawn: tuple[Shape, ...] = ()  # the shapes as last painted...
        self._drawn_on: tuple[QRectF, tuple[float, float, float, float]] | None = None  # ...into this rect, this fit
        self._backdrop: QPixmap | None = None
        self._backdrop_key: tuple[object, ...] | None = None
        # No more frames than the frame rate asks for: a move that comes soon after a paint (a player event just after
        # a frame) is drawn with the next frame.
        self._since_paint = QElapsedTimer()
        self._next_frame = QTimer(self)
        self._next_frame.setSingleShot(True)
        self._next_frame.setTimerType(Qt.TimerType.PreciseTimer)
        self._next_frame.timeout.connect(self._moved)
        self._demo = False
        self._clock = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(FRAME_MS)
        self._timer.timeout.connect(self._tick)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(64, 64)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)
        self.setAccessibleName(self.tr("Figure"))
        self._words = PlainLabel(parent=self)  # shown instead of a figure (the steps may come from a file)
        self._words.setWordWrap(True)
        self._words.setAlignment(Qt.AlignmentFlag.AlignCenter)
        theme.style(self._words, "font-size: {size:1.1}")
        self._words.hide()

    # -- interface used by the library and the session player --------------------------------------

    def set_exercise(
        self, exercise_id: str, side: Side = Side.LEFT, *, alternates: bool = False, words: Sequence[str] = ()
    ) -> None:
        """Show ``exercise_id`` worked on ``side`` (Side.NONE draws the pose as written).

        ``alternates``: a drill whose repetitions go to one side, then the other; a mirrored moment then draws
        the other side from the same viewpoint, fitted to the same box, so the figure does not jump.
        An ``exercise_id`` of "" has no figure: the widget says so, and lists ``words`` (the exercise's steps)
        where nothing else on screen shows them.
        """
        self._exercise_id = exercise_id
        self._none = not exercise_id
        self._side = side
        self._returning = False
        self._mirrored = False
        self._words.setVisible(self._none)
        if self._none:
            self._timer.stop()
            self._other = None
            self._bounds = None
            self.setAccessibleName(self.tr("No figure for this exercise"))
            self.setAccessibleDescription(self.tr("Follow its written steps."))
            told = [self.tr("No figure for this exercise.")]
            if words:
                told += ["", *(f"{number}. {line}" for number, line in enumerate(words, 1))]
            else:
                told.append(self.tr("Follow its written steps."))
            self._words.setText("\n".join(told))
            self._words.setAlignment(
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter if words else Qt.AlignmentFlag.AlignCenter
            )
            self._place_words()
            self.update()
            return
        self._load_spec()
        self._other = self._spec.other_side_in_view() if alternates else None
        self._bounds = None
        if self._other is not None:
            a, b = scene_bounds(self._spec), scene_bounds(self._other)
            self._bounds = (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))
        if side is Side.LEFT:
            name = self.tr("Figure: {pose}, left side")
        elif side is Side.RIGHT:
            name = self.tr("Figure: {pose}, right side")
        else:
            name = self.tr("Figure: {pose}")
        self.setAccessibleName(name.format(pose=self._spec.name))
        self.setAccessibleDescription(
            self.tr("Worked areas in orange: {regions}").format(
                regions=", ".join(r.label for r in self._spec.highlight)
            )
        )
        self.update()

    def _load_spec(self) -> None:
        try:
            self._spec = get_pose(self._exercise_id, self._side)
        except PoseFileError as e:
            log.warning("figure for %s falls back to standing: %s", self._exercise_id, e)
            self._spec = neutral_pose(self._exercise_id)

    def set_fraction(self, f: float) -> None:
        """0 = start pose, 1 = end pose; for rolling drills, the position along the roller.

        A falling fraction is the way back: a pose with return keyframes comes home by another path.
        """
        f = min(1.0, max(0.0, f))
        if f != self._fraction:
            self.set_moment(FigureMoment(f, via_return=f < self._fraction, mirrored=self._mirrored))

    def set_moment(self, moment: FigureMoment) -> None:
        """The fraction, which way round the figure goes and whether it is drawn for the other side."""
        f = min(1.0, max(0.0, moment.fraction))
        mirrored = moment.mirrored and self._other is not None
        if mirrored != self._mirrored:
            self._mirrored = mirrored
            self.update()
        if f != self._fraction or moment.via_return != self._returning:
            self._returning = moment.via_return
            self._fraction = f
            self._moved()

    def start_demo(self, rhythm: RepRhythm | None = None) -> None:
        """Run the preview loop; a reps exercise passes its ``rhythm`` so the loop lifts and lowers at its tempo."""
        self._rhythm = rhythm
        self._demo = True
        self._clock.start()
        if self.isVisible() and not self._none:
            self._timer.start()

    def stop_demo(self) -> None:
        self._demo = False
        self._timer.stop()

    # -- read-only state ----------------------------------------------------------------------------

    @property
    def exercise_id(self) -> str:
        return self._exercise_id

    @property
    def shows_figure(self) -> bool:
        return not self._none

    @property
    def words(self) -> str:
        """What stands in for a missing figure ("" while a figure is shown)."""
        return self._words.text() if self._none else ""

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
    def mirrored(self) -> bool:
        return self._mirrored

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
        if self._demo and not self._none and not self._timer.isActive():
            self._timer.start()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_words()

    def _frame(self) -> tuple[QRectF, float]:
        """Where the quiet frame of "no figure" goes, and its margin."""
        margin = max(4.0, min(self.width(), self.height()) * 0.06)
        return QRectF(self.rect()).adjusted(margin, margin, -margin, -margin), margin

    def _place_words(self) -> None:
        frame, margin = self._frame()
        self._words.setGeometry(frame.adjusted(margin, margin, -margin, -margin).toAlignedRect())

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._timer.stop()

    def _tick(self) -> None:
        self.set_moment(demo_moment(self._spec.motion, self._clock.elapsed() / 1000.0, self._rhythm))

    def _scene(self) -> Scene:
        """The picture for the current moment (built once per moment: repainting and finding what moved share it)."""
        spec = self._other if self._mirrored and self._other is not None else self._spec
        built = self._built
        if built is not None and built[0] is spec and built[1] == self._fraction and built[2] == self._returning:
            return built[3]
        scene = build_scene(spec, self._fraction, self._returning)
        if self._bounds is not None:
            scene = replace(scene, bounds=self._bounds)
        self._built = (spec, self._fraction, self._returning, scene)
        return scene

    def _moved(self) -> None:
        """Repaint where the figure moved: what its moving shapes covered as last painted and what they cover now.
        The rest of the widget still shows the right picture."""
        if self._none:  # nothing moves
            return
        rect = QRectF(self.rect())
        if not self.isVisible() or self._drawn_on is None:
            self.update()
            return
        since = self._since_paint.elapsed()
        if since < SOONEST_FRAME_MS:
            if not self._next_frame.isActive():
                self._next_frame.start(FRAME_MS - since)
            return
        scene = self._scene()
        if self._drawn_on != (rect, scene.bounds):  # resized, or fitted otherwise: everything moved
            self.update()
            return
        still = still_prefix(scene.shapes, self._drawn)
        transform = fit_transform(scene.bounds, rect)
        area = shapes_area(scene.shapes[still:], transform).united(shapes_area(self._drawn[still:], transform))
        if not area.isEmpty():
            self.update(area.toAlignedRect())

    def paintEvent(self, event: QPaintEvent) -> None:
        self._since_paint.start()
        self._next_frame.stop()
        painter = QPainter(self)
        if self._none:
            self._paint_no_figure(painter)
            painter.end()
            return
        colors = colors_for(self.palette().window().color())
        scene = self._scene()
        rect = QRectF(self.rect())
        # The floor and props behind the figure come from a picture, drawn again only when they move (always so,
        # whatever was drawn before, so a moment looks the same however it was reached). Both parts are fitted by
        # the same bounds, so they line up exactly.
        self._drawn, self._drawn_on = scene.shapes, (rect, scene.bounds)
        behind = backdrop_count(scene.shapes)
        if behind:
            painter.drawPixmap(0, 0, self._backdrop_for(Scene(scene.shapes[:behind], scene.bounds), rect, colors))
            scene = Scene(scene.shapes[behind:], scene.bounds)
        paint_scene(painter, scene, rect, colors)
        painter.end()

    def _paint_no_figure(self, painter: QPainter) -> None:
        """The quiet frame around the words that stand in for the figure."""
        look = theme.current()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        frame, margin = self._frame()
        painter.setPen(QPen(look.qcolor(look.card_edge), 1.5, Qt.PenStyle.DashLine))
        painter.drawRoundedRect(frame, margin, margin)

    def _backdrop_for(self, scene: Scene, rect: QRectF, colors: FigureColors) -> QPixmap:
        """The still shapes drawn on a transparent picture the widget's size (kept while they, the size, the
        screen's pixel ratio and the colours stay the same)."""
        ratio = self.devicePixelRatioF()
        key = (scene, rect.width(), rect.height(), ratio, colors)
        if self._backdrop is None or key != self._backdrop_key:
            pixmap = QPixmap(max(1, round(rect.width() * ratio)), max(1, round(rect.height() * ratio)))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            paint_scene(painter, scene, rect, colors)
            painter.end()
            self._backdrop, self._backdrop_key = pixmap, key
        return self._backdrop
