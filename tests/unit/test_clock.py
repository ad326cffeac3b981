from __future__ import annotations

import pytest

from hipdesk.clock import FakeClock, MonotonicClock


def test_fake_clock_moves_only_forward() -> None:
    clock = FakeClock(start=5.0)
    clock.advance(1.5)
    assert clock.now() == 6.5
    with pytest.raises(ValueError):
        clock.advance(-1)


def test_monotonic_clock_never_goes_back() -> None:
    clock = MonotonicClock()
    a = clock.now()
    assert clock.now() >= a
