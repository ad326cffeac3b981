"""The next-day pain check: asked once after a session with pain ratings, stored as ``next_day`` for that session,
skipped for good when skipped, and read by the progression rules (a worse next day eases the routine off)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from hipdesk.app import qsettings_for
from hipdesk.clock import FakeClock, FakeWallClock
from hipdesk.domain.progression import Direction, step_back_item
from hipdesk.domain.routine import Routine, RoutineItem
from hipdesk.paths import Paths
from hipdesk.storage.db import Database
from hipdesk.ui.day_watcher import DayWatcher
from hipdesk.ui.main_window import MainWindow
from hipdesk.ui.pain.next_day_bar import NextDayPainBar
from hipdesk.ui.pain.next_day_controller import NextDayPainController
from hipdesk.ui.player.player_view import PlayerView
from hipdesk.ui.services import Services
from hipdesk.usecases.preferences import NEXT_DAY_SKIPPED
from tests.clocks import TEST_TODAY, at_noon

TODAY = TEST_TODAY  # a Wednesday


def played(
    services: Services,
    day: date,
    *,
    before: int | None = None,
    after: int | None = None,
    routine: Routine | None = None,
) -> int:
    """A finished session on ``day`` with the given ratings."""
    start = at_noon(day)
    sessions = services.sessions
    session_id = sessions.start_session(
        routine.name if routine else "Desk five",
        routine_uid=routine.id if routine else None,
        pain_before=before,
        started_at=start,
    )
    sessions.finish_session(session_id, completed=True, ended_at=start + timedelta(minutes=6))
    if after is not None:
        sessions.record_pain(session_id, "after", after, at=start + timedelta(minutes=7))
    return session_id


@pytest.fixture
def bar(qtbot: QtBot) -> NextDayPainBar:
    widget = NextDayPainBar()
    qtbot.addWidget(widget)
    return widget


def controller_for(services: Services, bar: NextDayPainBar, today: date = TODAY) -> NextDayPainController:
    """A controller made on ``today`` (the services' wall clock set to its noon)."""
    assert isinstance(services.wall, FakeWallClock)
    services.wall.set(at_noon(today))
    return NextDayPainController(services, bar)


def next_day_rows(database: Database) -> list[tuple[int | None, int]]:
    with database.engine.connect() as conn:
        rows = conn.execute(text("SELECT session_id, rating FROM pain_ratings WHERE kind = 'next_day'")).all()
    return [(r[0], r[1]) for r in rows]


def test_asks_about_yesterday_and_saves_the_rating_for_that_session(
    qtbot: QtBot, services: Services, database: Database, bar: NextDayPainBar
) -> None:
    session_id = played(services, TODAY - timedelta(days=1), before=1, after=2)
    controller = controller_for(services, bar)
    question = controller.check()
    assert question is not None and question.session_id == session_id and question.baseline == 1
    assert not bar.isHidden()
    assert bar.title.text() == "How do your hips feel today?"
    assert "session yesterday (Desk five)" in bar.text.text()
    assert not bar.save_button.isEnabled()  # nothing is saved before a rating is chosen
    bar.rating.setFocus()
    for _ in range(4):
        qtbot.keyClick(bar.rating, Qt.Key.Key_Up)  # from "Rate 0-10" to 3
    assert bar.rating.value() == 3 and bar.save_button.isEnabled()
    with qtbot.waitSignal(controller.rated) as rated:
        qtbot.keyClick(bar.rating, Qt.Key.Key_Return)
    assert rated.args == [session_id, 3]
    assert next_day_rows(database) == [(session_id, 3)]
    assert bar.title.text() == "Saved: 3/10 today"
    assert "worse than before the session (1/10)" in bar.text.text()
    assert "easing off next time" in bar.text.text()
    assert bar.rating.isHidden() and not bar.close_button.isHidden()
    with qtbot.waitSignal(bar.closed):
        qtbot.keyClick(bar.close_button, Qt.Key.Key_Space)
    assert bar.isHidden()
    assert controller_for(services, bar).check() is None  # answered: never asked again


def test_no_worse_says_carry_on(qtbot: QtBot, services: Services, bar: NextDayPainBar) -> None:
    played(services, TODAY - timedelta(days=1), before=3)
    controller = controller_for(services, bar)
    assert controller.check() is not None
    bar.rating.setValue(2)
    bar.save_button.click()
    assert "carry on as planned" in bar.text.text()


def test_skip_is_remembered_for_that_session_only(
    qtbot: QtBot, services: Services, database: Database, bar: NextDayPainBar
) -> None:
    first = played(services, TODAY - timedelta(days=2), before=2)
    controller = controller_for(services, bar, TODAY - timedelta(days=1))
    assert controller.check() is not None
    bar.setFocus()
    with qtbot.waitSignal(controller.skipped) as skipped:
        bar.skip_button.click()
    assert skipped.args == [first] and bar.isHidden()
    assert services.preferences.get(NEXT_DAY_SKIPPED) == first
    assert next_day_rows(database) == []
    assert controller_for(services, bar, TODAY - timedelta(days=1)).check() is None  # HipDesk started again
    second = played(services, TODAY - timedelta(days=1), after=1)
    question = controller_for(services, bar).check()
    assert question is not None and question.session_id == second and question.baseline == 1


def test_a_new_day_is_noticed_while_hipdesk_runs(services: Services, bar: NextDayPainBar, wall: FakeWallClock) -> None:
    played(services, TODAY, before=2)
    controller = controller_for(services, bar)
    watcher = DayWatcher(wall)
    watcher.day_changed.connect(services.events.day_changed)
    assert controller.check() is None
    wall.advance(timedelta(hours=11))  # 23:00, the same day: nothing new
    assert not watcher.check() and bar.isHidden()
    wall.advance(timedelta(hours=2))  # HipDesk stayed in the tray overnight
    assert watcher.check()
    assert controller.question is not None and not bar.isHidden()


@pytest.mark.parametrize(
    ("days_ago", "before", "after"),
    [
        (0, 2, 2),  # the session was today: ask tomorrow
        (1, None, None),  # no pain ratings: nothing to compare
        (4, 2, 2),  # too long ago to be "the next day"
    ],
)
def test_nothing_to_ask(services: Services, bar: NextDayPainBar, days_ago: int, before: int, after: int) -> None:
    played(services, TODAY - timedelta(days=days_ago), before=before, after=after)
    assert controller_for(services, bar).check() is None
    assert bar.isHidden()


def test_only_the_most_recent_earlier_session_counts(services: Services, bar: NextDayPainBar) -> None:
    played(services, TODAY - timedelta(days=2), before=2)
    played(services, TODAY - timedelta(days=1))  # the latest one had no ratings
    assert controller_for(services, bar).check() is None


def test_a_stop_level_day_after_counts_toward_pain_that_persists(services: Services, bar: NextDayPainBar) -> None:
    earlier = played(services, TODAY - timedelta(days=5), before=1)
    services.sessions.record_pain(earlier, "stop", 7, at=at_noon(TODAY - timedelta(days=5)))
    played(services, TODAY - timedelta(days=1), before=1)
    controller = controller_for(services, bar)
    assert controller.check() is not None
    bar.rating.setValue(6)
    bar.save_button.click()
    assert "physiotherapist or doctor" in bar.text.text() and "keeps coming back" in bar.text.text()


# ---- end to end: the main window asks, the next session eases off ---------------------------------------------


@pytest.fixture
def window(qtbot: QtBot, paths: Paths) -> Iterator[MainWindow]:
    win = MainWindow(qsettings_for(paths))
    qtbot.addWidget(win)
    win.resize(1000, 760)
    win.show()
    qtbot.waitExposed(win)
    yield win
    if win.progression is not None and win.progression.panel is not None:
        win.progression.panel.close()


def test_a_worse_next_day_eases_the_routine_off_after_the_next_session(
    qtbot: QtBot, window: MainWindow, services: Services, database: Database, fake_clock: FakeClock
) -> None:
    lib = {e.id: e for e in services.library.exercises()}
    hold = next(e.id for e in lib.values() if e.dose.is_hold and step_back_item(0, RoutineItem(e.id), lib))
    routine = services.routines.save(Routine("", "Morning hips", "", (RoutineItem(hold),)))
    yesterday = played(services, services.wall.today() - timedelta(days=1), before=1, after=2, routine=routine)
    services.sessions.save_reflection(yesterday, feeling="easy", pain_after=2)

    window.attach(services)
    assert window.next_day_pain is not None
    bar = window.next_day_pain.bar
    assert bar.isVisible() and "Morning hips" in bar.text.text()
    bar.rating.setValue(5)
    qtbot.mouseClick(bar.save_button, Qt.MouseButton.LeftButton)
    assert next_day_rows(database) == [(yesterday, 5)]
    outcomes = services.progress.outcomes(routine.id)
    assert outcomes[-1].next_day == 5

    player = window.show_tab("player")
    assert isinstance(player, PlayerView)
    player.play(routine)
    controller = player.controller
    assert controller is not None
    finished: list[int] = []
    reflected: list[int] = []
    services.events.session_finished.connect(finished.append)
    services.events.session_reflected.connect(reflected.append)
    while controller.is_active:
        fake_clock.advance(1.0)
        controller.poll()
    assert player.stack.currentWidget() is player.summary_view
    player.summary_view.feeling_group.buttons()[0].setChecked(True)  # too easy
    progression = window.progression
    assert progression is not None
    with qtbot.waitSignal(progression.suggestion_shown, timeout=5000) as shown:
        player.summary_view.save_button.click()
    assert len(finished) == 1 and reflected == finished  # each signal once, for the same session
    suggestion = shown.args[0]
    assert suggestion.direction is Direction.STEP_BACK
    assert "The day after a recent session your pain was worse (5/10)" in suggestion.reason
    assert suggestion.has_changes
    assert progression.panel is not None and QWidget.isVisible(progression.panel)
