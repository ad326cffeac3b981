"""The calendar every test starts on unless it sets its own: a fixed Wednesday noon in a zone with summer time, never
the machine's date or zone (CI runs the suite a second time with the system clock moved by a year, in another zone)."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

TEST_ZONE = ZoneInfo("Europe/Berlin")
TEST_NOW = datetime(2026, 11, 18, 12, 0, tzinfo=TEST_ZONE)
TEST_TODAY = TEST_NOW.date()


def at_noon(day: date) -> datetime:
    """Noon of ``day`` in the tests' zone."""
    return datetime(day.year, day.month, day.day, 12, 0, tzinfo=TEST_ZONE)
