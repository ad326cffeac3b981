"""How long something takes, in words: the one place durations are written for people.

Two forms: ``format_duration`` for a routine, a session or a step (to the second: "4 min 50 s", "1 h 5 min"), and
``format_minutes`` for minutes summed over days and weeks, always whole minutes ("45 min", "2 h 05 min", the
minutes padded so the totals of a week's tiles and charts line up).
"""

from __future__ import annotations


def format_duration(seconds: float) -> str:
    """'4 min 50 s', '12 min', '45 s', '1 h 5 min': how long something takes, for people."""
    total = round(seconds)
    if total >= 3600:
        hours, minutes = divmod(round(total / 60), 60)
        return f"{hours} h {minutes} min" if minutes else f"{hours} h"
    minutes, secs = divmod(total, 60)
    if minutes and secs:
        return f"{minutes} min {secs} s"
    if minutes:
        return f"{minutes} min"
    return f"{secs} s"


def format_minutes(minutes: float) -> str:
    """'45 min', '2 h 05 min': a total of minutes."""
    whole = round(minutes)
    if whole < 60:
        return f"{whole} min"
    return f"{whole // 60} h {whole % 60:02d} min"
