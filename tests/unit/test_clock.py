from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from hipdesk.clock import FakeClock, FakeWallClock, MonotonicClock, SystemLocalZone, SystemWallClock


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


# --- the wall clock ---------------------------------------------------------------------------------------------

CET_RULE = "CET-1CEST,M3.5.0,M10.5.0/3"


@pytest.fixture
def posix_tz(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The process zone set by a POSIX rule, as some desktops and containers do, and put back afterwards."""
    monkeypatch.setenv("TZ", CET_RULE)
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_the_system_zone_follows_a_posix_tz_rule(posix_tz: None) -> None:
    zone = SystemWallClock().zone()
    assert datetime(2026, 7, 1, 12, tzinfo=zone).utcoffset() == timedelta(hours=2)
    assert datetime(2026, 1, 1, 12, tzinfo=zone).utcoffset() == timedelta(hours=1)
    assert datetime(2026, 7, 1, 12, tzinfo=zone).dst() == timedelta(hours=1)


def test_the_system_zone_tells_the_repeated_autumn_hour_apart(posix_tz: None) -> None:
    zone = SystemLocalZone()
    first = datetime(2026, 10, 25, 0, 30, tzinfo=UTC).astimezone(zone)
    second = datetime(2026, 10, 25, 1, 30, tzinfo=UTC).astimezone(zone)
    assert (first.hour, first.fold, second.hour, second.fold) == (2, 0, 2, 1)
    assert first.astimezone(UTC).hour == 0 and second.astimezone(UTC).hour == 1


def test_a_wall_time_skipped_in_spring_reads_with_the_winter_offset(posix_tz: None) -> None:
    skipped = datetime(2026, 3, 29, 2, 30, tzinfo=SystemLocalZone())
    assert skipped.utcoffset() == timedelta(hours=1)


def test_the_system_wall_clock_is_aware_and_in_its_zone() -> None:
    clock = SystemWallClock()
    now = clock.now()
    assert now.tzinfo is clock.zone() and clock.today() == now.date()


KIRITIMATI = ZoneInfo("Pacific/Kiritimati")


def test_the_fake_wall_clock_stands_still_until_moved() -> None:
    wall = FakeWallClock(datetime(2026, 11, 29, 23, 59, 59, tzinfo=KIRITIMATI))
    assert wall.now() == wall.now() and wall.today() == date(2026, 11, 29)
    wall.advance(1)
    assert wall.today() == date(2026, 11, 30) and wall.now().tzinfo is KIRITIMATI
    wall.set(datetime(2026, 1, 1, tzinfo=UTC))
    assert wall.now() == datetime(2026, 1, 1, tzinfo=UTC) and wall.now().tzinfo is KIRITIMATI


def test_the_fake_wall_clock_can_follow_the_monotonic_one() -> None:
    mono = FakeClock(start=50.0)
    wall = FakeWallClock(datetime(2026, 6, 1, 9, tzinfo=UTC), follow=mono)
    mono.advance(90)
    assert wall.now() == datetime(2026, 6, 1, 9, 1, 30, tzinfo=UTC)
    wall.advance(timedelta(hours=1))
    mono.advance(30)
    assert wall.now() == datetime(2026, 6, 1, 10, 2, tzinfo=UTC)


def test_the_fake_wall_clock_refuses_a_naive_moment() -> None:
    with pytest.raises(ValueError):
        FakeWallClock(datetime(2026, 6, 1, 9))  # noqa: DTZ001 (a naive start is what is refused)


def test_fake_wall_clock_counts_elapsed_time_across_a_daylight_saving_change() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    mono = FakeClock()
    wall = FakeWallClock(datetime(2026, 3, 29, 1, 30, tzinfo=berlin), follow=mono)
    mono.advance(3600)  # an hour later the clocks read 03:30: 02:00 to 03:00 does not exist that night
    assert wall.now().strftime("%H:%M %z") == "03:30 +0200"
    wall.advance(timedelta(hours=1))
    assert wall.now().strftime("%H:%M %z") == "04:30 +0200"
