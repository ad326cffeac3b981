"""Routines: importing a routine file against bare JSON parsing, timing the routine list, opening the tab, editing."""

from __future__ import annotations

import json
import statistics
import tempfile
import time
from collections.abc import Callable


def _median_ms(work: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def run() -> list[dict]:
    from PySide6.QtWidgets import QApplication

    from hipdesk.app import build_services
    from hipdesk.clock import FakeClock, SystemWallClock
    from hipdesk.content.builtin_routines import default_routines_dir, load_builtin_routines
    from hipdesk.content.exercises import default_exercises_dir, load_library
    from hipdesk.content.routine_file import read_routine_file
    from hipdesk.domain.routine_rules import total_duration_s
    from hipdesk.paths import Paths
    from hipdesk.storage.db import open_database

    app = QApplication.instance() or QApplication([])
    library = load_library(default_exercises_dir())
    biggest = max(default_routines_dir().glob("*.json"), key=lambda p: len(json.loads(p.read_text())["items"]))
    results: list[dict] = []

    read = _median_ms(lambda: read_routine_file(biggest, library), 300)
    bare = _median_ms(lambda: json.loads(biggest.read_bytes().decode("utf-8")), 300)
    results.append(
        {"name": f"import a routine file ({biggest.name}), checked", "value": read, "unit": "ms", "floor": bare}
    )

    builtins = load_builtin_routines(library)
    totals = _median_ms(lambda: [total_duration_s(r, library) for r in builtins], 100)
    results.append({"name": "total time of all eight built-in routines", "value": totals, "unit": "ms", "target": 5})

    with tempfile.TemporaryDirectory() as folder:
        paths = Paths.resolve(folder)
        paths.ensure()
        database = open_database(paths.database, paths.backups, SystemWallClock())
        try:
            services = build_services(paths, database, library, clock=FakeClock(), wall=SystemWallClock())
            from hipdesk.ui.routines.routines_view import RoutinesView

            views: list[RoutinesView] = []

            def build() -> None:
                view = RoutinesView(services)
                view.resize(1100, 730)
                view.grab()  # laid out and painted once
                views.append(view)

            cold = _median_ms(build, 1)  # the first time: imports, and the figure thumbnails drawn
            results.append(
                {"name": "open the Routines tab the first time", "value": cold, "unit": "ms", "target": 1000}
            )
            opened = _median_ms(build, 7)
            results.append(
                {
                    "name": "open the Routines tab again (build and first paint)",
                    "value": opened,
                    "unit": "ms",
                    "target": 300,
                }
            )

            editor = views[-1].editor
            editor.duplicate()

            def edit() -> None:
                editor.add_exercise("figure-four-stretch")
                editor.undo_stack.undo()
                app.processEvents()

            results.append(
                {
                    "name": "editor: add an exercise and undo it",
                    "value": _median_ms(edit, 50) / 2,
                    "unit": "ms/edit",
                    "target": 50,
                }
            )
            for view in views:
                view.deleteLater()
            app.processEvents()
        finally:
            database.dispose()
    return results
