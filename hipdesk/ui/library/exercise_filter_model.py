"""Instant search and combinable filters over the exercise model.

Which rows pass is worked out in bulk in Python from per-row caches each time the filter changes, so the proxy's
per-row ``filterAcceptsRow`` is a list lookup. A query that only extends the previous one (the usual keystroke)
re-checks only the rows that matched before. While there are search words, the rows shown are ranked by how well
they answer them (see :func:`search_rank`); without words, or with many matches, they keep the library's order.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Signal

from hipdesk.domain.exercise import Equipment, Exercise, Phase, Position, Region
from hipdesk.ui.library.exercise_model import ExerciseListModel, ExerciseRole

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class ExerciseFilter:
    """What the person asked to see. Within one facet the choices are alternatives (any of them); facets,
    the search words, desk-friendly and favourites-only all have to hold at once. An empty facet means any."""

    query: str = ""
    phases: frozenset[Phase] = frozenset()
    targets: frozenset[Region] = frozenset()
    equipment: frozenset[Equipment] = frozenset()  # Equipment.NONE: needs no equipment at all
    positions: frozenset[Position] = frozenset()
    difficulties: frozenset[int] = frozenset()
    desk_friendly: bool = False
    favourites_only: bool = False
    from_routines: bool = False  # only the exercises routine files brought

    @property
    def is_default(self) -> bool:
        return self == ExerciseFilter()

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(self.query.casefold().split())

    def facets_accept(self, exercise: Exercise) -> bool:
        """Everything but the search words and favourites."""
        if self.phases and exercise.phase not in self.phases:
            return False
        if self.targets and not self.targets.intersection(exercise.targets):
            return False
        if self.equipment and not self.equipment.intersection(_equipment_of(exercise)):
            return False
        if self.positions and exercise.position not in self.positions:
            return False
        if self.difficulties and exercise.difficulty not in self.difficulties:
            return False
        if self.from_routines and not exercise.custom:
            return False
        return not (self.desk_friendly and not exercise.desk_friendly)

    def facets_key(self) -> tuple[Any, ...]:
        return (
            self.phases,
            self.targets,
            self.equipment,
            self.positions,
            self.difficulties,
            self.desk_friendly,
            self.from_routines,
        )


RANK_UP_TO = 80  # matches; more are shown in the library's order


def search_rank(exercise: Exercise, words: tuple[str, ...]) -> int:
    """How well an exercise that matched answers the search words, best first: its name is the query, starts with
    it, holds every word; an alias holds every word; something else matched (a body part). In another language the
    English name and aliases count as its own. Checks come after
    the exercises they share words with: someone searching "90/90" looks for the drills first."""
    if not words:
        return 0
    query = " ".join(words)
    names = [name.casefold() for name in exercise.names]  # the name shown, and the English one in another language
    if query in names:
        rank = 0
    elif any(name.startswith(query) for name in names):
        rank = 1
    elif any(all(w in name for w in words) for name in names):
        rank = 2
    elif any(all(w in alias.casefold() for w in words) for alias in exercise.all_aliases):
        rank = 3
    else:
        rank = 4
    return rank + (5 if exercise.phase is Phase.CHECK else 0)


def _equipment_of(exercise: Exercise) -> frozenset[Equipment]:
    return frozenset(exercise.equipment) if exercise.needs_equipment else frozenset({Equipment.NONE})


def _matching_rows(words: tuple[str, ...], texts: tuple[str, ...], candidates: Iterable[int]) -> list[int]:
    rows = list(candidates)
    for word in words:
        rows = [row for row in rows if word in texts[row]]
    return rows


class ExerciseFilterModel(QSortFilterProxyModel):
    """Shows the exercises that pass an :class:`ExerciseFilter`, in the source's order.

    Signals:
    filter_changed(): the filter or the set of shown rows changed (read ``rowCount()`` for the new count).
    """

    filter_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._filter = ExerciseFilter()
        self._source: ExerciseListModel | None = None
        self._facet_ok: list[bool] = []
        self._text_ok: list[bool] = []
        self._accepted: list[bool] = []
        self._rank: list[int] = []  # per source row, for the words in self._text_words (empty: library order)
        self._text_words: tuple[str, ...] | None = None  # the words _text_ok was computed for
        self._facets_key: tuple[Any, ...] | None = None  # the facets _facet_ok was computed for
        self._stale = True
        self._hidden: frozenset[str] = frozenset()  # ids the health profile hides (the person chose to hide them)

    # ---- source ------------------------------------------------------------------------------------------
    def setSourceModel(self, source: Any) -> None:
        if not isinstance(source, ExerciseListModel):
            raise TypeError("ExerciseFilterModel filters an ExerciseListModel")
        if self._source is not None:
            for signal in self._source_signals(self._source):
                signal.disconnect(self._mark_stale)
            self._source.dataChanged.disconnect(self._source_data_changed)
        self._source = source
        self._stale = True
        # The "about to" signals arrive before the base class re-filters anything, so a changed source is never
        # answered from old caches.
        for signal in self._source_signals(source):
            signal.connect(self._mark_stale)
        source.dataChanged.connect(self._source_data_changed)
        super().setSourceModel(source)

    @staticmethod
    def _source_signals(source: ExerciseListModel) -> tuple[Any, ...]:
        return (
            source.modelAboutToBeReset,
            source.rowsAboutToBeInserted,
            source.rowsAboutToBeRemoved,
            source.layoutAboutToBeChanged,
        )

    def _mark_stale(self, *_: object) -> None:
        self._stale = True

    def _source_data_changed(self, _top: QModelIndex, _bottom: QModelIndex, roles: list[int]) -> None:
        # The proxy re-checks changed rows itself (favourites are read live); only the count may have moved.
        if self._filter.favourites_only and (not roles or ExerciseRole.FAVOURITE in roles):
            self.filter_changed.emit()

    def exercise_source(self) -> ExerciseListModel:
        if self._source is None:
            raise RuntimeError("no source model")
        return self._source

    # ---- the filter --------------------------------------------------------------------------------------
    def exercise_filter(self) -> ExerciseFilter:
        return self._filter

    def set_exercise_filter(self, new: ExerciseFilter) -> None:
        if new == self._filter:
            return
        old_accepted, old_favourites_only = self._accepted, self._filter.favourites_only
        self.beginFilterChange()  # brings the proxy's mapping up to date under the old filter
        old_rank = self._rank
        self._filter = new
        self._refresh()
        if self._accepted != old_accepted or new.favourites_only != old_favourites_only:
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        # else the same rows pass (say, a trailing space was typed): nothing for the views to redo.
        if self._rank != old_rank:
            self.sort(-1)  # the library's order, without a comparison (and Qt skips a repeated sort(0))
            if self._rank:
                self.sort(0)  # by lessThan: the search rank, then the library's order
        self.filter_changed.emit()

    def update_filter(self, **changes: Any) -> None:
        """Change some parts of the filter, e.g. ``update_filter(query="90/90", desk_friendly=True)``."""
        self.set_exercise_filter(dataclasses.replace(self._filter, **changes))

    def set_query(self, text: str) -> None:
        self.update_filter(query=text)

    def reset_filter(self) -> None:
        """Show everything again: no search words, no facets, not only favourites."""
        self.set_exercise_filter(ExerciseFilter())

    def set_hidden(self, exercise_ids: frozenset[str]) -> None:
        """Leave these exercises out whatever the filter says (they do not suit the health profile)."""
        if exercise_ids == self._hidden:
            return
        self.beginFilterChange()
        self._hidden = frozenset(exercise_ids)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        self.filter_changed.emit()

    def hidden_count(self) -> int:
        """How many exercises of the source are hidden by :meth:`set_hidden`."""
        if self._source is None or not self._hidden:
            return 0
        return sum(1 for e in self._source.exercises() if e.id in self._hidden)

    def total_count(self) -> int:
        return self._source.rowCount() if self._source is not None else 0

    def count_text(self) -> str:
        """E.g. "12 of 65"; "12 of 60" when the health profile hides 5 (``hidden_count`` says how many)."""
        return self.tr("{shown} of {total}").format(
            shown=self.rowCount(), total=self.total_count() - self.hidden_count()
        )

    def best_match_row(self) -> int:
        """The shown row that best answers the search words, which Enter in the search field opens (-1 when
        nothing is shown). The rows are ranked, so it is the first."""
        return 0 if self.rowCount() else -1

    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:
        a, b = left.row(), right.row()
        if self._rank:
            return (self._rank[a], a) < (self._rank[b], b)
        return a < b

    # ---- filtering ---------------------------------------------------------------------------------------
    def _refresh(self) -> None:
        source = self._source
        if source is None:
            self._facet_ok, self._text_ok, self._accepted = [], [], []
            return
        exercises = source.exercises()
        texts = source.search_texts()
        count = len(exercises)
        if self._stale or len(self._facet_ok) != count:
            self._facets_key = None
            self._text_words = None
            self._stale = False
        f = self._filter
        if self._facets_key != f.facets_key():
            if f.facets_key() == ExerciseFilter().facets_key():
                self._facet_ok = [True] * count
            else:
                self._facet_ok = [f.facets_accept(e) for e in exercises]
            self._facets_key = f.facets_key()
        words = f.words
        if self._text_words != words:
            previous = self._text_words
            if not words:
                self._text_ok = [True] * count
            else:
                narrowing = previous is not None and " ".join(words).startswith(" ".join(previous)) and previous
                candidates = [row for row, ok in enumerate(self._text_ok) if ok] if narrowing else range(count)
                ok = [False] * count
                for row in _matching_rows(words, texts, candidates):
                    ok[row] = True
                self._text_ok = ok
            self._text_words = words
        self._accepted = [a and b for a, b in zip(self._facet_ok, self._text_ok, strict=True)]
        self._rank = self._ranks(exercises, words)

    def _ranks(self, exercises: Sequence[Exercise], words: tuple[str, ...]) -> list[int]:
        """Search ranks per source row, or none (the library's order): without words, when every match ranks alike,
        or past RANK_UP_TO matches, where Qt's sort through a Python lessThan would cost a keystroke tens of ms and a
        long list is scanned, not read from the top."""
        if not words:
            return []
        shown = [row for row, ok in enumerate(self._accepted) if ok]
        if len(shown) > RANK_UP_TO:
            return []
        ranks = {row: search_rank(exercises[row], words) for row in shown}
        if len(set(ranks.values())) < 2:
            return []
        return [ranks.get(row, 0) for row in range(len(exercises))]

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if self._stale:
            self._refresh()
        if source_row >= len(self._accepted) or not self._accepted[source_row]:
            return False
        if self._hidden and self.exercise_source().exercise_at(source_row).id in self._hidden:
            return False
        return not self._filter.favourites_only or self.exercise_source().is_favourite_at(source_row)
