"""The History tab on ten years of history (two sessions a day, about eight steps each: ~59,000 step rows, weekly
checks and pain ratings): opening it the first time, and switching its range.

- First time: in a fresh process (probe_history.py), from a HipDesk window showing the Library, until the tab's first
  screen has painted with every chart filled; FIRST_RUNS processes, the median. Floor, measured the same way in
  processes of its own: bare pyqtgraph drawing the same series (a PlotWidget per chart with plain bar graphs,
  lines, legends, the goal line and the typical band), with pyqtgraph imported and the series computed before its
  clock starts. An info row adds the charts below the first screen painted too.
- Switching range, in this process. Switching to "All" before the worker thread's read of ten years has
  arrived reads them at once; its floor is the bare aggregation queries through sqlite3 over all ten years.
"""

from __future__ import annotations

import json
import os
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.benchmarks.common import dispose, history_store, until_painted

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

RUNS = 7
FIRST_RUNS = 5
REPO = Path(__file__).resolve().parents[2]


def _median_ms(work: Callable[[], object], runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _probe(kind: str, data: Path) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-m", "tests.benchmarks.probe_history", kind, str(data)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])  # type: ignore[no-any-return]


def first_times(data: Path) -> dict[str, list[float]]:
    _probe("hipdesk", data)  # warm the file cache and the bytecode for both
    _probe("floor", data)
    found: dict[str, list[float]] = {}
    for _ in range(FIRST_RUNS):  # interleaved, so drifting machine load hits both alike
        for kind in ("hipdesk", "floor"):
            for key, value in _probe(kind, data).items():
                found.setdefault(f"{kind}:{key}", []).append(value)
    return found


def run() -> list[dict[str, Any]]:
    data = history_store(10)
    first = first_times(data)

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])

    from hipdesk.domain.weekly import HistoryRange
    from hipdesk.storage.history_repository import AGGREGATION_QUERIES
    from hipdesk.ui.history.history_view import HistoryView
    from tests.benchmarks.probe_history import HEIGHT, WIDTH, running_hipdesk

    window = running_hipdesk(data)
    window.hide()  # the views below open as windows of their own; a window behind them would repaint with them
    app.processEvents()
    services = window.services
    steps = sqlite3.connect(services.paths.database).execute("SELECT count(*) FROM steps").fetchone()[0]
    bare = sqlite3.connect(services.paths.database)

    def queries() -> None:
        for query in AGGREGATION_QUERIES:
            bare.execute(query, {"since": "0000-01-01"}).fetchall()

    queries()  # warm the page cache
    floor_all = _median_ms(queries)
    views: list[HistoryView] = []

    def open_tab() -> float:
        start = time.perf_counter()
        view = HistoryView(services)
        view.resize(WIDTH, HEIGHT)
        view.show()
        until_painted(view.minutes_chart)
        views.append(view)
        return (time.perf_counter() - start) * 1000

    def settle() -> None:
        for view in views:
            view.wait_for_reads()
            app.processEvents()
        dispose(*views)
        views.clear()

    open_tab()
    view = views[0]
    app.processEvents()
    view.wait_for_reads()
    app.processEvents()
    switches: dict[HistoryRange, list[float]] = {span: [] for span in HistoryRange}
    for _ in range(RUNS):
        for span in (HistoryRange.WEEKS_8, HistoryRange.MONTHS_6, HistoryRange.YEAR, HistoryRange.ALL):
            start = time.perf_counter()
            view.set_range(span)
            until_painted(view.minutes_chart)
            switches[span].append((time.perf_counter() - start) * 1000)
    settle()

    cold_times: list[float] = []
    for _ in range(3):  # "All" chosen before the worker thread's read of ten years has arrived
        cold = HistoryView(services)
        cold.resize(WIDTH, HEIGHT)
        cold.show()
        start = time.perf_counter()
        cold.set_range(HistoryRange.ALL)
        until_painted(cold.minutes_chart)
        cold_times.append((time.perf_counter() - start) * 1000)
        views.append(cold)
        settle()
    bare.close()
    window.close()
    app.processEvents()

    ms = "ms"
    pyqtgraph_floor = "bare pyqtgraph drawing the same series, first time in a fresh process"
    results: list[dict[str, Any]] = [
        {
            "name": f"history: every chart drawn, first time, {steps} steps (median of {FIRST_RUNS} starts)",
            "value": statistics.median(first["hipdesk:first_screen_ms"]),
            "unit": ms,
            "floor": statistics.median(first["floor:first_screen_ms"]),
            "floor_name": pyqtgraph_floor + ", until its first screen has painted",
            "target": 120.0,
        },
        {
            "name": "history: ... and the charts below the first screen painted too",
            "value": statistics.median(first["hipdesk:every_chart_ms"]),
            "unit": ms,
            "floor": statistics.median(first["floor:every_chart_ms"]),
            "floor_name": pyqtgraph_floor + ", the whole page rendered",
        },
    ]
    for span, times in switches.items():
        results.append(
            {
                "name": f"history: switch range to {span.label}, every chart drawn (median of {RUNS})",
                "value": statistics.median(times),
                "unit": ms,
                "target": 50,
            }
        )
    results.append(
        {
            "name": "history: switch to All before the background read is in (median of 3)",
            "value": statistics.median(cold_times),
            "unit": ms,
            "floor": floor_all,
            "floor_name": "the aggregation queries over all ten years through bare sqlite3",
        }
    )
    return results
