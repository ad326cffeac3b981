"""A private desktop for tests: Xvfb, a session bus of its own (``dbus-daemon --session``), and on request a window
manager (openbox), a notification server (dunst) and a full-screen window.

Each part is a real program from Debian; a test that needs a missing one skips and names the package. Nothing here
touches the desktop the tests run on.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

PACKAGES = {
    "Xvfb": "xvfb",
    "dbus-daemon": "dbus-daemon",
    "dunst": "dunst",
    "dunstctl": "dunst",
    "openbox": "openbox",
    "xdotool": "xdotool",
    "gsettings": "libglib2.0-bin",
}
# Generous: a loaded 2-core machine starts Xvfb and dunst slowly. The wait ends as soon as they are up.
START_TIMEOUT_S = 30.0


def need(*programs: str) -> None:
    """Skip the test, naming the Debian package, when a program is missing."""
    for program in programs:
        if shutil.which(program) is None:
            pytest.skip(f"{program} is not installed (Debian: {PACKAGES.get(program, program)})")


def wait_until(condition: Callable[[], object], what: str, timeout_s: float = START_TIMEOUT_S) -> None:
    """Poll a condition outside Qt's event loop (a program starting up); fail with ``what`` on timeout."""
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.02)


class DesktopSession:
    """Xvfb on a free display and a private session bus; more parts with the start_* methods."""

    def __init__(self, folder: Path) -> None:
        need("Xvfb", "dbus-daemon")
        self.folder = folder
        self._procs: list[subprocess.Popen[bytes]] = []
        (folder / "run").mkdir(mode=0o700, exist_ok=True)
        # The bus starts services (dconf) with its own environment: the same folders as the programs below.
        self.env = dict(os.environ, XDG_CONFIG_HOME=str(folder / "config"), XDG_RUNTIME_DIR=str(folder / "run"))
        for name in ("WAYLAND_DISPLAY", "XDG_SESSION_TYPE", "XDG_CURRENT_DESKTOP", "GSETTINGS_BACKEND"):
            self.env.pop(name, None)
        self.display = self._start_xvfb()
        self.env["DISPLAY"] = self.display
        self.bus_address = self._start_bus()
        self.env["DBUS_SESSION_BUS_ADDRESS"] = self.bus_address

    def _spawn(self, args: list[str], **kwargs: object) -> subprocess.Popen[bytes]:
        proc = subprocess.Popen(args, **kwargs)  # type: ignore[call-overload]
        self._procs.append(proc)
        return proc  # type: ignore[no-any-return]

    def _start_xvfb(self) -> str:
        read, write = os.pipe()
        self._spawn(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
            pass_fds=(write,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(write)
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise AssertionError("Xvfb did not start")
        return f":{number}"

    def _start_bus(self) -> str:
        """A session bus that starts only the services a test brings: none of the desktop's notification servers
        (the one under test must be the one that answers), and dconf for GNOME's settings."""
        services = self.folder / "services"
        services.mkdir(exist_ok=True)
        dconf = Path("/usr/share/dbus-1/services/ca.desrt.dconf.service")
        if dconf.is_file():
            (services / dconf.name).write_text(dconf.read_text())
        config = self.folder / "bus.conf"
        config.write_text(
            '<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"\n'
            ' "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">\n'
            f"<busconfig><type>session</type><listen>unix:dir={self.folder}</listen>"
            f"<auth>EXTERNAL</auth><servicedir>{services}</servicedir>"
            '<policy context="default"><allow send_destination="*" eavesdrop="true"/><allow eavesdrop="true"/>'
            '<allow own="*"/></policy></busconfig>\n'
        )
        proc = self._spawn(
            ["dbus-daemon", f"--config-file={config}", "--nofork", "--nopidfile", "--print-address=1"],
            env=self.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        assert proc.stdout is not None
        address = proc.stdout.readline().decode().strip()
        if not address:
            raise AssertionError("dbus-daemon did not start")
        return address

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(list(args), env=self.env, capture_output=True, text=True, timeout=10)

    def owned(self, name: str) -> bool:
        reply = self.run(
            "dbus-send",
            "--session",
            "--print-reply",
            "--dest=org.freedesktop.DBus",
            "/org/freedesktop/DBus",
            "org.freedesktop.DBus.NameHasOwner",
            f"string:{name}",
        )
        return "boolean true" in reply.stdout

    def start_dunst(self, menu_choice: str) -> None:
        """dunst as the notification server; its context menu (``dunstctl context``) picks the action whose label
        contains ``menu_choice``, as a person would in dmenu."""
        need("dunst", "dunstctl")
        menu = self.folder / "menu.sh"
        offered = self.folder / "menu-offered.txt"
        menu.write_text(f"#!/bin/sh\ncat > '{offered}'\ngrep -m1 -F '{menu_choice}' '{offered}'\n")
        menu.chmod(0o755)
        config = self.folder / "dunstrc"
        config.write_text(f"[global]\n    dmenu = {menu}\n")
        quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
        self._spawn(["dunst", "-config", str(config)], env=self.env, **quiet)
        wait_until(lambda: self.owned("org.freedesktop.Notifications"), "dunst to own org.freedesktop.Notifications")

    def start_window_manager(self) -> None:
        need("openbox")
        self._spawn(["openbox"], env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        from hipdesk.ui.companion.x11 import X11Desktop

        x11 = X11Desktop(self.display)
        try:
            wait_until(x11.has_window_manager, "openbox to manage the screen")
        finally:
            x11.close()

    @contextmanager
    def full_screen_window(self) -> Iterator[subprocess.Popen[bytes]]:
        """A real Qt window shown full screen on this display, closed on exit."""
        script = (
            "import sys\n"
            "from PySide6.QtWidgets import QApplication, QWidget\n"
            "app = QApplication(sys.argv)\n"
            "w = QWidget(); w.setWindowTitle('a presentation'); w.showFullScreen()\n"
            "print('shown', flush=True)\n"
            "app.exec()\n"
        )
        env = dict(self.env, QT_QPA_PLATFORM="xcb")
        proc = subprocess.Popen([sys.executable, "-c", script], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        try:
            assert proc.stdout is not None
            if proc.stdout.readline().strip() != b"shown":
                error = proc.stderr.read().decode() if proc.stderr is not None else ""
                pytest.skip(f"Qt cannot open a window on Xvfb here: {error.strip()[-300:]}")
            yield proc
        finally:
            proc.terminate()
            proc.communicate(timeout=10)  # reads and closes its pipes

    def close(self) -> None:
        for proc in reversed(self._procs):
            proc.terminate()
        for proc in self._procs:
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
            for stream in (proc.stdout, proc.stderr):
                if stream is not None:
                    stream.close()
