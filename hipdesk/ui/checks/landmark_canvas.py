"""A photo with three points a person drags (or moves with the arrow keys) onto the joints; the angle they make is drawn
on the photo and updates as they move.

The points are kept as fractions of the photo (see :mod:`hipdesk.domain.photo_angles`); the canvas maps them onto
the part of the widget the photo is drawn in. Lines are drawn twice, a wide halo in the palette's base colour under
the palette's highlight, so they read on a light or a dark photo and follow the desktop's theme.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFontMetricsF,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from hipdesk.domain.exercise import Side
from hipdesk.domain.photo_angles import AngleRule, Landmarks, Point, Reading, reading, rounded

HANDLE_PX = 26
ARROW_STEP_PX = 1
SHIFT_STEP_PX = 10
ARC_PX = 34


def fitted(image_size: QSize, area: QRectF) -> QRectF:
    """Where a photo of ``image_size`` is drawn in ``area``: as large as fits, proportions kept, centred."""
    w, h = max(1, image_size.width()), max(1, image_size.height())
    k = min(area.width() / w, area.height() / h)
    return QRectF(area.center().x() - w * k / 2, area.center().y() - h * k / 2, w * k, h * k)


def to_widget(rect: QRectF, point: Point) -> QPointF:
    return QPointF(rect.x() + point[0] * rect.width(), rect.y() + point[1] * rect.height())


def to_photo(rect: QRectF, pos: QPointF) -> Point:
    x = min(max(pos.x(), rect.left()), rect.right())
    y = min(max(pos.y(), rect.top()), rect.bottom())
    return ((x - rect.x()) / max(1e-9, rect.width()), (y - rect.y()) / max(1e-9, rect.height()))


def angle_text(rule: AngleRule, value: float) -> str:
    shown = rounded(value)
    sign = "+" if rule.reading is Reading.FROM_LEVEL and shown > 0 else ""
    return f"{sign}{shown:g}°"


def _halo_pen(palette: QPalette, width: float, dashed: bool = False) -> tuple[QPen, QPen]:
    under = QPen(palette.color(QPalette.ColorRole.Base), width + 3.0)
    over = QPen(palette.color(QPalette.ColorRole.Highlight), width)
    for pen in (under, over):
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        if dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
    return under, over


def draw_measurement(
    painter: QPainter,
    rect: QRectF,
    points: Landmarks,
    rule: AngleRule,
    size: QSize,
    palette: QPalette,
    scale: float = 1.0,
) -> None:
    """The two arms, the arc between them and the angle, over a photo drawn in ``rect`` (``size``: the photo's)."""
    v, m, r = (to_widget(rect, p) for p in points)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    width = 3.0 * scale
    for arm_end, dashed in ((r, True), (m, False)):
        for pen in _halo_pen(palette, width, dashed):
            painter.setPen(pen)
            painter.drawLine(v, arm_end)
    try:
        value = reading(rule, points, size.width(), size.height())
    except ValueError:  # two points on top of each other: no angle to draw
        painter.restore()
        return
    start = math.degrees(math.atan2(-(r.y() - v.y()), r.x() - v.x()))
    finish = math.degrees(math.atan2(-(m.y() - v.y()), m.x() - v.x()))
    sweep = (finish - start + 540.0) % 360.0 - 180.0  # the short way round, as the angle is read
    radius = ARC_PX * scale
    arc = QPainterPath()
    box = QRectF(v.x() - radius, v.y() - radius, 2 * radius, 2 * radius)
    arc.arcMoveTo(box, start)
    arc.arcTo(box, start, sweep)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for pen in _halo_pen(palette, 2.0 * scale):
        painter.setPen(pen)
        painter.drawPath(arc)
    text = angle_text(rule, value)
    font = painter.font()
    font.setPointSizeF(max(7.0, font.pointSizeF() * 1.3 * scale))
    font.setBold(True)
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    middle = math.radians(start + sweep / 2)
    away = radius + metrics.height() * 0.9
    centre = QPointF(v.x() + math.cos(middle) * away, v.y() - math.sin(middle) * away)
    label = metrics.boundingRect(text).adjusted(-5, -2, 5, 2)
    label.moveCenter(centre)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(palette.color(QPalette.ColorRole.Base))
    painter.drawRoundedRect(label, 4, 4)
    painter.setPen(palette.color(QPalette.ColorRole.Text))
    painter.drawText(label, Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()


class LandmarkHandle(QWidget):
    """One draggable point. Arrow keys move it (Shift: further); it has the keyboard focus in the Tab order.

    Signals:
    moved(QPointF): the point's new centre, in the canvas's coordinates.
    """

    moved = Signal(QPointF)

    def __init__(self, label: str, where: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.label = label
        self.setObjectName(f"landmark:{label}")
        self.setFixedSize(HANDLE_PX, HANDLE_PX)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setAccessibleName(self.tr("{point} point").format(point=label))
        self.setAccessibleDescription(
            self.tr("Put it on {place}. The arrow keys move it; hold Shift to move it further.").format(place=where)
        )
        self.setToolTip(f"{label}: {where}")
        self._grab: QPointF | None = None

    def centre(self) -> QPointF:
        return QPointF(self.x() + self.width() / 2, self.y() + self.height() / 2)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        palette = self.palette()
        c = QPointF(self.width() / 2, self.height() / 2)
        focused = self.hasFocus()
        outer = self.width() / 2 - 1
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Base), 3.0))
        fill = QColor(palette.color(QPalette.ColorRole.Highlight))
        fill.setAlpha(90 if not focused else 160)
        painter.setBrush(fill)
        painter.drawEllipse(c, outer - 2, outer - 2)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2.0 if not focused else 3.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(c, outer - 2, outer - 2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.color(QPalette.ColorRole.HighlightedText))
        painter.drawEllipse(c, 2.5, 2.5)  # the exact spot
        painter.end()

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.raise_()
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = SHIFT_STEP_PX if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else ARROW_STEP_PX
        moves = {
            Qt.Key.Key_Left: (-step, 0),
            Qt.Key.Key_Right: (step, 0),
            Qt.Key.Key_Up: (0, -step),
            Qt.Key.Key_Down: (0, step),
        }
        delta = moves.get(Qt.Key(event.key()))
        if delta is None:
            super().keyPressEvent(event)
            return
        self.moved.emit(self.centre() + QPointF(*delta))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() is Qt.MouseButton.LeftButton:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self._grab = event.position() - QPointF(self.width() / 2, self.height() / 2)
            self.setCursor(Qt.CursorShape.ClosedHandCursor)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._grab is not None:
            self.moved.emit(self.mapToParent(event.position() - self._grab))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._grab = None
        self.setCursor(Qt.CursorShape.OpenHandCursor)


class PhotoCanvas(QWidget):
    """A photo with the three points of an angle rule, the arms, the arc and the angle drawn on it.

    Signals:
    points_changed(object): the points moved; the new Landmarks (fractions of the photo).
    """

    points_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photoCanvas")
        self.setMinimumSize(360, 270)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Photo with three points to place"))
        self.image = QImage()
        self.rule: AngleRule | None = None
        self.side = Side.NONE
        self.points: Landmarks = ((0.5, 0.4), (0.6, 0.7), (0.5, 0.8))
        self.handles: list[LandmarkHandle] = []

    def show_photo(self, image: QImage, rule: AngleRule, side: Side, points: Landmarks) -> None:
        """Show ``image`` with the rule's three points at ``points``."""
        self.image = image
        self.rule = rule
        self.side = side
        for handle in self.handles:
            handle.deleteLater()
        self.handles = []
        for index, landmark in enumerate(rule.landmarks):
            handle = LandmarkHandle(landmark.label, landmark.where, self)
            handle.moved.connect(lambda pos, i=index: self._moved(i, pos))
            handle.show()
            self.handles.append(handle)
        for first, second in zip(self.handles, self.handles[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.setAccessibleName(
            self.tr("Photo of the left side with three points to place")
            if side is Side.LEFT
            else self.tr("Photo of the right side with three points to place")
            if side is Side.RIGHT
            else self.tr("Photo with three points to place")
        )
        self.set_points(points)

    @property
    def photo_rect(self) -> QRectF:
        return fitted(self.image.size(), QRectF(self.rect()).adjusted(4, 4, -4, -4))

    def value(self) -> float | None:
        """The angle the points read now, or None when two of them sit on top of each other."""
        if self.rule is None or self.image.isNull():
            return None
        try:
            return reading(self.rule, self.points, self.image.width(), self.image.height())
        except ValueError:
            return None

    def set_points(self, points: Landmarks) -> None:
        self.points = points
        self._place_handles()
        self.update()
        self.points_changed.emit(points)

    def _moved(self, index: int, pos: QPointF) -> None:
        moved = list(self.points)
        moved[index] = to_photo(self.photo_rect, pos)
        self.set_points((moved[0], moved[1], moved[2]))

    def _place_handles(self) -> None:
        rect = self.photo_rect
        for handle, point in zip(self.handles, self.points, strict=False):
            at = to_widget(rect, point)
            handle.move(round(at.x() - handle.width() / 2), round(at.y() - handle.height() / 2))

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._place_handles()
        super().resizeEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(640, 480)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        if self.image.isNull() or self.rule is None:
            painter.end()
            return
        rect = self.photo_rect
        painter.drawImage(rect, self.image)
        draw_measurement(painter, rect, self.points, self.rule, self.image.size(), self.palette())
        painter.end()
