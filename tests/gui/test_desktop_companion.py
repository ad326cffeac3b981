"""The desk companion against a real desktop: Xvfb, a private session bus, dunst as the notification server, openbox
as the window manager, a real full-screen window and input from xdotool. The schedule runs on the fake clocks.

Each test skips, naming the Debian package, where a part is missing (``.ci/run`` installs them).
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtDBus import QDBusConnection

from hipdesk.clock import FakeClock, FakeWallClock
from hipdesk.domain.reminders import ReminderSettings
from hipdesk.domain.routine import Routine
from hipdesk.paths import Paths
from hipdesk.ui.companion import preferences as prefs
from hipdesk.ui.companion.desk_companion import DeskCompanion
from hipdesk.ui.companion.desktop_watch import DesktopWatch
from hipdesk.ui.companion.notifications import DesktopNotifications
from hipdesk.ui.companion.x11 import X11Desktop
from hipdesk.ui.services import Services
from tests.conftest import REPO
from tests.desktop_session import DesktopSession, need, wait_until

BERLIN = ZoneInfo("Europe/Berlin")
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DesktopSession]:
    desktop = DesktopSession(tmp_path_factory.mktemp("desktop"))
    try:
        yield desktop
    finally:
        desktop.close()


@pytest.fixture
def bus(session: DesktopSession) -> Iterator[QDBusConnection]:
    name = f"hipdesk-test-{id(session)}"
    connection = QDBusConnection.connectToBus(session.bus_address, name)
    assert connection.isConnected(), connection.lastError().message()
    yield connection
    QDBusConnection.disconnectFromBus(name)


@pytest.fixture
def window(qtbot: QtBot, services: Services, paths: Paths):  # type: ignore[no-untyped-def]
    from hipdesk.app import qsettings_for
    from hipdesk.ui.main_window import MainWindow

    main = MainWindow(qsettings_for(paths))
    qtbot.addWidget(main)
    main.attach(services)
    main.show()
    return main


@pytest.fixture
def wall(fake_clock: FakeClock) -> FakeWallClock:
    return FakeWallClock(datetime(2026, 3, 30, 10, 29, tzinfo=BERLIN), follow=fake_clock)  # a Monday


def watch_for(session: DesktopSession, bus: QDBusConnection, **env: str) -> DesktopWatch:
    empty_system_bus = QDBusConnection.connectToBus("unix:path=/nonexistent/system-bus", "hipdesk-test-no-system")
    return DesktopWatch(session_bus=bus, system_bus=empty_system_bus, env=dict(session.env, **env))


def test_x11_idle_time_grows_and_input_resets_it(session: DesktopSession) -> None:
    need("xdotool")
    x11 = X11Desktop(session.display)
    try:
        assert x11.problem is None
        session.run("xdotool", "mousemove", "5", "5")
        wait_until(lambda: (x11.idle_s() or 0) >= 0.3, "the idle time to grow")
        moved = time.monotonic()
        session.run("xdotool", "mousemove", "40", "40")
        # Reset: the idle time is at most the time since the move (a busy machine may read it a while later).
        wait_until(lambda: (x11.idle_s() or 99) <= time.monotonic() - moved + 0.05, "input to reset the idle time")
    finally:
        x11.close()


def test_the_watch_takes_x11_idle_time_where_no_desktop_service_answers(
    qtbot: QtBot, session: DesktopSession, bus: QDBusConnection
) -> None:
    watch = watch_for(session, bus)
    try:
        assert watch.sources["idle"] == "X11 screen-saver extension"
        assert watch.sources["lock"].startswith("none")
        assert watch.desktop().idle_s is not None
    finally:
        watch.close()


def test_a_full_screen_window_holds_a_reminder_until_it_closes(
    qtbot: QtBot, session: DesktopSession, bus: QDBusConnection, services: Services, window, wall: FakeWallClock
) -> None:  # type: ignore[no-untyped-def]
    session.start_window_manager()
    prefs.save_reminder_settings(services.settings, ReminderSettings())
    watch = watch_for(session, bus)
    companion = DeskCompanion(window, services, use_tray=False, desktop=watch)
    controller = companion.controller
    try:
        assert watch.sources["full screen"] == "X11 _NET_WM_STATE_FULLSCREEN"
        with session.full_screen_window():
            wait_until(lambda: watch.desktop().full_screen, "the window to be full screen")
            wall.advance(timedelta(minutes=2))  # 10:31: the reminder is due
            assert controller.check() is None
            assert controller.status_text() == "A reminder is waiting: a window is full screen"
            assert companion.notice.isHidden()
        wait_until(lambda: not watch.desktop().full_screen, "the full-screen window to close")
        with qtbot.waitSignal(controller.reminder_shown) as shown:
            controller.check()
        assert "held while a window was full screen" in shown.args[2]
        assert not companion.notice.isHidden()
    finally:
        companion.close()


def test_a_reminder_arrives_as_a_desktop_notification_and_start_now_starts_the_routine(
    qtbot: QtBot, session: DesktopSession, bus: QDBusConnection, services: Services, window, wall: FakeWallClock
) -> None:  # type: ignore[no-untyped-def]
    session.start_dunst(menu_choice="Start now")
    prefs.save_reminder_settings(services.settings, ReminderSettings())
    notifications = DesktopNotifications(bus)
    assert notifications.available and notifications.has_actions, notifications.problem
    assert notifications.server.startswith("dunst")
    window.hide()  # HipDesk waits out of sight, as in the tray
    companion = DeskCompanion(window, services, use_tray=False, notifications=notifications)
    try:
        wall.advance(timedelta(minutes=1))
        companion.controller.check()
        assert notifications.shown_id
        wait_until(lambda: session.run("dunstctl", "count", "displayed").stdout.strip() == "1", "dunst to show it")
        with qtbot.waitSignal(services.events.play_requested, timeout=10_000) as played:
            session.run("dunstctl", "context")  # the person opens its menu and picks "Start now"
        routine = played.args[0]
        assert isinstance(routine, Routine) and routine.id == "desk-five"
        offered = (session.folder / "menu-offered.txt").read_text()
        assert "#Start now" in offered and "#In 10 minutes" in offered and "#Skip today" in offered
        assert window.isVisible()  # Start now brought HipDesk up to play
        assert companion.controller.scheduler.in_session
    finally:
        companion.close()


def test_clicking_the_notification_body_brings_hipdesk_up(
    qtbot: QtBot, session: DesktopSession, bus: QDBusConnection, services: Services, window, wall: FakeWallClock
) -> None:  # type: ignore[no-untyped-def]
    need("dunst")
    if not session.owned("org.freedesktop.Notifications"):
        session.start_dunst(menu_choice="Start now")
    prefs.save_reminder_settings(services.settings, ReminderSettings())
    notifications = DesktopNotifications(bus)
    window.hide()
    companion = DeskCompanion(window, services, use_tray=False, notifications=notifications)
    try:
        wall.advance(timedelta(minutes=1))
        companion.controller.check()
        with qtbot.waitSignal(notifications.action_invoked, timeout=10_000) as action:
            session.run("dunstctl", "action", "0")  # a click on the body: dunst's default action
        assert action.args == ["default"]
        assert window.isVisible()
        assert companion.controller.current is not None  # the reminder waits in the bar
        assert not companion.notice.isHidden()
    finally:
        companion.close()


def test_dunst_paused_is_do_not_disturb(qtbot: QtBot, session: DesktopSession, bus: QDBusConnection) -> None:
    need("dunst")
    if not session.owned("org.freedesktop.Notifications"):
        session.start_dunst(menu_choice="Start now")
    watch = watch_for(session, bus)
    try:
        assert "dunst paused" in watch.sources["do not disturb"]
        assert not watch.desktop().do_not_disturb
        with qtbot.waitSignal(watch.changed, timeout=10_000):
            session.run("dunstctl", "set-paused", "true")
        assert watch.desktop().do_not_disturb
        with qtbot.waitSignal(watch.changed, timeout=10_000):
            session.run("dunstctl", "set-paused", "false")
        assert not watch.desktop().do_not_disturb
    finally:
        watch.close()


def test_gnome_show_banners_off_is_do_not_disturb(session: DesktopSession) -> None:
    """GNOME's switch, set with gsettings through the real dconf service, read by HipDesk in a GNOME session."""
    need("gsettings")
    probe = (
        "from hipdesk.ui.companion.desktop_watch import GnomeBanners\n"
        "b = GnomeBanners()\n"
        "print(b.available, b.do_not_disturb())\n"
    )

    def read() -> str:
        env = dict(session.env, XDG_CURRENT_DESKTOP="GNOME", GSETTINGS_BACKEND="dconf")
        done = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, cwd=REPO)
        return done.stdout.strip() or done.stderr.strip()[-300:]

    if session.run("gsettings", "list-keys", "org.gnome.desktop.notifications").returncode != 0:
        pytest.skip("the GNOME notification schema is not installed (Debian: gsettings-desktop-schemas)")
    assert read() == "True False"
    written = session.run("gsettings", "set", "org.gnome.desktop.notifications", "show-banners", "false")
    if (
        written.returncode != 0
        or "false" not in session.run("gsettings", "get", "org.gnome.desktop.notifications", "show-banners").stdout
    ):
        pytest.skip(f"gsettings cannot write here (Debian: dconf-gsettings-backend dconf-service): {written.stderr}")
    assert read() == "True True"
    session.run("gsettings", "reset", "org.gnome.desktop.notifications", "show-banners")


def test_without_a_notification_server_the_companion_says_why(qtbot: QtBot) -> None:
    notifications = DesktopNotifications(QDBusConnection.connectToBus("unix:path=/nonexistent/bus", "hipdesk-none"))
    assert not notifications.available
    assert notifications.problem == "no session bus"
    assert not notifications.show("Time to move", "Desk five", [])


def test_the_x11_source_names_what_is_missing(tmp_path: Path) -> None:
    assert X11Desktop("").problem == "no X display (DISPLAY is unset)"
    assert X11Desktop(":9999").problem == "cannot connect to the X display :9999"


@pytest.fixture
def standins(session: DesktopSession) -> Iterator[subprocess.Popen[str]]:
    """GNOME's idle monitor and the freedesktop screen saver, as their interfaces say (see desktop_standins.py)."""
    proc = subprocess.Popen(
        [sys.executable, str(REPO / "tests" / "desktop_standins.py"), session.bus_address],
        cwd=REPO,
        env=session.env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    try:
        yield proc
    finally:
        proc.communicate(timeout=10)  # end of input: it quits


def tell(standins: subprocess.Popen[str], command: str) -> None:
    assert standins.stdin is not None and standins.stdout is not None
    standins.stdin.write(command + "\n")
    standins.stdin.flush()
    assert standins.stdout.readline().strip() == "done"


def test_gnome_idle_time_and_a_screen_saver_lock_over_dbus(
    qtbot: QtBot, session: DesktopSession, bus: QDBusConnection, standins: subprocess.Popen[str]
) -> None:
    tell(standins, "idle 125000")
    watch = watch_for(session, bus)
    try:
        assert watch.sources["idle"] == "GNOME Mutter IdleMonitor"  # preferred over the X11 extension
        assert "org.freedesktop.ScreenSaver ActiveChanged" in watch.sources["lock"]
        assert watch.desktop().idle_s == 125.0
        with qtbot.waitSignal(watch.changed, timeout=10_000):
            tell(standins, "lock")
        assert watch.desktop().locked
        with qtbot.waitSignal(watch.changed, timeout=10_000):
            tell(standins, "unlock")
        assert not watch.desktop().locked
    finally:
        watch.close()
