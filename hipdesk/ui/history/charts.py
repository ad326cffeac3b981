"""The History tab's charts: one slot per x index (one month per slot beyond a year, showing its average week), calm
colours, exact values in tooltips, drawn with QPainter.

Charts do not pan or zoom: the range selector decides what they show. Each chart knows how to describe any slot in
words (``tooltip_at``), which the hover tooltip shows, the arrow keys announce and the tests read.

They were pyqtgraph plots. Still charts need only bars, lines, a band and two axes; drawn directly, a History tab of
a dozen of them opens in a fraction of the time, and HipDesk no longer loads pyqtgraph and NumPy (about 60 MiB of
memory and 40 MB of the bundle). ``make bench`` draws the same series with bare pyqtgraph as the floor.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import pairwise

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from hipdesk.domain.durations import format_minutes
from hipdesk.domain.exercise import Phase
from hipdesk.domain.weekly import OTHER, CheckSeries, WeekStats
from hipdesk.domain.words import number
from hipdesk.ui.history.check_labels import CheckLook, axis_label
from hipdesk.ui.history.labels import (
    HistoryWords,
    day_month_label,
    month_label,
    phase_label,
    region_label,
    short_month,
    slot_label,
    week_label,
)
from hipdesk.ui.theme import current

# Colours by their name in the theme (hipdesk.ui.theme: Theme.chart_colour), looked up when a chart paints, so a
# change of palette redraws every chart in colours that read on it.
INK = "ink"  # axis text
GRID = "grid"
CARD = "card"
MINUTES_MET = "minutes_met"  # a week that met the goal
MINUTES_SHORT = "minutes_short"  # a week below it: pale, outlined in MINUTES_MET
GOAL = "goal"
COMPLETE = "complete"
PARTIAL = "partial"
PAIN_BEFORE = "pain_before"
PAIN_AFTER = "pain_after"
LEFT = "left"  # left and right keep these colours on every chart
RIGHT = "right"
NEUTRAL = "neutral"
SECOND_SERIES = {"right", "after"}  # dashed with square dots, so colour is never the only difference
SELECTED = "selected"
LEGEND_BACKGROUND = "legend"
OUTLINES = {MINUTES_SHORT: MINUTES_MET}  # a pale bar's outline, so it never differs by shade alone

PHASE_COLOURS = {p.value: f"phase:{p.value}" for p in Phase} | {OTHER: f"phase:{OTHER}"}  # the library's hues
DEFAULT_GOAL = 70.0
DOTS_UP_TO = 26  # a line with more points than this is drawn without a dot on each
PHASE_ORDER = [p.value for p in sorted(Phase, key=lambda p: p.order)] + [OTHER]
DENSE_SLOTS = 60  # beyond this many slots a bar is a few pixels wide: bars fill their slot so neighbours meet
BAR_WIDTH = 0.72  # of a slot
DOT_SIZE = 6.0
# The first line of a pair is wide with big dots and the second thin on top of it, so where left and right (or
# before and after) agree both stay visible.
FIRST_LINE_WIDTH, FIRST_DOT_SIZE = 4.0, 10.0
# The smallest y range a check's chart shows, by its axis: one measurement (or a steady run) must not fill the
# chart as if a centimetre or a degree were a big change.
MIN_CHECK_SPAN = {"cm": 10.0, "degrees": 20.0}
MIN_SPAN = 4.0
TICK_SCALE = 0.95  # tick labels against the application font
MARGINS = (4, 6, 10, 4)  # left, top, right, bottom, around the axes


def week_ticks(mondays: Sequence[date]) -> list[tuple[float, str]]:
    """Tick labels for week slots: each week for a short span, each month's first week for a year, each year's
    first week beyond that."""
    n = len(mondays)
    ticks: list[tuple[float, str]] = []
    if n <= 12:
        step = 1 if n <= 8 else 2
        return [(float(i), day_month_label(m)) for i, m in enumerate(mondays) if i % step == 0]
    if n <= 60:
        every = 1 if n <= 30 else 2
        previous = None
        for i, m in enumerate(mondays):
            if m.month != previous and (m.month - 1) % every == 0:
                text = short_month(m) if m.month != 1 and ticks else month_label(m)
                ticks.append((float(i), text))
            previous = m.month
        return ticks
    years = max(1, math.ceil(n / 52 / 10))
    previous_year = None
    for i, m in enumerate(mondays):
        if m.year != previous_year and m.year % years == 0:
            ticks.append((float(i), str(m.year)))
        previous_year = m.year
    return ticks


def slot_ticks(slots: Sequence[WeekStats]) -> list[tuple[float, str]]:
    """Tick labels for the slots: as ``week_ticks`` for weeks; for months each January (every few years when
    there are many), and each quarter while there are only a couple of years."""
    if not slots or slots[0].month is None:
        return week_ticks([w.start for w in slots])
    months = [w.month or w.start for w in slots]
    if len(months) <= 30:
        return [
            (float(i), month_label(m) if m.month == 1 or i == 0 else short_month(m))
            for i, m in enumerate(months)
            if (m.month - 1) % 3 == 0
        ]
    years = max(1, math.ceil(len(months) / 12 / 10))
    return [(float(i), str(m.year)) for i, m in enumerate(months) if m.month == 1 and m.year % years == 0]


def monthly(slots: Sequence[WeekStats]) -> bool:
    return bool(slots) and slots[0].month is not None


def nice_ticks(low: float, high: float, most: int) -> list[float]:
    """Round values (1, 2 or 5 times a power of ten apart) between ``low`` and ``high``, at most ``most`` of them."""
    span = high - low
    if span <= 0 or most < 1:
        return []
    raw = span / most
    power = 10 ** math.floor(math.log10(raw))
    step = next(f * power for f in (1, 2, 5, 10) if f * power >= raw)
    first = math.ceil(low / step - 1e-9)
    values = []
    k = first
    while k * step <= high + 1e-9 * step:
        values.append(round(k * step, 12))
        k += 1
    return values


def _number(value: float) -> str:
    return f"{value:g}"


def _colour(name: str) -> QColor:
    return current().chart_colour(name)


def _pen(colour: str, width: float = 2.0, dashed: bool = False) -> QPen:
    pen = QPen(_colour(colour), width)
    pen.setStyle(Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine)
    pen.setCosmetic(True)
    return pen


@dataclass
class Frame:
    """Where the data lands on the widget: the axes' inner rectangle and the ranges it shows."""

    rect: QRectF
    x_range: tuple[float, float]
    y_range: tuple[float, float]
    inverted: bool = False

    def x(self, value: float) -> float:
        low, high = self.x_range
        return self.rect.left() + (value - low) / (high - low) * self.rect.width()

    def y(self, value: float) -> float:
        low, high = self.y_range
        share = (value - low) / (high - low)
        if self.inverted:
            return self.rect.top() + share * self.rect.height()
        return self.rect.bottom() - share * self.rect.height()

    def point(self, x: float, y: float) -> QPointF:
        return QPointF(self.x(x), self.y(y))

    def x_value(self, pixel: float) -> float:
        low, high = self.x_range
        return low + (pixel - self.rect.left()) / self.rect.width() * (high - low)

    def y_value(self, pixel: float) -> float:
        low, high = self.y_range
        share = (pixel - self.rect.top()) / self.rect.height()
        return low + (share if self.inverted else 1 - share) * (high - low)


class Layer:
    """Something a chart draws inside its axes."""

    visible = True
    z = 0

    def paint(self, painter: QPainter, frame: Frame) -> None:
        raise NotImplementedError


class Bars(Layer):
    """Bars on the slots, stacked on ``bases`` when given, in one colour or a colour per bar; horizontal bars (a
    row per index, growing to the right) for ``horizontal``.

    A partial bar is outlined with a dashed line, so it never differs by colour alone. A bar a few pixels wide fills
    its whole slot, without an outline, so neighbours meet instead of leaving white gaps; a dashed outline would be a
    row of spikes there, so a partial bar keeps its lighter fill and its place on top (the tooltip gives numbers).
    """

    def __init__(self, colour: str, width: float = BAR_WIDTH, horizontal: bool = False) -> None:
        self.colour = colour
        self.partial = colour == PARTIAL
        self.dense = False
        self.width = width
        self.horizontal = horizontal
        self.x: list[float] = []
        self.heights: list[float] = []
        self.bases: list[float] | None = None
        self.colours: list[str] | None = None

    def set_data(
        self,
        x: Sequence[float],
        heights: Sequence[float],
        bases: Sequence[float] | None = None,
        colours: Sequence[str] | None = None,
    ) -> None:
        self.x, self.heights = list(x), list(heights)
        self.bases = list(bases) if bases is not None else None
        self.colours = list(colours) if colours is not None else None

    def set_dense(self, dense: bool) -> None:
        self.dense = dense
        self.width = 1.0 if dense else BAR_WIDTH

    @property
    def outlined(self) -> bool:
        return self.partial and not self.dense

    def top(self) -> float:
        bases = self.bases or [0.0] * len(self.heights)
        return max((b + h for b, h in zip(bases, self.heights, strict=True)), default=0.0)

    def paint(self, painter: QPainter, frame: Frame) -> None:
        if not self.x:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        plain = _pen(COMPLETE, 1.0, dashed=True) if self.outlined else QPen(Qt.PenStyle.NoPen)
        pens: dict[str, QPen] = {}
        brushes: dict[str, QBrush] = {}
        bases = self.bases or [0.0] * len(self.x)
        half = self.width / 2
        for i, (x, height, base) in enumerate(zip(self.x, self.heights, bases, strict=True)):
            if height == 0 and not self.outlined:
                continue
            colour = self.colours[i] if self.colours else self.colour
            brush = brushes.get(colour)
            if brush is None:
                brush = brushes[colour] = QBrush(_colour(colour))
                outline = OUTLINES.get(colour)
                pens[colour] = _pen(outline, 1.0) if outline is not None and not self.dense else plain
            painter.setBrush(brush)
            painter.setPen(pens[colour])
            if self.horizontal:  # ``x`` is the row, ``base`` where the bar starts, ``height`` how far it reaches
                left, right = frame.x(base), frame.x(base + height)
                top, bottom = frame.y(x + half), frame.y(x - half)
            else:
                # Rounded to whole pixels so that neighbours share an edge instead of blending into a pale seam.
                left, right = round(frame.x(x - half)), round(frame.x(x + half))
                top, bottom = frame.y(base + height), frame.y(base)
            painter.drawRect(QRectF(QPointF(left, min(top, bottom)), QPointF(right, max(top, bottom))))


class Line(Layer):
    """A series as a line through its points, with a dot on each while there are few; NaN leaves a gap. The second
    of a pair (``SECOND_SERIES``) is dashed with square dots, so colour is never the only difference."""

    def __init__(self, colour: str, name: str = "") -> None:
        self.colour = colour
        self.name = name
        self.dashed = name in SECOND_SERIES
        self.symbol = "s" if self.dashed else "o"
        self.width = 2.0 if self.dashed else FIRST_LINE_WIDTH
        self.dot_size = DOT_SIZE if self.dashed else FIRST_DOT_SIZE
        self.z = 2 if self.dashed else 1  # the thin second line on top
        self.dots = True
        self.steps = False
        self.x: list[float] = []
        self.y: list[float] = []

    def set_points(self, x: Sequence[float], y: Sequence[float]) -> None:
        self.x, self.y = list(x), list(y)
        self.dots = len(self.x) <= DOTS_UP_TO
        self.steps = False

    def set_steps(self, x: Sequence[float], y: Sequence[float]) -> None:
        """A choice scale (above level / level / below level) as steps: flat at each value, a plain edge where it
        changes, instead of the saw-tooth a sloped line draws between neighbouring values."""
        if len(x) < 2:
            self.set_points(x, y)
            return
        self.x, self.y = list(x), list(y)
        self.dots = False
        self.steps = True

    def paint(self, painter: QPainter, frame: Frame) -> None:
        if not self.x:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(_pen(self.colour, self.width, self.dashed))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        path = QPainterPath()
        if self.steps:
            edges = [self.x[0] - 0.5, *((a + b) / 2 for a, b in pairwise(self.x)), self.x[-1] + 0.5]
            path.moveTo(frame.point(edges[0], self.y[0]))
            for i, value in enumerate(self.y):
                if i:
                    path.lineTo(frame.point(edges[i], value))
                path.lineTo(frame.point(edges[i + 1], value))
        else:
            drawing = False
            for x, y in zip(self.x, self.y, strict=True):
                if math.isnan(y):
                    drawing = False
                    continue
                point = frame.point(x, y)
                if drawing:
                    path.lineTo(point)
                else:
                    path.moveTo(point)
                    drawing = True
        painter.drawPath(path)
        if self.dots:
            painter.setPen(QPen(_colour(self.colour), 1.0))
            painter.setBrush(_colour(self.colour))
            size = self.dot_size
            for x, y in zip(self.x, self.y, strict=True):
                if not math.isnan(y):
                    rect = QRectF(frame.x(x) - size / 2, frame.y(y) - size / 2, size, size)
                    if self.symbol == "s":
                        painter.drawRect(rect)
                    else:
                        painter.drawEllipse(rect)

    def sample(self, painter: QPainter, left: QPointF, width: float) -> None:
        """The legend's picture of this line: a short stroke with its dot."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(_pen(self.colour, self.width, self.dashed))
        painter.drawLine(left, left + QPointF(width, 0))
        painter.setPen(QPen(_colour(self.colour), 1.0))
        painter.setBrush(_colour(self.colour))
        centre = left + QPointF(width / 2, 0)
        size = min(self.dot_size, 8.0)
        rect = QRectF(centre.x() - size / 2, centre.y() - size / 2, size, size)
        if self.symbol == "s":
            painter.drawRect(rect)
        else:
            painter.drawEllipse(rect)


class Band(Layer):
    """A light horizontal band, e.g. a check's typical range."""

    z = -20

    def __init__(self, colour: str) -> None:
        self.colour = colour
        self.low = 0.0
        self.high = 0.0
        self.visible = False

    def paint(self, painter: QPainter, frame: Frame) -> None:
        top, bottom = sorted((frame.y(self.high), frame.y(self.low)))
        painter.fillRect(QRectF(frame.rect.left(), top, frame.rect.width(), bottom - top), _colour(self.colour))


class GoalLine(Layer):
    """A dashed horizontal line at a value, with its label above its left end."""

    z = 5

    def __init__(self, colour: str, label: str) -> None:
        self.colour = colour
        self.label = label  # formatted with value=
        self._value = DEFAULT_GOAL

    def value(self) -> float:
        return self._value

    def set_value(self, value: float) -> None:
        self._value = value

    def paint(self, painter: QPainter, frame: Frame) -> None:
        y = frame.y(self._value)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(_pen(self.colour, 1.3, dashed=True))
        painter.drawLine(QPointF(frame.rect.left(), y), QPointF(frame.rect.right(), y))
        painter.setPen(_colour(self.colour))
        x = frame.rect.left() + 0.03 * frame.rect.width()
        painter.drawText(QPointF(x, y - 4), self.label.format(value=number(self._value)))


@dataclass(frozen=True)
class LegendEntry:
    text: str
    colour: str
    line: Line | None = None  # a line's stroke and dot; else a filled square
    outlined: bool = False


class SlotPlot(QWidget):
    """A still chart with one slot per x index; hovering shows that slot's exact values, clicking picks it, and the
    arrow keys walk the slots.

    Signals:
    slot_clicked(int): the slot under a click or reached by the arrow keys (a week's index in the range).
    """

    slot_clicked = Signal(int)

    def __init__(
        self,
        y_label: str,
        parent: QWidget | None = None,
        x_label: str | None = None,
        y_monthly: str = "",
        x_monthly: str | None = None,
    ) -> None:
        super().__init__(parent)
        x_label = HistoryWords.tr("week starting") if x_label is None else x_label
        x_monthly = HistoryWords.tr("month (its average week)") if x_monthly is None else x_monthly
        self._y_labels = (y_label, y_monthly or y_label)
        self._x_labels = (x_label, x_monthly)
        self.y_label = y_label
        self.x_label = x_label
        self._monthly = False
        self.setFixedHeight(210)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.layers: list[Layer] = []
        self.x_range = (-0.6, 0.6)
        self.y_range = (0.0, 1.0)
        self.inverted = False
        self.x_ticks: list[tuple[float, str]] = []
        self.y_ticks: list[tuple[float, str]] | None = None  # None: round numbers chosen to fit
        self.y_whole = False  # the y axis counts things: ticks on whole numbers only
        self.x_grid = False
        self.y_grid = True
        self.x_numbers = False  # the x axis shows round numbers (a horizontal bar chart) instead of slot labels
        self.left_width: float | None = None  # fixed room for the left axis; None: as its labels need
        self.legend: list[LegendEntry] = []
        self.legend_columns = 4
        self._count = 0
        self._describe: Callable[[int], str] = lambda _i: ""
        self._key_slot: int | None = None  # the slot the arrow keys last reached
        self._selected: int | None = None
        self._tick_font = QFont(self.font())
        self._label_font = QFont(self.font())
        self._fit_fonts()

    def _fit_fonts(self) -> None:
        """Tick and axis labels a little smaller than the application font, and as much larger as it is."""
        size = current().size_pt(TICK_SCALE)
        self._tick_font = QFont(self.font())
        self._tick_font.setPointSizeF(size)
        self._label_font = QFont(self.font())
        self._label_font.setPointSizeF(size + 0.5)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_fonts()
            self.update()

    # ---- data --------------------------------------------------------------------------------------------------
    def add(self, layer: Layer) -> Layer:
        self.layers.append(layer)
        self.layers.sort(key=lambda item: item.z)
        return layer

    def reset(self, count: int, describe: Callable[[int], str]) -> None:
        self._count = count
        self._describe = describe
        self._key_slot = None
        self.setAccessibleDescription(
            describe(count - 1).replace("\n", "; ") if count else HistoryWords.tr("Nothing to show yet")
        )
        self._selected = None
        self.update()

    def set_slot_ticks(self, ticks: list[tuple[float, str]]) -> None:
        self.x_ticks = ticks
        self.x_range = (-0.6, max(self._count, 1) - 0.4)
        self.update()

    def set_y_range(self, low: float, high: float) -> None:
        self.y_range = (low, high)
        self.update()

    def set_monthly(self, monthly: bool) -> None:
        """Label the axes for a week per slot or a month per slot (its average week)."""
        self._monthly = monthly
        self.y_label = self._y_labels[monthly]
        self.x_label = self._x_labels[monthly]

    def show_slots(self, slots: Sequence[WeekStats], bars: Sequence[Bars] = ()) -> None:
        """Axes, ticks and bar widths for these slots (call after ``reset``)."""
        self.set_monthly(monthly(slots))
        dense = len(slots) > DENSE_SLOTS
        for item in bars:
            item.set_dense(dense)
        self.set_slot_ticks(slot_ticks(slots))

    def mark_slot(self, index: int | None) -> None:
        """Shade the selected week."""
        self._selected = index if index is not None and 0 <= index < self._count else None
        self.update()

    @property
    def selected_slot(self) -> int | None:
        return self._selected

    def tooltip_at(self, index: int) -> str:
        return self._describe(index) if 0 <= index < self._count else ""

    # ---- geometry ----------------------------------------------------------------------------------------------
    def _y_tick_values(self, height: float) -> list[tuple[float, str]]:
        if self.y_ticks is not None:
            return self.y_ticks
        low, high = self.y_range
        most = max(2, int(height // max(22.0, 1.5 * QFontMetricsF(self._tick_font).height())))
        values = nice_ticks(low, high, most)
        if self.y_whole:
            values = [v for v in values if v == int(v)]
        return [(v, _number(v)) for v in values]

    def frame(self) -> Frame:
        """Where the axes sit inside the widget now."""
        ticks = QFontMetricsF(self._tick_font)
        label = QFontMetricsF(self._label_font)
        left_m, top_m, right_m, bottom_m = MARGINS
        bottom_room = 5 + ticks.height() + (label.height() + 2 if self.x_label else 0)
        height = self.height() - top_m - bottom_m - bottom_room
        if self.left_width is not None:
            axis = self.left_width
        else:
            widest = max((ticks.horizontalAdvance(t) for _v, t in self._y_tick_values(height)), default=0.0)
            axis = widest + 8 + (label.height() + 4 if self.y_label else 0)
        rect = QRectF(left_m + axis, top_m, max(self.width() - left_m - right_m - axis, 1.0), max(height, 1.0))
        return Frame(rect, self.x_range, self.y_range, self.inverted)

    def point_at(self, x: float, y: float) -> QPointF:
        """Where a value lands on the widget (what a click on that slot aims at)."""
        return self.frame().point(x, y)

    def slot_at(self, pos: QPointF) -> int | None:
        frame = self.frame()
        if not frame.rect.contains(pos):
            return None
        index = round(frame.x_value(pos.x()))
        return index if 0 <= index < self._count else None

    # ---- drawing -----------------------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), _colour(CARD))
        frame = self.frame()
        rect = frame.rect
        grid = QPen(_colour(GRID), 1.0)
        painter.setFont(self._tick_font)
        painter.setPen(grid)
        y_ticks = self._y_tick_values(rect.height())
        x_ticks = self._x_tick_values(rect.width())
        if self.y_grid:
            for value, _text in y_ticks:
                y = round(frame.y(value)) + 0.5
                painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
        if self.x_grid:
            for value, _text in x_ticks:
                x = round(frame.x(value)) + 0.5
                painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))
        painter.save()
        painter.setClipRect(rect.adjusted(-1, -1, 1, 1))
        for layer in self.layers:
            if layer.z < 0 and layer.visible:
                layer.paint(painter, frame)
        if self._selected is not None:
            left, right = frame.x(self._selected - 0.5), frame.x(self._selected + 0.5)
            painter.fillRect(QRectF(left, rect.top(), right - left, rect.height()), _colour(SELECTED))
        for layer in self.layers:
            if layer.z >= 0 and layer.visible:
                painter.setFont(self._label_font)
                layer.paint(painter, frame)
        painter.restore()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        self._paint_axes(painter, frame, y_ticks, x_ticks)
        if self.legend:
            self._paint_legend(painter, rect)
        painter.end()

    def _x_tick_values(self, width: float) -> list[tuple[float, str]]:
        if not self.x_numbers:
            return self.x_ticks
        low, high = self.x_range
        return [(v, _number(v)) for v in nice_ticks(max(low, 0.0), high, max(2, int(width // 48)))]

    def _paint_axes(
        self, painter: QPainter, frame: Frame, y_ticks: list[tuple[float, str]], x_ticks: list[tuple[float, str]]
    ) -> None:
        rect = frame.rect
        metrics = QFontMetricsF(self._tick_font)
        painter.setPen(QPen(_colour(GRID), 1.0))
        painter.drawLine(QPointF(rect.left() - 0.5, rect.top()), QPointF(rect.left() - 0.5, rect.bottom()))
        painter.drawLine(QPointF(rect.left(), rect.bottom() + 0.5), QPointF(rect.right(), rect.bottom() + 0.5))
        ink = _colour(INK)
        painter.setFont(self._tick_font)
        for value, text in y_ticks:
            y = frame.y(value)
            painter.setPen(QPen(_colour(GRID), 1.0))
            painter.drawLine(QPointF(rect.left() - 5, y), QPointF(rect.left(), y))
            painter.setPen(ink)
            width = metrics.horizontalAdvance(text)
            painter.drawText(QPointF(rect.left() - 8 - width, y + metrics.ascent() / 2 - 1), text)
        shown_until = -math.inf
        for value, text in x_ticks:
            x = frame.x(value)
            if not rect.left() - 1 <= x <= rect.right() + 1:
                continue
            painter.setPen(QPen(_colour(GRID), 1.0))
            painter.drawLine(QPointF(x, rect.bottom()), QPointF(x, rect.bottom() + 5))
            width = metrics.horizontalAdvance(text)
            left = min(max(x - width / 2, 0.0), self.width() - width)
            if left < shown_until + 6:  # a label that would run into the one before is left out
                continue
            painter.setPen(ink)
            painter.drawText(QPointF(left, rect.bottom() + 5 + metrics.ascent()), text)
            shown_until = left + width
        painter.setFont(self._label_font)
        label = QFontMetricsF(self._label_font)
        if self.x_label:
            width = label.horizontalAdvance(self.x_label)
            baseline = rect.bottom() + 5 + metrics.height() + 2 + label.ascent()
            painter.drawText(QPointF(rect.center().x() - width / 2, baseline), self.x_label)
        if self.y_label:
            painter.save()
            painter.translate(MARGINS[0] + label.ascent(), rect.center().y())
            painter.rotate(-90)
            painter.drawText(QPointF(-label.horizontalAdvance(self.y_label) / 2, 0), self.y_label)
            painter.restore()

    def _paint_legend(self, painter: QPainter, rect: QRectF) -> None:
        metrics = QFontMetricsF(self._tick_font)
        sample_w, gap, row_h, pad = 16.0, 6.0, metrics.height() + 4, 6.0
        widths = [sample_w + gap + metrics.horizontalAdvance(e.text) + 12 for e in self.legend]
        columns = min(self.legend_columns, len(self.legend))
        column_w = [max(widths[i::columns]) for i in range(columns)]
        rows = math.ceil(len(self.legend) / columns)
        box = QRectF(rect.left() + 8, rect.top() + 4, sum(column_w) + 2 * pad - 12, rows * row_h + pad)
        painter.fillRect(box, _colour(LEGEND_BACKGROUND))
        painter.setFont(self._tick_font)
        for i, entry in enumerate(self.legend):
            row, column = divmod(i, columns)
            x = box.left() + pad + sum(column_w[:column])
            middle = box.top() + pad / 2 + row * row_h + row_h / 2
            if entry.line is not None:
                entry.line.sample(painter, QPointF(x, middle), sample_w)
            else:
                painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
                if entry.outlined:
                    painter.setPen(_pen(COMPLETE, 1.0, dashed=True))
                else:
                    painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(_colour(entry.colour))
                painter.drawRect(QRectF(x + 2, middle - 6, 12, 12))
            painter.setPen(_colour(INK))
            painter.drawText(QPointF(x + sample_w + gap, middle + metrics.ascent() / 2 - 1), entry.text)

    # ---- pointer and keys --------------------------------------------------------------------------------------
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        index = self.slot_at(event.position())
        text = self.tooltip_at(index) if index is not None else ""
        if text:
            QToolTip.showText(event.globalPosition().toPoint(), text, self)
        else:
            QToolTip.hideText()
        super().mouseMoveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.slot_at(event.position()) if event.button() == Qt.MouseButton.LeftButton else None
        if index is not None:
            self.slot_clicked.emit(index)
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """The arrow keys walk the slots, from the newest: each is marked, described and picked, as a click would."""
        key = Qt.Key(event.key())
        step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Down: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: 1}.get(key)
        if step is None or not self._count:
            super().keyPressEvent(event)
            return
        start = self._count if self._key_slot is None else self._key_slot
        index = self._key_slot = min(max(start + step, 0), self._count - 1)
        self.mark_slot(index)
        self.setAccessibleDescription(self.tooltip_at(index).replace("\n", "; "))
        QToolTip.showText(self.mapToGlobal(self.rect().center()), self.tooltip_at(index), self)
        self.slot_clicked.emit(index)


def _legend_for(bars: Bars, text: str) -> LegendEntry:
    return LegendEntry(text, bars.colour, outlined=bars.partial)


class MinutesChart(SlotPlot):
    """Minutes per week as bars against the weekly goal (a dashed line).

    Signals: slot_clicked(int) (see SlotPlot).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(HistoryWords.tr("minutes"), parent, y_monthly=HistoryWords.tr("minutes a week"))
        self.setFixedHeight(250)
        self.bars = Bars(MINUTES_MET)
        self.add(self.bars)
        self.goal = GoalLine(GOAL, HistoryWords.tr("goal {value} min"))
        self.add(self.goal)

    def show_weeks(self, weeks: Sequence[WeekStats], goal_min: float, today: date) -> None:
        """Draw the slots: weeks, or months as their average week (so the goal line still applies)."""
        months = monthly(weeks)

        def describe(i: int) -> str:
            w = weeks[i]
            minutes = w.per_week(w.minutes)
            short = format_minutes(goal_min - minutes)
            if minutes >= goal_min:
                status = HistoryWords.tr("goal met") if not months else HistoryWords.tr("goal met on average")
            elif w.start <= today <= w.end and not months:
                status = HistoryWords.tr("{minutes} to go").format(minutes=short)
            elif months:
                status = HistoryWords.tr("{minutes} short on average").format(minutes=short)
            else:
                status = HistoryWords.tr("{minutes} short").format(minutes=short)
            sessions = HistoryWords.tr("%n session(s)", "", w.sessions)
            days = HistoryWords.tr("%n day(s)", "", w.active_days)
            when = HistoryWords.tr("{sessions} on {days}").format(sessions=sessions, days=days)
            if not months:
                minutes_line = HistoryWords.tr("{minutes} min of the {goal} min goal ({status})").format(
                    minutes=number(minutes, 1), goal=number(goal_min), status=status
                )
                return f"{slot_label(w.start, w.weeks, w.month)}\n{minutes_line}\n{when}"
            minutes_line = HistoryWords.tr("{minutes} min a week on average, goal {goal} min ({status})").format(
                minutes=number(minutes, 1), goal=number(goal_min), status=status
            )
            in_all = HistoryWords.tr("{minutes} in all: {when}").format(minutes=format_minutes(w.minutes), when=when)
            return f"{slot_label(w.start, w.weeks, w.month)}\n{minutes_line}\n{in_all}"

        self.reset(len(weeks), describe)
        heights = [w.per_week(w.minutes) for w in weeks]
        colours = [MINUTES_MET if h >= goal_min else MINUTES_SHORT for h in heights]
        self.bars.set_data(range(len(weeks)), heights, colours=colours)
        self.goal.set_value(goal_min)
        if weeks:
            met = sum(1 for h in heights if h >= goal_min)
            average = sum(w.minutes for w in weeks) / sum(w.weeks for w in weeks)
            if months:
                summary = HistoryWords.tr(
                    "%n month(s): {met} met the {goal} minute goal on average; {average} minutes a week on average; "
                    "this month so far {last} minutes a week",
                    "",
                    len(weeks),
                )
            else:
                summary = HistoryWords.tr(
                    "%n week(s): {met} met the {goal} minute goal; {average} minutes a week on average; "
                    "this week {last} minutes",
                    "",
                    len(weeks),
                )
            self.setAccessibleDescription(
                summary.format(met=met, goal=number(goal_min), average=number(average), last=number(heights[-1]))
            )
        self.set_y_range(0, max([*heights, goal_min]) * 1.15)
        self.show_slots(weeks, [self.bars])


class SessionsChart(SlotPlot):
    """Sessions per week: complete ones, with partial ones stacked on top.

    Signals: slot_clicked(int) (see SlotPlot).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(HistoryWords.tr("sessions"), parent, y_monthly=HistoryWords.tr("sessions a week"))
        self.y_whole = True  # no "2.5 sessions"
        self.complete = Bars(COMPLETE)
        self.partial = Bars(PARTIAL)
        self.add(self.complete)
        self.add(self.partial)
        self.legend = [
            _legend_for(self.complete, HistoryWords.tr("complete")),
            _legend_for(self.partial, HistoryWords.tr("partial")),
        ]

    def show_weeks(self, weeks: Sequence[WeekStats]) -> None:
        months = monthly(weeks)

        def describe(i: int) -> str:
            w = weeks[i]
            title = slot_label(w.start, w.weeks, w.month)
            split = HistoryWords.tr("%n session(s): {complete} complete, {partial} partial", "", w.sessions)
            if not months:
                return f"{title}\n{split.format(complete=w.complete, partial=w.partial)}"
            average = HistoryWords.tr("{sessions} sessions a week on average: {complete} complete, {partial} partial")
            in_all = HistoryWords.tr("%n session(s) in all: {complete} complete, {partial} partial", "", w.sessions)
            return "\n".join(
                [
                    title,
                    average.format(
                        sessions=number(w.per_week(w.sessions), 1),
                        complete=number(w.per_week(w.complete), 1),
                        partial=number(w.per_week(w.partial), 1),
                    ),
                    in_all.format(complete=w.complete, partial=w.partial),
                ]
            )

        self.reset(len(weeks), describe)
        x = range(len(weeks))
        complete = [w.per_week(w.complete) for w in weeks]
        self.complete.set_data(x, complete)
        self.partial.set_data(x, [w.per_week(w.partial) for w in weeks], bases=complete)
        self.set_y_range(0, max([w.per_week(w.sessions) for w in weeks] + [2]) * 1.4)
        self.show_slots(weeks, [self.complete, self.partial])


def _line(chart: SlotPlot, colour: str, name: str) -> Line:
    line = Line(colour, name)
    chart.add(line)
    if name:
        chart.legend.append(LegendEntry(name, colour, line=line))
    return line


class PainChart(SlotPlot):
    """The weekly average pain rating before and after sessions, 0–10.

    Signals: slot_clicked(int) (see SlotPlot).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            HistoryWords.tr("pain (0–10)"), parent, x_monthly=HistoryWords.tr("month (the average of its ratings)")
        )
        self.before = _line(self, PAIN_BEFORE, HistoryWords.tr("before"))
        self.after = _line(self, PAIN_AFTER, HistoryWords.tr("after"))
        self.y_range = (0.0, 10.5)
        self.y_ticks = [(float(v), str(v)) for v in (0, 2, 4, 6, 8, 10)]

    def show_weeks(self, weeks: Sequence[WeekStats]) -> None:
        def describe(i: int) -> str:
            w = weeks[i]
            title = slot_label(w.start, w.weeks, w.month)
            if w.pain_before is None and w.pain_after is None:
                none = HistoryWords.tr("no ratings")
                return f"{title}\n{none}"
            before = "–" if w.pain_before is None else f"{number(w.pain_before, 1)} / 10 ({w.pain_before_n})"
            after = "–" if w.pain_after is None else f"{number(w.pain_after, 1)} / 10 ({w.pain_after_n})"
            lines = HistoryWords.tr("average before: {before}\naverage after: {after}")
            return f"{title}\n{lines.format(before=before, after=after)}"

        self.reset(len(weeks), describe)
        x = [float(i) for i in range(len(weeks))]
        self.before.set_points(x, [math.nan if w.pain_before is None else w.pain_before for w in weeks])
        self.after.set_points(x, [math.nan if w.pain_after is None else w.pain_after for w in weeks])
        self.show_slots(weeks)


class PhaseChart(SlotPlot):
    """Minutes per week by phase (roll, stretch, strengthen...), stacked.

    Signals: slot_clicked(int) (see SlotPlot).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(HistoryWords.tr("minutes"), parent, y_monthly=HistoryWords.tr("minutes a week"))
        self.bars = {p: Bars(PHASE_COLOURS[p]) for p in PHASE_ORDER}
        for item in self.bars.values():
            self.add(item)
        self.legend_columns = 5

    def show_weeks(self, weeks: Sequence[WeekStats]) -> None:
        used = [p for p in PHASE_ORDER if any(w.phase_minutes.get(p) for w in weeks)]
        months = monthly(weeks)
        unit = HistoryWords.tr("{minutes} min a week") if months else HistoryWords.tr("{minutes} min")

        def describe(i: int) -> str:
            w = weeks[i]
            parts = [
                f"{phase_label(p)}: {unit.format(minutes=number(w.per_week(w.phase_minutes[p]), 1))}"
                for p in used
                if w.phase_minutes.get(p)
            ]
            on_average = HistoryWords.tr("on average")
            head = slot_label(w.start, w.weeks, w.month) + (f"\n{on_average}" if months and parts else "")
            return "\n".join([head, *parts])

        self.reset(len(weeks), describe)
        self.legend = [_legend_for(self.bars[p], phase_label(p)) for p in used]
        x = range(len(weeks))
        base = [0.0] * len(weeks)
        for p in PHASE_ORDER:
            item = self.bars[p]
            item.visible = p in used
            if not item.visible:
                continue
            heights = [w.per_week(w.phase_minutes.get(p, 0.0)) for w in weeks]
            item.set_data(x, heights, bases=base)
            base = [b + h for b, h in zip(base, heights, strict=True)]
        legend_rows = (len(used) + 4) // 5
        self.set_y_range(0, max([*base, 10.0]) * (1.15 + 0.22 * legend_rows))  # room for the legend
        self.show_slots(weeks, list(self.bars.values()))


class RegionChart(SlotPlot):
    """Average minutes per week by target region over the range, as horizontal bars, most worked on top.

    Signals: slot_clicked(int) (see SlotPlot; the slot is a region's row).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "", parent, x_label=HistoryWords.tr("minutes per week (average over the range, from your first session)")
        )
        self.regions: list[tuple[str, float]] = []
        self.bars = Bars(MINUTES_MET, width=0.66, horizontal=True)
        self.add(self.bars)
        self.left_width = 120
        self.x_grid, self.y_grid, self.x_numbers = True, False, True

    def show_weeks(self, weeks: Sequence[WeekStats]) -> None:
        totals: dict[str, float] = {}
        for w in weeks:
            for region, minutes in w.region_minutes.items():
                totals[region] = totals.get(region, 0.0) + minutes
        active = [i for i, w in enumerate(weeks) if w.minutes > 0]
        n = max(len(weeks) - active[0], 1) if active else 1  # weeks before the first session do not dilute it
        ranked = sorted(totals.items(), key=lambda kv: kv[1])
        self.regions = [(region, total / n) for region, total in ranked if total > 0]

        def describe(i: int) -> str:
            region, average = self.regions[i]
            lines = HistoryWords.tr("{minutes} min a week on average\n{total} in all").format(
                minutes=number(average, 1), total=format_minutes(totals[region])
            )
            return f"{region_label(region)}\n{lines}"

        self.reset(len(self.regions), describe)
        self.setFixedHeight(70 + 24 * max(len(self.regions), 3))
        rows = range(len(self.regions))
        self.bars.set_data(rows, [a for _r, a in self.regions], bases=[0.0] * len(self.regions))
        self.y_ticks = [(float(i), region_label(r)) for i, (r, _a) in enumerate(self.regions)]
        self.y_range = (-0.6, max(len(self.regions), 1) - 0.4)
        self.x_range = (0.0, max([a for _r, a in self.regions] + [1.0]) * 1.1)
        self.update()

    def slot_at(self, pos: QPointF) -> int | None:
        frame = self.frame()
        if not frame.rect.contains(pos):
            return None
        index = round(frame.y_value(pos.y()))
        return index if 0 <= index < self._count else None


class SidesChart(SlotPlot):
    """Minutes per week on the left side against the right, to surface a one-sided habit.

    Signals: slot_clicked(int) (see SlotPlot).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(HistoryWords.tr("minutes"), parent, y_monthly=HistoryWords.tr("minutes a week"))
        self.left = _line(self, LEFT, HistoryWords.tr("left"))
        self.right = _line(self, RIGHT, HistoryWords.tr("right"))

    def show_weeks(self, weeks: Sequence[WeekStats]) -> None:
        months = monthly(weeks)
        unit = HistoryWords.tr("{minutes} min a week") if months else HistoryWords.tr("{minutes} min")

        def describe(i: int) -> str:
            w = weeks[i]
            left, right = w.per_week(w.left_min), w.per_week(w.right_min)
            diff = left - right
            gap = unit.format(minutes=number(abs(diff), 1))
            if abs(diff) < 0.05:
                more = HistoryWords.tr("even")
            elif diff > 0:
                more = HistoryWords.tr("{minutes} more on the left").format(minutes=gap)
            else:
                more = HistoryWords.tr("{minutes} more on the right").format(minutes=gap)
            on_average = HistoryWords.tr("on average")
            head = slot_label(w.start, w.weeks, w.month) + (f"\n{on_average}" if months else "")
            sides = HistoryWords.tr("left: {left}\nright: {right} ({more})").format(
                left=unit.format(minutes=number(left, 1)), right=unit.format(minutes=number(right, 1)), more=more
            )
            return f"{head}\n{sides}"

        self.reset(len(weeks), describe)
        x = [float(i) for i in range(len(weeks))]
        left = [w.per_week(w.left_min) for w in weeks]
        right = [w.per_week(w.right_min) for w in weeks]
        self.left.set_points(x, left)
        self.right.set_points(x, right)
        self.set_y_range(0, max([*left, *right, 5.0]) * 1.4)
        self.show_slots(weeks)


SIDE_COLOURS = {"left": LEFT, "right": RIGHT, "none": NEUTRAL}


def side_name(side: str) -> str:
    """A stored side ("left", "right") in words."""
    return {"left": HistoryWords.tr("left"), "right": HistoryWords.tr("right")}.get(side, side)


TYPICAL = "typical"


class CheckChart(SlotPlot):
    """One mobility check's weekly values: left and right as two lines (one line for a check without sides),
    over a light band for the typical range.

    Signals: slot_clicked(int) (see SlotPlot).
    """

    def __init__(self, look: CheckLook, parent: QWidget | None = None) -> None:
        super().__init__(
            axis_label(look.axis), parent, x_monthly=HistoryWords.tr("month (the middle value of its weekly checks)")
        )
        self.setFixedHeight(200)
        self.look = look
        self.title = look.title
        self.lines: dict[str, Line] = {}
        self.band = Band(TYPICAL)
        self.add(self.band)
        if look.choices:
            n = len(look.choices)
            self.y_ticks = [(float(i), c) for i, c in enumerate(look.choices)]
            self.left_width = 90
            self.inverted = True  # the best choice on top
            self.y_range = (-0.5, n - 0.5)

    def show_series(self, series: CheckSeries, slots: Sequence[WeekStats]) -> None:
        """Draw the series over the slots: a point per checked week, or (a month per slot) per checked month,
        dated the 1st and holding the month's middle value (see ``checks_by_month``)."""
        keys = [w.month or w.start for w in slots]
        index = {m: i for i, m in enumerate(keys)}
        values: dict[str, Mapping[date, float]] = {side: dict(points) for side, points in series.by_side.items()}
        look, unit = self.look, series.unit
        months = monthly(slots)

        def describe(i: int) -> str:
            key, w = keys[i], slots[i]
            parts = [f"{side_name(side)}: {look.show(v[key], unit)}" for side, v in values.items() if key in v]
            if months:
                head = f"{look.title}, {month_label(key)}"
                if parts:
                    head += "\n" + HistoryWords.tr("the middle value of the month's checks")
            else:
                head = HistoryWords.tr("{check}, week of {days}").format(check=look.title, days=week_label(w.start))
            return "\n".join([head, *(parts or [HistoryWords.tr("not checked")])])

        self.reset(len(slots), describe)
        everything: list[float] = []
        for side in sorted(values, key=lambda s: ("left", "right", "none", s).index(s)):
            line = self.lines.get(side)
            if line is None:
                name = "" if side == "none" else side_name(side)  # a check without sides needs no legend
                line = self.lines[side] = _line(self, SIDE_COLOURS.get(side, NEUTRAL), name)
            points = sorted((index[m], v) for m, v in values[side].items() if m in index)
            everything += [v for _x, v in points]
            xs, ys = [float(x) for x, _v in points], [v for _x, v in points]
            if look.choices and len(points) > DOTS_UP_TO:
                line.set_steps(xs, ys)
            else:
                line.set_points(xs, ys)
        for side, line in self.lines.items():
            if side not in values:
                line.set_points([], [])
        low_typical, high_typical = look.typical
        if low_typical is not None and high_typical is not None:
            self.band.low, self.band.high = low_typical, high_typical
            self.band.visible = True
            everything += [low_typical, high_typical]
        if everything and not look.choices:
            low, high = min(everything), max(everything)
            least = MIN_CHECK_SPAN.get(look.axis, MIN_SPAN)
            if high - low < least:  # widen around the middle
                middle = (high + low) / 2
                low, high = middle - least / 2, middle + least / 2
            span = high - low
            self.set_y_range(low - span * 0.12, high + span * 0.6)  # room for the legend on top
        self.show_slots(slots)
