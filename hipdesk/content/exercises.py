"""Reading and validating the built-in exercise files (``resources/exercises/<id>.toml``).

The format is described in ``docs/content-format.md``. Every file is checked strictly and every problem in every
file is collected, then reported together in one :class:`ContentError`, so a broken file is never skipped silently.
Each problem reads ``<file>: <field>: <reason>``.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Iterable, Mapping
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from hipdesk.domain.exercise import (
    HOLD_S_RANGE,
    ID_PATTERN,
    REPS_RANGE,
    REST_S_RANGE,
    SETS_RANGE,
    TEMPO_PART_RANGE,
    Dose,
    Effort,
    Equipment,
    Exercise,
    Phase,
    Position,
    Precaution,
    Region,
    RepPattern,
    Tempo,
)
from hipdesk.domain.i18n import SOURCE_LANGUAGE, Language
from hipdesk.domain.library import Library
from hipdesk.domain.words import counted

SOURCE_PATTERN = re.compile(r"^[0-9]{3}$")
DIFFICULTY_RANGE = (1, 3)

_REQUIRED_KEYS = (
    "id",
    "name",
    "phase",
    "summary",
    "targets",
    "position",
    "desk_friendly",
    "difficulty",
    "per_side",
    "steps",
    "cues",
    "mistakes",
    "safety",
    "precautions",
    "dose",
)
_OPTIONAL_KEYS = ("aliases", "equipment", "sources", "easier", "harder", "alternatives", "effort", "rep_pattern")
_DOSE_REQUIRED_KEYS = ("sets", "why", "source")
# "why" is read by people in the detail pane: plain words, never a pointer into HipDesk's source material (that
# belongs in "source", which only contributors read).
_NOT_FOR_PEOPLE = re.compile(r"\bseeds?\b|evidence|\.md\b|catalog", re.IGNORECASE)
_DOSE_OPTIONAL_KEYS = ("hold_s", "reps", "tempo", "rest_s")
_TEMPO_KEYS = ("down_s", "hold_s", "up_s")

_E = TypeVar("_E", bound=StrEnum)


class ContentError(Exception):
    """One or more content files are broken. ``problems`` lists each as ``<file>: <field>: <reason>``."""

    def __init__(self, problems: Iterable[str]) -> None:
        self.problems: list[str] = list(problems)
        count = len(self.problems)
        heading = f"{counted(count, 'problem')} in the exercise files:"
        super().__init__("\n".join([heading, *(f"  {p}" for p in self.problems)]))


def default_exercises_dir() -> Path:
    """The folder of exercise files shipped with HipDesk."""
    from hipdesk.paths import RESOURCES

    return RESOURCES / "exercises"


def load_library(directory: Path, language: Language = SOURCE_LANGUAGE) -> Library:
    """Read every ``*.toml`` in ``directory`` (sorted by name), validate it and build the library, its texts in
    ``language`` (from ``directory/<language>/``; a text without a fitting translation stays English, and the gap is
    logged).

    Raises :class:`ContentError` listing every problem found across all files.
    """
    directory = Path(directory)
    if not directory.is_dir():
        raise ContentError([f"{_shown(directory)}: not a folder of exercise files"])
    files = sorted(p for p in directory.glob("*.toml") if p.is_file())
    known_ids = {p.stem for p in files}

    problems: list[str] = []
    exercises: list[Exercise] = []
    for path in files:
        checker = _FileChecker(path, known_ids)
        exercise = checker.check()
        problems.extend(checker.problems)
        if exercise is not None:
            exercises.append(exercise)
    if problems:
        raise ContentError(problems)
    if language is not SOURCE_LANGUAGE:
        from hipdesk.content.translations import log_problems, translate_exercises

        exercises, gaps = translate_exercises(exercises, directory, language)
        log_problems(gaps, "exercises")
    return Library(exercises)


def _shown(path: Path) -> str:
    """The path as people read it in a message: relative to the working folder when inside it."""
    try:
        return path.relative_to(Path.cwd()).as_posix()
    except ValueError:
        return path.as_posix()


def _type_name(value: object) -> str:
    names = {bool: "a boolean", int: "an integer", float: "a number", str: "a string", list: "a list", dict: "a table"}
    return names.get(type(value), type(value).__name__)


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


class _FileChecker:
    """Checks one file, collecting its problems; builds the exercise only when the file has none."""

    def __init__(self, path: Path, known_ids: set[str]) -> None:
        self.path = path
        self.known_ids = known_ids
        self.problems: list[str] = []

    def problem(self, field: str, reason: str) -> None:
        self.problems.append(f"{_shown(self.path)}: {field}: {reason}")

    # -- reading -----------------------------------------------------------------------------------------------

    def read(self) -> dict[str, Any] | None:
        try:
            raw = self.path.read_bytes()
        except OSError as exc:
            self.problem("<file>", f"cannot be read ({exc.strerror or exc})")
            return None
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            line = raw[: exc.start].count(b"\n") + 1
            self.problem("<file>", f"is not UTF-8 (bad byte at line {line}, byte offset {exc.start})")
            return None
        try:
            return tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            self.problem("<file>", f"is not valid TOML: {exc}")
            return None

    # -- the whole file ----------------------------------------------------------------------------------------

    def check(self) -> Exercise | None:
        data = self.read()
        if data is None:
            return None
        before = len(self.problems)
        self.check_keys(data, "", _REQUIRED_KEYS, _OPTIONAL_KEYS)

        exercise_id = self.check_id(data.get("id"))
        name = self.text(data, "name")
        summary = self.text(data, "summary")
        phase = self.enum(data, "phase", Phase)
        position = self.enum(data, "position", Position)
        targets = self.enum_list(data, "targets", Region, allow_empty=False)
        equipment = self.enum_list(data, "equipment", Equipment, allow_empty=True, optional=True)
        if Equipment.NONE in equipment:
            self.problem("equipment", 'write equipment = [] for "no equipment", not "none"')
        desk_friendly = self.boolean(data, "desk_friendly")
        per_side = self.boolean(data, "per_side")
        difficulty = self.integer(data, "difficulty", DIFFICULTY_RANGE)
        steps = self.text_list(data, "steps", allow_empty=False)
        cues = self.text_list(data, "cues", allow_empty=False)
        mistakes = self.text_list(data, "mistakes", allow_empty=False)
        safety = self.text_list(data, "safety", allow_empty=False)
        aliases = self.text_list(data, "aliases", allow_empty=True, optional=True)
        sources = self.text_list(data, "sources", allow_empty=True, optional=True)
        for source in sources:
            if not SOURCE_PATTERN.fullmatch(source):
                self.problem("sources", f"must name seed articles by their three-digit number, got {source!r}")
        easier = self.links(data, "easier", exercise_id)
        harder = self.links(data, "harder", exercise_id)
        both = sorted(set(easier) & set(harder))
        if both:
            self.problem("harder", f"{', '.join(both)} is listed as both easier and harder")
        alternatives = self.links(data, "alternatives", exercise_id)
        twice = sorted(set(alternatives) & (set(easier) | set(harder)))
        if twice:
            self.problem("alternatives", f"{', '.join(twice)} is already listed as easier or harder")
        precautions = self.enum_list(data, "precautions", Precaution, allow_empty=True)
        dose, dose_source, dose_why = self.dose(data.get("dose"), "dose" in data)
        effort, rep_pattern = self.rep_motion(data, dose, per_side)

        if len(self.problems) > before:
            return None
        # Every value below was checked above; the asserts narrow the types for mypy.
        assert exercise_id is not None and name is not None and summary is not None
        assert phase is not None and position is not None and dose is not None
        assert dose_source is not None and dose_why is not None
        assert desk_friendly is not None and per_side is not None and difficulty is not None
        return Exercise(
            id=exercise_id,
            name=name,
            phase=phase,
            summary=summary,
            targets=targets,
            position=position,
            dose=dose,
            per_side=per_side,
            difficulty=difficulty,
            desk_friendly=desk_friendly,
            steps=steps,
            cues=cues,
            mistakes=mistakes,
            safety=safety,
            dose_source=dose_source,
            dose_why=dose_why,
            equipment=equipment,
            aliases=aliases,
            easier=easier,
            harder=harder,
            alternatives=alternatives,
            precautions=precautions,
            sources=sources,
            effort=effort,
            rep_pattern=rep_pattern,
        )

    def rep_motion(
        self, data: Mapping[str, Any], dose: Dose | None, per_side: bool | None
    ) -> tuple[Effort, RepPattern]:
        """The effort half of a repetition (required with reps) and how repetitions follow one another."""
        reps = dose is not None and dose.reps is not None
        effort = self.enum(data, "effort", Effort) if "effort" in data else None
        if effort is None and reps and "effort" not in data:
            choices = ", ".join(e.value for e in Effort)
            self.problem("effort", f"is required with reps: name the half of a repetition that lifts ({choices})")
        pattern = self.enum(data, "rep_pattern", RepPattern) if "rep_pattern" in data else RepPattern.SAME
        if pattern is not None and pattern is not RepPattern.SAME:
            if dose is not None and not reps:
                self.problem("rep_pattern", f"{pattern.value!r} only goes with reps")
            if pattern is RepPattern.ALTERNATE_SIDES and per_side:
                self.problem("rep_pattern", "alternate_sides is for a two-sided drill (per_side = false)")
        return effort or Effort.NONE, pattern or RepPattern.SAME

    def check_keys(
        self, table: Mapping[str, Any], prefix: str, required: Iterable[str], optional: Iterable[str]
    ) -> None:
        required = tuple(required)
        allowed = set(required) | set(optional)
        for key in required:
            if key not in table:
                self.problem(prefix + key, "is required but missing")
        for key in table:
            if key not in allowed:
                self.problem(prefix + key, f"unknown key (allowed: {', '.join(sorted(allowed))})")

    def check_id(self, value: object) -> str | None:
        if value is None:
            return None  # reported as missing by check_keys
        if not isinstance(value, str):
            self.problem("id", f"must be a string, got {_type_name(value)}")
            return None
        ok = True
        if not ID_PATTERN.fullmatch(value):
            self.problem("id", f"must be lower-case letters and digits joined by single hyphens, got {value!r}")
            ok = False
        if value != self.path.stem:
            self.problem("id", f"must equal the file name {self.path.stem!r}, got {value!r}")
            ok = False
        return value if ok else None

    # -- single values -----------------------------------------------------------------------------------------

    def _get(self, table: Mapping[str, Any], key: str, field: str, kind: str, ok: Callable[[object], bool]) -> Any:
        """The value if it is present and of the right kind; otherwise None (a wrong kind is reported)."""
        if key not in table:
            return None
        value = table[key]
        if not ok(value):
            self.problem(field, f"must be {kind}, got {_type_name(value)} {value!r}")
            return None
        return value

    def text(self, table: Mapping[str, Any], key: str, field: str | None = None) -> str | None:
        field = field or key
        value = self._get(table, key, field, "a string", lambda v: isinstance(v, str))
        if value is None:
            return None
        if not value.strip():
            self.problem(field, "must not be empty")
            return None
        return str(value)

    def boolean(self, table: Mapping[str, Any], key: str) -> bool | None:
        value = self._get(table, key, key, "true or false", lambda v: isinstance(v, bool))
        return None if value is None else bool(value)

    def integer(
        self, table: Mapping[str, Any], key: str, bounds: tuple[int, int], field: str | None = None
    ) -> int | None:
        field = field or key
        value = self._get(table, key, field, "a whole number", _is_int)
        if value is None:
            return None
        low, high = bounds
        if not low <= value <= high:
            self.problem(field, f"must be between {low} and {high}, got {value}")
            return None
        return int(value)

    def enum(self, table: Mapping[str, Any], key: str, kind: type[_E]) -> _E | None:
        value = self._get(table, key, key, "a string", lambda v: isinstance(v, str))
        if value is None:
            return None
        return self._enum_value(key, value, kind)

    def _enum_value(self, field: str, value: str, kind: type[_E]) -> _E | None:
        try:
            return kind(value)
        except ValueError:
            choices = ", ".join(member.value for member in kind)
            self.problem(field, f"unknown value {value!r} (one of: {choices})")
            return None

    # -- lists -------------------------------------------------------------------------------------------------

    def _list(self, table: Mapping[str, Any], key: str, allow_empty: bool, optional: bool) -> list[Any] | None:
        if key not in table:
            return [] if optional else None
        value = self._get(table, key, key, "a list", lambda v: isinstance(v, list))
        if value is None:
            return None
        if not value and not allow_empty:
            self.problem(key, "must list at least one entry")
            return None
        return list(value)

    def text_list(
        self, table: Mapping[str, Any], key: str, allow_empty: bool, optional: bool = False
    ) -> tuple[str, ...]:
        items = self._list(table, key, allow_empty, optional) or []
        result: list[str] = []
        for index, item in enumerate(items):
            field = f"{key}[{index}]"
            if not isinstance(item, str):
                self.problem(field, f"must be a string, got {_type_name(item)} {item!r}")
            elif not item.strip():
                self.problem(field, "must not be empty")
            elif item in result:
                self.problem(field, f"repeats {item!r}")
            else:
                result.append(item)
        return tuple(result)

    def enum_list(
        self, table: Mapping[str, Any], key: str, kind: type[_E], allow_empty: bool, optional: bool = False
    ) -> tuple[_E, ...]:
        result: list[_E] = []
        for index, item in enumerate(self._list(table, key, allow_empty, optional) or []):
            field = f"{key}[{index}]"
            if not isinstance(item, str):
                self.problem(field, f"must be a string, got {_type_name(item)} {item!r}")
                continue
            member = self._enum_value(field, item, kind)
            if member is None:
                continue
            if member in result:
                self.problem(field, f"repeats {item!r}")
                continue
            result.append(member)
        return tuple(result)

    def links(self, table: Mapping[str, Any], key: str, own_id: str | None) -> tuple[str, ...]:
        result: list[str] = []
        for index, item in enumerate(self._list(table, key, allow_empty=True, optional=True) or []):
            field = f"{key}[{index}]"
            if not isinstance(item, str):
                self.problem(field, f"must be an exercise id, got {_type_name(item)} {item!r}")
            elif item == (own_id or self.path.stem):
                self.problem(field, "must not point at the exercise itself")
            elif item not in self.known_ids:
                self.problem(field, f"no exercise with id {item!r} (expected a file {item}.toml beside this one)")
            elif item in result:
                self.problem(field, f"repeats {item!r}")
            else:
                result.append(item)
        return tuple(result)

    # -- the dose ----------------------------------------------------------------------------------------------

    def dose(self, table: object, present: bool) -> tuple[Dose | None, str | None, str | None]:
        if not present:
            return None, None, None  # reported as missing by check_keys
        if not isinstance(table, dict):
            self.problem("dose", f"must be a table ([dose]), got {_type_name(table)}")
            return None, None, None
        before = len(self.problems)
        self.check_keys(table, "dose.", _DOSE_REQUIRED_KEYS, _DOSE_OPTIONAL_KEYS)
        sets = self.integer(table, "sets", SETS_RANGE, "dose.sets")
        rest_s = self.integer(table, "rest_s", REST_S_RANGE, "dose.rest_s") if "rest_s" in table else 0
        source = self.text(table, "source", "dose.source")
        why = self.text(table, "why", "dose.why")
        if why is not None and (found := _NOT_FOR_PEOPLE.search(why)):
            self.problem(
                "dose.why",
                f"is shown to people: say why in plain words, without {found.group(0)!r} (references go in source)",
            )
        has_hold, has_reps = "hold_s" in table, "reps" in table
        if has_hold and has_reps:
            self.problem("dose.hold_s", "give either hold_s or reps, not both")
        elif not has_hold and not has_reps:
            self.problem("dose.reps", "give either hold_s (a timed hold) or reps")
        hold_s = self.integer(table, "hold_s", HOLD_S_RANGE, "dose.hold_s") if has_hold else None
        reps = self.integer(table, "reps", REPS_RANGE, "dose.reps") if has_reps else None

        tempo = Tempo()
        if "tempo" in table:
            if not has_reps:
                self.problem("dose.tempo", "only allowed with reps (a hold has no tempo)")
            else:
                tempo = self.tempo(table["tempo"]) or tempo

        if len(self.problems) > before:
            return None, None, None
        assert sets is not None and rest_s is not None
        return Dose(sets=sets, hold_s=hold_s, reps=reps, tempo=tempo, rest_s=rest_s), source, why

    def tempo(self, value: object) -> Tempo | None:
        if not isinstance(value, dict):
            self.problem("dose.tempo", f"must be a table like {{ down_s = 2, hold_s = 0, up_s = 1 }}, got {value!r}")
            return None
        self.check_keys(value, "dose.tempo.", (), _TEMPO_KEYS)
        default = Tempo()
        parts: dict[str, float] = {key: float(getattr(default, key)) for key in _TEMPO_KEYS}
        ok = True
        for key in _TEMPO_KEYS:
            if key not in value:
                continue  # a missing part keeps its default (2-0-1)
            field = f"dose.tempo.{key}"
            part = self._get(
                value,
                key,
                field,
                "a number of seconds",
                lambda v: isinstance(v, int | float) and not isinstance(v, bool),
            )
            if part is None:
                ok = False
                continue
            low, high = TEMPO_PART_RANGE
            if not low <= part <= high:
                self.problem(field, f"must be between {low:g} and {high:g} seconds, got {part}")
                ok = False
                continue
            parts[key] = float(part)
        if not ok:
            return None
        if parts["down_s"] + parts["hold_s"] + parts["up_s"] <= 0:
            self.problem("dose.tempo", "a repetition must take some time (all parts are 0)")
            return None
        return Tempo(**parts)
