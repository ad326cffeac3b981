"""How long something takes, in words: the one place durations are written for people.

Two forms: ``format_duration`` for a routine, a session or a step (to the second: "4 min 50 s", "1 h 5 min"), and
``format_minutes`` for minutes summed over days and weeks, always whole minutes ("45 min", "2 h 05 min", the
minutes padded so the totals of a week's tiles and charts line up). The unit words are translated with the rest of
the interface (:mod:`hipdesk.domain.words`).
"""

from __future__ import annotations

from hipdesk.domain.words import Words


class DurationWords(Words):
    """Durations: hours, minutes and seconds."""


def format_duration(seconds: float) -> str:
    """'4 min 50 s', '12 min', '45 s', '1 h 5 min': how long something takes, for people."""
    total = round(seconds)
    if total >= 3600:
        hours, minutes = divmod(round(total / 60), 60)
        if minutes:
            return DurationWords.tr("{hours} h {minutes} min").format(hours=hours, minutes=minutes)
        return DurationWords.tr("{hours} h").format(hours=hours)
    minutes, secs = divmod(total, 60)
    if minutes and secs:
        return DurationWords.tr("{minutes} min {seconds} s").format(minutes=minutes, seconds=secs)
    if minutes:
        return DurationWords.tr("{minutes} min").format(minutes=minutes)
    return DurationWords.tr("{seconds} s").format(seconds=secs)


def format_minutes(minutes: float) -> str:
    """'45 min', '2 h 05 min': a total of minutes."""
    whole = round(minutes)
    if whole < 60:
        return DurationWords.tr("{minutes} min").format(minutes=whole)
    return DurationWords.tr("{hours} h {minutes} min").format(hours=whole // 60, minutes=f"{whole % 60:02d}")
