"""The tray icon, where the desktop has a tray: start the default routine, open HipDesk, snooze, pause, settings,
quit; its status line says when the next reminder comes or why one is held.

Where there is no notification server, reminders become the tray's own messages (clicking one starts the routine);
the in-window notice keeps "Start" and "Later" for when the person opens the window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

from hipdesk import APP_NAME
from hipdesk.domain.reminders import Reminder, Snooze
from hipdesk.ui.plain_text import mnemonic_safe

if TYPE_CHECKING:
    from hipdesk.ui.companion.reminder_controller import ReminderController

MESSAGE_MS = 15_000
PAUSES_MIN = (30, 60, 120)


def tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()


class CompanionTray(QObject):
    """The tray icon and its menu.

    Signals:
    open_requested(): "Open HipDesk", or a click on the icon.
    settings_requested(): "Settings…".
    quit_requested(): "Quit HipDesk" (really quit, not just close the window).
    """

    open_requested = Signal()
    settings_requested = Signal()
    quit_requested = Signal()

    def __init__(
        self, controller: ReminderController, icon: QIcon | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        app = QApplication.instance()
        window_icon = app.windowIcon() if isinstance(app, QApplication) else QIcon()
        self.icon = QSystemTrayIcon(icon or window_icon, self)
        self.icon.setToolTip(APP_NAME)
        self.menu = QMenu()
        self.menu.setAccessibleName(self.tr("{app} tray menu").format(app=APP_NAME))
        self.start_action = self._add(self.tr("Start"), controller.start)
        self.open_action = self._add(self.tr("Open {app}").format(app=APP_NAME), self.open_requested.emit)
        self.menu.addSeparator()
        self.status_action = self._add("", lambda: None)
        self.status_action.setEnabled(False)
        self.snooze_actions = {
            Snooze.MINUTES_30: self._add(self.tr("Snooze 30 minutes"), lambda: controller.snooze(Snooze.MINUTES_30)),
            Snooze.HOUR_1: self._add(self.tr("Snooze 1 hour"), lambda: controller.snooze(Snooze.HOUR_1)),
            Snooze.TODAY: self._add(self.tr("Snooze for today"), lambda: controller.snooze(Snooze.TODAY)),
        }
        self.pause_menu = QMenu(self.tr("Pause reminders for"), self.menu)
        self.pause_menu.setAccessibleName(self.tr("Pause reminders for"))
        self.pause_actions = {}
        labels = {30: self.tr("30 minutes"), 60: self.tr("1 hour"), 120: self.tr("2 hours")}
        for minutes in PAUSES_MIN:
            action = QAction(labels[minutes], self.pause_menu)
            action.triggered.connect(lambda _checked=False, m=minutes: controller.pause(m * 60))
            self.pause_menu.addAction(action)
            self.pause_actions[minutes] = action
        self.pause_menu_action = self.menu.addMenu(self.pause_menu)
        self.resume_action = self._add(self.tr("Resume reminders"), self._resume)
        self.menu.addSeparator()
        self.settings_action = self._add(self.tr("Settings…"), self.settings_requested.emit)
        self.quit_action = self._add(self.tr("Quit {app}").format(app=APP_NAME), self.quit_requested.emit)
        self.icon.setContextMenu(self.menu)
        self.menu.aboutToShow.connect(self.refresh)
        self.icon.activated.connect(self._activated)
        self.icon.messageClicked.connect(self._message_clicked)
        controller.status_changed.connect(lambda _text: self.refresh())
        self._clicked_starts = False
        self.refresh()

    def _add(self, text: str, slot: object) -> QAction:
        action = QAction(text, self.menu)
        action.triggered.connect(slot)
        self.menu.addAction(action)
        return action

    def show(self) -> None:
        self.icon.show()

    def hide(self) -> None:
        self.icon.hide()

    def refresh(self) -> None:
        """Bring the menu up to date: the default routine's name, the next reminder or the snooze."""
        routine = self._controller.routine()
        self.start_action.setText(
            mnemonic_safe(self.tr("Start {routine}").format(routine=routine.name))
            if routine is not None
            else self.tr("Start a routine")
        )
        self.start_action.setEnabled(routine is not None)
        self.status_action.setText(self._controller.status_text())
        scheduler = self._controller.scheduler
        for action in self.snooze_actions.values():
            action.setVisible(self._controller.active)
        self.pause_menu_action.setVisible(self._controller.active)
        self.resume_action.setVisible(scheduler.snoozed_until is not None or scheduler.paused_until is not None)
        self.icon.setToolTip(f"{APP_NAME}: {self.status_action.text()}")

    def _resume(self) -> None:
        """Lift a snooze and a pause alike."""
        if self._controller.scheduler.paused_until is not None:
            self._controller.resume()
        if self._controller.scheduler.snoozed_until is not None:
            self._controller.cancel_snooze()

    def notify(self, _reminder: Reminder, title: str, text: str) -> None:
        """A reminder as the tray's own message (used where there is no notification server)."""
        self._clicked_starts = True
        click = self.tr("Click to start.")
        self.icon.showMessage(title, f"{text}\n{click}", QSystemTrayIcon.MessageIcon.Information, MESSAGE_MS)
        self.refresh()

    def say(self, title: str, text: str) -> None:
        """A plain message (clicking it opens HipDesk)."""
        self._clicked_starts = False
        self.icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, MESSAGE_MS)

    def _message_clicked(self) -> None:
        if self._clicked_starts and self._controller.current is not None:
            self._controller.start()
        self.open_requested.emit()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.open_requested.emit()
