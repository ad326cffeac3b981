"""Counts in words."""

from __future__ import annotations

import pytest

from hipdesk.domain.words import counted


@pytest.mark.parametrize(
    ("count", "noun", "plural", "text"),
    [
        (1, "day", None, "1 day"),
        (0, "day", None, "0 days"),
        (2, "session", None, "2 sessions"),
        (1, "exercise", None, "1 exercise"),
        (3, "body", "bodies", "3 bodies"),
    ],
)
def test_a_count_names_its_noun_once_or_many(count: int, noun: str, plural: str | None, text: str) -> None:
    assert counted(count, noun, plural) == text
