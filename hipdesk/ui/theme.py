"""HipDesk's look, derived from the desktop: every colour from the palette, every text size from the application font.

A light or dark palette, a high-contrast one, a larger text setting: ``current()`` turns whatever the desktop gives
into HipDesk's colours (secondary text, take-care amber, the player's step colours, the side badges, message bars,
phase hues, the charts), each moved only as far as it takes to reach WCAG contrast on the background it sits on
(``hipdesk.ui.contrast``). Sizes are multiples of the application font's size, so a larger desktop font enlarges
HipDesk.

Widgets take their look through :func:`style`, a style sheet written with the theme's names::

    style(label, "color: {muted}; font-size: {size:1.25};")

The theme watcher (installed once, after the first paint) applies each template again when the palette or the font
changes while HipDesk runs, and emits ``changed`` for the views that paint or cache pictures themselves.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from functools import cache

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from hipdesk.domain.exercise import Phase
from hipdesk.ui.colour_scheme import follow_colour_scheme
from hipdesk.ui.contrast import (
    GRAPHIC_RATIO,
    RGB,
    TEXT_RATIO,
    is_dark,
    mix,
    parse,
    quieter,
    ratio,
    readable,
    to_hex,
)
from hipdesk.ui.library.phase_colours import PHASE_HUES

log = logging.getLogger(__name__)

STYLE_PROPERTY = "hipdeskStyle"  # the template a widget's style sheet was made from, for a change of theme
STYLE_VALUES_PROPERTY = "hipdeskStyleValues"

# The hues HipDesk means something by. Each is the light-theme colour; the theme moves it for the palette in use.
CAUTION_HUE = "#b45309"  # amber: a flagged check, advice to ease off, a step back, a paused session
DANGER_HUE = "#b91c1c"  # red: the pain stop, an error
SUCCESS_HUE = "#15803d"  # green: progress
INFO_HUE = "#3b5bdb"  # indigo: a question in the player
ACCENT_HUE = "#3f8f9b"  # teal: History's chosen range, minutes that met the goal
STAR_HUE = "#d99a00"  # a favourite's star
# Two colours apart in hue and in lightness, so LEFT and RIGHT differ for every kind of colour vision.
LEFT_HUE = "#1d4ed8"
RIGHT_HUE = "#b45309"
# The countdown's colour says what kind of step it is (slate get ready, green rest, violet switch sides); none of them
# is a side colour, so blue and amber always mean LEFT and RIGHT.
REST_HUE = "#047857"
SWITCH_HUE = "#6d28d9"
GET_READY_HUE = "#475569"

OTHER_PHASE_HUE = "#8a949c"  # History's time outside any phase

# History's charts: the light-theme colours they were designed in.
CHART_HUES = {
    "minutes_met": ACCENT_HUE,  # a week that met the goal
    "minutes_short": "#a9cfd5",  # a week below it (outlined in minutes_met, so it never differs by shade alone)
    "goal": "#c7772c",
    "complete": "#6b9e7a",
    "partial": "#c6dccb",
    "pain_before": "#b5525c",
    "pain_after": "#4f7cac",
    "left": "#4f7cac",  # left and right keep these colours on every chart
    "right": "#d08a35",
    "neutral": "#7b8790",
}
PALE_CHART_KEYS = frozenset({"minutes_short", "partial"})  # fills drawn with an outline in a stronger colour


def _rgb(colour: QColor) -> RGB:
    return colour.red(), colour.green(), colour.blue()


def _flat(colour: QColor, under: QColor) -> RGB:
    """A palette colour as it shows: a translucent one (Qt's placeholder text) blended on what is under it."""
    if colour.alpha() == 255:
        return _rgb(colour)
    return mix(_rgb(under), _rgb(colour), colour.alphaF())


class Size:
    """``{size:1.25}`` in a template: 1.25 times the application font, in its own unit (points, or pixels when the
    desktop gives the font in pixels)."""

    def __init__(self, points: float, pixels: int) -> None:
        self.points = points
        self.pixels = pixels

    def __format__(self, spec: str) -> str:
        scale = float(spec) if spec else 1.0
        if self.points > 0:
            return f"{self.points * scale:.1f}pt"
        return f"{round(self.pixels * scale)}px"


@dataclass(frozen=True)
class Tone:
    """A tinted surface for a message, its text and its edge."""

    background: str
    text: str
    edge: str


@dataclass(frozen=True)
class Fill:
    """A solid colour with text on it (a side badge, a chosen button), both readable on the window too."""

    background: str
    text: str


@dataclass(frozen=True)
class Theme:
    """HipDesk's colours (``#rrggbb``) and type for one palette and application font."""

    dark: bool
    text: str
    window: str
    base: str
    alternate_base: str
    mid: str
    midlight: str
    highlight: str
    highlighted_text: str
    muted: str  # secondary text: quieter than text, still 4.5:1 on the window and on the base
    caution: str
    danger: str
    success: str
    star: str
    info: Tone
    warn: Tone
    accent: Fill
    left: Fill
    right: Fill
    rest: str
    switch: str
    get_ready: str
    page: str  # History's page behind its cards
    card: str
    card_edge: str
    phase_text: dict[Phase, str]
    phase_tint: dict[Phase, str]
    phase_fill: dict[str, str]  # by phase value, and "other"
    chart: dict[str, str]
    chart_ink: str
    chart_grid: str
    heat: tuple[str, ...]  # no session, then four steps of minutes
    heat_future: str
    font_points: float
    font_pixels: int
    tokens: dict[str, object] = field(repr=False, compare=False, hash=False, default_factory=dict)
    _chart_cache: dict[str, QColor] = field(repr=False, compare=False, hash=False, default_factory=dict)

    def qcolor(self, hex_colour: str) -> QColor:
        return _qcolor(hex_colour)

    def chart_colour(self, key: str) -> QColor:
        """A History chart's colour by its name: a series (``left``, ``minutes_met``, …), ``phase:<phase>``,
        ``ink`` (axis text), ``grid``, ``card`` (the background), ``selected`` (the chosen week's band),
        ``legend`` (behind the legend) or ``typical`` (a check's typical range)."""
        found = self._chart_cache.get(key)
        if found is None:
            found = self._chart_cache[key] = self._chart_colour(key)
        return found

    def _chart_colour(self, key: str) -> QColor:
        if key.startswith("phase:"):
            return QColor(self.phase_fill[key.removeprefix("phase:")])
        washes = {  # translucent layers: (colour, opacity on a light card, on a dark one)
            "selected": (self.chart_ink, 22, 30),  # neutral: on a dark card a tinted band looked like a bar
            "legend": (self.card, 210, 210),
            "typical": (self.chart["complete"], 28, 48),
        }
        if key in washes:
            hex_colour, light, dark = washes[key]
            colour = QColor(hex_colour)
            colour.setAlpha(dark if self.dark else light)
            return colour
        named = {"ink": self.chart_ink, "grid": self.chart_grid, "card": self.card}
        return QColor(named.get(key) or self.chart[key])

    def size_pt(self, scale: float) -> float:
        """``scale`` times the application font, in points."""
        if self.font_points > 0:
            return self.font_points * scale
        return self.font_pixels * scale * 0.75

    def font(self, scale: float = 1.0, weight: QFont.Weight | None = None) -> QFont:
        """The application font at ``scale`` times its size."""
        font = QFont(QGuiApplication.font())
        if self.font_points > 0:
            font.setPointSizeF(self.font_points * scale)
        else:
            font.setPixelSize(max(1, round(self.font_pixels * scale)))
        if weight is not None:
            font.setWeight(weight)
        return font

    def format(self, template: str) -> str:
        return template.format_map(self.tokens)


@cache
def _qcolor(hex_colour: str) -> QColor:
    return QColor(hex_colour)


def _fill(hue: str, text_rgb: RGB, window: RGB, dark: bool) -> Fill:
    """A solid ``hue`` with text on it: white text on a darkened hue in a light theme; in a dark one, the hue
    lightened under the window's own dark colour, so the badge is bright on a dark window."""
    if dark:
        ink = window if ratio(window, text_rgb) >= TEXT_RATIO else (0, 0, 0)
        background = readable(parse(hue), ink, TEXT_RATIO + 0.3)
        return Fill(to_hex(background), to_hex(ink))
    white = (255, 255, 255)
    return Fill(to_hex(readable(parse(hue), white, TEXT_RATIO + 0.3)), to_hex(white))


def _tone(hue: str, ground: RGB, dark: bool) -> Tone:
    background = mix(ground, parse(hue), 0.22 if dark else 0.1)
    text = readable(parse(hue), background, 7.0)
    edge = mix(background, parse(hue), 0.55)
    return Tone(to_hex(background), to_hex(text), to_hex(edge))


def build(palette: QPalette, font: QFont) -> Theme:
    """The theme for this palette and application font (``current()`` caches it)."""
    role = QPalette.ColorRole
    window_c = palette.color(role.Window)
    window, base = _rgb(window_c), _rgb(palette.color(role.Base))
    text = _flat(palette.color(role.WindowText), window_c)
    dark = is_dark(window)
    # History's page and cards: in a light theme white cards on the window's grey; in a dark one cards a shade
    # lighter than the window, the way dark themes raise a surface.
    page = window if dark else mix(window, base, 0.4)
    card = mix(window, text, 0.07) if dark else base
    card_grounds = [card, page]
    grounds = [window, base, _rgb(palette.color(role.AlternateBase)), card]  # where HipDesk puts text

    def reads(hue: str, minimum: float = TEXT_RATIO + 0.2) -> str:
        return to_hex(readable(parse(hue), grounds, minimum))

    chart = {key: to_hex(readable(parse(hue), card, GRAPHIC_RATIO + 0.3)) for key, hue in CHART_HUES.items()}
    for key in PALE_CHART_KEYS:  # pale fills stay pale: their outline carries the contrast
        chart[key] = to_hex(mix(card, parse(chart["minutes_met" if key == "minutes_short" else "complete"]), 0.35))
    phase_fill = {
        phase.value: to_hex(mix(readable(parse(hue), card, GRAPHIC_RATIO), card, 0.3 if not dark else 0.15))
        for phase, hue in PHASE_HUES.items()
    }
    phase_fill["other"] = to_hex(mix(card, parse(OTHER_PHASE_HUE), 0.45))
    heat_hue = readable(parse(ACCENT_HUE), card, GRAPHIC_RATIO + 1.5)
    theme = Theme(
        dark=dark,
        text=to_hex(text),
        window=to_hex(window),
        base=to_hex(base),
        alternate_base=to_hex(grounds[2]),
        mid=palette.color(role.Mid).name(),
        midlight=palette.color(role.Midlight).name(),
        highlight=palette.color(role.Highlight).name(),
        highlighted_text=palette.color(role.HighlightedText).name(),
        muted=to_hex(quieter(text, grounds)),
        caution=reads(CAUTION_HUE),
        danger=reads(DANGER_HUE),
        success=reads(SUCCESS_HUE),
        star=to_hex(readable(parse(STAR_HUE), [base, card], GRAPHIC_RATIO + 0.3)),
        info=_tone(INFO_HUE, window if dark else base, dark),
        warn=_tone(CAUTION_HUE, window if dark else base, dark),
        accent=_fill(ACCENT_HUE, text, window, dark),
        left=_fill(LEFT_HUE, text, window, dark),
        right=_fill(RIGHT_HUE, text, window, dark),
        rest=reads(REST_HUE),
        switch=reads(SWITCH_HUE),
        get_ready=reads(GET_READY_HUE),
        page=to_hex(page),
        card=to_hex(card),
        card_edge=to_hex(mix(card, text, 0.14)),
        phase_text={phase: reads(hue) for phase, hue in PHASE_HUES.items()},
        phase_tint={phase: to_hex(mix(base, parse(hue), 0.22 if dark else 0.14)) for phase, hue in PHASE_HUES.items()},
        phase_fill=phase_fill,
        chart=chart,
        chart_ink=to_hex(quieter(text, card_grounds, 7.0)),
        chart_grid=to_hex(mix(card, text, 0.1)),
        heat=(
            to_hex(mix(card, text, 0.08)),
            *(to_hex(mix(card, heat_hue, share)) for share in (0.3, 0.5, 0.75, 1.0)),
        ),
        heat_future=to_hex(mix(card, text, 0.03)),
        font_points=font.pointSizeF(),
        font_pixels=font.pixelSize(),
    )
    tokens: dict[str, object] = {
        name: getattr(theme, name)
        for name in (
            "text",
            "window",
            "base",
            "alternate_base",
            "mid",
            "midlight",
            "highlight",
            "highlighted_text",
            "muted",
            "caution",
            "danger",
            "success",
            "rest",
            "switch",
            "get_ready",
            "page",
            "card",
            "card_edge",
        )
    }
    for name in ("info", "warn"):
        tone: Tone = getattr(theme, name)
        tokens |= {f"{name}_background": tone.background, f"{name}_text": tone.text, f"{name}_edge": tone.edge}
    for name in ("accent", "left", "right"):
        fill: Fill = getattr(theme, name)
        tokens |= {f"{name}_fill": fill.background, f"{name}_on_fill": fill.text}
    for phase in Phase:
        tokens[f"phase_text_{phase.value}"] = theme.phase_text[phase]
        tokens[f"phase_tint_{phase.value}"] = theme.phase_tint[phase]
    tokens["size"] = Size(theme.font_points, theme.font_pixels)
    theme.tokens.update(tokens)
    return theme


_cached: tuple[tuple[int, float, int], Theme] | None = None


def current() -> Theme:
    """The theme for the application's palette and font now."""
    global _cached
    palette = QGuiApplication.palette()
    font = QGuiApplication.font()
    key = (palette.cacheKey(), font.pointSizeF(), font.pixelSize())  # font.key() would take longer than the rest
    if _cached is None or _cached[0] != key:
        _cached = (key, build(palette, font))
    return _cached[1]


def list_style() -> str:
    """The style of a rich-text list whose numbers sit at the text's left edge: Qt indents a list by 40 px whatever
    the font, so the margin takes back what the numbers (up to "10.") do not need in the application font now."""
    numbers = QFontMetrics(QGuiApplication.font()).horizontalAdvance("10.") + 6
    return f"margin-left:{numbers - 40}px; -qt-list-indent:1"


def style(widget: QWidget, template: str, **values: str) -> None:
    """Give ``widget`` the style sheet ``template``, written with the theme's names (``{muted}``, ``{size:1.5}``, …;
    literal braces doubled) and ``values`` (one starting with ``@`` names a theme colour: ``edge="@caution"``), and
    give it again whenever the palette or the application font changes."""
    widget.setProperty(STYLE_PROPERTY, template)
    widget.setProperty(STYLE_VALUES_PROPERTY, values)
    widget.setStyleSheet(_format(current(), template, values))


def _format(theme: Theme, template: str, values: dict[str, str]) -> str:
    if not values:
        return theme.format(template)
    tokens = theme.tokens
    extra = {key: tokens[value[1:]] if value.startswith("@") else value for key, value in values.items()}
    return template.format_map(tokens | extra)


def restyle_all() -> None:
    """Apply every widget's template again with the theme as it is now."""
    theme = current()
    for widget in QApplication.allWidgets():
        template = widget.property(STYLE_PROPERTY)
        if isinstance(template, str):
            values = widget.property(STYLE_VALUES_PROPERTY)
            widget.setStyleSheet(_format(theme, template, values if isinstance(values, dict) else {}))


# ---- following the desktop --------------------------------------------------------------------------------------
class ThemeSignals(QObject):
    """Where views hear of a change of theme (one per application).

    Signals:
    changed(): the palette or the application font changed and every :func:`style` template was applied again;
        views that paint with the theme or keep pictures drawn in it redraw.
    """

    changed = Signal()


_signals: ThemeSignals | None = None


def theme_signals() -> ThemeSignals:
    """The application's ThemeSignals; connect bound methods of QObjects (Qt disconnects them when deleted)."""
    global _signals
    if _signals is None:
        _signals = ThemeSignals(QCoreApplication.instance())
    return _signals


_CHANGES = frozenset(
    {
        QEvent.Type.ApplicationPaletteChange,
        QEvent.Type.ApplicationFontChange,
        QEvent.Type.PaletteChange,
        QEvent.Type.FontChange,
    }
)


class ThemeWatcher(QObject):
    """Follows the desktop while HipDesk runs: a new palette (a dark scheme switched on), a new font size.

    Qt tells every widget of a new application palette or font. The watcher hears it through a hidden widget of its
    own (a filter on the application would see every event HipDesk gets), lets Qt finish telling the rest, then
    applies every :func:`style` template again and emits ``theme_signals().changed``. A change of the desktop's
    colour scheme that Qt's platform theme does not turn into a palette is followed by ``follow_colour_scheme``.

    Signals: none of its own (see ThemeSignals).
    """

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        # Never shown; Qt tells it of a new application palette or font as it tells every widget.
        self._ear = QWidget()
        self._ear.installEventFilter(self)
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self.refresh)
        app.styleHints().colorSchemeChanged.connect(self._scheme_changed)
        app.aboutToQuit.connect(self._ear.deleteLater)
        self._app = app

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _CHANGES:
            self._pending.start()  # once, after Qt has told every widget
        return False

    def refresh(self) -> None:
        restyle_all()
        theme_signals().changed.emit()

    def _scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        follow_colour_scheme(self._app, scheme)


_watcher: ThemeWatcher | None = None


def install_theme_watcher(app: QApplication) -> ThemeWatcher:
    """Follow the desktop's palette, colour scheme and font from now on (once per application). Installed after
    the first paint: reading the desktop's colour scheme costs Qt about 35 ms the first time."""
    global _watcher
    if _watcher is None or _watcher.parent() is not app:
        _watcher = ThemeWatcher(app)
        follow_colour_scheme(app)
    return _watcher
