"""The exercises of the routine being edited, as a table; rows move by drag and drop.

The model never changes the routine itself: a drop asks for a move (``move_requested``) and the editor makes it
through its undo stack, then hands the model the new routine.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from hipdesk.domain.durations import format_duration
from hipdesk.domain.exercise import Exercise
from hipdesk.domain.routine import Routine, RoutineItem, Sides
from hipdesk.domain.routine_rules import item_durations_s
from hipdesk.domain.words import QT_TRANSLATE_NOOP, Words
from hipdesk.ui.plain_text import plain_tooltip

ITEM_MIME = "application/x-hipdesk-routine-item"
EXERCISE_ID_ROLE = Qt.ItemDataRole.UserRole + 1

COLUMNS = tuple(
    QT_TRANSLATE_NOOP("RoutineItemsModel", heading) for heading in ("Exercise", "Phase", "Dose", "Sides", "Time")
)
EXERCISE, PHASE, DOSE, SIDES, TIME = range(len(COLUMNS))

_Index = QModelIndex | QPersistentModelIndex


class RoutineItemWords(Words):
    """How a routine's rows name their sides."""


def sides_text(item: RoutineItem, exercise: Exercise | None) -> str:
    if exercise is None or not exercise.per_side:
        return "—"
    if item.sides is Sides.LEFT:
        return RoutineItemWords.tr("Left only")
    if item.sides is Sides.RIGHT:
        return RoutineItemWords.tr("Right only")
    return RoutineItemWords.tr("Both")


class RoutineItemsModel(QAbstractTableModel):
    """One row per routine item: exercise, phase, dose (bold when changed from the library's), sides and time.

    Signals:
    move_requested(int, int): a drop asked to move the item at the first row to the second row.
    """

    move_requested = Signal(int, int)

    def __init__(self, library: Mapping[str, Exercise], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._items: tuple[RoutineItem, ...] = ()
        self._durations: list[float] = []
        self._icons: Any = None  # a callable (exercise_id) -> icon, set by the view once the figure is available
        self._bold = QFont()
        self._bold.setBold(True)

    def set_icon_provider(self, provider: Any) -> None:
        self._icons = provider

    def set_routine(self, routine: Routine) -> None:
        self.beginResetModel()
        self._items = routine.items
        self._durations = item_durations_s(routine, self._library)
        self.endResetModel()

    def item(self, row: int) -> RoutineItem:
        return self._items[row]

    def items(self) -> Sequence[RoutineItem]:
        return self._items

    # -- reading -----------------------------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's own default)
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return self._heading(section)
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._items):
            return str(section + 1)
        return None

    @staticmethod
    def _heading(column: int) -> str:
        return QCoreApplication.translate("RoutineItemsModel", COLUMNS[column])

    def _text(self, row: int, column: int) -> str:
        item = self._items[row]
        exercise = self._library.get(item.exercise_id)
        if column == EXERCISE:
            if exercise is not None:
                return exercise.name
            return self.tr("{exercise} (not in the library)").format(exercise=item.exercise_id)
        if exercise is None:
            return ""
        if column == PHASE:
            return exercise.phase.label
        if column == DOSE:
            text = exercise.dose_summary(item.dose_for(exercise), each_side=False)
            if exercise.per_side:
                left, right = self.tr("+{count} left"), self.tr("+{count} right")
                extra = [
                    words.format(count=n)
                    for n, words in ((item.extra_sets_left, left), (item.extra_sets_right, right))
                    if n
                ]
                text += f" ({', '.join(extra)})" if extra else ""
            return text
        if column == SIDES:
            return sides_text(item, exercise)
        if column == TIME:
            return format_duration(self._durations[row]) if row < len(self._durations) else ""
        return ""

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        row, column = index.row(), index.column()
        item = self._items[row]
        exercise = self._library.get(item.exercise_id)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self._heading(column)}: {self._text(row, column)}"
        if role == Qt.ItemDataRole.ToolTipRole and column == DOSE and exercise is not None:
            if item.dose is None:
                return self.tr("The exercise's own dose")
            return plain_tooltip(
                self.tr("Changed for this routine (the exercise's own: {dose})").format(
                    dose=exercise.dose_summary(each_side=False)
                )
            )
        if role == Qt.ItemDataRole.FontRole and column == DOSE and item.dose is not None:
            return self._bold
        if role == Qt.ItemDataRole.DecorationRole and column == EXERCISE and self._icons is not None:
            return self._icons(item.exercise_id)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == TIME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == EXERCISE_ID_ROLE:
            return item.exercise_id
        return None

    # -- drag and drop -----------------------------------------------------------------------------------------

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ITEM_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            data.setData(ITEM_MIME, QByteArray(str(rows[0]).encode()))
        return data

    def _source_row(self, data: QMimeData) -> int | None:
        if not data.hasFormat(ITEM_MIME):
            return None
        try:
            row = int(bytes(data.data(ITEM_MIME).data()).decode())
        except ValueError:
            return None
        return row if 0 <= row < len(self._items) else None

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index) -> bool:
        return action == Qt.DropAction.MoveAction and self._source_row(data) is not None

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index) -> bool:
        """Ask for the move and report that nothing moved here: the editor moves it, undoably."""
        source = self._source_row(data)
        if action != Qt.DropAction.MoveAction or source is None:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._items)
        target = row - 1 if row > source else row
        if target != source:
            self.move_requested.emit(source, target)
        return False
