"""Pain rules: stop past 5/10 or a rise of more than 2; professional advice when sharp or persisting."""

from __future__ import annotations

from datetime import date

import pytest

from hipdesk.domain.pain import (
    Advice,
    Light,
    NextDayQuestion,
    assess,
    assess_next_day,
    crosses_stop_line,
    light,
    next_day_baseline,
    next_day_worse,
)


@pytest.mark.parametrize(
    ("rating", "start", "stop"),
    [
        (5, None, False),  # 5/10 is the line, not past it
        (6, None, True),
        (10, 0, True),
        (2, 0, False),
        (3, 0, True),  # a rise of 3 over the start
        (4, 2, False),  # a rise of exactly 2
        (5, 2, True),
        (1, 4, False),  # better than at the start
    ],
)
def test_stop_line(rating: int, start: int | None, stop: bool) -> None:
    assert crosses_stop_line(rating, start) is stop


@pytest.mark.parametrize(("rating", "colour"), [(0, Light.GREEN), (3, Light.GREEN), (4, Light.AMBER), (5, Light.AMBER)])
def test_traffic_light(rating: int, colour: Light) -> None:
    assert light(rating) is colour


def test_red_from_six() -> None:
    assert light(6) is Light.RED


@pytest.mark.parametrize("bad", [-1, 11])
def test_ratings_are_zero_to_ten(bad: int) -> None:
    with pytest.raises(ValueError, match="between 0 and 10"):
        assess(bad)


def test_assess_continue_stop_and_professional() -> None:
    assert assess(2, 1).advice is Advice.CONTINUE
    amber = assess(4)
    assert amber.advice is Advice.CONTINUE and "settles" in amber.message
    stop = assess(6, 1)
    assert stop.advice is Advice.STOP_TODAY and stop.should_stop and "passed 5/10" in stop.message
    rise = assess(4, 1)
    assert rise.advice is Advice.STOP_TODAY and "rose by more than 2" in rise.message
    assert assess(6, earlier_stop_sessions=1).advice is Advice.SEE_PROFESSIONAL
    assert assess(1, sharp=True).advice is Advice.SEE_PROFESSIONAL
    assert assess(2, earlier_stop_sessions=3).advice is Advice.CONTINUE  # fine today: nothing to escalate


@pytest.mark.parametrize(
    ("rating", "baseline", "worse"),
    [(2, 2, False), (3, 2, True), (0, None, False), (5, None, False), (6, None, True), (6, 6, True), (1, 4, False)],
)
def test_next_day_worse(rating: int, baseline: int | None, worse: bool) -> None:
    assert next_day_worse(rating, baseline) is worse


@pytest.mark.parametrize(
    ("rating", "baseline", "earlier", "advice", "words"),
    [
        (1, 2, 0, Advice.CONTINUE, "carry on as planned"),
        (4, 4, 0, Advice.CONTINUE, "Keep it gentle"),
        (3, 2, 0, Advice.EASE_OFF, "worse than before the session (2/10)"),
        (5, 1, 0, Advice.EASE_OFF, "easing off next time"),  # a rise past the stop line, but a first one
        (6, None, 0, Advice.STOP_TODAY, "Rest today"),
        (6, 2, 1, Advice.SEE_PROFESSIONAL, "keeps coming back"),  # persisting across sessions
        (5, 1, 2, Advice.SEE_PROFESSIONAL, "physiotherapist or doctor"),  # a rise of 4 the day after, again
        (3, 2, 3, Advice.EASE_OFF, "easing off"),  # worse, not stop-level: nothing to escalate
    ],
)
def test_assess_next_day(rating: int, baseline: int | None, earlier: int, advice: Advice, words: str) -> None:
    verdict = assess_next_day(rating, baseline, earlier_stop_sessions=earlier)
    assert verdict.advice is advice
    assert words in verdict.message
    assert verdict.should_stop is (advice in (Advice.STOP_TODAY, Advice.SEE_PROFESSIONAL))


def test_next_day_question_says_when() -> None:
    question = NextDayQuestion(1, "Desk five", date(2026, 11, 13), 2)  # a Friday
    assert question.when(date(2026, 11, 14)) == "yesterday"
    assert question.when(date(2026, 11, 16)) == "on Friday"
    assert question.when(date(2026, 11, 23)) == "on 13 November"


@pytest.mark.parametrize(("before", "after", "baseline"), [(3, 5, 3), (None, 5, 5), (0, None, 0), (None, None, None)])
def test_next_day_compares_with_before_else_after(before: int | None, after: int | None, baseline: int | None) -> None:
    assert next_day_baseline(before, after) == baseline
