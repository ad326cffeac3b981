"""HipDesk in German: a session from start to summary, the History tab and the weekly check, by keyboard where a
person would use it. The content (exercise names, steps) is the content's; these check the interface's words,
plurals, dates and decimal commas."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from hipdesk.app import build_services, qsettings_for
from hipdesk.clock import FakeClock, FakeWallClock
from hipdesk.content.data_file import MEMBER
from hipdesk.domain.assessment import CheckValue, Unit
from hipdesk.domain.exercise import HOLD_S_RANGE, Side
from hipdesk.domain.plan import StepKind
from hipdesk.paths import Paths
from hipdesk.ui.checks.weekly_check_view import WeeklyCheckDialog
from hipdesk.ui.data.data_transfer_controller import DataTransferController
from hipdesk.ui.main_window import FIRST_SIZE, MainWindow
from hipdesk.ui.player.player_view import PlayerView
from hipdesk.ui.routines.routines_view import RoutinesView
from hipdesk.ui.services import Services
from tests.clocks import TEST_NOW
from tests.gui.test_weekly_check_view import KNEE, store_first_week

pytestmark = pytest.mark.usefixtures("german")


def advance(view: PlayerView, clock: FakeClock, seconds: float) -> None:
    for _ in range(round(seconds / 0.5)):
        clock.advance(0.5)
        assert view.controller is not None
        view.controller.poll()


def test_a_german_session_from_start_to_summary(qtbot: QtBot, services: Services, fake_clock: FakeClock) -> None:
    view = PlayerView(services)
    qtbot.addWidget(view)
    view.resize(*FIRST_SIZE)
    view.show()
    start = view.start_view
    assert start.start_button.text() == "Routine starten"
    assert start.pain_before.specialValueText() == "Nicht bewertet"
    first = start.routine_list.item(0).text()
    assert "Übungen" in first and "etwa" in first and "Min." in first  # "etwa 5 Min. · 5 Übungen"
    routine = next(r for r in services.builtin_routines if len(r.items) > 1)
    view.play(routine)
    session = view.session_view
    assert view.controller is not None and view.controller.player.step.kind is StepKind.GET_READY
    assert session.kind.text() == "BEREIT MACHEN" and session.set_label.text() == "Als Erstes"
    assert session.step_count.text() == f"Übung 1 von {len(routine.items)}"
    assert session.pause_button.text() == "Pause"
    session.pause_button.click()
    assert session.pause_button.text() == "Fortsetzen" and session.paused_label.isVisible()
    assert session.paused_label.text() == "Pausiert – drück die Leertaste, um weiterzumachen"
    session.pause_button.click()
    advance(view, fake_clock, 12)  # into the first exercise
    assert session.kind.text() in ("HALTEN", "WIEDERHOLUNGEN")
    assert session.time_left.text().startswith("noch ")
    view.controller.end()
    qtbot.waitUntil(lambda: view.stack.currentWidget() is view.summary_view)
    summary = view.summary_view
    assert summary.title.text() in ("Einheit vorzeitig beendet", "Einheit beendet, größtenteils übersprungen")
    assert "Training" in summary.facts.text()  # "… · 0 Sätze geschafft, 0 Sek. Training"
    assert summary.save_button.text() == "&Speichern und schließen"


def test_the_german_history(qtbot: QtBot, paths: Paths, database: Any, library: Any) -> None:
    from tools.fill_history import fill_two_weeks

    clock = FakeClock()
    wall = FakeWallClock(TEST_NOW, follow=clock)
    fill_two_weeks(database.engine, wall.today())
    services = build_services(paths, database, library, clock=clock, wall=wall)
    window = MainWindow(qsettings_for(paths))
    qtbot.addWidget(window)
    window.resize(*FIRST_SIZE)
    window.show()
    window.attach(services)
    view: Any = window.show_tab("history")
    qtbot.waitUntil(lambda: bool(view._complete), timeout=10000)
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Verlauf"
    assert view.tile_week.heading.text() == "Diese Woche"
    assert [button.text() for button in view.range_buttons.values()] == ["8 Wochen", "6 Monate", "1 Jahr", "Alles"]
    assert view.week_combo.currentText() == "Woche vom 16.–22. Nov. 2026"
    assert view.tile_days.value.text().endswith(("Tag", "Tage"))
    assert " Min." in view.tile_week.value.text()  # "35 Min." or "1 Std. 05 Min."
    described = view.minutes_chart.accessibleDescription()
    assert described.startswith("8 Wochen:") and "im Schnitt" in described
    slot = view.minutes_chart._describe(len(view.history.in_range(view.current_range)) - 1)
    assert slot.startswith("Woche vom 16.–22. Nov. 2026\n") and "Min. vom Ziel mit 70 Min." in slot
    minutes = slot.split("\n")[1].split(" Min.")[0]
    assert "." not in minutes  # a decimal comma: "12,5"


def test_the_german_weekly_check(qtbot: QtBot, services: Services) -> None:
    store_first_week(services)
    dialog = WeeklyCheckDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    view = dialog.view
    assert dialog.windowTitle() == "Wöchentlicher Beweglichkeitstest"
    assert view.step_label.text() == "Test 1 von 8"
    assert view.next_button.text() == "&Weiter" and view.skip_button.text() == "Test über&springen"
    view.skip()
    assert view.step_label.text() == "Test 2 von 8"
    page = view.page(view.index)
    assert page.check.id == KNEE
    left, right = (entry for entry in page.entries[0].inputs)
    assert left.number is not None and right.number is not None
    assert left.number.accessibleName() == f"{page.entries[0].measure.label}, linke Seite, in Zentimetern"
    for box, typed in ((left.number, "12,5"), (right.number, "13")):  # a German decimal comma
        qtbot.keyClicks(box, typed)
    assert page.values() == [CheckValue(KNEE, Side.LEFT, 12.5, Unit.CM), CheckValue(KNEE, Side.RIGHT, 13, Unit.CM)]
    while not view.on_summary:
        view.skip() if view.index != 1 else view.go_next()
    texts = [label.text() for label in view.summary_page.findChildren(QLabel)]
    assert "Gespeichert für die Woche vom Montag, 16. November 2026." in texts
    assert view.step_label.text() == "Woche vom Montag, 16. November 2026 · Zusammenfassung"
    assert view.done_button.text() == "&Fertig"
    stored = services.checks.week(view.week).values
    assert CheckValue(KNEE, Side.LEFT, 12.5, Unit.CM) in stored


def test_a_refused_routine_file_says_what_and_where_in_german(qtbot: QtBot, services: Services, tmp_path: Path) -> None:
    """The reason is German; the file's name and its field names (JSON keys) stay as they are in the file."""
    view = RoutinesView(services)
    qtbot.addWidget(view)
    bad = tmp_path / "zehn-stunden.json"
    bad.write_text(
        json.dumps(
            {
                "hipdesk_routine": 1,
                "name": "Zehn Stunden",
                "items": [{"exercise": "figure-four-stretch", "dose": {"sets": 1, "hold_s": 36000}}],
            }
        ),
        encoding="utf-8",
    )
    view.choose_open_path = lambda: str(bad)
    qtbot.mouseClick(view.import_button, Qt.MouseButton.LeftButton)
    low, high = HOLD_S_RANGE
    assert view.editor.message.text() == (
        f"Nichts wurde importiert. zehn-stunden.json: items[0].dose.hold_s: muss zwischen {low} und {high} Sekunden "
        "liegen, ist aber 36000 (10 Std.)"
    )
    bad.write_text('{\n  "hipdesk_routine": 1,\n}', encoding="utf-8")
    qtbot.mouseClick(view.import_button, Qt.MouseButton.LeftButton)
    assert view.editor.message.text().startswith(
        "Nichts wurde importiert. zehn-stunden.json: Zeile 3, Spalte 1: ist kein gültiges JSON: "
    )
    bad.write_text(json.dumps({"hipdesk_routine": 1, "name": "Zehn\nStunden", "items": []}), encoding="utf-8")
    qtbot.mouseClick(view.import_button, Qt.MouseButton.LeftButton)
    assert view.editor.message.text() == (
        "Nichts wurde importiert. zehn-stunden.json: name: enthält einen Zeilenumbruch (U+000A) an Position 5"
    )
    assert services.routines.all() == []


def test_a_refused_data_file_says_what_and_where_in_german(
    qtbot: QtBot, services: Services, wall: FakeWallClock, tmp_path: Path
) -> None:
    """What Import data shows for a file it refuses: German, the path and field names as they are."""
    parent = QWidget()
    qtbot.addWidget(parent)
    controller = DataTransferController(services, wall, parent)
    bad = tmp_path / "urlaub.hipdesk-data.zip"
    with zipfile.ZipFile(bad, "w") as archive:
        archive.writestr(MEMBER, json.dumps({"hipdesk_data": 1, "sessions": []}))
    with qtbot.waitSignal(controller.failed) as refused:
        assert not controller.import_from(bad)
    assert refused.args == [f"{bad}: exported_at: ist vorgeschrieben, fehlt aber\n\nEs wurde nichts geändert."]
    with zipfile.ZipFile(bad, "w") as archive:
        archive.writestr(MEMBER, json.dumps({"hipdesk_data": 2}))
    with qtbot.waitSignal(controller.failed) as refused:
        assert not controller.import_from(bad)
    assert refused.args[0].startswith(
        f"{bad}: wurde von einem neueren HipDesk geschrieben (Datenformat 2); dieses HipDesk liest Format 1."
    )
