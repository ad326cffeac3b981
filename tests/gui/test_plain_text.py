"""Text from files, the database and the user is shown as text in every view.

Every text field holds markup (an image pointing at a FIFO canary, bold, a link, an ampersand). A walk over the real
widgets fails on any label, tooltip, list item, message box or button that would draw it as markup, and the canary
fails any test in which Qt tried to load the image.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox, QToolTip, QWidget

from hipdesk.app import Startup, qsettings_for
from hipdesk.clock import FakeClock
from hipdesk.content.routine_file import dumps
from hipdesk.domain.assessment import MEASURES, CheckValue
from hipdesk.domain.exercise import Side
from hipdesk.domain.routine import Routine, RoutineItem
from hipdesk.domain.weekly import week_start
from hipdesk.paths import Paths
from hipdesk.storage.errors import StorageError
from hipdesk.ui.checks.weekly_check_view import WeeklyCheckDialog
from hipdesk.ui.companion.notice import ReminderNotice
from hipdesk.ui.companion.reminder_controller import ReminderController
from hipdesk.ui.companion.tray import CompanionTray
from hipdesk.ui.history.history_view import HistoryView
from hipdesk.ui.main_window import MainWindow
from hipdesk.ui.pain.next_day_bar import NextDayPainBar
from hipdesk.ui.pain.next_day_controller import NextDayPainController
from hipdesk.ui.plain_text import (
    PlainLabel,
    ask,
    markup,
    message_box,
    mnemonic_safe,
    plain_tooltip,
    rich_label,
    tooltip_source,
    window_title,
)
from hipdesk.ui.player.player_view import PlayerView
from hipdesk.ui.problems import show_problem
from hipdesk.ui.progression.progression_controller import ProgressionController
from hipdesk.ui.routines.routines_view import RoutinesView
from hipdesk.ui.services import Services
from hipdesk.ui.tabs import TABS
from hipdesk.usecases.preferences import DEFAULT_ROUTINE
from tests.gui.hostile import MARK, RAW, FifoCanary, Walk, hostile, hover_routine, tooltip_problem, walk


@pytest.fixture
def canary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[FifoCanary]:
    monkeypatch.chdir(tmp_path)  # the hostile values name the canary by a relative path: Qt looks for it here
    watched = FifoCanary(tmp_path)
    yield watched
    watched.close()


def hostile_routine(services: Services) -> Routine:
    return services.routines.save(
        Routine(
            id="",
            name=hostile("name"),
            description=f"{hostile('description')}\n{hostile('second line')}",
            items=(RoutineItem("figure-four-stretch"), RoutineItem("glute-bridge")),
            source=hostile("source"),
        )
    )


def hostile_history(services: Services, routine: Routine) -> int:
    """A session played from the routine, with notes, and this week's check with a note; returns the session id."""
    sessions = services.sessions
    session_id = sessions.start_session(routine.name, routine_uid=routine.id, pain_before=1)
    sessions.finish_session(session_id, completed=False)
    sessions.save_reflection(session_id, feeling="right", notes=hostile("notes"), pain_after=2)
    knee = MEASURES["check-figure-four"]  # the left knee stays 30 cm up: limited, so exercises are suggested
    values = [
        CheckValue(knee.id, Side.LEFT, 30.0, knee.unit, note=hostile("check note")),
        CheckValue(knee.id, Side.RIGHT, 12.0, knee.unit, note=hostile("check note")),
    ]
    services.checks.save_week(week_start(services.wall.today()), values)
    return session_id


def assert_text(found: Walk, *, at_least: int = 1) -> None:
    assert found.problems == []
    assert len(found.shown) >= at_least, found.shown  # the data really reached these widgets


def answer_modal(qtbot: QtBot, button: QMessageBox.StandardButton, seen: Walk) -> None:
    """When the next modal message box opens, walk it and press ``button``."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.add(walk(box))
        box.button(button).click()

    QTimer.singleShot(0, answer)


# ---- the helpers themselves ------------------------------------------------------------------------------------


def test_the_canary_sees_qt_load_an_image_named_in_rich_text(qtbot: QtBot, canary: FifoCanary) -> None:
    label = QLabel(hostile("control"))  # what HipDesk did before: Qt sniffs the text as rich and loads the image
    qtbot.addWidget(label)
    label.show()
    qtbot.waitExposed(label)
    assert canary.opened()  # so "not opened" below means something
    assert walk(label).problems


def test_the_helpers_keep_data_literal(qtbot: QtBot, canary: FifoCanary) -> None:
    data = hostile("helper") + "\n  two spaces"
    plain = PlainLabel(data)
    rich = rich_label(markup("<b>Next up:</b> {} and {name}", data, name=data))
    for label in (plain, rich):
        qtbot.addWidget(label)
        label.show()
        qtbot.waitExposed(label)
    assert plain.text() == data
    assert rich.textFormat() == Qt.TextFormat.RichText and MARK not in rich.text()
    tip = plain_tooltip(data)
    assert tooltip_source(tip) == data and tooltip_problem(tip) is None
    assert tooltip_source("HipDesk's own words") == "HipDesk's own words"
    assert plain_tooltip("") == ""
    assert tooltip_problem(data) == "carries the data's markup raw"
    assert mnemonic_safe("Tom & Jerry") == "Tom && Jerry"
    assert window_title("Edit [*] me") == "Edit [*][*] me"
    box = message_box(None, QMessageBox.Icon.Warning, "Problem", data, informative=data)
    qtbot.addWidget(box)
    box.open()
    qtbot.waitExposed(box)
    assert_text(walk(box, plain, rich), at_least=4)
    box.close()
    QToolTip.showText(QPoint(10, 10), tip, plain)
    qtbot.waitUntil(QToolTip.isVisible)
    QToolTip.hideText()
    assert not canary.opened()


def test_ask_waits_for_a_plain_answer(qtbot: QtBot, canary: FifoCanary) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    seen = Walk()
    answer_modal(qtbot, QMessageBox.StandardButton.No, seen)
    assert ask(host, "Question", hostile("question")) == QMessageBox.StandardButton.No
    assert_text(seen)
    assert not canary.opened()


# ---- every view ------------------------------------------------------------------------------------------------


def test_every_tab_and_window_shows_markup_as_text(
    qtbot: QtBot, services: Services, paths: Paths, tmp_path: Path, canary: FifoCanary
) -> None:
    routine = hostile_routine(services)
    hostile_history(services, routine)
    window = MainWindow(qsettings_for(paths))
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    window.attach(services)
    found = Walk()
    for spec in TABS:
        view = window.show_tab(spec.key)
        assert view is not None
        if spec.key == "routines":
            view.select_routine(routine.id)  # type: ignore[attr-defined]
            found.add(hover_routine(view, routine.id))
        if spec.key == "history":
            assert isinstance(view, HistoryView)
            qtbot.waitUntil(lambda v=view: v.week_model.rowCount() > 0)
            folder = tmp_path / '<img src="canary"><b>hostile & folder'
            folder.mkdir()
            assert view.export_csv(folder / "history.csv")  # the status line names the file
            assert view.status.text().startswith("Saved 1 row to ")
        found.add(walk(window))
    settings = window.show_settings()
    assert isinstance(settings, QDialog)
    qtbot.waitExposed(settings)
    found.add(walk(settings))
    settings.reject()
    check = window.open_weekly_check()
    assert isinstance(check, WeeklyCheckDialog)
    qtbot.waitExposed(check)
    check.view.save_and_summarize()  # the summary offers the routines by name
    assert check.view.summary_page.suggestion_boxes
    check.view.add_to_routine(routine.id)  # and says where the exercises went
    assert RAW in check.view.summary_page.status.text()
    found.add(walk(check))
    check.reject()
    assert_text(found, at_least=10)
    assert not canary.opened()


def test_playing_a_routine_and_its_summary_show_markup_as_text(
    qtbot: QtBot, services: Services, fake_clock: FakeClock, canary: FifoCanary
) -> None:
    routine = hostile_routine(services)
    view = PlayerView(services, voice_engine=None)
    qtbot.addWidget(view)
    view.resize(1100, 750)
    view.show()
    qtbot.waitExposed(view)
    found = walk(view)  # the start screen lists the routine, its description in the tooltip
    view.play(routine)
    controller = view.controller
    assert controller is not None
    found.add(walk(view))  # the session screen names the routine
    view.toggle_mini()
    assert view.mini is not None
    qtbot.waitExposed(view.mini)
    found.add(walk(view.mini))
    view.mini.hide()
    with qtbot.waitSignal(view.session_ended):
        controller.end()
    view.summary_view.notes.setPlainText(hostile("notes typed"))
    found.add(walk(view))  # the summary names the routine
    assert_text(found, at_least=5)
    assert not canary.opened()


def test_imports_exports_and_messages_show_markup_as_text(
    qtbot: QtBot, services: Services, paths: Paths, tmp_path: Path, canary: FifoCanary
) -> None:
    view = RoutinesView(services)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    qtbot.waitExposed(view)
    found = Walk()
    # A refused file: its name and the bad value it held are quoted in the message.
    refused = tmp_path / '<img src="canary"><b>hostile & file.hipdesk-routine.json'  # no "/" in a file name
    refused.write_text(json.dumps({"hipdesk_routine": 1, "name": "x", "items": [{"exercise": MARK}]}), "utf-8")
    assert view.import_from(refused) is None
    assert MARK in view.editor.message.text()
    found.add(walk(view))
    # An imported one, then the same file again: the name clash is asked about by name.
    good = tmp_path / "good.hipdesk-routine.json"
    good.write_text(
        dumps(Routine("", hostile("name"), hostile("description"), (RoutineItem("glute-bridge"),))), "utf-8"
    )
    imported = view.import_from(good)
    assert imported is not None
    found.add(walk(view))
    answer_modal(qtbot, QMessageBox.StandardButton.Cancel, found)
    assert view.import_from(good) is None
    # Export to a folder whose name is markup: the message names the path (so does History's CSV export).
    folder = tmp_path / '<img src="canary"><b>hostile & folder'
    folder.mkdir()
    assert view.editor.export_to(folder / "out.json")
    found.add(walk(view))
    # Leaving unsaved changes asks; deleting asks.
    view.editor.set_description("changed")
    answer_modal(qtbot, QMessageBox.StandardButton.Cancel, found)
    assert view._ask_discard(view.editor.routine().name) is False
    answer_modal(qtbot, QMessageBox.StandardButton.No, found)
    assert view.editor._ask_confirm("Delete routine", f"Delete “{imported.name}”?") is False
    # Start-up messages and storage problems quote paths and file contents.
    window = MainWindow(qsettings_for(paths))
    qtbot.addWidget(window)
    startup = Startup(window, paths, services.clock, services.wall)
    startup_box = startup._show(QMessageBox.Icon.Information, "HipDesk", hostile("notice"))
    problem_box = show_problem(view, StorageError(hostile("storage problem"), path=folder))
    found.add(walk(startup_box, problem_box))
    startup_box.close()
    problem_box.close()
    assert_text(found, at_least=8)
    assert not canary.opened()


def test_bars_panels_and_the_tray_show_markup_as_text(
    qtbot: QtBot, services: Services, fake_clock: FakeClock, canary: FifoCanary
) -> None:
    routine = hostile_routine(services)
    sessions = services.sessions
    last = 0
    for days_ago in (2, 1):  # two easy sessions with pain ratings: a suggestion, and tomorrow's pain question
        at = services.wall.now() - timedelta(days=days_ago)
        last = sessions.start_session(routine.name, routine_uid=routine.id, pain_before=1, started_at=at)
        sessions.finish_session(last, completed=True, ended_at=at + timedelta(minutes=8))
        sessions.save_reflection(last, feeling="easy", notes=hostile("notes"), pain_after=1)
    host = QWidget()
    qtbot.addWidget(host)
    host.show()
    found = Walk()

    bar = NextDayPainBar(host)
    assert NextDayPainController(services, bar).check() is not None  # "after your session yesterday (<name>)"
    found.add(walk(bar))

    progression = ProgressionController(services)
    with qtbot.waitSignal(progression.suggestion_shown):
        services.events.session_reflected.emit(last)
    assert progression.panel is not None
    qtbot.waitExposed(progression.panel)
    found.add(walk(progression.panel))
    progression.panel.reject()

    services.preferences.set(DEFAULT_ROUTINE, routine.id)
    notice = ReminderNotice(host)
    reminders = ReminderController(services, notice=notice)
    fake_clock.advance(5 * 60 * 60)  # past the afternoon reminder
    assert reminders.check() is not None
    found.add(walk(notice))  # "Start <name>" on its button, the name in its text
    tray = CompanionTray(reminders)
    tray.refresh()
    found.add(walk(tray.menu))
    tray.hide()
    assert_text(found, at_least=5)
    assert not canary.opened()
