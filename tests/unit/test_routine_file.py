"""The routine file: round trips, every kind of bad file, and a property test over generated and mutated files."""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from hipdesk.clock import FakeWallClock
from hipdesk.content.exercises import default_exercises_dir, load_library
from hipdesk.content.routine_file import (
    MAX_FILE_BYTES,
    TOTAL_MAX_S,
    RoutineFileError,
    StoredRoutineCodec,
    dumps,
    loads,
    read_routine_file,
    routine_to_dict,
)
from hipdesk.domain.exercise import Dose, Tempo
from hipdesk.domain.library import Library
from hipdesk.domain.routine import Routine, RoutineItem, Sides
from hipdesk.domain.routine_rules import total_duration_s
from hipdesk.domain.text import BIDI_CONTROLS, text_problem
from hipdesk.storage.db import Database
from hipdesk.storage.routine_repository import RoutineRepository
from hipdesk.storage.tables import RoutineRow
from hipdesk.usecases.files import write_text_atomically


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library(default_exercises_dir())


def sample() -> Routine:
    return Routine(
        id="",
        name="Desk five, my way",
        description="Leg swings and a figure-four.\nTwice a day.",
        source="Seed 000",
        target_min=6,
        items=(
            RoutineItem("leg-swings-front-back"),
            RoutineItem("figure-four-stretch", dose=Dose(sets=2, hold_s=45, rest_s=15)),
            RoutineItem(
                "seated-hip-rotations",
                dose=Dose(sets=1, reps=8, tempo=Tempo(2.5, 1, 2), rest_s=0),
                sides=Sides.LEFT,
                extra_sets_left=1,
            ),
            RoutineItem("glute-bridge", dose=Dose(sets=3, reps=12, rest_s=30)),
        ),
    )


def write(tmp_path: Path, content: str | bytes, name: str = "routine.json") -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def doc(**changes: Any) -> dict[str, Any]:
    data = routine_to_dict(sample())
    data.update(changes)
    return data


# -- round trips ----------------------------------------------------------------------------------------------------


def test_export_then_import_gives_an_identical_routine(tmp_path: Path, library: Library) -> None:
    path = tmp_path / "mine.hipdesk-routine.json"
    write_text_atomically(path, dumps(sample()))
    assert read_routine_file(path, library) == sample()
    assert path.read_text(encoding="utf-8") == dumps(sample())  # the same routine always writes the same bytes


def test_every_builtin_shaped_routine_round_trips(library: Library) -> None:
    from hipdesk.content.builtin_routines import load_builtin_routines

    for routine in load_builtin_routines(library):
        back = loads(dumps(routine), library=library, routine_id=routine.id, builtin=True)
        assert back == routine


def test_stored_codec_round_trips() -> None:
    codec = StoredRoutineCodec()
    routine = replace(sample(), id="abc")
    assert codec.decode(codec.encode(routine), "abc") == routine


def test_a_byte_order_mark_and_missing_optional_keys_are_fine(tmp_path: Path, library: Library) -> None:
    text = '{"hipdesk_routine": 1, "name": "Tiny", "items": [{"exercise": "plank"}]}'
    routine = read_routine_file(write(tmp_path, "\ufeff" + text), library)
    assert routine.name == "Tiny" and routine.description == "" and routine.target_min is None
    assert routine.items == (RoutineItem("plank"),)


# -- bad files: one message naming what and where -----------------------------------------------------------------

BAD_DOCUMENTS: list[tuple[str, Any, str, str]] = [
    # (case, document, where (field), what (part of the reason))
    ("not an object", [1, 2], "routine.json", "must be an object"),
    ("missing name", {k: v for k, v in doc().items() if k != "name"}, "name", "required but missing"),
    ("missing format", {k: v for k, v in doc().items() if k != "hipdesk_routine"}, "hipdesk_routine", "required"),
    ("newer format", doc(hipdesk_routine=2), "hipdesk_routine", "newer HipDesk"),
    ("name is a number", doc(name=5), "name", "must be text"),
    ("empty name", doc(name="   "), "name", "must not be empty"),
    ("long name", doc(name="x" * 81), "name", "at most 80"),
    ("items not a list", doc(items={"exercise": "plank"}), "items", "must be a list"),
    ("item not an object", doc(items=["plank"]), "items[0]", "must be an object"),
    ("unknown exercise", doc(items=[{"exercise": "hip-teleport"}]), "items[0].exercise", "no exercise with id"),
    ("bad id shape", doc(items=[{"exercise": "Plank Hold"}]), "items[0].exercise", "is not an exercise id"),
    (
        "ten-hour hold",
        doc(items=[{"exercise": "figure-four-stretch", "dose": {"sets": 2, "hold_s": 36000}}]),
        "items[0].dose.hold_s",
        "between 5 and 300 seconds, got 36000 (10 h)",
    ),
    (
        "hold as text",
        doc(items=[{"exercise": "plank", "dose": {"sets": 2, "hold_s": "30"}}]),
        "items[0].dose.hold_s",
        "must be a whole number",
    ),
    (
        "hold and reps",
        doc(items=[{"exercise": "plank", "dose": {"sets": 2, "hold_s": 30, "reps": 3}}]),
        "items[0].dose",
        "either hold_s",
    ),
    (
        "hundred sets",
        doc(items=[{"exercise": "plank", "dose": {"sets": 100, "hold_s": 30}}]),
        "items[0].dose.sets",
        "between 1 and 10",
    ),
    (
        "boolean sets",
        doc(items=[{"exercise": "plank", "dose": {"sets": True, "hold_s": 30}}]),
        "items[0].dose.sets",
        "whole number",
    ),
    (
        "slow tempo",
        doc(items=[{"exercise": "glute-bridge", "dose": {"sets": 1, "reps": 5, "tempo": {"down_s": 3600}}}]),
        "items[0].dose.tempo.down_s",
        "between 0 and 10",
    ),
    (
        "tempo on a hold",
        doc(items=[{"exercise": "plank", "dose": {"sets": 1, "hold_s": 20, "tempo": {}}}]),
        "items[0].dose.tempo",
        "only goes with reps",
    ),
    ("bad sides", doc(items=[{"exercise": "figure-four-stretch", "sides": "up"}]), "items[0].sides", "one of"),
    ("sides on a both-sides drill", doc(items=[{"exercise": "plank", "sides": "left"}]), "items[0].sides", "both"),
    ("unknown key", doc(colour="blue"), "colour", "unknown key"),
    ("an include", doc(include="other.json"), "include", "points outside the file"),
    ("a JSON reference", doc(items=[{"$ref": "other.json#/items/0"}]), "items[0].$ref", "points outside the file"),
    ("a URL as exercise", doc(items=[{"exercise": "https://example.org/x"}]), "items[0].exercise", "points outside"),
    ("a path as exercise", doc(items=[{"exercise": "../exercises/plank"}]), "items[0].exercise", "points outside"),
    ("a URL in the text", doc(description="see https://example.org"), "description", "points outside"),
    ("a path as source", doc(source="/etc/passwd"), "source", "points outside"),
    ("control character", doc(name="Desk\x07five"), "name", "control character"),
    ("a lone surrogate in the name", doc(name="Desk \ud800"), "name", "lone surrogate"),
    ("a lone surrogate in the source", doc(source="after \udfff"), "source", "lone surrogate"),
    ("a direction override", doc(description="abc\u202egnp.exe"), "description", "direction override"),
    ("a direction isolate in the name", doc(name="Desk \u2067five"), "name", "direction override"),
    ("a C1 control", doc(description="next\x85line"), "description", "control character"),
    ("a zero-width space in the name", doc(name="Desk\u200bfive"), "name", "invisible"),
    ("a line separator in the name", doc(name="Desk\u2028five"), "name", "invisible"),
    ("an unknown key of markup", doc(**{"<img src=/dev/zero>": 1}), "“<img src=/dev/zero>”", "unknown key"),
    ("an unknown key with a surrogate", doc(**{"k\ud800\u202e": 1}), "“k\\ud800\\u202e”", "unknown key"),
    ("a huge unknown key", doc(**{"k" * 100_000: 1}), "kkk…”", "unknown key"),
    ("too many items", doc(items=[{"exercise": "plank"}] * 61), "items", "at most 60"),
    (
        "absurd total",
        doc(items=[{"exercise": "roll-quads", "dose": {"sets": 10, "hold_s": 300, "rest_s": 300}}] * 8),
        "items",
        "at most 3 h",
    ),
]


@pytest.mark.parametrize(("case", "document", "where", "what"), BAD_DOCUMENTS, ids=[c[0] for c in BAD_DOCUMENTS])
def test_bad_documents_are_refused_naming_what_and_where(
    tmp_path: Path, library: Library, case: str, document: Any, where: str, what: str
) -> None:
    path = write(tmp_path, json.dumps(document))
    with pytest.raises(RoutineFileError) as raised:
        read_routine_file(path, library)
    error = raised.value
    assert error.where.startswith("routine.json"), case
    assert error.where.endswith(where), (case, str(error))
    assert what in error.what, (case, str(error))
    assert str(error).count("\n") == 0  # one message
    # The message can be shown and stored: no lone surrogate, no direction override, nothing huge.
    str(error).encode("utf-8")
    assert not set(str(error)) & BIDI_CONTROLS and len(str(error)) < 400, (case, str(error))


def test_a_name_that_only_looks_like_another_is_refused(tmp_path: Path, library: Library) -> None:
    path = write(tmp_path, dumps(replace(sample(), name="Dеsk fіve, my way")))  # a Cyrillic е and і
    with pytest.raises(RoutineFileError, match=r"name: “Dеsk fіve, my way” looks the same as the routine “Desk five"):
        read_routine_file(path, library, existing_names=["Desk five, my way"])


def test_a_routine_stored_before_the_text_rules_still_opens() -> None:
    """A name with a zero-width space, saved before names were checked for them, is not lost: it reads back (and
    saving it again asks for a clean name)."""
    stored = json.dumps({"hipdesk_routine": 1, "name": "Desk\u200bfive", "items": []})
    routine = StoredRoutineCodec().decode(stored, "r1")
    assert routine.name == "Desk\u200bfive"
    with pytest.raises(RoutineFileError, match="invisible"):
        StoredRoutineCodec().encode(routine)


def test_a_duplicate_name_is_refused(tmp_path: Path, library: Library) -> None:
    path = write(tmp_path, dumps(sample()))
    with pytest.raises(RoutineFileError, match=r"routine.json: name: a routine called “Desk five, my way” already"):
        read_routine_file(path, library, existing_names=["desk five, MY WAY "])


@pytest.mark.parametrize(
    ("content", "where", "what"),
    [
        ('{"hipdesk_routine": 1, "name": "x",', "routine.json: line 1, column 36", "is not valid JSON"),
        ("", "routine.json: line 1, column 1", "is not valid JSON"),
        ('{"hipdesk_routine": 1, "name": "a", "name": "b", "items": []}', "routine.json", "appears twice"),
        ('{"hipdesk_routine": 1, "name": "a", "target_min": NaN, "items": []}', "routine.json", "NaN"),
        ("[" * 100_000, "routine.json", "nested too deeply"),
        ('{"hipdesk_routine": 1, "name": "a", "target_min": 1' + "0" * 5000 + ', "items": []}', "routine.json", "JSON"),
    ],
    ids=["truncated", "empty", "duplicate key", "NaN", "deep nesting", "huge number"],
)
def test_malformed_json_is_refused(tmp_path: Path, library: Library, content: str, where: str, what: str) -> None:
    with pytest.raises(RoutineFileError) as raised:
        read_routine_file(write(tmp_path, content), library)
    assert raised.value.where == where
    assert what in raised.value.what


def test_a_file_that_is_not_utf8_is_refused(tmp_path: Path, library: Library) -> None:
    raw = dumps(sample()).replace("Desk five", "Desk f\u00efve").encode("latin-1")
    with pytest.raises(RoutineFileError, match=r"routine.json: is not UTF-8 text \(byte \d+, on line 3\)"):
        read_routine_file(write(tmp_path, raw), library)


def test_a_big_file_is_refused_before_it_is_read(
    tmp_path: Path, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.json"
    with path.open("wb") as fh:
        fh.truncate(50 * 1_000_000)  # a sparse 50 MB file
    opened: list[Path] = []
    real_open = Path.open

    def spy(self: Path, *args: Any, **kwargs: Any) -> Any:
        opened.append(self)
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", spy)
    with pytest.raises(RoutineFileError, match=r"huge.json: is 50.0 MB; a routine file may be at most 1 MB"):
        read_routine_file(path, library)
    assert path not in opened


def test_just_over_the_limit_is_refused(tmp_path: Path, library: Library) -> None:
    text = dumps(sample())
    padded = text[:-2] + " " * (MAX_FILE_BYTES + 1 - len(text.encode())) + text[-2:]
    with pytest.raises(RoutineFileError, match="at most 1 MB"):
        read_routine_file(write(tmp_path, padded), library)


def test_a_folder_or_a_missing_file_is_refused(tmp_path: Path, library: Library) -> None:
    with pytest.raises(RoutineFileError, match="not a regular file"):
        read_routine_file(tmp_path, library)
    with pytest.raises(RoutineFileError, match=r"nothing.json: cannot be read"):
        read_routine_file(tmp_path / "nothing.json", library)


# -- the property: every generated or mutated file imports correctly or is refused, and a refusal writes nothing ---

KNOWN = ["plank", "figure-four-stretch", "glute-bridge", "leg-swings-front-back", "roll-quads", "seated-hip-rotations"]
EXERCISES = [*KNOWN, *KNOWN, "no-such-drill"]
JSON_LEAF = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=20),
)
JSON_ANY = st.recursive(
    JSON_LEAF,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=6,
)


@st.composite
def tempos(draw: st.DrawFn) -> dict[str, Any]:
    keys = draw(st.lists(st.sampled_from(["down_s", "hold_s", "up_s"]), unique=True))
    return {k: draw(st.one_of(st.integers(1, 5), st.integers(0, 12), st.floats(0, 12))) for k in keys}


@st.composite
def doses(draw: st.DrawFn) -> dict[str, Any]:
    mostly = st.sampled_from([True, True, True, False])  # mostly sensible, sometimes out of range
    out: dict[str, Any] = {"sets": draw(st.integers(1, 10) if draw(mostly) else st.integers(-1, 12))}
    if draw(st.booleans()):
        out["hold_s"] = draw(st.integers(5, 300) if draw(mostly) else st.integers(-10, 40_000))
    else:
        out["reps"] = draw(st.integers(1, 50) if draw(mostly) else st.integers(-1, 60))
        if draw(st.booleans()):
            out["tempo"] = draw(tempos())
    if draw(st.booleans()):
        out["rest_s"] = draw(st.integers(0, 300) if draw(mostly) else st.integers(-1, 400))
    return out


@st.composite
def items(draw: st.DrawFn) -> dict[str, Any]:
    out: dict[str, Any] = {"exercise": draw(st.sampled_from(EXERCISES))}
    if draw(st.booleans()):
        out["sides"] = draw(st.sampled_from(["both", "left", "right"]))
    if draw(st.booleans()):
        out["dose"] = draw(doses())
    return out


@st.composite
def documents(draw: st.DrawFn) -> dict[str, Any]:
    out: dict[str, Any] = {
        "hipdesk_routine": 1,
        "name": draw(st.sampled_from(["Desk five", "Mine", "Evening", "Physio plan"]))
        + draw(st.integers(0, 10**6).map(lambda n: f" {n}") | st.text(max_size=4)),
        "items": draw(st.lists(items(), max_size=6)),
    }
    if draw(st.booleans()):
        out["description"] = draw(st.text(max_size=40))
    if draw(st.booleans()):
        out["target_min"] = draw(st.integers(1, 120) | st.integers(-5, 200))
    return out


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield prefix
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _paths(value, (*prefix, index))


def _mutate(document: Any, draw: st.DrawFn) -> Any:
    places = list(_paths(document))
    target = draw(st.sampled_from(places))
    how = draw(st.sampled_from(["replace", "delete", "add"]))
    if not target:
        return draw(JSON_ANY) if how == "replace" else document
    parent = document
    for step in target[:-1]:
        parent = parent[step]
    last = target[-1]
    if how == "replace":
        parent[last] = draw(JSON_ANY)
    elif how == "delete":
        del parent[last]
    elif isinstance(parent, dict):
        parent[draw(st.sampled_from(["$ref", "include", "url", "extra", "name", last]))] = draw(JSON_ANY)
    else:
        parent.insert(last, draw(JSON_ANY))
    return document


@st.composite
def files(draw: st.DrawFn) -> bytes:
    document: Any = draw(documents())
    for _ in range(draw(st.sampled_from([0, 0, 1, 2, 3]))):
        document = _mutate(document, draw)
    raw = json.dumps(document, ensure_ascii=draw(st.booleans())).encode("utf-8")
    damage = draw(st.sampled_from(["none", "none", "none", "truncate", "byte", "latin1"]))
    if damage == "truncate" and raw:
        raw = raw[: draw(st.integers(0, len(raw) - 1))]
    elif damage == "byte" and raw:
        at = draw(st.integers(0, len(raw) - 1))
        raw = raw[:at] + bytes([draw(st.integers(0, 255))]) + raw[at + 1 :]
    elif damage == "latin1":
        raw = raw + "é".encode("latin-1")
    return raw


def _snapshot(database: Database) -> list[tuple[Any, ...]]:
    with database.engine.connect() as conn:
        return [tuple(row) for row in conn.execute(select(RoutineRow).order_by(RoutineRow.id))]


@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=files())
def test_every_file_imports_correctly_or_is_refused_leaving_the_database_unchanged(
    raw: bytes, tmp_path: Path, database: Database, library: Library, wall: FakeWallClock
) -> None:
    repository = RoutineRepository(database.engine, StoredRoutineCodec(), wall, reserved_names=["Desk five"])
    path = tmp_path / "generated.json"
    path.write_bytes(raw)
    before = _snapshot(database)
    try:
        routine = read_routine_file(path, library, existing_names=repository.names() | {"Desk five"})
        saved = repository.save(routine)
    except RoutineFileError as exc:
        assert exc.where.startswith("generated.json") and exc.what
        assert _snapshot(database) == before
        event("refused")
        return
    event("imported")
    assert repository.get(saved.id) == saved
    assert replace(saved, id="") == routine
    assert len(_snapshot(database)) == len(before) + 1
    assert loads(dumps(routine), library=library) == routine  # and it exports back to the same routine


def test_the_published_schema_matches_the_reader() -> None:
    from hipdesk.content import routine_file as rf
    from hipdesk.paths import RESOURCES

    schema = json.loads((RESOURCES / "schemas" / "routine.schema.json").read_text(encoding="utf-8"))
    top, item = schema["properties"], schema["$defs"]["item"]["properties"]
    dose, tempo = schema["$defs"]["dose"]["properties"], schema["$defs"]["tempo"]["properties"]
    assert set(schema["required"]) == set(rf._TOP_REQUIRED)
    assert set(top) == set(rf._TOP_REQUIRED) | set(rf._TOP_OPTIONAL)
    assert set(item) == set(rf._ITEM_REQUIRED) | set(rf._ITEM_OPTIONAL)
    assert set(dose) == set(rf._DOSE_REQUIRED) | set(rf._DOSE_OPTIONAL)
    assert set(tempo) == set(rf._TEMPO_KEYS)
    assert top["hipdesk_routine"]["const"] == rf.FORMAT_VERSION
    assert top["name"]["maxLength"] == rf.NAME_MAX and top["items"]["maxItems"] == rf.ITEMS_MAX
    assert (top["target_min"]["minimum"], top["target_min"]["maximum"]) == rf.TARGET_MIN_RANGE
    for key, bounds in (("sets", rf.SETS_RANGE), ("hold_s", rf.HOLD_S_RANGE), ("reps", rf.REPS_RANGE)):
        assert (dose[key]["minimum"], dose[key]["maximum"]) == bounds
    assert (dose["rest_s"]["minimum"], dose["rest_s"]["maximum"]) == rf.REST_S_RANGE
    assert (item["extra_sets_left"]["minimum"], item["extra_sets_left"]["maximum"]) == rf.EXTRA_SETS_RANGE
    assert item["exercise"]["pattern"] == rf.EXERCISE_ID.pattern


@functools.lru_cache(maxsize=1)
def real_library() -> Library:
    return load_library(default_exercises_dir())


def _plain(text: str) -> bool:
    """Text the reader accepts: no URL, no path."""
    from hipdesk.content import routine_file as rf

    return not rf._URL.search(text) and not rf._PATH.match(text.strip())


@st.composite
def valid_routines(draw: st.DrawFn) -> Routine:
    def dose() -> Dose:
        sets, rest_s = draw(st.integers(1, 10)), draw(st.integers(0, 300))
        if draw(st.booleans()):
            return Dose(sets=sets, hold_s=draw(st.integers(5, 60)), rest_s=rest_s)
        part = st.sampled_from([0.0, 0.5, 1.0, 1.5, 2.0, 3.0, 10.0])
        tempo = Tempo(draw(part), draw(part), draw(part))
        if tempo.rep_s <= 0:
            tempo = Tempo()
        return Dose(sets=sets, reps=draw(st.integers(1, 12)), tempo=tempo, rest_s=rest_s)

    per_side = ["figure-four-stretch", "seated-hip-rotations", "roll-quads"]
    items = []
    for _ in range(draw(st.integers(0, 5))):
        exercise_id = draw(st.sampled_from([*per_side, "plank", "glute-bridge"]))
        sided = exercise_id in per_side
        items.append(
            RoutineItem(
                exercise_id,
                dose=dose() if draw(st.booleans()) else None,
                sides=draw(st.sampled_from(list(Sides))) if sided else Sides.BOTH,
                extra_sets_left=draw(st.integers(0, 2)) if sided else 0,
                extra_sets_right=draw(st.integers(0, 2)) if sided else 0,
            )
        )
    line = st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=30)
    keepable = line.filter(lambda n: text_problem(n, one_line=True) is None)  # no direction overrides, no invisibles
    name = draw(keepable.filter(lambda n: n.strip() == n and bool(n) and _plain(n)))
    lines = (
        st.lists(line, max_size=3).map("\n".join).filter(lambda t: _plain(t) and not text_problem(t, one_line=False))
    )
    # Ten sets of slow reps with long rests can pass the three-hour limit, which a valid routine keeps to.
    assume(total_duration_s(Routine("", "", "", tuple(items)), real_library()) <= TOTAL_MAX_S)
    return Routine(
        id="",
        name=name,
        description=draw(lines),
        source=draw(lines),
        items=tuple(items),
        target_min=draw(st.none() | st.integers(1, 120)),
    )


@settings(max_examples=300, deadline=None)
@given(routine=valid_routines())
def test_any_valid_routine_exports_and_imports_back_identical(routine: Routine) -> None:
    assert loads(dumps(routine), library=real_library()) == routine


def test_a_lone_surrogate_in_the_text_is_refused_not_a_crash(tmp_path: Path, library: Library) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"hipdesk_routine": 1, "name": "Desk", "items": [], "description": "a\\ud8fcb"}', encoding="utf-8")
    with pytest.raises(RoutineFileError) as caught:
        read_routine_file(path, library)
    what = caught.value.what
    assert (
        caught.value.where.startswith("broken.json: description")
        and "lone surrogate" in what
        and "(U+D8FC) at position 2" in what
    )
