"""PySide6 6.12.0 on Python 3.11 loses a reference to None on every void Qt call and aborts after a few
thousand. This guard fails fast if such a build is ever installed."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject


def test_void_qt_calls_keep_none_alive() -> None:
    obj = QObject()
    before = sys.getrefcount(None)
    for i in range(10_000):
        obj.setObjectName(f"guard{i % 7}")  # a Qt method that returns nothing
    after = sys.getrefcount(None)
    assert after >= before - 50, f"None lost {before - after} references in 10,000 void calls"
