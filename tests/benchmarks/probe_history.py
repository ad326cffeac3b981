"""One first opening of the History tab in a fresh process, for bench_history (a first time happens once a process).

    python -m tests.benchmarks.probe_history hipdesk DATA_DIR   # HipDesk's History tab
    python -m tests.benchmarks.probe_history floor DATA_DIR     # bare pyqtgraph drawing the same series

Both start from a running HipDesk: its window up on the Library tab over the store, as when someone first clicks
History. The floor also has pyqtgraph imported and its series computed before its clock starts. Each prints one line
of JSON: milliseconds until the first screen has painted (``first_screen_ms``) and until every chart has been drawn,
the ones below the first screen too (``every_chart_ms``: the whole page rendered once).
"""

from __future__ import annotations

import json
import math
import os
import sys
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QGridLayout, QScrollArea, QWidget

from tests.benchmarks.common import until_painted

WIDTH, HEIGHT = 1280, 820


_KEEP: list[object] = []  # what the app's run() keeps alive for the life of the process


def running_hipdesk(data_dir: Path) -> Any:
    """HipDesk's window, started as the app starts it (the desk companion too), showing the Library over the store."""
    from hipdesk.app import Startup, create_application, qsettings_for
    from hipdesk.clock import MonotonicClock, SystemWallClock
    from hipdesk.paths import Paths
    from hipdesk.storage.db import open_database
    from hipdesk.storage.settings_repository import SettingsRepository
    from hipdesk.ui.main_window import MainWindow
    from hipdesk.usecases.preferences import SAFETY_NOTICE_READ, Preferences

    create_application()
    paths = Paths.resolve(data_dir)
    database = open_database(paths.database, paths.backups, SystemWallClock())
    Preferences(SettingsRepository(database.engine)).set(SAFETY_NOTICE_READ, True)  # no notice over the window
    database.dispose()
    settings = qsettings_for(paths)
    window = MainWindow(settings)
    window.resize(WIDTH, HEIGHT)
    startup = Startup(window, paths, clock=MonotonicClock(), wall=SystemWallClock())
    window.show()
    until_painted(window)
    assert startup.finish()
    startup.start_companion()
    _KEEP.append(startup)
    library: Any = window.built_tab("library")
    until_painted(library.results.viewport())
    return window


def hipdesk(data_dir: Path) -> dict[str, float]:
    window = running_hipdesk(data_dir)
    start = time.perf_counter()
    view: Any = window.show_tab("history")
    until_painted(view.minutes_chart)
    first_screen = time.perf_counter() - start
    view.content.widget().grab()
    every_chart = time.perf_counter() - start
    return {"first_screen_ms": first_screen * 1000, "every_chart_ms": every_chart * 1000}


def floor(data_dir: Path) -> dict[str, float]:
    """The same series as HipDesk's History tab opens with (the last year of a long history), each chart a
    pyqtgraph PlotWidget with plain bar graphs, lines, legends, the goal line and the typical band."""
    import pyqtgraph as pg

    from hipdesk.domain.weekly import HEATMAP_WEEKS, HistoryRange, summarize, week_start, weekly_goal
    from hipdesk.ui.history import charts
    from hipdesk.ui.theme import current

    services = running_hipdesk(data_dir).services
    today = services.wall.today()
    recent = week_start(today) - timedelta(weeks=HEATMAP_WEEKS - 1)
    goal = float(weekly_goal(None))
    history = summarize(services.history.rows(recent), services.library, goal, today)
    slots = history.slots(HistoryRange.YEAR)
    checks = history.check_slots(HistoryRange.YEAR)
    x = list(range(len(slots)))
    keys = [w.start for w in slots]

    def nan(value: float | None) -> float:
        return math.nan if value is None else value

    hue = current().chart_colour  # the charts' colours by name, as HipDesk's own charts paint them
    start = time.perf_counter()
    page = QWidget()
    grid = QGridLayout(page)

    def plot(row: int, column: int, height: int, columns: int = 1) -> Any:
        widget = pg.PlotWidget(background="w")
        widget.setFixedHeight(height)
        grid.addWidget(widget, row, column, 1, columns)
        return widget

    minutes = plot(0, 0, 250, 2)
    heights = [w.per_week(w.minutes) for w in slots]
    colours = [hue(charts.MINUTES_MET) if h >= goal else hue(charts.MINUTES_SHORT) for h in heights]
    minutes.addItem(pg.BarGraphItem(x=x, height=heights, width=0.72, brushes=colours))
    minutes.addItem(pg.InfiniteLine(pos=goal, angle=0, label=f"goal {goal:g} min"))

    sessions = plot(1, 0, 210)
    sessions.addLegend()
    complete = [w.per_week(w.complete) for w in slots]
    sessions.addItem(pg.BarGraphItem(x=x, height=complete, width=0.72, brush=hue(charts.COMPLETE), name="complete"))
    partial = [w.per_week(w.partial) for w in slots]
    sessions.addItem(pg.BarGraphItem(x=x, height=partial, y0=complete, width=0.72, brush=hue(charts.PARTIAL)))

    def lines(widget: Any, series: dict[str, tuple[list[float], list[float], str]]) -> None:
        widget.addLegend()
        for name, (xs, ys, colour) in series.items():
            widget.plot(xs, ys, name=name, pen=pg.mkPen(hue(colour), width=2), symbol="o", connect="finite")

    lines(
        plot(1, 1, 210),
        {
            "before": (x, [nan(w.pain_before) for w in slots], charts.PAIN_BEFORE),
            "after": (x, [nan(w.pain_after) for w in slots], charts.PAIN_AFTER),
        },
    )
    phases = plot(2, 0, 210)
    phases.addLegend()
    base = [0.0] * len(slots)
    for phase in charts.PHASE_ORDER:
        part = [w.per_week(w.phase_minutes.get(phase, 0.0)) for w in slots]
        if any(part):
            colour = hue(charts.PHASE_COLOURS[phase])
            phases.addItem(pg.BarGraphItem(x=x, height=part, y0=list(base), width=0.72, brush=colour, name=phase))
            base = [b + h for b, h in zip(base, part, strict=True)]
    lines(
        plot(2, 1, 210),
        {
            "left": (x, [w.per_week(w.left_min) for w in slots], charts.LEFT),
            "right": (x, [w.per_week(w.right_min) for w in slots], charts.RIGHT),
        },
    )
    regions = plot(3, 0, 330, 2)
    totals: dict[str, float] = {}
    for w in history.in_range(HistoryRange.YEAR):
        for region, value in w.region_minutes.items():
            totals[region] = totals.get(region, 0.0) + value
    ranked = sorted(totals.values())
    regions.addItem(pg.BarGraphItem(x0=0, y=list(range(len(ranked))), height=0.66, width=ranked))
    for i, series in enumerate(checks):
        chart = plot(4 + i // 2, i % 2, 200)
        chart.addItem(pg.LinearRegionItem(values=(0, 1), orientation="horizontal", movable=False))
        index = {monday: n for n, monday in enumerate(keys)}
        lines(
            chart,
            {
                side: (
                    [float(index[m]) for m, _v in points if m in index],
                    [v for m, v in points if m in index],
                    charts.SIDE_COLOURS.get(side, charts.NEUTRAL),
                )
                for side, points in series.by_side.items()
            },
        )
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(page)
    scroll.resize(WIDTH, HEIGHT)
    scroll.show()
    until_painted(minutes.viewport())
    first_screen = time.perf_counter() - start
    page.grab()
    every_chart = time.perf_counter() - start
    return {"first_screen_ms": first_screen * 1000, "every_chart_ms": every_chart * 1000}


def main(argv: list[str]) -> int:
    kind, data_dir = argv[0], Path(argv[1])
    if kind == "floor":
        import pyqtgraph  # noqa: F401  (before the clock starts: the floor is pyqtgraph drawing, not loading)
    result = {"hipdesk": hipdesk, "floor": floor}[kind](data_dir)
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
