"""What the History charts promise a reader: counts on whole numbers, both sides visible where they agree, and a
single measurement drawn on an honest scale."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from typing import Any

from PySide6.QtGui import QImage

from hipdesk.domain.weekly import CheckSeries, WeekStats
from hipdesk.ui.history.charts import LEFT, RIGHT, CheckChart, SessionsChart, SidesChart
from hipdesk.ui.history.check_labels import check_look
from hipdesk.ui.theme import current

MONDAY = date(2026, 11, 16)


def weeks(n: int, **values: Any) -> list[WeekStats]:
    return [WeekStats(start=MONDAY - timedelta(weeks=n - 1 - i), **values) for i in range(n)]


def test_session_counts_are_ticked_in_whole_numbers(qtbot: Any) -> None:
    chart = SessionsChart()
    qtbot.addWidget(chart)
    chart.resize(500, 260)
    for sessions in (1, 3, 9, 40):
        chart.show_weeks(weeks(8, sessions=sessions, complete=sessions))
        for height in (120.0, 180.0, 400.0):  # a taller chart asks for more ticks
            values = [v for v, _label in chart._y_tick_values(height)]
            assert values and all(v == int(v) for v in values), (sessions, height, values)


def _has_colour(image: QImage, colour: str, tolerance: int = 10) -> bool:
    want = current().chart_colour(colour)  # a chart colour's name in the theme
    return any(
        abs(c.red() - want.red()) <= tolerance
        and abs(c.green() - want.green()) <= tolerance
        and abs(c.blue() - want.blue()) <= tolerance
        for y in range(image.height())
        for x in range(0, image.width(), 2)
        if (c := image.pixelColor(x, y))
    )


def test_left_and_right_stay_visible_where_they_are_equal(qtbot: Any) -> None:
    chart = SidesChart()
    qtbot.addWidget(chart)
    chart.resize(500, 210)
    chart.legend = []  # the legend shows both colours anyway: look at the lines alone
    chart.show_weeks(weeks(8, left_min=20.0, right_min=20.0))
    image = chart.grab().toImage()
    assert _has_colour(image, LEFT) and _has_colour(image, RIGHT)


def test_one_measurement_is_not_blown_up_to_fill_the_chart(qtbot: Any) -> None:
    look = dataclasses.replace(check_look("check-figure-four", "cm"), typical=(None, None))  # no band to widen it
    chart = CheckChart(look)
    qtbot.addWidget(chart)
    series = CheckSeries("check-figure-four", "cm", {"left": ((MONDAY, 12.0),)})
    chart.show_series(series, weeks(8))
    low, high = chart.y_range
    assert high - low >= 10  # at least 10 cm of scale, not a 1 cm range around 12
    assert low <= 12 <= high
