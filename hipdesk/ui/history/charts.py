"""The History tab's pyqtgraph charts: one week per slot on the x axis (one month per slot beyond a year, showing
its average week), calm colours, exact values in tooltips.

Charts do not pan or zoom: the range selector decides what they show. Each chart knows how to describe any slot in
words (``tooltip_at``), which the hover tooltip shows and the tests read.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from itertools import pairwise

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QCursor, QFont, QKeyEvent, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from hipdesk.domain.durations import format_minutes
from hipdesk.domain.exercise import Phase
from hipdesk.domain.weekly import OTHER, CheckSeries, WeekStats
from hipdesk.domain.words import counted
from hipdesk.ui.history.check_labels import CheckLook
from hipdesk.ui.history.labels import MONTHS, month_label, phase_label, region_label, slot_label, week_label
from hipdesk.ui.library.phase_colours import phase_soft_hex

INK = "#3b4650"  # axis text
GRID = "#e6eaee"
MINUTES_MET = "#3f8f9b"  # a week that met the goal
MINUTES_SHORT = "#a9cfd5"  # a week below it
GOAL = "#c7772c"
COMPLETE = "#6b9e7a"
PARTIAL = "#c6dccb"
PAIN_BEFORE = "#b5525c"
PAIN_AFTER = "#4f7cac"
LEFT = "#4f7cac"  # left and right keep these colours on every chart
RIGHT = "#d08a35"
NEUTRAL = "#7b8790"
SECOND_SERIES = {"right", "after"}  # dashed with square dots, so colour is never the only difference
SELECTED = (63, 143, 155, 38)

PHASE_COLOURS = {p.value: phase_soft_hex(p) for p in Phase} | {OTHER: "#c8ced3"}  # the library's hues
BRUSHES = {colour: pg.mkBrush(colour) for colour in (MINUTES_MET, MINUTES_SHORT)}
DEFAULT_GOAL = 70.0
DOTS_UP_TO = 26  # a line with more points than this is drawn without a dot on each
PHASE_ORDER = [p.value for p in sorted(Phase, key=lambda p: p.order)] + [OTHER]
DENSE_SLOTS = 60  # beyond this many slots a bar is a few pixels wide: bars fill their slot so neighbours meet


def week_ticks(mondays: Sequence[date]) -> list[tuple[float, str]]:
    """Tick labels for week slots: each week for a short span, each month's first week for a year, each year's
    first week beyond that."""
    n = len(mondays)
    ticks: list[tuple[float, str]] = []
    if n <= 12:
        step = 1 if n <= 8 else 2
        return [(float(i), f"{m.day} {MONTHS[m.month - 1]}") for i, m in enumerate(mondays) if i % step == 0]
    if n <= 60:
        every = 1 if n <= 30 else 2
        previous = None
        for i, m in enumerate(mondays):
            if m.month != previous and (m.month - 1) % every == 0:
                text = MONTHS[m.month - 1] if m.month != 1 and ticks else f"{MONTHS[m.month - 1]} {m.year}"
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
            (float(i), month_label(m) if m.month == 1 or i == 0 else MONTHS[m.month - 1])
            for i, m in enumerate(months)
            if (m.month - 1) % 3 == 0
        ]
    years = max(1, math.ceil(len(months) / 12 / 10))
    return [(float(i), str(m.year)) for i, m in enumerate(months) if m.month == 1 and m.year % years == 0]


def monthly(slots: Sequence[WeekStats]) -> bool:
    return bool(slots) and slots[0].month is not None


def _pen(colour: str, width: float = 2.0, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    pen = pg.mkPen(colour, width=width)
    pen.setStyle(style)
    pen.setCosmetic(True)
    return pen


class LightPlot:
    """The few parts of a pyqtgraph PlotItem these charts use: a view box, two axes and a legend.

    A PlotItem also builds its options menu on creation; a dozen of them cost the tab a noticeable moment to open.
    """

    def __init__(self, layout: pg.GraphicsLayout) -> None:
        self.box = pg.ViewBox(enableMouse=False, enableMenu=False, defaultPadding=0.02)
        self.axes = {
            "left": pg.AxisItem("left", linkView=self.box, pen=pg.mkPen(GRID), textPen=pg.mkPen(INK)),
            "bottom": pg.AxisItem("bottom", linkView=self.box, pen=pg.mkPen(GRID), textPen=pg.mkPen(INK)),
        }
        for axis in self.axes.values():
            axis.enableAutoSIPrefix(False)  # else every range change rewrites the label's HTML
        layout.addItem(self.axes["left"], 0, 0)
        layout.addItem(self.box, 0, 1)
        layout.addItem(self.axes["bottom"], 1, 1)
        self.legend: pg.LegendItem | None = None

    def getAxis(self, name: str) -> pg.AxisItem:
        return self.axes[name]

    def getViewBox(self) -> pg.ViewBox:
        return self.box

    def setLabel(self, axis: str, text: str, color: str = INK) -> None:
        self.axes[axis].setLabel(text, color=color)
        self.axes[axis].showLabel(bool(text))

    def showGrid(self, x: bool = False, y: bool = False, alpha: float = 0.35) -> None:
        self.axes["bottom"].setGrid(int(alpha * 255) if x else False)
        self.axes["left"].setGrid(int(alpha * 255) if y else False)

    def addItem(self, item: object, ignoreBounds: bool = False) -> None:
        self.box.addItem(item, ignoreBounds=ignoreBounds)

    def removeItem(self, item: object) -> None:
        self.box.removeItem(item)

    def clear(self) -> None:
        self.box.clear()
        if self.legend is not None:
            self.legend.clear()

    def setXRange(self, low: float, high: float, padding: float = 0.0) -> None:
        self.box.setXRange(low, high, padding=padding)

    def setYRange(self, low: float, high: float, padding: float = 0.0) -> None:
        self.box.setYRange(low, high, padding=padding)

    def addLegend(self, **options: object) -> pg.LegendItem:
        if self.legend is None:
            self.legend = pg.LegendItem(**options)
            self.legend.setParentItem(self.box)
        return self.legend

    def plot(self, x: list[float], y: list[float], name: str = "", **options: object) -> pg.PlotDataItem:
        item = pg.PlotDataItem(x, y, name=name or None, **options)  # the name also picks the line's dash and dots
        self.box.addItem(item)
        if name and self.legend is not None:
            self.legend.addItem(item, name)
        return item


class SlotPlot(pg.GraphicsView):
    """A still chart with one slot per x index; hovering shows that slot's exact values, clicking picks it.

    Items are made once and updated in place when the range changes: making pyqtgraph items is what costs.

    Signals:
    slot_clicked(int): the slot under a click (a week's index in the range).
    """

    slot_clicked = Signal(int)

    def __init__(
        self,
        y_label: str,
        parent: QWidget | None = None,
        x_label: str = "week starting",
        y_monthly: str = "",
        x_monthly: str = "month (its average week)",
    ) -> None:
        super().__init__(parent, background="w")
        self._y_labels = (y_label, y_monthly or y_label)
        self._x_labels = (x_label, x_monthly)
        self._monthly = False
        self.setFixedHeight(210)
        layout = pg.GraphicsLayout()
        layout.setContentsMargins(4, 6, 10, 4)
        self.setCentralItem(layout)
        self.plot = LightPlot(layout)
        self.plot.showGrid(x=False, y=True, alpha=0.35)
        font = QFont()
        font.setPointSizeF(8.5)
        for axis in self.plot.axes.values():
            axis.setTickFont(font)
        self.plot.setLabel("left", y_label)
        self.plot.setLabel("bottom", x_label)
        self._count = 0
        self._describe: Callable[[int], str] = lambda _i: ""
        self._key_slot: int | None = None  # the slot the arrow keys last reached
        self._selected = pg.LinearRegionItem(
            values=(0, 1), movable=False, brush=pg.mkBrush(*SELECTED), pen=pg.mkPen(None)
        )
        self._selected.setZValue(-10)
        self._selected.hide()
        self.plot.addItem(self._selected, ignoreBounds=True)
        self.scene().sigMouseMoved.connect(self._moved)
        self.scene().sigMouseClicked.connect(self._clicked)

    def reset(self, count: int, describe: Callable[[int], str]) -> None:
        self._count = count
        self._describe = describe
        self._key_slot = None
        self.setAccessibleDescription(describe(count - 1).replace("\n", "; ") if count else "Nothing to show yet")
        self._selected.hide()

    def set_slot_ticks(self, ticks: list[tuple[float, str]]) -> None:
        self.plot.getAxis("bottom").setTicks([ticks, []])
        self.plot.setXRange(-0.6, max(self._count, 1) - 0.4, padding=0)

    def set_monthly(self, monthly: bool) -> None:
        """Label the axes for a week per slot or a month per slot (its average week)."""
        if monthly == self._monthly:
            return
        self._monthly = monthly
        self.plot.setLabel("left", self._y_labels[monthly])
        self.plot.setLabel("bottom", self._x_labels[monthly])

    def show_slots(self, slots: Sequence[WeekStats], bars: Sequence[Bars] = ()) -> None:
        """Axes, ticks and bar widths for these slots (call after ``reset``)."""
        self.set_monthly(monthly(slots))
        dense = len(slots) > DENSE_SLOTS
        for item in bars:
            item.set_dense(dense)
        self.set_slot_ticks(slot_ticks(slots))

    def mark_slot(self, index: int | None) -> None:
        """Shade the selected week."""
        if index is None or not 0 <= index < self._count:
            self._selected.hide()
            return
        self._selected.setRegion((index - 0.5, index + 0.5))
        self._selected.show()

    def tooltip_at(self, index: int) -> str:
        return self._describe(index) if 0 <= index < self._count else ""

    def slot_at(self, scene_pos: QPointF) -> int | None:
        box = self.plot.getViewBox()
        if not box.sceneBoundingRect().contains(scene_pos):
            return None
        index = round(box.mapSceneToView(scene_pos).x())
        return index if 0 <= index < self._count else None

    def _moved(self, scene_pos: QPointF) -> None:
        index = self.slot_at(scene_pos)
        text = self.tooltip_at(index) if index is not None else ""
        if text:
            QToolTip.showText(QCursor.pos(), text, self)
        else:
            QToolTip.hideText()

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

    def _clicked(self, event: object) -> None:
        index = self.slot_at(event.scenePos())  # type: ignore[attr-defined]
        if index is not None:
            self.slot_clicked.emit(index)


class Bars(pg.BarGraphItem):
    """Bars that know whether they are the partial ones (outlined, never colour alone) and whether their slots
    are dense.

    A bar a few pixels wide fills its whole slot, without an outline, so neighbours meet instead of leaving
    aliased white gaps. A partial bar's dashed outline would be a row of spikes there, so it keeps its lighter
    fill and its place on top of the complete one (the tooltip and the description give the numbers).
    """

    def __init__(self, colour: str, width: float = 0.72) -> None:
        self.partial = colour == PARTIAL
        self.dense = False
        super().__init__(x=[], height=[], width=width, brush=pg.mkBrush(colour), pen=self._outline())

    def _outline(self) -> QPen:
        return _pen(COMPLETE, 1.0, Qt.PenStyle.DashLine) if self.partial and not self.dense else pg.mkPen(None)

    def set_dense(self, dense: bool) -> None:
        if dense != self.dense:
            self.dense = dense
            self.setOpts(width=1.0 if dense else 0.72, pen=self._outline())


def _bars(colour: str = MINUTES_MET, width: float = 0.72) -> Bars:
    return Bars(colour, width)


def _legend(plot: LightPlot, columns: int = 4) -> pg.LegendItem:
    legend = plot.addLegend(offset=(8, 4), labelTextColor=INK, labelTextSize="8pt", colCount=columns)
    legend.setBrush(pg.mkBrush(255, 255, 255, 210))
    return legend


def _line(plot: LightPlot, colour: str, name: str) -> pg.PlotDataItem:
    return plot.plot(
        [],
        [],
        name=name,
        pen=_pen(colour, 2.0, Qt.PenStyle.DashLine if name in SECOND_SERIES else Qt.PenStyle.SolidLine),
        symbolSize=6,
        symbolBrush=pg.mkBrush(colour),
        symbolPen=pg.mkPen(colour),
        connect="finite",
    )


def _set_line(item: pg.PlotDataItem, x: Sequence[float], y: Sequence[float]) -> None:
    symbol = "s" if item.name() in SECOND_SERIES else "o"
    item.setData(list(x), list(y), symbol=symbol if len(x) <= DOTS_UP_TO else None, connect="finite", stepMode=None)


def _set_steps(item: pg.PlotDataItem, x: Sequence[float], y: Sequence[float]) -> None:
    """A choice scale (above level / level / below level) as steps: flat at each value, a plain edge where it
    changes, instead of the saw-tooth a sloped line draws between neighbouring values."""
    if len(x) < 2:
        _set_line(item, x, y)
        return
    edges = [x[0] - 0.5, *((a + b) / 2 for a, b in pairwise(x)), x[-1] + 0.5]
    item.setData(edges, list(y), symbol=None, connect="finite", stepMode="center")


class MinutesChart(SlotPlot):
    """Minutes per week as bars against the weekly goal (a dashed line).

    Signals: slot_clicked(int) (see SlotPlot).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("minutes", parent, y_monthly="minutes a week")
        self.setFixedHeight(250)
        self.bars = _bars()
        self.plot.addItem(self.bars)
        self.goal = pg.InfiniteLine(
            pos=DEFAULT_GOAL,
            angle=0,
            pen=_pen(GOAL, 1.6, Qt.PenStyle.DashLine),
            label="goal {value:g} min",
            labelOpts={"position": 0.03, "color": GOAL, "anchors": [(0, 1), (0, 1)]},
        )
        self.plot.addItem(self.goal)

    def show_weeks(self, weeks: Sequence[WeekStats], goal_min: float, today: date) -> None:
        """Draw the slots: weeks, or months as their average week (so the goal line still applies)."""
        months = monthly(weeks)

        def describe(i: int) -> str:
            w = weeks[i]
            minutes = w.per_week(w.minutes)
            if minutes >= goal_min:
                status = "goal met" if not months else "goal met on average"
            elif w.start <= today <= w.end and not months:
                status = f"{format_minutes(goal_min - minutes)} to go"
            else:
                status = f"{format_minutes(goal_min - minutes)} short" + (" on average" if months else "")
            if not months:
                return (
                    f"{slot_label(w.start, w.weeks, w.month)}\n{minutes:.1f} min of the {goal_min:g} min goal "
                    f"({status})\n{counted(w.sessions, 'session')} on {counted(w.active_days, 'day')}"
                )
            return (
                f"{slot_label(w.start, w.weeks, w.month)}\n{minutes:.1f} min a week on average, goal {goal_min:g} min "
                f"({status})\n{format_minutes(w.minutes)} in all: "
                f"{counted(w.sessions, 'session')} on {counted(w.active_days, 'day')}"
            )

        self.reset(len(weeks), describe)
        heights = [w.per_week(w.minutes) for w in weeks]
        brushes = [BRUSHES[MINUTES_MET] if h >= goal_min else BRUSHES[MINUTES_SHORT] for h in heights]
        self.bars.setOpts(x=list(range(len(weeks))), height=heights, brushes=brushes)
        self.goal.setValue(goal_min)
        if weeks:
            met = sum(1 for h in heights if h >= goal_min)
            average = sum(w.minutes for w in weeks) / sum(w.weeks for w in weeks)
            slot = "months" if months else "weeks"
            last = "this month so far" if months else "this week"
            self.setAccessibleDescription(
                f"{len(weeks)} {slot}: {met} met the {goal_min:g} minute goal"
                + (" on average" if months else "")
                + f"; {average:.0f} minutes a week on average; {last} {heights[-1]:.0f} minutes"
                + (" a week" if months else "")
            )
        top = max([*heights, goal_min]) * 1.15
        self.plot.setYRange(0, top, padding=0)
        self.show_slots(weeks, [self.bars])


class SessionsChart(SlotPlot):
    """Sessions per week: complete ones, with partial ones stacked on top.

    Signals: slot_clicked(int) (see SlotPlot).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("sessions", parent, y_monthly="sessions a week")
        self.complete = _bars(COMPLETE)
        self.partial = _bars(PARTIAL)
        self.plot.addItem(self.complete)
        self.plot.addItem(self.partial)
        legend = _legend(self.plot)
        legend.addItem(_bars(COMPLETE), "complete")
        legend.addItem(_bars(PARTIAL), "partial")

    def show_weeks(self, weeks: Sequence[WeekStats]) -> None:
        months = monthly(weeks)

        def describe(i: int) -> str:
            w = weeks[i]
            title = slot_label(w.start, w.weeks, w.month)
            if not months:
                return f"{title}\n{counted(w.sessions, 'session')}: {w.complete} complete, {w.partial} partial"
            return (
                f"{title}\n{w.per_week(w.sessions):.1f} sessions a week on average: "
                f"{w.per_week(w.complete):.1f} complete, {w.per_week(w.partial):.1f} partial\n"
                f"{counted(w.sessions, 'session')} in all: {w.complete} complete, {w.partial} partial"
            )

        self.reset(len(weeks), describe)
        x = list(range(len(weeks)))
        complete = [w.per_week(w.complete) for w in weeks]
        self.complete.setOpts(x=x, height=complete)
        self.partial.setOpts(x=x, height=[w.per_week(w.partial) for w in weeks], y0=complete)
        self.plot.setYRange(0, max([w.per_week(w.sessions) for w in weeks] + [2]) * 1.4, padding=0)
        self.show_slots(weeks, [self.complete, self.partial])


class PainChart(SlotPlot):
    """The weekly average pain rating before and after sessions, 0–10.

    Signals: slot_clicked(int) (see SlotPlot).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("pain (0–10)", parent, x_monthly="month (the average of its ratings)")
        _legend(self.plot)
        self.before = _line(self.plot, PAIN_BEFORE, "before")
        self.after = _line(self.plot, PAIN_AFTER, "after")
        self.plot.setYRange(0, 10.5, padding=0)
        self.plot.getAxis("left").setTicks([[(v, str(v)) for v in (0, 2, 4, 6, 8, 10)], []])

    def show_weeks(self, weeks: Sequence[WeekStats]) -> None:
        def describe(i: int) -> str:
            w = weeks[i]
            title = slot_label(w.start, w.weeks, w.month)
            if w.pain_before is None and w.pain_after is None:
                return f"{title}\nno ratings"
            before = "–" if w.pain_before is None else f"{w.pain_before:.1f} / 10 ({w.pain_before_n})"
            after = "–" if w.pain_after is None else f"{w.pain_after:.1f} / 10 ({w.pain_after_n})"
            return f"{title}\naverage before: {before}\naverage after: {after}"

        self.reset(len(weeks), describe)
        x = [float(i) for i in range(len(weeks))]
        _set_line(self.before, x, [math.nan if w.pain_before is None else w.pain_before for w in weeks])
        _set_line(self.after, x, [math.nan if w.pain_after is None else w.pain_after for w in weeks])
        self.show_slots(weeks)


class PhaseChart(SlotPlot):
    """Minutes per week by phase (roll, stretch, strengthen...), stacked.

    Signals: slot_clicked(int) (see SlotPlot).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("minutes", parent, y_monthly="minutes a week")
        self.bars = {p: _bars(PHASE_COLOURS[p]) for p in PHASE_ORDER}
        for item in self.bars.values():
            self.plot.addItem(item)
        self.legend = _legend(self.plot, columns=5)
        self._in_legend: list[str] = []

    def show_weeks(self, weeks: Sequence[WeekStats]) -> None:
        used = [p for p in PHASE_ORDER if any(w.phase_minutes.get(p) for w in weeks)]

        months = monthly(weeks)
        unit = "min a week" if months else "min"

        def describe(i: int) -> str:
            w = weeks[i]
            parts = [
                f"{phase_label(p)}: {w.per_week(w.phase_minutes[p]):.1f} {unit}" for p in used if w.phase_minutes.get(p)
            ]
            head = slot_label(w.start, w.weeks, w.month) + ("\non average" if months and parts else "")
            return "\n".join([head, *parts])

        self.reset(len(weeks), describe)
        if used != self._in_legend:
            self.legend.clear()
            for p in used:
                self.legend.addItem(_bars(PHASE_COLOURS[p]), phase_label(p))
            self._in_legend = used
        x = list(range(len(weeks)))
        base = [0.0] * len(weeks)
        for p in PHASE_ORDER:
            item = self.bars[p]
            if p not in used:
                item.hide()
                continue
            heights = [w.per_week(w.phase_minutes.get(p, 0.0)) for w in weeks]
            item.setOpts(x=x, height=heights, y0=list(base))
            item.show()
            base = [b + h for b, h in zip(base, heights, strict=True)]
        legend_rows = (len(used) + 4) // 5
        self.plot.setYRange(0, max([*base, 10.0]) * (1.15 + 0.22 * legend_rows), padding=0)  # room for the legend
        self.show_slots(weeks, list(self.bars.values()))


class RegionChart(SlotPlot):
    """Average minutes per week by target region over the range, as horizontal bars, most worked on top.

    Signals: slot_clicked(int) (see SlotPlot; the slot is a region's row).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent, x_label="minutes per week (average over the range, from your first session)")
        self.regions: list[tuple[str, float]] = []
        self.bars = pg.BarGraphItem(x0=[], y=[], height=0.66, width=[], brush=BRUSHES[MINUTES_MET], pen=pg.mkPen(None))
        self.plot.addItem(self.bars)
        self.plot.getAxis("left").setWidth(120)
        self.plot.showGrid(x=True, y=False, alpha=0.35)

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
            return (
                f"{region_label(region)}\n{average:.1f} min a week on average\n{format_minutes(totals[region])} in all"
            )

        self.reset(len(self.regions), describe)
        self.setFixedHeight(70 + 24 * max(len(self.regions), 3))
        y = list(range(len(self.regions)))
        self.bars.setOpts(x0=[0.0] * len(y), y=y, width=[a for _r, a in self.regions])
        ticks = [(float(i), region_label(r)) for i, (r, _a) in enumerate(self.regions)]
        self.plot.getAxis("left").setTicks([ticks, []])
        self.plot.setYRange(-0.6, max(len(y), 1) - 0.4, padding=0)
        self.plot.setXRange(0, max([a for _r, a in self.regions] + [1.0]) * 1.1, padding=0)

    def slot_at(self, scene_pos: QPointF) -> int | None:
        box = self.plot.getViewBox()
        if not box.sceneBoundingRect().contains(scene_pos):
            return None
        index = round(box.mapSceneToView(scene_pos).y())
        return index if 0 <= index < self._count else None


class SidesChart(SlotPlot):
    """Minutes per week on the left side against the right, to surface a one-sided habit.

    Signals: slot_clicked(int) (see SlotPlot).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("minutes", parent, y_monthly="minutes a week")
        _legend(self.plot)
        self.left = _line(self.plot, LEFT, "left")
        self.right = _line(self.plot, RIGHT, "right")

    def show_weeks(self, weeks: Sequence[WeekStats]) -> None:
        months = monthly(weeks)
        unit = "min a week" if months else "min"

        def describe(i: int) -> str:
            w = weeks[i]
            left, right = w.per_week(w.left_min), w.per_week(w.right_min)
            diff = left - right
            more = (
                "even" if abs(diff) < 0.05 else f"{abs(diff):.1f} {unit} more on the {'left' if diff > 0 else 'right'}"
            )
            head = slot_label(w.start, w.weeks, w.month) + ("\non average" if months else "")
            return f"{head}\nleft: {left:.1f} {unit}\nright: {right:.1f} {unit} ({more})"

        self.reset(len(weeks), describe)
        x = [float(i) for i in range(len(weeks))]
        left = [w.per_week(w.left_min) for w in weeks]
        right = [w.per_week(w.right_min) for w in weeks]
        _set_line(self.left, x, left)
        _set_line(self.right, x, right)
        top = max([*left, *right, 5.0])
        self.plot.setYRange(0, top * 1.4, padding=0)
        self.show_slots(weeks)


SIDE_COLOURS = {"left": LEFT, "right": RIGHT, "none": NEUTRAL}
TYPICAL = (107, 158, 122, 28)


class CheckChart(SlotPlot):
    """One mobility check's weekly values: left and right as two lines (one line for a check without sides),
    over a light band for the typical range.

    Signals: slot_clicked(int) (see SlotPlot).
    """

    def __init__(self, look: CheckLook, parent: QWidget | None = None) -> None:
        super().__init__(look.axis, parent, x_monthly="month (the middle value of its weekly checks)")
        self.setFixedHeight(200)
        self.look = look
        self.title = look.title
        self.legend = _legend(self.plot)
        self.lines: dict[str, pg.PlotDataItem] = {}
        self.band = pg.LinearRegionItem(
            values=(0, 1), orientation="horizontal", movable=False, brush=pg.mkBrush(*TYPICAL), pen=pg.mkPen(None)
        )
        self.band.setZValue(-20)
        self.band.hide()
        self.plot.addItem(self.band, ignoreBounds=True)
        if look.choices:
            n = len(look.choices)
            self.plot.getAxis("left").setTicks([[(float(i), c) for i, c in enumerate(look.choices)], []])
            self.plot.getAxis("left").setWidth(90)
            self.plot.getViewBox().invertY(True)  # the best choice on top
            self.plot.setYRange(-0.5, n - 0.5, padding=0)

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
            parts = [f"{side}: {look.show(v[key], unit)}" for side, v in values.items() if key in v]
            if months:
                head = f"{look.title}, {month_label(key)}" + (
                    "\nthe middle value of the month's checks" if parts else ""
                )
            else:
                head = f"{look.title}, week of {week_label(w.start)}"
            return "\n".join([head, *(parts or ["not checked"])])

        self.reset(len(slots), describe)
        everything: list[float] = []
        for side in sorted(values, key=lambda s: ("left", "right", "none", s).index(s)):
            line = self.lines.get(side)
            if line is None:
                name = "" if side == "none" else side  # a check without sides needs no legend
                line = self.lines[side] = _line(self.plot, SIDE_COLOURS.get(side, NEUTRAL), name)
            points = sorted((index[m], v) for m, v in values[side].items() if m in index)
            everything += [v for _x, v in points]
            xs, ys = [float(x) for x, _v in points], [v for _x, v in points]
            (_set_steps if look.choices and len(points) > DOTS_UP_TO else _set_line)(line, xs, ys)
        for side, line in self.lines.items():
            if side not in values:
                _set_line(line, [], [])
        low_typical, high_typical = look.typical
        if low_typical is not None and high_typical is not None:
            self.band.setRegion((low_typical, high_typical))
            self.band.show()
            everything += [low_typical, high_typical]
        if everything and not look.choices:
            low, high = min(everything), max(everything)
            span = max(high - low, 2.0)
            self.plot.setYRange(low - span * 0.12, high + span * 0.6, padding=0)  # room for the legend on top
        self.show_slots(slots)
