"""HipDesk in German: chosen by the desktop's locale or by Settings, with the library's exercises, the player's spoken
cues, History and the weekly check in German, and search that finds an exercise by its German or English name.

These read the content HipDesk brings; tests/gui/test_german.py reads the interface's own words."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QComboBox, QLabel

from hipdesk.app import Startup, build_services, qsettings_for
from hipdesk.clock import FakeClock, FakeWallClock
from hipdesk.content.exercises import default_exercises_dir, load_library
from hipdesk.content.translations import use_language
from hipdesk.domain import i18n
from hipdesk.domain.assessment import CheckValue, Unit, checks
from hipdesk.domain.exercise import Dose, Phase, Region, Side
from hipdesk.domain.i18n import Language
from hipdesk.domain.library import Library
from hipdesk.domain.routine import Routine, RoutineItem
from hipdesk.domain.weekly import week_start
from hipdesk.paths import Paths
from hipdesk.storage.db import Database
from hipdesk.ui.checks.weekly_check_view import WeeklyCheckDialog
from hipdesk.ui.history.history_view import HistoryView
from hipdesk.ui.library.exercise_model import ExerciseRole
from hipdesk.ui.library.library_view import LibraryView
from hipdesk.ui.main_window import MainWindow
from hipdesk.ui.player.player_view import PlayerView
from hipdesk.ui.services import Services
from hipdesk.usecases.preferences import LANGUAGE, SAFETY_NOTICE_READ, Preferences
from tests.clocks import TEST_TODAY

DE = Language.DE
IR = "check-seated-rotation.internal"


@pytest.fixture
def restore_language() -> Iterator[None]:
    """A test that switches HipDesk's language gets the one before back afterwards."""
    before = i18n.installed()
    yield
    i18n.install(before)


@pytest.fixture(scope="module")
def german_library() -> Library:
    return load_library(default_exercises_dir(), DE)


@pytest.fixture
def german(
    qapp: Any,
    restore_language: None,
    paths: Paths,
    database: Database,
    german_library: Library,
    fake_clock: FakeClock,
    wall: FakeWallClock,
) -> Services:
    """Services as a German start builds them: German phrases installed, the library and routines in German."""
    use_language(DE)
    return build_services(paths, database, german_library, clock=fake_clock, wall=wall, language=DE)


def start(
    qtbot: QtBot, paths: Paths, fake_clock: FakeClock, wall: FakeWallClock, desktop: list[str] | None
) -> MainWindow:
    window = MainWindow(qsettings_for(paths))
    qtbot.addWidget(window)
    startup = Startup(window, paths, clock=fake_clock, wall=wall, desktop_languages=desktop)
    assert startup.finish()
    for box in startup.dialogs:
        box.close()
    for child in window.findChildren(object):
        if child.objectName() == "safetyNotice":
            child.close()  # type: ignore[attr-defined]
    return window


def test_qt_reads_a_german_desktop_from_lang() -> None:
    """LANG=de_DE.UTF-8, as a German desktop session sets it, is what HipDesk's start reads as the desktop's
    language (in a fresh process: Qt reads the environment once)."""
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env["LANG"] = "de_DE.UTF-8"
    code = (
        "from PySide6.QtCore import QLocale\n"
        "from hipdesk.domain.i18n import choose_language\n"
        "print(choose_language('', QLocale.system().uiLanguages()).value)"
    )
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "de", done.stderr


def test_a_german_desktop_gets_hipdesk_in_german(
    qtbot: QtBot, restore_language: None, paths: Paths, fake_clock: FakeClock, wall: FakeWallClock
) -> None:
    window = start(qtbot, paths, fake_clock, wall, desktop=["de-DE", "de", "en-US"])
    services = window.services
    assert services is not None and i18n.current_language() is DE
    assert services.library["glute-bridge"].name == "Beckenheben"
    assert services.library["glute-bridge"].english_name == "Glute bridge"
    assert {r.id: r.name for r in services.builtin_routines}["desk-five"] == "Schreibtisch-Fünf"
    assert Phase.STRETCH.label == "Dehnung"


def test_settings_override_the_desktop_from_the_next_start(
    qtbot: QtBot, restore_language: None, paths: Paths, fake_clock: FakeClock, wall: FakeWallClock
) -> None:
    first = start(qtbot, paths, fake_clock, wall, desktop=["en-US", "en"])
    assert first.services is not None and i18n.current_language() is Language.EN
    assert first.services.library["glute-bridge"].name == "Glute bridge"
    first.services.preferences.set(LANGUAGE, "de")  # what Settings saves for "Deutsch"
    assert i18n.current_language() is Language.EN  # applied when HipDesk next starts

    again = start(qtbot, paths, fake_clock, wall, desktop=["en-US", "en"])
    assert again.services is not None and i18n.current_language() is DE
    assert again.services.library["glute-bridge"].name == "Beckenheben"

    again.services.preferences.set(LANGUAGE, "en")  # English on a German desktop
    third = start(qtbot, paths, fake_clock, wall, desktop=["de-DE", "de"])
    assert third.services is not None and third.services.library["glute-bridge"].name == "Glute bridge"


def test_the_settings_dialog_offers_the_shipped_languages(
    qtbot: QtBot, german: Services, restore_language: None
) -> None:
    from hipdesk.ui.companion.settings_dialog import SettingsDialog

    Preferences(german.settings).set(SAFETY_NOTICE_READ, True)
    dialog = SettingsDialog(german)
    qtbot.addWidget(dialog)
    combo = dialog.language_combo
    assert [combo.itemData(i) for i in range(combo.count())] == ["", "en", "de"]
    assert combo.itemText(2) == "Deutsch" and combo.accessibleName() == "Language"
    combo.setCurrentIndex(combo.findData("de"))
    assert dialog.language_note.isHidden()  # German already: nothing waits for a restart
    combo.setCurrentIndex(combo.findData("en"))
    assert not dialog.language_note.isHidden()
    dialog.accept()
    assert german.preferences.get(LANGUAGE) == "en"


def test_the_library_shows_german_names_and_steps_and_finds_them_in_both_languages(
    qtbot: QtBot, german: Services
) -> None:
    view = LibraryView(german)
    qtbot.addWidget(view)
    view.resize(1100, 720)
    view.show()
    qtbot.waitExposed(view)
    names = {view.proxy.index(r, 0).data(ExerciseRole.ID): view.proxy.index(r, 0).data() for r in range(5)}
    assert all(name == german.library[i].name for i, name in names.items())

    view.open_exercise("glute-bridge", focus=False)
    bridge = german.library["glute-bridge"]
    assert view.detail.title.text() == "Beckenheben"
    text = view.detail.text_for_reading()
    assert bridge.steps[0].startswith("Leg dich auf den Rücken") and bridge.steps[0] in text
    assert bridge.dose_why in view.detail.dose_why.text() and bridge.dose_why.startswith("Zwei Sätze")
    assert "2 × 10 Wdh. (2-1-1)" in view.detail.dose.text() and "heben 1 s, halten 1 s, senken 2 s" in text
    assert "Rückenlage: Wird flach auf dem Rücken liegend ausgeführt." in text  # its precaution

    def first_shown(query: str) -> str:
        view.search.setText(query)
        return str(view.proxy.index(0, 0).data(ExerciseRole.ID))

    assert first_shown("beckenheben") == "glute-bridge"
    assert first_shown("glute bridge") == "glute-bridge"  # the English name still finds it
    assert first_shown("hüftbrücke") == "glute-bridge"  # a German alias
    assert first_shown("Adduktoren") != ""  # a body part in German
    assert Region.ADDUCTORS.label == "Adduktoren"


def test_the_player_says_its_cues_in_german(qtbot: QtBot, german: Services, fake_clock: FakeClock) -> None:
    view = PlayerView(german, voice_engine="mock")
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    qtbot.waitExposed(view)
    said: list[str] = []
    view.cues.cue_given.connect(lambda kind, text: said.append(text) if kind == "voice" else None)
    routine = Routine(
        id="de-test",
        name="Test",
        description="",
        items=(
            RoutineItem("figure-four-stretch", dose=Dose(sets=1, hold_s=20)),
            RoutineItem("glute-bridge", dose=Dose(sets=2, reps=2)),
        ),
    )
    view.play(routine)
    controller = view.controller
    assert controller is not None
    while controller.is_active:
        fake_clock.advance(0.5)
        controller.poll()
    if view.cues.speech is not None:
        view.cues.speech.stop()
    assert said == [
        "Mach dich bereit. Zuerst: Figur-Vier-Dehnung, linke Seite",
        "Figur-Vier-Dehnung, linke Seite",
        "Halbzeit",
        "Seite wechseln",
        "Figur-Vier-Dehnung, rechte Seite",
        "Halbzeit",
        "Pause. Als Nächstes: Beckenheben",
        "Beckenheben. 2 Wiederholungen: heben 1, senken 2 Sekunden",
        "Pause. Als Nächstes: Satz 2 von 2",
        "Beckenheben. 2 Wiederholungen: heben 1, senken 2 Sekunden",
        "Gut gemacht. Die Einheit ist geschafft.",
    ]
    if view.cues.voice_available:  # Qt's mock engine has no German voice: the status line says so
        assert view.cues.voice_language_missing is DE
        assert "no voice for German" in view.cues.status_text()
        assert "no voice for German" in view.cues.brief_status_text()


def test_history_names_exercises_phases_body_parts_and_checks_in_german(qtbot: QtBot, german: Services) -> None:
    from tools.fill_history import fill_two_weeks

    fill_two_weeks(german.history._engine, today=TEST_TODAY)
    view = HistoryView(german)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    qtbot.waitExposed(view)
    view.wait_for_reads()
    qtbot.waitUntil(lambda: view._complete)
    legend = [entry.text for entry in view.phase_chart.legend]
    assert legend and set(legend) <= {p.label for p in Phase} | {"Other"}
    assert "Dehnung" in legend or "Mobilisation" in legend
    ticks = [label for _y, label in view.region_chart.y_ticks]
    assert ticks and all(label in {r.short_label for r in Region} | {"Other"} for label in ticks)
    assert "Hüftbeuger" in ticks or "Tiefe Rotatoren" in ticks or "Adduktoren" in ticks
    assert view.cards["check:check-figure-four"].title.text() == "Kniehöhe in der Figur-Vier: Kniehöhe über dem Boden"
    steps = view.week_model.index(0, 0)
    step_names = {view.week_model.index(r, 0, steps).data() for r in range(view.week_model.rowCount(steps))}
    german_names = {e.name for e in german.library.exercises()}
    assert step_names and all(name.split(" (")[0] in german_names for name in step_names)


def test_the_weekly_check_reads_in_german(qtbot: QtBot, german: Services) -> None:
    german.checks.save_week(  # last week: the right side rotated inward much less
        week_start(TEST_TODAY) - timedelta(days=7),
        [CheckValue(IR, Side.LEFT, 38, Unit.DEGREES), CheckValue(IR, Side.RIGHT, 20, Unit.DEGREES)],
    )
    dialog = WeeklyCheckDialog(german)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    view = dialog.view
    assert view.title.text() == "Reichweite in der Vorbeuge"
    shown = " ".join(label.text() for label in view.page(0).findChildren(QLabel))
    assert "Wärm dich zuerst" in shown  # the check's steps
    assert "Kommen deine Fingerspitzen mit gestreckten Knien" in shown  # how to measure
    assert "Fingerspitzen reichen über die Schienbeine hinaus" in shown  # the measure
    choices = [c.itemText(i) for c in view.page(0).findChildren(QComboBox) for i in range(c.count())]
    assert "geschafft" in choices and "noch nicht" in choices

    rotation = next(i for i, check in enumerate(checks()) if check.id == "check-seated-rotation")
    view.show_page(rotation)
    assert view.title.text() == "Hüftrotation im Sitzen"
    view.page(rotation).set_values(
        [CheckValue(IR, Side.LEFT, 36, Unit.DEGREES), CheckValue(IR, Side.RIGHT, 21, Unit.DEGREES)]
    )
    summary = view.save_and_summarize()
    assert summary is not None and view.on_summary
    texts = " ".join(label.text() for label in view.summary_page.findChildren(QLabel))
    assert "Innenrotation (nach innen)" in texts
    assert "Weniger Innenrotation als üblich, rechts (üblich: 30–40°)." in texts
    assert "Die rechte Seite war in zwei Tests hintereinander weniger beweglich (15° Unterschied" in texts
    suggestion = summary.suggestions[0]
    assert suggestion.because == "weniger Innenrotation als üblich; die rechte Seite bewegte sich weniger"


def test_the_voice_takes_a_voice_of_hipdesks_language_when_the_engine_has_one() -> None:
    from PySide6.QtCore import QLocale

    from hipdesk.ui.player.cues import voice_locale

    engine = [QLocale("en_GB"), QLocale("de_DE"), QLocale("de_AT"), QLocale("fi_FI")]
    english, german, austrian = engine[0], engine[1], engine[2]
    assert voice_locale(engine, DE, english, QLocale("de_AT")) == austrian  # the desktop's country first
    assert voice_locale(engine, DE, english, QLocale("en_US")) == german
    assert voice_locale(engine, DE, german, QLocale("de_AT")) == german  # already speaking German: kept
    assert voice_locale(engine, Language.EN, german, QLocale("C")) == english
    assert voice_locale([english, QLocale("fi_FI")], DE, english, QLocale("de_DE")) is None


def test_an_english_session_keeps_an_english_voice(qtbot: QtBot, services: Services) -> None:
    from hipdesk.ui.player.cues import Cues

    cues = Cues(None, voice_engine="mock")
    cues.load()
    if not cues.voice_available:
        pytest.skip("QtTextToSpeech does not load here (install libpulse0, as .ci/run does)")
    assert cues.voice_language_missing is None
    assert cues.speech.locale().language() == type(cues.speech.locale()).Language.English
    assert "voice" not in cues.brief_status_text() or "no English voice" not in cues.brief_status_text()
    cues.deleteLater()


def test_health_advice_is_german_too(german: Services) -> None:
    from hipdesk.domain.health import HealthProfile, HipReplacement, concerns

    kneeling = concerns(german.library["half-kneeling-hip-flexor-stretch"], HealthProfile(knee_trouble=True))
    assert [c.message for c in kneeling] == ["Knien: bei Kniebeschwerden nicht empfohlen."]
    assert kneeling[0].adapt == "Knie auf einer dicken Polsterung oder wähl eine Variante im Stand."
    assert HipReplacement.POSTERIOR.label == "Ja, von hinten (hinterer Zugang)"
