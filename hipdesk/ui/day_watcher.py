"""Notices a new calendar day in a HipDesk that stays open for days (the weekly check reminder, History's "today",
the next-day pain check all follow it)."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from hipdesk.clock import WallClock

PROBE_MS = 60_000  # at least once a minute: timers stand still while the computer sleeps, and clocks get changed


class DayWatcher(QObject):
    """Reads the wall clock just after each local midnight and at least once a minute, and says when the date moved.

    Signals:
    day_changed(object): today's date (a datetime.date) differs from the one seen last: a new day, or the clock or
        the zone was changed.
    """

    day_changed = Signal(object)

    def __init__(self, wall: WallClock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._wall = wall
        self.today = wall.today()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse one may run 5 % early, before midnight
        self._timer.timeout.connect(self.check)
        self._schedule()

    def check(self) -> bool:
        """Read the clock now; returns whether the day changed (and the signal went out)."""
        today = self._wall.today()
        changed = today != self.today
        if changed:
            self.today = today
            self.day_changed.emit(today)
        self._schedule()
        return changed

    def ms_to_midnight(self) -> int:
        now = self._wall.now()
        midnight = datetime.combine(now.date() + timedelta(days=1), time(0), tzinfo=now.tzinfo)
        return max(0, int((midnight - now).total_seconds() * 1000))

    def _schedule(self) -> None:
        self._timer.start(min(PROBE_MS, self.ms_to_midnight() + 500))
