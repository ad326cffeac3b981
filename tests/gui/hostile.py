"""Text made of markup for the plain-text tests: a value for every text field, a FIFO canary that tells whether Qt
tried to load an image the data names, and a walk over real widgets that finds any data shown as rich text."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QAbstractTableModel, QEvent, QModelIndex, Qt
from PySide6.QtGui import QHelpEvent, QTextDocument
from PySide6.QtGui import Qt as GuiQt  # Qt.mightBeRichText lives in QtGui's part of the Qt namespace
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QToolTip,
    QWidget,
)

from hipdesk.ui.plain_text import tooltip_source

CANARY = "canary"  # a FIFO in the test's working folder; every hostile value points an image at it
MARK = "<b>hostile</b>"  # in every hostile value
RAW = "<b>hostile"  # seen in a rich sink, it is data drawn as markup (a file name holds it too: it has no "/")
ESCAPED = "&lt;b&gt;hostile"  # data escaped for HipDesk's own markup (shown as entities in a plain sink)

# The watcher runs in its own process: PySide holds Python's lock while Qt blocks in open(), so a thread in the test
# process could never let Qt go.
_WATCHER = """
import errno, os, sys, time
fifo, seen = sys.argv[1], sys.argv[2]
parent = os.getppid()
while os.getppid() == parent:  # a test run that was killed leaves no watcher spinning behind it
    try:
        fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
    except FileNotFoundError:
        break  # the test is over
    except OSError as exc:
        if exc.errno != errno.ENXIO:
            raise
        time.sleep(0.002)  # nobody is reading: look again
        continue
    with open(seen, "a") as out:
        out.write("opened\\n")
    os.close(fd)  # the reader gets the end of the file at once
"""


def hostile(field_name: str) -> str:
    """Markup for one field: an image Qt would load (the canary), bold, an ampersand and a link. It starts with a
    tag, so Qt sniffs it as rich text wherever it is not told otherwise."""
    return f'<img src="{CANARY}">{MARK} {field_name} & <a href="#{field_name}">link</a>'


class FifoCanary:
    """A FIFO named ``CANARY`` in ``folder`` (the test's working folder), watched by another process. Whoever opens
    it to read, as Qt does to load an image named in rich text, is noticed and let go at once: a regression fails the
    test instead of hanging it (a plain file at that name would not show that anything read it)."""

    def __init__(self, folder: Path) -> None:
        self.fifo = folder / CANARY
        self._seen = folder / "canary-opened"
        os.mkfifo(self.fifo)
        self._watcher = subprocess.Popen([sys.executable, "-c", _WATCHER, str(self.fifo), str(self._seen)])

    def opened(self) -> bool:
        """Whether anything opened the FIFO so far (the watcher writes its note before it lets the reader go)."""
        return self._seen.exists()

    def reset(self) -> None:
        self._seen.unlink(missing_ok=True)

    def close(self) -> None:
        self.fifo.unlink()
        self._watcher.wait(timeout=30)


@dataclass
class Walk:
    """What a walk found: each place data would be drawn as markup, and each place it shows as the text it is."""

    problems: list[str] = field(default_factory=list)
    shown: list[str] = field(default_factory=list)

    def add(self, other: Walk) -> None:
        self.problems += other.problems
        self.shown += other.shown


def _describe(widget: QWidget) -> str:
    name = widget.objectName() or widget.accessibleName() or ""
    return f"{type(widget).__name__}({name[:40]})"


def _rendered(html: str) -> str:
    document = QTextDocument()
    document.setHtml(html)
    return document.toPlainText()


def _cells(model: QAbstractItemModel, parent: QModelIndex | None = None) -> Iterator[QModelIndex]:
    parent = parent if parent is not None else QModelIndex()
    if isinstance(
        model, QAbstractListModel
    ):  # one column, no children (PySide makes hasChildren and columnCount private here)
        yield from (model.index(row, 0) for row in range(model.rowCount()))
        return
    for row in range(model.rowCount(parent)):
        for column in range(model.columnCount(parent)):
            index = model.index(row, column, parent)
            yield index
            if column == 0 and not isinstance(model, QAbstractTableModel) and model.rowCount(index):
                yield from _cells(model, index)


def _label(label: QLabel, where: str, walk: Walk) -> None:
    text = label.text()
    plain = label.textFormat() == Qt.TextFormat.PlainText
    if RAW in text:
        (walk.shown if plain else walk.problems).append(f"{where} {'shows' if plain else 'draws as markup'}: {text}")
    elif ESCAPED in text:
        if plain:
            walk.problems.append(f"{where} shows escaped markup as entities: {text}")
        elif RAW in _rendered(text):
            walk.shown.append(f"{where} shows escaped data in its own markup: {text}")
        else:
            walk.problems.append(f"{where} garbles the data: {text}")


def tooltip_problem(tip: str) -> str | None:
    """Why this tooltip would not show hostile data as text (None: it does, or holds none)."""
    if RAW in tip:  # Qt sniffs a tooltip: markup in it is drawn, unless by luck it is not on the first line
        return "carries the data's markup raw"
    if ESCAPED in tip and (not GuiQt.mightBeRichText(tip) or RAW not in _rendered(tip)):
        return "shows escaped markup as entities"
    return None


def _tip(tip: str, where: str, walk: Walk) -> None:
    problem = tooltip_problem(tip)
    if problem is not None:
        walk.problems.append(f"{where} {problem}: {tip}")
    elif ESCAPED in tip:
        walk.shown.append(f"{where}: {tooltip_source(tip)}")


def _mnemonic(text: str, where: str, walk: Walk) -> None:
    """A button's or action's text: the data's '&' must stay an ampersand (doubled), not underline a letter."""
    if RAW not in text:
        return
    if " & " in text.replace("&&", ""):
        walk.problems.append(f"{where} takes the data's & for a shortcut: {text}")
    else:
        walk.shown.append(f"{where}: {text}")


def walk(*roots: QWidget) -> Walk:
    """Every widget under ``roots``: labels, tooltips, list items, tabs, buttons and menu actions."""
    found = Walk()
    for root in roots:
        for widget in (root, *root.findChildren(QWidget)):
            where = _describe(widget)
            if isinstance(widget, QLabel):
                _label(widget, where, found)
            _tip(widget.toolTip(), f"{where} tooltip", found)
            _tip(widget.whatsThis(), f"{where} what's this", found)
            if isinstance(widget, QAbstractButton):
                _mnemonic(widget.text(), where, found)
            if isinstance(widget, QGroupBox) and RAW in widget.title():
                found.shown.append(f"{where} title: {widget.title()}")
            if isinstance(widget, QLineEdit) and RAW in widget.text():
                found.shown.append(f"{where}: {widget.text()}")
            if isinstance(widget, QPlainTextEdit) and RAW in widget.toPlainText():
                found.shown.append(f"{where}: {widget.toPlainText()}")
            if isinstance(widget, QTabWidget):
                for i in range(widget.count()):
                    _tip(widget.tabToolTip(i), f"{where} tab {i} tooltip", found)
            if isinstance(widget, QMenu):
                for action in widget.actions():
                    _mnemonic(action.text(), f"{where} action", found)
            model = widget.model() if isinstance(widget, QAbstractItemView | QComboBox) else None
            if model is None:
                continue
            for index in _cells(model):
                display = index.data(Qt.ItemDataRole.DisplayRole)
                if isinstance(display, str) and RAW in display:
                    found.shown.append(f"{where} item: {display}")
                for role, kind in ((Qt.ItemDataRole.ToolTipRole, "tooltip"), (Qt.ItemDataRole.WhatsThisRole, "help")):
                    value = index.data(role)
                    if isinstance(value, str):
                        _tip(value, f"{where} item {kind}", found)
    return found


def hover_routine(view: QWidget, routine_id: str) -> Walk:
    """Hover a routine in the Routines list, its name cut short (the list is made narrow), and check the tooltip
    that shows: the whole name above the description."""
    from hipdesk.ui.routines.routines_view import RoutinesView

    assert isinstance(view, RoutinesView)
    list_view = view.list_view
    list_view.setFixedWidth(160)
    QApplication.processEvents()
    row = view.model.row_of(routine_id)
    at = list_view.visualRect(view.model.index(row, 0)).center()
    QApplication.sendEvent(
        list_view.viewport(), QHelpEvent(QEvent.Type.ToolTip, at, list_view.viewport().mapToGlobal(at))
    )
    found = Walk()
    tip = QToolTip.text() if QToolTip.isVisible() else ""
    problem = tooltip_problem(tip)
    (found.problems if problem else found.shown).append(f"routine list hover {problem or ''}: {tip}")
    QToolTip.hideText()
    list_view.setMinimumWidth(0)
    list_view.setMaximumWidth(16_777_215)
    return found
