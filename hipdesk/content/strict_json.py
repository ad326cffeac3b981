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
from hipdesk.domain.words import QT_TRANSLATE_NOOP, Words, number, wording


class JsonWords(Words):
    """What HipDesk says about a file that is not strict JSON, or cannot be read at all."""


# Whole sentences for the kinds of file HipDesk reads (``kind`` below), so each language can word them.
_TOO_DEEP = {
    "a routine": QT_TRANSLATE_NOOP("JsonWords", "is nested too deeply to be a routine"),
    "HipDesk data": QT_TRANSLATE_NOOP("JsonWords", "is nested too deeply to be HipDesk data"),
}
_TOO_BIG = {
    "a routine file": QT_TRANSLATE_NOOP("JsonWords", "is {size}; a routine file may be at most {limit} MB"),
    "a HipDesk data file": QT_TRANSLATE_NOOP("JsonWords", "is {size}; a HipDesk data file may be at most {limit} MB"),
}


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
    raise ValueError(JsonWords.tr("{name} is not a number JSON allows").format(name=name))


def strict_loads(text: str, kind: str) -> Any:
    """The value of the JSON ``text``; raises :class:`JsonProblem`. ``kind`` says what the file should have been
    ("a routine", "HipDesk data") in the message about a document nested too deeply."""
    try:
        return json.loads(text, object_pairs_hook=_refuse_duplicates, parse_constant=_refuse_constant)
    except json.JSONDecodeError as exc:
        # Python's own reason (exc.msg, "Expecting value") is in English: it is the parser's, not HipDesk's.
        raise JsonProblem(
            JsonWords.tr("line {line}, column {column}").format(line=exc.lineno, column=exc.colno),
            JsonWords.tr("is not valid JSON: {reason}").format(reason=exc.msg),
        ) from exc
    except _Duplicate as exc:
        raise JsonProblem(
            "", JsonWords.tr("the key {key} appears twice in the same object").format(key=quoted(exc.key, 40))
        ) from exc
    except ValueError as exc:  # NaN, Infinity, or a number too long to read
        raise JsonProblem("", JsonWords.tr("is not valid JSON: {reason}").format(reason=exc)) from exc
    except RecursionError as exc:
        template = _TOO_DEEP.get(kind)
        what = (
            wording().translate("JsonWords", template)
            if template
            else JsonWords.tr("is nested too deeply to be {kind}").format(kind=kind)
        )
        raise JsonProblem("", what) from exc


def type_name(value: object) -> str:
    """What kind of JSON value ``value`` is, in words for a message ("a whole number", "a list")."""
    if value is None:
        return "null"  # JSON's own word
    if isinstance(value, bool):
        return JsonWords.tr("true/false")
    if isinstance(value, int):
        return JsonWords.tr("a whole number")
    if isinstance(value, float):
        return JsonWords.tr("a number")
    if isinstance(value, str):
        return JsonWords.tr("text")
    if isinstance(value, list):
        return JsonWords.tr("a list")
    if isinstance(value, dict):
        return JsonWords.tr("an object")
    return type(value).__name__


def file_problem(path: Path, max_bytes: int, kind: str) -> str:
    """Why ``path`` cannot be read as ``kind`` ("a routine file"), found before a byte of it is read: it cannot be
    reached, it is not a regular file (a folder, a FIFO), or it is larger than ``max_bytes``; "" when it may be read.
    """
    try:
        size = path.stat().st_size
    except OSError as exc:
        return cannot_be_read(exc.strerror or exc)
    if not path.is_file():
        return JsonWords.tr("is not a regular file")
    if size > max_bytes:
        limit = number(max_bytes / 1_000_000, 0 if max_bytes % 1_000_000 == 0 else 1)
        template = _TOO_BIG.get(kind)
        if template:
            return wording().translate("JsonWords", template).format(size=size_text(size), limit=limit)
        return JsonWords.tr("is {size}; {kind} may be at most {limit} MB").format(
            size=size_text(size), kind=kind, limit=limit
        )
    return ""


def cannot_be_read(reason: object) -> str:
    """A file the system would not let HipDesk read; ``reason`` is the system's own words."""
    return JsonWords.tr("cannot be read ({reason})").format(reason=reason)


def size_text(n: int) -> str:
    """A file's size for a message: "2.5 MB", or "812 bytes" under a megabyte."""
    if n >= 1_000_000:
        return JsonWords.tr("{size} MB").format(size=number(n / 1_000_000, 1))
    return JsonWords.tr("%n byte(s)", "", n)
