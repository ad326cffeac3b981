"""The History tab over a real database: empty, two weeks of use, years of use; ranges, weeks, export."""

from __future__ import annotations

import csv
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from hipdesk.domain.weekly import HistoryRange, week_start
from hipdesk.ui.history.history_view import HistoryView, find_desk_five
from hipdesk.usecases.preferences import WEEKLY_GOAL_MIN
from tests.clocks import TEST_TODAY

TODAY = TEST_TODAY  # a Wednesday: the services' wall clock stands at its noon
THIS_WEEK = week_start(TODAY)


def open_view(qtbot: Any, services: Any) -> HistoryView:
    view = HistoryView(services)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    qtbot.waitExposed(view)
    return view


def finish_reads(qtbot: Any, view: HistoryView) -> None:
    view.wait_for_reads()
    qtbot.waitUntil(lambda: view._complete)


@pytest.fixture
def two_weeks(services: Any) -> Any:
    from tools.fill_history import fill_two_weeks

    fill_two_weeks(services.history._engine, today=TODAY)
    return services


def test_a_new_install_shows_a_friendly_empty_state(qtbot: Any, services: Any) -> None:
    view = open_view(qtbot, services)
    assert view.stack.currentWidget() is view.empty_page
    assert not view.export_button.isEnabled()
    assert not any(b.isVisible() for b in view.range_buttons.values())
    routine = find_desk_five(services)
    assert view.start_button.isVisible() == (routine is not None)
    if routine is not None:
        with qtbot.waitSignal(services.events.play_requested) as played:
            qtbot.mouseClick(view.start_button, Qt.MouseButton.LeftButton)
        assert played.args == [routine]
    view.grab().save(str(Path(services.paths.data_dir) / "empty.png"))


def test_two_weeks_of_use(qtbot: Any, two_weeks: Any) -> None:
    view = open_view(qtbot, two_weeks)
    finish_reads(qtbot, view)
    assert view.stack.currentWidget() is view.content
    assert view.current_range is HistoryRange.WEEKS_8  # a short history opens on a short range
    history = view.history
    assert history is not None and history.total_sessions == 18

    chart = view.minutes_chart
    assert chart._count == 8
    this_week = history.week(THIS_WEEK)
    assert f"{this_week.minutes:.1f} min of the 70 min goal" in chart.tooltip_at(7)
    assert "Week of 16–22 Nov 2026" in chart.tooltip_at(7)
    assert "to go" in chart.tooltip_at(7)
    assert chart.accessibleDescription().startswith("8 weeks: 0 met the 70 minute goal")
    assert "sessions: " in view.sessions_chart.tooltip_at(6) and "1 partial" in view.sessions_chart.tooltip_at(6)
    assert "left:" in view.sides_chart.tooltip_at(7)
    assert "average before" in view.pain_chart.tooltip_at(6)

    # the week list opens on the newest week with sessions, and lists them with their steps
    assert view.selected_week == THIS_WEEK
    sessions = this_week.sessions
    assert view.week_model.rowCount() == sessions
    first = view.week_model.index(0, 0)
    assert view.week_model.rowCount(first) >= 7
    assert view.tile_week.value.text() == f"{round(this_week.minutes)} min"
    assert "days" in view.tile_days.value.text()
    check_keys = [k for k in view.cards if k.startswith("check:")]
    assert "check:check-figure-four" in check_keys
    figure_four = view.cards["check:check-figure-four"].body
    assert "left: " in figure_four.tooltip_at(6) and " cm" in figure_four.tooltip_at(6)  # type: ignore[attr-defined]


def test_switching_range_redraws_without_reading_again(qtbot: Any, two_weeks: Any, monkeypatch: Any) -> None:
    view = open_view(qtbot, two_weeks)
    finish_reads(qtbot, view)
    reads: list[object] = []
    monkeypatch.setattr(two_weeks.history, "rows", lambda *a, **k: reads.append(a) or [])
    qtbot.mouseClick(view.range_buttons[HistoryRange.YEAR], Qt.MouseButton.LeftButton)
    assert view.current_range is HistoryRange.YEAR
    assert view.minutes_chart._count == 52
    assert view.range_buttons[HistoryRange.YEAR].isChecked()
    assert view.tile_range.heading.text() == "In 1 year"
    view.set_range(HistoryRange.MONTHS_6)
    assert view.minutes_chart._count == 26
    view.set_range(HistoryRange.ALL)
    assert view.minutes_chart._count == 3  # all of a two-week history: the three weeks it touches
    assert reads == []
    assert view.selected_week == THIS_WEEK  # the chosen week survives a range change


def test_clicking_a_week_lists_its_sessions(qtbot: Any, two_weeks: Any) -> None:
    view = open_view(qtbot, two_weeks)
    finish_reads(qtbot, view)
    view.cards["minutes"].show()
    chart = view.minutes_chart
    index = 6  # the week before this one
    pos = chart.point_at(index, 5).toPoint()
    with qtbot.waitSignal(view.week_selected) as picked:
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=pos)
    monday = THIS_WEEK - timedelta(weeks=1)
    assert picked.args == [monday]
    history = view.history
    assert history is not None
    assert view.week_model.rowCount() == history.week(monday).sessions
    statuses = [view.week_model.index(r, 3).data() for r in range(view.week_model.rowCount())]
    assert "Partial" in statuses and "Complete" in statuses
    assert view.week_combo.currentData() == monday
    # and by keyboard: the week box
    view.week_combo.setFocus()
    with qtbot.waitSignal(view.week_selected) as picked:
        qtbot.keyClick(view.week_combo, Qt.Key.Key_Up)
    assert picked.args == [THIS_WEEK]


def test_export_csv_and_charts_as_png(qtbot: Any, two_weeks: Any, tmp_path: Path) -> None:
    view = open_view(qtbot, two_weeks)
    finish_reads(qtbot, view)
    target = tmp_path / "history.csv"
    rows = view.export_csv(target)
    with target.open(encoding="utf-8", newline="") as fh:
        read = list(csv.DictReader(fh))
    assert len(read) == rows > 100
    assert {r["status"] for r in read} == {"complete", "partial"}
    assert str(target) in view.status.text()
    for key in ("minutes", "calendar", "sessions", "pain", "phases", "regions", "sides", "check:check-figure-four"):
        png = tmp_path / f"{key.replace(':', '-')}.png"
        assert view.save_chart(key, png), key
        image = QImage(str(png))
        assert not image.isNull() and image.width() > 300 and image.height() > 100, key
    assert not view.save_chart("no-such-chart", tmp_path / "x.png")


def test_the_weekly_goal_is_editable_and_remembered(qtbot: Any, two_weeks: Any) -> None:
    view = open_view(qtbot, two_weeks)
    with qtbot.waitSignal(two_weeks.events.settings_changed):
        view.goal_spin.setValue(45)
    assert two_weeks.preferences.get(WEEKLY_GOAL_MIN) == 45
    assert view.history is not None and view.history.goal_min == 45
    assert "of the 45 min goal" in view.minutes_chart.tooltip_at(7)
    assert view.minutes_chart.goal.value() == 45
    again = open_view(qtbot, two_weeks)
    assert again.goal_spin.value() == 45


def test_refreshes_when_a_session_ends_and_when_checks_are_saved(qtbot: Any, services: Any) -> None:
    from tools.fill_history import fill_two_weeks

    view = open_view(qtbot, services)
    assert view.stack.currentWidget() is view.empty_page
    fill_two_weeks(services.history._engine, today=TODAY)
    with qtbot.waitSignal(view.refreshed):
        services.events.session_finished.emit(18)
    assert view.stack.currentWidget() is view.content
    assert view.history is not None and view.history.total_sessions == 18

    view.hide()  # a hidden tab waits until it is shown again
    services.events.checks_recorded.emit(THIS_WEEK.isoformat())
    assert view._dirty
    with qtbot.waitSignal(view.refreshed):
        view.show()
    assert not view._dirty


def test_years_of_history_load_the_rest_in_the_background(qtbot: Any, services: Any) -> None:
    from tools.fill_history import fill_years

    fill_years(services.history._engine, TODAY, years=2.5)
    view = HistoryView(services)
    qtbot.addWidget(view)
    assert view.current_range is HistoryRange.YEAR
    history = view.history
    assert history is not None and len(history.weeks) == 52  # the first read: the last 52 weeks
    with qtbot.waitSignal(view.fully_loaded, timeout=10_000):
        view.show()  # the rest is read once the first screen has painted
    history = view.history
    assert history is not None and len(history.weeks) > 52 * 2
    assert history.streaks.best_days > 364
    view.set_range(HistoryRange.ALL)
    months = history.slots(HistoryRange.ALL)  # beyond a year the charts show months
    assert view.minutes_chart._count == len(months) and sum(m.weeks for m in months) == len(history.weeks)


def test_all_before_the_background_read_reads_at_once(qtbot: Any, services: Any) -> None:
    from tools.fill_history import fill_years

    fill_years(services.history._engine, TODAY, years=1.5)
    view = HistoryView(services)
    qtbot.addWidget(view)
    view.set_range(HistoryRange.ALL)
    history = view.history
    assert history is not None and len(history.weeks) > 52
    assert view.minutes_chart._count == len(history.slots(HistoryRange.ALL))
    view.wait_for_reads()
    qtbot.wait(50)  # the late background result is dropped, not drawn over the newer one
    assert view.history is history


def test_calendar_tooltips(qtbot: Any, two_weeks: Any) -> None:
    view = open_view(qtbot, two_weeks)
    heatmap = view.heatmap
    history = view.history
    assert history is not None
    day = TODAY - timedelta(days=1)
    text = heatmap.tooltip_for(day)
    assert text.startswith("Tue 17 Nov 2026: ")
    assert f"{history.day_minutes[day]:.1f} min" in text
    assert "no session" in heatmap.tooltip_for(TODAY - timedelta(days=300))


def test_ranges_and_goal_work_by_keyboard(qtbot: Any, two_weeks: Any) -> None:
    view = open_view(qtbot, two_weeks)
    view.activateWindow()
    first = view.range_buttons[HistoryRange.WEEKS_8]
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    qtbot.keyClick(first, Qt.Key.Key_Right)  # the range buttons are one group: arrows move between them
    six_months = view.range_buttons[HistoryRange.MONTHS_6]
    qtbot.waitUntil(six_months.hasFocus)
    qtbot.keyClick(six_months, Qt.Key.Key_Space)
    assert view.current_range is HistoryRange.MONTHS_6
    assert view.minutes_chart._count == 26
    view.goal_spin.setFocus()
    qtbot.keyClick(view.goal_spin, Qt.Key.Key_Up)
    assert view.goal_spin.value() == 75
    assert two_weeks.preferences.get(WEEKLY_GOAL_MIN) == 75
    for widget in (*view.range_buttons.values(), view.goal_spin, view.export_button, view.week_combo, view.week_tree):
        assert widget.accessibleName(), widget


def test_a_history_that_paused_for_over_a_year_is_not_shown_as_empty(qtbot: Any, services: Any) -> None:
    from tools.fill_history import fill_two_weeks

    fill_two_weeks(services.history._engine, today=TODAY - timedelta(days=500))
    view = open_view(qtbot, services)
    assert view.stack.currentWidget() is view.content
    history = view.history
    assert history is not None and history.total_sessions == 18
    assert view.minutes_chart._count == 52
    assert history.streaks.days == 0 and history.streaks.best_days == 5


def test_beyond_a_year_the_charts_show_the_average_week_of_each_month(qtbot: Any, services: Any) -> None:
    from tools.fill_history import fill_years

    fill_years(services.history._engine, TODAY, years=3)
    view = HistoryView(services)
    qtbot.addWidget(view)
    view.show()
    for span, count in ((HistoryRange.WEEKS_8, 8), (HistoryRange.MONTHS_6, 26), (HistoryRange.YEAR, 52)):
        view.set_range(span)
        assert view.minutes_chart._count == count  # these stay weekly
        assert view.minutes_chart.tooltip_at(count - 1).startswith("Week of 16–22 Nov 2026")
    view.set_range(HistoryRange.ALL)
    history = view.history
    assert history is not None
    months = history.slots(HistoryRange.ALL)
    assert view.minutes_chart._count == len(months) == 37  # Nov 2023 .. Nov 2026
    october = len(months) - 2
    assert months[october].month == date(2026, 10, 1) and months[october].weeks == 5  # five Thursdays
    text = view.minutes_chart.tooltip_at(october)
    assert text.startswith("Oct 2026 (5 weeks, 28 Sep – 1 Nov 2026)")
    assert f"{months[october].minutes / 5:.1f} min a week on average" in text
    assert "70 sessions on 35 days" in text
    assert "sessions a week on average" in view.sessions_chart.tooltip_at(october)
    assert "min a week" in view.phase_chart.tooltip_at(october)
    assert view.minutes_chart.y_label == "minutes a week"
    assert view.cards["pain"].title.text() == "Pain before and after (monthly average)"
    squat = view.cards["check:check-deep-squat"].body
    assert "the middle value of the month's checks" in squat.tooltip_at(october)  # type: ignore[attr-defined]
    assert view.minutes_chart.bars.width == 0.72  # 37 slots are wide enough for gaps between bars

    view.minutes_chart.slot_clicked.emit(october)  # a month's slot lists its first week and stays marked
    assert view.selected_week == date(2026, 9, 28)
    assert view.minutes_chart.selected_slot == october
    view.set_range(HistoryRange.YEAR)
    assert view.minutes_chart.y_label == "minutes"
    assert view.cards["pain"].title.text() == "Pain before and after (weekly average)"


def test_dense_bars_fill_their_slots_so_neighbours_meet(qtbot: Any) -> None:
    from hipdesk.domain.weekly import WeekStats, by_month
    from hipdesk.ui.history.charts import PARTIAL, MinutesChart, SessionsChart, slot_ticks

    weeks = [
        WeekStats(start=date(2016, 11, 21) + timedelta(weeks=i), minutes=70, sessions=14, complete=13)
        for i in range(522)
    ]
    months = by_month(weeks)
    minutes, sessions = MinutesChart(), SessionsChart()
    qtbot.addWidget(minutes)
    qtbot.addWidget(sessions)
    minutes.show_weeks(months, 70, TODAY)
    sessions.show_weeks(months)
    assert minutes.bars.width == 1.0
    assert sessions.partial.width == 1.0 and not sessions.partial.outlined  # no dashed outline: no spikes
    assert sessions.complete.heights[5] == pytest.approx(13.0)  # the average week, not the month's sum
    assert [label for _x, label in slot_ticks(months)] == [str(y) for y in range(2018, 2027, 2)]
    sessions.show_weeks(weeks[-8:])
    assert sessions.partial.width == 0.72 and sessions.partial.outlined
    assert sessions.partial.colour == PARTIAL


def test_today_moves_with_the_wall_clock_while_history_is_open(qtbot: Any, two_weeks: Any, wall: Any) -> None:
    from hipdesk.ui.day_watcher import DayWatcher

    view = open_view(qtbot, two_weeks)
    finish_reads(qtbot, view)
    assert view.history is not None and view.history.today == TODAY
    watcher = DayWatcher(wall)
    watcher.day_changed.connect(two_weeks.events.day_changed)
    wall.advance(timedelta(days=7))
    with qtbot.waitSignal(view.refreshed):
        assert watcher.check()
    assert view.history is not None and view.history.today == TODAY + timedelta(days=7)


def test_an_export_that_cannot_be_written_says_why_and_where(qtbot: Any, two_weeks: Any, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QMessageBox

    view = open_view(qtbot, two_weeks)
    target = tmp_path / "history.csv"
    target.mkdir()  # a folder where the file should go
    assert view.export_csv(target) is None
    [box] = [b for b in view.findChildren(QMessageBox) if b.objectName() == "problemMessage"]
    assert box.isVisible() and str(target) in box.text() and "folder" in box.text()
    assert "Not saved" in view.status.text()
    assert target.is_dir() and list(target.iterdir()) == []
    box.accept()
