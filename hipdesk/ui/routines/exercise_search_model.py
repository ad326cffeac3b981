"""Exercises matching what the person types, for adding them to a routine."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from hipdesk.domain.exercise import Exercise, Phase
from hipdesk.domain.library import Library
from hipdesk.ui.plain_text import plain_tooltip

EXERCISE_ID_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


def matches(exercise: Exercise, words: list[str]) -> bool:
    """Every typed word appears in the exercise's name, aliases, targets, phase or id."""
    haystack = f"{exercise.search_text()} {exercise.phase.value} {exercise.id}"
    return all(word in haystack for word in words)


def rank(exercise: Exercise, words: list[str]) -> int:
    """0: every word is in the name, which starts with the first; 1: every word is in the name; 2: found elsewhere."""
    name = exercise.name.casefold()
    if not all(word in name for word in words):
        return 2
    return 0 if words and name.startswith(words[0]) else 1


class ExerciseSearchModel(QAbstractListModel):
    """The library's exercises (in library order) that match the current query, less any the health profile hides.

    Signals: only QAbstractItemModel's own.
    """

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all = library.exercises()
        self._hidden: frozenset[str] = frozenset()
        self._query = ""
        self._shown: list[Exercise] = []
        self._find()

    def set_query(self, query: str) -> None:
        if query == self._query:
            return
        self._query = query
        self.beginResetModel()
        self._find()
        self.endResetModel()

    def set_hidden(self, exercise_ids: frozenset[str]) -> None:
        """Leave these exercises out, whatever is typed (the health profile's "hide them", as in the Library)."""
        if exercise_ids == self._hidden:
            return
        self._hidden = exercise_ids
        self.beginResetModel()
        self._find()
        self.endResetModel()

    def _find(self) -> None:
        words = self._query.casefold().split()
        found = [e for e in self._all if e.id not in self._hidden and matches(e, words)]
        # checks after the exercises; sorted() is stable, so library order stays within a rank
        self._shown = sorted(found, key=lambda e: (rank(e, words), e.phase is Phase.CHECK))

    def exercise(self, row: int) -> Exercise:
        return self._shown[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's own default)
        return 0 if parent.isValid() else len(self._shown)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._shown) or index.column() != 0:
            return None
        exercise = self._shown[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return exercise.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(f"{exercise.phase.label} · {exercise.dose_summary()}\n{exercise.summary}")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return ", ".join((exercise.name, exercise.phase.label, exercise.dose_summary()))
        if role == EXERCISE_ID_ROLE:
            return exercise.id
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
