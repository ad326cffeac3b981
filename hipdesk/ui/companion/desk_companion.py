"""The desk companion: the reminder controller, its in-window notice and, where there is one, the tray icon,
wired to the main window. Built by the composition root once start-up has finished."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from hipdesk import APP_NAME
from hipdesk.domain.reminders import Reminder
from hipdesk.ui.companion import preferences as prefs
from hipdesk.ui.companion.notice import ReminderNotice
from hipdesk.ui.companion.reminder_controller import ReminderController
from hipdesk.ui.companion.tray import CompanionTray, tray_available

if TYPE_CHECKING:
    from hipdesk.ui.main_window import MainWindow
    from hipdesk.ui.services import Services

IN_TRAY_TITLE = f"{APP_NAME} is still running"
IN_TRAY_TEXT = f"Your reminders stay on. Open {APP_NAME} or quit it from this icon."


class DeskCompanion(QObject):
    """Reminders and the tray, beside the main window.

    Signals: none (see ReminderController and CompanionTray).
    """

    def __init__(
        self,
        window: MainWindow,
        services: Services,
        *,
        use_tray: bool | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self.notice = ReminderNotice()
        window.add_bar(self.notice, top=True)
        self.controller = ReminderController(
            services, notice=self.notice, is_playing=self._player_is_playing, parent=self
        )
        self.controller.reminder_shown.connect(self._alert)
        self.controller.settings_applied.connect(self._update_quit_policy)
        self.tray: CompanionTray | None = None
        if tray_available() if use_tray is None else use_tray:
            self.tray = CompanionTray(self.controller, parent=self)
            self.tray.open_requested.connect(window.bring_to_front)
            self.tray.settings_requested.connect(self._open_settings)
            self.tray.quit_requested.connect(window.quit_app)
            self.tray.show()
        window.keep_in_tray = self.keeps_in_tray
        window.hidden_to_tray.connect(self._hidden_to_tray)
        self._update_quit_policy()

    def _player_is_playing(self) -> bool:
        return bool(getattr(self._window.built_tab("player"), "playing", False))

    def keeps_in_tray(self) -> bool:
        """Closing the window leaves HipDesk in the tray: there is a tray, and reminders or breaks are on."""
        return self.tray is not None and self.controller.active

    def _update_quit_policy(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setQuitOnLastWindowClosed(not self.keeps_in_tray())
        if self.tray is not None:
            self.tray.refresh()

    def _open_settings(self) -> None:
        self._window.bring_to_front()
        self._window.show_settings()

    def _alert(self, _reminder: Reminder, _title: str, _text: str) -> None:
        if self._window.isVisible():
            QApplication.alert(self._window)  # the task bar entry asks for attention

    def _hidden_to_tray(self) -> None:
        """The first time the window closes into the tray, say so."""
        if self.tray is None or self._services.settings.get(prefs.TRAY_NOTICE_SHOWN_KEY, False):
            return
        self.tray.say(IN_TRAY_TITLE, IN_TRAY_TEXT)
        self._services.settings.put(prefs.TRAY_NOTICE_SHOWN_KEY, True)

    def close(self) -> None:
        self.controller.timer.stop()
        if self.tray is not None:
            self.tray.hide()
