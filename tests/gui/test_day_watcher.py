"""A HipDesk left open for days notices each new day from the wall clock, right after midnight."""

from __future__ import annotations

from datetime import datetime, timedelta

from pytestqt.qtbot import QtBot

from hipdesk.clock import FakeWallClock
from hipdesk.ui.day_watcher import PROBE_MS, DayWatcher
from tests.clocks import TEST_NOW, TEST_ZONE


def test_it_says_when_the_date_moves_and_only_then(qtbot: QtBot, wall: FakeWallClock) -> None:
    watcher = DayWatcher(wall)
    seen: list[object] = []
    watcher.day_changed.connect(seen.append)
    wall.advance(timedelta(hours=11, minutes=59))  # 23:59
    assert not watcher.check() and seen == []
    wall.advance(timedelta(minutes=2))
    assert watcher.check() and seen == [TEST_NOW.date() + timedelta(days=1)]
    wall.set(TEST_NOW - timedelta(days=3))  # the user put the clock back
    assert watcher.check() and seen[-1] == TEST_NOW.date() - timedelta(days=3)


def test_it_looks_again_just_after_midnight_and_at_least_every_minute(qtbot: QtBot) -> None:
    wall = FakeWallClock(datetime(2026, 11, 18, 23, 59, 30, tzinfo=TEST_ZONE))
    watcher = DayWatcher(wall)
    assert watcher.ms_to_midnight() == 30_000
    assert 30_000 <= watcher._timer.remainingTime() <= 30_600
    wall.set(datetime(2026, 11, 19, 9, 0, tzinfo=TEST_ZONE))
    watcher.check()
    assert watcher._timer.remainingTime() <= PROBE_MS


def test_the_timer_fires_the_check(qtbot: QtBot, wall: FakeWallClock) -> None:
    watcher = DayWatcher(wall)
    wall.advance(timedelta(days=1))
    with qtbot.waitSignal(watcher.day_changed):
        watcher._timer.timeout.emit()  # what the timer does when it runs out
