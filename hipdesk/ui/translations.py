"""HipDesk's interface in the language it speaks: Qt's translators, the default QLocale and the domain's wording.

The interface text is English in the source, translated by ``resources/translations/hipdesk_<language>.qm`` (built
from the ``.ts`` files by ``make translations``); Qt's own dialogs and standard buttons by Qt's ``qtbase_<language>``.
English needs no file, only its plurals ('%n session(s)': :class:`EnglishPlurals`). Dates and numbers follow the
language through the default ``QLocale``, so a spin box, a date and a sentence agree ("1,5" in German).

Everything is installed once, before the main window is built (its tabs and menus are translated as they are made);
changing the language applies at the next start.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QObject, QTranslator

from hipdesk.domain.words import EnglishWording, Wording, english_plural, install_wording
from hipdesk.paths import RESOURCES

log = logging.getLogger(__name__)

TRANSLATIONS_DIR = RESOURCES / "translations"
SOURCE_LANGUAGE = "en"
# The markers a pseudo-translation wraps every message in, and what lengthens it (see PseudoTranslator).
PSEUDO_OPEN, PSEUDO_CLOSE, PSEUDO_FILL = "⟦", "⟧", "·"


def interface_languages() -> tuple[str, ...]:
    """The languages the interface has a translation for (English first: it needs none)."""
    found = sorted(path.stem.removeprefix("hipdesk_") for path in TRANSLATIONS_DIR.glob("hipdesk_*.qm"))
    return (SOURCE_LANGUAGE, *(code for code in found if code != SOURCE_LANGUAGE))


class EnglishPlurals(QTranslator):
    """The English interface: messages as written, a plural's '(s)' resolved by the count."""

    def translate(
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:  # None: "no translation here", Qt then shows the source
        if n >= 0 and "(s)" in source_text:
            return english_plural(source_text, n)
        return None

    def isEmpty(self) -> bool:
        return False


class PseudoTranslator(QTranslator):
    """A pseudo-language for checks: every message wrapped in ⟦ ⟧ and a third longer, so a screen shows at a
    glance which text went through the translator (the rest is data or a forgotten message) and whether the layout
    has room for a longer language."""

    def translate(self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        if not source_text:
            return None
        text = english_plural(source_text, n) if n >= 0 else source_text
        return pseudo(text)

    def isEmpty(self) -> bool:
        return False


def pseudo(text: str) -> str:
    """``text`` marked and lengthened by a third (placeholders such as %n and {name} are kept whole)."""
    return f"{PSEUDO_OPEN}{text}{PSEUDO_FILL * max(1, len(text) // 3)}{PSEUDO_CLOSE}"


class QtWording:
    """The domain's words through Qt: its translators and the default QLocale."""

    def translate(self, context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(context, text, disambiguation, n)

    def format_date(self, day: date, pattern: str) -> str:
        return QLocale().toString(QDate(day.year, day.month, day.day), pattern)

    def format_number(self, value: float, decimals: int) -> str:
        return QLocale().toString(float(value), "f", decimals)


@dataclass
class InstalledLanguage:
    """What :func:`install_language` put in place, so it can be taken out again (tests switch languages)."""

    language: str
    translators: list[QTranslator] = field(default_factory=list)
    previous_locale: QLocale = field(default_factory=QLocale)
    previous_wording: Wording = field(default_factory=EnglishWording)

    def remove(self) -> None:
        app = QCoreApplication.instance()
        for translator in self.translators:
            if app is not None:
                app.removeTranslator(translator)
        self.translators.clear()
        QLocale.setDefault(self.previous_locale)
        install_wording(self.previous_wording)


def running_list(names: Sequence[str]) -> str:
    """Names joined as a list in running text: "Foam roller, band" in English, whose common nouns are lower case
    after the first word; "Faszienrolle, Band" in German, whose nouns keep their capital. The translation says which
    (a language without upper and lower case says "keep")."""
    lower = QCoreApplication.translate(
        "Lists",
        "lower-case",
        "Translate as 'lower-case' if common nouns in a list in running text are written in lower case after the "
        "first word (English: 'Foam roller, band'), or as 'keep' if they keep their capital (German nouns).",
    )
    items = [name if i == 0 or lower != "lower-case" else name.lower() for i, name in enumerate(names)]
    return ", ".join(items)


def qt_translation_folders() -> list[str]:
    """Where Qt's own translations are: where Qt says, else beside PySide6 (a bundle may move Qt's prefix)."""
    import PySide6

    return [
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        str(Path(PySide6.__file__).resolve().parent / "Qt" / "translations"),
    ]


def locale_for(language: str) -> QLocale:
    """The QLocale HipDesk writes dates and numbers with: the language's own, without thousands separators
    (HipDesk's numbers are small, and "1.234" reads as a decimal to half its readers)."""
    locale = QLocale(language)
    locale.setNumberOptions(locale.numberOptions() | QLocale.NumberOption.OmitGroupSeparator)
    return locale


_current: InstalledLanguage | None = None


def use_interface_language(language: str) -> InstalledLanguage:
    """HipDesk's interface speaks ``language`` from now on, in place of the one installed before (the composition
    root's choice; widgets already built retranslate themselves on Qt's LanguageChange event)."""
    global _current
    if _current is not None:
        if _current.language == language:
            return _current
        _current.remove()
    _current = install_language(language)
    return _current


def install_language(language: str, parent: QObject | None = None) -> InstalledLanguage:
    """Speak ``language`` (an ISO 639-1 code, or "pseudo" for the check language) from now on: HipDesk's
    translation and Qt's own, the default QLocale and the domain's wording. A language without a translation file
    falls back to English, and says so in the log."""
    app = QCoreApplication.instance()
    installed = InstalledLanguage(language, previous_locale=QLocale(), previous_wording=EnglishWording())
    translators: list[QTranslator] = []
    if language == "pseudo":
        translators.append(PseudoTranslator(parent))
        locale = locale_for(SOURCE_LANGUAGE)
    else:
        if language != SOURCE_LANGUAGE:
            own = QTranslator(parent)
            if own.load(f"hipdesk_{language}", str(TRANSLATIONS_DIR)):
                translators.append(own)
                qt_own = QTranslator(parent)
                if any(qt_own.load(f"qtbase_{language}", folder) for folder in qt_translation_folders()):
                    translators.append(qt_own)
                else:  # standard buttons stay English; everything of HipDesk's own is translated
                    log.warning(
                        "Qt's own translation for %s was not found; its standard buttons stay English", language
                    )
            else:
                log.warning("no interface translation for %s in %s; HipDesk speaks English", language, TRANSLATIONS_DIR)
                language = SOURCE_LANGUAGE
        if language == SOURCE_LANGUAGE:
            translators.append(EnglishPlurals(parent))
        locale = locale_for(language)
    if app is not None:
        for translator in translators:
            app.installTranslator(translator)
    installed.language = language
    installed.translators = translators
    QLocale.setDefault(locale)
    installed.previous_wording = install_wording(QtWording())
    return installed
