"""The main window: tabs, menus, remembered geometry and the first-start safety notice."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, TypeVar, cast

from PySide6.QtCore import QByteArray, QSettings, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QPaintEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QMessageBox, QTabWidget, QVBoxLayout, QWidget

from hipdesk import APP_NAME, __version__
from hipdesk.domain.notices import safety_notice
from hipdesk.ui.plain_text import message_box
from hipdesk.ui.tabs import TABS, TabSpec

if TYPE_CHECKING:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialog

    from hipdesk.domain.routine import Routine
    from hipdesk.ui.checks.reminder_bar import CheckReminderBar
    from hipdesk.ui.data.data_transfer_controller import DataTransferController
    from hipdesk.ui.pain.next_day_controller import NextDayPainController
    from hipdesk.ui.progression.progression_controller import ProgressionController
    from hipdesk.ui.services import Services

DialogT = TypeVar("DialogT", bound="QDialog")
log = logging.getLogger(__name__)


def _qt() -> type[Qt]:
    """Qt's enum namespace. Building it costs about 20 ms, so the first paint never touches it."""
    from PySide6.QtCore import Qt

    return Qt


# Where an earlier HipDesk kept the safety notice's answer (QSettings); it now lives with the other preferences, and
# attach() moves it there. QSettings keeps only the window's place.
LEGACY_SAFETY_KEY = "safety/acknowledged"
GEOMETRY_KEY = "window/geometry"  # QSettings: where the window was and how large
FIRST_SIZE = (1100, 760)  # the first window, where the screen has room for it
FRAME_ROOM = (16, 48)  # what a window manager's frame and title bar may add around the window


class Player(Protocol):
    def play(self, routine: Routine) -> None: ...


class RoutineEditorHost(Protocol):
    def add_exercise_to_routine(self, exercise_id: str) -> None: ...


class MainWindow(QMainWindow):
    """HipDesk's window. Tabs are built the first time they are shown.

    Signals:
    first_painted(): emitted once, after the window's first paint (start-up work waits for it).
    hidden_to_tray(): closing the window only hid it, because ``keep_in_tray`` said so (HipDesk runs on in the tray).
    tab_built(str): a tab's real widget was built (the tab's key), the first time it was needed.
    """

    first_painted = Signal()
    hidden_to_tray = Signal()
    tab_built = Signal(str)

    def __init__(self, settings: QSettings) -> None:
        super().__init__()
        self._qsettings = settings
        self._services: Services | None = None
        self._built: dict[str, QWidget] = {}
        self._painted = False
        self._quitting = False
        self.keep_in_tray: Callable[[], bool] = lambda: False  # set by the desk companion
        self.setWindowTitle(APP_NAME)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for _spec in TABS:
            holder = QWidget()  # stands in until start-up has finished and the tab is first shown
            holder.setObjectName("pendingTab")
            self.tabs.addTab(holder, "")
        self.tabs.currentChanged.connect(self._ensure_current_built)
        central = QWidget()
        self._central_layout = QVBoxLayout(central)
        self._central_layout.setContentsMargins(0, 0, 0, 0)
        self._central_layout.setSpacing(0)
        self._central_layout.addWidget(self.tabs, 1)
        self.check_reminder: CheckReminderBar | None = None  # added in attach(): it needs the database
        self.progression: ProgressionController | None = None
        self.next_day_pain: NextDayPainController | None = None
        self._data_controller: DataTransferController | None = None
        self.setCentralWidget(central)
        self._build_menus()
        self.retranslate()
        self._restore_geometry()

    def retranslate(self) -> None:
        """The window's own words (its tabs' and menus'), in the interface's language: again when start-up has
        chosen another language than the desktop's, which the window was built in (nothing else is built yet)."""
        self.setAccessibleName(self.tr("{app} main window").format(app=APP_NAME))
        self.tabs.setAccessibleName(self.tr("Sections"))
        for index, spec in enumerate(TABS):
            title = spec.title.replace("&", "")
            self.tabs.setTabText(index, title)
            self.tabs.setTabToolTip(index, self.tr("{tab} (Ctrl+{number})").format(tab=title, number=index + 1))
        texts: dict[QMenu | QAction, str] = {
            self.file_menu: self.tr("&File"),
            self.settings_action: self.tr("&Settings…"),
            self.export_action: self.tr("&Export all data…"),
            self.import_action: self.tr("&Import data…"),
            self.report_action: self.tr("&Report…"),
            self.quit_action: self.tr("&Quit"),
            self.view_menu: self.tr("&View"),
            self.tools_menu: self.tr("&Tools"),
            self.weekly_check_action: self.tr("&Weekly check…"),
            self.help_menu: self.tr("&Help"),
            self.safety_action: self.tr("&Safety notice"),
            self.about_action: self.tr("&About {app}").format(app=APP_NAME),
        }
        for item, text in texts.items():
            if isinstance(item, QMenu):
                item.setTitle(text)
            else:
                item.setText(text)
        self.export_action.setToolTip(self.tr("Export all data to one file"))
        self.import_action.setToolTip(self.tr("Import data from a HipDesk data file"))
        self.report_action.setToolTip(self.tr("A report for your physiotherapist, as a PDF or CSV"))
        for action, spec in zip(self.view_actions, TABS, strict=True):
            action.setText(spec.title)

    # ---- menus -------------------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        # setShortcuts([...]) rather than setShortcut(...): the latter's overload check builds the whole
        # QKeySequence.StandardKey enum first, about 12 ms before the first paint.
        # Their words are set by retranslate().
        self.file_menu = self.menuBar().addMenu("")
        self.settings_action = QAction(self)
        self.settings_action.setShortcuts([QKeySequence("Ctrl+,")])
        self.settings_action.triggered.connect(self.show_settings)
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addSeparator()
        self.export_action, self.import_action, self.report_action = (QAction(self) for _ in range(3))
        for action, slot in (
            (self.export_action, self.export_all_data),
            (self.import_action, self.import_data),
            (self.report_action, self.open_report),
        ):
            action.triggered.connect(slot)
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.quit_action = QAction(self)
        self.quit_action.setShortcuts([QKeySequence("Ctrl+Q")])
        self.quit_action.triggered.connect(self.quit_app)
        self.file_menu.addAction(self.quit_action)

        self.view_menu = self.menuBar().addMenu("")
        self.view_actions: list[QAction] = []
        for index, _spec in enumerate(TABS):
            action = QAction(self)
            action.setShortcuts([QKeySequence(f"Ctrl+{index + 1}")])
            action.triggered.connect(lambda _checked=False, i=index: self.tabs.setCurrentIndex(i))
            self.view_menu.addAction(action)
            self.view_actions.append(action)

        self.tools_menu = self.menuBar().addMenu("")
        self.weekly_check_action = QAction(self)
        self.weekly_check_action.setShortcuts([QKeySequence("Ctrl+K")])
        self.weekly_check_action.triggered.connect(self.open_weekly_check)
        self.tools_menu.addAction(self.weekly_check_action)

        self.help_menu = self.menuBar().addMenu("")
        self.safety_action = QAction(self)
        self.safety_action.triggered.connect(self.show_safety_notice)
        self.help_menu.addAction(self.safety_action)
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self.show_about)
        self.help_menu.addAction(self.about_action)
        # Also on the window itself, so the shortcuts work wherever focus is, menu bar shown or not.
        for menu in (self.file_menu, self.view_menu, self.tools_menu, self.help_menu):
            self.addActions(menu.actions())

    def _open_message(self, name: str, title: str, text: str, icon: QMessageBox.Icon) -> QMessageBox:
        """A window-modal message that does not block the event loop (so timers and tests keep running)."""
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)  # own markup, never data
        box.setObjectName(name)
        box.setAccessibleName(title)
        box.setAttribute(_qt().WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def show_about(self) -> QMessageBox:
        licences = self.tr(
            "HipDesk is free software under the GNU GPL, version 3 or later.<br><br>"
            "It is built with:<br>"
            "Qt 6 and PySide6 (LGPL-3.0)<br>"
            "SQLAlchemy and Alembic (MIT)<br>"
            "appdirs (MIT)<br><br>"
            "Its exercise text and illustrations are HipDesk's own."
        )
        summary = self.tr("Hip mobility for people who sit a lot, five minutes at a time.")
        text = f"<h3>{APP_NAME} {__version__}</h3><p>{summary}</p><p>{licences}</p>"
        title = self.tr("About {app}").format(app=APP_NAME)
        return self._open_message("aboutBox", title, text, QMessageBox.Icon.NoIcon)

    def show_safety_notice(self) -> QMessageBox:
        """The notice, window-modal. It counts as read only when "I have read this" is pressed: closing it, Escape
        or "Show it again next time" leave it to come back at the next start."""
        title = self.tr("Before you start with {app}").format(app=APP_NAME)
        no_buttons = QMessageBox.StandardButton.NoButton  # its own two follow
        box = message_box(self, QMessageBox.Icon.Information, title, safety_notice(), buttons=no_buttons)
        box.setObjectName("safetyNotice")
        read = box.addButton(self.tr("I have read this"), QMessageBox.ButtonRole.AcceptRole)
        later = box.addButton(self.tr("Show it again next time"), QMessageBox.ButtonRole.RejectRole)
        read.setAccessibleName(self.tr("I have read the safety notice"))
        later.setAccessibleName(self.tr("Show the safety notice again next time"))
        box.setDefaultButton(read)
        box.setEscapeButton(later)
        read.clicked.connect(self._safety_read)
        box.setAttribute(_qt().WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def safety_notice_read(self) -> bool:
        from hipdesk.usecases.preferences import SAFETY_NOTICE_READ

        return self._services is not None and self._services.preferences.get(SAFETY_NOTICE_READ)

    def _safety_read(self) -> None:
        from hipdesk.storage.errors import StorageError
        from hipdesk.usecases.preferences import SAFETY_NOTICE_READ

        if self._services is None:
            return
        try:
            self._services.preferences.set(SAFETY_NOTICE_READ, True)
        except StorageError as exc:  # the notice comes back at the next start; nothing else is lost
            log.warning("could not remember that the safety notice was read: %s", exc)

    def _move_safety_answer(self, services: Services) -> None:
        """An earlier HipDesk kept the safety notice's answer in settings.ini: move it to the preferences."""
        from hipdesk.usecases.preferences import SAFETY_NOTICE_READ

        if not self._qsettings.contains(LEGACY_SAFETY_KEY):
            return
        if self._qsettings.value(LEGACY_SAFETY_KEY, False, type=bool):
            services.preferences.set(SAFETY_NOTICE_READ, True)
        self._qsettings.remove(LEGACY_SAFETY_KEY)
        self._qsettings.sync()

    def show_safety_notice_once(self) -> None:
        """At start-up: the notice, until the person has pressed its "I have read this"."""
        if not self.safety_notice_read():
            self.show_safety_notice()

    # ---- tabs --------------------------------------------------------------------------------------------
    def attach(self, services: Services) -> None:
        """Start-up finished: build the visible tab now, the others when first shown."""
        self._services = services
        self._move_safety_answer(services)
        from hipdesk.ui.day_watcher import DayWatcher

        self.day_watcher = DayWatcher(services.wall, self)
        self.day_watcher.day_changed.connect(services.events.day_changed)
        # Before any tab listens: the library's exercises "From your routines" follow the routines.
        services.events.routines_changed.connect(self._refresh_custom_exercises)
        services.events.data_imported.connect(self._refresh_custom_exercises)
        services.events.play_requested.connect(self.play_routine)
        services.events.add_to_routine_requested.connect(self.add_to_routine)
        self._ensure_current_built(self.tabs.currentIndex())
        self._attach_checks(services)
        self._attach_next_day_pain(services)

    def _attach_checks(self, services: Services) -> None:
        """The weekly check reminder (read here, after the first paint) and the progression suggestions."""
        from hipdesk.ui.checks.reminder_bar import CheckReminderBar
        from hipdesk.ui.progression.progression_controller import ProgressionController

        self.check_reminder = CheckReminderBar()
        self.check_reminder.start_requested.connect(self.open_weekly_check)
        self.add_bar(self.check_reminder)
        self._update_check_reminder()
        services.events.day_changed.connect(self._update_check_reminder)
        services.events.checks_recorded.connect(self._hide_check_reminder)
        self.progression = ProgressionController(services, self)

    def _attach_next_day_pain(self, services: Services) -> None:
        """The day after a session with pain ratings: how do the hips feel today?"""
        from hipdesk.ui.pain.next_day_bar import NextDayPainBar
        from hipdesk.ui.pain.next_day_controller import NextDayPainController

        bar = NextDayPainBar()
        self.add_bar(bar)
        self.next_day_pain = NextDayPainController(services, bar, parent=self)
        self.next_day_pain.check()

    def _update_check_reminder(self) -> None:
        services = self._services
        if self.check_reminder is not None and services is not None:
            self.check_reminder.update_for(services.checks.last_check_date(), services.wall.today())

    def _hide_check_reminder(self, _week_start: str) -> None:
        if self.check_reminder is not None:
            self.check_reminder.hide()

    def open_weekly_check(self) -> QDialog | None:
        """The guided weekly check in a window-modal dialog; None until start-up has finished."""
        if self._services is None:
            return None
        from hipdesk.ui.checks.weekly_check_view import WeeklyCheckDialog

        services = self._services
        return self._open_once(WeeklyCheckDialog, lambda: WeeklyCheckDialog(services, parent=self))

    def _open_once(self, kind: type[DialogT], make: Callable[[], DialogT]) -> DialogT:
        """One dialog of this kind at a time: the open one comes to the front, else a new one opens window-modal."""
        for child in self.findChildren(kind):
            if child.isVisible():
                child.raise_()
                child.activateWindow()
                return child
        dialog = make()
        dialog.setAttribute(_qt().WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    @property
    def services(self) -> Services | None:
        return self._services

    def _ensure_current_built(self, index: int) -> None:
        if index >= 0:
            self.tab_widget(TABS[index].key)

    def tab_widget(self, key: str) -> QWidget | None:
        """The tab's real widget, building it on first use; None until services are attached."""
        if key in self._built:
            return self._built[key]
        if self._services is None:
            return None
        index, spec = self._spec(key)
        widget = spec.factory(self._services)
        self._built[key] = widget
        current = self.tabs.currentIndex()
        self.tabs.blockSignals(True)
        old = self.tabs.widget(index)
        tooltip = self.tabs.tabToolTip(index)  # names the tab's shortcut; removeTab would drop it
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, widget, spec.title.replace("&", ""))  # its words follow the language
        self.tabs.setTabToolTip(index, tooltip)
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        if old is not None:
            old.deleteLater()
        self.tab_built.emit(key)
        return widget

    def built_tab(self, key: str) -> QWidget | None:
        """The tab's widget if it has been built, without building it."""
        return self._built.get(key)

    @staticmethod
    def _spec(key: str) -> tuple[int, TabSpec]:
        for index, spec in enumerate(TABS):
            if spec.key == key:
                return index, spec
        raise KeyError(key)

    def show_tab(self, key: str) -> QWidget | None:
        widget = self.tab_widget(key)
        self.tabs.setCurrentIndex(self._spec(key)[0])
        return widget

    def play_routine(self, routine: Routine) -> None:
        player = self.show_tab("player")
        if player is not None and hasattr(player, "play"):
            cast(Player, player).play(routine)

    def add_to_routine(self, exercise_id: str) -> None:
        routines = self.show_tab("routines")
        if routines is not None and hasattr(routines, "add_exercise_to_routine"):
            cast(RoutineEditorHost, routines).add_exercise_to_routine(exercise_id)

    # ---- geometry ----------------------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = self._qsettings.value(GEOMETRY_KEY)
        restored = isinstance(geometry, QByteArray) and not geometry.isEmpty() and self.restoreGeometry(geometry)
        if not (restored and self._fits_a_screen()):  # a laptop away from its big monitor, a smaller screen
            self._size_to_screen()

    def _fits_a_screen(self) -> bool:
        rect = self.geometry()
        return any(screen.availableGeometry().contains(rect) for screen in QGuiApplication.screens())

    def _size_to_screen(self) -> None:
        """The first size, or as much of it as the screen's usable area has room for, centred there."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        width = min(FIRST_SIZE[0], area.width() - FRAME_ROOM[0])
        height = min(FIRST_SIZE[1], area.height() - FRAME_ROOM[1])
        self.resize(width, height)
        self.move(area.x() + (area.width() - width) // 2, area.y() + max(0, (area.height() - height) // 2))

    def save_geometry(self) -> None:
        self._qsettings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self._qsettings.sync()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_geometry()
        if not self._quitting and self.keep_in_tray():
            event.ignore()
            self.hide()
            self.hidden_to_tray.emit()
            return
        super().closeEvent(event)

    def quit_app(self) -> None:
        """Quit HipDesk, even when closing the window would only hide it in the tray."""
        self._quitting = True
        if self.close():
            app = QApplication.instance()
            if app is not None and not QApplication.quitOnLastWindowClosed():
                app.quit()
        self._quitting = False

    def bring_to_front(self) -> None:
        """Show the window on top (from the tray, or when HipDesk is started a second time)."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def add_bar(self, widget: QWidget, *, top: bool = False) -> None:
        """Put a notice bar above or below the tabs."""
        if top:
            self._central_layout.insertWidget(0, widget)
        else:
            self._central_layout.addWidget(widget)

    def _refresh_custom_exercises(self) -> None:
        services = self._services
        if services is not None:
            from hipdesk.usecases.custom_exercises import refresh_custom_exercises

            refresh_custom_exercises(services.library, services.routines, services.data)

    def _data_transfer(self) -> DataTransferController | None:
        if self._services is None:
            return None
        if self._data_controller is None:
            from hipdesk.ui.data.data_transfer_controller import DataTransferController

            self._data_controller = DataTransferController(self._services, self._services.wall, self)
        return self._data_controller

    def export_all_data(self) -> QDialog | None:
        """File > Export all data…: asks where, then writes everything; None until start-up has finished."""
        controller = self._data_transfer()
        return None if controller is None else controller.choose_export_file()

    def import_data(self) -> QDialog | None:
        """File > Import data…: asks which file, then merges it in; None until start-up has finished."""
        controller = self._data_transfer()
        return None if controller is None else controller.choose_import_file()

    def open_report(self) -> QDialog | None:
        """File > Report…: the physiotherapist's report, window-modal; None until start-up has finished."""
        if self._services is None:
            return None
        from hipdesk.ui.report.report_dialog import ReportDialog

        services = self._services
        return self._open_once(ReportDialog, lambda: ReportDialog(services, parent=self))

    def show_settings(self) -> QDialog | None:
        """The settings dialog, window-modal; None until start-up has finished."""
        if self._services is None:
            return None
        from hipdesk.ui.companion.settings_dialog import SettingsDialog

        services = self._services
        return self._open_once(SettingsDialog, lambda: SettingsDialog(services, parent=self))
