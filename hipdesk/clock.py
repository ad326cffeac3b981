"""HipDesk's two clocks, and the only module that reads the time.

- A monotonic ``Clock`` times what happens inside a session (countdowns, holds, reps): only differences mean anything.
- A ``WallClock`` answers "what moment is it, and in which zone": it stamps records, decides what "today" and
  "this week" are, and schedules reminders.

The composition root makes one of each and passes them down; tests pass the fake ones and move them by hand. Nothing
else in HipDesk may read the time (ruff's DTZ rules and a banned-API list in ``pyproject.toml`` hold that).
"""

from __future__ import annotations

import calendar
import time
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Protocol

# --- monotonic ----------------------------------------------------------------------------------------------------


class Clock(Protocol):
    def now(self) -> float:
        """Seconds on a monotonic scale; only differences mean anything."""
        ...


class MonotonicClock:
    def now(self) -> float:
        return time.monotonic()


class FakeClock:
    """A clock that stands still until a test advances it."""

    def __init__(self, start: float = 1000.0) -> None:
        self._now = start

    def now(self) -> float:
        return self._now

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("a monotonic clock never goes back")
        self._now += seconds


# --- wall ---------------------------------------------------------------------------------------------------------


class WallClock(Protocol):
    def now(self) -> datetime:
        """This moment, aware, in the local zone."""
        ...

    def zone(self) -> tzinfo:
        """The zone HipDesk shows times in and schedules reminders by."""
        ...

    def today(self) -> date:
        """Today's date in the local zone."""
        ...


class SystemLocalZone(tzinfo):
    """The zone the C library uses for local time.

    It follows ``TZ`` in every form (a zone name, a POSIX rule such as ``CET-1CEST,M3.5.0,M10.5.0/3``, or unset for
    ``/etc/localtime``), so every part of HipDesk agrees with the desktop, and unlike a fixed offset it knows the
    daylight-saving changes of the future, which reminders are scheduled across.
    """

    def utcoffset(self, dt: datetime | None) -> timedelta:
        if dt is None:
            return timedelta(seconds=time.localtime().tm_gmtoff)
        return timedelta(seconds=self._resolve(dt)[1])

    def dst(self, dt: datetime | None) -> timedelta:
        if dt is None:
            return timedelta(0)
        stamp, offset = self._resolve(dt)
        if time.localtime(stamp).tm_isdst <= 0:
            return timedelta(0)
        return timedelta(seconds=offset + time.timezone)  # time.timezone is the standard offset, west positive

    def tzname(self, dt: datetime | None) -> str:
        stamp = self._resolve(dt)[0] if dt is not None else None
        return time.localtime(stamp).tm_zone

    def fromutc(self, dt: datetime) -> datetime:
        stamp = _as_if_utc(dt)
        local = time.localtime(stamp)
        wall = datetime(*local[:6], microsecond=dt.microsecond, tzinfo=self)
        instants = self._instants(wall)
        return wall.replace(fold=1) if len(instants) == 2 and stamp == instants[1][0] else wall

    def _instants(self, dt: datetime) -> list[tuple[int, int]]:
        """Every (UTC second, offset) at which the clock on the wall reads ``dt``: none in the hour skipped in
        spring, two in the hour repeated in autumn."""
        as_if_utc = _as_if_utc(dt)
        offsets = {time.localtime(as_if_utc + shift).tm_gmtoff for shift in (-_DAY, 0, _DAY)}
        found = {(as_if_utc - o, o) for o in offsets if time.localtime(as_if_utc - o).tm_gmtoff == o}
        return sorted(found)

    def _resolve(self, dt: datetime) -> tuple[int, int]:
        instants = self._instants(dt)
        if instants:
            return instants[min(dt.fold, len(instants) - 1)]
        # A wall time skipped by the change to summer time reads with the offset from before the change, as
        # zoneinfo does.
        as_if_utc = _as_if_utc(dt)
        before = time.localtime(as_if_utc - _DAY).tm_gmtoff
        return as_if_utc - before, before

    def __repr__(self) -> str:
        return "SystemLocalZone()"


_DAY = 86_400


def _as_if_utc(dt: datetime) -> int:
    """The wall time's fields read as UTC seconds (never dt.timetuple(): on an aware time it asks the zone)."""
    return calendar.timegm((dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, 0, 0, 0))


class SystemWallClock:
    """The real wall clock, in the desktop's zone."""

    def __init__(self, zone: tzinfo | None = None) -> None:
        self._zone = zone if zone is not None else SystemLocalZone()

    def now(self) -> datetime:
        return datetime.now(self._zone)

    def zone(self) -> tzinfo:
        return self._zone

    def today(self) -> date:
        return self.now().date()


class FakeWallClock:
    """A wall clock for tests: it stands at ``start`` until a test sets or advances it.

    Give it the test's ``FakeClock`` as ``follow`` and it moves with that clock too, as the real two do together.
    """

    def __init__(self, start: datetime, zone: tzinfo | None = None, follow: FakeClock | None = None) -> None:
        if start.tzinfo is None:
            raise ValueError("a wall clock needs an aware start (give it a zone)")
        self._zone = zone if zone is not None else start.tzinfo
        self._start = start
        self._follow = follow
        self._follow_from = follow.now() if follow is not None else 0.0

    def now(self) -> datetime:
        moment = self._start.astimezone(UTC)  # elapsed time is added to the instant, not to the wall time
        if self._follow is not None:
            moment += timedelta(seconds=self._follow.now() - self._follow_from)
        return moment.astimezone(self._zone)

    def zone(self) -> tzinfo:
        return self._zone

    def today(self) -> date:
        return self.now().date()

    def set(self, moment: datetime) -> None:
        """Jump to ``moment`` (forward or back: a user may change the system clock)."""
        if moment.tzinfo is None:
            raise ValueError("set the wall clock to an aware moment")
        self._start = moment
        self._follow_from = self._follow.now() if self._follow is not None else 0.0

    def advance(self, step: timedelta | float) -> None:
        step = step if isinstance(step, timedelta) else timedelta(seconds=step)
        self.set((self.now().astimezone(UTC) + step).astimezone(self._zone))
