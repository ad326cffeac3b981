"""Strict JSON, for the files HipDesk reads from outside (routine files, data files), and the checks such a file
meets before a byte of it is read.

Python's ``json`` lets a key appear twice (the last one silently wins), reads ``NaN`` and ``Infinity``, and raises
RecursionError on a deeply nested document. A file that does any of these is not one HipDesk wrote, and a person
editing it should hear about it rather than have part of it ignored, so each is refused here with a reason; the
file's reader turns :class:`JsonProblem` into its own error naming the file.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, NoReturn

from hipdesk.domain.text import quoted


class JsonProblem(ValueError):
    """Text that is not strict JSON. ``place`` is "line 3, column 5" when the parser knows it, else empty."""

    def __init__(self, place: str, what: str) -> None:
        self.place = place
        self.what = what
        super().__init__(f"{place}: {what}" if place else what)

    def where(self, label: str) -> str:
        """``label`` (the file) with the place in it, when there is one."""
        return f"{label}: {self.place}" if self.place else label


class _Duplicate(Exception):
    def __init__(self, key: str) -> None:
        self.key = key


def _refuse_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _Duplicate(key)
        result[key] = value
    return result


def _refuse_constant(name: str) -> NoReturn:
    raise ValueError(f"{name} is not a number JSON allows")


def strict_loads(text: str, kind: str) -> Any:
    """The value of the JSON ``text``; raises :class:`JsonProblem`. ``kind`` says what the file should have been
    ("a routine") in the message about a document nested too deeply."""
    try:
        return json.loads(text, object_pairs_hook=_refuse_duplicates, parse_constant=_refuse_constant)
    except json.JSONDecodeError as exc:
        raise JsonProblem(f"line {exc.lineno}, column {exc.colno}", f"is not valid JSON: {exc.msg}") from exc
    except _Duplicate as exc:
        raise JsonProblem("", f"the key {quoted(exc.key, 40)} appears twice in the same object") from exc
    except ValueError as exc:  # NaN, Infinity, or a number too long to read
        raise JsonProblem("", f"is not valid JSON: {exc}") from exc
    except RecursionError as exc:
        raise JsonProblem("", f"is nested too deeply to be {kind}") from exc


def type_name(value: object) -> str:
    """What kind of JSON value ``value`` is, in words for a message ("a whole number", "a list")."""
    if value is None:
        return "null"
    names = {
        bool: "true/false",
        int: "a whole number",
        float: "a number",
        str: "text",
        list: "a list",
        dict: "an object",
    }
    return names.get(type(value), type(value).__name__)


def file_problem(path: Path, max_bytes: int, kind: str) -> str:
    """Why ``path`` cannot be read as ``kind`` ("a routine file"), found before a byte of it is read: it cannot be
    reached, it is not a regular file (a folder, a FIFO), or it is larger than ``max_bytes``; "" when it may be read.
    """
    try:
        size = path.stat().st_size
    except OSError as exc:
        return f"cannot be read ({exc.strerror or exc})"
    if not path.is_file():
        return "is not a regular file"
    if size > max_bytes:
        return f"is {size_text(size)}; {kind} may be at most {max_bytes / 1_000_000:g} MB"
    return ""


def size_text(n: int) -> str:
    """A file's size for a message: "2.5 MB", or "812 bytes" under a megabyte."""
    return f"{n / 1_000_000:.1f} MB" if n >= 1_000_000 else f"{n} bytes"
