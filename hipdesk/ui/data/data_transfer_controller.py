"""File > Export all data… and File > Import data…: choose a file, run the use case, say what happened.

The work is in :mod:`hipdesk.usecases.data_transfer`; this only asks for a path (a window-modal file dialog that
does not block the event loop) and shows the result, or what went wrong and where, in a message.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from hipdesk.ui.plain_text import message_box

if TYPE_CHECKING:
    from hipdesk.clock import WallClock
    from hipdesk.ui.services import Services


class DataTransferController(QObject):
    """Signals:
    exported(str): everything was written to this path.
    imported(str): the file at this path was merged in (the store changed, or had it all already).
    failed(str): an export or import did not happen; the message says why and where.
    """

    exported = Signal(str)
    imported = Signal(str)
    failed = Signal(str)

    def __init__(self, services: Services, wall: WallClock, window: QWidget) -> None:
        super().__init__(window)
        self._services = services
        self._wall = wall
        self._window = window

    # ---- asking for a file ------------------------------------------------------------------------------------
    def choose_export_file(self) -> QFileDialog:
        default = Path.home() / f"hipdesk-{self._wall.today().isoformat()}.hipdesk-data.zip"
        dialog = self._file_dialog(self.tr("Export all data"), QFileDialog.AcceptMode.AcceptSave, default)
        dialog.setDefaultSuffix("hipdesk-data.zip")
        dialog.fileSelected.connect(lambda name: self.export_to(Path(name)))
        dialog.open()
        return dialog

    def choose_import_file(self) -> QFileDialog:
        dialog = self._file_dialog(self.tr("Import data"), QFileDialog.AcceptMode.AcceptOpen, Path.home())
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda name: self.import_from(Path(name)))
        dialog.open()
        return dialog

    def _file_dialog(self, title: str, mode: QFileDialog.AcceptMode, start: Path) -> QFileDialog:
        dialog = QFileDialog(self._window, title, str(start), self.tr("HipDesk data (*.hipdesk-data.zip *.zip)"))
        dialog.setObjectName("dataFileDialog")
        dialog.setAccessibleName(title)
        dialog.setAcceptMode(mode)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return dialog

    # ---- doing it ---------------------------------------------------------------------------------------------
    def export_to(self, path: Path) -> bool:
        from hipdesk.storage.errors import StorageError
        from hipdesk.usecases.data_transfer import export_data

        try:
            summary = export_data(self._services.data, path, self._wall)
        except StorageError as exc:
            return self._fail(self.tr("Export all data"), str(exc))
        self._tell(self.tr("Export all data"), summary.message(), QMessageBox.Icon.Information)
        self.exported.emit(str(path))
        return True

    def import_from(self, path: Path) -> bool:
        from hipdesk.content.data_file import DataFileError
        from hipdesk.storage.errors import StorageError
        from hipdesk.usecases.data_transfer import import_data

        try:
            summary = import_data(self._services.data, path)
        except (DataFileError, StorageError) as exc:
            return self._fail(self.tr("Import data"), self.tr("{problem}\n\nNothing was changed.").format(problem=exc))
        if summary.counts.changed:
            events = self._services.events
            events.data_imported.emit()
            events.routines_changed.emit()
            events.settings_changed.emit()
        self._tell(self.tr("Import data"), summary.message(), QMessageBox.Icon.Information)
        self.imported.emit(str(path))
        return True

    def _fail(self, title: str, text: str) -> bool:
        self._tell(title, text, QMessageBox.Icon.Warning)
        self.failed.emit(text)
        return False

    def _tell(self, title: str, text: str, icon: QMessageBox.Icon) -> QMessageBox:
        box = message_box(self._window, icon, title, text)  # paths and file contents are never markup
        box.setObjectName("dataTransferMessage")
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # paths can be copied
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box
