"""Helpers the benchmarks share: medians, and waiting until a widget has really painted.

``QWidget.repaint()`` right after ``show()`` paints nothing: the window is not exposed until the event loop has run,
so a timing that stops there measures no drawing at all. ``until_painted`` runs the event loop until the widget has
received (and, once ``processEvents`` returns, finished) a paint event.
"""

from __future__ import annotations

import atexit
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QWidget


def median_ms(seconds: list[float]) -> float:
    return statistics.median(seconds) * 1000.0


class PaintWatch(QObject):
    """Counts the paint events a widget receives."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.painted = 0
        self._widget = widget
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.Paint:
            self.painted += 1
        return False

    def remove(self) -> None:
        self._widget.removeEventFilter(self)


def until_painted(widget: QWidget, timeout_s: float = 30.0) -> None:
    """Run the event loop until ``widget`` has painted once from now on."""
    app = QCoreApplication.instance()
    assert app is not None
    watch = PaintWatch(widget)
    deadline = time.perf_counter() + timeout_s
    try:
        while not watch.painted:
            if time.perf_counter() > deadline:
                raise TimeoutError(f"{widget!r} did not paint within {timeout_s} s")
            app.processEvents()
    finally:
        watch.remove()


_STORES: dict[float, Path] = {}


def history_store(years: float = 10.0) -> Path:
    """A data folder holding ``years`` of made-up history up to today (tools/fill_history.py: two sessions a day,
    ~59,000 steps in ten years), made once per run and removed when the run ends."""
    if years not in _STORES:
        from hipdesk.clock import SystemWallClock
        from hipdesk.paths import Paths
        from hipdesk.storage.db import open_database
        from tools.fill_history import fill_years

        folder = Path(tempfile.mkdtemp(prefix="hipdesk-bench-"))
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        paths = Paths.resolve(folder)
        paths.ensure()
        wall = SystemWallClock()
        database = open_database(paths.database, paths.backups, wall)
        try:
            fill_years(database.engine, wall.today(), years=years)
        finally:
            database.dispose()
        _STORES[years] = folder
    return _STORES[years]


def dispose(*widgets: QWidget) -> None:
    """Close and delete widgets now. Outside ``exec()`` a ``deleteLater`` alone never happens, so without this every
    widget a benchmark opens stays alive and slows the ones after it."""
    app = QCoreApplication.instance()
    assert app is not None
    for widget in widgets:
        widget.close()
        widget.deleteLater()
    app.processEvents()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
