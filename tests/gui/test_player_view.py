"""The Player tab by keyboard, with a fake clock: play, pause, skip, back, mute, pain stop, end, summary, cues."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import replace

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from hipdesk.app import qsettings_for
from hipdesk.clock import FakeClock
from hipdesk.domain.exercise import Dose, Side
from hipdesk.domain.plan import StepKind
from hipdesk.domain.player import PlayerState
from hipdesk.domain.routine import Routine, RoutineItem
from hipdesk.domain.weekly import summarize
from hipdesk.paths import Paths
from hipdesk.storage.db import Database
from hipdesk.ui.main_window import MainWindow
from hipdesk.ui.player.cues import Cues
from hipdesk.ui.player.player_view import PlayerView
from hipdesk.ui.services import Services
from hipdesk.usecases.preferences import SOUND_ON, VOICE_ON


def tts_loads() -> bool:
    """Whether QtTextToSpeech loads here with its mock engine (Cues imports it quietly; libpulse0 is needed)."""
    cues = Cues(None, voice_engine="mock")
    cues.load()
    loaded = cues.voice_available
    cues.deleteLater()
    return loaded


def per_side_hold(services: Services) -> str:
    return next(e.id for e in services.library.exercises() if e.per_side and e.dose.is_hold)


def short_routine(services: Services) -> Routine:
    """A per-side hold then a two-sided reps exercise: get ready, holds, switch, rests, reps."""
    reps = next(e.id for e in services.library.exercises() if not e.per_side and not e.dose.is_hold)
    return Routine(
        id="gui-test",
        name="GUI test",
        description="",
        items=(RoutineItem(per_side_hold(services)), RoutineItem(reps)),
    )


@pytest.fixture
def view(qtbot: QtBot, services: Services) -> Iterator[PlayerView]:
    widget = PlayerView(services, voice_engine="mock" if tts_loads() else None)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QWidget.isActiveWindow(widget))
    yield widget
    if widget.mini is not None:
        widget.mini.close()


def advance(view: PlayerView, clock: FakeClock, seconds: float, step: float = 0.5) -> None:
    assert view.controller is not None
    remaining = seconds
    while remaining > 1e-9:
        dt = min(step, remaining)
        clock.advance(dt)
        remaining -= dt
        view.controller.poll()


def key(qtbot: QtBot, view: PlayerView, k: Qt.Key) -> None:
    target = view.focusWidget() or view
    qtbot.keyClick(target, k)


def test_idle_shows_a_calm_start_screen(view: PlayerView, services: Services) -> None:
    assert view.stack.currentWidget() is view.start_view
    assert view.start_view.routine_list.count() == len(services.builtin_routines) > 0
    assert view.start_view.exercise_combo.count() == len(services.library)
    if not tts_loads():
        status = view.start_view.cue_status.text()
        assert "cues are off" in status.lower() and "libpulse0" in status
    for widget in view.findChildren(QWidget):
        inner = widget.objectName().startswith("qt_")  # a spin box's own line edit, a scroll area's viewport
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.isVisibleTo(view) and not inner:
            assert widget.accessibleName(), widget


def test_a_routine_naming_an_exercise_hipdesk_lacks_says_which_and_does_not_start(
    view: PlayerView, services: Services
) -> None:
    # A routine kept from a newer HipDesk's data file, or a custom exercise whose routine is gone.
    lacking = Routine(
        id="imported",
        name="From <b>elsewhere</b>",
        description="",
        items=(RoutineItem(per_side_hold(services)), RoutineItem("no-such-exercise")),
    )
    view.play(lacking)
    assert not view.playing and view.controller is None
    problem = view.start_view.problem
    assert problem.isVisible()
    assert problem.text() == (
        "This routine cannot be played: the routine “From <b>elsewhere</b>” names 1 exercise HipDesk does not "
        "have: “no-such-exercise”."
    )


def test_a_routine_plays_its_own_exercise_before_the_library_has_it(view: PlayerView, services: Services) -> None:
    own = replace(services.library[per_side_hold(services)], id="pt-own-hold", name="Physio hold")
    assert own.id not in services.library
    view.play(
        Routine(id="physio", name="From my physio", description="", items=(RoutineItem(own.id),), exercises=(own,))
    )
    assert view.playing and view.controller is not None
    assert not view.start_view.problem.isVisible()
    view.end_now()


def test_keyboard_alone(qtbot: QtBot, view: PlayerView, services: Services, fake_clock: FakeClock) -> None:
    view.play(short_routine(services))
    controller = view.controller
    assert controller is not None and controller.state is PlayerState.RUNNING
    assert view.stack.currentWidget() is view.session_view
    assert controller.player.step.kind is StepKind.GET_READY

    key(qtbot, view, Qt.Key.Key_Space)
    assert controller.state is PlayerState.PAUSED
    assert view.session_view.paused_label.isVisible()
    key(qtbot, view, Qt.Key.Key_Space)
    assert controller.state is PlayerState.RUNNING

    key(qtbot, view, Qt.Key.Key_Right)  # skip get ready
    assert controller.player.step.kind is StepKind.HOLD
    assert view.session_view.side.text().strip().endswith("LEFT")
    assert view.figure.side is Side.LEFT  # type: ignore[attr-defined]
    advance(view, fake_clock, 5)
    assert view.session_view.countdown.text() == str(int(controller.player.step.duration_s - 5))
    key(qtbot, view, Qt.Key.Key_Right)
    key(qtbot, view, Qt.Key.Key_Left)  # back to the set just skipped
    assert controller.player.index == 1

    muted = view.cues.muted
    key(qtbot, view, Qt.Key.Key_M)
    assert view.cues.muted is not muted
    assert view.session_view.mute_button.text() == ("Unmute" if not muted else "Mute")
    key(qtbot, view, Qt.Key.Key_M)

    key(qtbot, view, Qt.Key.Key_Escape)  # asks first
    assert view.session_view.confirm_bar.isVisible() and controller.state is PlayerState.PAUSED
    key(qtbot, view, Qt.Key.Key_Escape)  # keep going
    assert not view.session_view.confirm_bar.isVisible() and controller.state is PlayerState.RUNNING

    advance(view, fake_clock, 3)
    with qtbot.waitSignal(services.events.session_finished) as finished:
        key(qtbot, view, Qt.Key.Key_Escape)
        key(qtbot, view, Qt.Key.Key_Return)
    session_id = finished.args[0]
    assert view.stack.currentWidget() is view.summary_view
    assert view.summary_view.title.text() == "Session ended early"
    summary = services.sessions.summary(session_id)
    assert summary.status == "partial"
    assert [s.skipped for s in summary.steps] == [True, True]  # the set skipped by →, the one in progress at Esc


def test_full_screen_toggles_with_f(qtbot: QtBot, view: PlayerView) -> None:
    key(qtbot, view, Qt.Key.Key_F)
    qtbot.waitUntil(view.window().isFullScreen)
    key(qtbot, view, Qt.Key.Key_F)
    qtbot.waitUntil(lambda: not view.window().isFullScreen())


def test_pain_stop_rates_logs_and_suggests_stopping(
    qtbot: QtBot, view: PlayerView, services: Services, fake_clock: FakeClock, database: Database
) -> None:
    view.start_view.pain_before.setValue(1)
    view.play(short_routine(services))
    controller = view.controller
    assert controller is not None
    advance(view, fake_clock, 12)  # into the first hold
    first = controller.player.step
    assert first.is_work
    key(qtbot, view, Qt.Key.Key_P)
    dialog = view.pain_dialog
    assert dialog is not None and dialog.isVisible()
    assert controller.state is PlayerState.PAUSED
    assert controller.player.step.exercise_id != first.exercise_id  # the exercise was ended
    dialog.rating.setValue(5)  # 4 points over the start: past the rise limit
    dialog.location.setCurrentText("Front of the hip or groin")
    save = dialog.findChild(QPushButton, "saveRating")
    assert save is not None and save.shortcut() == QKeySequence("Alt+S")  # Alt+S saves, as everywhere in HipDesk
    assert dialog.sharp.shortcut() != QKeySequence("Alt+S")  # it used to tick "sharp"
    save.click()
    bar = view.session_view.advice_bar
    assert bar.isVisible() and "Consider stopping for today" in bar.text.text()
    with database.engine.connect() as conn:
        rows = conn.execute(text("SELECT kind, rating, location, exercise_id FROM pain_ratings ORDER BY id")).all()
    assert [tuple(r) for r in rows] == [
        ("before", 1, "", None),
        ("stop", 5, "Front of the hip or groin", first.exercise_id),
    ]
    with qtbot.waitSignal(view.session_ended):
        key(qtbot, view, Qt.Key.Key_Return)  # "End for today" is the first choice
    assert view.stack.currentWidget() is view.summary_view


@pytest.mark.parametrize("rated", [True, False], ids=["rated", "not rated"])
def test_pain_stop_in_the_last_exercise_keeps_the_rating_and_ends_as_stopped_for_pain(
    qtbot: QtBot, view: PlayerView, services: Services, fake_clock: FakeClock, database: Database, rated: bool
) -> None:
    only = per_side_hold(services)
    view.play(Routine(id="one", name="One exercise", description="", items=(RoutineItem(only),)))
    controller = view.controller
    assert controller is not None
    while controller.player.step.kind is not StepKind.SWITCH:  # on to the second side: the last of everything
        key(qtbot, view, Qt.Key.Key_Right)
    key(qtbot, view, Qt.Key.Key_Right)
    advance(view, fake_clock, 4)
    assert controller.player.step.is_work and controller.player.in_last_exercise
    key(qtbot, view, Qt.Key.Key_P)
    dialog = view.pain_dialog
    assert dialog is not None and dialog.isVisible()
    assert controller.state is PlayerState.PAUSED  # the session waits for the rating
    advance(view, fake_clock, 30)  # time spent answering is not exercise time
    with qtbot.waitSignal(view.session_ended) as ended:
        if rated:
            dialog.rating.setValue(6)
            dialog.accept()
        else:
            dialog.reject()
    session_id, completed = ended.args
    assert session_id and completed is False
    assert view.stack.currentWidget() is view.summary_view
    assert view.summary_view.title.text() == "Session stopped for pain"
    summary = services.sessions.summary(session_id)
    assert summary.status == "partial"
    assert summary.steps[-1].skipped and summary.steps[-1].actual_s == pytest.approx(4)
    with database.engine.connect() as conn:
        rows = conn.execute(text("SELECT session_id, kind, rating, exercise_id FROM pain_ratings")).all()
    assert [tuple(r) for r in rows] == ([(session_id, "stop", 6, only)] if rated else [])
    advice = view.summary_view.advice
    assert advice.isVisibleTo(view) is rated
    if rated:
        assert "Consider stopping for today" in advice.text()


def test_next_up_shows_the_routines_dose_not_the_librarys(view: PlayerView, services: Services) -> None:
    exercise = services.library[per_side_hold(services)]
    assert exercise.dose.hold_s != 47
    view.play(
        Routine(
            id="dosed",
            name="Dosed",
            description="",
            items=(RoutineItem(exercise.id, dose=Dose(sets=2, hold_s=47)),),
        )
    )
    next_up = view.session_view.next_label.text()
    assert "2 × 47 s" in next_up and exercise.dose.summary(exercise.per_side) not in next_up


def test_a_whole_routine_to_the_summary(
    qtbot: QtBot, view: PlayerView, services: Services, fake_clock: FakeClock
) -> None:
    view.play(short_routine(services))
    controller = view.controller
    assert controller is not None
    recorded: list[int] = []
    controller.step_recorded.connect(recorded.append)
    with qtbot.waitSignal(services.events.session_finished) as finished:
        advance(view, fake_clock, controller.plan.total_s + 1)
    summary = services.sessions.summary(finished.args[0])
    assert summary.status == "complete"
    assert len(summary.steps) == len(controller.plan.work_steps) == len(recorded)
    assert {s.side for s in summary.steps} >= {Side.LEFT, Side.RIGHT}
    assert view.summary_view.title.text() == "Session complete"
    view.summary_view.feeling_group.buttons()[1].setChecked(True)
    view.summary_view.notes.setPlainText("Felt loose")
    view.summary_view.save_button.click()
    assert view.stack.currentWidget() is view.start_view
    after = services.sessions.summary(finished.args[0])
    assert (after.feeling, after.notes) == ("right", "Felt loose")


def test_cues_follow_the_session(qtbot: QtBot, view: PlayerView, services: Services, fake_clock: FakeClock) -> None:
    cues: list[tuple[str, str]] = []
    view.cues.cue_given.connect(lambda kind, words: cues.append((kind, words)))
    view.play(short_routine(services))
    controller = view.controller
    assert controller is not None
    first = services.library[per_side_hold(services)]
    assert cues[:2] == [("step", ""), ("voice", f"Get ready. First: {first.name}, left side")]
    advance(view, fake_clock, 10)
    assert [k for k, _ in cues].count("tick") == 3  # 3, 2, 1
    assert (
        "voice",
        f"{first.name}, left side" + (f". Set 1 of {first.dose.sets}" if first.dose.sets > 1 else ""),
    ) in cues
    while controller.player.step.kind is not StepKind.SWITCH:
        advance(view, fake_clock, 1)
    assert cues[-1] == ("voice", "Switch sides")
    assert controller.player.step.side is Side.RIGHT
    assert view.figure.side is Side.RIGHT  # type: ignore[attr-defined]
    if tts_loads():
        assert view.cues.voice_available
    else:
        assert not view.cues.voice_available and not view.cues.sound_available
        assert "libpulse0" in view.session_view.cue_status.text()


def test_cue_switches_are_remembered(view: PlayerView, services: Services) -> None:
    view.start_view.voice_box.setChecked(False)
    view.start_view.sound_box.setChecked(False)
    assert services.preferences.get(VOICE_ON) is False
    assert services.preferences.get(SOUND_ON) is False
    again = PlayerView(services)
    assert not again.start_view.voice_box.isChecked() and not again.start_view.sound_box.isChecked()
    again.deleteLater()


def test_mini_player_stays_on_top_and_follows(
    qtbot: QtBot, view: PlayerView, services: Services, fake_clock: FakeClock
) -> None:
    view.play(short_routine(services))
    view.session_view.mini_button.click()
    mini = view.mini
    assert mini is not None and mini.isVisible()
    assert mini.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    advance(view, fake_clock, 12)
    assert view.controller is not None
    assert mini.name.text() == view.controller.player.step.exercise_name
    assert mini.countdown.text() == view.session_view.countdown.text()
    mini.pause_button.click()
    assert view.controller.state is PlayerState.PAUSED


def test_the_mini_player_opens_in_the_screens_bottom_right_corner(
    qtbot: QtBot, view: PlayerView, services: Services
) -> None:
    view.play(short_routine(services))
    view.session_view.mini_button.click()
    mini = view.mini
    assert mini is not None
    area = mini.screen().availableGeometry()
    frame = mini.frameGeometry()
    assert area.contains(frame)  # never over a panel or the menu bar
    assert area.right() - frame.right() <= 40 and area.bottom() - frame.bottom() <= 40
    assert mini.note.isHidden()  # this window system honours "stay on top": nothing to say


def test_where_stay_on_top_is_not_honoured_the_mini_player_says_so_once(
    qtbot: QtBot, view: PlayerView, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QGuiApplication

    monkeypatch.setattr(QGuiApplication, "platformName", staticmethod(lambda: "wayland"))  # as under GNOME
    view.play(short_routine(services))
    view.session_view.mini_button.click()
    mini = view.mini
    assert mini is not None and mini.note.isVisible() and "on top" in mini.note.text()
    mini.close()
    again = PlayerView(services)
    qtbot.addWidget(again)
    again.play(short_routine(services))
    again.toggle_mini()
    assert again.mini is not None and again.mini.note.isHidden()  # once is enough
    again.mini.close()


def test_a_second_play_keeps_the_first_as_partial(qtbot: QtBot, view: PlayerView, services: Services) -> None:
    routine = services.builtin_routines[0]
    view.play(routine)
    assert view.controller is not None and view.controller.plan.routine_name == routine.name
    first = view.controller.session_id
    view.play(short_routine(services))
    assert view.controller.plan.routine_name == "GUI test"
    assert services.sessions.summary(first).status == "partial"


def test_play_requested_from_another_tab_plays_in_the_player(
    qtbot: QtBot, services: Services, paths: Paths, fake_clock: FakeClock
) -> None:
    window = MainWindow(qsettings_for(paths))
    qtbot.addWidget(window)
    window.show()
    window.attach(services)
    services.events.play_requested.emit(short_routine(services))
    player = window.built_tab("player")
    assert isinstance(player, PlayerView)
    assert window.tabs.currentWidget() is player
    assert player.controller is not None and player.controller.state is PlayerState.RUNNING


def test_after_a_session_the_keyboard_is_in_the_summary_not_on_the_tab_bar(
    qtbot: QtBot, services: Services, paths: Paths, fake_clock: FakeClock
) -> None:
    window = MainWindow(qsettings_for(paths))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.attach(services)
    services.events.play_requested.emit(short_routine(services))
    player = window.built_tab("player")
    assert isinstance(player, PlayerView) and player.controller is not None
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    advance(player, fake_clock, 12)
    player.ask_end()  # Esc: "End this session now?", focus on Keep going
    bar = player.session_view.confirm_bar
    qtbot.waitUntil(bar.isVisible)
    bar.yes.setFocus()
    qtbot.keyClick(bar.yes, Qt.Key.Key_Space)
    assert player.stack.currentWidget() is player.summary_view
    qtbot.waitUntil(lambda: player.summary_view.isAncestorOf(QApplication.focusWidget()))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    assert window.tabs.currentWidget() is player  # an arrow key does not leave the unsaved summary


def test_the_five_minute_routine_by_keyboard_alone(
    qtbot: QtBot, view: PlayerView, services: Services, fake_clock: FakeClock
) -> None:
    """From the start screen to the summary and back without the mouse; typed notes are text, not shortcuts."""
    assert view.start_view.routine_list.hasFocus()
    first = services.builtin_routines[0]
    key(qtbot, view, Qt.Key.Key_Return)
    controller = view.controller
    assert controller is not None and controller.plan.routine_name == first.name
    sides = set()
    controller.step_started.connect(lambda _i, step: sides.add(step.side))
    key(qtbot, view, Qt.Key.Key_Space)
    advance(view, fake_clock, 30)
    assert controller.player.index == 0  # paused: the clock moved, the session did not
    key(qtbot, view, Qt.Key.Key_Space)
    with qtbot.waitSignal(services.events.session_finished) as finished:
        advance(view, fake_clock, controller.plan.total_s + 1, step=1.0)
    assert Side.RIGHT in sides and Side.LEFT in sides
    assert view.summary_view.save_button.hasFocus()
    muted = view.cues.muted
    view.summary_view.notes.setFocus()
    qtbot.keyClicks(view.summary_view.notes, "more hamstring")
    assert view.summary_view.notes.toPlainText() == "more hamstring"
    assert view.cues.muted is muted and not view.window().isFullScreen()
    view.summary_view.save_button.setFocus()
    key(qtbot, view, Qt.Key.Key_Space)
    assert view.stack.currentWidget() is view.start_view
    assert services.sessions.summary(finished.args[0]).notes == "more hamstring"


def test_history_that_cannot_be_written_waits_and_is_written_later(
    qtbot: QtBot, view: PlayerView, services: Services, fake_clock: FakeClock, database: Database
) -> None:
    """Another program holds the database (a real second connection with BEGIN EXCLUSIVE): the session carries on,
    the person is told what and where, and every set is written once the lock goes."""
    view.play(short_routine(services))
    controller = view.controller
    assert controller is not None and controller.session_id
    other = sqlite3.connect(database.path, isolation_level=None)
    try:
        other.execute("BEGIN EXCLUSIVE")
        advance(view, fake_clock, 10 + controller.plan.steps[1].duration_s + 1)
        bar = view.session_view.advice_bar
        assert bar.isVisible() and "locked by another program" in bar.text.text()
        assert str(database.path) in bar.text.text() and "kept and saved" in bar.text.text()
        assert controller.state is PlayerState.RUNNING and controller.player.index >= 2
        assert controller.waiting >= 1
    finally:
        other.execute("ROLLBACK")
        other.close()
    with qtbot.waitSignal(controller.saves_caught_up, timeout=5000):  # the retry timer writes what waited
        pass
    assert controller.waiting == 0 and not bar.isVisible()
    with qtbot.waitSignal(services.events.session_finished) as finished:
        advance(view, fake_clock, controller.plan.total_s + 1, step=1.0)
    recorded = controller.recorder.summary() if controller.recorder is not None else None
    assert recorded is not None and recorded.steps
    assert services.sessions.summary(finished.args[0]) == recorded  # nothing dropped, nothing twice


def test_a_routine_with_a_missing_exercise_says_so(view: PlayerView) -> None:
    view.play(Routine(id="broken", name="Broken", description="", items=(RoutineItem("no-such-exercise"),)))
    assert view.stack.currentWidget() is view.start_view
    assert view.start_view.problem.isVisible() and "no-such-exercise" in view.start_view.problem.text()


def _play_single(view: PlayerView, exercise_id: str) -> None:
    view.play(Routine(id="one", name="One", description="", items=(RoutineItem(exercise_id),)))
    assert view.controller is not None
    view.controller.skip()  # past get ready, into the first set


def _frame(view: PlayerView) -> None:
    """A repaint moment now, as the controller's frame timer gives one (the fake clock does not run it)."""
    assert view.controller is not None
    view.controller.frame_advanced.emit(view.controller.status())


def test_a_bridge_shows_lift_then_lower_and_the_figure_rises_first(
    view: PlayerView, services: Services, fake_clock: FakeClock
) -> None:
    # The glute bridge lifts in 1 s, pauses 1 s and lowers in 2 s: the words and the figure follow that order.
    _play_single(view, "glute-bridge")
    assert view.controller is not None and view.controller.player.step.kind is StepKind.REPS
    advance(view, fake_clock, 0.5, step=0.25)
    _frame(view)
    assert "LIFT" in view.session_view.rep_label.text()
    assert view.figure.fraction == pytest.approx(0.5)  # type: ignore[attr-defined]
    advance(view, fake_clock, 2.5, step=0.25)  # 3 s in: half way down
    _frame(view)
    assert "LOWER" in view.session_view.rep_label.text()
    assert view.figure.fraction == pytest.approx(0.5)  # type: ignore[attr-defined]
    assert view.figure.returning  # type: ignore[attr-defined]


def test_windshield_wipers_go_to_the_left_then_the_right(
    view: PlayerView, services: Services, fake_clock: FakeClock
) -> None:
    _play_single(view, "windshield-wipers")
    advance(view, fake_clock, 1.0, step=0.25)
    _frame(view)
    label = view.session_view.rep_label.text()
    assert "left side" in label and "DOWN" in label
    assert not view.figure.mirrored  # type: ignore[attr-defined]
    advance(view, fake_clock, 5.0, step=0.25)  # one rep is 2-1-2 s: the second goes to the right
    _frame(view)
    label = view.session_view.rep_label.text()
    assert "right side" in label and "DOWN" in label
    assert view.figure.mirrored  # type: ignore[attr-defined]


def test_hip_circles_count_each_way(view: PlayerView, services: Services, fake_clock: FakeClock) -> None:
    exercise = services.library["quadruped-hip-circles"]
    assert exercise.dose.reps is not None
    per_way = exercise.dose.reps
    _play_single(view, exercise.id)
    assert view.controller is not None and view.controller.player.step.reps == 2 * per_way
    advance(view, fake_clock, 1.0, step=0.25)
    _frame(view)
    assert f"Rep <b>1</b> of {per_way}, one way" in view.session_view.rep_label.text()
    advance(view, fake_clock, per_way * 6.0, step=0.5)
    _frame(view)
    assert f"Rep <b>1</b> of {per_way}, other way" in view.session_view.rep_label.text()


def test_skipping_through_a_routine_is_not_a_complete_session(
    qtbot: QtBot, view: PlayerView, services: Services, fake_clock: FakeClock
) -> None:
    view.play(short_routine(services))
    controller = view.controller
    assert controller is not None
    with qtbot.waitSignal(view.session_ended) as ended:
        while controller.is_active:
            advance(view, fake_clock, 1)
            key(qtbot, view, Qt.Key.Key_Right)
    session_id, completed = ended.args
    assert completed is False
    assert services.sessions.summary(session_id).status == "partial"
    summary = view.summary_view
    assert summary.title.text() == "Session finished, mostly skipped"
    assert summary.completion.isVisibleTo(summary) and "does not count toward your day streak" in (
        summary.completion.text()
    )
    rows = services.history.rows()
    assert [(d.sessions, d.complete) for d in rows.days] == [(1, 0)]
    streaks = summarize(rows, services.library, 70, services.wall.today()).streaks
    assert streaks.days == 0  # skipping through is not practice


def test_playing_a_routine_through_is_a_complete_session(
    qtbot: QtBot, view: PlayerView, services: Services, fake_clock: FakeClock
) -> None:
    view.play(short_routine(services))
    controller = view.controller
    assert controller is not None
    with qtbot.waitSignal(view.session_ended) as ended:
        advance(view, fake_clock, controller.plan.total_s + 1, step=1.0)
    session_id, completed = ended.args
    assert completed is True and services.sessions.summary(session_id).status == "complete"
    assert view.summary_view.title.text() == "Session complete"
    assert not view.summary_view.completion.isVisibleTo(view.summary_view)
