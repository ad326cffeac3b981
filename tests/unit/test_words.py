"""The domain's interface words without Qt: English as written, plurals by the count, dates by Qt's patterns."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

import pytest

from hipdesk.domain.dates import day_and_month, long_date, short_date, weekday_name
from hipdesk.domain.durations import format_duration, format_minutes
from hipdesk.domain.words import EnglishWording, Words, english_plural, install_wording, number


class SampleWords(Words):
    """A context for these tests."""


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    """The domain's own English (a GUI test earlier in the run may have installed Qt's wording)."""
    before = install_wording(EnglishWording())
    yield
    install_wording(before)


@pytest.mark.parametrize(
    ("count", "text"),
    [(0, "0 sessions"), (1, "1 session"), (2, "2 sessions"), (21, "21 sessions")],
)
def test_a_plural_says_its_noun_once_or_many(count: int, text: str) -> None:
    assert SampleWords.tr("%n session(s)", "", count) == text


def test_a_message_without_a_count_is_said_as_written() -> None:
    assert SampleWords.tr("Rest (s)tays") == "Rest (s)tays"
    assert english_plural("%n day(s) in a row", 1) == "%n day in a row"


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        ("dddd d MMMM yyyy", "Tuesday 17 November 2026"),
        ("ddd dd MMM yy", "Tue 17 Nov 26"),
        ("d.M.yyyy", "17.11.2026"),
        ("'week of' d MMM", "week of 17 Nov"),
        ("d 'o''clock'", "17 o'clock"),
    ],
)
def test_english_dates_follow_qts_patterns(pattern: str, text: str) -> None:
    assert EnglishWording().format_date(date(2026, 11, 17), pattern) == text


def test_dates_in_hipdesks_english() -> None:
    tuesday = date(2026, 11, 17)
    assert weekday_name(tuesday) == "Tuesday"
    assert long_date(tuesday) == "Tuesday 17 November 2026"
    assert day_and_month(date(2026, 3, 5)) == "5 March"
    assert short_date(date(2026, 3, 5)) == "5 Mar 2026"


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(45, "45 s"), (60, "1 min"), (290, "4 min 50 s"), (3600, "1 h"), (3900, "1 h 5 min")],
)
def test_durations(seconds: float, text: str) -> None:
    assert format_duration(seconds) == text


def test_minute_totals_pad_their_minutes() -> None:
    assert format_minutes(45) == "45 min"
    assert format_minutes(125) == "2 h 05 min"


class Shouting(EnglishWording):
    """Another language, as far as the domain can tell."""

    def translate(self, context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        said = super().translate(context, text, disambiguation, n)
        return re.sub(r"(?<![{\w])([a-z]+)(?![\w}])", lambda m: m.group(1).upper(), said)

    def format_number(self, value: float, decimals: int) -> str:
        return super().format_number(value, decimals).replace(".", ",")


@pytest.fixture
def shouting() -> Iterator[None]:
    before = install_wording(Shouting())
    yield
    install_wording(before)


def test_the_installed_wording_says_every_word(shouting: None) -> None:
    assert SampleWords.tr("%n set(s)", "", 3) == "3 SETS"
    assert format_duration(290) == "4 MIN 50 S"
    assert number(1.5, 1) == "1,5"


def test_numbers_have_the_places_asked_for() -> None:
    assert number(2.26, 1) == "2.3"
    assert number(7) == "7"


class GermanOrder(EnglishWording):
    """A language that orders its dates its own way."""

    def translate(self, context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return {"dddd d MMMM yyyy": "dddd, d. MMMM yyyy"}.get(text, text)


def test_a_date_pattern_is_translated_before_it_is_filled() -> None:
    before = install_wording(GermanOrder())
    try:
        assert long_date(date(2026, 11, 17)) == "Tuesday, 17. November 2026"
    finally:
        install_wording(before)
