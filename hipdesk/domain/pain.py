"""Pain rules, from the pain-monitoring model (Silbernagel et al. 2007; see the evidence notes).

- Pain up to about 5/10 that settles is acceptable; HipDesk stops the exercise and suggests stopping for today
  when a rating passes 5/10 or rises by more than 2 points over the session's starting value.
- Traffic light: 0-3 continue, 4-5 acceptable if it settles within 24 h, 6-10 change the plan.
- Sharp or catching pain, or stop-level pain that comes back across sessions, is a reason to see a professional.
- The next day: pain should be no worse than before the session ("not worse the next morning"). A worse next-day
  rating means easing off next time; a next-day rating over the stop line counts toward pain that persists.
HipDesk never diagnoses: these are suggestions, worded as such.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from hipdesk.domain.dates import day_and_month, weekday_name
from hipdesk.domain.words import Words

STOP_ABOVE = 5  # a rating that passes 5/10
RISE_LIMIT = 2  # a rise of more than 2 over the session's start
PERSIST_SESSIONS = 2  # stop-level pain in this many recent sessions (this one included) counts as persisting
PERSIST_DAYS = 14  # ... when those sessions were this recent
RATING_RANGE = (0, 10)
NEXT_DAY_ASK_WITHIN_DAYS = 3  # ask about a session at most this many days back (a Friday session, asked on Monday)


class PainKind(StrEnum):
    """When a pain rating was given: before a session, at a pain stop during it, after it, or the next day."""

    BEFORE = "before"
    STOP = "stop"
    AFTER = "after"
    NEXT_DAY = "next_day"


class Light(StrEnum):
    GREEN = "green"
    AMBER = "amber"
    RED = "red"


class Advice(StrEnum):
    CONTINUE = "continue"
    EASE_OFF = "ease_off"  # carry on today, a little lighter next time
    STOP_TODAY = "stop_today"
    SEE_PROFESSIONAL = "see_professional"


@dataclass(frozen=True)
class PainVerdict:
    advice: Advice
    light: Light
    message: str

    @property
    def should_stop(self) -> bool:
        return self.advice in (Advice.STOP_TODAY, Advice.SEE_PROFESSIONAL)


class PainWords(Words):
    """What HipDesk says about a pain rating."""


@dataclass(frozen=True)
class NextDayQuestion:
    """A session to ask about the day after: it had pain ratings and has no next-day rating yet.

    ``baseline`` is the rating the next day is compared with: the one given before the session, else the one after.
    """

    session_id: int
    routine_name: str
    day: date
    baseline: int | None

    def when(self, today: date) -> str:
        """The session's day in words, from ``today``: "yesterday", "on Friday"."""
        days = (today - self.day).days
        if days == 1:
            return PainWords.tr("yesterday")
        if days < 7:  # names from hipdesk.domain.dates, never strftime
            return PainWords.tr("on {weekday}").format(weekday=weekday_name(self.day))
        return PainWords.tr("on {date}", "a day and month, such as 16 November").format(date=day_and_month(self.day))


def validate(rating: int) -> int:
    low, high = RATING_RANGE
    if not low <= rating <= high:
        raise ValueError(f"a pain rating is between {low} and {high}, not {rating}")
    return rating


def next_day_baseline(pain_before: int | None, pain_after: int | None) -> int | None:
    """What a next-day rating is compared with: the rating given before the session, else the one after it."""
    return pain_before if pain_before is not None else pain_after


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
        message = (
            PainWords.tr(
                "Sharp or catching pain is a reason to stop for today and have it checked by a physiotherapist or "
                "doctor before you carry on."
            )
            if sharp
            else PainWords.tr(
                "Pain that keeps coming back across sessions is a reason to stop for today and have it checked by a "
                "physiotherapist or doctor before you carry on."
            )
        )
        return PainVerdict(Advice.SEE_PROFESSIONAL, Light.RED, message)
    if stop:
        why = (
            PainWords.tr("Your pain passed {limit}/10.").format(limit=STOP_ABOVE)
            if rating > STOP_ABOVE
            else PainWords.tr("Your pain rose by more than {rise} since you started.").format(rise=RISE_LIMIT)
        )
        advice = PainWords.tr(
            "Consider stopping for today. If it is still there tomorrow, or comes back next time, see a "
            "physiotherapist or doctor."
        )
        return PainVerdict(Advice.STOP_TODAY, colour, f"{why} {advice}")
    if colour is Light.AMBER:
        return PainVerdict(
            Advice.CONTINUE,
            colour,
            PainWords.tr("Some discomfort is acceptable if it settles within a day. Ease off if it builds."),
        )
    return PainVerdict(Advice.CONTINUE, colour, PainWords.tr("That is within the comfortable range. Carry on gently."))


def next_day_worse(rating: int, baseline: int | None) -> bool:
    """The next day is worse: past the stop line, or higher than the session's baseline."""
    validate(rating)
    return rating > STOP_ABOVE or (baseline is not None and rating > validate(baseline))


def assess_next_day(rating: int, baseline: int | None, *, earlier_stop_sessions: int = 0) -> PainVerdict:
    """What HipDesk suggests after a next-day rating.

    ``baseline``: the session's rating before it (else after it); None when neither was given.
    ``earlier_stop_sessions``: recent other sessions whose ratings crossed the stop line.
    """
    colour = light(rating)
    if crosses_stop_line(rating, baseline) and earlier_stop_sessions + 1 >= PERSIST_SESSIONS:
        return PainVerdict(
            Advice.SEE_PROFESSIONAL,
            Light.RED,
            PainWords.tr(
                "Pain that keeps coming back across sessions is a reason to rest and have it checked by a "
                "physiotherapist or doctor before you carry on."
            ),
        )
    if rating > STOP_ABOVE:
        return PainVerdict(
            Advice.STOP_TODAY,
            colour,
            PainWords.tr(
                "{rating}/10 is more than your hips should feel the day after. Rest today and ease off next time; "
                "if it does not settle, see a physiotherapist or doctor."
            ).format(rating=rating),
        )
    if next_day_worse(rating, baseline):
        return PainVerdict(
            Advice.EASE_OFF,
            colour,
            PainWords.tr(
                "That is worse than before the session ({baseline}/10). HipDesk will suggest easing off next time."
            ).format(baseline=baseline),
        )
    if colour is Light.AMBER:
        return PainVerdict(
            Advice.CONTINUE, colour, PainWords.tr("No worse than before the session. Keep it gentle while it settles.")
        )
    return PainVerdict(Advice.CONTINUE, colour, PainWords.tr("No worse than before the session: carry on as planned."))
