"""HipDesk follows the desktop's text size: with the application font half as large again, every tab, the player
mid-session and its summary, and the dialogs show their text whole and their main actions in view at 1280×800."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

from hipdesk.app import qsettings_for
from hipdesk.clock import FakeClock
from hipdesk.paths import Paths
from hipdesk.ui.main_window import MainWindow
from hipdesk.ui.theme import current
from tests.gui.layout_checks import cut_texts, in_view, settle_layouts

SIZE = (1280, 800)
SCALE = 1.5


@pytest.fixture
def large_font(qapp: QApplication) -> Iterator[float]:
    """The desktop's text one and a half times as large (set before any widget is built, as a desktop's is)."""
    before = QFont(QApplication.font())
    font = QFont(before)
    font.setPointSizeF(before.pointSizeF() * SCALE)
    QApplication.setFont(font)
    yield font.pointSizeF()
    QApplication.setFont(before)


@pytest.fixture
def window(qtbot: QtBot, paths: Paths, services: Any, large_font: float) -> MainWindow:
    window = MainWindow(qsettings_for(paths))
    qtbot.addWidget(window)
    window.resize(*SIZE)
    window.show()
    qtbot.waitExposed(window)
    window.attach(services)
    return window


def test_sizes_follow_the_application_font(window: MainWindow, large_font: float) -> None:
    player: Any = window.show_tab("player")
    heading = player.start_view.findChild(QWidget, "")  # any widget: the theme reads the application font
    assert heading is not None
    assert current().size_pt(1.0) == pytest.approx(large_font)
    name = player.session_view.name
    assert name.font().pointSizeF() == pytest.approx(large_font * 2.5, rel=0.02)  # the exercise's name, 2.5×


def test_every_view_fits_at_one_and_a_half_times_the_text(
    qtbot: QtBot, window: MainWindow, services: Any, fake_clock: FakeClock
) -> None:
    from tools.fill_history import fill_two_weeks

    fill_two_weeks(services.history._engine, services.wall.today())
    problems: list[str] = []

    def check(where: str, actions: dict[str, QWidget], shown: QWidget | None = None) -> None:
        root = shown or window
        settle_layouts()
        problems.extend(f"{where}: {problem}" for problem in cut_texts(root))
        problems.extend(f"{where}: {name} is not in view" for name, w in actions.items() if not in_view(root, w))

    assert window.height() <= SIZE[1]
    library: Any = window.show_tab("library")
    library.open_exercise("figure-four-stretch", focus=False)
    check("library", {"search": library.search, "Play now": library.detail.play_button})

    routines: Any = window.show_tab("routines")
    routines.editor.new_routine()
    routines.editor.add_exercise("glute-bridge")
    check(
        "routines",
        {
            "Start": routines.start_button,
            "New": routines.new_button,
            "Save": routines.editor.save_button,
            "Add to routine": routines.editor.add_button,
        },
    )

    history: Any = window.show_tab("history")
    qtbot.waitUntil(lambda: bool(history._complete))
    check("history", {"Export CSV": history.export_button})

    player: Any = window.show_tab("player")
    check("player start", {"Start routine": player.start_view.start_button})
    player.play(next(r for r in services.builtin_routines if r.name == "Desk five"))
    session = player.session_view
    for _ in range(24):  # into the first exercise
        fake_clock.advance(0.5)
        player.controller.poll()
    actions = {"Pause": session.pause_button, "Next": session.next_button, "Pain": session.pain_button}
    check("player mid-session", actions | {"End": session.end_button})
    player.controller.end()
    qtbot.waitUntil(lambda: player.stack.currentWidget() is player.summary_view)
    check("player summary", {"Save": player.summary_view.save_button})

    settings = window.show_settings()
    assert settings is not None
    settings.resize(settings.sizeHint())
    check("settings", {}, settings)
    settings.close()
    weekly = window.open_weekly_check()
    assert weekly is not None
    check("weekly check", {}, weekly)
    weekly.close()
    assert not problems, "\n".join(problems)
