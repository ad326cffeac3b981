"""The one strict JSON reader both file formats use: what it refuses, and where it says the problem is."""

from __future__ import annotations

from pathlib import Path

import pytest

from hipdesk.content import data_file, routine_file
from hipdesk.content.strict_json import JsonProblem, file_problem, size_text, strict_loads, type_name


@pytest.mark.parametrize(
    ("text", "place", "what"),
    [
        ('{"a": 1, "a": 2}', "", "the key “a” appears twice in the same object"),
        ('{"a": NaN}', "", "is not valid JSON: NaN is not a number JSON allows"),
        ('{"a": -Infinity}', "", "is not valid JSON: -Infinity is not a number JSON allows"),
        ("[" * 100_000 + "]" * 100_000, "", "is nested too deeply to be a routine"),
        ('{"a\\u202e": 1, "a\\u202e": 2}', "", "the key “a\\u202e” appears twice in the same object"),
    ],
)
def test_what_strict_json_refuses(text: str, place: str, what: str) -> None:
    with pytest.raises(JsonProblem) as info:
        strict_loads(text, "a routine")
    assert (info.value.place, info.value.what) == (place, what)
    assert info.value.where("r.json") == (f"r.json: {place}" if place else "r.json")


def test_broken_json_says_where() -> None:
    with pytest.raises(JsonProblem) as info:
        strict_loads('{\n  "a": 1,\n}', "a routine")
    assert info.value.place == "line 3, column 1" and info.value.what.startswith("is not valid JSON: ")
    assert info.value.where("r.json") == "r.json: line 3, column 1"


def test_plain_json_reads_as_json() -> None:
    assert strict_loads('{"a": [1, 2.5, "x", true, null]}', "a routine") == {"a": [1, 2.5, "x", True, None]}


def test_both_readers_refuse_the_same_way() -> None:
    text = '{"name": 1, "name": 2}'
    with pytest.raises(routine_file.RoutineFileError) as routine:
        routine_file.loads(text, library=None, label="r.json")
    with pytest.raises(data_file.DataFileError) as data:
        data_file.loads(text, label="d.zip")
    assert routine.value.what == data.value.what == "the key “name” appears twice in the same object"
    assert (routine.value.where, data.value.where) == ("r.json", "d.zip")


@pytest.mark.parametrize(
    ("value", "name"),
    [(None, "null"), (True, "true/false"), (3, "a whole number"), (2.5, "a number"), ("x", "text"), ([], "a list")],
)
def test_type_name(value: object, name: str) -> None:
    assert type_name(value) == name


def test_a_file_is_checked_before_a_byte_is_read(tmp_path: Path) -> None:
    small = tmp_path / "small.json"
    small.write_text("{}")
    big = tmp_path / "big.json"
    with big.open("wb") as fh:
        fh.truncate(2_500_000)  # sparse: nothing is written to disk
    assert file_problem(small, 1_000_000, "a routine file") == ""
    assert file_problem(big, 1_000_000, "a routine file") == "is 2.5 MB; a routine file may be at most 1 MB"
    assert file_problem(tmp_path, 1_000_000, "a routine file") == "is not a regular file"
    assert file_problem(tmp_path / "gone.json", 1_000_000, "a routine file").startswith("cannot be read (")
    assert (size_text(812), size_text(64_000_000)) == ("812 bytes", "64.0 MB")
