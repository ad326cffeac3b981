"""Reading translations: each language's text in sibling files beside the English it translates.

| what | English | a translation (``<lang>`` is its code, e.g. ``de``) |
|---|---|---|
| an exercise | ``resources/exercises/<id>.toml`` | ``resources/exercises/<lang>/<id>.toml`` |
| a built-in routine | ``resources/routines/<id>.json`` | ``resources/routines/<lang>/<id>.toml`` |
| the domain's phrases | the code (:class:`~hipdesk.domain.i18n.Phrase`) | ``resources/texts/<lang>/<file>.toml`` |

Every translated text is a table of ``source`` (the exact English it translates) and ``text`` (the translation); a
list (steps, cues ...) is an array of such tables. A translation applies only while its ``source`` still equals the
English: a text whose English changed shows in English until the translation catches up. Every gap is a
:class:`TranslationProblem` (missing, stale or invalid), logged when HipDesk loads the language and held to zero for
every shipped language by the test suite. The format is described in ``docs/content-format.md``.
"""

from __future__ import annotations

import logging
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from hipdesk.domain.exercise import Exercise
from hipdesk.domain.i18n import (
    SOURCE_LANGUAGE,
    Catalogue,
    Language,
    Phrase,
    PluralPhrase,
    Text,
    Translation,
    install,
    placeholders,
    source_phrases,
)
from hipdesk.domain.routine import Routine

log = logging.getLogger(__name__)

MISSING = "missing"  # the English has a text the translation does not
STALE = "stale"  # a translation whose source is no longer the English (the English changed)
INVALID = "invalid"  # a file or entry that cannot be read as a translation

# An exercise's texts a person reads: one text each, then lists. "dose.why" is the "Why this dose" sentence.
EXERCISE_TEXTS = {"name": "name", "summary": "summary", "dose.why": "dose_why"}
EXERCISE_LISTS = ("aliases", "steps", "cues", "mistakes", "safety")
ROUTINE_TEXTS = ("name", "description")


@dataclass(frozen=True)
class TranslationProblem:
    """A gap in a translation: which file, which field, what kind (missing, stale, invalid) and why."""

    path: str
    field: str
    kind: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.field}: {self.reason}"


def language_dir(english_dir: Path, language: Language) -> Path:
    """Where ``language``'s files sit beside the English ones."""
    return english_dir / language.value


def _shown(path: Path) -> str:
    try:
        return path.relative_to(Path.cwd()).as_posix()
    except ValueError:
        return path.as_posix()


def _cut(text: str, length: int = 70) -> str:
    return repr(text if len(text) <= length else text[: length - 1] + "…")


class _File:
    """One translation file: its entries read and checked for shape, every problem collected."""

    def __init__(self, path: Path, language: Language) -> None:
        self.path = path
        self.language = language
        self.problems: list[TranslationProblem] = []
        self.data: dict[str, Any] = {}

    def problem(self, field: str, kind: str, reason: str) -> None:
        self.problems.append(TranslationProblem(_shown(self.path), field, kind, reason))

    def read(self) -> bool:
        try:
            self.data = tomllib.loads(self.path.read_text(encoding="utf-8"))
        except OSError as exc:
            self.problem("<file>", INVALID, f"cannot be read ({exc.strerror or exc})")
            return False
        except UnicodeDecodeError as exc:
            self.problem("<file>", INVALID, f"is not UTF-8 ({exc.reason} at byte {exc.start})")
            return False
        except tomllib.TOMLDecodeError as exc:
            self.problem("<file>", INVALID, f"is not valid TOML: {exc}")
            return False
        return True

    def entry(self, value: object, field: str) -> Translation | None:
        """A ``{source, text}`` table as a translation; None (and a problem) when it is not one."""
        if not isinstance(value, dict):
            self.problem(field, INVALID, "must be a table with source and text")
            return None
        unknown = sorted(set(value) - {"source", "text"})
        if unknown or "source" not in value or "text" not in value:
            what = f"unknown key {unknown[0]!r}" if unknown else "missing source or text"
            self.problem(field, INVALID, f"must hold exactly source and text ({what})")
            return None
        source, text = value["source"], value["text"]
        if isinstance(source, str) and isinstance(text, str):
            if not text.strip():
                self.problem(field, MISSING, f"has no text yet for {_cut(source)}")
                return None
            return Translation(source, text)
        if isinstance(source, dict) and isinstance(text, dict):
            forms = self.language.plural_forms
            if not all(isinstance(v, str) for v in [*source.values(), *text.values()]):
                self.problem(field, INVALID, "plural forms must be text")
                return None
            absent = [form for form in forms if not str(text.get(form, "")).strip()]
            if absent:
                self.problem(field, MISSING, f"has no {' or '.join(absent)} form yet")
                return None
            extra = sorted(set(text) - set(forms))
            if extra:
                self.problem(field, INVALID, f"{self.language.native_name} has no {extra[0]!r} plural form")
                return None
            return Translation(dict(source), dict(text))
        self.problem(field, INVALID, "source and text must both be text, or both be plural forms")
        return None

    def entries(self, value: object, field: str) -> list[Translation]:
        if not isinstance(value, list):
            self.problem(field, INVALID, "must be an array of tables ([[" + field + "]])")
            return []
        found = [self.entry(item, f"{field}[{index}]") for index, item in enumerate(value)]
        return [t for t in found if t is not None]


def _one(file: _File, field: str, english: str, entry: Translation | None, present: bool) -> str:
    """The translation of one text, or the English (and why) when there is none that fits."""
    if entry is None:
        if not present:
            file.problem(field, MISSING, f"no translation of {_cut(english)}")
        return english
    if entry.source != english:
        file.problem(field, STALE, f"translates {_cut(str(entry.source))}, but the English now reads {_cut(english)}")
        return english
    assert isinstance(entry.text, str)
    return entry.text


def _many(file: _File, field: str, english: Sequence[str], raw: object) -> tuple[str, ...]:
    """A list's translations, matched to the English by their source, in the English order. A text the English
    gained is missing; a translation of a text the English no longer has is stale."""
    entries = file.entries(raw, field) if raw is not None else []
    by_source = {str(e.source): str(e.text) for e in entries}
    # Entries already reported (an empty text, a broken table) are not reported again as missing.
    reported = {item.get("source") for item in raw if isinstance(item, dict)} if isinstance(raw, list) else set()
    result = []
    for index, text in enumerate(english):
        if text in by_source:
            result.append(by_source[text])
        else:
            result.append(text)
            if text not in reported:
                file.problem(f"{field}[{index}]", MISSING, f"no translation of {_cut(text)}")
    for source in by_source.keys() - set(english):
        file.problem(field, STALE, f"translates {_cut(source)}, which the English no longer has")
    return tuple(result)


def _dotted(data: Mapping[str, Any], dotted: str) -> tuple[object, bool]:
    value: object = data
    for part in dotted.split("."):
        if not isinstance(value, dict) or part not in value:
            return None, False
        value = value[part]
    return value, True


def _unknown_fields(file: _File, allowed: Iterable[str]) -> None:
    tops = {name.split(".")[0] for name in allowed}
    for key in file.data:
        if key not in tops:
            file.problem(key, INVALID, f"unknown field (allowed: {', '.join(sorted(tops))})")
    dose = file.data.get("dose")
    if isinstance(dose, dict):
        for key in dose:
            if f"dose.{key}" not in allowed:
                file.problem(f"dose.{key}", INVALID, "only dose.why is read by people")


def translate_exercise(exercise: Exercise, path: Path, language: Language) -> tuple[Exercise, list[TranslationProblem]]:
    """``exercise`` with every text ``path`` translates for it, and the problems found. The English name and aliases
    stay with it (search finds it by them too)."""
    file = _File(path, language)
    if not path.is_file():
        file.problem("<file>", MISSING, f"no {language.native_name} translation of {exercise.id}")
        return exercise, file.problems
    if not file.read():
        return exercise, file.problems
    _unknown_fields(file, [*EXERCISE_TEXTS, *EXERCISE_LISTS])
    changes: dict[str, Any] = {}
    for field, attribute in EXERCISE_TEXTS.items():
        raw, present = _dotted(file.data, field)
        entry = file.entry(raw, field) if present else None
        changes[attribute] = _one(file, field, getattr(exercise, attribute), entry, present)
    for field in EXERCISE_LISTS:
        changes[field] = _many(file, field, getattr(exercise, field), file.data.get(field))
    translated = replace(exercise, **changes, english_name=exercise.name, english_aliases=exercise.aliases)
    return translated, file.problems


def translate_exercises(
    exercises: Iterable[Exercise], directory: Path, language: Language
) -> tuple[list[Exercise], list[TranslationProblem]]:
    """Every exercise in ``language`` (``directory`` holds the English files); the English where a text has no
    translation that fits. A translation file for an exercise that does not exist is a problem too."""
    exercises = list(exercises)
    if language is SOURCE_LANGUAGE:
        return exercises, []
    folder = language_dir(directory, language)
    result: list[Exercise] = []
    problems: list[TranslationProblem] = []
    for exercise in exercises:
        translated, found = translate_exercise(exercise, folder / f"{exercise.id}.toml", language)
        result.append(translated)
        problems.extend(found)
    problems.extend(_strays(folder, {e.id for e in exercises}, "exercise"))
    return result, problems


def _strays(folder: Path, known: set[str], what: str) -> list[TranslationProblem]:
    if not folder.is_dir():
        return []
    return [
        TranslationProblem(_shown(path), "<file>", INVALID, f"there is no {what} {path.stem!r} to translate")
        for path in sorted(folder.glob("*.toml"))
        if path.stem not in known
    ]


def translate_routines(
    routines: Iterable[Routine], directory: Path, language: Language
) -> tuple[tuple[Routine, ...], list[TranslationProblem]]:
    """The built-in routines with their name and description in ``language`` (``directory`` holds the English)."""
    routines = tuple(routines)
    if language is SOURCE_LANGUAGE:
        return routines, []
    folder = language_dir(directory, language)
    result: list[Routine] = []
    problems: list[TranslationProblem] = []
    for routine in routines:
        file = _File(folder / f"{routine.id}.toml", language)
        if not file.path.is_file():
            file.problem("<file>", MISSING, f"no {language.native_name} translation of the routine {routine.id}")
        elif file.read():
            _unknown_fields(file, ROUTINE_TEXTS)
            name, description = (_routine_text(file, field, getattr(routine, field)) for field in ROUTINE_TEXTS)
            routine = replace(routine, name=name, description=description)
        result.append(routine)
        problems.extend(file.problems)
    problems.extend(_strays(folder, {r.id for r in routines}, "built-in routine"))
    return tuple(result), problems


def _routine_text(file: _File, field: str, english: str) -> str:
    present = field in file.data
    entry = file.entry(file.data[field], field) if present else None
    return _one(file, field, english, entry, present)


# ---- the domain's phrases ------------------------------------------------------------------------------------------


def _walk(file: _File, table: Mapping[str, Any], prefix: str) -> dict[str, tuple[str, object]]:
    """Every entry in a phrase file by its key (the file's name, then the tables' path), with the field to name
    in a problem."""
    found: dict[str, tuple[str, object]] = {}
    for key, value in table.items():
        dotted = f"{prefix}.{key}"
        field = dotted.partition(".")[2]
        if isinstance(value, dict) and ("source" in value or "text" in value):
            found[dotted] = (field, value)
        elif isinstance(value, dict):
            found.update(_walk(file, value, dotted))
        else:
            file.problem(field, INVALID, "must be a table with source and text")
    return found


def _english_of(phrase: Phrase | PluralPhrase) -> Text:
    return phrase.english


def _placeholders_of(text: Text) -> frozenset[str]:
    if isinstance(text, str):
        return placeholders(text)
    return frozenset().union(*(placeholders(form) for form in text.values()))


def load_catalogue(directory: Path, language: Language) -> tuple[Catalogue, list[TranslationProblem]]:
    """``language``'s translations of the domain's phrases from ``directory`` (``resources/texts``), checked
    against the English the code declares: a phrase with no translation, a translation of a phrase that no longer
    exists or reads otherwise now, or one whose ``{fields}`` differ from the English, is a problem."""
    if language is SOURCE_LANGUAGE:
        return Catalogue(language), []
    phrases = source_phrases()
    folder = language_dir(directory, language)
    problems: list[TranslationProblem] = []
    entries: dict[str, Translation] = {}
    seen: set[str] = set()
    for path in sorted(folder.glob("*.toml")) if folder.is_dir() else []:
        file = _File(path, language)
        if file.read():
            for key, (field, raw) in _walk(file, file.data, path.stem).items():
                seen.add(key)
                phrase = phrases.get(key)
                if phrase is None:
                    file.problem(field, INVALID, "HipDesk has no text by this name (renamed or removed?)")
                    continue
                entry = file.entry(raw, field)
                if entry is None:
                    continue
                english = _english_of(phrase)
                if isinstance(english, str) != isinstance(entry.source, str):
                    want = "one text" if isinstance(english, str) else "plural forms (one, other)"
                    file.problem(field, INVALID, f"the English is {want}")
                    continue
                if entry.source != english:
                    now = _cut(str(english))
                    file.problem(field, STALE, f"translates {_cut(str(entry.source))}, but the English now reads {now}")
                    continue
                if _placeholders_of(entry.text) != _placeholders_of(english):
                    wanted = ", ".join(sorted(_placeholders_of(english))) or "none"
                    file.problem(field, INVALID, f"must use the English's fields {{...}}: {wanted}")
                    continue
                entries[key] = entry
        problems.extend(file.problems)
    for key, phrase in phrases.items():
        if key not in seen:
            file_name, _, field = key.partition(".")
            path = folder / f"{file_name}.toml"
            problems.append(
                TranslationProblem(_shown(path), field, MISSING, f"no translation of {_cut(str(_english_of(phrase)))}")
            )
    return Catalogue(language, entries), problems


# ---- a whole language ----------------------------------------------------------------------------------------------


def default_texts_dir() -> Path:
    from hipdesk.paths import RESOURCES

    return RESOURCES / "texts"


def use_language(language: Language, texts_dir: Path | None = None) -> list[TranslationProblem]:
    """Install ``language`` for the domain's phrases (the weekly check, doses, cues, the safety notice); returns
    the problems found, which are logged too. Exercises and routines are translated as they load."""
    catalogue, problems = load_catalogue(texts_dir or default_texts_dir(), language)
    install(catalogue)
    log_problems(problems, "texts")
    return problems


def log_problems(problems: Sequence[TranslationProblem], what: str) -> None:
    """Gaps in a shipped translation show in English; the log says where, for whoever keeps the translation."""
    if problems:
        log.warning("%d gaps in the translation of the %s (shown in English):", len(problems), what)
    for problem in problems:
        log.warning("  %s", problem)


def check_language(language: Language, resources: Path | None = None) -> list[TranslationProblem]:
    """Every gap in ``language``'s translation of HipDesk's built-in content: exercises, routines and phrases."""
    from hipdesk.content.builtin_routines import load_builtin_routines
    from hipdesk.content.exercises import load_library

    if resources is None:
        from hipdesk.paths import RESOURCES

        resources = RESOURCES
    library = load_library(resources / "exercises")
    routines = load_builtin_routines(library, resources / "routines")
    _, exercise_problems = translate_exercises(library.exercises(), resources / "exercises", language)
    _, routine_problems = translate_routines(routines, resources / "routines", language)
    _, text_problems = load_catalogue(resources / "texts", language)
    return [*exercise_problems, *routine_problems, *text_problems]
