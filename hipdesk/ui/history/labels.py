"""Dates and names as the History tab writes them: '16 Nov 2026', '16–22 Nov 2026', 'Hip flexors'.

Each date is written by a Qt date pattern that is itself translated ("d MMM yyyy" is "d. MMM yyyy" in German, so
"16. Nov. 2026"), with the month and day names of the language HipDesk speaks (hipdesk.domain.words).
"""

from __future__ import annotations

from datetime import date, timedelta

from hipdesk.domain.exercise import Phase, Region
from hipdesk.domain.weekly import OTHER, HistoryRange
from hipdesk.domain.words import Words, wording


class HistoryWords(Words):
    """The History tab's words outside its Qt classes."""


def _date(day: date, pattern: str) -> str:
    return wording().format_date(day, pattern)


def short_month(day: date) -> str:
    """The month of ``day`` in short: 'Nov'."""
    return _date(day, "MMM")


def short_weekday(day: date) -> str:
    """The weekday of ``day`` in short: 'Mon'."""
    return _date(day, "ddd")


def day_label(day: date) -> str:
    """'16 Nov 2026'."""
    return _date(day, HistoryWords.tr("d MMM yyyy", "Qt date pattern: 16 Nov 2026"))


def day_month_label(day: date) -> str:
    """'16 Nov', a day in a range or on a chart's axis."""
    return _date(day, HistoryWords.tr("d MMM", "Qt date pattern: 16 Nov"))


def _days(first: date, last: date) -> str:
    """'16–22 Nov 2026', '27 Oct – 2 Nov 2026', '29 Dec 2025 – 4 Jan 2026'."""
    if first.year != last.year:
        return HistoryWords.tr("{first} – {last}").format(first=day_label(first), last=day_label(last))
    if first.month != last.month:
        return HistoryWords.tr("{first} – {last}").format(first=day_month_label(first), last=day_label(last))
    day_alone = _date(
        first, HistoryWords.tr("d", "Qt date pattern: the first day of a range within a month, 16–22 Nov")
    )
    return HistoryWords.tr("{first}–{last}").format(first=day_alone, last=day_label(last))


def week_label(monday: date) -> str:
    """'16–22 Nov 2026', '27 Oct – 2 Nov 2026', '29 Dec 2025 – 4 Jan 2026'."""
    return _days(monday, monday + timedelta(days=6))


def month_label(month: date) -> str:
    """'Nov 2026'."""
    return _date(month, HistoryWords.tr("MMM yyyy", "Qt date pattern: Nov 2026"))


def slot_label(start: date, weeks: int, month: date | None) -> str:
    """A chart slot in words: 'Week of 16–22 Nov 2026', or for a month's slot 'Nov 2026 (4 weeks, 2–29 Nov
    2026)', naming the weeks it averages (a week belongs to the month of its Thursday)."""
    if month is None:
        return HistoryWords.tr("Week of {days}").format(days=week_label(start))
    days = _days(start, start + timedelta(days=7 * weeks - 1))
    return HistoryWords.tr("{month} (%n week(s), {days})", "", weeks).format(month=month_label(month), days=days)


def range_label(span: HistoryRange) -> str:
    """How far back the charts look, as its button says: '6 months'."""
    return {
        HistoryRange.WEEKS_8: HistoryWords.tr("8 weeks"),
        HistoryRange.MONTHS_6: HistoryWords.tr("6 months"),
        HistoryRange.YEAR: HistoryWords.tr("1 year"),
        HistoryRange.ALL: HistoryWords.tr("All"),
    }[span]


def range_tile_heading(span: HistoryRange) -> str:
    """The heading of the range's tile: 'In 6 months', 'In all'."""
    return {
        HistoryRange.WEEKS_8: HistoryWords.tr("In 8 weeks"),
        HistoryRange.MONTHS_6: HistoryWords.tr("In 6 months"),
        HistoryRange.YEAR: HistoryWords.tr("In 1 year"),
        HistoryRange.ALL: HistoryWords.tr("In all"),
    }[span]


def phase_label(key: str) -> str:
    return HistoryWords.tr("Other") if key == OTHER else Phase(key).label


def region_label(key: str) -> str:
    if key == OTHER:
        return HistoryWords.tr("Other")
    return Region(key).short_label
