"""The data file: everything a person recorded in HipDesk, in one zip holding one JSON document.

The format is described in ``docs/data-format.md`` and published as a JSON Schema in
``resources/schemas/data.schema.json``. Reading is strict, like the routine file's: the size is checked before a
byte is read, the zip must hold exactly one member (``hipdesk-data.json``, never unpacked to disk), the document is
checked record by record, and the first problem stops with one message naming the file, the place
(``sessions[12].steps[3].actual_s``) and the reason. Text is kept as text: nothing in the file is followed as a
path or a link, and markup in a note is only characters. A file written by :func:`write_data_file` reads back to the
same records.
"""

from __future__ import annotations

import json
import math
import re
import zipfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, NoReturn, TypeVar

from hipdesk.atomic_files import atomic_binary_file
from hipdesk.content.routine_file import RoutineFileError, parse_routine
from hipdesk.content.strict_json import (
    JsonProblem,
    cannot_be_read,
    file_problem,
    size_text,
    strict_loads,
    type_name,
)
from hipdesk.domain.data_records import (
    RECORD_ID,
    CheckEntry,
    DataSet,
    PainEntry,
    PreferenceEntry,
    RoutineEntry,
    SessionEntry,
    StepEntry,
)
from hipdesk.domain.exercise import ID_PATTERN as EXERCISE_ID
from hipdesk.domain.words import QT_TRANSLATE_NOOP, Words, wording

FORMAT_KEY = "hipdesk_data"
FORMAT_VERSION = 1
MEMBER = "hipdesk-data.json"
FILE_SUFFIX = ".hipdesk-data.zip"
MAX_FILE_BYTES = 64_000_000  # the zip; ten years of twice-daily sessions is about 2 MB
MAX_JSON_BYTES = 200_000_000  # the document inside, unpacked (about 20 MB for those ten years)
MAX_RECORDS = 2_000_000  # of any one kind
NAME_MAX = 200
NOTE_MAX = 20_000
PREFERENCE_MAX = 20_000  # characters of one preference's JSON
MAX_SECONDS = 86_400.0

STATUSES = ("complete", "partial")
SIDES = ("none", "left", "right")
PAIN_KINDS = ("before", "after", "stop", "next_day")
FEELINGS = ("easy", "right", "hard")
_CHECK_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)?$")
_ROUTINE_REF = re.compile(r"^[A-Za-z0-9][A-Za-z0-9:._-]{0,119}$")  # a built-in's id, a UUID, exercise:<id>
_PREFERENCE_KEY = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_./:-]{0,99}$")
# Control characters (tab and line breaks only where text may have lines), lone surrogates (they cannot be
# stored), and the bidirectional overrides that make a name read differently from what it is.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_CONTROL_ONE_LINE = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069]")

_T = TypeVar("_T")


class DataFileWords(Words):
    """What HipDesk says about a data file it refuses (field names, the file's JSON keys, stay as they are)."""


# What a value of each pattern must be, translated only when one is not (a file has many thousands of values).
_RECORD_ID_WANTED = QT_TRANSLATE_NOOP("DataFileWords", "must be an id of 32 hexadecimal digits, got {value}")
_EXERCISE_ID_WANTED = QT_TRANSLATE_NOOP(
    "DataFileWords", "must be an exercise id (like figure-four-stretch), got {value}"
)
_ROUTINE_ID_WANTED = QT_TRANSLATE_NOOP("DataFileWords", "must be a routine id, got {value}")
_CHECK_ID_WANTED = QT_TRANSLATE_NOOP("DataFileWords", "must be a check id (like check-figure-four), got {value}")
_PREFERENCE_WANTED = QT_TRANSLATE_NOOP("DataFileWords", "must be a preference name, got {value}")


class DataFileError(ValueError):
    """A data file HipDesk refuses. ``where`` names the file and the place, ``what`` the reason."""

    def __init__(self, where: str, what: str) -> None:
        self.where = where
        self.what = what
        super().__init__(f"{where}: {what}")


class NewerDataFileError(DataFileError):
    """The file was written by a newer HipDesk, in a format this one cannot read."""


@dataclass(frozen=True)
class DataFile:
    """A data file as read: who wrote it and when, and its records."""

    exported_at: str
    exported_by: str
    data: DataSet


def _shown(value: object) -> str:
    text = json.dumps(value, ensure_ascii=True) if isinstance(value, str | int | float | bool) else type_name(value)
    return text if len(text) <= 60 else text[:57] + "…"


def _got(value: object) -> str:
    """What a field held instead, for "…, got {value}": its kind and the value itself."""
    return f"{type_name(value)} {_shown(value)}"


def _between(low: object, high: object, value: object) -> str:
    return DataFileWords.tr("must be between {low} and {high}, got {value}").format(low=low, high=high, value=value)


def _not_a_date(text: str) -> str:
    return DataFileWords.tr("must be a date like 2026-03-02, got {value}").format(value=_shown(text))


class _Reader:
    """Checks one parsed document; the first problem raises DataFileError."""

    def __init__(self, label: str) -> None:
        self.label = label

    def fail(self, field: str, what: str) -> NoReturn:
        raise DataFileError(f"{self.label}: {field}" if field else self.label, what)

    # -- shapes ----------------------------------------------------------------------------------------------
    def obj(
        self, value: object, field: str, required: tuple[str, ...], optional: tuple[str, ...] = ()
    ) -> dict[str, Any]:
        if not isinstance(value, dict):
            self.fail(field, DataFileWords.tr("must be an object {{...}}, got {kind}").format(kind=type_name(value)))
        allowed = set(required) | set(optional)
        prefix = f"{field}." if field else ""
        for key in value:
            if key not in allowed:
                self.fail(
                    prefix + key,
                    DataFileWords.tr("unknown key (allowed here: {keys})").format(keys=", ".join(sorted(allowed))),
                )
        for key in required:
            if key not in value:
                self.fail(prefix + key, DataFileWords.tr("is required but missing"))
        return value

    def records(
        self, value: object, field: str, read: Callable[[object, str], _T], limit: int = MAX_RECORDS
    ) -> tuple[_T, ...]:
        if not isinstance(value, list):
            self.fail(field, DataFileWords.tr("must be a list [...], got {kind}").format(kind=type_name(value)))
        if len(value) > limit:
            self.fail(
                field,
                DataFileWords.tr("has {count} entries; at most {limit} are allowed").format(
                    count=len(value), limit=limit
                ),
            )
        return tuple(read(item, f"{field}[{index}]") for index, item in enumerate(value))

    # -- values ----------------------------------------------------------------------------------------------
    def text(self, value: object, field: str, limit: int = NAME_MAX, *, lines: bool = False, empty: bool = True) -> str:
        if not isinstance(value, str):
            self.fail(field, DataFileWords.tr("must be text, got {value}").format(value=_got(value)))
        if len(value) > limit:
            self.fail(
                field,
                DataFileWords.tr("is {length} characters long; at most {limit} are allowed").format(
                    length=len(value), limit=limit
                ),
            )
        bad = (_CONTROL if lines else _CONTROL_ONE_LINE).search(value)
        if bad:
            self.fail(
                field,
                DataFileWords.tr("contains the character {code} at position {position}").format(
                    code=f"U+{ord(bad.group()):04X}", position=bad.start() + 1
                ),
            )
        if not empty and not value.strip():
            self.fail(field, DataFileWords.tr("must not be empty"))
        return value

    def pattern(self, value: object, field: str, pattern: re.Pattern[str], wanted: str) -> str:
        """``wanted``: the message (marked with QT_TRANSLATE_NOOP) for a value that does not match, with {value}."""
        if not isinstance(value, str) or not pattern.fullmatch(value):
            self.fail(field, wording().translate("DataFileWords", wanted).format(value=_shown(value)))
        return value

    def record_id(self, value: object, field: str) -> str:
        return self.pattern(value, field, RECORD_ID, _RECORD_ID_WANTED)

    def exercise_id(self, value: object, field: str) -> str:
        return self.pattern(value, field, EXERCISE_ID, _EXERCISE_ID_WANTED)

    def choice(self, value: object, field: str, choices: tuple[str, ...]) -> str:
        if not isinstance(value, str) or value not in choices:
            self.fail(
                field,
                DataFileWords.tr("must be one of {choices}, got {value}").format(
                    choices=", ".join(choices), value=_shown(value)
                ),
            )
        return value

    def integer(self, value: object, field: str, low: int, high: int) -> int:
        if not isinstance(value, int) or isinstance(value, bool):
            self.fail(field, DataFileWords.tr("must be a whole number, got {value}").format(value=_got(value)))
        if not low <= value <= high:
            self.fail(field, _between(low, high, value))
        return value

    def maybe_integer(self, value: object, field: str, low: int, high: int) -> int | None:
        return None if value is None else self.integer(value, field, low, high)

    def number(self, value: object, field: str, low: float, high: float) -> float:
        if not isinstance(value, int | float) or isinstance(value, bool) or not math.isfinite(value):
            self.fail(field, DataFileWords.tr("must be a number, got {value}").format(value=_got(value)))
        if not low <= value <= high:
            self.fail(field, _between(f"{low:g}", f"{high:g}", f"{value:g}"))
        return float(value)

    def boolean(self, value: object, field: str) -> bool:
        if not isinstance(value, bool):
            self.fail(field, DataFileWords.tr("must be true or false, got {value}").format(value=_got(value)))
        return value

    def moment(self, value: object, field: str) -> str:
        """A UTC ISO-8601 time as the store writes it, kept as its exact text."""
        text = self.text(value, field, 40)
        try:
            parsed = datetime.fromisoformat(text)
        except ValueError:
            self.fail(
                field,
                DataFileWords.tr("must be a time like 2026-03-02T09:15:00+00:00, got {value}").format(
                    value=_shown(text)
                ),
            )
        if parsed.tzinfo is None:
            self.fail(
                field, DataFileWords.tr("must say its time zone (+00:00), got {value}").format(value=_shown(text))
            )
        return text

    def maybe_moment(self, value: object, field: str) -> str | None:
        return None if value is None else self.moment(value, field)

    def day(self, value: object, field: str) -> str:
        text = self.text(value, field, 10)
        try:
            date.fromisoformat(text)
        except ValueError:
            self.fail(field, _not_a_date(text))
        if len(text) != 10:
            self.fail(field, _not_a_date(text))
        return text

    # -- records ---------------------------------------------------------------------------------------------
    def step(self, value: object, field: str) -> StepEntry:
        t = self.obj(value, field, _STEP_KEYS)
        return StepEntry(
            seq=self.integer(t["seq"], f"{field}.seq", 0, 1_000_000),
            exercise_id=self.exercise_id(t["exercise"], f"{field}.exercise"),
            side=self.choice(t["side"], f"{field}.side", SIDES),
            set_no=self.integer(t["set"], f"{field}.set", 0, 1000),
            planned_s=self.number(t["planned_s"], f"{field}.planned_s", 0, MAX_SECONDS),
            actual_s=self.number(t["actual_s"], f"{field}.actual_s", 0, MAX_SECONDS),
            planned_reps=self.maybe_integer(t["planned_reps"], f"{field}.planned_reps", 0, 100_000),
            actual_reps=self.maybe_integer(t["actual_reps"], f"{field}.actual_reps", 0, 100_000),
            started_at=self.moment(t["started_at"], f"{field}.started_at"),
            ended_at=self.moment(t["ended_at"], f"{field}.ended_at"),
            local_date=self.day(t["local_date"], f"{field}.local_date"),
            skipped=self.boolean(t["skipped"], f"{field}.skipped"),
        )

    def session(self, value: object, field: str) -> SessionEntry:
        t = self.obj(value, field, _SESSION_KEYS)
        routine_id = t["routine_id"]
        feeling = t["feeling"]
        return SessionEntry(
            id=self.record_id(t["id"], f"{field}.id"),
            routine_id=None
            if routine_id is None
            else self.pattern(routine_id, f"{field}.routine_id", _ROUTINE_REF, _ROUTINE_ID_WANTED),
            routine_name=self.text(t["routine_name"], f"{field}.routine_name"),
            started_at=self.moment(t["started_at"], f"{field}.started_at"),
            local_date=self.day(t["local_date"], f"{field}.local_date"),
            ended_at=self.maybe_moment(t["ended_at"], f"{field}.ended_at"),
            status=self.choice(t["status"], f"{field}.status", STATUSES),
            planned_s=self.number(t["planned_s"], f"{field}.planned_s", 0, MAX_SECONDS),
            pain_before=self.maybe_integer(t["pain_before"], f"{field}.pain_before", 0, 10),
            pain_after=self.maybe_integer(t["pain_after"], f"{field}.pain_after", 0, 10),
            feeling=None if feeling is None else self.choice(feeling, f"{field}.feeling", FEELINGS),
            notes=self.text(t["notes"], f"{field}.notes", NOTE_MAX, lines=True),
            steps=self.records(t["steps"], f"{field}.steps", self.step, limit=10_000),
        )

    def pain(self, value: object, field: str) -> PainEntry:
        t = self.obj(value, field, _PAIN_KEYS)
        session, exercise = t["session"], t["exercise"]
        return PainEntry(
            id=self.record_id(t["id"], f"{field}.id"),
            session_id=None if session is None else self.record_id(session, f"{field}.session"),
            kind=self.choice(t["kind"], f"{field}.kind", PAIN_KINDS),
            rating=self.integer(t["rating"], f"{field}.rating", 0, 10),
            location=self.text(t["location"], f"{field}.location"),
            exercise_id=None if exercise is None else self.exercise_id(exercise, f"{field}.exercise"),
            at=self.moment(t["at"], f"{field}.at"),
            local_date=self.day(t["local_date"], f"{field}.local_date"),
        )

    def check(self, value: object, field: str) -> CheckEntry:
        t = self.obj(value, field, _CHECK_KEYS)
        number = t["value"]
        return CheckEntry(
            id=self.record_id(t["id"], f"{field}.id"),
            week_start=self.day(t["week_start"], f"{field}.week_start"),
            check_id=self.pattern(t["check"], f"{field}.check", _CHECK_ID, _CHECK_ID_WANTED),
            side=self.choice(t["side"], f"{field}.side", SIDES),
            value=None if number is None else self.number(number, f"{field}.value", -1e6, 1e6),
            unit=self.text(t["unit"], f"{field}.unit", 20),
            note=self.text(t["note"], f"{field}.note", NOTE_MAX, lines=True),
            recorded_at=self.moment(t["recorded_at"], f"{field}.recorded_at"),
        )

    def routine(self, value: object, field: str) -> RoutineEntry:
        t = self.obj(value, field, _ROUTINE_KEYS)
        body = t["body"]
        try:
            # The routine file's own rules (no includes, paths or URLs; its limits), without the library: a
            # routine may name an exercise this HipDesk lacks and still be kept.
            routine = parse_routine(body, library=None, label=f"{self.label}: {field}.body")
        except RoutineFileError as exc:
            raise DataFileError(exc.where, exc.what) from exc
        name = self.text(t["name"], f"{field}.name", empty=False)
        if name != routine.name:
            self.fail(
                f"{field}.name",
                DataFileWords.tr("is {name} but the routine in body is called {body_name}").format(
                    name=_shown(name), body_name=_shown(routine.name)
                ),
            )
        return RoutineEntry(
            id=self.record_id(t["id"], f"{field}.id"),
            routine_id=self.record_id(t["routine_id"], f"{field}.routine_id"),
            version=self.integer(t["version"], f"{field}.version", 1, 1_000_000),
            name=name,
            body=json.dumps(body, ensure_ascii=False),
            created_at=self.moment(t["created_at"], f"{field}.created_at"),
            retired=self.boolean(t["retired"], f"{field}.retired"),
        )

    def preference(self, value: object, field: str) -> PreferenceEntry:
        t = self.obj(value, field, _PREFERENCE_KEYS)
        key = self.pattern(t["key"], f"{field}.key", _PREFERENCE_KEY, _PREFERENCE_WANTED)
        stored = json.dumps(t["value"])  # as the settings table stores it
        if len(stored) > PREFERENCE_MAX:
            self.fail(
                f"{field}.value",
                DataFileWords.tr("is {length} characters of JSON; at most {limit} are allowed").format(
                    length=len(stored), limit=PREFERENCE_MAX
                ),
            )
        return PreferenceEntry(key, stored, self.maybe_moment(t["updated_at"], f"{field}.updated_at"))

    def favourite(self, value: object, field: str) -> str:
        return self.exercise_id(value, field)

    # -- the document ----------------------------------------------------------------------------------------
    def document(self, value: object) -> DataFile:
        if not isinstance(value, dict):
            self.fail("", DataFileWords.tr("must hold a JSON object {{...}}, got {kind}").format(kind=type_name(value)))
        self.format_number(value)
        t = self.obj(value, "", _TOP_KEYS)
        data = DataSet(
            sessions=self.records(t["sessions"], "sessions", self.session),
            pain_ratings=self.records(t["pain_ratings"], "pain_ratings", self.pain),
            checks=self.records(t["checks"], "checks", self.check),
            routines=self.records(t["routines"], "routines", self.routine, limit=100_000),
            favourites=self.records(t["favourites"], "favourites", self.favourite, limit=10_000),
            preferences=self.records(t["preferences"], "preferences", self.preference, limit=10_000),
        )
        self.unique(data)
        return DataFile(
            exported_at=self.moment(t["exported_at"], "exported_at"),
            exported_by=self.text(t["exported_by"], "exported_by"),
            data=data,
        )

    def format_number(self, top: Mapping[str, Any]) -> None:
        if FORMAT_KEY not in top:
            self.fail(FORMAT_KEY, DataFileWords.tr("is missing: this is not a HipDesk data file"))
        version = top[FORMAT_KEY]
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            self.fail(
                FORMAT_KEY,
                DataFileWords.tr("must be the format number {number}, got {value}").format(
                    number=FORMAT_VERSION, value=_shown(version)
                ),
            )
        if version > FORMAT_VERSION:
            raise NewerDataFileError(
                self.label,
                DataFileWords.tr(
                    "was written by a newer HipDesk (data format {version}); this HipDesk reads format "
                    "{number}. Update HipDesk to import it; nothing was changed."
                ).format(version=version, number=FORMAT_VERSION),
            )

    def unique(self, data: DataSet) -> None:
        for kind, ids in (
            ("sessions", [s.id for s in data.sessions]),
            ("pain_ratings", [p.id for p in data.pain_ratings]),
            ("checks", [c.id for c in data.checks]),
            ("routines", [r.id for r in data.routines]),
            ("preferences", [p.key for p in data.preferences]),
        ):
            seen: set[str] = set()
            for index, value in enumerate(ids):
                if value in seen:
                    self.fail(
                        f"{kind}[{index}]",
                        DataFileWords.tr("repeats {value}, given earlier in the same list").format(value=_shown(value)),
                    )
                seen.add(value)


_TOP_KEYS = (
    FORMAT_KEY,
    "exported_at",
    "exported_by",
    "sessions",
    "pain_ratings",
    "checks",
    "routines",
    "favourites",
    "preferences",
)
_SESSION_KEYS = (
    "id",
    "routine_id",
    "routine_name",
    "started_at",
    "local_date",
    "ended_at",
    "status",
    "planned_s",
    "pain_before",
    "pain_after",
    "feeling",
    "notes",
    "steps",
)
_STEP_KEYS = (
    "seq",
    "exercise",
    "side",
    "set",
    "planned_s",
    "actual_s",
    "planned_reps",
    "actual_reps",
    "started_at",
    "ended_at",
    "local_date",
    "skipped",
)
_PAIN_KEYS = ("id", "session", "kind", "rating", "location", "exercise", "at", "local_date")
_CHECK_KEYS = ("id", "week_start", "check", "side", "value", "unit", "note", "recorded_at")
_ROUTINE_KEYS = ("id", "routine_id", "version", "name", "body", "created_at", "retired")
_PREFERENCE_KEYS = ("key", "value", "updated_at")


# -- reading ------------------------------------------------------------------------------------------------------


def loads(text: str, label: str = "data") -> DataFile:
    """Records from the JSON document's text; raises :class:`DataFileError`."""
    try:
        value = strict_loads(text, "HipDesk data")
    except JsonProblem as exc:
        raise DataFileError(exc.where(label), exc.what) from exc
    return _Reader(label).document(value)


def read_data_file(path: Path) -> DataFile:
    """Read and check a data file. Nothing is unpacked to disk; on success nothing has been written anywhere.

    Raises :class:`DataFileError` (:class:`NewerDataFileError` for a newer format) naming the file.
    """
    path = Path(path)
    label = str(path)
    problem = file_problem(path, MAX_FILE_BYTES, "a HipDesk data file")
    if problem:
        raise DataFileError(label, problem)
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
            if MEMBER not in names:
                raise DataFileError(
                    label, DataFileWords.tr("is a zip without {member}: not a HipDesk data file").format(member=MEMBER)
                )
            member = archive.getinfo(MEMBER)
            if member.flag_bits & 0x1:
                raise DataFileError(
                    label, DataFileWords.tr("{member} is encrypted; HipDesk data files never are").format(member=MEMBER)
                )
            if member.file_size > MAX_JSON_BYTES:
                raise DataFileError(
                    label,
                    DataFileWords.tr("{member} unpacks to {size}; at most {limit}").format(
                        member=MEMBER, size=size_text(member.file_size), limit=size_text(MAX_JSON_BYTES)
                    ),
                )
            with archive.open(member) as fh:
                raw = fh.read(MAX_JSON_BYTES + 1)  # the size in the header may lie
    except zipfile.BadZipFile as exc:
        raise DataFileError(
            label, DataFileWords.tr("is not a zip file ({reason}); a HipDesk data file is a zip").format(reason=exc)
        ) from exc
    except (OSError, zipfile.LargeZipFile, NotImplementedError, EOFError) as exc:
        raise DataFileError(label, cannot_be_read(exc)) from exc
    if len(raw) > MAX_JSON_BYTES:
        raise DataFileError(
            label,
            DataFileWords.tr("{member} unpacks to more than {limit}").format(
                member=MEMBER, limit=size_text(MAX_JSON_BYTES)
            ),
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DataFileError(
            label,
            DataFileWords.tr("{member} is not UTF-8 text (byte {byte})").format(member=MEMBER, byte=exc.start + 1),
        ) from exc
    data = loads(text, label=label)
    others = sorted(set(names) - {MEMBER})
    if others:
        raise DataFileError(
            label,
            DataFileWords.tr("holds other files too ({name}); a HipDesk data file holds only {member}").format(
                name=_shown(others[0]), member=MEMBER
            ),
        )
    return data


# -- writing ------------------------------------------------------------------------------------------------------


def _step_dict(s: StepEntry) -> dict[str, Any]:
    return {
        "seq": s.seq,
        "exercise": s.exercise_id,
        "side": s.side,
        "set": s.set_no,
        "planned_s": s.planned_s,
        "actual_s": s.actual_s,
        "planned_reps": s.planned_reps,
        "actual_reps": s.actual_reps,
        "started_at": s.started_at,
        "ended_at": s.ended_at,
        "local_date": s.local_date,
        "skipped": s.skipped,
    }


def to_document(data: DataSet, exported_at: str, exported_by: str) -> dict[str, Any]:
    """The records as the file's JSON object (the same keys in the same order every time)."""
    return {
        FORMAT_KEY: FORMAT_VERSION,
        "exported_at": exported_at,
        "exported_by": exported_by,
        "sessions": [
            {
                "id": s.id,
                "routine_id": s.routine_id,
                "routine_name": s.routine_name,
                "started_at": s.started_at,
                "local_date": s.local_date,
                "ended_at": s.ended_at,
                "status": s.status,
                "planned_s": s.planned_s,
                "pain_before": s.pain_before,
                "pain_after": s.pain_after,
                "feeling": s.feeling,
                "notes": s.notes,
                "steps": [_step_dict(st) for st in s.steps],
            }
            for s in data.sessions
        ],
        "pain_ratings": [
            {
                "id": p.id,
                "session": p.session_id,
                "kind": p.kind,
                "rating": p.rating,
                "location": p.location,
                "exercise": p.exercise_id,
                "at": p.at,
                "local_date": p.local_date,
            }
            for p in data.pain_ratings
        ],
        "checks": [
            {
                "id": c.id,
                "week_start": c.week_start,
                "check": c.check_id,
                "side": c.side,
                "value": c.value,
                "unit": c.unit,
                "note": c.note,
                "recorded_at": c.recorded_at,
            }
            for c in data.checks
        ],
        "routines": [
            {
                "id": r.id,
                "routine_id": r.routine_id,
                "version": r.version,
                "name": r.name,
                "body": json.loads(r.body),
                "created_at": r.created_at,
                "retired": r.retired,
            }
            for r in data.routines
        ],
        "favourites": list(data.favourites),
        "preferences": [
            {"key": p.key, "value": json.loads(p.value), "updated_at": p.updated_at} for p in data.preferences
        ],
    }


def dumps(data: DataSet, exported_at: str, exported_by: str) -> str:
    return json.dumps(to_document(data, exported_at, exported_by), ensure_ascii=False, separators=(",", ":"))


def write_data_file(path: Path, data: DataSet, exported_at: datetime, exported_by: str) -> int:
    """Write the records to ``path`` atomically (a half-written file never replaces a good one), with the mode any
    new file of the user's gets; returns its size. Raises ``OSError`` when the system refuses.

    ``exported_at`` must carry a time zone; it is written in UTC and dates the zip's member.
    """
    if exported_at.tzinfo is None:
        raise ValueError("the export time carries a time zone")
    path = Path(path)
    stamp = exported_at.astimezone(UTC).isoformat(timespec="seconds")
    member = zipfile.ZipInfo(MEMBER, date_time=exported_at.timetuple()[:6])
    member.compress_type = zipfile.ZIP_DEFLATED
    member.external_attr = 0o644 << 16
    body = dumps(data, stamp, exported_by).encode("utf-8")
    with atomic_binary_file(path) as fh, zipfile.ZipFile(fh, "w") as archive:
        archive.writestr(member, body, compresslevel=6)
    return path.stat().st_size
