"""QPainter drawing of a figure scene: round-capped limbs, near parts darker, a calm palette."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPolygonF

from hipdesk.figure.model import PoseSpec
from hipdesk.figure.scene import Kind, Role, Scene, Shape, build_scene, still_scene


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


# Qt's enum members, looked up once: the figure is drawn up to 30 times a second.
_ANTIALIASING = QPainter.RenderHint.Antialiasing
_ROUND_JOIN = Qt.PenJoinStyle.RoundJoin
_NO_PEN = Qt.PenStyle.NoPen

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


def fit_transform(
    bounds: tuple[float, float, float, float], rect: QRectF, fit: tuple[float, float, float, float] | None = None
) -> tuple[float, float, float]:
    """How :func:`paint_scene` places a scene of these ``bounds`` (or the ``fit`` box) in ``rect``: the scale ``k``
    and the offsets, so a scene point (x, y) lands at (ox + x * k, oy - y * k)."""
    x0, y0, x1, y1 = fit or bounds
    bw, bh = max(x1 - x0, 1e-6), max(y1 - y0, 1e-6)
    margin = (0.05 if fit is None else FIGURE_MARGIN) * min(rect.width(), rect.height())
    k = min((rect.width() - 2 * margin) / bw, (rect.height() - 2 * margin) / bh)
    ox = rect.center().x() - (x0 + x1) / 2 * k
    oy = rect.center().y() + (y0 + y1) / 2 * k
    return k, ox, oy


def shapes_area(shapes: Sequence[Shape], transform: tuple[float, float, float]) -> QRectF:
    """The part of the picture ``shapes`` cover when drawn with ``transform`` (from :func:`fit_transform`): their
    points, widened by their thickness and the antialiased edge. Empty for no shapes."""
    if not shapes:
        return QRectF()
    k, ox, oy = transform
    edge = 2.0 / k  # two pixels of antialiased edge, in the scene's units
    left = bottom = math.inf
    right = top = -math.inf
    for shape in shapes:  # every frame: comparisons rather than min() and max() calls
        # half the thickest line or disc (a polygon's outline is 0.012 wide), and the edge
        width = shape.width if shape.width > shape.end_width else shape.end_width
        reach = (width if width > 0.012 else 0.012) / 2 + edge
        for px, py in shape.points:
            if px - reach < left:
                left = px - reach
            if px + reach > right:
                right = px + reach
            if py - reach < bottom:
                bottom = py - reach
            if py + reach > top:
                top = py + reach
    return QRectF(ox + left * k, oy - top * k, (right - left) * k, (top - bottom) * k)


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
    k, ox, oy = fit_transform(scene.bounds, rect, fit)
    body_ramp, hl_ramp = _ramps(colors)
    last = len(body_ramp) - 1

    painter.save()
    painter.setRenderHint(_ANTIALIASING, True)
    if fit is not None:
        painter.setClipRect(rect, Qt.ClipOperation.IntersectClip)
    pen = QPen()
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(_ROUND_JOIN)
    fixed = {
        Role.FLOOR: colors.floor,
        Role.FLOOR_EDGE: colors.floor_edge,
        Role.PROP: colors.prop,
        Role.PROP_LIGHT: colors.prop_light,
        Role.BAND: colors.band,
        Role.WEIGHT: colors.weight,
    }
    # Drawn every frame: the enum members are looked up once, and a colour is handed to setBrush as it is.
    body, highlight, capsule, disc, no_pen = Role.BODY, Role.HIGHLIGHT, Kind.CAPSULE, Kind.DISC, _NO_PEN
    for shape in scene.shapes:
        role = shape.role
        if role is body:
            color = body_ramp[round(shape.shade * last)]
        elif role is highlight:
            color = hl_ramp[round(shape.shade * last)]
        else:
            color = fixed[role]
        kind = shape.kind
        if kind is capsule:
            (ax, ay), (bx, by) = shape.points
            a, b = QPointF(ox + ax * k, oy - ay * k), QPointF(ox + bx * k, oy - by * k)
            if abs(a.x() - b.x()) + abs(a.y() - b.y()) < 0.05:
                # seen end-on (a roller from the side): Qt draws nothing for a zero-length line
                painter.setPen(no_pen)
                painter.setBrush(color)
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
        elif kind is disc:
            px, py = shape.points[0]
            painter.setPen(no_pen)
            painter.setBrush(color)
            r = max(0.5, shape.width * k / 2)
            painter.drawEllipse(QPointF(ox + px * k, oy - py * k), r, r)
        else:
            outline = QPen(color)
            outline.setWidthF(max(1.0, 0.012 * k))
            outline.setJoinStyle(_ROUND_JOIN)
            painter.setPen(outline)
            painter.setBrush(color)
            painter.drawPolygon(QPolygonF([QPointF(ox + px * k, oy - py * k) for px, py in shape.points]))
    painter.restore()


def _tapered(painter: QPainter, a: QPointF, b: QPointF, ra: float, rb: float, color: QColor) -> None:
    """A limb that is thicker at ``a`` than at ``b``: two round ends joined by their side lines."""
    ax, ay, bx, by = a.x(), a.y(), b.x(), b.y()
    dx, dy = bx - ax, by - ay
    length = math.hypot(dx, dy)
    nx, ny = -dy / length, dx / length
    painter.setPen(_NO_PEN)
    painter.setBrush(color)
    painter.drawEllipse(a, ra, ra)
    painter.drawEllipse(b, rb, rb)
    painter.drawPolygon(
        QPolygonF(
            [
                QPointF(ax + nx * ra, ay + ny * ra),
                QPointF(bx + nx * rb, by + ny * rb),
                QPointF(bx - nx * rb, by - ny * rb),
                QPointF(ax - nx * ra, ay - ny * ra),
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
