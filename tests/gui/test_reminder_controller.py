"""The reminder controller on a fake clock and a fake wall clock: notice, Start, Later, snooze, keep-in-tray."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QWidget

from hipdesk.clock import FakeClock, FakeWallClock
from hipdesk.domain.reminders import ReminderKind, ReminderSettings, Snooze
from hipdesk.domain.routine import Routine
from hipdesk.paths import Paths
from hipdesk.ui.companion import preferences as prefs
from hipdesk.ui.companion.notice import ReminderNotice
from hipdesk.ui.companion.reminder_controller import ReminderController, describe
from hipdesk.ui.services import Services

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def wall(fake_clock: FakeClock) -> FakeWallClock:
    """A Monday, a minute before 10:30; it moves with the fake monotonic clock, or alone for a sleep."""
    return FakeWallClock(datetime(2026, 3, 30, 10, 29, tzinfo=BERLIN), follow=fake_clock)


@pytest.fixture
def notice(qtbot: QtBot) -> Iterator[ReminderNotice]:
    host = QWidget()
    qtbot.addWidget(host)
    widget = ReminderNotice(host)
    host.show()
    yield widget


def make_controller(services: Services, notice: ReminderNotice, **settings: object) -> ReminderController:
    prefs.save_reminder_settings(services.settings, ReminderSettings(**settings))  # type: ignore[arg-type]
    return ReminderController(services, notice=notice)


def test_a_reminder_a_minute_away_appears_and_start_plays_the_routine(
    qtbot: QtBot, services: Services, fake_clock: FakeClock, notice: ReminderNotice
) -> None:
    controller = make_controller(services, notice)
    assert notice.isHidden()
    # The timer waits for the deadline (60 s, just after it), not for a tick count.
    assert 59_000 <= controller.timer.remainingTime() <= 60_100
    fake_clock.advance(60)
    with qtbot.waitSignal(controller.reminder_shown) as shown:
        controller.timer.timeout.emit()  # the deadline came: what the timer would do
    reminder, title, _text = shown.args
    assert reminder.kind is ReminderKind.SCHEDULED
    assert title == "Time to move"
    assert notice.isVisible()
    assert notice.start_button.text() == "Start Desk five"
    assert notice.short_button.isHidden()  # the one-minute routine is for sitting breaks
    with qtbot.waitSignal(services.events.play_requested) as played:
        notice.start_button.click()
    routine = played.args[0]
    assert isinstance(routine, Routine) and routine.id == "desk-five"
    assert notice.isHidden()
    assert controller.scheduler.in_session


def test_later_snoozes_for_30_minutes_and_the_reminder_comes_back(
    qtbot: QtBot, services: Services, fake_clock: FakeClock, notice: ReminderNotice
) -> None:
    controller = make_controller(services, notice)
    fake_clock.advance(60)
    controller.check()
    assert notice.isVisible()
    with qtbot.waitSignal(controller.snoozed) as snoozed:
        notice.later_button.click()
    assert snoozed.args[0] == datetime(2026, 3, 30, 11, 0, tzinfo=BERLIN)
    assert notice.isHidden()
    assert controller.status_text() == "Reminders snoozed until 11:00"
    fake_clock.advance(29 * 60)
    assert controller.check() is None
    fake_clock.advance(60)
    back = controller.check()
    assert back is not None and back.snoozed
    assert notice.isVisible() and "Your 10:30 reminder, as you asked." in notice.text.text()


def test_snooze_for_today_and_resume(services: Services, fake_clock: FakeClock, notice: ReminderNotice) -> None:
    controller = make_controller(services, notice)
    controller.snooze(Snooze.TODAY)
    assert controller.status_text() == "Reminders snoozed until tomorrow"
    fake_clock.advance(6 * 3600)
    assert controller.check() is None
    controller.cancel_snooze()
    assert controller.status_text() == "Next reminder: Tuesday 10:30"


def test_a_reminder_missed_while_asleep_is_shown_once_on_wake(
    services: Services, wall: FakeWallClock, notice: ReminderNotice
) -> None:
    controller = make_controller(services, notice)
    wall.advance(5 * 3600 + 10 * 60)  # 15:39: slept through 10:30 and 15:30
    reminder = controller.check()
    assert reminder is not None and reminder.missed
    assert "You were away at 15:30." in notice.text.text()
    assert controller.check() is None


def test_a_sitting_break_offers_a_minute(
    qtbot: QtBot, services: Services, fake_clock: FakeClock, notice: ReminderNotice
) -> None:
    controller = make_controller(services, notice, enabled=False, breaks_enabled=True, break_after_min=50)
    fake_clock.advance(50 * 60)
    reminder = controller.check()
    assert reminder is not None and reminder.kind is ReminderKind.SITTING_BREAK
    assert notice.title.text() == "You have been sitting for 50 minutes"
    assert notice.short_button.isVisible()
    assert notice.start_button.text() == "Desk five"
    with qtbot.waitSignal(services.events.play_requested) as played:
        notice.short_button.click()
    assert played.args[0].name == "Stand-up minute"


def test_no_break_during_a_session_and_none_right_after(
    services: Services, fake_clock: FakeClock, notice: ReminderNotice, library: object
) -> None:
    controller = make_controller(services, notice, enabled=False, breaks_enabled=True, break_after_min=50)
    services.events.play_requested.emit(services.builtin_routines[0])
    fake_clock.advance(60 * 60)
    assert controller.check() is None
    services.events.session_finished.emit(1)
    fake_clock.advance(49 * 60)
    assert controller.check() is None
    fake_clock.advance(60)
    assert controller.check() is not None


def test_settings_changes_apply_at_once(services: Services, fake_clock: FakeClock, notice: ReminderNotice) -> None:
    controller = make_controller(services, notice)
    assert controller.status_text() == "Next reminder: 10:30"
    prefs.save_reminder_settings(services.settings, ReminderSettings(enabled=False))
    services.events.settings_changed.emit()
    assert controller.status_text() == "Reminders are off"
    assert not controller.active
    fake_clock.advance(120)
    assert controller.check() is None


def test_describe_wording() -> None:
    from hipdesk.domain.reminders import Reminder

    due = datetime(2026, 3, 30, 10, 30, tzinfo=BERLIN)
    routine = Routine("desk-five", "Desk five", "", (), target_min=5)
    assert describe(Reminder(ReminderKind.SCHEDULED, due), routine, 50) == (
        "Time to move",
        "Desk five takes 5 minutes and loosens your hips.",
    )
    assert describe(Reminder(ReminderKind.SITTING_BREAK, due), routine, 50) == (
        "You have been sitting for 50 minutes",
        "Stand up and move: a one-minute leg swing, or Desk five (5 minutes).",
    )
    assert describe(Reminder(ReminderKind.SITTING_BREAK, due, snoozed=True), routine, 50)[0] == "Time for that break"
    one = Routine("quick", "Quick", "", (), target_min=1)
    assert describe(Reminder(ReminderKind.SCHEDULED, due), one, 50)[1] == "Quick takes 1 minute and loosens your hips."


# ---- the companion on the main window ---------------------------------------------------------------------------
@pytest.fixture
def window(qtbot: QtBot, services: Services, paths: Paths):  # type: ignore[no-untyped-def]
    from hipdesk.app import qsettings_for
    from hipdesk.ui.main_window import MainWindow

    main = MainWindow(qsettings_for(paths))
    qtbot.addWidget(main)
    main.attach(services)
    main.show()
    return main


def test_without_a_tray_closing_the_window_closes_it(
    qtbot: QtBot, services: Services, window, fake_clock: FakeClock
) -> None:  # type: ignore[no-untyped-def]
    from hipdesk.ui.companion.desk_companion import DeskCompanion

    companion = DeskCompanion(window, services, use_tray=False)
    assert companion.tray is None and not companion.keeps_in_tray()
    fake_clock.advance(60)
    companion.controller.check()
    assert companion.notice.isVisible()  # the in-window notice, at the top of the window
    assert (
        companion.notice.mapTo(window, companion.notice.rect().topLeft()).y()
        < window.tabs.mapTo(window, window.tabs.rect().topLeft()).y()
    )
    assert window.close()
    assert not window.isVisible()
    companion.close()


def test_with_a_tray_closing_keeps_hipdesk_running_and_says_so_once(  # type: ignore[no-untyped-def]
    qtbot: QtBot, services: Services, window, monkeypatch: pytest.MonkeyPatch
) -> None:
    from hipdesk.ui.companion import desk_companion
    from hipdesk.ui.companion.tray import CompanionTray

    said: list[str] = []
    monkeypatch.setattr(CompanionTray, "show", lambda self: None)  # offscreen has no tray to show it in
    monkeypatch.setattr(CompanionTray, "say", lambda self, title, text: said.append(title))
    companion = desk_companion.DeskCompanion(window, services, use_tray=True)
    assert companion.keeps_in_tray()
    with qtbot.waitSignal(window.hidden_to_tray):
        assert not window.close()
    assert not window.isVisible()
    assert said == [desk_companion.in_tray_title()]
    window.bring_to_front()
    assert window.isVisible()
    window.close()
    assert said == [desk_companion.in_tray_title()]  # only the first time
    tray = companion.tray
    assert tray is not None
    tray.refresh()
    assert tray.start_action.text() == "Start Desk five"
    assert tray.status_action.text() == "Next reminder: 10:30"
    tray.snooze_actions[Snooze.HOUR_1].trigger()
    tray.refresh()
    assert tray.status_action.text() == "Reminders snoozed until 11:29"
    assert tray.resume_action.isVisible()
    with qtbot.waitSignal(services.events.play_requested):
        tray.start_action.trigger()
    window.quit_app()  # Quit really closes, tray or not
    assert not window.isVisible()
    companion.close()


def test_a_session_started_in_the_player_tab_holds_reminders_back(
    services: Services, fake_clock: FakeClock, notice: ReminderNotice
) -> None:
    playing = [True]
    prefs.save_reminder_settings(services.settings, ReminderSettings())
    controller = ReminderController(services, notice=notice, is_playing=lambda: playing[0])
    assert controller.scheduler.in_session
    fake_clock.advance(120)
    assert controller.check() is None  # 10:30 passed during the session
    playing[0] = False  # stopped without saving anything
    controller.check()
    assert not controller.scheduler.in_session
    fake_clock.advance(5 * 3600)
    assert controller.check() is not None  # 15:30 comes as usual


def test_the_next_days_name_is_hipdesks_own_on_any_desktop(
    services: Services, fake_clock: FakeClock, notice: ReminderNotice, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = time.strftime
    monkeypatch.setattr(time, "strftime", lambda fmt, *t: original(fmt.replace("%A", "Dienstag"), *t))
    controller = make_controller(services, notice)
    controller.snooze(Snooze.TODAY)
    fake_clock.advance(6 * 3600)
    controller.cancel_snooze()
    assert controller.status_text() == "Next reminder: Tuesday 10:30"  # a German desktop said "Dienstag"
