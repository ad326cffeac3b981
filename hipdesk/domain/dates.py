"""Day and month names in HipDesk's own words.

Never ``strftime('%A')`` or ``'%B'`` for text a person reads: Qt sets the C locale from the desktop's, so strftime
would put "Freitag" into an English sentence, and ``%-d`` does not exist on Windows.
"""

from __future__ import annotations

from datetime import date

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


def weekday_name(day: date) -> str:
    """The day's name, "Monday" to "Sunday"."""
    return WEEKDAY_NAMES[day.weekday()]


def long_date(day: date) -> str:
    """The day in full, as "Monday 16 November 2026"."""
    return f"{weekday_name(day)} {day.day} {MONTH_NAMES[day.month - 1]} {day.year}"
