"""Figure drawing cost: one 400×400 frame against filling the same image, and CPU while animating.

The frame time includes the whole per-frame path (joint angles at the fraction, kinematics, resting on
the floor, projection, depth sorting and QPainter drawing), averaged over a mix of exercises.
"""

from __future__ import annotations

import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QApplication

from hipdesk.domain.exercise import Side
from hipdesk.figure.poses import get_pose
from hipdesk.figure.scene import build_scene
from hipdesk.ui.figure.figure_widget import FigureWidget
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


def _fill_times(image: QImage) -> list[float]:
    colour = QColor("#fbfaf7")
    out = []
    for _ in range(FRAMES):
        t = time.perf_counter()
        image.fill(colour)
        out.append(time.perf_counter() - t)
    return out


def _frame_times(image: QImage) -> list[float]:
    colour = QColor("#fbfaf7")
    rect = QRectF(0, 0, SIZE, SIZE)
    specs = [get_pose(e, side) for e in EXERCISES for side in (Side.LEFT, Side.RIGHT)]
    for spec in specs:  # warm the per-exercise caches (file, fit box) as the app does on first show
        build_scene(spec, 0.0)
    out = []
    for i in range(FRAMES):
        spec = specs[i % len(specs)]
        t = time.perf_counter()
        image.fill(colour)
        painter = QPainter(image)
        paint_scene(painter, build_scene(spec, (i % 31) / 30), rect, LIGHT)
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
    fill_ms = _median_ms(_fill_times(image))
    frame_ms = _median_ms(_frame_times(image))
    cpu_pct, fps = _animate_cpu(app)
    return [
        {"name": "figure: fill a 400×400 image (floor)", "value": fill_ms, "unit": "ms"},
        {
            "name": "figure: draw one 400×400 frame (median)",
            "value": frame_ms,
            "unit": "ms",
            "floor": fill_ms,
            "target": 3.0,
        },
        {"name": "figure: CPU animating 10 s at 30 fps", "value": cpu_pct, "unit": "% core", "target": 10.0},
        {"name": "figure: frames painted per second while animating", "value": fps, "unit": "fps"},
    ]


if __name__ == "__main__":
    for row in run():
        print(row)
