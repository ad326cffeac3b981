"""Counts in words for people: "1 session", "3 sessions", written one way so a lone "1 days" cannot slip in."""

from __future__ import annotations


def counted(count: int, noun: str, plural: str | None = None) -> str:
    """'1 set', '0 sets', '2 exercises'; ``plural`` for a noun that is not made plural by adding an s."""
    return f"{count} {noun if count == 1 else (plural or noun + 's')}"
