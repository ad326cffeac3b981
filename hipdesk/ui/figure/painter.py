"""QPainter drawing of a figure scene: round-capped limbs, near parts darker, a calm palette."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPen, QPolygonF

from hipdesk.figure.model import PoseSpec
from hipdesk.figure.scene import Kind, Role, Scene, build_scene, still_scene


@dataclass(frozen=True)
class FigureColors:
    """Colours for one background. Body and highlight go from far (lighter on light themes) to near."""

    body_far: QColor
    body_near: QColor
    highlight_far: QColor
    highlight_near: QColor
    floor: QColor
    floor_edge: QColor
    prop: QColor
    prop_light: QColor
    band: QColor
    weight: QColor


LIGHT = FigureColors(
    body_far=QColor("#a9b6c6"),
    body_near=QColor("#3e4c5e"),
    highlight_far=QColor("#efb7a1"),
    highlight_near=QColor("#d9663f"),
    floor=QColor("#ece6dc"),
    floor_edge=QColor("#b7ab98"),
    prop=QColor("#5f9e96"),
    prop_light=QColor("#c9ddd9"),
    band=QColor("#d9a022"),
    weight=QColor("#55606e"),
)

DARK = FigureColors(
    body_far=QColor("#5d6b7d"),
    body_near=QColor("#d5dde8"),
    highlight_far=QColor("#9a5a44"),
    highlight_near=QColor("#f2906b"),
    floor=QColor("#2f3338"),
    floor_edge=QColor("#6d665c"),
    prop=QColor("#5fa39a"),
    prop_light=QColor("#35504c"),
    band=QColor("#e8b440"),
    weight=QColor("#9aa6b5"),
)


# The space left round the figure when it is fitted by its own outline (a share of the frame's short side).
FIGURE_MARGIN = 0.06


def colors_for(background: QColor) -> FigureColors:
    """The light palette on light backgrounds, the dark one on dark backgrounds."""
    return DARK if background.lightnessF() < 0.45 else LIGHT


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
    )


def _ramp(a: QColor, b: QColor, steps: int = 9) -> list[QColor]:
    return [_mix(a, b, i / (steps - 1)) for i in range(steps)]


_RAMPS: dict[int, tuple[list[QColor], list[QColor]]] = {}


def _ramps(colors: FigureColors) -> tuple[list[QColor], list[QColor]]:
    key = id(colors)
    if key not in _RAMPS:
        _RAMPS[key] = (
            _ramp(colors.body_far, colors.body_near),
            _ramp(colors.highlight_far, colors.highlight_near),
        )
    return _RAMPS[key]


def paint_scene(
    painter: QPainter,
    scene: Scene,
    rect: QRectF,
    colors: FigureColors = LIGHT,
    fit: tuple[float, float, float, float] | None = None,
) -> None:
    """Draw ``scene`` fitted into ``rect`` (keeping proportions, centred, with a small margin).

    ``fit`` is the box to fit (default: the whole scene over its animation). A smaller box, such as a
    still scene's, gets a wider margin and whatever lies outside it is cut at ``rect``'s edge.
    """
    x0, y0, x1, y1 = fit or scene.bounds
    bw, bh = max(x1 - x0, 1e-6), max(y1 - y0, 1e-6)
    margin = (0.05 if fit is None else FIGURE_MARGIN) * min(rect.width(), rect.height())
    k = min((rect.width() - 2 * margin) / bw, (rect.height() - 2 * margin) / bh)
    ox = rect.center().x() - (x0 + x1) / 2 * k
    oy = rect.center().y() + (y0 + y1) / 2 * k
    body_ramp, hl_ramp = _ramps(colors)
    last = len(body_ramp) - 1

    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    if fit is not None:
        painter.setClipRect(rect, Qt.ClipOperation.IntersectClip)
    pen = QPen()
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    for shape in scene.shapes:
        role = shape.role
        if role is Role.BODY:
            color = body_ramp[round(shape.shade * last)]
        elif role is Role.HIGHLIGHT:
            color = hl_ramp[round(shape.shade * last)]
        elif role is Role.FLOOR:
            color = colors.floor
        elif role is Role.FLOOR_EDGE:
            color = colors.floor_edge
        elif role is Role.PROP:
            color = colors.prop
        elif role is Role.PROP_LIGHT:
            color = colors.prop_light
        elif role is Role.BAND:
            color = colors.band
        else:
            color = colors.weight
        pts = [QPointF(ox + px * k, oy - py * k) for px, py in shape.points]
        if shape.kind is Kind.CAPSULE:
            a, b = pts
            if abs(a.x() - b.x()) + abs(a.y() - b.y()) < 0.05:
                # seen end-on (a roller from the side): Qt draws nothing for a zero-length line
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QBrush(color))
                r = max(0.5, shape.width * k / 2)
                painter.drawEllipse(a, r, r)
                continue
            if shape.end_width and abs(shape.end_width - shape.width) > 1e-6:
                _tapered(painter, a, b, shape.width * k / 2, shape.end_width * k / 2, color)
                continue
            pen.setColor(color)
            pen.setWidthF(max(1.0, shape.width * k))
            painter.setPen(pen)
            painter.drawLine(a, b)
        elif shape.kind is Kind.DISC:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(color))
            r = max(0.5, shape.width * k / 2)
            painter.drawEllipse(pts[0], r, r)
        else:
            outline = QPen(color)
            outline.setWidthF(max(1.0, 0.012 * k))
            outline.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(outline)
            painter.setBrush(QBrush(color))
            painter.drawPolygon(QPolygonF(pts))
    painter.restore()


def _tapered(painter: QPainter, a: QPointF, b: QPointF, ra: float, rb: float, color: QColor) -> None:
    """A limb that is thicker at ``a`` than at ``b``: two round ends joined by their side lines."""
    dx, dy = b.x() - a.x(), b.y() - a.y()
    length = math.hypot(dx, dy)
    nx, ny = -dy / length, dx / length
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(color))
    painter.drawEllipse(a, ra, ra)
    painter.drawEllipse(b, rb, rb)
    painter.drawPolygon(
        QPolygonF(
            [
                QPointF(a.x() + nx * ra, a.y() + ny * ra),
                QPointF(b.x() + nx * rb, b.y() + ny * rb),
                QPointF(b.x() - nx * rb, b.y() - ny * rb),
                QPointF(a.x() - nx * ra, a.y() - ny * ra),
            ]
        )
    )


def render_image(
    spec: PoseSpec,
    fraction: float,
    width: int,
    height: int,
    colors: FigureColors = LIGHT,
    fit_figure: bool = False,
) -> QImage:
    """The figure at ``fraction`` on a transparent image (used by thumbnails, tests and the contact sheet).

    ``fit_figure`` draws this moment alone fitted by the body, what it rests on and a small floor under
    them (see ``still_scene``), cutting walls and band posts at the image's edge.
    """
    image = QImage(max(1, width), max(1, height), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    if fit_figure:
        scene = still_scene(spec, fraction)
        paint_scene(painter, scene, QRectF(image.rect()), colors, scene.bounds)
    else:
        paint_scene(painter, build_scene(spec, fraction), QRectF(image.rect()), colors)
    painter.end()
    return image
