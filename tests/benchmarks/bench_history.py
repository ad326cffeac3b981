"""The History tab on ten years of history (two sessions a day, about eight steps each: ~58,000 step rows, weekly
checks and pain ratings), after pyqtgraph is loaded: opening the tab and switching its range.

Floors, measured in the same run: the bare aggregation queries through sqlite3, over the last 52 weeks (what the
tab reads before it first paints; the rest of a long history is read in a worker thread) and over all ten years.
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

RUNS = 7


def _median_ms(work: Callable[[], object], runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def run() -> list[dict]:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    import pyqtgraph  # noqa: F401  (loaded before the clock starts, as when the tab opens in a running HipDesk)

    from hipdesk.app import build_services
    from hipdesk.clock import MonotonicClock, SystemWallClock
    from hipdesk.content.exercises import default_exercises_dir, load_library
    from hipdesk.domain.weekly import HEATMAP_WEEKS, HistoryRange, week_start
    from hipdesk.paths import Paths
    from hipdesk.storage.db import open_database
    from hipdesk.storage.history_repository import AGGREGATION_QUERIES
    from hipdesk.ui.history.history_view import HistoryView
    from tools.fill_history import fill_years

    with tempfile.TemporaryDirectory() as data:
        paths = Paths.resolve(data)
        paths.ensure()
        database = open_database(paths.database, paths.backups, SystemWallClock())
        counts = fill_years(database.engine, SystemWallClock().today(), years=10)
        services = build_services(
            paths, database, load_library(default_exercises_dir()), clock=MonotonicClock(), wall=SystemWallClock()
        )

        recent = (week_start(services.wall.today()) - timedelta(weeks=HEATMAP_WEEKS - 1)).isoformat()
        bare = sqlite3.connect(paths.database)

        def queries(since: str) -> None:
            for query in AGGREGATION_QUERIES:
                bare.execute(query, {"since": since}).fetchall()

        queries("0000-01-01")  # warm the page cache for both
        floor_recent = _median_ms(lambda: queries(recent))
        floor_all = _median_ms(lambda: queries("0000-01-01"))

        views: list[HistoryView] = []

        def open_tab() -> tuple[float, float]:
            """Milliseconds to the first paint, and to every chart drawn (those below the first screen are
            made after the first paint, one per event-loop turn)."""
            start = time.perf_counter()
            view = HistoryView(services)
            view.resize(1280, 820)
            view.show()
            view.repaint()  # the first paint, now
            painted = (time.perf_counter() - start) * 1000
            while not view.all_drawn:
                app.processEvents()
            app.processEvents()
            views.append(view)
            return painted, (time.perf_counter() - start) * 1000

        def settle() -> None:
            for view in views:
                view.wait_for_reads()
                app.processEvents()
                view.close()
                view.deleteLater()
            app.processEvents()
            views.clear()

        first_paint, first_drawn = open_tab()
        settle()
        paints, drawn = [], []
        for _ in range(RUNS):
            painted, complete = open_tab()
            paints.append(painted)
            drawn.append(complete)
            settle()

        open_tab()
        view = views[0]
        view.wait_for_reads()
        app.processEvents()
        switches: dict[HistoryRange, list[float]] = {span: [] for span in HistoryRange}
        switched_all: dict[HistoryRange, list[float]] = {span: [] for span in HistoryRange}
        for _ in range(RUNS):
            for span in (HistoryRange.WEEKS_8, HistoryRange.MONTHS_6, HistoryRange.YEAR, HistoryRange.ALL):
                start = time.perf_counter()
                view.set_range(span)
                view.repaint()  # what is on screen, redrawn
                switches[span].append((time.perf_counter() - start) * 1000)
                while not view.all_drawn:  # the rest follows in the next event-loop turns
                    app.processEvents()
                switched_all[span].append((time.perf_counter() - start) * 1000)
        settle()

        cold_times: list[float] = []
        for _ in range(3):  # "All" chosen before the worker thread's read of ten years has arrived
            cold = HistoryView(services)
            cold.resize(1280, 820)
            cold.show()
            cold.repaint()
            start = time.perf_counter()
            cold.set_range(HistoryRange.ALL)
            cold.repaint()
            cold_times.append((time.perf_counter() - start) * 1000)
            views.append(cold)
            settle()
        bare.close()
        database.dispose()

    steps = counts["steps"]
    ms = "ms"
    results = [
        {"name": f"history: bare queries, last 52 weeks ({steps} steps)", "value": floor_recent, "unit": ms},
        {"name": "history: bare queries, all ten years", "value": floor_all, "unit": ms},
        {"name": "history: open, first paint, first time", "value": first_paint, "unit": ms, "floor": floor_recent},
        {"name": "history: open, every chart drawn, first time", "value": first_drawn, "unit": ms},
        {
            "name": f"history: open, first paint (median of {RUNS})",
            "value": statistics.median(paints),
            "unit": ms,
            "floor": floor_recent,
            "target": 150,
        },
        {
            "name": f"history: open, every chart drawn (median of {RUNS})",
            "value": statistics.median(drawn),
            "unit": ms,
            "floor": floor_recent,
        },
    ]
    for span, times in switches.items():
        results.append(
            {
                "name": f"history: switch range to {span.label}, on screen (median)",
                "value": statistics.median(times),
                "unit": ms,
                "target": 50,
            }
        )
        results.append(
            {
                "name": f"history: switch range to {span.label}, every chart (median)",
                "value": statistics.median(switched_all[span]),
                "unit": ms,
            }
        )
    results.append(
        {
            "name": "history: switch to All before the background read is in",
            "value": statistics.median(cold_times),
            "unit": ms,
            "floor": floor_all,
        }
    )
    return results
