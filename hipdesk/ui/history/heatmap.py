"""A calendar of the last 52 weeks: a square per day, darker for more minutes, Monday at the top."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QEvent, QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QHelpEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from hipdesk.domain.weekly import HEATMAP_WEEKS, History
from hipdesk.domain.words import counted
from hipdesk.ui.history.labels import DAY_NAMES, MONTHS, day_label

CELL = 13
GAP = 3
LEFT_MARGIN = 34
TOP_MARGIN = 18
LEGEND_H = 24
EMPTY = QColor("#ebeef1")
FUTURE = QColor("#f7f8f9")
SHADES = (QColor("#c4e0e3"), QColor("#8cc2c8"), QColor("#4f9ea8"), QColor("#2d6f79"))
INK = QColor("#3b4650")


def shade_for(minutes: float, daily_goal_min: float) -> QColor:
    """Four steps measured against a day's share of the weekly goal: under half, under it, up to 1.5×, above."""
    if minutes <= 0:
        return EMPTY
    share = minutes / daily_goal_min if daily_goal_min > 0 else 2.0
    if share < 0.5:
        return SHADES[0]
    if share < 1.0:
        return SHADES[1]
    if share < 1.5:
        return SHADES[2]
    return SHADES[3]


class CalendarHeatmap(QWidget):
    """Minutes per day over the last 52 weeks; hovering a day shows its date, sessions and minutes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._history: History | None = None
        self._weeks: list[tuple[date, list[float | None]]] = []
        self.setAccessibleName("Calendar of the last 52 weeks")
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(self.sizeHint().height())

    def sizeHint(self) -> QSize:
        return QSize(LEFT_MARGIN + HEATMAP_WEEKS * (CELL + GAP) + 8, TOP_MARGIN + 7 * (CELL + GAP) + LEGEND_H)

    def show_history(self, history: History) -> None:
        self._history = history
        self._weeks = history.calendar(HEATMAP_WEEKS)
        active = sum(1 for _m, row in self._weeks for v in row if v)
        self.setAccessibleDescription(f"{active} active days in the last 52 weeks")
        self.update()

    def _origin_x(self) -> int:
        grid_w = HEATMAP_WEEKS * (CELL + GAP)
        return LEFT_MARGIN + max(0, (self.width() - LEFT_MARGIN - grid_w) // 2)

    def day_at(self, pos: QPoint) -> date | None:
        column = (pos.x() - self._origin_x()) // (CELL + GAP)
        row = (pos.y() - TOP_MARGIN) // (CELL + GAP)
        if not (0 <= column < len(self._weeks) and 0 <= row < 7):
            return None
        day = self._weeks[column][0] + timedelta(days=row)
        return day if self._history is not None and day <= self._history.today else None

    def tooltip_for(self, day: date) -> str:
        if self._history is None:
            return ""
        minutes = self._history.day_minutes.get(day, 0.0)
        sessions = self._history.day_sessions.get(day, 0)
        name = DAY_NAMES[day.weekday()]
        if not sessions:
            return f"{name} {day_label(day)}: no session"
        return f"{name} {day_label(day)}: {counted(sessions, 'session')}, {minutes:.1f} min"

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
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(self.font())
        font.setPointSizeF(8)
        painter.setFont(font)
        painter.setPen(INK)
        x0 = self._origin_x()
        goal = self._history.goal_min / 7 if self._history else 10.0
        for d in (0, 2, 4, 6):
            y = TOP_MARGIN + d * (CELL + GAP)
            label = QRectF(x0 - LEFT_MARGIN, y - 1, LEFT_MARGIN - 6, CELL + 2)
            painter.drawText(label, Qt.AlignmentFlag.AlignRight, DAY_NAMES[d])
        previous_month, last_label = None, -10
        for column, (monday, row) in enumerate(self._weeks):
            x = x0 + column * (CELL + GAP)
            if monday.month != previous_month and column - last_label >= 3 and column < len(self._weeks) - 2:
                painter.setPen(INK)
                text = MONTHS[monday.month - 1] if monday.month != 1 else f"{MONTHS[0]} {monday.year}"
                painter.drawText(QRectF(x, 0, 60, TOP_MARGIN - 4), Qt.AlignmentFlag.AlignLeft, text)
                last_label = column
            previous_month = monday.month
            painter.setPen(Qt.PenStyle.NoPen)
            for d, minutes in enumerate(row):
                painter.setBrush(FUTURE if minutes is None else shade_for(minutes, goal))
                painter.drawRoundedRect(QRectF(x, TOP_MARGIN + d * (CELL + GAP), CELL, CELL), 2.5, 2.5)
        # legend, bottom right: less ... more
        y = TOP_MARGIN + 7 * (CELL + GAP) + 6
        right = x0 + HEATMAP_WEEKS * (CELL + GAP) - GAP
        swatches = (EMPTY, *SHADES)
        start = right - len(swatches) * (CELL + GAP) - 34
        painter.setPen(INK)
        painter.drawText(QRectF(start - 40, y - 1, 36, CELL + 2), Qt.AlignmentFlag.AlignRight, "less")
        painter.setPen(Qt.PenStyle.NoPen)
        for i, shade in enumerate(swatches):
            painter.setBrush(shade)
            painter.drawRoundedRect(QRectF(start + i * (CELL + GAP), y, CELL, CELL), 2.5, 2.5)
        painter.setPen(INK)
        painter.drawText(
            QRectF(start + len(swatches) * (CELL + GAP) + 2, y - 1, 40, CELL + 2), Qt.AlignmentFlag.AlignLeft, "more"
        )
        note = f"darkest: more than 1.5 × a day's share of the goal ({goal:.0f} min)"
        painter.drawText(QRectF(x0, y - 1, start - x0 - 50, CELL + 2), Qt.AlignmentFlag.AlignLeft, note)
        painter.end()
