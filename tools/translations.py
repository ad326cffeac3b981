"""Keep a translation of HipDesk's content up to date (``docs/content-format.md``, "Translations").

    python tools/translations.py check de     # every gap: missing, stale (the English changed) or broken
    python tools/translations.py update de    # add every missing text to the files, with its source, text = ""

``update`` rewrites each translation file in the English order: the translations that fit stay as they are, a text
the English gained gets its ``source`` and an empty ``text`` to fill in, and a translation whose English changed is
kept as it was, with the English it should now translate written above it in a comment, so ``check`` keeps
reporting it until its ``source`` and ``text`` are brought up to date by hand. Files for other languages and the
English are never touched.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hipdesk.content.builtin_routines import load_builtin_routines  # noqa: E402
from hipdesk.content.exercises import load_library  # noqa: E402
from hipdesk.content.translations import (  # noqa: E402
    EXERCISE_LISTS,
    EXERCISE_TEXTS,
    ROUTINE_TEXTS,
    check_language,
    language_dir,
)
from hipdesk.domain.i18n import SOURCE_LANGUAGE, Language, PluralPhrase, source_phrases  # noqa: E402

RESOURCES = ROOT / "resources"
BARE_KEY = re.compile(r"^[A-Za-z0-9_-]+$")


def toml_string(text: str) -> str:
    """A TOML basic string (JSON's escapes are TOML's)."""
    return json.dumps(text, ensure_ascii=False)


def toml_key(part: str) -> str:
    return part if BARE_KEY.fullmatch(part) else toml_string(part)


def toml_value(value: str | Mapping[str, str]) -> str:
    if isinstance(value, str):
        return toml_string(value)
    return "{ " + ", ".join(f"{key} = {toml_string(text)}" for key, text in value.items()) + " }"


def block(header: str, source: str | Mapping[str, str], text: str | Mapping[str, str], note: str = "") -> str:
    comment = f"# the English now reads: {toml_value(note)}\n" if note else ""
    return f"{comment}{header}\nsource = {toml_value(source)}\ntext = {toml_value(text)}\n"


def read(path: Path) -> dict[str, Any]:
    return tomllib.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def _pairs(value: object) -> list[tuple[Any, Any]]:
    items = value if isinstance(value, list) else [value] if isinstance(value, dict) else []
    return [(i.get("source"), i.get("text", "")) for i in items if isinstance(i, dict) and "source" in i]


def fields_file(
    path: Path, heading: str, singles: Mapping[str, str], lists: Mapping[str, Sequence[str]], order: Iterable[str]
) -> str:
    """One exercise's or routine's translation, in the English order: single texts as ``[field]``, lists as
    ``[[field]]``. Existing translations are kept; stale ones stay, with the English they should now translate."""
    old = read(path)
    parts = [f"# {heading}\n# Each text beside the English it translates (docs/content-format.md, Translations).\n"]
    for field in order:
        if field in singles:
            english = singles[field]
            value: object = old
            for name in field.split("."):
                value = value.get(name, {}) if isinstance(value, dict) else {}
            pairs = _pairs(value)
            source, text = pairs[0] if pairs else (english, "")
            parts.append(block(f"[{field}]", source, text, "" if source == english else english))
        else:
            english_list = lists[field]
            by_source = dict(_pairs(old.get(field)))
            for item in english_list:
                parts.append(block(f"[[{field}]]", item, by_source.pop(item, "")))
            for source, text in by_source.items():  # translations of texts the English no longer has
                parts.append(block(f"[[{field}]]", source, text, "(removed from the English: delete this entry)"))
    return "\n".join(parts)


def update_exercises(language: Language) -> list[Path]:
    library = load_library(RESOURCES / "exercises")
    folder = language_dir(RESOURCES / "exercises", language)
    written = []
    for exercise in library.exercises():
        path = folder / f"{exercise.id}.toml"
        singles = {field: getattr(exercise, attribute) for field, attribute in EXERCISE_TEXTS.items()}
        lists = {field: getattr(exercise, field) for field in EXERCISE_LISTS}
        order = ("name", "aliases", "summary", "steps", "cues", "mistakes", "safety", "dose.why")
        heading = f"{language.native_name}: {exercise.name} ({exercise.id})"
        written.append(write(path, fields_file(path, heading, singles, lists, order)))
    return written


def update_routines(language: Language) -> list[Path]:
    library = load_library(RESOURCES / "exercises")
    folder = language_dir(RESOURCES / "routines", language)
    written = []
    for routine in load_builtin_routines(library, RESOURCES / "routines"):
        path = folder / f"{routine.id}.toml"
        singles = {field: getattr(routine, field) for field in ROUTINE_TEXTS}
        heading = f"{language.native_name}: the built-in routine {routine.name} ({routine.id})"
        written.append(write(path, fields_file(path, heading, singles, {}, ROUTINE_TEXTS)))
    return written


def update_texts(language: Language) -> list[Path]:
    """The domain's phrases, one file per key's first word, in the order the keys sort."""
    folder = language_dir(RESOURCES / "texts", language)
    phrases = source_phrases()
    by_file: dict[str, list[str]] = {}
    for key in phrases:
        by_file.setdefault(key.split(".")[0], []).append(key)
    written = []
    for name, keys in by_file.items():
        path = folder / f"{name}.toml"
        old = read(path)
        parts = [
            f"# {language.native_name}: HipDesk's {name} phrases. Each text beside the English it translates; "
            "{fields} stay as they are.\n"
        ]
        for key in keys:
            phrase = phrases[key]
            english: str | dict[str, str] = dict(phrase.english) if isinstance(phrase, PluralPhrase) else phrase.english
            value: object = old
            for part in key.split(".")[1:]:
                value = value.get(part, {}) if isinstance(value, dict) else {}
            pairs = _pairs(value)
            empty: str | dict[str, str] = dict.fromkeys(language.plural_forms, "") if isinstance(english, dict) else ""
            source, text = pairs[0] if pairs else (english, empty)
            header = "[" + ".".join(toml_key(part) for part in key.split(".")[1:]) + "]"
            parts.append(block(header, source, text or empty, "" if source == english else _flat(english)))
        written.append(write(path, "\n".join(parts)))
    return written


def _flat(english: str | Mapping[str, str]) -> str:
    return english if isinstance(english, str) else " | ".join(english.values())


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.is_file() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")
    return path


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=("check", "update"))
    parser.add_argument("language", help="the language's code, e.g. de")
    args = parser.parse_args(argv)
    try:
        language = Language(args.language)
    except ValueError:
        parser.error(f"HipDesk has no language {args.language!r} (known: {', '.join(lang.value for lang in Language)})")
    if language is SOURCE_LANGUAGE:
        parser.error("English is the source: it has nothing to translate")
    if args.command == "update":
        paths = update_exercises(language) + update_routines(language) + update_texts(language)
        print(f"{len(paths)} {language.native_name} files up to date with the English")
    problems = check_language(language, RESOURCES)
    for problem in problems:
        print(problem)
    kinds = {kind: sum(1 for p in problems if p.kind == kind) for kind in ("missing", "stale", "invalid")}
    print(f"{language.native_name}: " + ", ".join(f"{n} {kind}" for kind, n in kinds.items()))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
