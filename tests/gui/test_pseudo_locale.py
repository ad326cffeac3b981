"""Every view in a pseudo-language: each message through Qt's translators comes back wrapped in ⟦ ⟧ and a third longer.

Visible words outside the markers were written without tr() (data from the exercise files, the routines or the
user is exempt); text cut off by its widget's room would be cut in a longer language too.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from hipdesk import APP_NAME
from hipdesk.app import qsettings_for
from hipdesk.clock import FakeClock, FakeWallClock
from hipdesk.domain import i18n
from hipdesk.domain.assessment import CheckValue, Unit, checks
from hipdesk.domain.exercise import Side
from hipdesk.domain.i18n import SHIPPED
from hipdesk.paths import Paths
from hipdesk.ui.main_window import FIRST_SIZE, MainWindow
from hipdesk.ui.services import Services
from hipdesk.ui.translations import pseudo
from tests.gui.conftest import speaking
from tests.gui.shown_text import clipped, shown_texts, unmarked

pytestmark = pytest.mark.slow


def data_words(services: Services) -> list[str]:
    """Text that comes from files and the database, not from HipDesk's messages, longest first (so a long name is
    taken out before a short one inside it)."""
    found: set[str] = {APP_NAME, str(services.paths.data_dir), str(services.paths.photos)}
    # The language's own day and month names come from QLocale, whatever the messages are.
    locale = QLocale()
    for number in range(1, 13):
        for kind in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
            found |= {locale.monthName(number, kind), locale.standaloneMonthName(number, kind)}
            if number <= 7:
                found |= {locale.dayName(number, kind), locale.standaloneDayName(number, kind)}
    for exercise in services.library.values():
        found |= {exercise.name, exercise.summary, exercise.dose_why, exercise.from_routine}
        found |= {exercise.dose_summary(), exercise.dose_summary(each_side=False)}
        found.update(exercise.aliases)
        found.update(exercise.steps + exercise.cues + exercise.mistakes + exercise.safety)
        found.update(f"{p.label}: {p.description}" for p in exercise.precautions)
    for routine in [*services.builtin_routines, *services.routines.all()]:
        found |= {routine.name, routine.description}
        for item in routine.items:  # a routine's own doses, which the domain words
            exercise = services.library.get(item.exercise_id)
            if exercise is not None:
                dose = item.dose_for(exercise)
                found |= {exercise.dose_summary(dose), exercise.dose_summary(dose, each_side=False)}
    found.update(language.native_name for language in SHIPPED)  # each language by its own name
    found.update(unit.symbol for unit in Unit if unit.is_number)  # "cm", as every language writes it
    return sorted((text for text in found if text), key=len, reverse=True)


def problems(root: QWidget, data: list[str]) -> list[str]:
    untranslated = [f"{shown}  -> {left!r}" for shown in shown_texts(root) if (left := unmarked(shown.text, data))]
    return untranslated + [f"clipped: {where}" for where in clipped(root)]


def check(found: list[str]) -> None:
    assert not found, "\n".join(found)


def pseudo_catalogue() -> i18n.Catalogue:
    """The domain's phrases (hipdesk.domain.i18n: phase and body-part names, doses, the check's findings...) in the
    pseudo-language too, so the check sees which words went through either translation."""
    entries: dict[str, i18n.Translation] = {}
    for key, phrase in i18n.source_phrases().items():
        if isinstance(phrase, i18n.Phrase):
            entries[key] = i18n.Translation(phrase.english, pseudo(phrase.english))
        else:
            forms = dict(phrase.english)
            entries[key] = i18n.Translation(forms, {form: pseudo(text) for form, text in forms.items()})
    return i18n.Catalogue(i18n.Language.EN, entries)


@pytest.fixture
def pseudo_language(interface_language: Any) -> Iterator[None]:  # type: ignore[no-untyped-def]
    before = i18n.install(pseudo_catalogue())
    try:
        with speaking(interface_language, "pseudo"):
            yield
    finally:
        i18n.install(before)


@pytest.fixture
def window(qtbot: QtBot, pseudo_language: None, paths: Paths, services: Services) -> Iterator[MainWindow]:
    shown = MainWindow(qsettings_for(paths))
    qtbot.addWidget(shown)
    shown.resize(*FIRST_SIZE)
    shown.show()
    shown.attach(services)
    qtbot.waitExposed(shown)
    yield shown
    player = shown.built_tab("player")
    controller = getattr(player, "controller", None)
    if controller is not None and controller.is_active:
        controller.end()


def settle(qtbot: QtBot) -> None:
    qtbot.wait(50)  # layouts settle after a tab switch
    QApplication.processEvents()


def test_the_library_and_an_exercise(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    view: Any = window.show_tab("library")
    view.open_exercise("hip-90-90-switches")
    settle(qtbot)
    check(problems(window, data_words(services)))


def test_routines_and_the_editor(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    view: Any = window.show_tab("routines")
    settle(qtbot)
    check(problems(window, data_words(services)))
    view.editor.new_routine()
    view.editor.add_exercise("hip-90-90-switches")
    settle(qtbot)
    check(problems(window, data_words(services)))


def test_the_player_from_start_to_summary(
    qtbot: QtBot, window: MainWindow, services: Services, fake_clock: FakeClock
) -> None:
    view: Any = window.show_tab("player")
    settle(qtbot)
    check(problems(window, data_words(services)))
    view.play(services.builtin_routines[0])
    for _ in range(30):  # into the first hold
        fake_clock.advance(0.5)
        view.controller.poll()
    settle(qtbot)
    check(problems(window, data_words(services)))
    view.controller.end()
    settle(qtbot)
    check(problems(window, data_words(services)))


def test_history_with_two_weeks(qtbot: QtBot, pseudo_language: None, paths: Paths, database: Any, library: Any) -> None:
    from hipdesk.app import build_services
    from tools.fill_history import fill_two_weeks

    clock = FakeClock()
    wall = FakeWallClock(__import__("tests.clocks", fromlist=["TEST_NOW"]).TEST_NOW, follow=clock)
    fill_two_weeks(database.engine, wall.today())
    services = build_services(paths, database, library, clock=clock, wall=wall)
    window = MainWindow(qsettings_for(paths))
    qtbot.addWidget(window)
    window.resize(*FIRST_SIZE)
    window.show()
    window.attach(services)
    view: Any = window.show_tab("history")
    qtbot.waitUntil(lambda: bool(view._complete), timeout=10000)
    settle(qtbot)
    check(problems(window, data_words(services)))


def _dialog_problems(qtbot: QtBot, dialog: QDialog | None, services: Services) -> list[str]:
    assert dialog is not None
    qtbot.waitExposed(dialog)
    settle(qtbot)
    found = problems(dialog, data_words(services))
    dialog.close()
    return found


def test_settings(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    check(_dialog_problems(qtbot, window.show_settings(), services))


def test_the_report_dialog(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    check(_dialog_problems(qtbot, window.open_report(), services))


def test_the_weekly_check_and_its_summary(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    dialog: Any = window.open_weekly_check()
    qtbot.waitExposed(dialog)
    settle(qtbot)
    check(problems(dialog, data_words(services)))
    week = dialog.view.week
    services.checks.save_week(
        week - timedelta(days=7),
        [
            CheckValue("check-figure-four", Side.LEFT, 14, Unit.CM),
            CheckValue("check-figure-four", Side.RIGHT, 18, Unit.CM),
        ],
    )
    values = [
        CheckValue("check-figure-four", Side.LEFT, 13, Unit.CM),
        CheckValue("check-figure-four", Side.RIGHT, 19, Unit.CM),
    ]
    for index in range(len(checks())):
        dialog.view.page(index).set_values(values)
    dialog.view.save_and_summarize()
    settle(qtbot)
    check(problems(dialog, data_words(services)))
    dialog.close()


def test_about_and_the_safety_notice(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    about = window.show_about()
    qtbot.waitExposed(about)
    check(problems(about, data_words(services)))
    about.close()
    notice = window.show_safety_notice()
    qtbot.waitExposed(notice)
    words = [notice.text(), *data_words(services)]  # the notice's text is the content's (hipdesk.domain.notices)
    check(problems(notice, words))
    notice.close()
