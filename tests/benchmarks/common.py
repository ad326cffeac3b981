"""Helpers the benchmarks share: medians, and waiting until a widget has really painted.

``QWidget.repaint()`` right after ``show()`` paints nothing: the window is not exposed until the event loop has run,
so a timing that stops there measures no drawing at all. ``until_painted`` runs the event loop until the widget has
received (and, once ``processEvents`` returns, finished) a paint event.
"""

from __future__ import annotations

import statistics
import time

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
