"""The keyboard focus ring's cost: painting the settings dialog (every kind of standard control) and the Routines
tab through FocusRingStyle, a style written in Python, against the same paint in the plain style (the floor)."""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

RUNS = 7
PAINTS = 20
TARGET_RATIO = 1.5  # a full repaint through the ring may take at most 1.5 times the plain style's


def _paint_ms(view: QWidget) -> float:
    start = time.perf_counter()
    for _ in range(PAINTS):
        view.grab()
    return (time.perf_counter() - start) * 1000 / PAINTS


def run() -> list[dict[str, object]]:
    from PySide6.QtWidgets import QApplication

    from hipdesk.app import build_services
    from hipdesk.clock import FakeClock, SystemWallClock
    from hipdesk.content.exercises import default_exercises_dir, load_library
    from hipdesk.paths import Paths
    from hipdesk.storage.db import open_database
    from hipdesk.ui.accessibility import FocusRingStyle
    from hipdesk.ui.companion.settings_dialog import SettingsDialog
    from hipdesk.ui.routines.routines_view import RoutinesView

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    plain = app.style().name()
    results = []
    with tempfile.TemporaryDirectory() as folder:
        paths = Paths.resolve(Path(folder))
        paths.ensure()
        database = open_database(paths.database, paths.backups, SystemWallClock())
        services = build_services(
            paths, database, load_library(default_exercises_dir()), clock=FakeClock(), wall=SystemWallClock()
        )
        views: list[tuple[str, QWidget]] = [
            ("settings dialog", SettingsDialog(services)),
            ("Routines tab", RoutinesView(services)),
        ]
        for _name, view in views:
            view.resize(1100, 720)
            view.show()
        app.processEvents()

        for name, view in views:
            floors, values = [], []
            for _ in range(RUNS + 1):  # interleaved, so drifting machine load hits both alike; the first warms
                app.setStyle(plain)
                app.processEvents()
                floors.append(_paint_ms(view))
                app.setStyle(FocusRingStyle(plain))  # a new one each time: setStyle deletes the one it replaces
                app.processEvents()
                values.append(_paint_ms(view))
            floor, value = statistics.median(floors[1:]), statistics.median(values[1:])
            results.append(
                {"name": f"paint the {name} with the focus ring", "value": value, "unit": "ms", "floor": floor}
            )
            results.append(
                {"name": f"focus ring cost ratio, {name}", "value": value / floor, "unit": "x", "target": TARGET_RATIO}
            )
        app.setStyle(plain)
        for _name, view in views:
            view.close()
            view.deleteLater()
        app.processEvents()
        database.dispose()
    return results
