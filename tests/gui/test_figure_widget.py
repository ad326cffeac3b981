"""The figure draws inside its frame at every size, moves with the player's fraction and shows the side."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPaintEvent
from PySide6.QtWidgets import QApplication, QWidget

from hipdesk.domain.exercise import Side
from hipdesk.figure.animation import FigureMoment
from hipdesk.figure.poses import get_pose
from hipdesk.figure.scene import build_scene, figure_bounds, still_scene
from hipdesk.ui.figure import FigureWidget, thumbnail
from hipdesk.ui.figure.painter import LIGHT, FigureColors, render_image


def _ink(image: QImage) -> tuple[int, int, int, int, int]:
    """(count, min x, min y, max x, max y) of pixels that are not transparent."""
    count, x0, y0, x1, y1 = 0, image.width(), image.height(), -1, -1
    for y in range(image.height()):
        for x in range(image.width()):
            if image.pixelColor(x, y).alpha() > 0:
                count += 1
                x0, y0, x1, y1 = min(x0, x), min(y0, y), max(x1, x), max(y1, y)
    return count, x0, y0, x1, y1


def _highlight_pixels(image: QImage) -> list[tuple[int, int]]:
    """Pixels in the warm highlight colours (between LIGHT.highlight_far and LIGHT.highlight_near)."""
    out = []
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            c = image.pixelColor(x, y)
            if c.alpha() == 255 and c.red() > 200 and c.blue() < 170 and c.red() - c.blue() > 60:
                out.append((x, y))
    return out


@pytest.mark.parametrize("size", [64, 100, 256, 400, 800])
@pytest.mark.parametrize("exercise_id", ["glute-bridge", "hip-90-90-stretch", "side-lying-clamshell", "roll-quads"])
def test_drawing_fills_the_frame_without_leaving_it(qapp: QApplication, exercise_id: str, size: int) -> None:
    image = render_image(get_pose(exercise_id), 1.0, size, size)
    count, x0, y0, x1, y1 = _ink(image) if size <= 256 else _ink(image.scaled(256, 256))
    side = min(size, 256)
    assert count > side * side * 0.04, "the figure is almost empty"
    assert x0 > 0 and y0 > 0 and x1 < side - 1 and y1 < side - 1, "the figure touches the frame's edge"
    assert max(x1 - x0, y1 - y0) > side * 0.6, "the figure does not use the frame"


def test_set_fraction_changes_the_drawing(qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = FigureWidget()
    qtbot.addWidget(widget)
    widget.resize(240, 240)
    widget.set_exercise("glute-bridge")
    widget.set_fraction(0.0)
    start = widget.grab().toImage()
    widget.set_fraction(1.0)
    end = widget.grab().toImage()
    assert start != end
    widget.set_fraction(0.0)
    assert widget.grab().toImage() == start


def test_a_falling_fraction_comes_home_the_other_way_round(qtbot) -> None:  # type: ignore[no-untyped-def]
    # Hip circles: the knee goes forward and out on the way to the end pose, back and in on the way home.
    widget = FigureWidget()
    qtbot.addWidget(widget)
    widget.resize(200, 200)
    widget.set_exercise("quadruped-hip-circles")
    widget.set_fraction(0.5)
    out = widget.grab().toImage()
    assert not widget.returning
    widget.set_fraction(1.0)
    widget.set_fraction(0.5)
    assert widget.returning
    assert widget.grab().toImage() != out
    widget.set_fraction(0.6)
    assert not widget.returning


def test_fraction_is_clamped(qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = FigureWidget()
    qtbot.addWidget(widget)
    widget.set_fraction(3.0)
    assert widget.fraction == 1.0
    widget.set_fraction(-1.0)
    assert widget.fraction == 0.0


def test_side_changes_which_leg_is_highlighted(qapp: QApplication) -> None:
    # A front view: the figure's left leg is on the right of the picture.
    left = _highlight_pixels(render_image(get_pose("leg-swings-side-to-side", Side.LEFT), 1.0, 200, 200))
    right = _highlight_pixels(render_image(get_pose("leg-swings-side-to-side", Side.RIGHT), 1.0, 200, 200))
    assert left and right
    assert sum(x for x, _ in left) / len(left) > 100
    assert sum(x for x, _ in right) / len(right) < 100


def test_accessible_name_says_exercise_and_side(qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = FigureWidget()
    qtbot.addWidget(widget)
    widget.set_exercise("glute-bridge", Side.LEFT)
    assert widget.accessibleName() == "Figure: Glute bridge, left side"
    widget.set_exercise("single-leg-bridge", Side.RIGHT)
    assert widget.accessibleName() == "Figure: Single-leg bridge, right side"
    widget.set_exercise("plank", Side.NONE)
    assert widget.accessibleName() == "Figure: Plank"


def test_unknown_exercise_draws_a_standing_figure(qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = FigureWidget()
    qtbot.addWidget(widget)
    widget.resize(120, 120)
    widget.set_exercise("not-an-exercise")
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_ARGB32)
    background = image.pixelColor(0, 0)
    assert any(image.pixelColor(x, 60) != background for x in range(120))


def test_an_exercise_without_a_figure_says_so_and_nothing_moves(qtbot: QtBot) -> None:
    widget = FigureWidget()
    qtbot.addWidget(widget)
    widget.resize(240, 240)
    widget.set_exercise("not-an-exercise")
    standing = widget.grab().toImage()
    widget.set_exercise("", Side.LEFT)
    assert not widget.shows_figure
    assert widget.accessibleName() == "No figure for this exercise"
    assert widget.accessibleDescription() == "Follow its written steps."
    widget.start_demo()
    widget.show()
    qtbot.waitExposed(widget)
    assert not widget.demo_running  # nothing to animate
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_ARGB32)
    assert image != standing.convertToFormat(QImage.Format.Format_ARGB32)
    background = image.pixelColor(120, 4)
    middle = [image.pixelColor(x, y) for y in range(90, 150) for x in range(30, 210)]
    assert any(c != background for c in middle), "the words are not drawn"
    assert not _highlight_pixels(image)  # no body, no worked areas
    widget.set_exercise("", words=["Sit <b>tall</b>.", "Breathe."])  # steps from a file: shown as typed
    assert widget.words == "No figure for this exercise.\n\n1. Sit <b>tall</b>.\n2. Breathe."
    widget.set_exercise("glute-bridge")
    assert widget.shows_figure and widget.accessibleName().startswith("Figure: ") and widget.words == ""


def test_a_thumbnail_without_a_figure_is_a_quiet_sign(qtbot: QtBot) -> None:
    sign = thumbnail("", 96)
    assert sign is thumbnail("", 96)  # drawn once
    count, x0, y0, x1, y1 = _ink(sign.toImage())
    assert count > 0 and x0 > 0 and y0 > 0 and x1 < 95 and y1 < 95  # inside its square
    standing = thumbnail("not-an-exercise", 96).toImage()
    assert sign.toImage().convertToFormat(standing.format()) != standing
    wide = thumbnail("", 180, height=100)
    assert (wide.width(), wide.height()) == (
        round(180 * wide.devicePixelRatio()),
        round(100 * wide.devicePixelRatio()),
    )


def test_demo_runs_only_while_visible(qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = FigureWidget()
    qtbot.addWidget(widget)
    widget.set_exercise("tempo-squat")
    widget.start_demo()
    assert not widget.demo_running  # not shown yet
    widget.show()
    qtbot.waitExposed(widget)
    assert widget.demo_running
    qtbot.waitUntil(lambda: widget.fraction > 0.05, timeout=3000)
    widget.hide()
    assert not widget.demo_running
    widget.show()
    assert widget.demo_running
    widget.stop_demo()
    assert not widget.demo_running


def test_size_hint_is_square_and_scales(qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = FigureWidget()
    qtbot.addWidget(widget)
    hint = widget.sizeHint()
    assert hint.width() == hint.height()
    assert widget.minimumSizeHint() == QSize(64, 64)
    assert not widget.hasHeightForWidth()


def test_thumbnail_is_cached_and_sized(qapp: QApplication) -> None:
    a = thumbnail("side-lying-clamshell", 96)
    b = thumbnail("side-lying-clamshell", 96)
    assert a is b
    assert a.deviceIndependentSize().toSize() == QSize(96, 96)
    assert _ink(a.toImage().scaled(48, 48))[0] > 50
    assert thumbnail("side-lying-clamshell", 96, Side.RIGHT) is not a


def test_a_wide_thumbnail_lets_a_lying_figure_grow(qapp: QApplication) -> None:
    wide = thumbnail("glute-bridge", 180, height=100)
    assert wide.deviceIndependentSize().toSize() == QSize(180, 100)
    assert thumbnail("glute-bridge", 180, height=100) is wide
    lying_square = _ink(thumbnail("glute-bridge", 100).toImage())
    lying_wide = _ink(wide.toImage())
    assert lying_wide[3] - lying_wide[1] > 1.3 * (lying_square[3] - lying_square[1])
    standing_square = _ink(thumbnail("standing-quad-stretch", 100).toImage())
    standing_wide = _ink(thumbnail("standing-quad-stretch", 180, height=100).toImage())
    assert abs((standing_wide[4] - standing_wide[2]) - (standing_square[4] - standing_square[2])) <= 2


def test_dark_palette_draws_light_figures(qapp: QApplication) -> None:
    from hipdesk.ui.figure.painter import DARK, colors_for

    assert colors_for(QColor("#202020")) is DARK
    assert colors_for(QColor("#f5f5f5")) is LIGHT
    image = render_image(get_pose("plank"), 1.0, 120, 120, DARK)
    assert any(image.pixelColor(x, y).lightness() > 150 for x in range(0, 120, 3) for y in range(0, 120, 3))


def test_transparent_background(qapp: QApplication) -> None:
    image = render_image(get_pose("plank"), 1.0, 80, 80)
    assert image.pixelColor(0, 0) == QColor(Qt.GlobalColor.transparent)


def _without_floor() -> FigureColors:
    clear = QColor(0, 0, 0, 0)
    return replace(LIGHT, floor=clear, floor_edge=clear)


@pytest.mark.parametrize(
    "exercise_id",
    ["glute-bridge", "side-lying-clamshell", "roll-quads", "tall-kneeling-hip-flexor-stretch", "tempo-squat"],
)
def test_thumbnail_fit_fills_the_card_with_the_figure(qapp: QApplication, exercise_id: str) -> None:
    # Lying, kneeling and standing figures all reach across the card's long way, inside a margin.
    spec, size = get_pose(exercise_id), 120
    _, fx0, fy0, fx1, fy1 = _ink(render_image(spec, 1.0, size, size, _without_floor(), fit_figure=True))
    _, sx0, sy0, sx1, sy1 = _ink(render_image(spec, 1.0, size, size, _without_floor()))
    assert fx0 > 2 and fy0 > 2 and fx1 < size - 3 and fy1 < size - 3, "the figure touches the card's edge"
    fw, fh, sw, sh = fx1 - fx0, fy1 - fy0, sx1 - sx0, sy1 - sy0
    assert max(fw, fh) >= 0.8 * size, "the figure does not fill the card"
    assert max(fw, fh) >= max(sw, sh) - 3, "the fit made the figure smaller"
    assert fw / fh == pytest.approx(sw / sh, rel=0.08), "the fit changed the figure's proportions"


def test_thumbnail_floor_stays_inside_the_card(qapp: QApplication) -> None:
    # The still picture's floor reaches just past the body, so it fits whole rather than being cut.
    image = render_image(get_pose("butterfly-adductor-stretch"), 1.0, 120, 120, fit_figure=True)
    count, x0, y0, x1, y1 = _ink(image)
    assert count > 0 and x0 > 0 and y0 > 0 and x1 < 119 and y1 < 119


def test_figure_bounds_leave_out_walls(qapp: QApplication) -> None:
    scene = build_scene(get_pose("wall-calf-stretch"), 1.0)
    still = still_scene(get_pose("wall-calf-stretch"), 1.0)
    fx0, fy0, fx1, fy1 = still.bounds
    sx0, sy0, sx1, sy1 = scene.bounds
    assert sx0 <= fx0 and sy0 <= fy0 and fx1 <= sx1 and fy1 <= sy1
    assert (fx1 - fx0) < (sx1 - sx0)
    assert figure_bounds(still) == still.bounds
    roller = still_scene(get_pose("roll-quads"), 1.0)
    rollers = [s for s in roller.shapes if s.part == "roller"]
    assert rollers and all(roller.bounds[1] <= p[1] - s.width / 2 + 1e-9 for s in rollers for p in s.points)


def test_a_drill_that_alternates_draws_the_other_side_from_the_same_view(qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = FigureWidget()
    qtbot.addWidget(widget)
    widget.resize(240, 240)
    widget.set_exercise("hip-90-90-switches", Side.NONE, alternates=True)
    widget.set_moment(FigureMoment(1.0))
    left = widget.grab().toImage()
    widget.set_moment(FigureMoment(1.0, mirrored=True))
    assert widget.mirrored
    right = widget.grab().toImage()
    assert left != right
    # the other side is the mirror image in 3-D, seen from the same camera: not the same picture flipped
    assert right != left.flipped(Qt.Orientation.Horizontal)


def test_a_mirrored_moment_is_ignored_for_a_drill_that_does_not_alternate(qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = FigureWidget()
    qtbot.addWidget(widget)
    widget.set_exercise("glute-bridge", Side.NONE)
    widget.set_moment(FigureMoment(0.5, mirrored=True))
    assert not widget.mirrored and widget.fraction == 0.5


class _PaintedAreas(QObject):
    """The areas of a widget's paint events."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.areas: list[QRect] = []
        widget.installEventFilter(self)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QPaintEvent):
            self.areas.append(event.rect())
        return False


@pytest.mark.parametrize("exercise_id", ["leg-swings-front-back", "roll-quads", "banded-clamshell"])
def test_a_frame_repaints_only_where_the_figure_moved_and_looks_as_if_drawn_whole(
    qtbot: QtBot, exercise_id: str
) -> None:
    widget = FigureWidget()
    qtbot.addWidget(widget)
    widget.resize(400, 400)
    widget.set_exercise(exercise_id)
    widget.set_fraction(0.3)
    painted = _PaintedAreas(widget)
    widget.show()
    qtbot.waitUntil(lambda: bool(painted.areas))  # drawn whole once
    for fraction in (0.32, 0.34, 0.36):
        painted.areas.clear()
        widget.set_fraction(fraction)
        qtbot.waitUntil(lambda: bool(painted.areas))
        area = painted.areas[0]
        assert area.width() * area.height() < 400 * 400, "the whole figure was repainted for a small move"
    # Moves that come sooner than the frame rate asks wait for the next frame; the last one is what shows.
    painted.areas.clear()
    for fraction in (0.37, 0.38):
        widget.set_fraction(fraction)
        QApplication.processEvents()
    qtbot.waitUntil(lambda: bool(painted.areas) and not widget._next_frame.isActive())
    assert len(painted.areas) <= 2
    on_screen = widget.screen().grabWindow(widget.winId()).toImage()
    whole = FigureWidget()  # the same moment drawn in one go
    qtbot.addWidget(whole)
    whole.resize(400, 400)
    whole.set_exercise(exercise_id)
    whole.set_fraction(0.38)
    assert on_screen.convertToFormat(QImage.Format.Format_RGB32) == whole.grab().toImage().convertToFormat(
        QImage.Format.Format_RGB32
    )
