"""The Routines tab: the list of built-in and user routines beside the editor; Start, New and Import."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QHelpEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from hipdesk.content.routine_file import FILE_SUFFIX, RoutineFileError
from hipdesk.domain.routine import Routine
from hipdesk.storage.errors import StorageError
from hipdesk.ui.plain_text import ask, message_box, mnemonic_safe, plain_tooltip, tooltip_source
from hipdesk.ui.problems import show_problem
from hipdesk.ui.routines.routine_editor_view import RoutineEditorView
from hipdesk.ui.routines.routine_list_model import BUILTIN_ROLE, DETAIL_ROLE, PHASES_ROLE, RoutineListModel
from hipdesk.ui.theme import style
from hipdesk.usecases.routine_files import NameChoice, NameTakenError, RoutineFile, RoutineFiles

if TYPE_CHECKING:
    from hipdesk.ui.services import Services

_Index = QModelIndex | QPersistentModelIndex


def name_lines(text: str, metrics: QFontMetrics, width: int, most: int = 2) -> list[str]:
    """A routine's name broken at spaces into at most ``most`` lines of ``width`` pixels; what still does not fit
    ends the last line with an ellipsis."""
    words = text.split()
    lines: list[str] = []
    while words and len(lines) < most - 1:
        line = words.pop(0)
        while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= width:
            line += " " + words.pop(0)
        if metrics.horizontalAdvance(line) > width:  # one word longer than the line: leave it to the last line
            words.insert(0, line)
            break
        lines.append(line)
    if words:
        lines.append(metrics.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, max(width, 1)))
    return lines or [""]


class RoutineCardDelegate(QStyledItemDelegate):
    """Draws a routine as its name (with a "built-in" tag; a long name wraps to a second line, and only a name
    longer than two lines is cut, its whole name then in the tooltip), its time and equipment, and its phases.

    Signals: none of its own.
    """

    PAD = 8

    @property
    def tag(self) -> str:
        """The tag on a built-in routine's card."""
        return self.tr("built-in")

    def _name_width(self, total: int, builtin: bool, small: QFontMetrics) -> int:
        """The name's room in a row ``total`` pixels wide: the row less its padding and the "built-in" tag."""
        tag = small.horizontalAdvance(self.tag) + 12 if builtin else 0
        return total - 2 * self.PAD - 2 - tag - 6

    def _row_width(self, option: QStyleOptionViewItem) -> int:
        view = option.widget
        if isinstance(view, QListView):
            return view.viewport().width() - 2 * view.spacing()
        return option.rect.width()

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        name_font = QFont(option.font)
        name_font.setBold(True)
        small = QFont(option.font)
        small.setPointSizeF(small.pointSizeF() * 0.92)
        return name_font, small

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        name_font, small = self._fonts(option)
        name_metrics, small_metrics = QFontMetrics(name_font), QFontMetrics(small)
        width = self._name_width(self._row_width(option), bool(index.data(BUILTIN_ROLE)), small_metrics)
        names = len(name_lines(str(index.data() or ""), name_metrics, width))
        height = names * name_metrics.height() + 2 * small_metrics.height() + 2 * self.PAD + 4
        return QSize(240, height)

    def helpEvent(
        self, event: QHelpEvent, view: QAbstractItemView, option: QStyleOptionViewItem, index: _Index
    ) -> bool:
        """A name cut short shows whole in the tooltip, above the routine's description."""
        if event is None or event.type() != QEvent.Type.ToolTip or not index.isValid():
            return super().helpEvent(event, view, option, index)
        name = str(index.data() or "")
        name_font, small = self._fonts(option)
        width = self._name_width(option.rect.width(), bool(index.data(BUILTIN_ROLE)), QFontMetrics(small))
        if " ".join(name_lines(name, QFontMetrics(name_font), width)) == " ".join(name.split()):
            return super().helpEvent(event, view, option, index)
        description = tooltip_source(str(index.data(Qt.ItemDataRole.ToolTipRole) or ""))
        whole = name if description in ("", name) else f"{name}\n\n{description}"
        QToolTip.showText(event.globalPos(), plain_tooltip(whole), view)
        return True

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget is not None else None
        text = option.text
        option.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        rect: QRect = option.rect.adjusted(self.PAD + 2, self.PAD, -self.PAD, -self.PAD)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = option.palette
        main = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        muted = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText)
        name_font, small = self._fonts(option)
        name_metrics, small_metrics = QFontMetrics(name_font), QFontMetrics(small)

        painter.save()
        tag_width = 0
        if index.data(BUILTIN_ROLE):
            tag = self.tag
            tag_width = small_metrics.horizontalAdvance(tag) + 12
            tag_rect = QRect(rect.right() - tag_width, rect.top() + 1, tag_width, small_metrics.height() + 2)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(muted)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(tag_rect.adjusted(0, 0, -1, -1), 4, 4)
            painter.setFont(small)
            painter.drawText(tag_rect, Qt.AlignmentFlag.AlignCenter, tag)
        painter.setFont(name_font)
        painter.setPen(main)
        top = rect.top()
        for line in name_lines(text, name_metrics, rect.width() - tag_width - 6):
            painter.drawText(
                QRect(rect.left(), top, rect.width() - tag_width - 6, name_metrics.height()),
                Qt.AlignmentFlag.AlignLeft,
                line,
            )
            top += name_metrics.height()
        painter.setFont(small)
        painter.setPen(muted)
        top += 2
        for line in (str(index.data(DETAIL_ROLE) or ""), str(index.data(PHASES_ROLE) or "")):
            line_rect = QRect(rect.left(), top, rect.width(), small_metrics.height())
            painter.drawText(
                line_rect,
                Qt.AlignmentFlag.AlignLeft,
                small_metrics.elidedText(line, Qt.TextElideMode.ElideRight, line_rect.width()),
            )
            top += small_metrics.height()
        painter.restore()


class RoutinesView(QWidget):
    """Browse routines on the left, edit the chosen one on the right.

    Signals: none of its own. It emits ``services.events.play_requested`` (Start) and
    ``services.events.routines_changed`` (after a save, duplicate, delete or import).
    """

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.choose_open_path: Callable[[], str] = self._ask_open_path
        self.confirm_discard: Callable[[str], bool] = self._ask_discard
        self.choose_on_clash: Callable[[RoutineFile], NameChoice] = self._ask_on_clash
        self.files = RoutineFiles(services.routines, services.builtin_routines, services.library)

        self.model = RoutineListModel(services.library, self)
        self.list_view = QListView()
        self.list_view.setModel(self.model)
        self.list_view.setItemDelegate(RoutineCardDelegate(self.list_view))
        self.list_view.setAccessibleName(self.tr("Routines"))
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list_view.setSpacing(1)
        self.list_view.setResizeMode(QListView.ResizeMode.Adjust)  # a long name wraps again at the new width

        title = QLabel(self.tr("&Routines"))
        title.setBuddy(self.list_view)
        style(title, "font-weight: bold; font-size: {size:1.25};")
        self.start_button = QPushButton(self.tr("▶  &Start"))
        self.start_button.setAccessibleName(self.tr("Start the routine in the player"))
        self.start_button.setToolTip(self.tr("Play this routine in the player"))
        self.start_button.setMinimumHeight(self.start_button.sizeHint().height() + 10)
        start_font = self.start_button.font()
        start_font.setBold(True)
        self.start_button.setFont(start_font)
        self.new_button = QPushButton(self.tr("&New"))
        self.new_button.setAccessibleName(self.tr("New routine"))
        self.import_button = QPushButton(self.tr("&Import…"))
        self.import_button.setAccessibleName(self.tr("Import a routine file"))
        self.import_button.setToolTip(self.tr("Read a routine someone shared with you (a HipDesk routine file)"))

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(title)
        left_layout.addWidget(self.list_view, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.import_button)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.start_button)

        self.editor = RoutineEditorView(services)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([290, 810])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.list_view.selectionModel().currentRowChanged.connect(self._chosen)
        self.start_button.clicked.connect(self.start)
        self.new_button.clicked.connect(self.new_routine)
        self.import_button.clicked.connect(self.import_dialog)
        self.editor.routine_deleted.connect(lambda _uid: self.select_routine(self.model.routine(0).id))
        self.editor.draft_changed.connect(lambda _r: self._refresh_start())
        services.events.routines_changed.connect(self.refresh)

        self.refresh()
        if self.model.rowCount():
            self.select_routine(self.model.routine(0).id)

    # -- the list ----------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the routines, keeping the editor's routine selected."""
        current = self.editor.routine().id
        self.model.set_routines([*self.services.builtin_routines, *self.services.routines.all()])
        row = self.model.row_of(current) if current else -1
        self._select_row(row, load=False)

    def _select_row(self, row: int, load: bool) -> None:
        selection = self.list_view.selectionModel()
        selection.blockSignals(not load)
        try:
            if 0 <= row < self.model.rowCount():
                index = self.model.index(row, 0)
                selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
                self.list_view.scrollTo(index)
            else:
                selection.clearSelection()
                selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.Clear)
        finally:
            selection.blockSignals(False)

    def select_routine(self, routine_id: str) -> None:
        """Select a routine in the list and open it in the editor."""
        row = self.model.row_of(routine_id)
        if row >= 0:
            self._select_row(row, load=True)
            routine = self.model.routine(row)
            if self.editor.routine() != routine or self.editor.saved_routine() != routine:
                self.editor.load(routine)

    def selected_routine(self) -> Routine | None:
        index = self.list_view.selectionModel().currentIndex()
        return self.model.routine(index.row()) if index.isValid() else None

    def _chosen(self, current: QModelIndex, previous: QModelIndex) -> None:
        if not current.isValid():
            return
        routine = self.model.routine(current.row())
        if routine.id == self.editor.routine().id and routine.builtin == self.editor.routine().builtin:
            return
        if self.editor.is_dirty() and not self.confirm_discard(self.editor.routine().name):
            self._select_row(previous.row() if previous.isValid() else -1, load=False)
            return
        self.editor.load(routine)

    def _leave_editor(self) -> bool:
        """True when the editor's routine may be replaced (nothing unsaved, or the person agreed)."""
        return not self.editor.is_dirty() or self.confirm_discard(self.editor.routine().name)

    # -- actions -----------------------------------------------------------------------------------------------

    def _refresh_start(self) -> None:
        self.start_button.setEnabled(bool(self.editor.routine().items))

    def start(self) -> None:
        """Play the routine shown in the editor, as it stands."""
        routine = self.editor.routine()
        if routine.items:
            self.services.events.play_requested.emit(routine)

    def new_routine(self) -> None:
        if not self._leave_editor():
            return
        self._select_row(-1, load=False)
        self.editor.new_routine()
        self.editor.name_edit.setFocus()
        self.editor.name_edit.selectAll()

    def add_exercise_to_routine(self, exercise_id: str) -> None:
        """Add an exercise from the library: to the routine being edited, or to a new one if that is built-in."""
        exercise = self.services.library.get(exercise_id)
        if exercise is None:
            return
        if self.editor.is_read_only():
            if not self._leave_editor():
                return
            self._select_row(-1, load=False)
            self.editor.new_routine()
        self.editor.add_exercise(exercise_id)
        self.editor.show_message(
            self.tr("Added {exercise} to “{routine}”. Save to keep it.").format(
                exercise=exercise.name, routine=self.editor.routine().name
            )
        )

    def import_dialog(self) -> None:
        path = self.choose_open_path()
        if path:
            self.import_from(Path(path))

    def import_from(self, path: Path) -> Routine | None:
        """Import a routine file as a user routine. A bad file writes nothing and says why; a name that is taken
        asks whether to import it as a copy, replace the routine of that name, or cancel."""
        if not self._leave_editor():
            return None
        try:
            file = self.files.read(path)
            stored = self._store(file)
        except RoutineFileError as exc:
            self.editor.show_import_error(exc)
            return None
        except StorageError as exc:  # the database is locked, the disk full...: say so, nothing was imported
            show_problem(self, exc)
            return None
        if stored is None:
            self.editor.show_message(self.tr("Nothing was imported from {file}.").format(file=path.name))
            return None
        self.editor.load(stored)
        self.services.events.routines_changed.emit()
        self.editor.show_message(self.tr("Imported “{name}” from {file}.").format(name=stored.name, file=path.name))
        return stored

    def _store(self, file: RoutineFile) -> Routine | None:
        choice: NameChoice | None = None
        while True:
            try:
                return self.files.store(file, choice)
            except NameTakenError as taken:  # ask (again, if another routine took the name meanwhile)
                file = taken.file
                choice = self.choose_on_clash(file)

    # -- dialogs (replaced in tests) ---------------------------------------------------------------------------

    def _ask_open_path(self) -> str:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import routine"),
            str(Path.home()),
            self.tr("HipDesk routines (*{suffix} *.json);;All files (*)").format(suffix=FILE_SUFFIX),
        )
        return path

    def _ask_on_clash(self, file: RoutineFile) -> NameChoice:
        clash = file.clash
        assert clash is not None
        kind = self.tr("a built-in routine") if clash.builtin else self.tr("one of your routines")
        box = message_box(
            self,
            QMessageBox.Icon.Question,
            self.tr("A routine with this name exists"),
            self.tr("“{name}” is already {kind}. What should HipDesk do with {file}?").format(
                name=clash.name, kind=kind, file=file.path.name
            ),
            buttons=QMessageBox.StandardButton.NoButton,  # its own buttons follow
        )
        buttons = {
            NameChoice.COPY: box.addButton(
                self.tr("&Import as “{name}”").format(name=mnemonic_safe(file.copy_name)),
                QMessageBox.ButtonRole.AcceptRole,
            ),
        }
        if NameChoice.REPLACE in file.choices:
            buttons[NameChoice.REPLACE] = box.addButton(
                self.tr("&Replace “{name}”").format(name=mnemonic_safe(clash.name)),
                QMessageBox.ButtonRole.DestructiveRole,
            )
            box.setInformativeText(
                self.tr("Replacing keeps the old version in your history; sessions played from it stay.")
            )
        buttons[NameChoice.CANCEL] = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(buttons[NameChoice.COPY])
        box.setEscapeButton(buttons[NameChoice.CANCEL])
        box.exec()
        clicked = box.clickedButton()
        return next((choice for choice, button in buttons.items() if button is clicked), NameChoice.CANCEL)

    def _ask_discard(self, name: str) -> bool:
        answer = ask(
            self,
            self.tr("Unsaved changes"),
            self.tr("“{name}” has changes that are not saved. Discard them?").format(name=name),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard
