"""What a window shows a person, read back widget by widget: its words (for the pseudo-locale check) and any text cut
off by the room its widget was given."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTabBar,
    QToolButton,
    QWidget,
)

from hipdesk.ui.translations import PSEUDO_CLOSE, PSEUDO_OPEN

MARKED = re.compile(
    re.escape(PSEUDO_OPEN) + "[^" + re.escape(PSEUDO_OPEN + PSEUDO_CLOSE) + "]*" + re.escape(PSEUDO_CLOSE)
)
WORD = re.compile(r"[^\W\d_]{2,}")
ROWS_READ = 40  # an item view's rows read (the rest are more of the same)


@dataclass(frozen=True)
class Shown:
    """One piece of text on screen: where (the widget's class and object name) and what (its role and text)."""

    where: str
    role: str
    text: str

    def __str__(self) -> str:
        return f"{self.where} [{self.role}]: {self.text!r}"


def _where(widget: QWidget) -> str:
    name = widget.objectName()
    return f"{type(widget).__name__}{'#' + name if name else ''}"


def _plain(text: str) -> str:
    """Rich text as the words it shows."""
    if "<" not in text:
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def _item_texts(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    rows = min(model.rowCount(QModelIndex()), ROWS_READ)
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list model keeps its columnCount private: it has one
        columns = 1
    for row in range(rows):
        for column in range(columns):
            index = model.index(row, column, QModelIndex())
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                value = index.data(role)
                if isinstance(value, str) and value:
                    yield _plain(value)
    for column in range(columns):
        value = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if isinstance(value, str) and value and not value.isdigit():
            yield value


def shown_texts(root: QWidget) -> Iterator[Shown]:
    """Every text ``root`` and its visible children show or name: labels, buttons, titles, items, placeholders,
    tooltips and accessible names (a screen reader says those)."""
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisible() and not isinstance(widget, QMenu):
            continue
        where = _where(widget)
        pieces: list[tuple[str, str]] = [
            ("accessible name", widget.accessibleName()),
            ("accessible description", widget.accessibleDescription()),
            ("tooltip", _plain(widget.toolTip())),
        ]
        if widget.isWindow():
            pieces.append(("window title", widget.windowTitle()))
        if isinstance(widget, QLabel):
            pieces.append(("text", _plain(widget.text())))
        elif isinstance(widget, QAbstractButton):
            pieces.append(("text", widget.text()))
        elif isinstance(widget, QGroupBox):
            pieces.append(("title", widget.title()))
        elif isinstance(widget, (QLineEdit, QPlainTextEdit)):
            pieces.append(("placeholder", widget.placeholderText()))
        elif isinstance(widget, QComboBox):
            pieces += [("item", widget.itemText(i)) for i in range(widget.count())]
        elif isinstance(widget, QTabBar):
            pieces += [("tab", widget.tabText(i)) for i in range(widget.count())]
            pieces += [("tab tooltip", widget.tabToolTip(i)) for i in range(widget.count())]
        elif isinstance(widget, QAbstractSpinBox):
            if isinstance(widget, QSpinBox):
                pieces += [("suffix", widget.suffix()), ("special value", widget.specialValueText())]
        elif isinstance(widget, QAbstractItemView):
            pieces += [("item", text) for text in _item_texts(widget)]
        elif isinstance(widget, (QMenuBar, QMenu)):
            pieces += [("action", action.text()) for action in widget.actions()]
            pieces += [("action tooltip", action.toolTip()) for action in widget.actions() if action.toolTip()]
        for role, text in pieces:
            if text:
                yield Shown(where, role, text)


def unmarked(text: str, data: Iterable[str]) -> str:
    """What is left of ``text`` once every translated (marked) part and every piece of data is taken out, and
    numbers, punctuation and symbols with it: words here were written without tr()."""
    rest = text
    while True:
        stripped = MARKED.sub(" ", rest)
        if stripped == rest:
            break
        rest = stripped
    for piece in data:
        if piece and piece in rest:
            rest = rest.replace(piece, " ")
    return " ".join(WORD.findall(rest))


def clipped(root: QWidget) -> Iterator[str]:
    """Visible widgets whose text does not fit the room they were given."""
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            if widget.wordWrap():
                needed = widget.heightForWidth(widget.width())
                if needed > widget.height() + 1:
                    yield f"{_where(widget)}: {widget.text()[:60]!r} needs {needed} px high, has {widget.height()}"
            elif widget.minimumSizeHint().width() > widget.width() + 1:
                yield (
                    f"{_where(widget)}: {widget.text()[:60]!r} needs {widget.minimumSizeHint().width()} px wide, "
                    f"has {widget.width()}"
                )
        elif isinstance(widget, (QPushButton, QCheckBox, QRadioButton, QToolButton)) and widget.text():
            if isinstance(widget, QToolButton) and widget.toolButtonStyle() is Qt.ToolButtonStyle.ToolButtonIconOnly:
                continue  # its text is a name, not shown
            needed = widget.sizeHint().width()
            if needed > widget.width() + 1:
                yield f"{_where(widget)}: {widget.text()!r} needs {needed} px wide, has {widget.width()}"
        elif isinstance(widget, QGroupBox) and widget.title():
            needed = widget.fontMetrics().horizontalAdvance(widget.title()) + 16
            if needed > widget.width():
                yield f"{_where(widget)}: {widget.title()!r} needs {needed} px wide, has {widget.width()}"
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                if widget.tabSizeHint(i).width() > widget.tabRect(i).width() + 1:
                    yield f"{_where(widget)}: tab {widget.tabText(i)!r} is cut"
