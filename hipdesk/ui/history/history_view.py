"""The History tab: weekly minutes against the goal, streaks, a year's calendar, pain, where the time went, left
against right, and the weekly mobility checks, from the local store.

The store is read once per refresh (a session finished, checks were recorded, the tab opened); switching the range
only redraws from what was read. Ranges up to a year draw a slot per week; "All" on a longer history draws a slot per
month, its average week (``History.slots``), so ten years read at a glance.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QObject, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QPainter, QPaintEvent, QPalette, QPen, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from hipdesk.content.builtin_routines import DESK_FIVE_ID
from hipdesk.domain.assessment import MEASURES
from hipdesk.domain.durations import format_minutes
from hipdesk.domain.exercise import Side
from hipdesk.domain.routine import Routine
from hipdesk.domain.weekly import (
    HEATMAP_WEEKS,
    WEEKLY_GOAL_RANGE_MIN,
    History,
    HistoryRange,
    HistoryRows,
    RecordedSession,
    WeekStats,
    favoured_side,
    side_balance,
    summarize,
    week_start,
)
from hipdesk.domain.words import number
from hipdesk.storage.errors import StorageError
from hipdesk.ui.accessibility import name_combo
from hipdesk.ui.history.charts import (
    CheckChart,
    MinutesChart,
    PainChart,
    PhaseChart,
    RegionChart,
    SessionsChart,
    SidesChart,
    SlotPlot,
)
from hipdesk.ui.history.check_labels import check_look
from hipdesk.ui.history.heatmap import CalendarHeatmap
from hipdesk.ui.history.labels import HistoryWords, range_label, range_tile_heading, week_label
from hipdesk.ui.history.week_sessions_model import WeekSessionsModel
from hipdesk.ui.plain_text import PlainLabel, mnemonic_safe
from hipdesk.ui.problems import show_problem
from hipdesk.ui.theme import current, style, theme_signals
from hipdesk.usecases.history_export import export_history_csv
from hipdesk.usecases.preferences import WEEKLY_GOAL_MIN

if TYPE_CHECKING:
    from hipdesk.ui.services import Services

log = logging.getLogger(__name__)

DEFAULT_RANGE = HistoryRange.MONTHS_6

# The tab's look is set with fonts, palettes and a painted card rather than one style sheet over the tab: under a
# style sheet Qt styles each of the tab's ~150 widgets through QStyleSheetStyle, which was about 40 % of the time
# the tab took to open. Only the range buttons keep a small style sheet of their own. Colours and sizes come from
# hipdesk.ui.theme, and are applied again when the palette or the application font changes.
TEXT_ROLES: dict[str, tuple[float | None, str]] = {  # object name: (size against the app font, semibold; colour)
    "heading": (1.5, "text"),
    "cardTitle": (1.1, "text"),
    "tileValue": (1.85, "text"),
    "tileCaption": (None, "muted"),
    "cardNote": (None, "muted"),
    "muted": (None, "muted"),
}
# The chosen range: the accent's fill with its text colour. Set as the button's whole style when it is chosen (not
# as a :checked rule), so the button's palette says which colour its text is drawn in.
RANGE_BUTTON_STYLE = "QPushButton {{ padding: 4px 12px; }}"
CHOSEN_RANGE_STYLE = (
    "QPushButton {{ padding: 4px 12px; background: {accent_fill}; color: {accent_on_fill};"
    " border: 1px solid {accent_fill}; border-radius: 4px; }}"
)
WRAPPED_ROLES = frozenset({"cardTitle", "cardNote", "muted"})
PAGE_PROPERTY = "historyPage"  # a widget that shows the page colour behind the cards


def styled(label: QLabel, role: str) -> QLabel:
    """Give ``label`` the font and colour of its role in TEXT_ROLES (its object name, too)."""
    label.setObjectName(role)
    theme = current()
    scale, colour = TEXT_ROLES[role]
    if scale is not None:  # the others keep the font they inherit, which follows the application's by itself
        label.setFont(theme.font(scale, QFont.Weight.DemiBold))
    if role in WRAPPED_ROLES:  # a larger font wraps the words instead of widening the page past the window
        label.setWordWrap(True)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, theme.qcolor(getattr(theme, colour)))
    label.setPalette(palette)
    return label


def page_background(widget: QWidget) -> None:
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.Window, current().qcolor(current().page))
    widget.setPalette(palette)
    widget.setAutoFillBackground(True)
    widget.setProperty(PAGE_PROPERTY, True)


def restyle(root: QWidget) -> None:
    """Apply the theme as it is now to the labels and pages ``styled`` and ``page_background`` set up under root."""
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QLabel) and widget.objectName() in TEXT_ROLES:
            styled(widget, widget.objectName())
        elif widget.property(PAGE_PROPERTY):
            page_background(widget)


class Card(QFrame):
    """A panel with a soft edge and round corners (the theme's card colour), behind a chart, a tile or words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = current()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(theme.qcolor(theme.card_edge), 1.0))
        painter.setBrush(theme.qcolor(theme.card))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8)
        painter.end()


# The charts in the grid below the first screen, by card key.
GRID_CHARTS: dict[str, Callable[[], SlotPlot]] = {
    "sessions": SessionsChart,
    "pain": PainChart,
    "phases": PhaseChart,
    "sides": SidesChart,
    "regions": RegionChart,
}


def check_key(check_id: str, unit: str) -> str:
    """The chart key of a check's series: 'check:<measure id>', plus ':<unit>' for a unit other than its own."""
    measure = MEASURES.get(check_id)
    return f"check:{check_id}" if measure is None or measure.unit.value == unit else f"check:{check_id}:{unit}"


def fitting_range(weeks: int) -> HistoryRange:
    """The range a new visit opens on: the whole history while it is short, the last year once it is long."""
    if weeks <= 8:
        return HistoryRange.WEEKS_8
    if weeks <= 26:
        return HistoryRange.MONTHS_6
    return HistoryRange.YEAR


def find_desk_five(services: Services) -> Routine | None:
    """The built-in five-minute routine, if the built-in routines are loaded."""
    for routine in getattr(services, "builtin_routines", ()) or ():
        if routine.id == DESK_FIVE_ID or routine.name.casefold() == "desk five":
            return routine
    return None


class _Loader(QObject):
    """Carries a worker thread's read back to the GUI thread.

    Signals:
    loaded(int, object): the read's generation and its HistoryRows.
    """

    loaded = Signal(int, object)


class ChartCard(Card):
    """A titled white card around one chart, with a button that saves it as a PNG.

    Signals:
    save_requested(str): the card's "Save PNG" button was pressed; the card's key.
    """

    save_requested = Signal(str)

    def __init__(self, key: str, title: str, body: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.body = body
        self.title = styled(PlainLabel(title), "cardTitle")
        self.subtitle = styled(PlainLabel(), "cardNote")
        self.subtitle.setWordWrap(True)
        self.subtitle.hide()
        self.note = styled(PlainLabel(), "cardNote")
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note.setMinimumHeight(120)
        self.note.hide()
        self.save_button = QToolButton()
        self.save_button.setText(HistoryWords.tr("Save PNG…"))
        self.save_button.setAutoRaise(True)
        self.save_button.setAccessibleName(
            HistoryWords.tr("Save the chart “{title}” as a PNG image").format(title=title)
        )
        self.save_button.setToolTip(HistoryWords.tr("Save this chart as a PNG image"))
        self.save_button.clicked.connect(lambda: self.save_requested.emit(self.key))
        head = QHBoxLayout()
        head.addWidget(self.title, 1)  # the room beside the button is the title's: it wraps only when it must
        head.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 10)
        layout.setSpacing(4)
        layout.addLayout(head)
        layout.addWidget(self.subtitle)
        layout.addWidget(body)
        layout.addWidget(self.note)
        body.setAccessibleName(title)

    def set_subtitle(self, text: str) -> None:
        self.subtitle.setText(text)
        self.subtitle.setVisible(bool(text))

    def show_note(self, text: str) -> None:
        """Words in place of the chart, for a chart with nothing to show in this range (never bare axes)."""
        self.note.setText(text)
        self.note.setVisible(bool(text))
        self.body.setVisible(not text)
        self.save_button.setEnabled(not text)

    def save_png(self, path: Path) -> bool:
        self.save_button.hide()
        try:
            return self.grab().save(str(path), "PNG")
        finally:
            self.save_button.show()


class Tile(Card):
    """A number at a glance with a caption under it."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = styled(PlainLabel(caption), "tileCaption")
        self.value = styled(QLabel("–"), "tileValue")
        self.detail = styled(PlainLabel(), "tileCaption")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 10)
        layout.setSpacing(0)
        layout.addWidget(self.heading)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def show_value(self, value: str, detail: str) -> None:
        self.value.setText(value)
        self.detail.setText(detail)
        self.setAccessibleName(f"{self.heading.text()}: {value}, {detail}")


class HistoryView(QWidget):
    """The History tab.

    Signals:
    refreshed(): the charts were redrawn from the store.
    fully_loaded(): all of history has been read (the first read covers the last 52 weeks; the rest follows
        from a worker thread, or at once when the range "All" is chosen).
    week_selected(object): the week list now shows the sessions of this week (its Monday, a datetime.date).
    """

    refreshed = Signal()
    fully_loaded = Signal()
    week_selected = Signal(object)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._today = services.wall.today
        self._rows = HistoryRows()
        self._history: History | None = None
        self._range = DEFAULT_RANGE
        self._range_chosen = False  # until the user picks one, the range fits the history's length
        self._weeks: tuple[WeekStats, ...] = ()  # the range's weeks (tiles, regions, the week list)
        self._slots: tuple[WeekStats, ...] = ()  # what the charts' x axes show: the weeks, or months beyond a year
        self._selected: date | None = None
        self._dirty = False
        self._week_stale = True
        self._week_sessions: list[RecordedSession] = []
        self._generation = 0  # bumped by each read, so a late background read of an older state is dropped
        self._complete = False  # whether the rows cover all of history (else the last 52 weeks)
        self._loader = _Loader(self)
        self._loader.loaded.connect(self._all_loaded)
        self._read_pending = False  # the rest of a long history, read once the first screen has painted
        self._thread: threading.Thread | None = None
        self._check_cards: dict[str, ChartCard] = {}
        self.setAccessibleName(self.tr("History"))

        self.stack = QStackedWidget()
        self.empty_page = self._build_empty_page()
        self.content = self._build_content()
        self.stack.addWidget(self.empty_page)
        self.stack.addWidget(self.content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._build_top_bar())
        layout.addWidget(self.stack, 1)

        events = services.events
        events.session_finished.connect(self._store_changed)
        events.session_reflected.connect(self._store_changed)  # its feeling and pain after
        events.checks_recorded.connect(self._store_changed)
        events.day_changed.connect(self._store_changed)  # "this week" and the streaks count from today
        events.data_imported.connect(self._store_changed)
        events.settings_changed.connect(self._settings_changed)
        theme_signals().changed.connect(self._theme_changed)
        self.refresh()

    # ---- building ---------------------------------------------------------------------------------------------
    def _build_top_bar(self) -> QWidget:
        bar = QWidget()
        row = QHBoxLayout(bar)
        row.setContentsMargins(16, 10, 16, 8)
        heading = styled(QLabel(self.tr("Your progress")), "heading")
        row.addWidget(heading)
        row.addSpacing(20)
        self.range_label = QLabel(self.tr("Show:"))
        row.addWidget(self.range_label)
        self.range_group = QButtonGroup(self)
        self.range_group.setExclusive(True)
        self.range_buttons: dict[HistoryRange, QPushButton] = {}
        for span in HistoryRange:
            button = QPushButton(range_label(span))
            button.setObjectName("range")
            button.setCheckable(True)
            button.toggled.connect(lambda on, b=button: style(b, CHOSEN_RANGE_STYLE if on else RANGE_BUTTON_STYLE))
            style(button, CHOSEN_RANGE_STYLE if span is self._range else RANGE_BUTTON_STYLE)
            button.setChecked(span is self._range)
            show = self.tr("Show {range}").format(range=range_label(span))
            button.setAccessibleName(show if span.weeks else self.tr("Show all of history"))
            button.clicked.connect(lambda _checked=False, s=span: self.set_range(s, chosen=True))
            self.range_group.addButton(button)
            self.range_buttons[span] = button
            row.addWidget(button)
        row.addStretch(1)
        self.status = styled(PlainLabel(), "muted")  # names the file a CSV went to
        row.addWidget(self.status)
        row.addSpacing(12)
        goal_label = QLabel(self.tr("Weekly &goal:"))
        self.goal_spin = QSpinBox()
        self.goal_spin.setRange(*WEEKLY_GOAL_RANGE_MIN)
        self.goal_spin.setSingleStep(5)
        self.goal_spin.setSuffix(self.tr(" min"))
        self.goal_spin.setAccessibleName(self.tr("Weekly goal in minutes"))
        self.goal_spin.setToolTip(self.tr("Minutes a week you aim for; 70 is five minutes twice a day"))
        self.goal_spin.setValue(int(self._goal()))
        self.goal_spin.valueChanged.connect(self.set_goal)
        goal_label.setBuddy(self.goal_spin)
        row.addWidget(goal_label)
        row.addWidget(self.goal_spin)
        row.addSpacing(12)
        self.export_button = QPushButton(self.tr("&Export CSV…"))
        self.export_button.setAccessibleName(self.tr("Export sessions and steps as CSV"))
        self.export_button.setToolTip(self.tr("Save every session and its steps as a CSV file"))
        self.export_button.clicked.connect(self._export_clicked)
        row.addWidget(self.export_button)
        return bar

    def _build_empty_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("historyContent")
        page_background(page)
        outer = QVBoxLayout(page)
        outer.addStretch(1)
        card = Card()
        card.setMaximumWidth(560)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 24, 28, 24)
        inner.setSpacing(12)
        title = styled(QLabel(self.tr("Your history starts with your first session")), "heading")
        title.setWordWrap(True)
        empty_text = self.tr(
            "After your first session this tab shows your minutes each week against your goal, your streaks, a "
            "calendar of the last year, pain before and after sessions, where the time went (by phase, by body "
            "region, left against right) and your weekly mobility checks."
        )
        body = styled(PlainLabel(empty_text), "cardNote")
        body.setWordWrap(True)
        hint = styled(
            QLabel(self.tr("Five minutes, twice a day, is a good start. Everything stays on this computer.")),
            "cardNote",
        )
        hint.setWordWrap(True)
        desk_five = find_desk_five(self._services)
        self.start_button = QPushButton(
            mnemonic_safe(self.tr("Start “{routine}” now (5 min)").format(routine=desk_five.name if desk_five else ""))
        )
        self.start_button.setAccessibleName(
            self.tr("Start the five-minute routine “{routine}” in the player").format(
                routine=desk_five.name if desk_five else ""
            )
        )
        self.start_button.clicked.connect(self._start_desk_five)
        self.start_button.setVisible(desk_five is not None)
        inner.addWidget(title)
        inner.addWidget(body)
        inner.addWidget(hint)
        inner.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignLeft)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        return page

    def _card(self, key: str, title: str, body: QWidget) -> ChartCard:
        card = ChartCard(key, title, body)
        card.save_requested.connect(self._save_clicked)
        self.cards[key] = card
        return card

    def _build_content(self) -> QWidget:
        self.cards: dict[str, ChartCard] = {}
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        inner.setObjectName("historyContent")
        page_background(inner)
        column = QVBoxLayout(inner)
        column.setContentsMargins(16, 8, 16, 16)
        column.setSpacing(12)

        tiles = QHBoxLayout()
        tiles.setSpacing(12)
        self.tile_week = Tile(self.tr("This week"))
        self.tile_days = Tile(self.tr("Day streak"))
        self.tile_goal = Tile(self.tr("Goal streak"))
        self.tile_range = Tile(self.tr("In this range"))
        for tile in (self.tile_week, self.tile_days, self.tile_goal, self.tile_range):
            tiles.addWidget(tile)
        column.addLayout(tiles)

        self.minutes_chart = MinutesChart()
        self.minutes_chart.slot_clicked.connect(self._slot_clicked)
        self.minutes_chart.installEventFilter(self)  # its first paint starts the read of a long history's rest
        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(self._card("minutes", self.tr("Minutes per week"), self.minutes_chart), 3)
        top.addWidget(self._build_week_card(), 2)
        column.addLayout(top)

        self.heatmap = CalendarHeatmap()
        column.addWidget(self._card("calendar", self.tr("The last 52 weeks"), self.heatmap))

        charts = {key: make() for key, make in GRID_CHARTS.items()}
        for key, chart in charts.items():
            if key != "regions":  # a region's row is no week
                chart.slot_clicked.connect(self._slot_clicked)
        grid = QGridLayout()
        grid.setSpacing(12)
        grid.addWidget(self._card("sessions", self.tr("Sessions per week"), charts["sessions"]), 0, 0)
        grid.addWidget(self._card("pain", self.tr("Pain before and after (weekly average)"), charts["pain"]), 0, 1)
        grid.addWidget(self._card("phases", self.tr("Minutes per week by phase"), charts["phases"]), 1, 0)
        grid.addWidget(self._card("sides", self.tr("Left against right"), charts["sides"]), 1, 1)
        regions = self.tr("Where the time went: minutes per week by region")
        grid.addWidget(self._card("regions", regions, charts["regions"]), 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        column.addLayout(grid)

        checks_title = styled(QLabel(self.tr("Mobility checks, left and right")), "cardTitle")
        column.addWidget(checks_title)
        self.checks_note = styled(
            QLabel(
                self.tr(
                    "No mobility checks in this range. The weekly check measures each side; its results appear here."
                )
            ),
            "muted",
        )
        self.checks_note.setWordWrap(True)
        column.addWidget(self.checks_note)
        self.checks_grid = QGridLayout()
        self.checks_grid.setSpacing(12)
        self.checks_grid.setColumnStretch(0, 1)
        self.checks_grid.setColumnStretch(1, 1)
        column.addLayout(self.checks_grid)
        column.addStretch(1)
        scroll.setWidget(inner)
        return scroll

    def _build_week_card(self) -> ChartCard:
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        self.week_combo = QComboBox()
        name_combo(self.week_combo, self.tr("Week to list"))
        self.week_combo.setToolTip(self.tr("Pick a week, or click a week on a chart"))
        self.week_combo.currentIndexChanged.connect(self._combo_changed)
        self.week_summary = styled(PlainLabel(), "muted")
        self.week_model = WeekSessionsModel(self._services.wall.zone(), self)
        self.week_tree = QTreeView()
        self.week_tree.setModel(self.week_model)
        self.week_tree.setAccessibleName(self.tr("Sessions of the selected week and their steps"))
        self.week_tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.week_tree.setUniformRowHeights(True)
        self.week_tree.setAlternatingRowColors(True)
        header = self.week_tree.header()
        header.setStretchLastSection(False)
        # The day and time are read whole; a long routine name is the one that gives way (elided) on a small screen.
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for section in (0, 2, 3):
            header.setSectionResizeMode(section, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.week_combo)
        layout.addWidget(self.week_summary)
        layout.addWidget(self.week_tree, 1)
        card = ChartCard("week", self.tr("Sessions of a week"), body)
        card.save_button.hide()
        return card

    # ---- data ---------------------------------------------------------------------------------------------------
    @property
    def history(self) -> History | None:
        return self._history

    @property
    def current_range(self) -> HistoryRange:
        return self._range

    @property
    def selected_week(self) -> date | None:
        return self._selected

    def _goal(self) -> float:
        return float(self._services.preferences.get(WEEKLY_GOAL_MIN))

    def refresh(self) -> None:
        """Read the store again and redraw. The first read covers the last 52 weeks, which is all the calendar
        and every range but "All" need; the rest of a long history is read in a worker thread."""
        self._dirty = False
        self._week_stale = True
        self._generation += 1
        today = self._today()
        first = self._services.history.first_day()
        recent = week_start(today) - timedelta(weeks=HEATMAP_WEEKS - 1)
        if not self._range_chosen and first is not None:
            self._range = fitting_range((week_start(today) - week_start(first)).days // 7 + 1)
            self.range_buttons[self._range].setChecked(True)
        self._complete = first is None or first >= recent or self._range is HistoryRange.ALL
        self._rows = self._services.history.rows(None if self._complete else recent)
        self._history = summarize(self._rows, self._services.library, self._goal(), today)
        if self._history.empty and not self._complete:  # nothing in the last year, but there is history
            self._rows, self._complete = self._services.history.rows(), True
            self._history = summarize(self._rows, self._services.library, self._goal(), today)
        self._read_pending = not self._complete  # started once the first screen has painted, so it does not slow it
        empty = self._history.empty
        self.stack.setCurrentWidget(self.empty_page if empty else self.content)
        for button in self.range_buttons.values():
            button.setVisible(not empty)
        self.range_label.setVisible(not empty)
        self.export_button.setEnabled(not empty)
        if not empty:
            self._render()
        if self._read_pending and self.isVisible() and self.minutes_chart.visibleRegion().isEmpty():
            QTimer.singleShot(0, self, self._start_pending_read)  # scrolled down: no paint of the top will come
        self.refreshed.emit()
        if self._complete:
            self.fully_loaded.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.minutes_chart and event.type() == QEvent.Type.Paint and self._read_pending:
            QTimer.singleShot(0, self, self._start_pending_read)  # queued: runs once this paint is done
        return super().eventFilter(watched, event)

    def _start_pending_read(self) -> None:
        if self._read_pending and not self._complete:
            self._read_pending = False
            self._read_all_in_background()

    def _read_all_in_background(self) -> None:
        generation, history, loader = self._generation, self._services.history, self._loader

        def read() -> None:
            try:
                rows = history.rows()
            except StorageError as exc:  # locked or unreadable just now: the next refresh reads again
                log.warning("could not read the whole history: %s", exc)
                return
            with contextlib.suppress(RuntimeError):  # the view was deleted meanwhile
                loader.loaded.emit(generation, rows)

        self._thread = threading.Thread(target=read, name="history-read", daemon=True)
        self._thread.start()

    def wait_for_reads(self, timeout_s: float = 10.0) -> None:
        """Block until a background read has finished (its result still arrives through the event loop)."""
        if self._thread is not None:
            self._thread.join(timeout_s)

    def _all_loaded(self, generation: int, rows: HistoryRows) -> None:
        if generation != self._generation or self._history is None:
            return
        self._use_all(rows)

    def _use_all(self, rows: HistoryRows) -> None:
        self._generation += 1
        self._rows = rows
        self._complete = True
        assert self._history is not None
        self._history = summarize(rows, self._services.library, self._history.goal_min, self._history.today)
        if not self._history.empty:
            self._render_tiles(self._history, self._weeks)
        self.fully_loaded.emit()

    def set_range(self, span: HistoryRange, chosen: bool = True) -> None:
        self._range = span
        self._range_chosen = self._range_chosen or chosen
        self.range_buttons[span].setChecked(True)
        if span is HistoryRange.ALL and not self._complete and self._history is not None:
            self._use_all(self._services.history.rows())  # not read yet: read it now
        if self._history is not None and not self._history.empty:
            self._render()

    def set_goal(self, minutes: int) -> None:
        if self.goal_spin.value() != minutes:
            self.goal_spin.setValue(minutes)  # comes back here through valueChanged
            return
        if self._goal() != minutes:
            self._services.preferences.set(WEEKLY_GOAL_MIN, minutes)
            self._services.events.settings_changed.emit()
        if self._history is not None and self._history.goal_min != minutes:
            self._history = self._history.with_goal(float(minutes))
            if not self._history.empty:
                self._render_goal()

    def _settings_changed(self) -> None:
        goal = int(self._goal())
        if goal != self.goal_spin.value():
            self.goal_spin.setValue(goal)

    def _store_changed(self, *_args: object) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._dirty = True

    def _theme_changed(self) -> None:
        restyle(self)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    # ---- drawing ------------------------------------------------------------------------------------------------
    @property
    def sessions_chart(self) -> SessionsChart:
        return cast(SessionsChart, self.cards["sessions"].body)

    @property
    def pain_chart(self) -> PainChart:
        return cast(PainChart, self.cards["pain"].body)

    @property
    def phase_chart(self) -> PhaseChart:
        return cast(PhaseChart, self.cards["phases"].body)

    @property
    def region_chart(self) -> RegionChart:
        return cast(RegionChart, self.cards["regions"].body)

    @property
    def sides_chart(self) -> SidesChart:
        return cast(SidesChart, self.cards["sides"].body)

    def _render(self) -> None:
        """Draw every chart for the range (drawing one costs about a millisecond, so all are drawn at once)."""
        history = self._history
        assert history is not None
        weeks = history.in_range(self._range)
        self._weeks = weeks
        self._slots = slots = history.slots(self._range)
        self.minutes_chart.show_weeks(slots, history.goal_min, history.today)
        monthly = slots and slots[0].month is not None
        self.cards["pain"].title.setText(
            self.tr("Pain before and after (monthly average)")
            if monthly
            else self.tr("Pain before and after (weekly average)")
        )
        self._render_tiles(history, weeks)
        self.heatmap.show_history(history)
        self._fill_week_combo(weeks)
        self.sessions_chart.show_weeks(slots)
        self._mark_selected()
        self._render_pain(slots)
        self.phase_chart.show_weeks(slots)
        self.region_chart.show_weeks(weeks)
        self._render_sides(slots)
        self._render_checks(history)

    def _render_goal(self) -> None:
        history = self._history
        assert history is not None
        self.minutes_chart.show_weeks(self._slots, history.goal_min, history.today)
        self._mark_selected()
        self._render_tiles(history, self._weeks)
        self.heatmap.show_history(history)

    def _render_pain(self, weeks: tuple[WeekStats, ...]) -> None:
        card = self.cards["pain"]
        if all(w.pain_before is None and w.pain_after is None for w in weeks):
            card.show_note(
                self.tr(
                    "No pain ratings in this range.\n"
                    "Rate pain before and after a session in the player to see the trend."
                )
            )
            return
        card.show_note("")
        self.pain_chart.show_weeks(weeks)

    def _render_sides(self, weeks: tuple[WeekStats, ...]) -> None:
        card = self.cards["sides"]
        left = sum(w.left_min for w in weeks)
        right = sum(w.right_min for w in weeks)
        balance = side_balance(left, right)
        if balance is None:
            card.show_note(self.tr("No one-sided exercises in this range yet."))
            card.set_subtitle("")
            return
        card.show_note("")
        share = 50 * (1 + balance)
        favoured = favoured_side(balance)
        if favoured is None:
            lean = self.tr("even")
        elif favoured is Side.LEFT:
            lean = self.tr("left gets more")
        else:
            lean = self.tr("right gets more")
        card.set_subtitle(
            self.tr("In this range: left {left} ({left_share} %), right {right} ({right_share} %), {lean}").format(
                left=format_minutes(left),
                left_share=number(share),
                right=format_minutes(right),
                right_share=number(100 - share),
                lean=lean,
            )
        )
        self.sides_chart.show_weeks(weeks)

    def _render_checks(self, history: History) -> None:
        series = history.check_slots(self._range)
        keys = [check_key(s.check_id, s.unit) for s in series]
        for key, card in self._check_cards.items():
            card.setVisible(key in keys)
        self.checks_note.setVisible(not series)
        for i, (key, s) in enumerate(zip(keys, series, strict=True)):
            if key not in self._check_cards:
                look = check_look(s.check_id, s.unit)
                chart = CheckChart(look)
                chart.slot_clicked.connect(self._slot_clicked)
                card = self._card(key, look.title, chart)
                card.set_subtitle(look.note)
                self._check_cards[key] = card
            card = self._check_cards[key]
            self.checks_grid.addWidget(card, i // 2, i % 2)
            card.show()
            assert isinstance(card.body, CheckChart)
            card.body.show_series(s, self._slots)

    def _render_tiles(self, history: History, weeks: tuple[WeekStats, ...]) -> None:
        this_week = history.week(week_start(history.today))
        left = max(history.goal_min - this_week.minutes, 0)
        to_go = self.tr("goal met") if left == 0 else self.tr("{minutes} to go").format(minutes=format_minutes(left))
        self.tile_week.show_value(
            format_minutes(this_week.minutes),
            self.tr("of {goal} min · {to_go}").format(goal=number(history.goal_min), to_go=to_go),
        )
        streaks = history.streaks
        self.tile_days.show_value(
            self.tr("%n day(s)", "", streaks.days), self.tr("best ever: %n day(s)", "", streaks.best_days)
        )
        self.tile_goal.show_value(self.tr("%n week(s)", "", streaks.weeks), self.tr("in a row meeting the goal"))
        sessions = sum(w.sessions for w in weeks)
        partial = sum(w.partial for w in weeks)
        minutes = sum(w.minutes for w in weeks)
        self.tile_range.heading.setText(range_tile_heading(self._range))
        detail = format_minutes(minutes)
        if partial:
            detail += " · " + self.tr("{count} partial").format(count=partial)
        self.tile_range.show_value(self.tr("%n session(s)", "", sessions), detail)

    # ---- the week list ---------------------------------------------------------------------------------------
    def _fill_week_combo(self, weeks: tuple[WeekStats, ...]) -> None:
        self.week_combo.blockSignals(True)
        self.week_combo.clear()
        for w in reversed(weeks):
            self.week_combo.addItem(self.tr("Week of {days}").format(days=week_label(w.start)), w.start)
        self.week_combo.blockSignals(False)
        starts = {w.start for w in weeks}
        target = self._selected if self._selected in starts else None
        if target is None:
            with_sessions = [w.start for w in weeks if w.sessions]
            target = with_sessions[-1] if with_sessions else (weeks[-1].start if weeks else None)
        if target is not None:
            self.select_week(target, reload=self._week_stale)
        self._week_stale = False

    def _combo_changed(self, index: int) -> None:
        monday = self.week_combo.itemData(index)
        if isinstance(monday, date):
            self.select_week(monday)

    def _slot_clicked(self, index: int) -> None:
        """A week's slot lists that week; a month's slot lists its first week (the list's menu has the others)."""
        if 0 <= index < len(self._slots):
            self.select_week(self._slots[index].start)

    def select_week(self, monday: date, reload: bool = True) -> None:
        """List the sessions of the week starting on ``monday`` and mark it on the charts."""
        if reload or monday != self._selected:
            self._week_sessions = self._services.history.sessions_in_week(monday)
            self.week_model.set_sessions(self._week_sessions, self._services.library)
        self._selected = monday
        sessions = self._week_sessions
        stats = self._history.week(monday) if self._history else None
        if sessions and stats is not None:
            partial = sum(1 for s in sessions if not s.complete)
            summary = self.tr("%n session(s), {minutes}", "", len(sessions)).format(
                minutes=format_minutes(stats.minutes)
            )
            if partial:
                summary += self.tr(", {count} partial").format(count=partial)
            # One message, so a language can join the counts and the hint in its own way ("24 Min." ends in a dot).
            self.week_summary.setText(self.tr("{summary}. Expand a session to see its steps.").format(summary=summary))
        else:
            self.week_summary.setText(self.tr("No sessions this week."))
        index = self.week_combo.findData(monday)
        if index >= 0 and index != self.week_combo.currentIndex():
            self.week_combo.blockSignals(True)
            self.week_combo.setCurrentIndex(index)
            self.week_combo.blockSignals(False)
        self._mark_selected()
        self.week_selected.emit(monday)

    def _mark_selected(self) -> None:
        selected = self._selected
        index = None
        if selected is not None:
            index = next((i for i, w in enumerate(self._slots) if w.start <= selected <= w.end), None)
        self.minutes_chart.mark_slot(index)
        self.sessions_chart.mark_slot(index)

    # ---- actions ------------------------------------------------------------------------------------------------
    def _start_desk_five(self) -> None:
        routine = find_desk_five(self._services)
        if routine is not None:
            self._services.events.play_requested.emit(routine)

    def export_csv(self, path: Path) -> int | None:
        """Write every session and its steps to ``path``; returns the number of rows, or None when it could not be
        written (the person is told why and where)."""
        try:
            count = export_history_csv(self._services.history, path)
        except StorageError as exc:
            self.status.setText(self.tr("Not saved: {path}").format(path=path))
            show_problem(self, exc)
            return None
        self.status.setText(self.tr("Saved %n row(s) to {path}", "", count).format(path=path))
        return count

    def save_chart(self, key: str, path: Path) -> bool:
        """Save the chart card ``key`` ('minutes', 'calendar', 'check:<id>', ...) as a PNG."""
        card = self.cards.get(key)
        if card is None or not card.isVisibleTo(self):
            return False
        return card.save_png(path)

    def _export_clicked(self) -> None:
        default = Path.home() / f"hipdesk-history-{self._today().isoformat()}.csv"
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export sessions and steps"), str(default), self.tr("CSV files (*.csv)")
        )
        if name:
            self.export_csv(Path(name))

    def _save_clicked(self, key: str) -> None:
        default = Path.home() / f"hipdesk-{key.replace(':', '-')}-{self._today().isoformat()}.png"
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save chart as PNG"), str(default), self.tr("PNG images (*.png)")
        )
        if name:
            self.save_chart(key, Path(name))
