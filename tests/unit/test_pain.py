"""Pain rules: stop past 5/10 or a rise of more than 2; professional advice when sharp or persisting."""

from __future__ import annotations

import pytest

from hipdesk.domain.pain import Advice, Light, assess, crosses_stop_line, light


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
