"""``--minimized``: HipDesk starts in the tray when there is one and reminders are on, else shows its window; the
start-at-login entry asks for it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from hipdesk.__main__ import main, parse_args
from hipdesk.app import Startup, qsettings_for
from hipdesk.clock import FakeClock, FakeWallClock
from hipdesk.domain.reminders import ReminderSettings
from hipdesk.paths import Paths
from hipdesk.storage.db import Database
from hipdesk.storage.settings_repository import SettingsRepository
from hipdesk.ui.companion import desk_companion
from hipdesk.ui.companion import preferences as prefs
from hipdesk.ui.companion.settings_dialog import SettingsDialog
from hipdesk.ui.companion.tray import CompanionTray
from hipdesk.ui.main_window import MainWindow
from hipdesk.usecases.preferences import SAFETY_NOTICE_READ, Preferences


@pytest.fixture
def tray(monkeypatch: pytest.MonkeyPatch) -> None:
    """A desktop with a tray (offscreen has none to show an icon in)."""
    monkeypatch.setattr(desk_companion, "tray_available", lambda: True)
    monkeypatch.setattr(CompanionTray, "show", lambda self: None)


@pytest.fixture
def startup(
    qtbot: QtBot, paths: Paths, database: Database, wall: FakeWallClock, fake_clock: FakeClock
) -> Iterator[Startup]:
    Preferences(SettingsRepository(database.engine)).set(SAFETY_NOTICE_READ, True)  # not the first start
    settings = qsettings_for(paths)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    started = Startup(window, paths, clock=fake_clock, wall=wall)
    yield started
    started.close()


def test_the_flag_is_parsed_and_passed_on(monkeypatch: pytest.MonkeyPatch) -> None:
    assert parse_args(["--minimized"]).minimized and not parse_args([]).minimized
    calls: list[dict[str, Any]] = []
    monkeypatch.setattr("hipdesk.app.run", lambda **kwargs: calls.append(kwargs) or 0)
    assert main(["--minimized", "--data-dir", "/tmp/x"]) == 0
    assert calls == [
        {
            "data_dir": "/tmp/x",
            "quit_after_paint": False,
            "quit_when_usable": False,
            "check": False,
            "minimized": True,
            "debug": False,
            "request": None,
        }
    ]


def test_with_a_tray_and_reminders_on_it_waits_in_the_tray(tray: None, startup: Startup) -> None:
    assert startup.finish_minimized()
    assert not startup.window.isVisible()
    assert startup.companion is not None and startup.companion.keeps_in_tray()
    assert startup.window.services is not None  # everything is ready for the tray's "Open"
    startup.window.bring_to_front()
    assert startup.window.isVisible()


def test_without_a_tray_the_window_shows(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, startup: Startup) -> None:
    monkeypatch.setattr(desk_companion, "tray_available", lambda: False)
    assert not startup.finish_minimized()
    qtbot.waitExposed(startup.window)
    assert startup.window.isVisible()


def test_with_reminders_off_the_window_shows(tray: None, startup: Startup, database: Any) -> None:
    from hipdesk.storage.settings_repository import SettingsRepository

    prefs.save_reminder_settings(SettingsRepository(database.engine), ReminderSettings(enabled=False))
    assert not startup.finish_minimized()
    assert startup.window.isVisible()


def test_the_first_start_shows_the_window_for_the_safety_notice(
    tray: None, qtbot: QtBot, paths: Paths, wall: FakeWallClock, fake_clock: FakeClock
) -> None:
    window = MainWindow(qsettings_for(paths))
    qtbot.addWidget(window)
    startup = Startup(window, paths, clock=fake_clock, wall=wall)
    assert not startup.finish_minimized()
    assert window.isVisible()
    startup.close()


def test_start_at_login_starts_minimized(qtbot: QtBot, services: Any) -> None:
    entry = prefs.autostart_file()
    old = [*prefs.launch_command(services.paths.data_dir)]  # what an earlier HipDesk wrote
    prefs.set_autostart(True, old)
    dialog = SettingsDialog(services)
    qtbot.addWidget(dialog)
    assert dialog.autostart_command == [*old, "--minimized"]
    assert "--minimized" in dialog.autostart_on.toolTip()
    dialog.accept()  # saving brings the older entry up to date
    exec_line = next(line for line in Path(entry).read_text().splitlines() if line.startswith("Exec="))
    assert exec_line.endswith(" --minimized")
    assert prefs.autostart_current(dialog.autostart_command)
