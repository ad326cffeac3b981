"""Pain rules, from the pain-monitoring model (Silbernagel et al. 2007; see the evidence notes).

- Pain up to about 5/10 that settles is acceptable; HipDesk stops the exercise and suggests stopping for today
  when a rating passes 5/10 or rises by more than 2 points over the session's starting value.
- Traffic light: 0-3 continue, 4-5 acceptable if it settles within 24 h, 6-10 change the plan.
- Sharp or catching pain, or stop-level pain that comes back across sessions, is a reason to see a professional.
HipDesk never diagnoses: these are suggestions, worded as such.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

STOP_ABOVE = 5  # a rating that passes 5/10
RISE_LIMIT = 2  # a rise of more than 2 over the session's start
PERSIST_SESSIONS = 2  # stop-level pain in this many recent sessions (this one included) counts as persisting
RATING_RANGE = (0, 10)


class Light(StrEnum):
    GREEN = "green"
    AMBER = "amber"
    RED = "red"


class Advice(StrEnum):
    CONTINUE = "continue"
    STOP_TODAY = "stop_today"
    SEE_PROFESSIONAL = "see_professional"


@dataclass(frozen=True)
class PainVerdict:
    advice: Advice
    light: Light
    message: str

    @property
    def should_stop(self) -> bool:
        return self.advice is not Advice.CONTINUE


def validate(rating: int) -> int:
    low, high = RATING_RANGE
    if not low <= rating <= high:
        raise ValueError(f"a pain rating is between {low} and {high}, not {rating}")
    return rating


def light(rating: int) -> Light:
    validate(rating)
    if rating <= 3:
        return Light.GREEN
    if rating <= STOP_ABOVE:
        return Light.AMBER
    return Light.RED


def crosses_stop_line(rating: int, start: int | None) -> bool:
    """True when the rating passes 5/10 or rises by more than 2 over the session's starting rating."""
    validate(rating)
    if rating > STOP_ABOVE:
        return True
    return start is not None and rating - validate(start) > RISE_LIMIT


def assess(
    rating: int, start: int | None = None, *, sharp: bool = False, earlier_stop_sessions: int = 0
) -> PainVerdict:
    """What HipDesk suggests after a rating.

    ``start``: the rating given before the session (None if none was given).
    ``sharp``: the person said the pain is sharp or catches.
    ``earlier_stop_sessions``: recent earlier sessions that already crossed the stop line.
    """
    colour = light(rating)
    stop = crosses_stop_line(rating, start)
    if sharp or (stop and earlier_stop_sessions + 1 >= PERSIST_SESSIONS):
        reason = "Sharp or catching pain" if sharp else "Pain that keeps coming back across sessions"
        return PainVerdict(
            Advice.SEE_PROFESSIONAL,
            Light.RED,
            f"{reason} is a reason to stop for today and have it checked by a physiotherapist or doctor "
            "before you carry on.",
        )
    if stop:
        why = f"passed {STOP_ABOVE}/10" if rating > STOP_ABOVE else f"rose by more than {RISE_LIMIT} since you started"
        return PainVerdict(
            Advice.STOP_TODAY,
            colour,
            f"Your pain {why}. Consider stopping for today. If it is still there tomorrow, or comes back next "
            "time, see a physiotherapist or doctor.",
        )
    if colour is Light.AMBER:
        return PainVerdict(
            Advice.CONTINUE,
            colour,
            "Some discomfort is acceptable if it settles within a day. Ease off if it builds.",
        )
    return PainVerdict(Advice.CONTINUE, colour, "That is within the comfortable range. Carry on gently.")
