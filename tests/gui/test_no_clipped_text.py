"""No text is cut off where HipDesk is narrowest: every exercise's detail pane at 1024 px, and at its own minimum
width, shows each label whole inside its scrolling text."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from hipdesk.app import qsettings_for
from hipdesk.paths import Paths
from hipdesk.ui.main_window import MainWindow
from tests.gui.layout_checks import cut_texts, settle_layouts

NARROWEST = (1024, 600)


@pytest.fixture
def library_view(qtbot: QtBot, paths: Paths, services: Any) -> Any:
    window = MainWindow(qsettings_for(paths))
    qtbot.addWidget(window)
    window.resize(*NARROWEST)
    window.show()
    qtbot.waitExposed(window)
    window.attach(services)
    return window.show_tab("library")


def test_the_variations_wrap_instead_of_widening_the_text(library_view: Any) -> None:
    view = library_view
    view.open_exercise("figure-four-stretch", focus=False)  # its row of variations once cut every paragraph
    settle_layouts()
    assert view.detail.text_scroll.widget().width() <= view.detail.text_scroll.viewport().width()
    assert cut_texts(view.detail) == []


def test_every_exercise_detail_shows_its_text_whole_at_its_narrowest(library_view: Any, services: Any) -> None:
    view = library_view
    view.open_exercise("figure-four-stretch", focus=False)
    view.splitter.setSizes([10_000, 1])  # the divider dragged as far right as it goes, in a 1024 px window
    settle_layouts()
    assert view.detail.width() == view.detail.minimumWidth()
    problems: list[str] = []
    for exercise_id in services.library:
        view.open_exercise(exercise_id, focus=False)
        settle_layouts()
        problems += [f"{exercise_id}: {problem}" for problem in cut_texts(view.detail)]
    assert problems == []
