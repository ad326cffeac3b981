"""HipDesk reads well in a light and in a dark palette: every view is rendered in each, and every visible label's and
button's text is measured against the pixels drawn behind it (WCAG AA: 4.5:1, 3:1 for large text). The colours
HipDesk paints itself (cards, charts, the calendar, the figure) are measured against their own backgrounds."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QWidget

from hipdesk.app import qsettings_for
from hipdesk.clock import FakeClock
from hipdesk.domain.assessment import CHECKS
from hipdesk.domain.exercise import Phase
from hipdesk.domain.health import HealthProfile
from hipdesk.domain.plan import StepKind
from hipdesk.domain.progression import Decision, Direction, ProgressionSuggestion, step_back_item
from hipdesk.domain.routine import Routine, RoutineItem
from hipdesk.paths import Paths
from hipdesk.ui.companion.notice import ReminderNotice
from hipdesk.ui.contrast import GRAPHIC_RATIO, TEXT_RATIO, parse, ratio
from hipdesk.ui.figure.painter import colors_for
from hipdesk.ui.main_window import MainWindow
from hipdesk.ui.progression.progression_controller import ProgressionPanel
from hipdesk.ui.theme import CHART_HUES, PALE_CHART_KEYS, Theme, current
from hipdesk.usecases.health_profile import save_health_profile
from tests.gui.contrast_checks import low_contrast
from tools.palettes import fusion_dark


@pytest.fixture(params=["light", "dark"])
def palette(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The application's palette for the test: Fusion's own light one, or a Fusion dark one (set before any widget
    is built, as a desktop's palette is)."""
    before = QApplication.palette()
    QApplication.setPalette(qapp.style().standardPalette() if request.param == "light" else fusion_dark())
    yield request.param
    QApplication.setPalette(before)


@pytest.fixture
def window(qtbot: QtBot, paths: Paths, services: Any, palette: str) -> MainWindow:
    from tools.fill_history import fill_two_weeks

    fill_two_weeks(services.history._engine, services.wall.today())
    save_health_profile(services.settings, HealthProfile(knee_trouble=True))
    window = MainWindow(qsettings_for(paths))
    qtbot.addWidget(window)
    window.resize(1280, 820)
    window.show()
    qtbot.waitExposed(window)
    window.attach(services)
    return window


def advance(view: Any, clock: FakeClock, seconds: float) -> None:
    for _ in range(max(1, round(seconds / 0.5))):
        clock.advance(0.5)
        view.controller.poll()


def test_every_view_reads_in_this_palette(
    qtbot: QtBot, window: MainWindow, services: Any, fake_clock: FakeClock, palette: str
) -> None:
    problems: list[str] = []

    def check(where: str, shown: QWidget | None = None) -> None:
        problems.extend(low_contrast(shown or window, f"{palette} {where}"))

    # The bars above and below the tabs: a reminder, the weekly check, the day after, each at once.
    reminder = ReminderNotice()
    window.add_bar(reminder, top=True)
    reminder.show_reminder("Time to move", "Desk five, five minutes.", "Start Desk five", offer_short=True)
    assert window.next_day_pain is not None
    next_day = window.next_day_pain.bar
    next_day.tell("Yesterday's session", "The pain was higher the day after: ease off today.", warn=True)

    library: Any = window.show_tab("library")
    library.open_exercise("tall-kneeling-hip-flexor-stretch", focus=False)  # not advised with knee trouble
    check("library, a detail that is not advised, and the bars")
    reminder.hide()
    next_day.hide()
    library.open_exercise("figure-four-stretch", focus=False)
    library.detail.text_scroll.ensureWidgetVisible(library.detail.variations)
    check("library detail, its variations")
    library.search.setText("no exercise is called this")
    check("library with nothing found")
    library.search.clear()

    routines: Any = window.show_tab("routines")
    builtin = next(r for r in services.builtin_routines if r.name == "Desk five")
    routines.select_routine(builtin.id)
    check("routines, a built-in routine")
    routines.editor.duplicate()
    routines.editor.show_message("The name is taken.", error=True)
    check("routines, the editor with a message")

    player: Any = window.show_tab("player")
    check("player start")
    starter = next(r for r in services.builtin_routines if r.name == "Physical-therapy starter")
    player.play(starter)  # asks first: two exercises may not suit knee trouble
    check("player, the health check")
    kinds: dict[StepKind, bool] = {}
    player.play(Routine("contrast", "Contrast", "", (RoutineItem("figure-four-stretch"), RoutineItem("glute-bridge"))))
    controller = player.controller
    while controller.is_active and len(kinds) < 5:
        kind = controller.player.step.kind
        if kind not in kinds:
            kinds[kind] = True
            check(f"player, {kind.value}")
        advance(player, fake_clock, 1)
    controller.pause()
    check("player, paused")
    player.session_view.confirm_bar.ask("End the session?", "&End", "&Keep going")
    check("player, the question before ending")
    player.session_view.confirm_bar.hide()
    player.pain_stop()
    dialog = player.pain_dialog
    dialog.rating.setValue(6)
    check("pain dialog", dialog)
    dialog.accept()
    check("player, the advice after a pain stop")
    player.session_view.mini_button.click()
    if player.mini is not None:
        check("mini player", player.mini)
        player.mini.close()
    controller.end()
    qtbot.waitUntil(lambda: player.stack.currentWidget() is player.summary_view)
    player.summary_view.show_advice("Your pain passed 5/10. If it is still there tomorrow, see a physiotherapist.")
    check("player summary with advice")

    history: Any = window.show_tab("history")
    qtbot.waitUntil(lambda: bool(history._complete))
    check("history with two weeks of sessions")
    history.content.verticalScrollBar().setValue(history.content.verticalScrollBar().maximum())
    check("history, its mobility checks")

    settings = window.show_settings()
    assert settings is not None
    check("settings", settings)
    settings.close()

    weekly = window.open_weekly_check()
    assert weekly is not None
    for index in range(len(CHECKS)):  # each check's page: its steps, its entries, a photo panel
        weekly.view.show_page(index)
        check(f"weekly check, {CHECKS[index].id}", weekly)
    weekly.view.save_and_summarize()
    check("weekly check summary", weekly)
    weekly.close()

    desk_five = next(r for r in services.builtin_routines if r.name == "Desk five")
    step_back = step_back_item(0, desk_five.items[0], services.library)
    for direction, changes in (
        (Direction.PROGRESS, ()),
        (Direction.HOLD, ()),
        (Direction.STEP_BACK, (step_back,) if step_back is not None else ()),
    ):
        panel = ProgressionPanel(ProgressionSuggestion(desk_five, Decision(direction, "Because."), changes), window)
        panel.show()
        check(f"progression, {direction.value}", panel)
        panel.close()

    assert not problems, "\n".join(problems)


# ---- what HipDesk paints itself ------------------------------------------------------------------------------
def theme_for(palette: QPalette) -> Theme:
    QApplication.setPalette(palette)
    return current()


@pytest.mark.parametrize("name", ["light", "dark"])
def test_painted_colours_read_on_their_backgrounds(qapp: QApplication, name: str) -> None:
    before = QApplication.palette()
    try:
        theme = theme_for(qapp.style().standardPalette() if name == "light" else fusion_dark())
    finally:
        QApplication.setPalette(before)
    card, base, window = parse(theme.card), parse(theme.base), parse(theme.window)
    short: list[str] = []

    def need(what: str, colour: str, ground: tuple[int, int, int], minimum: float) -> None:
        found = ratio(parse(colour), ground)
        if found < minimum:
            short.append(f"{name} {what}: {colour} is {found:.2f}:1, needs {minimum}")

    # The library's cards (on the base colour): the phase's name, muted lines, a warning, the star.
    for phase in Phase:
        need(f"{phase.value} on a card", theme.phase_text[phase], base, TEXT_RATIO)
    need("a card's dose line", theme.muted, base, TEXT_RATIO)
    need("a card's warning", theme.caution, base, TEXT_RATIO)
    need("a favourite's star", theme.star, base, GRAPHIC_RATIO)
    # History's charts and calendar: axis text on the card, lines and bars against the card.
    need("axis text", theme.chart_ink, card, TEXT_RATIO)
    need("muted text on a card", theme.muted, card, TEXT_RATIO)
    for key in CHART_HUES:
        if key not in PALE_CHART_KEYS:  # pale fills are outlined in a colour measured here
            need(f"chart {key}", theme.chart[key], card, GRAPHIC_RATIO)
    need("the calendar's busiest days", theme.heat[-1], card, GRAPHIC_RATIO)
    # The player: the side badges and the countdown's step colours.
    for side in (theme.left, theme.right):
        need("a side badge's word", side.text, parse(side.background), TEXT_RATIO)
        need("a side badge on the window", side.background, window, GRAPHIC_RATIO)
    for kind in (theme.rest, theme.switch, theme.get_ready):
        need("a countdown", kind, window, TEXT_RATIO)
    for tone in (theme.info, theme.warn):
        need("a message bar's text", tone.text, parse(tone.background), TEXT_RATIO)
    assert short == []


@pytest.mark.parametrize("name", ["light", "dark"])
def test_the_figure_stands_out_from_its_background(qapp: QApplication, name: str) -> None:
    """The near side of the body and the muscles at work read in both palettes; on a dark one the props (chair,
    roller, band, weight) do too. (The far side is quieter on purpose: it gives the figure its depth.)"""
    palette = qapp.style().standardPalette() if name == "light" else fusion_dark()
    ground = palette.window().color()
    colours = colors_for(ground)
    behind = (ground.red(), ground.green(), ground.blue())
    parts = [colours.body_near, colours.highlight_near, colours.weight]
    if name == "dark":
        parts += [colours.prop, colours.band]
    for part in parts:
        assert ratio((part.red(), part.green(), part.blue()), behind) >= GRAPHIC_RATIO, part.name()


def test_dark_and_light_differ(qapp: QApplication) -> None:
    """The dark palette really is dark for the theme (else both runs above measure the same thing)."""
    before = QApplication.palette()
    try:
        assert not theme_for(qapp.style().standardPalette()).dark
        assert theme_for(fusion_dark()).dark
    finally:
        QApplication.setPalette(before)
