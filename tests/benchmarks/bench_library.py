"""The Library tab: filtering per keystroke over 2,000 exercises, and opening the tab with the real library.

Floors, measured in the same run: a bare QSortFilterProxyModel with a plain fixed-string filter over the same
2,000 search texts, typed the same way; and an empty QListView opened the same way as the tab.
"""

from __future__ import annotations

import dataclasses
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSortFilterProxyModel, QStringListModel, Qt
from PySide6.QtWidgets import QApplication, QListView, QWidget

from hipdesk.domain.exercise import Exercise
from hipdesk.domain.library import Library

SYNTHETIC_SIZE = 2000
OPEN_RUNS = 7
# Fifty keystrokes: words typed letter by letter, a slip corrected with Backspace, the field cleared between.
TYPED = ("hip flexor", "90/90", "glute bri", "band wa", "hamstring", "roll")


def keystroke_queries() -> list[str]:
    queries: list[str] = []
    for word in TYPED:
        queries += [word[: i + 1] for i in range(len(word))]
        queries += [word[:-1], word, ""]
    return queries[:50]


def synthetic_exercises(real: list[Exercise], size: int) -> list[Exercise]:
    """``size`` exercises cycled from the real ones, each with its own id and a varied name."""
    extras = ("easy", "slow", "paused", "long", "wide", "narrow", "tall", "deep", "light", "loaded")
    out = []
    for i in range(size):
        base = real[i % len(real)]
        tag = extras[(i // len(real)) % len(extras)]
        out.append(dataclasses.replace(base, id=f"{base.id}-{i}", name=f"{base.name} ({tag} {i})"))
    return out


def _time_each(queries: list[str], apply: Callable[[str], int]) -> list[float]:
    times = []
    for query in queries:
        start = time.perf_counter()
        apply(query)
        times.append((time.perf_counter() - start) * 1000)
    return times


def bench_filter(real: Library) -> list[dict]:
    from hipdesk.ui.library.exercise_filter_model import ExerciseFilterModel
    from hipdesk.ui.library.exercise_model import ExerciseListModel

    exercises = Library(synthetic_exercises(real.exercises(), SYNTHETIC_SIZE)).exercises()
    model = ExerciseListModel(exercises)
    proxy = ExerciseFilterModel()
    proxy.setSourceModel(model)
    proxy.rowCount()

    bare_source = QStringListModel(list(model.search_texts()))
    bare = QSortFilterProxyModel()
    bare.setSourceModel(bare_source)
    bare.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    bare.rowCount()

    def ours(query: str) -> int:
        proxy.set_query(query)
        return proxy.rowCount()

    def floor(query: str) -> int:
        bare.setFilterFixedString(query)
        return bare.rowCount()

    queries = keystroke_queries()
    _time_each(queries, ours)  # warm both
    _time_each(queries, floor)
    ours_ms, floor_ms = [], []
    for _ in range(3):  # interleaved rounds, so drifting machine load hits both alike
        ours_ms += _time_each(queries, ours)
        floor_ms += _time_each(queries, floor)
    label = f"library filter, {SYNTHETIC_SIZE} exercises, per keystroke"
    n = len(queries)
    return [
        {
            "name": f"{label}: median of {n}",
            "value": statistics.median(ours_ms),
            "unit": "ms",
            "floor": statistics.median(floor_ms),
            "target": 5.0,
        },
        {
            "name": f"{label}: worst of {n}",
            "value": max(ours_ms[-n:]),
            "unit": "ms",
            "floor": max(floor_ms[-n:]),
            "target": 5.0,
        },
    ]


def _open(make: Callable[[], QWidget]) -> tuple[float, QWidget]:
    start = time.perf_counter()
    widget = make()
    widget.resize(1100, 720)
    widget.show()
    widget.repaint()
    return (time.perf_counter() - start) * 1000, widget


def bench_open(real: Library, data_dir: Path) -> list[dict]:
    from hipdesk.app import build_services
    from hipdesk.clock import MonotonicClock, SystemWallClock
    from hipdesk.paths import Paths
    from hipdesk.storage.db import open_database
    from hipdesk.ui.library.library_view import LibraryView

    paths = Paths.resolve(data_dir)
    paths.ensure()
    database = open_database(paths.database, paths.backups, SystemWallClock())
    try:
        services = build_services(paths, database, real, clock=MonotonicClock(), wall=SystemWallClock())
        app = QApplication.instance()
        assert app is not None
        tab_ms, floor_ms, thumbs_ms = [], [], []
        for run in range(OPEN_RUNS + 1):
            elapsed, bare = _open(QListView)
            bare.close()
            bare.deleteLater()
            start = time.perf_counter()
            elapsed_tab, view = _open(lambda: LibraryView(services))
            assert isinstance(view, LibraryView)
            # Thumbnails fill in after the first paint; this is how long until every card on screen has one.
            while view.thumbnails.pending_count() or not view.thumbnails.cached_count():
                app.processEvents()
            done = (time.perf_counter() - start) * 1000
            view.close()
            view.deleteLater()
            app.processEvents()
            if run:  # the first round warms imports and caches
                floor_ms.append(elapsed)
                tab_ms.append(elapsed_tab)
                thumbs_ms.append(done)
    finally:
        database.dispose()
    return [
        {
            "name": f"open the Library tab, {len(real)} exercises (median of {OPEN_RUNS})",
            "value": statistics.median(tab_ms),
            "unit": "ms",
            "floor": statistics.median(floor_ms),
        },
        {
            "name": "open the Library tab until on-screen thumbnails are drawn",
            "value": statistics.median(thumbs_ms),
            "unit": "ms",
        },
    ]


def run() -> list[dict]:
    from hipdesk.app import create_application
    from hipdesk.content.exercises import default_exercises_dir, load_library

    create_application()
    real = load_library(default_exercises_dir())
    with tempfile.TemporaryDirectory() as data:
        return bench_filter(real) + bench_open(real, Path(data))
