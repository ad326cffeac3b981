"""Dates in words, in the language HipDesk speaks (through :mod:`hipdesk.domain.words`).

Never ``strftime('%A')`` or ``'%B'`` for text a person reads: Qt sets the C locale from the desktop's, so strftime
would put "Freitag" into an English sentence, and ``%-d`` does not exist on Windows. The patterns below are Qt's
(``QLocale.toString``), translated with the rest of the interface, so each language orders and punctuates its own
dates ("Monday 16 November 2026", "Montag, 16. November 2026").
"""

from __future__ import annotations

from datetime import date

from hipdesk.domain.words import MONTH_NAMES, WEEKDAY_NAMES, Words, wording

__all__ = ["MONTH_NAMES", "WEEKDAY_NAMES", "day_and_month", "long_date", "short_date", "weekday_name"]


class DateWords(Words):
    """Date patterns and phrases about days."""


def weekday_name(day: date) -> str:
    """The day's name, "Monday" to "Sunday"."""
    return wording().format_date(day, "dddd")


def long_date(day: date) -> str:
    """The day in full, as "Monday 16 November 2026"."""
    return wording().format_date(day, DateWords.tr("dddd d MMMM yyyy", "Qt date pattern: Monday 16 November 2026"))


def day_and_month(day: date) -> str:
    """The day of a month, as "16 November"."""
    return wording().format_date(day, DateWords.tr("d MMMM", "Qt date pattern: 16 November"))


def short_date(day: date) -> str:
    """The day in short, as "16 Nov 2026"."""
    return wording().format_date(day, DateWords.tr("d MMM yyyy", "Qt date pattern: 16 Nov 2026"))
