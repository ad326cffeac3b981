"""A calendar of the last 52 weeks: a square per day, darker for more minutes, Monday at the top."""

from __future__ import annotations

import math
from datetime import date, timedelta

from PySide6.QtCore import QEvent, QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QHelpEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from hipdesk.domain.weekly import HEATMAP_WEEKS, History
from hipdesk.domain.words import number
from hipdesk.ui.history.labels import day_label, month_label, short_month, short_weekday
from hipdesk.ui.theme import current

CELL = 13
GAP = 3
TEXT_SCALE = 0.9  # the labels' size against the application font


def shade_for(minutes: float, daily_goal_min: float) -> int:
    """The day's step in the theme's ``heat`` colours: 0 without a session, then four steps measured against a
    day's share of the weekly goal: under half, under it, up to 1.5×, above."""
    if minutes <= 0:
        return 0
    share = minutes / daily_goal_min if daily_goal_min > 0 else 2.0
    if share < 0.5:
        return 1
    if share < 1.0:
        return 2
    if share < 1.5:
        return 3
    return 4


A_MONDAY = date(2024, 1, 1)  # names the weekday rows


class CalendarHeatmap(QWidget):
    """Minutes per day over the last 52 weeks; hovering a day shows its date, sessions and minutes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._history: History | None = None
        self._weeks: list[tuple[date, list[float | None]]] = []
        self.setAccessibleName(self.tr("Calendar of the last 52 weeks"))
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(self.sizeHint().height())

    def _font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(current().size_pt(TEXT_SCALE))
        return font

    def _margins(self) -> tuple[int, int, int]:
        """The room for the day names on the left, the months on top and the legend below, in this font."""
        metrics = QFontMetrics(self._font())
        left = max(metrics.horizontalAdvance(short_weekday(A_MONDAY + timedelta(days=d))) for d in range(7)) + 8
        return left, metrics.height() + 4, metrics.height() + 10

    def sizeHint(self) -> QSize:
        left, top, legend = self._margins()
        return QSize(left + HEATMAP_WEEKS * (CELL + GAP) + 8, top + 7 * (CELL + GAP) + legend)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # a larger desktop font: more room for the labels
            self.setMinimumHeight(self.sizeHint().height())
            self.updateGeometry()

    def show_history(self, history: History) -> None:
        self._history = history
        self._weeks = history.calendar(HEATMAP_WEEKS)
        active = sum(1 for _m, row in self._weeks for v in row if v)
        self.setAccessibleDescription(self.tr("%n active day(s) in the last 52 weeks", "", active))
        self.update()

    def _origin_x(self) -> int:
        grid_w = HEATMAP_WEEKS * (CELL + GAP)
        left = self._margins()[0]
        return left + max(0, (self.width() - left - grid_w) // 2)

    def day_at(self, pos: QPoint) -> date | None:
        column = (pos.x() - self._origin_x()) // (CELL + GAP)
        row = (pos.y() - self._margins()[1]) // (CELL + GAP)
        if not (0 <= column < len(self._weeks) and 0 <= row < 7):
            return None
        day = self._weeks[column][0] + timedelta(days=row)
        return day if self._history is not None and day <= self._history.today else None

    def tooltip_for(self, day: date) -> str:
        if self._history is None:
            return ""
        minutes = self._history.day_minutes.get(day, 0.0)
        sessions = self._history.day_sessions.get(day, 0)
        when = f"{short_weekday(day)} {day_label(day)}"
        if not sessions:
            return self.tr("{day}: no session").format(day=when)
        return self.tr("{day}: %n session(s), {minutes} min", "", sessions).format(day=when, minutes=number(minutes, 1))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            day = self.day_at(event.pos())
            if day is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_for(day), self)
            return True
        return super().event(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = current()
        ink = theme.qcolor(theme.chart_ink)
        heat = [theme.qcolor(shade) for shade in theme.heat]
        future = theme.qcolor(theme.heat_future)
        left_margin, top_margin, _legend = self._margins()
        font = self._font()
        line_h = QFontMetrics(font).height()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(font)
        painter.setPen(ink)
        x0 = self._origin_x()
        goal = self._history.goal_min / 7 if self._history else 10.0
        for d in (0, 2, 4, 6):
            y = top_margin + d * (CELL + GAP) + CELL / 2
            label = QRectF(x0 - left_margin, y - line_h / 2, left_margin - 6, line_h)
            weekday = short_weekday(A_MONDAY + timedelta(days=d))
            painter.drawText(label, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, weekday)
        previous_month, shown_until = None, -math.inf
        metrics = QFontMetrics(font)
        for column, (monday, row) in enumerate(self._weeks):
            x = x0 + column * (CELL + GAP)
            text = short_month(monday) if monday.month != 1 else month_label(monday)
            width = metrics.horizontalAdvance(text)
            fits = x >= shown_until + 6 and x + width <= x0 + HEATMAP_WEEKS * (CELL + GAP)
            if monday.month != previous_month and fits:  # a month whose name would run into the last is left out
                painter.setPen(ink)
                painter.drawText(QRectF(x, 0, width + 2, top_margin - 4), Qt.AlignmentFlag.AlignLeft, text)
                shown_until = x + width
            previous_month = monday.month
            painter.setPen(Qt.PenStyle.NoPen)
            for d, minutes in enumerate(row):
                painter.setBrush(future if minutes is None else heat[shade_for(minutes, goal)])
                painter.drawRoundedRect(QRectF(x, top_margin + d * (CELL + GAP), CELL, CELL), 2.5, 2.5)
        # legend, bottom right: less ... more
        y = top_margin + 7 * (CELL + GAP) + 6
        text_y = y + CELL / 2 - line_h / 2
        right = x0 + HEATMAP_WEEKS * (CELL + GAP) - GAP
        less, more = self.tr("less"), self.tr("more")
        more_w = metrics.horizontalAdvance(more) + 4
        less_w = metrics.horizontalAdvance(less) + 4
        start = right - len(heat) * (CELL + GAP) - more_w
        painter.setPen(ink)
        painter.drawText(QRectF(start - less_w - 4, text_y, less_w, line_h), Qt.AlignmentFlag.AlignRight, less)
        painter.setPen(Qt.PenStyle.NoPen)
        for i, shade in enumerate(heat):
            painter.setBrush(shade)
            painter.drawRoundedRect(QRectF(start + i * (CELL + GAP), y, CELL, CELL), 2.5, 2.5)
        painter.setPen(ink)
        painter.drawText(
            QRectF(start + len(heat) * (CELL + GAP) + 2, text_y, more_w, line_h), Qt.AlignmentFlag.AlignLeft, more
        )
        note = self.tr("darkest: more than 1.5 × a day's share of the goal ({minutes} min)").format(
            minutes=number(goal)
        )
        note_w = start - less_w - 12 - x0
        shown = metrics.elidedText(note, Qt.TextElideMode.ElideRight, note_w)
        painter.drawText(QRectF(x0, text_y, note_w, line_h), Qt.AlignmentFlag.AlignLeft, shown)
        painter.end()
