"""Which language HipDesk speaks, and the phrases the domain composes, ready for translation.

HipDesk's content is written in English; another language's text sits beside it in sibling files
(``docs/content-format.md``, "Translations"). Exercises and routines are translated as they are read
(:mod:`hipdesk.content.translations`); the words the domain itself puts together (phase and body-part names, doses,
the weekly check's findings, the voice's cues, the safety notice) are declared here as :class:`Phrase` and
:class:`PluralPhrase` objects, each with a stable key and its English, and look up the installed
:class:`Catalogue` each time they are said.

One language is installed for the whole process at start-up (:func:`install`), the way Qt installs one translator:
the desktop's language, or the one chosen in Settings (:func:`choose_language`), applied when HipDesk next starts.
:func:`current_language` tells the rest of HipDesk (the UI's own translator, the voice) which one it is.

A translation applies only while its ``source`` is still the English it translated: when the English changes, the
English shows until the translation is brought up to date (the loader reports it, and a test fails on it).
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import string
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Final


class Language(StrEnum):
    """A language HipDesk's content may be shown in, by its ISO 639-1 code (the translation folders' name)."""

    EN = "en"
    DE = "de"

    @property
    def native_name(self) -> str:
        """The language's name in itself, as a language menu lists it: 'English', 'Deutsch'."""
        return _NATIVE_NAMES[self]

    @property
    def english_name(self) -> str:
        """The language's name in English: 'German'."""
        return _ENGLISH_NAMES[self]

    @property
    def plural_forms(self) -> tuple[str, ...]:
        """The CLDR plural categories the language's counted phrases give, 'other' last."""
        return _PLURAL_FORMS[self]


_NATIVE_NAMES = {Language.EN: "English", Language.DE: "Deutsch"}
_ENGLISH_NAMES = {Language.EN: "English", Language.DE: "German"}
SOURCE_LANGUAGE: Final = Language.EN  # what HipDesk's content is written in
# The languages a person can choose: their translation is complete and up to date with the English (a test holds
# every one to that, so a change to the English text changes its translations too).
SHIPPED: Final[tuple[Language, ...]] = (Language.EN, Language.DE)
# Every language with translation files, finished or not; one not yet in SHIPPED is not offered, and is only checked
# for broken files.
TRANSLATED: Final[tuple[Language, ...]] = (Language.DE,)

# CLDR plural categories (https://cldr.unicode.org/index/cldr-spec/plural-rules): English and German both say
# "one" for exactly 1 written without decimals and "other" for anything else (0, 2, 1.5). A language with more
# forms (Polish: one, few, many, other) adds its rule to _plural_category and its categories here.
_PLURAL_FORMS = {Language.EN: ("one", "other"), Language.DE: ("one", "other")}
_DECIMAL_COMMA = frozenset({Language.DE})


def plural_category(language: Language, count: float) -> str:
    """The CLDR plural category of ``count`` in ``language``: 'one' or 'other' for English and German."""
    if language in (Language.EN, Language.DE):
        return "one" if count == 1 and float(count).is_integer() else "other"
    return "other"  # pragma: no cover - every Language has a rule above


def number(value: float, language: Language | None = None) -> str:
    """A number as people read it in ``language`` (the installed one by default): '1.5' in English, '1,5' in German.
    Whole numbers have no decimals; no grouping, since HipDesk's numbers are small."""
    text = f"{value:g}"
    return text.replace(".", ",") if (language or current_language()) in _DECIMAL_COMMA else text


def mid_sentence(text: str) -> str:
    """A name as it reads inside a sentence in the installed language: English lower-cases its first letter ('Knee
    height' in 'the knee height photo'; 'TFL' stays), German keeps its capitals, since its nouns always have one."""
    if current_language() is Language.DE or not text or (len(text) > 1 and text[1].isupper()):
        return text
    return text[0].lower() + text[1:]


def choose_language(preference: str, desktop_languages: Iterable[str]) -> Language:
    """The language HipDesk speaks: the one chosen in Settings (``preference``: a code, or '' to follow the
    desktop), else the first of the desktop's languages HipDesk ships (``desktop_languages``: BCP 47 or POSIX names
    in order of preference, as ``QLocale.uiLanguages()`` gives them: 'de-DE', 'de_AT.UTF-8', 'C'), else English."""
    wanted = [preference] if preference else []
    for tag in [*wanted, *desktop_languages]:
        code = re.split(r"[-_.@]", tag.strip(), maxsplit=1)[0].lower()
        for language in SHIPPED:
            if language.value == code:
                return language
    return SOURCE_LANGUAGE


# ---- phrases -------------------------------------------------------------------------------------------------------

KEY_PATTERN = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9][a-z0-9_-]*)+$")
_REGISTRY: dict[str, Phrase | PluralPhrase] = {}


def placeholders(text: str) -> frozenset[str]:
    """The named fields of a phrase, e.g. {'exercise', 'side'} for '{exercise}, {side}'."""
    return frozenset(name for _, name, _, _ in string.Formatter().parse(text) if name)


def _register(entry: Phrase | PluralPhrase) -> None:
    if not KEY_PATTERN.fullmatch(entry.key):
        raise ValueError(f"a phrase key is a file name and dotted lower-case words, got {entry.key!r}")
    earlier = _REGISTRY.get(entry.key)
    if earlier is not None and earlier != entry:
        raise ValueError(f"two phrases share the key {entry.key!r}")
    _REGISTRY[entry.key] = entry


@dataclass(frozen=True)
class Phrase:
    """A sentence or term the domain says, with its stable ``key`` (``<file>.<name>``: which translation file holds
    it, then where in it) and its ``english``. Calling it gives the installed language's text, its ``{fields}``
    filled in: ``NEXT(exercise="Glute bridge")``."""

    key: str
    english: str

    def __post_init__(self) -> None:
        _register(self)

    def __call__(self, **values: object) -> str:
        text = _installed.text(self.key, self.english)
        return text.format(**values) if values else text


@dataclass(frozen=True)
class PluralPhrase:
    """A phrase with a count, in each of the language's plural forms: ``REPS(10)`` is '10 reps', ``REPS(1)``
    '1 rep'. ``{n}`` is the count, written the language's way; other ``{fields}`` come as keywords."""

    key: str
    one: str
    other: str

    def __post_init__(self) -> None:
        _register(self)

    @property
    def english(self) -> Mapping[str, str]:
        return {"one": self.one, "other": self.other}

    def __call__(self, count: float, /, **values: object) -> str:
        forms = _installed.forms(self.key, self.english)
        category = plural_category(_installed.language, count)
        text = forms.get(category) or forms["other"]
        return text.format(n=number(count, _installed.language), **values)


def phrase_modules() -> Iterator[str]:
    """The domain modules, every one of which may declare phrases."""
    package = importlib.import_module("hipdesk.domain")
    for info in pkgutil.iter_modules(package.__path__, "hipdesk.domain."):
        yield info.name


def source_phrases() -> dict[str, Phrase | PluralPhrase]:
    """Every phrase the domain declares, by key (importing each domain module, so none is missed)."""
    for name in phrase_modules():
        importlib.import_module(name)
    return dict(sorted(_REGISTRY.items()))


# ---- the installed language ----------------------------------------------------------------------------------------

Text = str | Mapping[str, str]  # a plain text, or a counted phrase's forms by plural category


@dataclass(frozen=True)
class Translation:
    """One translated text: the English it translates (``source``) and the translation (``text``); for a counted
    phrase both are forms by plural category."""

    source: Text
    text: Text


@dataclass(frozen=True)
class Catalogue:
    """The translations of the domain's phrases into one language, by key. A translation whose ``source`` no longer
    matches the English is passed over (the English is said instead)."""

    language: Language
    entries: Mapping[str, Translation] = field(default_factory=dict)

    def text(self, key: str, english: str) -> str:
        entry = self.entries.get(key)
        if entry is None or entry.source != english or not isinstance(entry.text, str):
            return english
        return entry.text

    def forms(self, key: str, english: Mapping[str, str]) -> Mapping[str, str]:
        entry = self.entries.get(key)
        if entry is None or not isinstance(entry.source, Mapping) or dict(entry.source) != dict(english):
            return english
        return entry.text if isinstance(entry.text, Mapping) else english


_installed = Catalogue(SOURCE_LANGUAGE)


def install(catalogue: Catalogue) -> Catalogue:
    """Speak ``catalogue``'s language from now on; returns the catalogue it replaces (tests put it back)."""
    global _installed
    before, _installed = _installed, catalogue
    return before


def installed() -> Catalogue:
    return _installed


def current_language() -> Language:
    """The language HipDesk speaks in this process."""
    return _installed.language
