"""The safety net: Qt's own messages go to HipDesk's log, and an error nobody expected is logged and shown.

An error HipDesk knows (a locked database, a full disk...) is told where it happens, in words; one that reaches the
hook all the same is shown as what it is, with its path. Anything else is a bug: ``sys.excepthook`` (which PySide6
also calls for an exception escaping a slot) logs it with its traceback and opens one
:class:`UnexpectedErrorDialog` that names the log file and can copy a report for a bug report.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hipdesk import APP_NAME
from hipdesk.logs import ExcInfo, log_unexpected, report_text
from hipdesk.storage.errors import StorageError
from hipdesk.ui.plain_text import PlainLabel

qt_log = logging.getLogger("qt")
log = logging.getLogger(__name__)

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def qt_message_handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt's warnings (a missing plugin, a bad stylesheet) into the log, with where Qt said them when it knows."""
    where = f" ({context.file}:{context.line})" if context.file else ""
    qt_log.log(_QT_LEVELS.get(kind, logging.WARNING), "%s%s", message, where)


def install_qt_message_handler() -> None:
    qInstallMessageHandler(qt_message_handler)


class UnexpectedErrorDialog(QDialog):
    """Tells the person something went wrong that HipDesk did not expect, where the log is, and offers to copy a
    report (the error, versions and the end of the log) to paste into a bug report.

    Signals: none of its own (QDialog's finished(int) tells when it closes).
    """

    def __init__(self, report: str, log_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unexpectedError")
        title = self.tr("{app} ran into a problem").format(app=APP_NAME)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.report = report
        where = (
            self.tr("The details are in the log file:\n{path}").format(path=log_path)
            if log_path is not None
            else self.tr("{app} could not write a log file; the details are printed in the terminal.").format(
                app=APP_NAME
            )
        )
        self.message = PlainLabel(  # a path is text, never markup
            self.tr("Something went wrong that {app} did not expect. What you recorded before it is saved.").format(
                app=APP_NAME
            )
            + f"\n\n{where}"
        )
        self.message.setWordWrap(True)
        from PySide6.QtCore import Qt  # here, not at the top: the first paint need not wait for Qt's enums

        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit(report)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Report of the problem"))
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setMinimumSize(560, 180)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("&Copy report"))
        self.copy_button.setAccessibleName(self.tr("Copy a report of the problem to the clipboard"))
        self.copy_button.setAutoDefault(False)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_report)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        close.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report)
        self.copy_button.setText(self.tr("&Copied"))


class CrashHandler:
    """Installs ``sys.excepthook`` and ``threading.excepthook``; each unexpected error is logged, and shown in one
    dialog at a time (an error while the dialog is open is only logged). ``show_dialogs`` False (headless checks)
    only logs."""

    def __init__(self, log_path: Path | None, *, show_dialogs: bool = True) -> None:
        self.log_path = log_path
        self.show_dialogs = show_dialogs
        self.dialog: UnexpectedErrorDialog | None = None
        self.count = 0
        self.on_error: list[Callable[[ExcInfo], None]] = []
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook

    def install(self) -> None:
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook

    def uninstall(self) -> None:
        sys.excepthook = self._previous_hook
        threading.excepthook = self._previous_thread_hook

    def excepthook(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous_hook(exc_type, exc, tb)
            return
        if isinstance(exc, StorageError):  # a known failure no view caught: said as what it is, not as a bug
            self.tell(exc)
            return
        self.handle((exc_type, exc, tb))

    def tell(self, problem: StorageError) -> None:
        """A locked database, a full disk...: logged, and shown with what happened and where."""
        # Imported here: it builds Qt's enum namespace, which start-up leaves for later.
        from hipdesk.ui.problems import show_problem

        log.warning("%s (%s)", problem, problem.detail or type(problem).__name__)
        window = _main_window()
        if self.show_dialogs and window is not None:
            show_problem(window, problem)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        log_unexpected((args.exc_type, args.exc_value, args.exc_traceback), f"in thread {args.thread}")

    def handle(self, exc_info: ExcInfo, where: str = "") -> UnexpectedErrorDialog | None:
        self.count += 1
        log_unexpected(exc_info, where)
        for listener in self.on_error:
            listener(exc_info)
        if not self.show_dialogs or self.dialog is not None or QApplication.instance() is None:
            return None
        dialog = UnexpectedErrorDialog(self.report(exc_info), self.log_path, _main_window())
        dialog.finished.connect(self._closed)
        self.dialog = dialog
        dialog.open()
        return dialog

    def report(self, exc_info: ExcInfo | None) -> str:
        return report_text(exc_info, self.log_path, {"PySide6": pyside_version})

    def _closed(self, _result: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None


def _main_window() -> QWidget | None:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return None
    active = app.activeWindow()
    if active is not None:
        return active
    return next((w for w in app.topLevelWidgets() if w.isVisible() and w.isWindow()), None)
