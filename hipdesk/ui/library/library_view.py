"""The Library tab: search and filter every exercise, browse them as cards or a list, read one in full.

Keyboard: typing anywhere in the tab searches; Down moves into the results and the arrows move through them;
Enter opens the detail pane (focus lands on "Play now"); Esc returns to the search field; Ctrl+D stars the
current exercise; Ctrl+F focuses search.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QPixmap, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hipdesk.domain.exercise import Equipment, Exercise, Phase, Position, Region
from hipdesk.domain.health import HealthProfile, unsuitable_ids
from hipdesk.domain.routine import Routine, RoutineItem
from hipdesk.ui.accessibility import name_clear_button, name_combo
from hipdesk.ui.figure.thumbnails import thumbnail
from hipdesk.ui.library.card_delegate import (
    GRID_MAX_WIDTH,
    GRID_SIZE,
    CardMode,
    ExerciseCardDelegate,
    ThumbnailCache,
    ThumbnailRenderer,
)
from hipdesk.ui.library.detail_view import ExerciseDetailView
from hipdesk.ui.library.exercise_filter_model import ExerciseFilter, ExerciseFilterModel
from hipdesk.ui.library.exercise_model import ExerciseListModel, ExerciseRole
from hipdesk.ui.library.phase_colours import difficulty_labels
from hipdesk.ui.plain_text import PlainLabel
from hipdesk.ui.theme import style, theme_signals
from hipdesk.usecases.health_profile import read_health_profile
from hipdesk.usecases.preferences import LIBRARY_VIEW

if TYPE_CHECKING:
    from hipdesk.ui.services import Services

_NAVIGATION_KEYS = {Qt.Key.Key_Down, Qt.Key.Key_PageDown}
_ENTER_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter}


def one_exercise_routine(exercise: Exercise) -> Routine:
    """The session "Play now" starts: this exercise alone, at its default dose, both sides."""
    return Routine(
        id=f"exercise:{exercise.id}",
        name=exercise.name,
        description=exercise.summary,
        items=(RoutineItem(exercise_id=exercise.id),),
    )


def figure_thumbnail(exercise_id: str, size: int) -> QPixmap:
    """The figure engine's thumbnail: the exercise's end pose, worked on the left side."""
    return thumbnail(exercise_id, size)


class FacetCombo(QComboBox):
    """A drop-down of one facet's choices, "any" first. Values are kept on the Python side, because Qt hands
    a StrEnum stored as item data back as a plain str."""

    def __init__(self, name: str, any_label: str, choices: list[tuple[str, Any]]) -> None:
        super().__init__()
        name_combo(self, name)
        self.setToolTip(name)
        self.values: list[Any] = [None]
        self.addItem(any_label)
        for label, value in choices:
            self.addItem(label)
            self.values.append(value)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(11)
        self.view().setMinimumWidth(self.view().sizeHintForColumn(0) + 24)

    def current_value(self) -> Any:
        """The chosen value, or None for "any"."""
        return self.values[max(self.currentIndex(), 0)]

    def index_of(self, value: Any) -> int:
        return self.values.index(value) if value in self.values else 0


class LibraryView(QWidget):
    """The Library tab.

    Signals:
    exercise_opened(str): the detail pane now shows this exercise id.
    """

    exercise_opened = Signal(str)

    def __init__(
        self,
        services: Services,
        thumbnail_renderer: ThumbnailRenderer | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._filtering = False  # the list is being filtered: its current row moves, the person chose nothing
        self.setAccessibleName(self.tr("Exercise library"))

        self.model = ExerciseListModel(services.library.exercises(), services.settings.favourites(), self)
        self.model.favourite_changed.connect(self._favourite_changed)
        services.events.data_imported.connect(self._favourites_imported)
        services.events.routines_changed.connect(self.refresh_exercises)
        services.events.data_imported.connect(self.refresh_exercises)
        self.proxy = ExerciseFilterModel(self)
        self.proxy.setSourceModel(self.model)
        library = services.library
        # A card's picture is its exercise's pose; an exercise from a routine may borrow one of HipDesk's.
        renderer = thumbnail_renderer or (
            lambda exercise_id, size: figure_thumbnail(library.pose_id(exercise_id), size)
        )
        self.thumbnails = ThumbnailCache(renderer, self)

        self._build_search_row()
        self._build_filter_row()
        self._build_results()
        self.detail = ExerciseDetailView(services.library)
        self.detail.hide()
        self.detail.play_requested.connect(self.play)
        self.detail.add_to_routine_requested.connect(services.events.add_to_routine_requested)
        self.detail.variation_chosen.connect(lambda exercise_id: self.open_exercise(exercise_id, focus=False))
        self.detail.favourite_toggled.connect(self.model.set_favourite)
        self.detail.close_requested.connect(self.close_detail)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.results_stack)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 8)
        layout.setSpacing(8)
        layout.addLayout(self.search_row)
        layout.addLayout(self.filter_row)
        layout.addWidget(self.splitter, 1)

        self._set_tab_order()
        self._install_shortcuts()
        self.proxy.filter_changed.connect(self._filter_changed)
        self.set_mode(CardMode(services.preferences.get(LIBRARY_VIEW)), remember=False)
        self.apply_profile(read_health_profile(services.settings))
        services.events.settings_changed.connect(self._settings_changed)
        self._filter_changed()

    # ---- building ----------------------------------------------------------------------------------------
    def _build_search_row(self) -> None:
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name, alias or body part, e.g. 90/90 or hamstrings"))
        self.search.setAccessibleName(self.tr("Search exercises"))
        self.search.setClearButtonEnabled(True)
        name_clear_button(self.search, self.tr("Clear search"))
        self.search.setMinimumHeight(32)
        self.search.textChanged.connect(lambda text: self._refilter(query=text))
        self.search.installEventFilter(self)

        self.count_label = PlainLabel()
        self.count_label.setAccessibleName(self.tr("Matching exercises"))
        self.count_label.setMinimumWidth(64)
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.reset_button = QPushButton(self.tr("Reset"))
        self.reset_button.setAccessibleName(self.tr("Reset search and filters"))
        self.reset_button.setToolTip(self.tr("Show every exercise again"))
        self.reset_button.clicked.connect(self.reset)

        self.grid_button = QToolButton()
        self.grid_button.setText(self.tr("▦ Grid"))
        self.grid_button.setAccessibleName(self.tr("Show as grid"))
        self.list_button = QToolButton()
        self.list_button.setText(self.tr("☰ List"))
        self.list_button.setAccessibleName(self.tr("Show as list"))
        self.mode_group = QButtonGroup(self)
        self.mode_group.setExclusive(True)
        for button, mode in ((self.grid_button, CardMode.GRID), (self.list_button, CardMode.LIST)):
            button.setCheckable(True)
            button.setToolTip(button.accessibleName())
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setMinimumHeight(30)
            button.clicked.connect(lambda _checked=False, m=mode: self.set_mode(m))
            self.mode_group.addButton(button)

        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(self.search, 1)
        row.addWidget(self.count_label)
        row.addWidget(self.reset_button)
        row.addSpacing(8)
        row.addWidget(self.grid_button)
        row.addWidget(self.list_button)
        self.search_row = row

    def _build_filter_row(self) -> None:
        phases = sorted(Phase, key=lambda p: (p.order, list(Phase).index(p)))
        self.phase_combo = FacetCombo(self.tr("Phase"), self.tr("All phases"), [(p.label, p) for p in phases])
        self.target_combo = FacetCombo(self.tr("Target"), self.tr("All targets"), [(r.label, r) for r in Region])
        equipment = [(self.tr("No equipment"), Equipment.NONE)]
        equipment += [(e.label, e) for e in Equipment if e is not Equipment.NONE]
        self.equipment_combo = FacetCombo(self.tr("Equipment"), self.tr("Any equipment"), equipment)
        self.position_combo = FacetCombo(self.tr("Position"), self.tr("Any position"), [(p.label, p) for p in Position])
        self.difficulty_combo = FacetCombo(
            self.tr("Difficulty"),
            self.tr("Any difficulty"),
            [(label, level) for level, label in difficulty_labels().items()],
        )
        self._combos: dict[str, FacetCombo] = {
            "phases": self.phase_combo,
            "targets": self.target_combo,
            "equipment": self.equipment_combo,
            "positions": self.position_combo,
            "difficulties": self.difficulty_combo,
        }
        for key, combo in self._combos.items():
            combo.currentIndexChanged.connect(lambda _i, k=key, c=combo: self._combo_changed(k, c))

        self.desk_check = QCheckBox(self.tr("Desk-friendly"))
        self.desk_check.setAccessibleName(self.tr("Desk-friendly only"))
        self.desk_check.setToolTip(self.tr("Only exercises you can do beside a desk in work clothes"))
        self.desk_check.toggled.connect(lambda on: self._refilter(desk_friendly=on))
        self.favourites_check = QCheckBox(self.tr("★ Favourites"))
        self.favourites_check.setAccessibleName(self.tr("Favourites only"))
        self.favourites_check.setToolTip(self.tr("Only your starred exercises (Ctrl+D stars the current one)"))
        self.favourites_check.toggled.connect(lambda on: self._refilter(favourites_only=on))
        self.routines_check = QCheckBox(self.tr("From your routines"))
        self.routines_check.setAccessibleName(self.tr("Only exercises from your routines"))
        self.routines_check.setToolTip(self.tr("Only the exercises that routine files you imported brought with them"))
        self.routines_check.toggled.connect(lambda on: self._refilter(from_routines=on))
        self.routines_check.setVisible(bool(self._services.library.custom()))

        row = QHBoxLayout()
        row.setSpacing(6)
        for combo in self._combos.values():
            row.addWidget(combo)
        row.addSpacing(6)
        row.addWidget(self.desk_check)
        row.addWidget(self.favourites_check)
        row.addWidget(self.routines_check)
        row.addStretch(1)
        self.filter_row = row

    def _build_results(self) -> None:
        self.delegate = ExerciseCardDelegate(self.thumbnails, self)
        self.delegate.favourite_clicked.connect(self._star_clicked)

        self.results = QListView()
        self.thumbnails.thumbnail_ready.connect(self._thumbnail_ready)
        theme_signals().changed.connect(self._theme_changed)
        self.results.setAccessibleName(self.tr("Exercises"))
        self.results.setModel(self.proxy)
        self.results.setItemDelegate(self.delegate)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.results.setMovement(QListView.Movement.Static)
        self.results.setResizeMode(QListView.ResizeMode.Adjust)
        self.results.setUniformItemSizes(True)
        self.results.setMouseTracking(True)
        self.results.viewport().setAttribute(Qt.WidgetAttribute.WA_Hover)
        self.results.setFrameShape(QListView.Shape.NoFrame)
        style(self.results, "QListView {{ background: {window}; }}")
        self.results.installEventFilter(self)
        self.results.viewport().installEventFilter(self)
        self.results.clicked.connect(lambda index: self.open_index(index, focus=False))
        self.results.doubleClicked.connect(lambda index: self.open_index(index, focus=True))
        selection = self.results.selectionModel()
        selection.currentChanged.connect(self._current_changed)

        empty = QWidget()
        empty.setAccessibleName(self.tr("No matches"))
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(1)
        self.empty_label = QLabel(self.tr("No exercise matches this search and these filters."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        style(self.empty_label, "color: {muted}; font-size: {size:1.35};")
        self.empty_reset = QPushButton(self.tr("Show every exercise"))
        self.empty_reset.setAccessibleName(self.tr("Show every exercise"))
        self.empty_reset.clicked.connect(self.reset)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addWidget(self.empty_reset, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(2)

        self.results_stack = QStackedWidget()
        self.results_stack.addWidget(self.results)
        self.results_stack.addWidget(empty)
        self.results_stack.setMinimumWidth(260)

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.search,
            *self._combos.values(),
            self.desk_check,
            self.favourites_check,
            self.routines_check,
            self.reset_button,
            self.grid_button,
            self.list_button,
            self.results,
            self.detail.play_button,
            self.detail.add_button,
            self.detail.favourite_button,
            self.detail.close_button,
            self.detail.text_scroll,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _install_shortcuts(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (
            (QKeySequence(Qt.Key.Key_Escape), self.focus_search),
            (QKeySequence.StandardKey.Find, self.focus_search),
            (QKeySequence("Ctrl+D"), self.toggle_current_favourite),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)

    # ---- modes, filters ----------------------------------------------------------------------------------
    @property
    def mode(self) -> CardMode:
        return self.delegate.mode

    def set_mode(self, mode: CardMode, remember: bool = True) -> None:
        self.delegate.mode = mode
        current = self.results.currentIndex()
        if mode is CardMode.GRID:
            self.results.setViewMode(QListView.ViewMode.IconMode)
            self.results.setFlow(QListView.Flow.LeftToRight)
            self.results.setWrapping(True)
            self.results.setSpacing(6)
            self.results.setGridSize(QSize())
        else:
            self.results.setViewMode(QListView.ViewMode.ListMode)
            self.results.setFlow(QListView.Flow.TopToBottom)
            self.results.setWrapping(False)
            self.results.setSpacing(2)
        self.results.setMovement(QListView.Movement.Static)
        self.results.setResizeMode(QListView.ResizeMode.Adjust)
        self.results.setUniformItemSizes(True)
        self.grid_button.setChecked(mode is CardMode.GRID)
        self.list_button.setChecked(mode is CardMode.LIST)
        self._fit_cards()
        self.results.doItemsLayout()
        if current.isValid():
            self.results.scrollTo(current)
        if remember:
            self._services.preferences.set(LIBRARY_VIEW, mode.value)

    def _fit_cards(self) -> None:
        """Widen the cards so each row of the grid fills the width, with no ragged gap on the right."""
        spacing = self.results.spacing()
        available = self.results.viewport().width() - spacing
        if not self.results.verticalScrollBar().isVisible():
            # QListView keeps room for a scroll bar that may appear, and wraps a row that needs that room.
            available -= self.results.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent) + 1
        columns = max(1, available // (GRID_SIZE.width() + spacing))
        width = max(GRID_SIZE.width(), min(GRID_MAX_WIDTH, available // columns - spacing))
        if width != self.delegate.card_width:
            self.delegate.card_width = width
            if self.mode is CardMode.GRID and self.proxy.rowCount():
                self.delegate.sizeHintChanged.emit(self.proxy.index(0, 0))

    def _theme_changed(self) -> None:
        self.thumbnails.clear()  # the figures were drawn in the old palette
        self.results.doItemsLayout()  # a new font size: cards of another height
        self.results.viewport().update()

    def _thumbnail_ready(self, exercise_id: str) -> None:
        # Repaint just that card: repainting every visible card per thumbnail would slow the first scroll.
        row = self.model.row_of(exercise_id)
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else QModelIndex()
        if index.isValid():
            self.results.update(index)

    # ---- the health profile ------------------------------------------------------------------------------
    def _settings_changed(self) -> None:
        profile = read_health_profile(self._services.settings)
        if profile != self.model.profile:
            self.apply_profile(profile)

    def apply_profile(self, profile: HealthProfile) -> None:
        """Mark (or hide, as the person chose) the exercises that do not suit this health profile."""
        self.model.set_profile(profile)
        self.detail.set_profile(profile)
        hidden = unsuitable_ids(self.model.exercises(), profile) if profile.hides_unsuitable else frozenset()
        self.proxy.set_hidden(hidden)
        self.results.viewport().update()

    def _combo_changed(self, key: str, combo: FacetCombo) -> None:
        value = combo.current_value()
        self._refilter(**{key: frozenset() if value is None else frozenset({value})})

    def reset(self) -> None:
        """Clear the search and every filter."""
        self._refilter(reset_filter=True)

    def _refilter(self, **changes: Any) -> None:
        """Change what the list shows, never what the detail shows: a search is not a choice. (The list's current
        row moves when its card is filtered out; the detail keeps the exercise the person opened.)
        ``reset_filter=True`` clears everything; other keywords change those parts of the filter."""
        self._filtering = True
        try:
            if changes.pop("reset_filter", False):
                self.proxy.reset_filter()
            else:
                self.proxy.update_filter(**changes)
        finally:
            self._filtering = False

    def _filter_changed(self) -> None:
        f = self.proxy.exercise_filter()
        self._sync_controls(f)
        shown = self.proxy.rowCount()
        self.count_label.setText(self.proxy.count_text())
        hidden = self.proxy.hidden_count()
        description = self.tr("{shown} of {total} exercises shown").format(shown=shown, total=self.proxy.total_count())
        if hidden:
            description += self.tr(", %n exercise(s) hidden by your health profile", "", hidden)
        self.count_label.setAccessibleDescription(description)
        self.count_label.setToolTip(
            self.tr("%n exercise(s) that may not suit you hidden (Settings, Health)", "", hidden) if hidden else ""
        )
        self.reset_button.setEnabled(not f.is_default)
        self.results_stack.setCurrentIndex(0 if shown else 1)

    def _sync_controls(self, f: ExerciseFilter) -> None:
        """Controls follow the filter (after a reset, or a filter set in code)."""
        if self.search.text() != f.query:
            self.search.blockSignals(True)
            self.search.setText(f.query)
            self.search.blockSignals(False)
        for key, combo in self._combos.items():
            chosen: frozenset[Any] = getattr(f, key)
            index = combo.index_of(next(iter(chosen))) if len(chosen) == 1 else 0
            if combo.currentIndex() != index:
                combo.blockSignals(True)
                combo.setCurrentIndex(index)
                combo.blockSignals(False)
        for check, on in (
            (self.desk_check, f.desk_friendly),
            (self.favourites_check, f.favourites_only),
            (self.routines_check, f.from_routines),
        ):
            if check.isChecked() != on:
                check.blockSignals(True)
                check.setChecked(on)
                check.blockSignals(False)

    # ---- opening exercises -------------------------------------------------------------------------------
    def open_index(self, index: QModelIndex, focus: bool = True) -> None:
        if index.isValid():
            self.open_exercise(index.data(ExerciseRole.ID), focus=focus)

    def open_exercise(self, exercise_id: str, focus: bool = True) -> None:
        """Show an exercise in the detail pane (selecting its card when it is shown)."""
        exercise = self._services.library.get(exercise_id)
        if exercise is None:
            return
        self.detail.show_exercise(exercise, self.model.is_favourite(exercise_id))
        if self.detail.isHidden():
            self.detail.show()
            width = max(self.splitter.width(), 800)
            self.splitter.setSizes([width - 440, 440])
        source_row = self.model.row_of(exercise_id)
        proxy_index = self.proxy.mapFromSource(self.model.index(source_row, 0)) if source_row >= 0 else QModelIndex()
        if proxy_index.isValid() and self.results.currentIndex() != proxy_index:
            self.results.setCurrentIndex(proxy_index)
            self.results.scrollTo(proxy_index)
        if focus:
            self.detail.play_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.exercise_opened.emit(exercise_id)

    def close_detail(self) -> None:
        had_focus = self.detail.isAncestorOf(self.focusWidget()) if self.focusWidget() else False
        self.detail.hide()
        if had_focus:
            self.results.setFocus(Qt.FocusReason.OtherFocusReason)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and self.detail.isVisible() and not self._filtering:
            exercise_id = current.data(ExerciseRole.ID)
            if self.detail.exercise is None or self.detail.exercise.id != exercise_id:
                self.open_exercise(exercise_id, focus=False)

    def current_exercise(self) -> Exercise | None:
        if self.detail.isVisible() and self.detail.exercise is not None:
            return self.detail.exercise
        index = self.results.currentIndex()
        return index.data(ExerciseRole.EXERCISE) if index.isValid() else None

    # ---- actions -----------------------------------------------------------------------------------------
    def play(self, exercise: Exercise) -> None:
        self._services.events.play_requested.emit(one_exercise_routine(exercise))

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def toggle_current_favourite(self) -> None:
        exercise = self.current_exercise()
        if exercise is not None:
            self.model.toggle_favourite(exercise.id)

    def _star_clicked(self, exercise_id: str) -> None:
        self.model.toggle_favourite(exercise_id)

    def refresh_exercises(self) -> None:
        """Show the library's exercises again when those from your routines changed (a routine imported, edited or
        deleted); the search and filters stay as they were."""
        exercises = self._services.library.exercises()
        self.routines_check.setVisible(bool(self._services.library.custom()))
        if tuple(exercises) == tuple(self.model.exercises()):
            return
        self.model.set_exercises(exercises)
        self._filter_changed()

    def _favourites_imported(self) -> None:
        """Stars merged in from a data file (favourites only ever gain stars on import)."""
        for exercise_id in self._services.settings.favourites() - self.model.favourites():
            if self.model.row_of(exercise_id) >= 0:
                self.model.set_favourite(exercise_id, True)

    def _favourite_changed(self, exercise_id: str, on: bool) -> None:
        self._services.settings.set_favourite(exercise_id, on)
        if self.detail.exercise is not None and self.detail.exercise.id == exercise_id:
            self.detail.set_favourite(on)

    # ---- keyboard ----------------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.results.viewport():
            self._fit_cards()
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if watched is self.search:
                return self._search_key(event)
            if watched is self.results:
                return self._results_key(event)
        return super().eventFilter(watched, event)

    def _search_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key in _NAVIGATION_KEYS and self.proxy.rowCount():
            self._enter_results()
            return True
        if key in _ENTER_KEYS and self.proxy.rowCount():
            self.open_index(self.proxy.index(self.proxy.best_match_row(), 0), focus=True)
            return True
        return False

    def _enter_results(self) -> None:
        """From the search field into the results, at the best match (the top: the rows are ranked)."""
        self.results.setFocus(Qt.FocusReason.OtherFocusReason)
        self.results.setCurrentIndex(self.proxy.index(0, 0))

    def _results_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier & ~Qt.KeyboardModifier.KeypadModifier
        current = self.results.currentIndex()
        if key in _ENTER_KEYS:
            if current.isValid():
                self.open_index(current, focus=True)
            return True
        if key == Qt.Key.Key_Up and (not current.isValid() or self._on_first_line(current)):
            self.focus_search()
            return True
        if key == Qt.Key.Key_Backspace:
            self.search.setFocus(Qt.FocusReason.OtherFocusReason)
            self.search.backspace()
            return True
        text = event.text()
        if text and text.isprintable() and not text.isspace() and modifiers == Qt.KeyboardModifier.NoModifier:
            # Type to search: the keystroke goes on the end of the query.
            self.search.setFocus(Qt.FocusReason.OtherFocusReason)
            self.search.end(False)
            self.search.insert(text)
            return True
        return False

    def _on_first_line(self, index: QModelIndex) -> bool:
        return self.results.visualRect(index).top() <= self.results.visualRect(self.proxy.index(0, 0)).top()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The search field has focus whenever the tab opens, so typing searches straight away.
        QTimer.singleShot(0, self, self._focus_search_if_idle)  # dropped if the view is gone by then

    def _focus_search_if_idle(self) -> None:
        focused = self.focusWidget()
        if focused is None or not focused.hasFocus():
            self.search.setFocus(Qt.FocusReason.OtherFocusReason)
