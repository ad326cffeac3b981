"""The desk companion: what a reminder check costs, and how fast a second start hands over to the first.

Floors, measured in the same run: computing the next 10:30 on a weekday with plain datetime arithmetic (no
daylight-saving care, no snooze, no sleep), and a bare Python that imports QtCore and exits.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from datetime import time as clock_time
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BERLIN = ZoneInfo("Europe/Berlin")
POLLS = 2000
RUNS = 5


def _per_call_us(work: object, calls: int) -> float:
    assert callable(work)
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


def _poll_bench() -> tuple[float, float]:
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
    return value, floor


def _handover_ms() -> tuple[float, float]:
    repo = Path(__file__).resolve().parents[2]
    with tempfile.TemporaryDirectory() as data:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HIPDESK_DATA_DIR=data)
        first = subprocess.Popen(
            [sys.executable, "-m", "hipdesk"], cwd=repo, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        try:
            time.sleep(3.0)  # the first has painted and listens
            second, bare = [], []
            for _ in range(RUNS):
                started = time.perf_counter()
                subprocess.run([sys.executable, "-m", "hipdesk"], cwd=repo, env=env, capture_output=True, check=True)
                second.append((time.perf_counter() - started) * 1000)
                started = time.perf_counter()
                subprocess.run([sys.executable, "-c", "import PySide6.QtCore"], env=env, check=True)
                bare.append((time.perf_counter() - started) * 1000)
        finally:
            first.terminate()
            first.wait(timeout=10)
    return statistics.median(second), statistics.median(bare)


def run() -> list[dict]:
    poll_us, naive_us = _poll_bench()
    handover, bare = _handover_ms()
    return [
        {
            "name": "reminder check (scheduled + sitting breaks)",
            "value": poll_us,
            "unit": "µs",
            "floor": naive_us,
            "target": 1000.0,
        },
        {"name": "second start hands over and exits", "value": handover, "unit": "ms", "floor": bare, "target": 1000.0},
    ]
