"""The list of routines: built-in ones first, then the person's own, each with its time, phases and equipment."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from hipdesk.domain.durations import format_duration
from hipdesk.domain.exercise import Exercise
from hipdesk.domain.routine import Routine
from hipdesk.domain.routine_rules import equipment_needed, phases_in_order, total_duration_s
from hipdesk.ui.plain_text import plain_tooltip
from hipdesk.ui.translations import running_list

ROUTINE_ROLE = Qt.ItemDataRole.UserRole + 1  # the Routine itself
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 2  # "5 min · no equipment"
PHASES_ROLE = Qt.ItemDataRole.UserRole + 3  # "Mobilize, Stretch"
BUILTIN_ROLE = Qt.ItemDataRole.UserRole + 4  # bool
ID_ROLE = Qt.ItemDataRole.UserRole + 5  # the routine's id

_Index = QModelIndex | QPersistentModelIndex


class RoutineListModel(QAbstractListModel):
    """One row per routine. The summaries are computed once per change, not on every paint.

    Signals: only QAbstractItemModel's own.
    """

    def __init__(self, library: Mapping[str, Exercise], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._routines: list[Routine] = []
        self._details: list[tuple[str, str]] = []

    def set_routines(self, routines: Sequence[Routine]) -> None:
        self.beginResetModel()
        self._routines = list(routines)
        self._details = [self._summarise(r) for r in self._routines]
        self.endResetModel()

    def _summarise(self, routine: Routine) -> tuple[str, str]:
        total = format_duration(total_duration_s(routine, self._library)) if routine.items else self.tr("empty")
        equipment = equipment_needed(routine, self._library)
        gear = running_list(equipment) if equipment else self.tr("No equipment")
        exercises = self.tr("%n exercise(s)", "", len(routine.items))
        detail = f"{total} · {exercises} · {gear}"
        phases = ", ".join(p.label for p in phases_in_order(routine, self._library))
        return detail, phases

    def routine(self, row: int) -> Routine:
        return self._routines[row]

    def routines(self) -> list[Routine]:
        return list(self._routines)

    def row_of(self, routine_id: str) -> int:
        """The row of the routine with this id, or -1."""
        for row, routine in enumerate(self._routines):
            if routine.id == routine_id:
                return row
        return -1

    # -- QAbstractItemModel ------------------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's own default)
        return 0 if parent.isValid() else len(self._routines)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._routines) or index.column() != 0:
            return None
        routine = self._routines[index.row()]
        detail, phases = self._details[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return routine.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(routine.description or routine.name)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            kind = self.tr("built-in routine") if routine.builtin else self.tr("your routine")
            return self.tr("{name}, {kind}, {detail}, phases: {phases}").format(
                name=routine.name, kind=kind, detail=detail, phases=phases or self.tr("none")
            )
        if role == ROUTINE_ROLE:
            return routine
        if role == DETAIL_ROLE:
            return detail
        if role == PHASES_ROLE:
            return phases
        if role == BUILTIN_ROLE:
            return routine.builtin
        if role == ID_ROLE:
            return routine.id
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
