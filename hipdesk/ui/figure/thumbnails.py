"""Small cached pictures of an exercise at its end pose, for library cards and lists."""

from __future__ import annotations

import functools

from PySide6.QtGui import QGuiApplication, QPixmap

from hipdesk.domain.exercise import Side
from hipdesk.figure.poses import PoseFileError, get_pose, neutral_pose
from hipdesk.ui.figure.painter import DARK, LIGHT, colors_for, render_image


def thumbnail(exercise_id: str, size: int, side: Side = Side.LEFT, *, height: int | None = None) -> QPixmap:
    """A ``size`` × ``size`` pixmap of the exercise's end pose, drawn for the current light or dark palette.

    The figure (with the chair, roller or block under it and a little floor) fills the square whatever
    its shape; walls and band posts are cut at the edge. ``height`` makes it ``size`` wide and ``height``
    high instead: a wide picture lets a lying figure grow while a standing one keeps its size.
    """
    dark = colors_for(QGuiApplication.palette().window().color()) is DARK
    ratio = 1.0
    screen = QGuiApplication.primaryScreen()
    if screen is not None:
        ratio = screen.devicePixelRatio()
    return _thumbnail(exercise_id, size, size if height is None else height, side, dark, ratio)


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
