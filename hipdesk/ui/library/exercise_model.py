"""A Qt list model over the library's exercises: one row per exercise, in the library's display order."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractListModel, QByteArray, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from hipdesk.domain.exercise import Exercise
from hipdesk.domain.health import Concern, HealthProfile, concerns
from hipdesk.ui.plain_text import plain_tooltip

AnyIndex = QModelIndex | QPersistentModelIndex


class ExerciseRole(IntEnum):
    """Data roles beyond Qt's display and tooltip roles."""

    EXERCISE = Qt.ItemDataRole.UserRole + 1  # the domain Exercise itself
    ID = Qt.ItemDataRole.UserRole + 2
    PHASE = Qt.ItemDataRole.UserRole + 3  # the Phase's value, a str (Qt hands a StrEnum back as a plain str)
    FAVOURITE = Qt.ItemDataRole.UserRole + 4  # bool; settable
    DOSE_SUMMARY = Qt.ItemDataRole.UserRole + 5  # e.g. "2 × 30 s each side"
    PER_SIDE = Qt.ItemDataRole.UserRole + 6  # bool
    SEARCH_TEXT = Qt.ItemDataRole.UserRole + 7  # casefolded name, aliases and targets
    PRECAUTIONS = Qt.ItemDataRole.UserRole + 8  # the precautions' short names, e.g. "Kneeling · Deep knee bend"
    CONCERNS = Qt.ItemDataRole.UserRole + 9  # tuple of hipdesk.domain.health.Concern for the health profile


class ExerciseListModel(QAbstractListModel):
    """Read-only exercises plus one editable fact per row: whether it is a favourite.

    The model only remembers favourites in memory; whoever owns it stores them (the Library view writes them
    to the settings repository when ``favourite_changed`` fires). It also answers, per row, why the exercise may not
    suit the health profile it was given (:meth:`set_profile`).

    Signals:
    favourite_changed(str, bool): an exercise (by id) was starred (True) or unstarred (False).
    """

    favourite_changed = Signal(str, bool)

    def __init__(
        self, exercises: Sequence[Exercise], favourites: Iterable[str] = (), parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._exercises: tuple[Exercise, ...] = ()
        self._search_texts: tuple[str, ...] = ()
        self._dose_summaries: tuple[str, ...] = ()
        self._rows_by_id: dict[str, int] = {}
        self._favourites: set[str] = set(favourites)
        self._profile = HealthProfile()
        self._concerns: tuple[tuple[Concern, ...], ...] = ()
        self._precaution_texts: tuple[str, ...] = ()
        self._load(exercises)

    def _load(self, exercises: Sequence[Exercise]) -> None:
        self._exercises = tuple(exercises)
        # Cached once per row: search and painting read these on every keystroke and every repaint.
        self._search_texts = tuple(e.search_text() for e in self._exercises)
        self._dose_summaries = tuple(e.dose_summary() for e in self._exercises)
        self._rows_by_id = {e.id: row for row, e in enumerate(self._exercises)}
        self._precaution_texts = tuple(" · ".join(p.label for p in e.precautions) for e in self._exercises)
        self._concerns = tuple(concerns(e, self._profile) for e in self._exercises)

    def set_profile(self, profile: HealthProfile) -> None:
        """Judge every row against this health profile (rows whose verdict changes report it)."""
        self._profile = profile
        before = self._concerns
        self._concerns = tuple(concerns(e, profile) for e in self._exercises)
        roles = [ExerciseRole.CONCERNS, Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole]
        for row, (old, new) in enumerate(zip(before, self._concerns, strict=True)):
            if old != new:
                index = self.index(row, 0)
                self.dataChanged.emit(index, index, roles)

    @property
    def profile(self) -> HealthProfile:
        return self._profile

    def set_exercises(self, exercises: Sequence[Exercise]) -> None:
        """Replace every row (favourites are kept by id)."""
        self.beginResetModel()
        self._load(exercises)
        self.endResetModel()

    # ---- Qt model API ------------------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._exercises)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.checkIndex(index, QAbstractListModel.CheckIndexOption.IndexIsValid):
            return None
        row = index.row()
        exercise = self._exercises[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return exercise.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self.tooltip(row))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.accessible_text(row)
        if role == ExerciseRole.EXERCISE:
            return exercise
        if role == ExerciseRole.ID:
            return exercise.id
        if role == ExerciseRole.PHASE:
            return exercise.phase.value
        if role == ExerciseRole.FAVOURITE:
            return exercise.id in self._favourites
        if role == ExerciseRole.DOSE_SUMMARY:
            return self._dose_summaries[row]
        if role == ExerciseRole.PER_SIDE:
            return exercise.per_side
        if role == ExerciseRole.SEARCH_TEXT:
            return self._search_texts[row]
        if role == ExerciseRole.PRECAUTIONS:
            return self._precaution_texts[row]
        if role == ExerciseRole.CONCERNS:
            return self._concerns[row]
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != ExerciseRole.FAVOURITE or not self.checkIndex(
            index, QAbstractListModel.CheckIndexOption.IndexIsValid
        ):
            return False
        return self.set_favourite(self._exercises[index.row()].id, bool(value))

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def roleNames(self) -> dict[int, QByteArray]:
        names = dict(super().roleNames())
        for role in ExerciseRole:
            names[int(role)] = QByteArray(role.name.lower().encode())
        return names

    # ---- HipDesk API -------------------------------------------------------------------------------------
    def exercise_at(self, row: int) -> Exercise:
        return self._exercises[row]

    def exercises(self) -> tuple[Exercise, ...]:
        return self._exercises

    def search_texts(self) -> tuple[str, ...]:
        """Each row's cached ``Exercise.search_text()``, in row order."""
        return self._search_texts

    def row_of(self, exercise_id: str) -> int:
        """The row of an exercise, or -1 when it is not in the model."""
        return self._rows_by_id.get(exercise_id, -1)

    def concerns_at(self, row: int) -> tuple[Concern, ...]:
        return self._concerns[row]

    def is_favourite(self, exercise_id: str) -> bool:
        return exercise_id in self._favourites

    def is_favourite_at(self, row: int) -> bool:
        return self._exercises[row].id in self._favourites

    def favourites(self) -> frozenset[str]:
        return frozenset(self._favourites)

    def set_favourite(self, exercise_id: str, on: bool) -> bool:
        """Star or unstar an exercise; returns whether anything changed."""
        if on == (exercise_id in self._favourites):
            return False
        if on:
            self._favourites.add(exercise_id)
        else:
            self._favourites.discard(exercise_id)
        row = self.row_of(exercise_id)
        if row >= 0:
            index = self.index(row, 0)
            self.dataChanged.emit(index, index, [ExerciseRole.FAVOURITE, Qt.ItemDataRole.AccessibleTextRole])
        self.favourite_changed.emit(exercise_id, on)
        return True

    def toggle_favourite(self, exercise_id: str) -> bool:
        """Flip an exercise's star; returns the new state."""
        on = not self.is_favourite(exercise_id)
        self.set_favourite(exercise_id, on)
        return on

    def accessible_text(self, row: int) -> str:
        exercise = self._exercises[row]
        parts = [exercise.name, exercise.phase.label, self._dose_summaries[row]]
        if exercise.id in self._favourites:
            parts.append(self.tr("favourite"))
        if self._concerns[row]:
            parts.append(self.tr("not advised for your health profile"))
        return ", ".join(parts)

    def tooltip(self, row: int) -> str:
        """The summary, the precautions, and why the exercise may not suit the profile."""
        lines = [self._exercises[row].summary]
        if self._precaution_texts[row]:
            lines.append(self.tr("Precautions: {precautions}").format(precautions=self._precaution_texts[row]))
        lines.extend(c.message for c in self._concerns[row])
        return "\n".join(lines)
