"""The interface's language: chosen from the desktop's, installed before the window, Qt's own buttons included."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QDialogButtonBox

from hipdesk.domain.dates import long_date
from hipdesk.domain.durations import format_duration
from hipdesk.domain.i18n import SHIPPED
from hipdesk.domain.words import Words, number
from hipdesk.paths import Paths
from hipdesk.ui.main_window import MainWindow
from hipdesk.ui.translations import interface_languages, pseudo
from tests.gui.conftest import speaking


class ProbeWords(Words):
    """Messages these tests look up (none is in a translation file)."""


def test_every_language_hipdesk_offers_has_an_interface_translation() -> None:
    """The content's languages (hipdesk.domain.i18n.SHIPPED) and the interface's .qm files go together."""
    assert set(interface_languages()) == {language.value for language in SHIPPED}


def test_english_resolves_plurals_through_qt() -> None:
    assert ProbeWords.tr("%n set(s)", "", 1) == "1 set"
    assert ProbeWords.tr("%n set(s)", "", 4) == "4 sets"


def test_the_german_window(qtbot, paths: Paths, german) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(QSettings(str(paths.settings_file), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        "Bibliothek",
        "Routinen",
        "Player",
        "Verlauf",
    ]
    assert [action.text() for action in window.menuBar().actions()] == ["&Datei", "&Ansicht", "E&xtras", "&Hilfe"]
    assert window.tabs.tabToolTip(0) == "Bibliothek (Strg+1)"


def test_german_dates_numbers_and_qts_own_buttons(qtbot, german) -> None:  # type: ignore[no-untyped-def]
    assert QLocale().language() == QLocale.Language.German
    assert long_date(date(2026, 11, 16)) == "Montag, 16. November 2026"
    assert format_duration(290) == "4 Min. 50 Sek."
    assert number(1.5, 1) == "1,5"
    assert number(1234.5, 1) == "1234,5"  # no thousands separator: HipDesk's numbers are small
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Save)
    qtbot.addWidget(box)
    assert {button.text() for button in box.buttons()} == {"Abbrechen", "Speichern"}


def test_a_language_without_a_translation_speaks_english(qtbot, interface_language) -> None:  # type: ignore[no-untyped-def]
    with speaking(interface_language, "fr") as installed:
        assert installed.language == "en"
        assert ProbeWords.tr("%n set(s)", "", 2) == "2 sets"


def test_the_pseudo_language_marks_and_lengthens_every_message(qtbot, interface_language) -> None:  # type: ignore[no-untyped-def]
    with speaking(interface_language, "pseudo"):
        said = ProbeWords.tr("{count} done")
        assert said.startswith("⟦{count} done") and said.endswith("⟧")
        assert len(said) >= len("{count} done") * 4 // 3
        assert ProbeWords.tr("%n set(s)", "", 2) == pseudo("%n sets").replace("%n", "2")
