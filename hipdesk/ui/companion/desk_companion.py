"""The desk companion: the reminder controller, its in-window notice, desktop notifications, the desktop watch
(away, locked, full screen, Do Not Disturb) and, where there is one, the tray icon, wired to the main window. Built
by the composition root once start-up has finished.

A reminder always shows in the window's bar; it also reaches the person outside the window through the desktop's
notification server (with Start now, In 10 minutes and Skip today), else through the tray's own message.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from hipdesk import APP_NAME
from hipdesk.domain.reminders import Desktop, Reminder, ReminderKind, Snooze
from hipdesk.domain.words import Words
from hipdesk.ui.companion import preferences as prefs
from hipdesk.ui.companion.notice import ReminderNotice
from hipdesk.ui.companion.reminder_controller import ReminderController
from hipdesk.ui.companion.tray import CompanionTray, tray_available

if TYPE_CHECKING:
    from hipdesk.ui.companion.desktop_watch import DesktopWatch
    from hipdesk.ui.companion.notifications import DesktopNotifications
    from hipdesk.ui.main_window import MainWindow
    from hipdesk.ui.services import Services

START, LATER, SKIP = "start", "later", "skip"  # the notification's action keys


class CompanionWords(Words):
    """What the desk companion says outside the window."""


def in_tray_title() -> str:
    return CompanionWords.tr("{app} is still running").format(app=APP_NAME)


def in_tray_text() -> str:
    return CompanionWords.tr("Your reminders stay on. Open {app} or quit it from this icon.").format(app=APP_NAME)


def notification_actions() -> list[tuple[str, str]]:
    return [
        (START, CompanionWords.tr("Start now")),
        (LATER, CompanionWords.tr("In 10 minutes")),
        (SKIP, CompanionWords.tr("Skip today")),
    ]


class DesktopSource(Protocol):
    def desktop(self) -> Desktop: ...


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
        notifications: DesktopNotifications | None = None,
        desktop: DesktopSource | None = None,
    ) -> None:
        """``notifications`` and ``desktop`` default to none: the composition root passes the real ones (see
        :func:`connect_desktop`), so a test never reaches the desktop it runs on."""
        super().__init__(window)
        self._window = window
        self._services = services
        self.notice = ReminderNotice()
        window.add_bar(self.notice, top=True)
        self.notifications = notifications
        self.desktop = desktop
        self.controller = ReminderController(
            services,
            notice=self.notice,
            is_playing=self._player_is_playing,
            desktop=desktop.desktop if desktop is not None else None,
            parent=self,
        )
        self.controller.reminder_shown.connect(self._alert)
        self.controller.reminder_closed.connect(self._reminder_answered)
        if notifications is not None:
            notifications.action_invoked.connect(self._notification_action)
        changed = getattr(desktop, "changed", None)
        if changed is not None:
            changed.connect(self.controller.check)  # a lock or Do Not Disturb switched: look again at once
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

    def _alert(self, reminder: Reminder, title: str, text: str) -> None:
        """Reach the person outside the window: a desktop notification, else the tray's message."""
        if self._window.isVisible():
            QApplication.alert(self._window)  # the task bar entry asks for attention
        if self._window.isActiveWindow():
            return  # HipDesk is in front: its bar says it
        notifications = self.notifications
        if notifications is not None and notifications.available:
            actions = notification_actions() if notifications.has_actions else []
            to_start = CompanionWords.tr("Open {app} to start.").format(app=APP_NAME)
            if notifications.show(title, text if actions else f"{text}\n{to_start}", actions):
                return
        if self.tray is not None:
            self.tray.notify(reminder, title, text)

    def _notification_action(self, key: str) -> None:
        """An action chosen in the desktop notification, whether the window is shown, hidden or in the tray."""
        current = self.controller.current
        if key == START:
            if current is not None and current.kind is ReminderKind.SITTING_BREAK:
                self.controller.start_short()
            else:
                self.controller.start()
            self._window.bring_to_front()
        elif key == LATER:
            self.controller.snooze(Snooze.MINUTES_10)
        elif key == SKIP:
            self.controller.snooze(Snooze.TODAY)
        else:  # the body ("default"): bring HipDesk up, the reminder waits in its bar
            self._window.bring_to_front()

    def _reminder_answered(self) -> None:
        if self.notifications is not None:
            self.notifications.close()  # answered in the window or the tray: the desktop's copy goes

    def _hidden_to_tray(self) -> None:
        """The first time the window closes into the tray, say so."""
        if self.tray is None or self._services.preferences.get(prefs.TRAY_NOTICE_SHOWN):
            return
        self.tray.say(in_tray_title(), in_tray_text())
        self._services.preferences.set(prefs.TRAY_NOTICE_SHOWN, True)

    def close(self) -> None:
        self.controller.timer.stop()
        if self.notifications is not None:
            self.notifications.close()
        close_desktop = getattr(self.desktop, "close", None)
        if close_desktop is not None:
            close_desktop()
        if self.tray is not None:
            self.tray.hide()


def connect_desktop(parent: QObject | None = None) -> tuple[DesktopNotifications, DesktopWatch]:
    """The real desktop: its notification server and its idle, lock, full-screen and Do Not Disturb sources."""
    from hipdesk.ui.companion.desktop_watch import DesktopWatch
    from hipdesk.ui.companion.notifications import DesktopNotifications

    return DesktopNotifications(parent=parent), DesktopWatch(parent=parent)
