"""What a person would see cut off: labels wider than the part of the window that shows them, and label text that
does not fit the label's box (a word wider than the label, wrapped lines taller than it)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QToolButton, QWidget

TOLERANCE_PX = 1  # rounding between a layout's integer geometry and a font's fractional advance


def settle_layouts() -> None:
    """Let every posted layout request run (a layout resolves its sizes in a posted event, not at once); nothing is
    painted, so a test can measure many states quickly."""
    QApplication.sendPostedEvents(None, QEvent.Type.MetaCall)  # a layout shows the widgets added to it this way
    for _ in range(4):
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


def shows_text(widget: QWidget) -> bool:
    """Whether the widget draws its text (a tool button showing only its icon, such as a line edit's clear button,
    keeps a text for screen readers alone)."""
    if isinstance(widget, QToolButton) and not widget.icon().isNull():
        return widget.toolButtonStyle() != Qt.ToolButtonStyle.ToolButtonIconOnly
    return isinstance(widget, QLabel | QAbstractButton) and bool(widget.text().strip())


def _describe(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""
    name = widget.accessibleName() or widget.objectName() or type(widget).__name__
    return f"{name!r} ({text[:50]!r})"


def _visible_width(widget: QWidget) -> int:
    """How much of the widget's width its ancestors (a scroll area's viewport, the window) leave showing."""
    window = widget.window()
    left = widget.mapTo(window, QPoint(0, 0)).x()
    right = left + widget.width()
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        parent_left = parent.mapTo(window, QPoint(0, 0)).x()
        left, right = max(left, parent_left), min(right, parent_left + parent.width())
        parent = parent.parentWidget()
    left, right = max(left, 0), min(right, window.width())
    return max(0, right - left)


def in_view(window: QWidget, widget: QWidget) -> bool:
    """Whether the whole of ``widget`` shows inside the window (not cut off by its edge or by a scroll area)."""
    if not widget.isVisible() or widget.visibleRegion().boundingRect() != widget.rect():
        return False
    top_left = widget.mapTo(window, QPoint(0, 0))
    return window.rect().contains(QRect(top_left, widget.size()))


def cut_texts(root: QWidget) -> list[str]:
    """Every visible label (and button) under ``root`` whose text a person could not read in full, with why."""
    problems: list[str] = []
    widgets: list[QWidget] = [*root.findChildren(QLabel), *root.findChildren(QAbstractButton)]
    for widget in widgets:
        if not widget.isVisibleTo(root) or not widget.isVisible() or not shows_text(widget):
            continue
        if isinstance(widget, QLabel) and widget.pixmap() is not None and not widget.pixmap().isNull():
            continue
        shown = _visible_width(widget)
        if shown + TOLERANCE_PX < widget.width():
            problems.append(f"{_describe(widget)} is {widget.width()} px wide but only {shown} px of it shows")
        needed = widget.minimumSizeHint()
        if widget.width() + TOLERANCE_PX < needed.width():
            problems.append(f"{_describe(widget)} needs {needed.width()} px for its longest word, has {widget.width()}")
        if isinstance(widget, QLabel) and widget.wordWrap():
            tall = widget.heightForWidth(widget.width())
            if widget.height() + TOLERANCE_PX < tall:
                problems.append(f"{_describe(widget)} needs {tall} px of height at its width, has {widget.height()}")
        elif widget.height() + TOLERANCE_PX < needed.height():
            problems.append(f"{_describe(widget)} needs {needed.height()} px of height, has {widget.height()}")
    return problems
