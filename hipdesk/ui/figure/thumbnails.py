"""Small cached pictures of an exercise at its end pose, for library cards and lists."""

from __future__ import annotations

import functools

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPen, QPixmap

from hipdesk.domain.exercise import Side
from hipdesk.figure.poses import PoseFileError, get_pose, neutral_pose
from hipdesk.ui import theme
from hipdesk.ui.figure.painter import DARK, LIGHT, colors_for, render_image


def thumbnail(exercise_id: str, size: int, side: Side = Side.LEFT, *, height: int | None = None) -> QPixmap:
    """A ``size`` × ``size`` pixmap of the exercise's end pose, drawn for the current light or dark palette.

    The figure (with the chair, roller or block under it and a little floor) fills the square whatever
    its shape; walls and band posts are cut at the edge. ``height`` makes it ``size`` wide and ``height``
    high instead: a wide picture lets a lying figure grow while a standing one keeps its size.
    An ``exercise_id`` of "" (an exercise without a figure) gives a quiet sign for written steps instead.
    """
    dark = colors_for(QGuiApplication.palette().window().color()) is DARK
    ratio = 1.0
    screen = QGuiApplication.primaryScreen()
    if screen is not None:
        ratio = screen.devicePixelRatio()
    height = size if height is None else height
    if not exercise_id:
        look = theme.current()
        return _no_figure(size, height, look.muted, look.card_edge, ratio)
    return _thumbnail(exercise_id, size, height, side, dark, ratio)


@functools.lru_cache(maxsize=512)
def _thumbnail(exercise_id: str, width: int, height: int, side: Side, dark: bool, ratio: float) -> QPixmap:
    try:
        spec = get_pose(exercise_id, side)
    except PoseFileError:
        spec = neutral_pose(exercise_id)
    w, h = max(1, round(width * ratio)), max(1, round(height * ratio))
    image = render_image(spec, 1.0, w, h, DARK if dark else LIGHT, fit_figure=True)
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


@functools.lru_cache(maxsize=32)
def _no_figure(width: int, height: int, ink: str, edge: str, ratio: float) -> QPixmap:
    """A dashed frame holding three short lines, like a page of text: this exercise is taught in words only."""
    pixmap = QPixmap(max(1, round(width * ratio)), max(1, round(height * ratio)))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    side = min(width, height) * 0.7
    frame = QRectF((width - side) / 2, (height - side) / 2, side, side)
    painter.setPen(QPen(QColor(edge), max(1.0, side / 40), Qt.PenStyle.DashLine))
    painter.drawRoundedRect(frame, side / 8, side / 8)
    pen = QPen(QColor(ink), max(1.5, side / 14), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    left = frame.left() + side * 0.25
    for row, length in enumerate((0.5, 0.5, 0.32)):
        y = frame.top() + side * (0.34 + 0.16 * row)
        painter.drawLine(QLineF(left, y, left + side * length, y))
    painter.end()
    return pixmap
