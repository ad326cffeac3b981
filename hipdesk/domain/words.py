"""Interface words the domain puts together (counts, dates, durations), in the language HipDesk speaks.

HipDesk's interface text goes through Qt's translation system (``resources/translations/*.ts``), but the domain cannot
import Qt. So the domain writes each such message whole, in English, under a context class that ``pyside6-lupdate``
reads like a Qt class: ``DateWords.tr("on {weekday}")``, ``TransferWords.tr("%n session(s)", "", count)``. The call
goes through the installed :class:`Wording`: the composition root installs one backed by Qt's translators and
``QLocale`` (``hipdesk.ui.translations``); without it (unit tests, the command line) the English is used as written,
a plural's ``(s)`` resolved by the count, and dates get HipDesk's English names.

Rules for a message, so a translator can write a natural sentence: a whole sentence or phrase per message (never a
noun counted by a shared helper); a count is ``%n`` with its ``n``; other values are named ``{fields}`` filled by
``str.format`` after translation (``pyside6-lupdate`` cannot read f-strings, and a test holds every translation to
its source's fields).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Protocol

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

_PLURAL_MARK = "(s)"
# The parts of a Qt date pattern (QLocale.toString) the English wording writes itself; quoted text is kept as is.
_DATE_PART = re.compile(r"'(?:[^']|'')*'|d{1,4}|M{1,4}|yyyy|yy")


class Wording(Protocol):
    """Translates interface text and writes dates and numbers the way the language HipDesk speaks does."""

    def translate(self, context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """``text`` (English) in the installed language; a plural ``text`` has ``%n`` for the count ``n``."""
        ...

    def format_date(self, day: date, pattern: str) -> str:
        """``day`` by a Qt date pattern (``QLocale.toString``): "dddd" weekday, "d" day, "MMMM" month, "yyyy"."""
        ...

    def format_number(self, value: float, decimals: int) -> str:
        """A number with ``decimals`` places and the language's decimal sign: "1.5", "1,5"."""
        ...


def english_plural(text: str, n: int) -> str:
    """The source text said in English for the count ``n``: '(s)' dropped for one, an 's' for any other count."""
    return text.replace(_PLURAL_MARK, "" if n == 1 else "s")


class EnglishWording:
    """HipDesk's English, needing no Qt: messages as written, HipDesk's own day and month names."""

    def translate(self, context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        if n < 0:
            return text
        return english_plural(text, n).replace("%n", str(n))

    def format_date(self, day: date, pattern: str) -> str:
        def part(match: re.Match[str]) -> str:
            token = match.group(0)
            if token.startswith("'"):  # quoted text, '' being a quote
                return token[1:-1].replace("''", "'") if len(token) > 2 else "'"
            letter, width = token[0], len(token)
            if letter == "d":
                return (
                    str(day.day),
                    f"{day.day:02d}",
                    WEEKDAY_NAMES[day.weekday()][:3],
                    WEEKDAY_NAMES[day.weekday()],
                )[width - 1]
            if letter == "M":
                return (
                    str(day.month),
                    f"{day.month:02d}",
                    MONTH_NAMES[day.month - 1][:3],
                    MONTH_NAMES[day.month - 1],
                )[width - 1]
            return str(day.year) if width == 4 else f"{day.year % 100:02d}"

        return _DATE_PART.sub(part, pattern)

    def format_number(self, value: float, decimals: int) -> str:
        return f"{value:.{decimals}f}"


_wording: Wording = EnglishWording()


def install_wording(wording: Wording) -> Wording:
    """Speak through ``wording`` from now on (the composition root, once); returns the one it replaces."""
    global _wording
    before, _wording = _wording, wording
    return before


def wording() -> Wording:
    return _wording


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Marks ``text`` as a message of ``context`` where it is defined (a table, a constant); it is translated where
    it is shown, with ``QCoreApplication.translate(context, text)`` or ``wording().translate(context, text)``."""
    return text


class Words:
    """A translation context for text written outside a Qt class. Subclass it once per area (its name is the
    context, as ``pyside6-lupdate`` reads it) and call ``AreaWords.tr(text, disambiguation, n)`` with a literal
    text, as Qt's ``QObject.tr``."""

    @classmethod
    def tr(cls, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return _wording.translate(cls.__name__, text, disambiguation, n)


def number(value: float, decimals: int = 0) -> str:
    """``value`` with ``decimals`` places, written the installed language's way ("1.5" or "1,5")."""
    return _wording.format_number(value, decimals)


def counted(count: int, noun: str, plural: str | None = None) -> str:
    """'1 set', '0 sets': English only. Text a person reads says its count through a whole plural message
    (``AreaWords.tr("%n set(s)", "", count)``), which every language can word; this is for the command line."""
    return f"{count} {noun if count == 1 else (plural or noun + 's')}"
