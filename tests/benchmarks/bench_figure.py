"""Figure drawing cost: one 400×400 frame against QPainter drawing the very same shapes, and CPU while animating.

The frame time includes the whole per-frame path (joint angles at the fraction, kinematics, resting on the floor,
projection, depth sorting and QPainter drawing), over a mix of exercises. The floor is the drawing alone: each frame's
shapes are recorded once into a QPicture (the same antialiased round-capped lines, discs and polygons, with the same
pens and brushes) and replayed onto the cleared image, so the ratio is what HipDesk's own per-frame work costs on top
of painting.
"""

from __future__ import annotations

import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPicture
from PySide6.QtWidgets import QApplication

from hipdesk.domain.exercise import Side
from hipdesk.figure.poses import get_pose
from hipdesk.figure.scene import build_scene
from hipdesk.ui.figure.figure_widget import FRAME_MS, FigureWidget
from hipdesk.ui.figure.painter import LIGHT, paint_scene

SIZE = 400
FRAMES = 300
EXERCISES = ("glute-bridge", "hip-90-90-switches", "side-lying-clamshell", "roll-quads", "tempo-squat")
ANIMATE_S = 10.0


def _app() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    return QApplication([])


def _median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000.0


BACKGROUND = QColor("#fbfaf7")
RECT = QRectF(0, 0, SIZE, SIZE)


def _frames() -> list[tuple[object, float]]:
    """The frames both sides draw: (pose, fraction) over the mix of exercises, both sides, through the movement."""
    specs = [get_pose(e, side) for e in EXERCISES for side in (Side.LEFT, Side.RIGHT)]
    for spec in specs:  # warm the per-exercise caches (file, fit box) as the app does on first show
        build_scene(spec, 0.0)
    return [(specs[i % len(specs)], (i % 31) / 30) for i in range(FRAMES)]


def _recorded(frames: list[tuple[object, float]]) -> tuple[list[QPicture], float]:
    """Each frame's drawing recorded once, and the mean number of shapes in a frame."""
    pictures, shapes = [], 0
    for spec, fraction in frames:
        scene = build_scene(spec, fraction)  # type: ignore[arg-type]
        shapes += len(scene.shapes)
        picture = QPicture()
        painter = QPainter(picture)
        paint_scene(painter, scene, RECT, LIGHT)
        painter.end()
        pictures.append(picture)
    return pictures, shapes / len(frames)


def _replay_times(image: QImage, pictures: list[QPicture]) -> list[float]:
    out = []
    for picture in pictures:
        t = time.perf_counter()
        image.fill(BACKGROUND)
        painter = QPainter(image)
        picture.play(painter)
        painter.end()
        out.append(time.perf_counter() - t)
    return out


def _frame_times(image: QImage, frames: list[tuple[object, float]]) -> list[float]:
    out = []
    for spec, fraction in frames:
        t = time.perf_counter()
        image.fill(BACKGROUND)
        painter = QPainter(image)
        paint_scene(painter, build_scene(spec, fraction), RECT, LIGHT)  # type: ignore[arg-type]
        painter.end()
        out.append(time.perf_counter() - t)
    return out


class _CountingFigure(FigureWidget):
    painted = 0

    def paintEvent(self, event: QPaintEvent) -> None:
        self.painted += 1
        super().paintEvent(event)


def _animate_cpu(app: QApplication) -> tuple[float, float]:
    """(% of one core, frames per second) while the demo loop runs for ANIMATE_S seconds."""
    widget = _CountingFigure()
    widget.resize(SIZE, SIZE)
    widget.set_exercise("hip-90-90-switches")
    widget.show()
    widget.start_demo()
    app.processEvents()
    loop = QEventLoop()
    stop = QTimer()
    stop.setSingleShot(True)
    stop.setTimerType(Qt.TimerType.PreciseTimer)
    stop.timeout.connect(loop.quit)
    stop.start(int(ANIMATE_S * 1000))
    cpu0, wall0, frames0 = time.process_time(), time.perf_counter(), widget.painted
    loop.exec()
    cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
    frames = widget.painted - frames0
    widget.stop_demo()
    widget.close()
    widget.deleteLater()
    app.processEvents()
    return 100.0 * cpu / wall, frames / wall


def run() -> list[dict[str, object]]:
    app = _app()
    image = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    frames = _frames()
    pictures, shapes = _recorded(frames)
    _replay_times(image, pictures)  # warm both
    _frame_times(image, frames)
    replay: list[float] = []
    drawn: list[float] = []
    for _ in range(3):  # interleaved rounds, so drifting machine load hits both alike
        replay += _replay_times(image, pictures)
        drawn += _frame_times(image, frames)
    cpu_pct, fps = _animate_cpu(app)
    wanted_fps = 1000 / FRAME_MS
    return [
        {
            "name": f"figure: one 400×400 frame, pose to pixels (median of {len(drawn)})",
            "value": _median_ms(drawn),
            "unit": "ms",
            "floor": _median_ms(replay),
            "floor_name": f"QPainter replaying the same frames' shapes ({shapes:.0f} a frame) onto the cleared image",
            "target": 3.0,
        },
        {
            "name": f"figure: CPU while the demo animates {ANIMATE_S:g} s "
            f"({fps:.1f} fps painted, {wanted_fps:.0f} asked)",
            "value": cpu_pct,
            "unit": "% core",
            "target": 10.0,
        },
        {"name": "figure: frames the demo painted per second", "value": fps, "unit": "fps"},
    ]


if __name__ == "__main__":
    for row in run():
        print(row)
