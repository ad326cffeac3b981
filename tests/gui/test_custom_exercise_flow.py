"""A routine file with an exercise of its own: imported on the Routines tab, shown in the Library under "From your
routines", played in the player with the figure it chose."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from hipdesk.ui.figure import thumbnail
from hipdesk.ui.main_window import MainWindow
from tests.unit.test_custom_exercises import PHYSIO_FILE


def test_a_routine_file_with_a_custom_exercise_imports_shows_and_plays(
    qtbot: Any, services: Any, tmp_path: Path, fake_clock: Any
) -> None:
    window = MainWindow(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.attach(services)
    library: Any = window.show_tab("library")
    assert library.routines_check.isHidden()  # nothing from routines yet: no such filter to offer

    path = tmp_path / "physio.hipdesk-routine.json"
    path.write_text(json.dumps(PHYSIO_FILE), encoding="utf-8")
    routines: Any = window.show_tab("routines")
    stored = routines.import_from(path)
    assert stored is not None and [e.id for e in stored.exercises] == ["pt-wall-hip-hinge", "pt-side-step-hold"]

    window.show_tab("library")
    assert not library.routines_check.isHidden()
    library.routines_check.setChecked(True)
    shown = [library.proxy.index(r, 0).data(0) for r in range(library.proxy.rowCount())]
    assert len(shown) == 2 and any("Wall hip hinge" in str(text) for text in shown)
    library.open_exercise("pt-wall-hip-hinge")
    assert library.detail.title.text() == "Wall hip hinge <b>slow</b>"  # shown as typed, not as markup
    assert "From your routine “From my physio”" in library.detail.facts.text()
    assert library.detail.figure.exercise_id == "hip-hinge"  # the figure it chose
    library.open_exercise("pt-side-step-hold")  # chose none: it says so rather than show a stand-in
    assert not library.detail.figure.shows_figure
    assert library.detail.figure.words == "No figure for this exercise.\nFollow its written steps."  # shown below
    assert library.detail.figure.accessibleName() == "No figure for this exercise"
    qtbot.waitUntil(lambda: library.thumbnails.get("pt-side-step-hold", 96) is not None)
    card = library.thumbnails.get("pt-side-step-hold", 96).toImage()
    assert card == thumbnail("", 96).toImage()
    library.open_exercise("pt-wall-hip-hinge")

    with qtbot.waitSignal(services.events.play_requested):
        library.detail.play_button.click()
    player: Any = window.built_tab("player")
    assert player is not None and player.playing
    assert player.controller.status().step.exercise_name == "Wall hip hinge <b>slow</b>"
    # "Next up" mixes HipDesk's own bold with the name: the name's markup is escaped, so it reads as typed.
    assert "Wall hip hinge &lt;b&gt;slow&lt;/b&gt;" in player.session_view.next_label.text()
    for _ in range(100):  # past "get ready" (a few seconds)
        if player.controller.status().step.exercise_id == "pt-wall-hip-hinge":
            break
        fake_clock.advance(0.5)
        player.controller.poll()
    assert player.figure.exercise_id == "hip-hinge"  # drawn with the pose it borrowed
    from PySide6.QtCore import Qt

    name = player.session_view.name
    assert name.text() == "Wall hip hinge <b>slow</b>" and name.textFormat() is Qt.TextFormat.PlainText
    player.end_now()

    window.show_tab("library")
    library.open_exercise("pt-side-step-hold")  # it has no figure: the player says so from "get ready" on
    with qtbot.waitSignal(services.events.play_requested):
        library.detail.play_button.click()
    assert player.playing and player.controller.status().step.exercise_id == "pt-side-step-hold"
    assert not player.figure.shows_figure and player.figure.accessibleName() == "No figure for this exercise"
    # The player shows no steps of its own, so they stand in for the figure.
    assert player.figure.words == "No figure for this exercise.\n\n1. Step to the side and hold."
    player.end_now()
