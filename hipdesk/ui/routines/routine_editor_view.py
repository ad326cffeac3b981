"""The routine editor: name and describe, add exercises by search, reorder, change doses, undo and redo.

The editor holds the routine being edited (the draft) as an immutable domain object. Every change is an undo
command holding the routine before and after, so undo and redo are exact and never drift from what is shown.
Built-in routines open read-only; "Duplicate to edit" makes a user copy.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, QSize, Qt, Signal
from PySide6.QtGui import QAction, QIcon, QKeyEvent, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hipdesk.content.routine_file import FILE_SUFFIX, TARGET_MIN_RANGE, RoutineFileError, check_routine
from hipdesk.domain.exercise import Dose
from hipdesk.domain.health import ItemConcern, routine_concerns, unsuitable_ids, with_safer_variations
from hipdesk.domain.routine import Routine, RoutineItem, Sides, carry_own_exercises
from hipdesk.domain.routine_rules import AdviceKind, routine_advice
from hipdesk.storage.errors import StorageError
from hipdesk.storage.routine_repository import DuplicateNameError
from hipdesk.ui.accessibility import name_clear_button
from hipdesk.ui.plain_text import PlainLabel, ask
from hipdesk.ui.routines.dose_editor import DoseEditor
from hipdesk.ui.routines.exercise_search_model import ExerciseSearchModel
from hipdesk.ui.routines.routine_items_model import DOSE, EXERCISE, PHASE, SIDES, TIME, RoutineItemsModel
from hipdesk.ui.theme import style
from hipdesk.usecases.health_profile import read_health_profile
from hipdesk.usecases.routine_files import RoutineFiles

if TYPE_CHECKING:
    from hipdesk.ui.services import Services

ICON_SIZE = 28


class _EditCommand(QUndoCommand):
    """One change to the draft: the routine before and after, and the row selected before and after."""

    MERGE_ID = 6006

    def __init__(
        self,
        editor: RoutineEditorView,
        before: Routine,
        after: Routine,
        text: str,
        merge_key: str | None,
        rows: tuple[int, int],
    ) -> None:
        super().__init__(text)
        self._editor = editor
        self._before = before
        self._after = after
        self._merge_key = merge_key
        self._rows = rows

    def id(self) -> int:
        return self.MERGE_ID if self._merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _EditCommand) or other._merge_key != self._merge_key:
            return False
        self._after = other._after
        self._rows = (self._rows[0], other._rows[1])
        return True

    def redo(self) -> None:
        self._editor._show(self._after, self._rows[1])

    def undo(self) -> None:
        self._editor._show(self._before, self._rows[0])


def file_name_for(routine: Routine) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", routine.name.casefold()).strip("-") or "routine"
    return slug + FILE_SUFFIX


class RoutineEditorView(QWidget):
    """Edits one routine. File dialogs and confirmations go through replaceable callables, for tests.

    Signals:
    routine_saved(object): a routine was saved, duplicated or imported (the stored Routine).
    routine_deleted(str): the user routine with this id was deleted.
    draft_changed(object): the routine shown changed (an edit, an undo or redo, or another routine loaded).
    """

    routine_saved = Signal(object)
    routine_deleted = Signal(str)
    draft_changed = Signal(object)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.library = services.library
        self.undo_stack = QUndoStack(self)
        self._draft = Routine(id="", name="", description="", items=())
        self._saved: Routine | None = None  # the stored (or built-in) version the draft started from
        self._baseline = self._draft  # what "no changes" means: the saved version, or a new routine as started
        self._updating = False
        self.profile = read_health_profile(services.settings)
        self.confirm: Callable[[str, str], bool] = self._ask_confirm
        self.choose_save_path: Callable[[str], str] = self._ask_save_path

        self._build()
        self._connect()
        self._show(self._draft, -1)

    # -- building ----------------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.message = PlainLabel()  # quotes names, paths, and the values a refused file held
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setAccessibleName(self.tr("Message"))
        self.message.hide()

        self.read_only_note = QLabel(
            self.tr("This is a built-in routine, so it is read-only. Duplicate it to make your own version to change.")
        )
        self.read_only_note.setWordWrap(True)
        self.read_only_note.setAccessibleName(self.tr("Read-only notice"))
        style(
            self.read_only_note,
            "QLabel {{ background: {alternate_base}; border: 1px solid {mid}; border-radius: 4px; padding: 6px 8px; }}",
        )

        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Routine name"))
        self.name_edit.setPlaceholderText(self.tr("Name this routine"))
        self.name_edit.setMaxLength(80)
        style(self.name_edit, "font-size: {size:1.25}; font-weight: bold;")
        name_label = QLabel(self.tr("Na&me"))
        name_label.setBuddy(self.name_edit)

        self.target = QSpinBox()
        self.target.setRange(0, TARGET_MIN_RANGE[1])
        self.target.setSpecialValueText(self.tr("5 min (default)"))
        self.target.setSuffix(self.tr(" min"))
        self.target.setAccessibleName(self.tr("Target length in minutes"))
        self.target.setKeyboardTracking(False)
        target_label = QLabel(self.tr("Tar&get"))
        target_label.setBuddy(self.target)

        self.description_edit = QPlainTextEdit()
        self.description_edit.setAccessibleName(self.tr("Routine description"))
        self.description_edit.setPlaceholderText(self.tr("What this routine is for, and when to do it"))
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(self.description_edit.fontMetrics().lineSpacing() * 3 + 14)
        description_label = QLabel(self.tr("&Description"))
        description_label.setBuddy(self.description_edit)

        head = QHBoxLayout()
        head.addWidget(name_label)
        head.addWidget(self.name_edit, 1)
        head.addSpacing(12)
        head.addWidget(target_label)
        head.addWidget(self.target)
        description_row = QHBoxLayout()
        description_row.addWidget(description_label, 0, Qt.AlignmentFlag.AlignTop)
        description_row.addWidget(self.description_edit, 1)
        name_label.setMinimumWidth(description_label.sizeHint().width())

        # the routine's exercises
        self.items_model = RoutineItemsModel(self.library, self)
        self.items_model.set_icon_provider(self._icon_for)
        self.items_view = QTableView()
        self.items_view.setModel(self.items_model)
        self.items_view.setAccessibleName(self.tr("Exercises in this routine"))
        self.items_view.setTabKeyNavigation(False)  # Tab leaves the table; the arrow keys move within it
        self.items_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.items_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.items_view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)  # only our own rows are accepted
        self.items_view.setDragDropOverwriteMode(False)
        self.items_view.setDropIndicatorShown(True)
        self.items_view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.items_view.setShowGrid(False)
        self.items_view.setAlternatingRowColors(True)
        self.items_view.setWordWrap(False)
        self.items_view.setIconSize(self.items_view.iconSize().expandedTo(QSize(ICON_SIZE, ICON_SIZE)))
        self.items_view.verticalHeader().setDefaultSectionSize(ICON_SIZE + 8)
        self.items_view.setMinimumHeight((ICON_SIZE + 8) * 3 + 28)  # at least three rows in a small window
        self.items_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.items_view.horizontalHeader()
        header.setSectionResizeMode(EXERCISE, QHeaderView.ResizeMode.Stretch)
        for column in (PHASE, DOSE, SIDES, TIME):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setHighlightSections(False)

        self.move_up_button = QPushButton(self.tr("Move up"))
        self.move_up_button.setToolTip(self.tr("Move the selected exercise up (Ctrl+Up)"))
        self.move_down_button = QPushButton(self.tr("Move down"))
        self.move_down_button.setToolTip(self.tr("Move the selected exercise down (Ctrl+Down)"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected exercise from the routine (Delete)"))
        row_buttons = QHBoxLayout()
        row_buttons.addWidget(self.move_up_button)
        row_buttons.addWidget(self.move_down_button)
        row_buttons.addWidget(self.remove_button)
        row_buttons.addStretch(1)
        self.drag_hint = QLabel(self.tr("Drag rows to reorder"))
        style(self.drag_hint, "color: {muted};")
        row_buttons.addWidget(self.drag_hint)

        self.dose_editor = DoseEditor()

        self.time_label = PlainLabel()
        self.time_label.setAccessibleName(self.tr("Total time"))
        time_font = self.time_label.font()
        time_font.setBold(True)
        self.time_label.setFont(time_font)
        self.advice_label = PlainLabel()
        self.advice_label.setWordWrap(True)
        self.advice_label.setAccessibleName(self.tr("Advice"))
        self.advice_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.health_label = PlainLabel()
        self.health_label.setObjectName("healthWarnings")
        self.health_label.setWordWrap(True)
        self.health_label.setAccessibleName(self.tr("Not advised for your health profile"))
        style(self.health_label, "color: {caution};")
        self.health_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.safer_button = QPushButton(self.tr("Use the safer &variations"))
        self.safer_button.setAccessibleName(self.tr("Swap in the safer variations"))
        self.safer_button.setToolTip(
            self.tr("Swap each exercise that may not suit you for its safer variation (undoable)")
        )
        self.safer_button.clicked.connect(self.use_safer_variations)

        items_pane = QWidget()
        items_layout = QVBoxLayout(items_pane)
        items_layout.setContentsMargins(0, 0, 0, 0)
        items_title = QLabel(self.tr("Exer&cises"))
        items_title.setBuddy(self.items_view)
        items_title.setStyleSheet("font-weight: bold;")
        items_layout.addWidget(items_title)
        items_layout.addWidget(self.items_view, 1)
        items_layout.addLayout(row_buttons)
        items_layout.addWidget(self.time_label)
        items_layout.addWidget(self.advice_label)
        items_layout.addWidget(self.health_label)
        items_layout.addWidget(self.safer_button, 0, Qt.AlignmentFlag.AlignLeft)
        items_layout.addWidget(self.dose_editor)

        # adding from the library
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search exercises to add"))
        self.search_edit.setAccessibleName(self.tr("Search exercises to add"))
        self.search_edit.setClearButtonEnabled(True)
        name_clear_button(self.search_edit, self.tr("Clear search"))
        self.search_model = ExerciseSearchModel(self.library, self)
        self.search_model.set_hidden(self._hidden_by_profile())
        self.search_view = QListView()
        self.search_view.setModel(self.search_model)
        self.search_view.setAccessibleName(self.tr("Matching exercises"))
        self.search_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.search_view.setUniformItemSizes(True)
        self.search_view.setMinimumWidth(200)
        self.add_button = QPushButton(self.tr("Add to routine"))
        self.add_button.setAccessibleName(self.tr("Add the chosen exercise to the routine"))
        add_title = QLabel(self.tr("Add &exercises"))
        add_title.setBuddy(self.search_edit)
        add_title.setStyleSheet("font-weight: bold;")
        self.add_pane = QWidget()
        add_layout = QVBoxLayout(self.add_pane)
        add_layout.setContentsMargins(0, 0, 0, 0)
        add_layout.addWidget(add_title)
        add_layout.addWidget(self.search_edit)
        add_layout.addWidget(self.search_view, 1)
        add_layout.addWidget(self.add_button)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(items_pane)
        splitter.addWidget(self.add_pane)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([560, 240])

        # actions
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Undo (Ctrl+Z)"))
        self.redo_button = QPushButton(self.tr("Redo"))
        self.redo_button.setToolTip(self.tr("Redo (Ctrl+Shift+Z)"))
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save this routine (Ctrl+S)"))
        self.duplicate_button = QPushButton(self.tr("D&uplicate to edit"))
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.export_button.setToolTip(self.tr("Write this routine to a file you can share"))
        self.delete_button = QPushButton(self.tr("De&lete"))
        actions = QHBoxLayout()
        actions.addWidget(self.undo_button)
        actions.addWidget(self.redo_button)
        actions.addStretch(1)
        actions.addWidget(self.delete_button)
        actions.addWidget(self.export_button)
        actions.addWidget(self.duplicate_button)
        actions.addWidget(self.save_button)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)

        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.read_only_note)
        layout.addLayout(head)
        layout.addLayout(description_row)
        layout.addWidget(splitter, 1)
        layout.addWidget(line)
        layout.addLayout(actions)

        self._actions()

    def _actions(self) -> None:
        def action(text: str, keys: list[QKeySequence], slot: Callable[[], object], on: QWidget) -> QAction:
            act = QAction(text, on)
            act.setShortcuts(keys)
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(lambda _checked=False: slot())
            on.addAction(act)
            return act

        for act in (self.undo_action, self.redo_action):
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(act)
        self.move_up_action = action(
            self.tr("Move up"), [QKeySequence("Ctrl+Up")], lambda: self.move_selected(-1), self
        )
        self.move_down_action = action(
            self.tr("Move down"), [QKeySequence("Ctrl+Down")], lambda: self.move_selected(1), self
        )
        self.remove_action = action(
            self.tr("Remove"), [QKeySequence(QKeySequence.StandardKey.Delete)], self.remove_selected, self.items_view
        )
        self.save_action = action(self.tr("Save"), [QKeySequence(QKeySequence.StandardKey.Save)], self.save, self)
        find_keys = [QKeySequence(QKeySequence.StandardKey.Find)]
        self.find_action = action(self.tr("Find"), find_keys, self.search_edit.setFocus, self)

    def _connect(self) -> None:
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.redo_button.clicked.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.name_edit.textEdited.connect(self._name_edited)
        self.description_edit.textChanged.connect(self._description_edited)
        self.target.valueChanged.connect(self._target_edited)
        self.items_model.move_requested.connect(self.move_item)
        self.items_view.selectionModel().currentRowChanged.connect(lambda _c, _p: self._show_selected_dose())
        self.move_up_button.clicked.connect(lambda: self.move_selected(-1))
        self.move_down_button.clicked.connect(lambda: self.move_selected(1))
        self.remove_button.clicked.connect(self.remove_selected)
        self.dose_editor.dose_edited.connect(self._dose_edited)
        self.dose_editor.sides_edited.connect(self._sides_edited)
        self.search_edit.textChanged.connect(self._search)
        self.search_edit.returnPressed.connect(self.add_chosen)
        self.search_view.activated.connect(lambda _index: self.add_chosen())
        self.add_button.clicked.connect(self.add_chosen)
        self.save_button.clicked.connect(self.save)
        self.duplicate_button.clicked.connect(self.duplicate)
        self.export_button.clicked.connect(self.export_dialog)
        self.delete_button.clicked.connect(lambda: self.delete())
        self.services.events.settings_changed.connect(self._settings_changed)
        # A number box keeps Ctrl+Z for its own text; in the editor it means "undo the last change to the routine".
        for box in self.dose_editor.findChildren(QAbstractSpinBox):
            box.installEventFilter(self)
        self.search_edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and isinstance(watched, QAbstractSpinBox)
            and (event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo))
        ):
            event.ignore()  # not claimed by the box: the editor's undo and redo shortcuts take it
            return True
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and watched is self.search_edit
            and event.key() == Qt.Key.Key_Down
            and self.search_model.rowCount()
        ):
            self.search_view.setFocus(Qt.FocusReason.OtherFocusReason)  # from the search into its matches
            if not self.search_view.currentIndex().isValid():
                self.search_view.setCurrentIndex(self.search_model.index(0, 0))
            return True
        return super().eventFilter(watched, event)

    def _icon_for(self, exercise_id: str) -> QIcon | None:
        from hipdesk.ui.figure.thumbnails import thumbnail

        # a pose HipDesk cannot read is drawn neutral; anything else is a bug for the crash handler
        return QIcon(thumbnail(self.library.pose_id(exercise_id), ICON_SIZE))

    # -- state -------------------------------------------------------------------------------------------------

    def routine(self) -> Routine:
        """The routine as it stands in the editor, unsaved changes included."""
        return self._draft

    def saved_routine(self) -> Routine | None:
        return self._saved

    def is_read_only(self) -> bool:
        return self._draft.builtin

    def is_dirty(self) -> bool:
        """True when the routine shown has changes that would be lost: edits since it was loaded or saved."""
        if self._draft.builtin:
            return False
        return self._draft != self._baseline

    def load(self, routine: Routine) -> None:
        """Show a stored or built-in routine; forgets the undo history of the one before."""
        self._saved = routine
        self._baseline = routine
        self.undo_stack.clear()
        self._show(routine, 0 if routine.items else -1)
        self.show_message("")

    def new_routine(self, items: tuple[RoutineItem, ...] = ()) -> None:
        """Start an unsaved routine with a free name."""
        name = self.services.routines.free_name(self.tr("My routine"))
        self._saved = None
        self._baseline = Routine(id="", name=name, description="", items=())
        self.undo_stack.clear()
        self._show(replace(self._baseline, items=items), len(items) - 1)
        self.show_message("")

    def _show(self, routine: Routine, row: int) -> None:
        """Make ``routine`` the draft and show it (called by load and by undo commands)."""
        if self._saved is not None and not routine.builtin:
            routine = replace(routine, id=self._saved.id)  # a save may have given a new routine its id
        self._draft = routine
        self._updating = True
        try:
            if self.name_edit.text() != routine.name:
                self.name_edit.setText(routine.name)
            if self.description_edit.toPlainText() != routine.description:
                self.description_edit.setPlainText(routine.description)
            self.target.setValue(routine.target_min or 0)
            self.items_model.set_routine(routine)
        finally:
            self._updating = False
        self.select_row(row)
        read_only = routine.builtin
        self.read_only_note.setVisible(read_only)
        for widget in (self.name_edit, self.description_edit):
            widget.setReadOnly(read_only)
        self.target.setEnabled(not read_only)
        self.add_pane.setVisible(not read_only)
        self.dose_editor.setVisible(not read_only)
        for button in (self.undo_button, self.redo_button, self.save_button, self.delete_button):
            button.setVisible(not read_only)
        self.items_view.setDragEnabled(not read_only)
        self.drag_hint.setVisible(not read_only)
        self._show_selected_dose()
        self._show_advice()
        self._refresh_actions()
        self.draft_changed.emit(routine)

    def _show_advice(self) -> None:
        advice = routine_advice(self._draft, self.library, None)
        time = [a for a in advice if a.kind is AdviceKind.TIME]
        notes = [a for a in advice if a.kind is not AdviceKind.TIME]
        self.time_label.setText(time[0].message if time else "")
        self.time_label.setVisible(bool(time))
        self.advice_label.setText("\n".join(f"⚠ {a.message}" for a in notes))
        self.advice_label.setVisible(bool(notes))

        self._show_health()

    def _show_health(self) -> None:
        """Name the items that do not suit the health profile, and offer their safer variations."""
        found = self.health_concerns()
        lines = [f"⚠ {c.message}" for c in found]
        if found:
            lines.insert(0, self.tr("Not advised for your health profile (Settings, Health):"))
        self.health_label.setText("\n".join(lines))
        self.health_label.setVisible(bool(found))
        self.safer_button.setVisible(not self._draft.builtin and any(c.safer is not None for c in found))

    def health_concerns(self) -> tuple[ItemConcern, ...]:
        return routine_concerns(self._draft, self.library, self.profile)

    def _settings_changed(self) -> None:
        profile = read_health_profile(self.services.settings)
        if profile != self.profile:
            self.profile = profile
            self.search_model.set_hidden(self._hidden_by_profile())
            self._show_health()

    def _hidden_by_profile(self) -> frozenset[str]:
        """What the search leaves out: as in the Library, the exercises not advised when the profile says hide them."""
        if not self.profile.hides_unsuitable:
            return frozenset()
        return unsuitable_ids(self.library.exercises(), self.profile)

    def use_safer_variations(self) -> None:
        """Swap each unsuitable exercise for its safer variation, as one undoable change."""
        after = with_safer_variations(self._draft, self.library, self.profile)
        self._apply(after, self.tr("Use the safer variations"), self.selected_row())

    def advice_text(self) -> str:
        parts = (self.time_label.text(), self.advice_label.text(), self.health_label.text())
        return "\n".join(t for t in parts if t)

    def _refresh_actions(self) -> None:
        read_only = self._draft.builtin
        row = self.selected_row()
        count = len(self._draft.items)
        editable_row = not read_only and row >= 0
        self.move_up_button.setEnabled(editable_row and row > 0)
        self.move_down_button.setEnabled(editable_row and row < count - 1)
        self.remove_button.setEnabled(editable_row)
        for act in (self.move_up_action, self.move_down_action, self.remove_action):
            act.setEnabled(not read_only)
        self.save_button.setEnabled(not read_only and (self.is_dirty() or self._saved is None))
        self.save_action.setEnabled(not read_only)
        self.duplicate_button.setText(self.tr("D&uplicate to edit") if read_only else self.tr("D&uplicate"))
        self.duplicate_button.setEnabled(bool(self._draft.name))
        self.export_button.setEnabled(bool(self._draft.items))
        self.delete_button.setEnabled(not read_only and self._saved is not None)
        self.undo_button.setEnabled(self.undo_stack.canUndo())
        self.redo_button.setEnabled(self.undo_stack.canRedo())
        if read_only:
            self.save_button.setDefault(False)
            self.duplicate_button.setDefault(True)
        else:
            self.duplicate_button.setDefault(False)
            self.save_button.setDefault(True)

    def show_message(self, text: str, error: bool = False) -> None:
        """A line above the editor: what just happened, or why something could not be done."""
        self.message.setText(text)
        self.message.setVisible(bool(text))
        style(
            self.message,
            "QLabel {{ border: 1px solid {edge}; border-left: 4px solid {edge}; border-radius: 4px;"
            " padding: 6px 8px; }}",
            edge="@danger" if error else "@highlight",
        )
        self.message.setAccessibleDescription(self.tr("error") if error else self.tr("information"))

    # -- selection ---------------------------------------------------------------------------------------------

    def selected_row(self) -> int:
        index = self.items_view.selectionModel().currentIndex()
        selected = self.items_view.selectionModel().selectedRows()
        if not selected:
            return -1
        return index.row() if index.isValid() else selected[0].row()

    def select_row(self, row: int) -> None:
        selection = self.items_view.selectionModel()
        if 0 <= row < self.items_model.rowCount():
            index = self.items_model.index(row, 0)
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            selection.setCurrentIndex(index, flags)
            self.items_view.scrollTo(index)
        else:
            selection.clearSelection()
            selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.Clear)
        self._show_selected_dose()

    def _show_selected_dose(self) -> None:
        row = self.selected_row()
        if 0 <= row < len(self._draft.items):
            item = self._draft.items[row]
            self.dose_editor.show_item(item, self.library.get(item.exercise_id), self._draft.builtin)
        else:
            self.dose_editor.show_item(None, None, read_only=True)
        self._refresh_actions()

    # -- edits (each one undoable) -----------------------------------------------------------------------------

    def _apply(self, after: Routine, text: str, row: int, merge_key: str | None = None) -> None:
        if self._draft.builtin or after == self._draft:
            return
        self.undo_stack.push(_EditCommand(self, self._draft, after, text, merge_key, (self.selected_row(), row)))

    def _with_items(self, items: list[RoutineItem]) -> Routine:
        return replace(self._draft, items=tuple(items))

    def add_exercise(self, exercise_id: str) -> None:
        """Add an exercise (with its own dose) at the end of the routine and select it."""
        exercise = self.library.get(exercise_id)
        if exercise is None or self._draft.builtin:
            return
        items = [*self._draft.items, RoutineItem(exercise_id)]
        self._apply(self._with_items(items), self.tr("Add {exercise}").format(exercise=exercise.name), len(items) - 1)

    def add_chosen(self) -> None:
        """Add the exercise chosen in the search list (the first match when none is chosen)."""
        index = self.search_view.currentIndex()
        row = index.row() if index.isValid() else 0
        if 0 <= row < self.search_model.rowCount():
            self.add_exercise(self.search_model.exercise(row).id)

    def remove_item(self, row: int) -> None:
        if not 0 <= row < len(self._draft.items):
            return
        items = list(self._draft.items)
        removed = items.pop(row)
        name = self._name_of(removed)
        self._apply(
            self._with_items(items), self.tr("Remove {exercise}").format(exercise=name), min(row, len(items) - 1)
        )

    def remove_selected(self) -> None:
        self.remove_item(self.selected_row())

    def move_item(self, source: int, target: int) -> None:
        """Move the item at ``source`` so that it ends up at ``target``."""
        count = len(self._draft.items)
        if not (0 <= source < count and 0 <= target < count) or source == target:
            return
        items = list(self._draft.items)
        item = items.pop(source)
        items.insert(target, item)
        self._apply(self._with_items(items), self.tr("Move {exercise}").format(exercise=self._name_of(item)), target)

    def move_selected(self, delta: int) -> None:
        row = self.selected_row()
        if row >= 0:
            self.move_item(row, row + delta)

    def set_item_dose(self, row: int, dose: Dose | None, field: str = "dose") -> None:
        if not 0 <= row < len(self._draft.items):
            return
        items = list(self._draft.items)
        items[row] = replace(items[row], dose=dose)
        name = self._name_of(items[row])
        text = (self.tr("Use {exercise}'s own dose") if dose is None else self.tr("Change {exercise} dose")).format(
            exercise=name
        )
        self._apply(self._with_items(items), text, row, merge_key=f"dose:{row}:{field}")

    def set_item_sides(self, row: int, sides: Sides) -> None:
        if not 0 <= row < len(self._draft.items):
            return
        items = list(self._draft.items)
        items[row] = replace(items[row], sides=sides)
        text = self.tr("Change {exercise} sides").format(exercise=self._name_of(items[row]))
        self._apply(self._with_items(items), text, row)

    def set_name(self, name: str) -> None:
        self._apply(replace(self._draft, name=name), self.tr("Rename"), self.selected_row(), merge_key="name")

    def set_description(self, text: str) -> None:
        self._apply(
            replace(self._draft, description=text), self.tr("Describe"), self.selected_row(), merge_key="description"
        )

    def set_target(self, minutes: int | None) -> None:
        self._apply(replace(self._draft, target_min=minutes), self.tr("Change target"), self.selected_row(), "target")

    def _name_of(self, item: RoutineItem) -> str:
        exercise = self.library.get(item.exercise_id)
        return exercise.name if exercise is not None else item.exercise_id

    def _name_edited(self, text: str) -> None:
        if not self._updating:
            self.set_name(text)

    def _description_edited(self) -> None:
        if not self._updating:
            self.set_description(self.description_edit.toPlainText())

    def _target_edited(self, value: int) -> None:
        if not self._updating:
            self.set_target(value or None)

    def _dose_edited(self, dose: object, field: str) -> None:
        assert dose is None or isinstance(dose, Dose)
        self.set_item_dose(self.selected_row(), dose, field)

    def _sides_edited(self, sides: object) -> None:
        self.set_item_sides(self.selected_row(), Sides(str(sides)))  # Qt hands a StrEnum back as a plain str

    def _search(self, text: str) -> None:
        self.search_model.set_query(text)
        if self.search_model.rowCount():
            self.search_view.setCurrentIndex(self.search_model.index(0, 0))

    # -- saving, duplicating, deleting, exporting --------------------------------------------------------------

    def save(self) -> Routine | None:
        """Store the draft as a new version; shows why when it cannot. Returns the stored routine."""
        if self._draft.builtin:
            self.show_message(
                self.tr("Built-in routines are read-only. Duplicate this one to make your own."), error=True
            )
            return None
        name = self._draft.name.strip()
        if not name:
            self.show_message(self.tr("Give the routine a name before saving it."), error=True)
            self.name_edit.setFocus()
            return None
        # An exercise from another routine, added here, is written into this one too, so it stands alone.
        draft = carry_own_exercises(
            replace(self._draft, name=name, description=self._draft.description.strip()), self.library
        )
        try:
            check_routine(draft, self.library)
            stored = self.services.routines.save(draft)
        except RoutineFileError as exc:
            self.show_message(self.tr("Not saved. {where}: {what}").format(where=exc.where, what=exc.what), error=True)
            return None
        except DuplicateNameError:
            self.show_message(
                self.tr("Another routine is already called “{name}”. Choose another name.").format(name=name),
                error=True,
            )
            self.name_edit.setFocus()
            return None
        self._saved = stored
        self._baseline = stored
        self._show(stored, self.selected_row())
        self.undo_stack.setClean()
        self.show_message(self.tr("Saved “{name}”.").format(name=stored.name))
        self.routine_saved.emit(stored)
        self.services.events.routines_changed.emit()
        return stored

    def duplicate(self) -> Routine | None:
        """Save a copy of the routine shown (unsaved changes included) as a new user routine, and open it."""
        try:
            copy = self.services.routines.duplicate(self._draft)
        except RoutineFileError as exc:
            self.show_message(
                self.tr("Not duplicated. {where}: {what}").format(where=exc.where, what=exc.what), error=True
            )
            return None
        self.load(copy)
        self.show_message(self.tr("Duplicated as “{name}”. Rename it and make it yours.").format(name=copy.name))
        self.routine_saved.emit(copy)
        self.services.events.routines_changed.emit()
        self.name_edit.setFocus()
        self.name_edit.selectAll()
        return copy

    def delete(self) -> bool:
        """Delete the user routine shown, after asking. History keeps the sessions played with it."""
        saved = self._saved
        if saved is None or saved.builtin:
            return False
        if not self.confirm(
            self.tr("Delete routine"),
            self.tr("Delete “{name}”? Sessions you played with it stay in your history.").format(name=saved.name),
        ):
            return False
        self.services.routines.delete(saved.id)
        self._saved = None
        self._baseline = self._draft
        self.undo_stack.clear()
        self.routine_deleted.emit(saved.id)
        self.services.events.routines_changed.emit()
        return True

    def export_dialog(self) -> None:
        path = self.choose_save_path(file_name_for(self._draft))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> bool:
        files = RoutineFiles(self.services.routines, self.services.builtin_routines, self.library)
        try:
            files.export(self._draft, path)
        except RoutineFileError as exc:
            self.show_message(
                self.tr("Not exported. {where}: {what}").format(where=exc.where, what=exc.what), error=True
            )
            return False
        except StorageError as exc:  # the file could not be written: where and why
            self.show_message(self.tr("Not exported. {problem}").format(problem=exc), error=True)
            return False
        self.show_message(self.tr("Exported “{name}” to {path}.").format(name=self._draft.name, path=path))
        return True

    def show_import_error(self, error: RoutineFileError) -> None:
        self.show_message(
            self.tr("Nothing was imported. {where}: {what}").format(where=error.where, what=error.what), error=True
        )

    # -- dialogs (replaced in tests) ---------------------------------------------------------------------------

    def _ask_confirm(self, title: str, text: str) -> bool:
        answer = ask(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def _ask_save_path(self, suggested: str) -> str:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export routine"),
            str(Path.home() / suggested),
            self.tr("HipDesk routines (*{suffix} *.json);;All files (*)").format(suffix=FILE_SUFFIX),
        )
        return path
