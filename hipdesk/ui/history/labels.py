"""Dates and names as the History tab writes them: '16 Nov 2026', '16–22 Nov 2026', 'Hip flexors'."""

from __future__ import annotations

from datetime import date, timedelta

from hipdesk.domain.dates import MONTH_NAMES, WEEKDAY_NAMES
from hipdesk.domain.exercise import Phase, Region
from hipdesk.domain.weekly import OTHER

MONTHS = tuple(name[:3] for name in MONTH_NAMES)  # "Jan" ... "Dec"
DAY_NAMES = tuple(name[:3] for name in WEEKDAY_NAMES)  # "Mon" ... "Sun"


def day_label(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def week_label(monday: date) -> str:
    """'16–22 Nov 2026', '27 Oct – 2 Nov 2026', '29 Dec 2025 – 4 Jan 2026'."""
    sunday = monday + timedelta(days=6)
    if monday.year != sunday.year:
        return f"{day_label(monday)} – {day_label(sunday)}"
    if monday.month != sunday.month:
        return f"{monday.day} {MONTHS[monday.month - 1]} – {day_label(sunday)}"
    return f"{monday.day}–{day_label(sunday)}"


def month_label(month: date) -> str:
    """'Nov 2026'."""
    return f"{MONTHS[month.month - 1]} {month.year}"


def slot_label(start: date, weeks: int, month: date | None) -> str:
    """A chart slot in words: 'Week of 16–22 Nov 2026', or for a month's slot 'Nov 2026 (4 weeks, 2–29 Nov
    2026)', naming the weeks it averages (a week belongs to the month of its Thursday)."""
    if month is None:
        return f"Week of {week_label(start)}"
    end = start + timedelta(days=7 * weeks - 1)
    if start.year != end.year:
        days = f"{day_label(start)} – {day_label(end)}"
    elif start.month != end.month:
        days = f"{start.day} {MONTHS[start.month - 1]} – {day_label(end)}"
    else:
        days = f"{start.day}–{day_label(end)}"
    return f"{month_label(month)} ({weeks} weeks, {days})"


def phase_label(key: str) -> str:
    return "Other" if key == OTHER else Phase(key).label


def region_label(key: str) -> str:
    if key == OTHER:
        return "Other"
    return Region(key).short_label
