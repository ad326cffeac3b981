"""Stand-ins for desktop services that Debian cannot run without a whole desktop session (GNOME Shell's idle
monitor, KDE's screen saver): each answers on a private bus exactly as the
interface documents, so HipDesk's D-Bus code is exercised against real D-Bus messages.

Run as a program: ``python tests/desktop_standins.py ADDRESS`` owns the names on the bus at ADDRESS, prints
"ready", then reads commands from stdin ("lock", "unlock", "idle MS") and answers each with "done".
"""

from __future__ import annotations

import sys

from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, QSocketNotifier, Slot
from PySide6.QtDBus import QDBusConnection, QDBusMessage

IDLE_MS = [0]


@ClassInfo({"D-Bus Interface": "org.gnome.Mutter.IdleMonitor"})
class Mutter(QObject):
    @Slot(result="qulonglong")
    def GetIdletime(self) -> int:
        return IDLE_MS[0]


@ClassInfo({"D-Bus Interface": "org.freedesktop.ScreenSaver"})
class ScreenSaver(QObject):
    @Slot(result="uint")
    def GetSessionIdleTime(self) -> int:
        return IDLE_MS[0] // 1000

    @Slot(result=bool)
    def GetActive(self) -> bool:
        return False


def main() -> None:
    app = QCoreApplication(sys.argv)
    bus = QDBusConnection.connectToBus(sys.argv[1], "standins")
    objects = {"/org/gnome/Mutter/IdleMonitor/Core": Mutter(), "/org/freedesktop/ScreenSaver": ScreenSaver()}
    for path, obj in objects.items():
        assert bus.registerObject(path, obj, QDBusConnection.RegisterOption.ExportAllSlots)
    for name in ("org.gnome.Mutter.IdleMonitor", "org.freedesktop.ScreenSaver"):
        assert bus.registerService(name), name
    print("ready", flush=True)

    def command() -> None:
        line = sys.stdin.readline().split()
        if not line:
            app.quit()
            return
        if line[0] == "idle":
            IDLE_MS[0] = int(line[1])
        elif line[0] in ("lock", "unlock"):
            signal = QDBusMessage.createSignal(
                "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged"
            )
            signal.setArguments([line[0] == "lock"])
            bus.send(signal)
        print("done", flush=True)

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(command)
    app.exec()


if __name__ == "__main__":
    main()
