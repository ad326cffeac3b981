"""The routine file: a small, human-editable JSON file that holds one routine, and nothing outside it.

The format is described in ``docs/routine-format.md`` and published as a JSON Schema in
``resources/schemas/routine.schema.json``. Reading is strict: the first problem found stops the import with one
message naming the file, the field (``items[2].dose.hold_s``) and the reason, and nothing is written anywhere.
Text written by :func:`dumps` reads back to an identical routine (the export use case writes it to a file).
"""

from __future__ import annotations

import json
import math
import re
from collections import ChainMap
from collections.abc import Iterable, Mapping
from dataclasses import replace
from enum import StrEnum
from pathlib import Path
from typing import Any, NoReturn, TypeVar

from hipdesk.content.strict_json import JsonProblem, cannot_be_read, file_problem, strict_loads, type_name
from hipdesk.domain.durations import format_duration
from hipdesk.domain.exercise import (
    HOLD_S_RANGE,
    REPS_RANGE,
    REST_S_RANGE,
    SETS_RANGE,
    TEMPO_PART_RANGE,
    Dose,
    Equipment,
    Exercise,
    Phase,
    Position,
    Region,
    Tempo,
)
from hipdesk.domain.exercise import ID_PATTERN as EXERCISE_ID
from hipdesk.domain.routine import EXTRA_SETS_RANGE, Routine, RoutineItem, Sides, name_key
from hipdesk.domain.routine_rules import total_duration_s
from hipdesk.domain.text import MAX_QUOTED, quoted, text_problem
from hipdesk.domain.words import Words

_E = TypeVar("_E", bound=StrEnum)

FORMAT_KEY = "hipdesk_routine"
FORMAT_VERSION = 1
MAX_FILE_BYTES = 1_000_000  # 1 MB: a routine is a few kilobytes; anything bigger is not a routine
FILE_SUFFIX = ".hipdesk-routine.json"

NAME_MAX = 80
DESCRIPTION_MAX = 2000
SOURCE_MAX = 1000
ITEMS_MAX = 60
TARGET_MIN_RANGE = (1, 120)
TOTAL_MAX_S = 3 * 60 * 60  # a whole routine longer than three hours is a typing mistake

_URL = re.compile(r"[a-z][a-z0-9+.-]*://|^file:", re.IGNORECASE)
_PATH = re.compile(r"^(~?/|\.\.?[/\\]|[a-z]:[/\\]|\\\\)", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")  # the rule stored routines were written under
_PLAIN_KEY = re.compile(r"[A-Za-z0-9_$.-]{1,40}")
_OUTSIDE_KEYS = {"include", "includes", "import", "imports", "extends", "url", "href", "src", "file", "path", "link"}

_TOP_REQUIRED = (FORMAT_KEY, "name", "items")
_TOP_OPTIONAL = ("description", "source", "target_min", "exercises")
_ITEM_REQUIRED = ("exercise",)
_ITEM_OPTIONAL = ("sides", "dose", "extra_sets_left", "extra_sets_right")
_DOSE_REQUIRED = ("sets",)
_DOSE_OPTIONAL = ("hold_s", "reps", "tempo", "rest_s")
_TEMPO_KEYS = ("down_s", "hold_s", "up_s")
# An exercise of the routine's own (a custom exercise, e.g. one a physiotherapist wrote).
_EXERCISE_REQUIRED = ("id", "name", "phase", "targets", "per_side", "dose", "steps", "safety")
_EXERCISE_OPTIONAL = ("summary", "cues", "mistakes", "position", "equipment", "difficulty", "figure")
OWN_EXERCISES_MAX = 20
EXERCISE_TEXT_MAX = 400  # one step, cue, mistake or safety line, or the summary
EXERCISE_LINES_MAX = 12  # steps, cues, mistakes or safety lines
TARGETS_MAX = 6
DIFFICULTY_RANGE = (1, 3)


class RoutineFileWords(Words):
    """What HipDesk says about a routine file it refuses (field names, the file's JSON keys, stay as they are)."""


def _outside() -> str:
    return RoutineFileWords.tr(
        "points outside the file; a routine file must hold everything itself (no includes, paths or URLs)"
    )


def _outside_found(value: object) -> str:
    return RoutineFileWords.tr(
        "points outside the file; a routine file must hold everything itself (no includes, paths or URLs) "
        "(found {value})"
    ).format(value=_shown_value(value))


def _got(value: object) -> str:
    """What a field held instead, for "…, got {kind} {value}": its kind and the value itself."""
    return f"{type_name(value)} {_shown_value(value)}"


class RoutineFileError(ValueError):
    """A routine file HipDesk refuses. ``where`` names the file and field, ``what`` the reason."""

    def __init__(self, where: str, what: str) -> None:
        self.where = where
        self.what = what
        super().__init__(f"{where}: {what}")


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _shown_value(value: object) -> str:
    """A bad value quoted in a message: text in quotes, with what cannot be shown written as its code, cut short."""
    if isinstance(value, str):
        return quoted(value)
    text = json.dumps(value) if isinstance(value, int | float | bool) else type_name(value)
    return text if len(text) <= MAX_QUOTED else text[: MAX_QUOTED - 1] + "…"


def _key(key: str) -> str:
    """A key of the file in a field's path: as it is when it is a plain short word, else quoted like a value."""
    return key if _PLAIN_KEY.fullmatch(key) else quoted(key, 40)


class _Reader:
    """Checks one parsed document; the first problem raises RoutineFileError."""

    def __init__(self, label: str, library: Mapping[str, Exercise] | None, stored: bool = False) -> None:
        self.label = label
        self.library = library
        self.own: dict[str, Exercise] = {}  # the routine's own exercises, by id, once read
        self.stored = stored  # a routine HipDesk stored itself: read with the rules it was written under

    def fail(self, field: str, what: str) -> NoReturn:
        where = f"{self.label}: {field}" if self.label and field else (self.label or field or _routine_word())
        raise RoutineFileError(where, what)

    # -- structure -------------------------------------------------------------------------------------------

    def keys(self, table: Mapping[str, Any], prefix: str, required: Iterable[str], optional: Iterable[str]) -> None:
        required = tuple(required)
        allowed = set(required) | set(optional)
        for key in table:
            if key not in allowed:
                if key.startswith("$") or key.casefold() in _OUTSIDE_KEYS:
                    self.fail(prefix + _key(key), _outside())
                self.fail(
                    prefix + _key(key),
                    RoutineFileWords.tr("unknown key (allowed here: {keys})").format(keys=", ".join(sorted(allowed))),
                )
        for key in required:
            if key not in table:
                self.fail(prefix + key, RoutineFileWords.tr("is required but missing"))

    def obj(self, value: object, field: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            self.fail(field, RoutineFileWords.tr("must be an object {{...}}, got {kind}").format(kind=type_name(value)))
        return value

    def integer(self, value: object, field: str, bounds: tuple[int, int], unit: str = "") -> int:
        if not _is_int(value):
            self.fail(field, RoutineFileWords.tr("must be a whole number, got {value}").format(value=_got(value)))
        assert isinstance(value, int)
        low, high = bounds
        if not low <= value <= high:
            if unit == "seconds" and value > 60:
                what = RoutineFileWords.tr("must be between {low} and {high} seconds, got {value} ({duration})")
            elif unit == "seconds":
                what = RoutineFileWords.tr("must be between {low} and {high} seconds, got {value}")
            elif unit == "minutes":
                what = RoutineFileWords.tr("must be between {low} and {high} minutes, got {value}")
            else:
                what = RoutineFileWords.tr("must be between {low} and {high}, got {value}")
            self.fail(field, what.format(low=low, high=high, value=value, duration=format_duration(value)))
        return value

    def text(self, value: object, field: str, limit: int, multiline: bool, name: bool = False) -> str:
        """A text field; ``name``: one that people tell apart by looking (no invisible characters either)."""
        if not isinstance(value, str):
            self.fail(field, RoutineFileWords.tr("must be text, got {value}").format(value=_got(value)))
        if len(value) > limit:
            self.fail(
                field,
                RoutineFileWords.tr("is {length} characters long; at most {limit} are allowed").format(
                    length=len(value), limit=limit
                ),
            )
        if self.stored:  # stored before the text rules below: never refuse (and so lose) what HipDesk kept
            bad = _CONTROL.search(value) if multiline else _CONTROL.search(value) or re.search(r"[\n\t]", value)
            if bad:
                self.fail(
                    field,
                    RoutineFileWords.tr("contains a control character (code {code}) at position {position}").format(
                        code=ord(bad.group()), position=bad.start() + 1
                    ),
                )
        else:
            problem = text_problem(value, one_line=not multiline, name=name)
            if problem is not None:
                self.fail(field, problem.message())
        if _URL.search(value) or _PATH.match(value.strip()):
            self.fail(field, _outside_found(value))
        return value

    # -- the document ----------------------------------------------------------------------------------------

    def routine(self, data: object, existing_names: Iterable[str], routine_id: str, builtin: bool) -> Routine:
        top = self.obj(data, "")
        self.keys(top, "", _TOP_REQUIRED, _TOP_OPTIONAL)
        version = top[FORMAT_KEY]
        if not _is_int(version):
            self.fail(
                FORMAT_KEY,
                RoutineFileWords.tr("must be the format number {number}, got {value}").format(
                    number=FORMAT_VERSION, value=_shown_value(version)
                ),
            )
        if version > FORMAT_VERSION:
            self.fail(
                FORMAT_KEY,
                RoutineFileWords.tr(
                    "is format {version}, written by a newer HipDesk; this one reads format {number}"
                ).format(version=version, number=FORMAT_VERSION),
            )
        if version != FORMAT_VERSION:
            self.fail(
                FORMAT_KEY,
                RoutineFileWords.tr("must be {number}, got {value}").format(number=FORMAT_VERSION, value=version),
            )

        name = self.text(top["name"], "name", NAME_MAX, multiline=False, name=True)
        if not name.strip():
            self.fail("name", RoutineFileWords.tr("must not be empty"))
        if name != name.strip():
            self.fail("name", RoutineFileWords.tr("must not start or end with spaces"))
        same = next((n for n in existing_names if name_key(n) == name_key(name)), None)
        if same is not None:
            if " ".join(same.split()).casefold() == " ".join(name.split()).casefold():
                self.fail(
                    "name",
                    RoutineFileWords.tr(
                        "a routine called {name} already exists; rename it in the file or delete the other"
                    ).format(name=quoted(name)),
                )
            self.fail(
                "name",
                RoutineFileWords.tr(
                    "{name} looks the same as the routine {other} (they differ only in look-alike "
                    "letters or invisible characters); rename it in the file"
                ).format(name=quoted(name), other=quoted(same)),
            )
        description = self.text(top.get("description", ""), "description", DESCRIPTION_MAX, multiline=True)
        source = self.text(top.get("source", ""), "source", SOURCE_MAX, multiline=True)
        target_min = None
        if "target_min" in top:
            target_min = self.integer(top["target_min"], "target_min", TARGET_MIN_RANGE, "minutes")

        if "exercises" in top:
            self.own_exercises(top["exercises"], name)
        items_value = top["items"]
        if not isinstance(items_value, list):
            self.fail("items", _not_a_list(items_value))
        if len(items_value) > ITEMS_MAX:
            self.fail(
                "items",
                RoutineFileWords.tr("has {count} exercises; a routine holds at most {limit}").format(
                    count=len(items_value), limit=ITEMS_MAX
                ),
            )
        items = tuple(self.item(value, f"items[{index}]") for index, value in enumerate(items_value))
        routine = Routine(
            id=routine_id,
            name=name,
            description=description,
            items=items,
            source=source,
            builtin=builtin,
            target_min=target_min,
            exercises=tuple(self.own.values()),
        )
        if self.library is not None:
            total = total_duration_s(routine, ChainMap(self.own, dict(self.library)))
            if total > TOTAL_MAX_S:
                self.fail(
                    "items",
                    RoutineFileWords.tr("the routine would take about {duration}; at most {limit} is allowed").format(
                        duration=format_duration(total), limit=format_duration(TOTAL_MAX_S)
                    ),
                )
        return routine

    def item(self, value: object, field: str) -> RoutineItem:
        table = self.obj(value, field)
        self.keys(table, field + ".", _ITEM_REQUIRED, _ITEM_OPTIONAL)
        exercise_id = table["exercise"]
        if not isinstance(exercise_id, str):
            self.fail(
                field + ".exercise",
                RoutineFileWords.tr("must be an exercise id, got {kind}").format(kind=type_name(exercise_id)),
            )
        if _URL.search(exercise_id) or "/" in exercise_id or "\\" in exercise_id:
            self.fail(field + ".exercise", _outside_found(exercise_id))
        if not EXERCISE_ID.fullmatch(exercise_id):
            self.fail(
                field + ".exercise",
                RoutineFileWords.tr("is not an exercise id (like figure-four-stretch): {value}").format(
                    value=_shown_value(exercise_id)
                ),
            )
        exercise = self.own.get(exercise_id)
        if exercise is None and self.library is not None:
            exercise = self.library.get(exercise_id)
            if exercise is None:
                self.fail(
                    field + ".exercise",
                    RoutineFileWords.tr(
                        "no exercise with id {id} in HipDesk's library or in this file's exercises"
                    ).format(id=repr(exercise_id)),
                )

        sides = Sides.BOTH
        if "sides" in table:
            raw = table["sides"]
            choices = ", ".join(s.value for s in Sides)
            if not isinstance(raw, str) or raw not in {s.value for s in Sides}:
                self.fail(field + ".sides", _not_one_of(choices, raw))
            sides = Sides(raw)
        extra_left = self.integer(table.get("extra_sets_left", 0), field + ".extra_sets_left", EXTRA_SETS_RANGE)
        extra_right = self.integer(table.get("extra_sets_right", 0), field + ".extra_sets_right", EXTRA_SETS_RANGE)
        if exercise is not None and not exercise.per_side:
            if sides is not Sides.BOTH:
                self.fail(
                    field + ".sides",
                    RoutineFileWords.tr("{exercise} is not done one side at a time, so sides must be both").format(
                        exercise=exercise.name
                    ),
                )
            if extra_left or extra_right:
                self.fail(
                    field + ".extra_sets_left",
                    RoutineFileWords.tr("{exercise} is not done one side at a time").format(exercise=exercise.name),
                )
        dose = self.dose(table["dose"], field + ".dose") if "dose" in table else None
        return RoutineItem(
            exercise_id=exercise_id,
            dose=dose,
            sides=sides,
            extra_sets_left=extra_left,
            extra_sets_right=extra_right,
        )

    def dose(self, value: object, field: str) -> Dose:
        table = self.obj(value, field)
        self.keys(table, field + ".", _DOSE_REQUIRED, _DOSE_OPTIONAL)
        sets = self.integer(table["sets"], field + ".sets", SETS_RANGE)
        rest_s = self.integer(table.get("rest_s", 0), field + ".rest_s", REST_S_RANGE, "seconds")
        has_hold, has_reps = "hold_s" in table, "reps" in table
        if has_hold == has_reps:
            self.fail(field, RoutineFileWords.tr("give either hold_s (a timed hold) or reps, not both and not neither"))
        if has_hold:
            hold_s = self.integer(table["hold_s"], field + ".hold_s", HOLD_S_RANGE, "seconds")
            if "tempo" in table:
                self.fail(field + ".tempo", RoutineFileWords.tr("only goes with reps (a hold has no tempo)"))
            return Dose(sets=sets, hold_s=hold_s, rest_s=rest_s)
        reps = self.integer(table["reps"], field + ".reps", REPS_RANGE)
        tempo = self.tempo(table["tempo"], field + ".tempo") if "tempo" in table else Tempo()
        return Dose(sets=sets, reps=reps, tempo=tempo, rest_s=rest_s)

    def tempo(self, value: object, field: str) -> Tempo:
        table = self.obj(value, field)
        self.keys(table, field + ".", (), _TEMPO_KEYS)
        default = Tempo()
        parts = {key: float(getattr(default, key)) for key in _TEMPO_KEYS}
        low, high = TEMPO_PART_RANGE
        for key in _TEMPO_KEYS:
            if key not in table:
                continue
            part = table[key]
            if not _is_number(part):
                self.fail(
                    f"{field}.{key}",
                    RoutineFileWords.tr("must be a number of seconds, got {value}").format(value=_got(part)),
                )
            if not low <= part <= high:
                self.fail(
                    f"{field}.{key}",
                    RoutineFileWords.tr("must be between {low} and {high} seconds, got {value}").format(
                        low=f"{low:g}", high=f"{high:g}", value=f"{part:g}"
                    ),
                )
            parts[key] = float(part)
        if sum(parts.values()) <= 0:
            self.fail(field, RoutineFileWords.tr("a repetition must take some time (every part is 0)"))
        return Tempo(**parts)

    # -- exercises of the routine's own ---------------------------------------------------------------------

    def own_exercises(self, value: object, routine_name: str) -> None:
        if not isinstance(value, list):
            self.fail("exercises", _not_a_list(value))
        if len(value) > OWN_EXERCISES_MAX:
            self.fail(
                "exercises",
                RoutineFileWords.tr("has {count} exercises; a routine brings at most {limit}").format(
                    count=len(value), limit=OWN_EXERCISES_MAX
                ),
            )
        for index, entry in enumerate(value):
            exercise = self.exercise(entry, f"exercises[{index}]", routine_name)
            if exercise.id in self.own:
                self.fail(
                    f"exercises[{index}].id",
                    RoutineFileWords.tr("{id} is given twice in this file").format(id=repr(exercise.id)),
                )
            self.own[exercise.id] = exercise

    def lines(self, table: Mapping[str, Any], key: str, field: str, required: bool) -> tuple[str, ...]:
        if key not in table:
            return ()
        value = table[key]
        if not isinstance(value, list):
            self.fail(
                f"{field}.{key}",
                RoutineFileWords.tr("must be a list of text [...], got {kind}").format(kind=type_name(value)),
            )
        if required and not value:
            self.fail(f"{field}.{key}", RoutineFileWords.tr("must have at least one line"))
        if len(value) > EXERCISE_LINES_MAX:
            self.fail(
                f"{field}.{key}",
                RoutineFileWords.tr("has {count} lines; at most {limit} are allowed").format(
                    count=len(value), limit=EXERCISE_LINES_MAX
                ),
            )
        out = []
        for index, line in enumerate(value):
            text = self.text(line, f"{field}.{key}[{index}]", EXERCISE_TEXT_MAX, multiline=False)
            if not text.strip():
                self.fail(f"{field}.{key}[{index}]", RoutineFileWords.tr("must not be empty"))
            out.append(text)
        return tuple(out)

    def choice(self, value: object, field: str, kind: type[_E]) -> _E:
        choices = [member.value for member in kind]
        if not isinstance(value, str) or value not in choices:
            self.fail(field, _not_one_of(", ".join(choices), value))
        return kind(value)

    def exercise(self, value: object, field: str, routine_name: str) -> Exercise:
        table = self.obj(value, field)
        self.keys(table, field + ".", _EXERCISE_REQUIRED, _EXERCISE_OPTIONAL)
        exercise_id = table["id"]
        if not isinstance(exercise_id, str) or not EXERCISE_ID.fullmatch(exercise_id):
            self.fail(
                field + ".id",
                RoutineFileWords.tr("must be an id like my-band-walk, got {value}").format(
                    value=_shown_value(exercise_id)
                ),
            )
        if self.library is not None and exercise_id in self.library and not self.library[exercise_id].custom:
            self.fail(
                field + ".id",
                RoutineFileWords.tr("{id} is one of HipDesk's own exercises; give yours another id").format(
                    id=repr(exercise_id)
                ),
            )
        name = self.text(table["name"], field + ".name", NAME_MAX, multiline=False, name=True)
        if not name.strip() or name != name.strip():
            self.fail(field + ".name", RoutineFileWords.tr("must not be empty or start or end with spaces"))
        phase = self.choice(table["phase"], field + ".phase", Phase)
        if phase is Phase.CHECK:
            self.fail(
                field + ".phase", RoutineFileWords.tr("check is for HipDesk's weekly check; choose another phase")
            )
        targets_value = table["targets"]
        if not isinstance(targets_value, list) or not 1 <= len(targets_value) <= TARGETS_MAX:
            self.fail(
                field + ".targets",
                RoutineFileWords.tr("must list 1 to {limit} body regions, got {value}").format(
                    limit=TARGETS_MAX, value=_shown_value(targets_value)
                ),
            )
        targets = tuple(self.choice(t, f"{field}.targets[{i}]", Region) for i, t in enumerate(targets_value))
        if len(set(targets)) != len(targets):
            self.fail(field + ".targets", RoutineFileWords.tr("names a region twice"))
        per_side = table["per_side"]
        if not isinstance(per_side, bool):
            self.fail(
                field + ".per_side",
                RoutineFileWords.tr("must be true (one side at a time) or false, got {value}").format(
                    value=_shown_value(per_side)
                ),
            )
        equipment_value = table.get("equipment", [])
        if not isinstance(equipment_value, list):
            self.fail(field + ".equipment", _not_a_list(equipment_value))
        equipment = tuple(self.choice(e, f"{field}.equipment[{i}]", Equipment) for i, e in enumerate(equipment_value))
        if Equipment.NONE in equipment:
            self.fail(field + ".equipment", RoutineFileWords.tr('write [] for "no equipment", not "none"'))
        figure = table.get("figure")
        if figure is not None:
            if not isinstance(figure, str) or not EXERCISE_ID.fullmatch(figure):
                self.fail(
                    field + ".figure",
                    RoutineFileWords.tr("must be a HipDesk exercise id or null, got {value}").format(
                        value=_shown_value(figure)
                    ),
                )
            if self.library is not None and (figure not in self.library or self.library[figure].custom):
                self.fail(
                    field + ".figure",
                    RoutineFileWords.tr("no figure called {id}: use one of HipDesk's exercise ids").format(
                        id=repr(figure)
                    ),
                )
        return Exercise(
            id=exercise_id,
            name=name,
            phase=phase,
            summary=self.text(table.get("summary", ""), field + ".summary", EXERCISE_TEXT_MAX, multiline=False),
            targets=targets,
            position=self.choice(table.get("position", Position.STANDING.value), field + ".position", Position),
            dose=self.dose(table["dose"], field + ".dose"),
            per_side=per_side,
            difficulty=self.integer(table.get("difficulty", 1), field + ".difficulty", DIFFICULTY_RANGE),
            desk_friendly=False,
            steps=self.lines(table, "steps", field, required=True),
            cues=self.lines(table, "cues", field, required=False),
            mistakes=self.lines(table, "mistakes", field, required=False),
            safety=self.lines(table, "safety", field, required=True),
            dose_source="",
            equipment=equipment,
            from_routine=routine_name,
            figure=figure or "",
        )


def _routine_word() -> str:
    """Where a problem is when there is no file and no field: the routine as a whole."""
    return RoutineFileWords.tr("routine")


def _not_a_list(value: object) -> str:
    return RoutineFileWords.tr("must be a list [...], got {kind}").format(kind=type_name(value))


def _not_one_of(choices: str, value: object) -> str:
    return RoutineFileWords.tr("must be one of {choices}, got {value}").format(
        choices=choices, value=_shown_value(value)
    )


def parse_routine(
    data: object,
    *,
    library: Mapping[str, Exercise] | None,
    existing_names: Iterable[str] = (),
    routine_id: str = "",
    builtin: bool = False,
    label: str = "",
    stored: bool = False,
) -> Routine:
    """A routine from a parsed JSON document. ``library`` None skips the exercise checks (stored routines).

    ``stored``: HipDesk's own database row, read with the text rules it was written under (so a routine kept before
    a rule was added still opens); a file and anything about to be written meet every rule.
    Raises :class:`RoutineFileError` naming ``label`` (usually the file name), the field and the reason.
    """
    return _Reader(label, library, stored).routine(data, existing_names, routine_id, builtin)


def loads(
    text: str,
    *,
    library: Mapping[str, Exercise] | None,
    existing_names: Iterable[str] = (),
    routine_id: str = "",
    builtin: bool = False,
    label: str = "",
    stored: bool = False,
) -> Routine:
    """A routine from JSON text; see :func:`parse_routine`."""
    where = label or _routine_word()
    try:
        data = strict_loads(text, "a routine")
    except JsonProblem as exc:
        raise RoutineFileError(exc.where(where), exc.what) from exc
    return parse_routine(
        data,
        library=library,
        existing_names=existing_names,
        routine_id=routine_id,
        builtin=builtin,
        label=label,
        stored=stored,
    )


def decode_bytes(raw: bytes, label: str) -> str:
    """UTF-8 text from a file's bytes (a leading byte-order mark is allowed); anything else is refused."""
    if len(raw) > MAX_FILE_BYTES:
        raise RoutineFileError(
            label,
            RoutineFileWords.tr("is larger than {limit} MB, too big to be a routine").format(
                limit=MAX_FILE_BYTES // 1_000_000
            ),
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise RoutineFileError(
            label,
            RoutineFileWords.tr(
                "is not UTF-8 text (byte {byte}, on line {line}); save it as UTF-8 and try again"
            ).format(byte=exc.start + 1, line=line),
        ) from exc
    return text.removeprefix("\ufeff")


def read_routine_file(
    path: Path, library: Mapping[str, Exercise], existing_names: Iterable[str] = (), routine_id: str = ""
) -> Routine:
    """Read and check a routine file for import. Its size is checked before a byte is read.

    Raises :class:`RoutineFileError`; on success nothing has been written anywhere yet.
    """
    path = Path(path)
    label = path.name
    problem = file_problem(path, MAX_FILE_BYTES, "a routine file")
    if problem:
        raise RoutineFileError(label, problem)
    try:
        with path.open("rb") as fh:
            raw = fh.read(MAX_FILE_BYTES + 1)  # the file may have grown since stat()
    except OSError as exc:
        raise RoutineFileError(label, cannot_be_read(exc.strerror or exc)) from exc
    text = decode_bytes(raw, label)
    return loads(text, library=library, existing_names=existing_names, routine_id=routine_id, label=label)


# -- writing ------------------------------------------------------------------------------------------------------


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def dose_to_dict(dose: Dose) -> dict[str, Any]:
    out: dict[str, Any] = {"sets": dose.sets}
    if dose.hold_s is not None:
        out["hold_s"] = dose.hold_s
    else:
        out["reps"] = dose.reps
        t = dose.tempo
        out["tempo"] = {"down_s": _number(t.down_s), "hold_s": _number(t.hold_s), "up_s": _number(t.up_s)}
    out["rest_s"] = dose.rest_s
    return out


def exercise_to_dict(exercise: Exercise) -> dict[str, Any]:
    """A routine's own exercise as the file format writes it."""
    out: dict[str, Any] = {
        "id": exercise.id,
        "name": exercise.name,
        "phase": exercise.phase.value,
        "targets": [t.value for t in exercise.targets],
        "per_side": exercise.per_side,
        "position": exercise.position.value,
        "difficulty": exercise.difficulty,
    }
    if exercise.summary:
        out["summary"] = exercise.summary
    if exercise.equipment:
        out["equipment"] = [e.value for e in exercise.equipment]
    if exercise.figure:
        out["figure"] = exercise.figure
    out["dose"] = dose_to_dict(exercise.dose)
    out["steps"] = list(exercise.steps)
    if exercise.cues:
        out["cues"] = list(exercise.cues)
    if exercise.mistakes:
        out["mistakes"] = list(exercise.mistakes)
    out["safety"] = list(exercise.safety)
    return out


def routine_to_dict(routine: Routine) -> dict[str, Any]:
    """The routine as the file format's JSON object (the same keys in the same order every time)."""
    out: dict[str, Any] = {FORMAT_KEY: FORMAT_VERSION, "name": routine.name, "description": routine.description}
    if routine.source:
        out["source"] = routine.source
    if routine.target_min is not None:
        out["target_min"] = routine.target_min
    if routine.exercises:
        out["exercises"] = [exercise_to_dict(e) for e in routine.exercises]
    items: list[dict[str, Any]] = []
    for item in routine.items:
        entry: dict[str, Any] = {"exercise": item.exercise_id, "sides": item.sides.value}
        if item.dose is not None:
            entry["dose"] = dose_to_dict(item.dose)
        if item.extra_sets_left:
            entry["extra_sets_left"] = item.extra_sets_left
        if item.extra_sets_right:
            entry["extra_sets_right"] = item.extra_sets_right
        items.append(entry)
    out["items"] = items
    return out


def dumps(routine: Routine) -> str:
    return json.dumps(routine_to_dict(routine), ensure_ascii=False, indent=2) + "\n"


def check_routine(routine: Routine, library: Mapping[str, Exercise] | None, label: str = "") -> None:
    """Raise :class:`RoutineFileError` if the routine, written to a file, would not read back (a URL in its
    description, a name too long, too many exercises...). Run before saving or exporting what a person edited."""
    back = loads(dumps(routine), library=library, routine_id=routine.id, builtin=routine.builtin, label=label)
    # Its own exercises read back as the routine's, under its (perhaps new) name.
    expected = replace(routine, exercises=tuple(replace(e, from_routine=routine.name) for e in routine.exercises))
    if back != expected:  # pragma: no cover - every field is written; this guards the format against drift
        raise RoutineFileError(label, RoutineFileWords.tr("would not read back as the same routine"))


class StoredRoutineCodec:
    """How the routine repository stores a routine: the file format, read back without the library checks."""

    def encode(self, routine: Routine) -> str:
        check_routine(routine, library=None)
        return json.dumps(routine_to_dict(routine), ensure_ascii=False)

    def decode(self, text: str, routine_id: str) -> Routine:
        label = RoutineFileWords.tr("stored routine")
        return loads(text, library=None, routine_id=routine_id, label=label, stored=True)
