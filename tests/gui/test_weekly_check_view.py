"""The weekly check by keyboard over two weeks with a stored first week: values per side, skips, the summary's
flags only where the rule says, "Add to a routine", and ``checks_recorded``."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QWidget

from hipdesk.app import qsettings_for
from hipdesk.clock import FakeWallClock
from hipdesk.domain.assessment import CHECKS, FOLLOW_UP_ROUTINE_NAME, CheckValue, Unit
from hipdesk.domain.exercise import Side
from hipdesk.domain.routine import Routine, RoutineItem
from hipdesk.domain.weekly import week_start
from hipdesk.ui.checks.weekly_check_view import WeeklyCheckDialog
from hipdesk.ui.main_window import MainWindow
from hipdesk.ui.services import Services
from tests.clocks import TEST_TODAY

IR = "check-seated-rotation.internal"
ER = "check-seated-rotation.external"
KNEE = "check-figure-four"
THOMAS = "check-thomas-test"
WEEK1 = date(2026, 11, 9)
TODAY = TEST_TODAY  # a Wednesday, the week of Monday 16 November: the services' wall clock stands at its noon


def store_first_week(services: Services) -> None:
    services.checks.save_week(
        WEEK1,
        [
            CheckValue(KNEE, Side.LEFT, 12, Unit.CM),
            CheckValue(KNEE, Side.RIGHT, 13, Unit.CM),  # 1 cm apart
            CheckValue(IR, Side.LEFT, 38, Unit.DEGREES),
            CheckValue(IR, Side.RIGHT, 24, Unit.DEGREES),  # 14° apart, right less
            CheckValue(THOMAS, Side.LEFT, 4, Unit.DEGREES),
            CheckValue(THOMAS, Side.RIGHT, -8, Unit.DEGREES),  # 12° apart
        ],
    )


@pytest.fixture
def dialog(qtbot: QtBot, services: Services) -> WeeklyCheckDialog:
    store_first_week(services)
    dlg = WeeklyCheckDialog(services)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.activateWindow()
    qtbot.waitUntil(dlg.isActiveWindow)
    return dlg


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def type_in(qtbot: QtBot, text: str) -> None:
    widget = focused()
    assert isinstance(widget, QLineEdit), widget
    qtbot.keyClicks(widget, text)


def key(qtbot: QtBot, k: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), k, modifier)


def alt(qtbot: QtBot, letter: Qt.Key) -> None:
    key(qtbot, letter, Qt.KeyboardModifier.AltModifier)


def wait_for_page(qtbot: QtBot, dlg: WeeklyCheckDialog, index: int) -> None:
    qtbot.waitUntil(lambda: dlg.view.index == index)


def on_page(qtbot: QtBot, dlg: WeeklyCheckDialog, check_id: str) -> None:
    qtbot.waitUntil(lambda: not dlg.view.on_summary and dlg.view.page(dlg.view.index).check.id == check_id)


def test_a_second_week_by_keyboard_flags_only_what_held(
    qtbot: QtBot, dialog: WeeklyCheckDialog, services: Services
) -> None:
    view = dialog.view
    assert view.title.text() == "Forward fold reach" and view.step_label.text() == "Check 1 of 8"
    assert view.figure.exercise_id == "check-forward-fold"
    # forward fold: choose "not yet" in the combo, leave the gap empty
    assert isinstance(focused(), QComboBox)
    key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Down)
    alt(qtbot, Qt.Key.Key_N)
    on_page(qtbot, dialog, "check-figure-four")
    type_in(qtbot, "12")
    key(qtbot, Qt.Key.Key_Tab)
    type_in(qtbot, "17")  # 5 cm apart this week, 1 cm last week: not flagged
    alt(qtbot, Qt.Key.Key_N)
    on_page(qtbot, dialog, "check-seated-rotation")
    assert view.figure.exercise_id == "check-seated-rotation" and view.figure.side is Side.LEFT
    type_in(qtbot, "40")
    key(qtbot, Qt.Key.Key_Tab)
    assert view.figure.side is Side.RIGHT  # the figure works the side being entered
    type_in(qtbot, "26")  # 14° apart again, right less: flagged
    key(qtbot, Qt.Key.Key_Tab)  # the "no phone" switch
    key(qtbot, Qt.Key.Key_Tab)
    type_in(qtbot, "45")  # outward rotation: left only
    alt(qtbot, Qt.Key.Key_N)
    on_page(qtbot, dialog, THOMAS)
    type_in(qtbot, "4")
    key(qtbot, Qt.Key.Key_Tab)
    type_in(qtbot, "-3")  # 7° apart this week: within normal variation, although last week was 12°
    with qtbot.waitSignal(services.events.checks_recorded, timeout=5000) as recorded:
        alt(qtbot, Qt.Key.Key_N)
        for check_id in ("check-deep-squat", "check-floor-sit", "check-lunge-control", "check-hip-feel"):
            on_page(qtbot, dialog, check_id)
            alt(qtbot, Qt.Key.Key_S)
    assert recorded.args == ["2026-11-16"]
    qtbot.waitUntil(lambda: view.on_summary)

    assert view.flagged() == [IR]
    flag = view.summary_page.flag_labels[IR]
    assert "right side" in flag.text() and "two checks in a row" in flag.text()
    knee_card = view.summary_page.findChild(QWidget, f"result:{KNEE}")
    assert knee_card is not None
    knee_sides = knee_card.findChildren(type(flag))[-1].text()
    assert "5 cm apart this week, more than the 4 cm of normal variation" in knee_sides  # said, not flagged
    assert "next check" in knee_sides
    stored = services.checks.week(date(2026, 11, 16))
    assert {(v.measure_id, v.side, v.value) for v in stored.values} == {
        ("check-forward-fold", Side.NONE, 1.0),
        (KNEE, Side.LEFT, 12.0),
        (KNEE, Side.RIGHT, 17.0),
        (IR, Side.LEFT, 40.0),
        (IR, Side.RIGHT, 26.0),
        (ER, Side.LEFT, 45.0),
        (THOMAS, Side.LEFT, 4.0),
        (THOMAS, Side.RIGHT, -3.0),
    }
    assert services.checks.week(WEEK1).values  # the first week is untouched

    # suggestions: limited internal rotation -> 90/90 switches and seated rotations, extra round on the right
    suggestions = {s.exercise_id: s for _box, s in view.summary_page.suggestion_boxes}
    assert {"hip-90-90-switches", "seated-hip-rotations"} <= set(suggestions)
    assert suggestions["seated-hip-rotations"].extra_sets_right == 1
    assert suggestions["seated-hip-rotations"].extra_sets_left == 0

    # "Add to a routine" by keyboard: a new routine "Weekly check follow-up"
    with qtbot.waitSignal(services.events.routines_changed, timeout=5000):
        alt(qtbot, Qt.Key.Key_A)
    created = [r for r in services.routines.all() if r.name == FOLLOW_UP_ROUTINE_NAME()]
    assert len(created) == 1
    items = {i.exercise_id: i for i in created[0].items}
    assert items["seated-hip-rotations"].extra_sets_right == 1
    assert "Created" in view.summary_page.status.text()

    with qtbot.waitSignal(dialog.finished, timeout=5000):
        alt(qtbot, Qt.Key.Key_D)


def test_a_first_check_never_flags_and_back_keeps_values(
    qtbot: QtBot, services: Services, dialog: WeeklyCheckDialog
) -> None:
    services.checks.save_week(WEEK1, [])  # no earlier week at all
    view = dialog.view
    alt(qtbot, Qt.Key.Key_N)
    on_page(qtbot, dialog, "check-figure-four")
    alt(qtbot, Qt.Key.Key_N)
    on_page(qtbot, dialog, "check-seated-rotation")
    type_in(qtbot, "45")
    key(qtbot, Qt.Key.Key_Tab)
    type_in(qtbot, "20")  # 25° apart, but only once
    alt(qtbot, Qt.Key.Key_B)
    on_page(qtbot, dialog, "check-figure-four")
    alt(qtbot, Qt.Key.Key_N)
    on_page(qtbot, dialog, "check-seated-rotation")
    assert view.page(2).values()[:2] == [
        CheckValue(IR, Side.LEFT, 45, Unit.DEGREES),
        CheckValue(IR, Side.RIGHT, 20, Unit.DEGREES),
    ]
    for index in range(3, len(CHECKS) + 1):
        alt(qtbot, Qt.Key.Key_S)  # skipping clears the page, so this check's values go too
        wait_for_page(qtbot, dialog, index)  # a mnemonic clicks after a short animation
    assert view.flagged() == []
    assert services.checks.week(date(2026, 11, 16)).values == ()


def test_a_value_out_of_range_is_explained_and_blocks_next(qtbot: QtBot, dialog: WeeklyCheckDialog) -> None:
    view = dialog.view
    alt(qtbot, Qt.Key.Key_N)
    on_page(qtbot, dialog, "check-figure-four")
    type_in(qtbot, "99")
    alt(qtbot, Qt.Key.Key_N)
    qtbot.waitUntil(view.error.isVisible)
    assert "0 to 60" in view.error.text()
    assert view.page(view.index).check.id == "check-figure-four"


def test_choices_and_easy_limited_are_stored_as_choices(qtbot: QtBot, dialog: WeeklyCheckDialog) -> None:
    view = dialog.view
    page = view.page(2)
    switch = page.entries[0].alt_switch
    assert switch is not None
    switch.setChecked(True)
    combo = page.findChild(QComboBox, f"alt:{IR}:right")
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(2)  # limited
    assert page.values() == [CheckValue(IR, Side.RIGHT, 1.0, Unit.EASY_LIMITED)]


def test_adding_to_an_existing_routine_writes_a_new_version(
    qtbot: QtBot, dialog: WeeklyCheckDialog, services: Services
) -> None:
    mine = services.routines.save(Routine("", "My mornings", "", (RoutineItem("seated-hip-rotations"),)))
    view = dialog.view
    view.page(2).entries[0].inputs[0].number.setText("20")  # type: ignore[union-attr]
    view.page(2).entries[0].inputs[1].number.setText("22")  # type: ignore[union-attr]
    view.show_page(len(CHECKS) - 1)
    view.go_next()
    assert view.on_summary
    target = view.summary_page.target
    target.setCurrentIndex(target.findData(mine.id))
    view.summary_page.add_button.click()
    versions = services.routines.versions(mine.id)
    assert [v.version for v in versions] == [1, 2] and versions[0].retired
    assert versions[0].routine.exercise_ids() == ("seated-hip-rotations",)
    assert versions[1].routine.exercise_ids()[0] == "seated-hip-rotations"
    assert "hip-90-90-switches" in versions[1].routine.exercise_ids()


def test_doing_the_check_again_the_same_week_starts_from_its_values(qtbot: QtBot, services: Services) -> None:
    this_week = [
        CheckValue(IR, Side.LEFT, 40, Unit.DEGREES),
        CheckValue(IR, Side.RIGHT, 26, Unit.DEGREES),
        CheckValue(ER, Side.LEFT, 1, Unit.EASY_LIMITED),
        CheckValue("check-floor-sit", Side.RIGHT, 2, Unit.SIT),
    ]
    services.checks.save_week(date(2026, 11, 16), this_week)
    dlg = WeeklyCheckDialog(services)
    qtbot.addWidget(dlg)
    view = dlg.view
    assert "filled in" in view.step_label.text()
    assert view.page(2).values() == this_week[:3]
    switch = view.page(2).entries[1].alt_switch
    assert switch is not None and switch.isChecked()
    view.show_page(len(CHECKS) - 1)  # straight to the last check: the pages never opened keep their values
    view.go_next()
    assert set(services.checks.week(date(2026, 11, 16)).values) == set(this_week)
    view.show_page(5)
    view.skip()  # skipping the floor sit this time removes it
    view.show_page(len(CHECKS) - 1)
    view.go_next()
    assert set(services.checks.week(date(2026, 11, 16)).values) == set(this_week[:3])


# ---- the main window: Tools > Weekly check… and the reminder bar ----------------------------------------------------


def _window(qtbot: QtBot, services: Services) -> MainWindow:
    window = MainWindow(qsettings_for(services.paths))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_reminder_waits_for_attach_then_shows_until_a_check_is_recorded(qtbot: QtBot, services: Services) -> None:
    window = _window(qtbot, services)
    assert window.check_reminder is None  # the first paint never touches the database
    assert window.open_weekly_check() is None
    window.attach(services)
    bar = window.check_reminder
    assert bar is not None and bar.isVisible()
    assert "first weekly mobility check" in bar.text.text()
    assert bar.start_button.accessibleName() and bar.later_button.accessibleName()
    with qtbot.waitSignal(bar.dismissed):
        bar.later_button.click()
    assert not bar.isVisible()
    bar.show()
    services.checks.save_week(week_start(services.wall.today()), [])
    services.events.checks_recorded.emit("2026-11-16")
    assert not bar.isVisible()


def test_the_reminder_comes_on_the_day_a_week_has_passed_while_hipdesk_runs(
    qtbot: QtBot, services: Services, wall: FakeWallClock
) -> None:
    services.checks.save_week(week_start(TODAY), [CheckValue(KNEE, Side.LEFT, 12, Unit.CM)])  # saved today
    window = _window(qtbot, services)
    window.attach(services)
    bar = window.check_reminder
    assert bar is not None and not bar.isVisible()
    wall.advance(timedelta(days=6, hours=11))  # the next Tuesday, 23:00: a new day, but not yet a week
    assert window.day_watcher.check() and not bar.isVisible()
    wall.advance(timedelta(hours=2))  # HipDesk stayed open past midnight
    assert window.day_watcher.check()
    assert bar.isVisible() and "7 days ago" in bar.text.text()


@pytest.mark.parametrize(("days_ago", "shown"), [(6, False), (7, True), (30, True)])
def test_the_reminder_shows_once_a_week_has_passed(qtbot: QtBot, days_ago: int, shown: bool) -> None:
    from hipdesk.ui.checks.reminder_bar import CheckReminderBar

    bar = CheckReminderBar()
    qtbot.addWidget(bar)
    bar.show()
    today = date(2026, 11, 22)
    assert bar.update_for(today - timedelta(days=days_ago), today) is shown
    assert bar.isVisible() is shown
    if shown:
        assert f"{days_ago} days ago" in bar.text.text()


def test_escape_in_the_reminder_means_not_now(qtbot: QtBot) -> None:
    from hipdesk.ui.checks.reminder_bar import CheckReminderBar

    bar = CheckReminderBar()
    qtbot.addWidget(bar)
    bar.show()
    assert bar.update_for(None, date(2026, 11, 22))
    with qtbot.waitActive(bar):
        bar.activateWindow()
    bar.later_button.setFocus()
    with qtbot.waitSignal(bar.dismissed):
        qtbot.keyClick(bar.later_button, Qt.Key.Key_Escape)
    assert bar.isHidden()


def test_no_reminder_right_after_a_check(qtbot: QtBot, services: Services) -> None:
    monday = week_start(services.wall.today())
    services.checks.save_week(monday, [CheckValue(KNEE, Side.LEFT, 12, Unit.CM)])
    window = _window(qtbot, services)
    window.attach(services)
    assert window.check_reminder is not None and not window.check_reminder.isVisible()


def test_tools_weekly_check_opens_the_check_by_shortcut(qtbot: QtBot, services: Services) -> None:
    window = _window(qtbot, services)
    window.attach(services)
    actions = {a.text(): a for a in window.actions()}
    action = actions["&Weekly check…"]
    assert action.shortcut().toString() == "Ctrl+K"
    action.trigger()
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, WeeklyCheckDialog) and w.isVisible()]
    assert len(dialogs) == 1 and dialogs[0].parent() is window
    assert window.open_weekly_check() is dialogs[0]  # one check at a time
    dialogs[0].reject()
    window.check_reminder.start_button.click()  # type: ignore[union-attr]
    qtbot.waitUntil(
        lambda: (
            len([w for w in QApplication.topLevelWidgets() if isinstance(w, WeeklyCheckDialog) and w.isVisible()]) == 1
        )
    )
