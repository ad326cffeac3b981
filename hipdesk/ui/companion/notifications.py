"""Desktop notifications through ``org.freedesktop.Notifications`` (GNOME, KDE, Xfce, dunst, mako, ...), with
actions that work whether HipDesk's window is shown, hidden or in the tray.

The server shows the notification and, when the person clicks an action (or the body, the "default" action), sends
``ActionInvoked`` back; HipDesk listens on its session bus connection, which lives as long as HipDesk runs.
"""

from __future__ import annotations

import logging
from html import escape

from PySide6.QtCore import Q_ARG, Q_RETURN_ARG, QMetaObject, QObject, Qt, Signal, Slot
from PySide6.QtDBus import QDBusConnection, QDBusInterface

from hipdesk import APP_ID, APP_NAME
from hipdesk.paths import RESOURCES
from hipdesk.ui.companion.dbus_calls import call, listen, typed_interface

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = SERVICE
NOTIFY_SIGNATURE = b"Notify(QString,uint,QString,QString,QString,QStringList,QVariantMap,int)"
DEFAULT_ACTION = "default"  # the spec's name for a click on the notification's body
SERVER_DEFAULT_TIMEOUT = -1


class DesktopNotifications(QObject):
    """HipDesk's notifications on the desktop's notification server.

    Signals:
    action_invoked(str): the person chose an action of HipDesk's shown notification, by its key ("default" for a
        click on the body).
    closed(): HipDesk's shown notification went away (dismissed, expired, or answered).
    """

    action_invoked = Signal(str)
    closed = Signal()

    def __init__(self, bus: QDBusConnection | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bus = bus if bus is not None else QDBusConnection.sessionBus()
        self.server = ""  # "name version" of the server, once found
        self.problem: str | None = None  # why notifications cannot be used, or None
        self.capabilities: frozenset[str] = frozenset()
        self.shown_id = 0
        self._proxy: QDBusInterface | None = None
        self._connect()

    @property
    def available(self) -> bool:
        return self._proxy is not None

    @property
    def has_actions(self) -> bool:
        return "actions" in self.capabilities

    def _connect(self) -> None:
        if not self._bus.isConnected():
            self.problem = "no session bus"
            return
        info = call(self._bus, SERVICE, PATH, INTERFACE, "GetServerInformation")
        if not info:
            self.problem = "no notification server on the session bus"
            return
        self.server = f"{info[0]} {info[2]}".strip()
        capabilities = call(self._bus, SERVICE, PATH, INTERFACE, "GetCapabilities")
        self.capabilities = frozenset(capabilities[0]) if capabilities else frozenset()
        proxy = typed_interface(self._bus, SERVICE, PATH, INTERFACE)
        meta = proxy.metaObject() if proxy is not None else None
        methods = [meta.method(i) for i in range(meta.methodCount())] if meta is not None else []
        if proxy is None or NOTIFY_SIGNATURE not in {bytes(m.methodSignature().data()) for m in methods}:
            self.problem = f"{self.server} cannot be sent a notification from here"
            return
        self._proxy = proxy
        for name, slot in (("ActionInvoked", "_action(uint,QString)"), ("NotificationClosed", "_closed(uint,uint)")):
            listen(self._bus, SERVICE, PATH, INTERFACE, name, self, slot)
        log.info("desktop notifications through %s (%s)", self.server, ", ".join(sorted(self.capabilities)))

    def show(self, title: str, text: str, actions: list[tuple[str, str]]) -> bool:
        """Show (or replace) HipDesk's notification; ``actions`` are (key, label) pairs. Returns whether it was
        shown."""
        if self._proxy is None:
            return False
        body = escape(text, quote=False) if "body-markup" in self.capabilities else text  # plain text, always
        flat: list[str] = []
        opening = self.tr("Open {app}").format(app=APP_NAME)
        for key, label in [(DEFAULT_ACTION, opening), *actions] if self.has_actions else []:
            flat += [key, label]
        icon = RESOURCES / "icons" / f"{APP_ID}.svg"
        hints = {"desktop-entry": APP_ID}
        try:
            found = QMetaObject.invokeMethod(
                self._proxy,
                "Notify",
                Qt.ConnectionType.DirectConnection,
                Q_RETURN_ARG("uint"),
                Q_ARG("QString", APP_NAME),
                Q_ARG("uint", self.shown_id),  # replace HipDesk's earlier one rather than add a second
                Q_ARG("QString", str(icon) if icon.is_file() else APP_ID),
                Q_ARG("QString", title),
                Q_ARG("QString", body),
                Q_ARG("QStringList", flat),
                Q_ARG("QVariantMap", hints),
                Q_ARG("int", SERVER_DEFAULT_TIMEOUT),
            )
        except RuntimeError as exc:  # the call could not be made at all
            log.warning("could not send a notification: %s", exc)
            return False
        error = self._proxy.lastError()
        if error.isValid() or not found:
            log.warning("the notification server refused a notification: %s", error.message())
            return False
        self.shown_id = int(found)  # type: ignore[call-overload]  # invokeMethod's return is untyped
        return True

    def close(self) -> None:
        """Take HipDesk's notification off the screen (it was answered elsewhere)."""
        if self._proxy is None or not self.shown_id:
            return
        shown, self.shown_id = self.shown_id, 0
        QMetaObject.invokeMethod(
            self._proxy, "CloseNotification", Qt.ConnectionType.DirectConnection, Q_ARG("uint", shown)
        )

    @Slot("uint", str)
    def _action(self, notification_id: int, key: str) -> None:
        if notification_id == self.shown_id and self.shown_id:
            self.action_invoked.emit(key)

    @Slot("uint", "uint")
    def _closed(self, notification_id: int, _reason: int) -> None:
        if notification_id == self.shown_id and self.shown_id:
            self.shown_id = 0
            self.closed.emit()
