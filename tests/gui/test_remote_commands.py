"""The running HipDesk's answers to the command line: play by id or name, snooze, pause, status, on the fake clocks."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from hipdesk.clock import FakeClock, FakeWallClock
from hipdesk.domain.reminders import ReminderSettings
from hipdesk.domain.routine import Routine
from hipdesk.paths import Paths
from hipdesk.ui.companion import preferences as prefs
from hipdesk.ui.companion.desk_companion import DeskCompanion
from hipdesk.ui.companion.remote_commands import RemoteCommands, find_routine
from hipdesk.ui.companion.single_instance import Answer
from hipdesk.ui.services import Services

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def wall(fake_clock: FakeClock) -> FakeWallClock:
    return FakeWallClock(datetime(2026, 3, 30, 10, 0, tzinfo=BERLIN), follow=fake_clock)  # a Monday


@pytest.fixture
def commands(qtbot: QtBot, services: Services, paths: Paths) -> RemoteCommands:
    from hipdesk.app import qsettings_for
    from hipdesk.ui.main_window import MainWindow

    prefs.save_reminder_settings(services.settings, ReminderSettings())
    window = MainWindow(qsettings_for(paths))
    qtbot.addWidget(window)
    window.attach(services)
    window.hide()  # in the tray
    companion = DeskCompanion(window, services, use_tray=False)
    return RemoteCommands(window, services, companion.controller)


def test_play_by_name_brings_hipdesk_up_and_plays(qtbot: QtBot, services: Services, commands: RemoteCommands) -> None:
    with qtbot.waitSignal(services.events.play_requested) as played:
        answer = commands.handle({"command": "play", "routine": "  desk FIVE "})
    assert answer == Answer(True, "Playing Desk five.")
    assert isinstance(played.args[0], Routine) and played.args[0].id == "desk-five"


def test_an_unknown_routine_lists_the_ones_there_are(commands: RemoteCommands) -> None:
    answer = commands.handle({"command": "play", "routine": "yoga"})
    assert not answer.ok
    assert answer.text.startswith("No routine is called 'yoga'. The routines are: Desk five (desk-five), ")


def test_snooze_pause_resume_and_status(commands: RemoteCommands, services: Services) -> None:
    assert commands.handle({"command": "status"}).text.splitlines()[1:] == [
        "Next reminder: 10:30",
        "Today: 0 minutes of practice",
        "Held: no",
    ]
    assert commands.handle({"command": "snooze", "minutes": 45}) == Answer(True, "Reminders snoozed until 10:45.")
    assert commands.handle({"command": "resume-reminders"}) == Answer(True, "Reminders are on again.")
    assert commands.handle({"command": "pause-reminders", "seconds": 7200}) == Answer(
        True, "Reminders paused until 12:00."
    )
    lines = commands.handle({"command": "status"}).text.splitlines()
    assert lines[1] == "Reminders paused until 12:00"
    assert lines[3] == "Held: yes, reminders are paused"
    assert not commands.handle({"command": "snooze", "minutes": 0}).ok
    assert not commands.handle({"command": "dance"}).ok


def test_a_routine_is_found_by_id_before_name() -> None:
    mine = Routine(id="mine", name="desk-five", description="", items=())
    builtin = Routine(id="desk-five", name="Desk five", description="", items=())
    assert find_routine([mine, builtin], "desk-five") is builtin
    assert find_routine([mine, builtin], "Desk Five") is builtin
    assert find_routine([mine, builtin], "nothing") is None
