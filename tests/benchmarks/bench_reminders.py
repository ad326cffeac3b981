"""What a reminder check costs: the scheduler's poll (scheduled reminders and sitting breaks, with daylight-saving
care, snooze and sleep) once a minute across a weekend and a daylight-saving change.

Floor, measured in the same run: computing the next 10:30 on a weekday with plain datetime arithmetic (no
daylight-saving care, no snooze, no sleep). Pure Python and quick, so the runner's own test uses it.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from datetime import time as clock_time
from zoneinfo import ZoneInfo

BERLIN = ZoneInfo("Europe/Berlin")
POLLS = 2000
RUNS = 5


def _per_call_us(work: Callable[[], object], calls: int) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        for _ in range(calls):
            work()
        times.append((time.perf_counter() - start) / calls * 1e6)
    return statistics.median(times)


def _naive_next(now: datetime) -> datetime:
    candidate = datetime.combine(now.date(), clock_time(10, 30), tzinfo=BERLIN)
    while candidate <= now or candidate.weekday() >= 5:
        candidate += timedelta(days=1)
    return candidate


def run() -> list[dict]:
    from hipdesk.domain.reminders import ReminderScheduler, ReminderSettings

    start = datetime(2026, 3, 27, 9, 0, tzinfo=BERLIN)  # a Friday, two days before the spring change
    settings = ReminderSettings(breaks_enabled=True)
    state = {"now": start, "mono": 0.0}
    scheduler = ReminderScheduler(settings, start, 0.0)

    def poll() -> None:
        state["now"] += timedelta(minutes=1)  # poll every minute across the weekend and the change
        state["mono"] += 60.0
        scheduler.poll(state["now"], state["mono"])

    def naive() -> None:
        state["now"] += timedelta(minutes=1)
        _naive_next(state["now"])

    value = _per_call_us(poll, POLLS)
    state["now"] = start
    floor = _per_call_us(naive, POLLS)
    return [
        {
            "name": f"reminder check, scheduled + sitting breaks (median of {RUNS} x {POLLS} polls)",
            "value": value,
            "unit": "µs",
            "floor": floor,
            "floor_name": "next 10:30 on a weekday by plain datetime arithmetic",
            "target": 1000.0,
        }
    ]
