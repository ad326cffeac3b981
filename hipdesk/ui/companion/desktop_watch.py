"""What the desktop says about the person: idle time, a locked screen, a full-screen window, Do Not Disturb.

Each aspect has the sources the common desktops offer, tried in order; the first that answers is used:

- idle time: GNOME's ``org.gnome.Mutter.IdleMonitor``, ``org.freedesktop.ScreenSaver.GetSessionIdleTime`` (KDE,
  and others that implement it), then the X11 screen-saver extension (any X11 session; not on Wayland, where it
  would only see X11 programs' input);
- locked screen: logind's ``LockedHint`` on the system bus (GNOME, KDE and most desktops set it), and the screen
  saver's ``ActiveChanged`` (``org.freedesktop.ScreenSaver``, ``org.gnome.ScreenSaver``);
- full screen: the X11 window manager's ``_NET_WM_STATE_FULLSCREEN`` on the active window (X11 sessions);
- Do Not Disturb: the notification server's ``Inhibited`` property (KDE), dunst's ``paused``, and GNOME's
  ``org.gnome.desktop.notifications show-banners`` setting (read through GIO, in GNOME sessions).

Idle time, full screen and GNOME's setting are read when the reminder controller asks; locks and the notification
servers' switches arrive as D-Bus signals, and ``changed`` tells the controller to look again at once.
"""

from __future__ import annotations

import ctypes
import logging
import os
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtDBus import QDBusConnection

from hipdesk.domain.reminders import Desktop
from hipdesk.ui.companion.dbus_calls import PROPERTIES, call, get_property, listen
from hipdesk.ui.companion.x11 import X11Desktop

log = logging.getLogger(__name__)

NOTIFICATIONS = ("org.freedesktop.Notifications", "/org/freedesktop/Notifications")
SCREEN_SAVERS = (
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
)
MUTTER = ("org.gnome.Mutter.IdleMonitor", "/org/gnome/Mutter/IdleMonitor/Core", "org.gnome.Mutter.IdleMonitor")
LOGIND = "org.freedesktop.login1"
GNOME_NOTIFICATIONS_SCHEMA = b"org.gnome.desktop.notifications"
NONE = "none"
PROPERTIES_CHANGED_SLOT = "(QString,QVariantMap,QStringList)"


class GnomeBanners:
    """GNOME's Do Not Disturb: ``show-banners`` false in ``org.gnome.desktop.notifications``, read through GIO."""

    def __init__(self) -> None:
        self._gio: Any = None
        self._settings: int | None = None
        try:
            gio = ctypes.CDLL("libgio-2.0.so.0")
        except OSError:
            return
        gio.g_settings_schema_source_get_default.restype = ctypes.c_void_p
        gio.g_settings_schema_source_lookup.restype = ctypes.c_void_p
        gio.g_settings_schema_source_lookup.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
        gio.g_settings_schema_has_key.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
        gio.g_settings_new_full.restype = ctypes.c_void_p
        gio.g_settings_new_full.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_char_p]
        gio.g_settings_get_boolean.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
        gio.g_settings_schema_unref.argtypes = [ctypes.c_void_p]
        source = gio.g_settings_schema_source_get_default()
        # g_settings_new() aborts the process for a missing schema or key: look both up first.
        schema = gio.g_settings_schema_source_lookup(source, GNOME_NOTIFICATIONS_SCHEMA, 1) if source else None
        if not schema:
            return
        if gio.g_settings_schema_has_key(schema, b"show-banners"):
            self._settings = gio.g_settings_new_full(schema, None, None)
        gio.g_settings_schema_unref(schema)
        self._gio = gio

    @property
    def available(self) -> bool:
        return bool(self._settings)

    def do_not_disturb(self) -> bool:
        if not self._settings:
            return False
        return not self._gio.g_settings_get_boolean(self._settings, b"show-banners")


class DesktopWatch(QObject):
    """Reads the desktop for the reminder rules (:class:`hipdesk.domain.reminders.Desktop`).

    Signals:
    changed(): the screen was locked or unlocked, or Do Not Disturb switched (look again at once).
    """

    changed = Signal()

    def __init__(
        self,
        session_bus: QDBusConnection | None = None,
        system_bus: QDBusConnection | None = None,
        env: Mapping[str, str] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._env = env if env is not None else os.environ
        self._session = session_bus if session_bus is not None else QDBusConnection.sessionBus()
        self._system = system_bus if system_bus is not None else QDBusConnection.systemBus()
        self.sources: dict[str, str] = {}  # aspect -> the source in use (for the log and the Settings)
        self._locks: dict[str, bool] = {}  # source -> locked
        self._dnd: dict[str, bool] = {}  # source -> Do Not Disturb on
        self._x11 = X11Desktop(self._env.get("DISPLAY", "")) if self._env.get("DISPLAY") else None
        self._idle = self._find_idle()
        self._watch_locks()
        self._full_screen = self._find_full_screen()
        self._banners = GnomeBanners() if self._gnome() else None
        self._watch_do_not_disturb()
        log.info("desktop sources: %s", "; ".join(f"{k}: {v}" for k, v in self.sources.items()))

    # ---- reading -----------------------------------------------------------------------------------------------
    def desktop(self) -> Desktop:
        """The desktop now, for one poll of the reminder rules."""
        dnd = any(self._dnd.values()) or (self._banners is not None and self._banners.do_not_disturb())
        return Desktop(
            idle_s=self._idle() if self._idle is not None else None,
            locked=any(self._locks.values()),
            full_screen=bool(self._full_screen()) if self._full_screen is not None else False,
            do_not_disturb=dnd,
        )

    def close(self) -> None:
        if self._x11 is not None:
            self._x11.close()

    # ---- idle time ---------------------------------------------------------------------------------------------
    def _wayland(self) -> bool:
        return self._env.get("XDG_SESSION_TYPE") == "wayland" or bool(self._env.get("WAYLAND_DISPLAY"))

    def _gnome(self) -> bool:
        desktops = self._env.get("XDG_CURRENT_DESKTOP", "").upper().split(":")
        return any(name in ("GNOME", "UNITY", "GNOME-CLASSIC", "GNOME-FLASHBACK") for name in desktops)

    def _find_idle(self) -> Callable[[], float | None] | None:
        def mutter() -> float | None:
            reply = call(self._session, *MUTTER, "GetIdletime")
            return reply[0] / 1000.0 if reply else None

        def screen_saver() -> float | None:
            service, path, interface = SCREEN_SAVERS[0]
            reply = call(self._session, service, path, interface, "GetSessionIdleTime")
            return reply[0] / 1000.0 if reply else None

        candidates: list[tuple[str, Callable[[], float | None]]] = [
            ("GNOME Mutter IdleMonitor", mutter),
            ("org.freedesktop.ScreenSaver GetSessionIdleTime", screen_saver),
        ]
        x11 = self._x11
        if x11 is not None and not self._wayland():
            candidates.append(("X11 screen-saver extension", x11.idle_s))
        for name, read in candidates:
            if read() is not None:
                self.sources["idle"] = name
                return read
        reason = x11.problem if x11 is not None and x11.problem else "no source answered"
        self.sources["idle"] = f"{NONE} ({reason})"
        return None

    # ---- locks -------------------------------------------------------------------------------------------------
    def _watch_locks(self) -> None:
        found: list[str] = []
        session_path = self._logind_session()
        if session_path:
            locked = get_property(self._system, LOGIND, session_path, f"{LOGIND}.Session", "LockedHint")
            if locked is not None:
                self._locks["logind"] = bool(locked)
                slot = "_logind_changed" + PROPERTIES_CHANGED_SLOT
                listen(self._system, LOGIND, session_path, PROPERTIES, "PropertiesChanged", self, slot)
                found.append("logind LockedHint")
        for service, path, interface in SCREEN_SAVERS:
            # Connected whether or not the screen saver runs now: one that starts later is heard too.
            slot = "_gnome_saver_active(bool)" if service.startswith("org.gnome") else "_saver_active(bool)"
            listen(self._session, service, path, interface, "ActiveChanged", self, slot)
            active = call(self._session, service, path, interface, "GetActive")
            if active is not None:
                self._locks[service] = bool(active[0])
                found.append(f"{service} ActiveChanged")
        self.sources["lock"] = ", ".join(found) or f"{NONE} (no logind session, no screen saver on the bus)"

    def _logind_session(self) -> str | None:
        if not self._system.isConnected():
            return None
        manager = ("/org/freedesktop/login1", f"{LOGIND}.Manager")
        # XDG_SESSION_ID names this login; "auto" is logind's name for the caller's display session.
        reply = None
        for session_id in (self._env.get("XDG_SESSION_ID"), "auto"):
            reply = reply or (call(self._system, LOGIND, *manager, "GetSession", session_id) if session_id else None)
        if not reply:
            return None
        path = reply[0]
        return str(path.path() if hasattr(path, "path") else path)

    @Slot(str, "QVariantMap", "QStringList")
    def _logind_changed(self, interface: str, changed: dict[str, Any], _invalidated: list[str]) -> None:
        if interface.endswith(".Session") and "LockedHint" in changed:
            self._set(self._locks, "logind", bool(changed["LockedHint"]))

    @Slot(bool)
    def _saver_active(self, active: bool) -> None:
        self._set(self._locks, SCREEN_SAVERS[0][0], active)

    @Slot(bool)
    def _gnome_saver_active(self, active: bool) -> None:
        self._set(self._locks, SCREEN_SAVERS[1][0], active)

    # ---- full screen -------------------------------------------------------------------------------------------
    def _find_full_screen(self) -> Callable[[], bool | None] | None:
        x11 = self._x11
        if x11 is None or x11.problem:
            reason = "Wayland does not tell other programs" if self._wayland() else (x11.problem if x11 else "no X11")
            self.sources["full screen"] = f"{NONE} ({reason})"
            return None
        if not x11.has_window_manager():
            self.sources["full screen"] = f"{NONE} (no window manager names the active window)"
            return x11.full_screen  # a window manager that starts later is noticed
        self.sources["full screen"] = "X11 _NET_WM_STATE_FULLSCREEN"
        return x11.full_screen

    # ---- Do Not Disturb ----------------------------------------------------------------------------------------
    def _watch_do_not_disturb(self) -> None:
        found: list[str] = []
        service, path = NOTIFICATIONS
        slot = "_notifications_changed" + PROPERTIES_CHANGED_SLOT
        listen(self._session, service, path, PROPERTIES, "PropertiesChanged", self, slot)
        inhibited = get_property(self._session, service, path, service, "Inhibited")
        if inhibited is not None:
            self._dnd["inhibited"] = bool(inhibited)
            found.append("notification server Inhibited")
        paused = get_property(self._session, service, path, "org.dunstproject.cmd0", "paused")
        if paused is not None:
            self._dnd["dunst"] = bool(paused)
            found.append("dunst paused")
        if self._banners is not None and self._banners.available:
            found.append("GNOME show-banners")
        self.sources["do not disturb"] = ", ".join(found) or f"{NONE} (the notification server has no switch for it)"

    @Slot(str, "QVariantMap", "QStringList")
    def _notifications_changed(self, interface: str, changed: dict[str, Any], _invalidated: list[str]) -> None:
        if interface == NOTIFICATIONS[0] and "Inhibited" in changed:
            self._set(self._dnd, "inhibited", bool(changed["Inhibited"]))
        elif interface == "org.dunstproject.cmd0" and "paused" in changed:
            self._set(self._dnd, "dunst", bool(changed["paused"]))

    def _set(self, states: dict[str, bool], source: str, on: bool) -> None:
        if states.get(source) != on:
            states[source] = on
            log.info("%s: %s", source, "on" if on else "off")
            self.changed.emit()
