"""Fill a HipDesk data folder with made-up history, for the History tab's benchmark and screenshots.

    python tools/fill_history.py DATA_DIR               # ten years: two sessions a day, ~58,000 steps
    python tools/fill_history.py DATA_DIR --two-weeks   # two weeks of real use
    python tools/fill_history.py DATA_DIR --years 3

Sessions are written as the player writes them: UTC times plus the local date (Europe/Berlin, so daylight-saving
changes are in the data), steps per side, a few partial sessions, pain ratings and weekly checks. Deterministic.
"""

from __future__ import annotations

import argparse
import random
import sys
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Engine, insert

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from hipdesk.domain.weekly import week_start
from hipdesk.storage.tables import CheckResultRow, PainRow, SessionRow, StepRow

ZONE = ZoneInfo("Europe/Berlin")


@dataclass(frozen=True)
class Item:
    exercise_id: str
    per_side: bool
    seconds: float
    reps: int | None = None


ROUTINES: dict[str, tuple[Item, ...]] = {
    "Desk five": (
        Item("leg-swings-front-back", True, 30, 12),
        Item("leg-swings-side-to-side", True, 30, 12),
        Item("seated-hip-rotations", True, 40, 10),
        Item("quadruped-hip-circles", True, 35, 8),
        Item("diaphragmatic-breathing", False, 45),
    ),
    "Lower-body static stretch": (
        Item("figure-four-stretch", True, 45),
        Item("half-kneeling-hip-flexor-stretch", True, 45),
        Item("lying-hamstring-stretch", True, 40),
        Item("butterfly-adductor-stretch", False, 45),
    ),
    "Glute wake-up": (
        Item("side-lying-clamshell", True, 45, 15),
        Item("glute-bridge", False, 36, 12),
        Item("single-leg-bridge", True, 36, 10),
        Item("standing-hip-flexion", True, 36, 12),
        Item("diaphragmatic-breathing", False, 45),
    ),
    "Roll, stretch, strengthen": (
        Item("roll-quads", False, 45),
        Item("roll-glutes", True, 45),
        Item("hip-90-90-stretch", True, 45),
        Item("glute-bridge", False, 36, 12),
        Item("lateral-band-walk", False, 40, 12),
        Item("plank", False, 30),
    ),
}
ROUTINE_WEIGHTS = {"Desk five": 5, "Lower-body static stretch": 2, "Glute wake-up": 2, "Roll, stretch, strengthen": 1}

# (measure id as the weekly check stores it, unit, sides, value at the start, at the end) for the weekly check.
# Choice units store the index of the choice, 0 being the best.
CHECKS = (
    ("check-figure-four", "cm", {"left": (22.0, 13.0), "right": (19.0, 11.5)}),  # knee height: lower is looser
    ("check-seated-rotation.internal", "deg", {"left": (26.0, 36.0), "right": (31.0, 38.0)}),  # higher is looser
    ("check-thomas-test", "deg", {"left": (14.0, 4.0), "right": (10.0, 2.0)}),  # thigh above level: lower is better
    ("check-deep-squat", "depth", {"none": (2.0, 0.0)}),  # above level -> level -> below level
)


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


class _Writer:
    def __init__(self) -> None:
        self.sessions: list[dict[str, Any]] = []
        self.steps: list[dict[str, Any]] = []
        self.pains: list[dict[str, Any]] = []
        self.checks: list[dict[str, Any]] = []

    def session(
        self,
        rng: random.Random,
        routine: str,
        start: datetime,
        *,
        stop_after: int | None = None,
        pain: tuple[int, int] | None = None,
        right_short: float = 0.0,
    ) -> None:
        session_id = len(self.sessions) + 1
        local_date = start.astimezone(ZONE).date().isoformat()
        at = start
        seq = 0
        planned = 0.0
        for item in ROUTINES[routine]:
            for side in ("left", "right") if item.per_side else ("none",):
                planned += item.seconds
                seq += 1
                if stop_after is not None and seq > stop_after:
                    continue
                actual = item.seconds * rng.uniform(0.93, 1.04)
                if side == "right":
                    actual *= 1.0 - right_short
                end = at + timedelta(seconds=actual)
                self.steps.append(
                    {
                        "session_id": session_id,
                        "seq": seq,
                        "exercise_id": item.exercise_id,
                        "side": side,
                        "set_no": 1,
                        "planned_s": item.seconds,
                        "actual_s": round(actual, 1),
                        "planned_reps": item.reps,
                        "actual_reps": item.reps,
                        "started_at": _iso(at),
                        "ended_at": _iso(end),
                        "local_date": at.astimezone(ZONE).date().isoformat(),
                        "skipped": False,
                    }
                )
                at = end + timedelta(seconds=rng.uniform(5, 12))  # switch / rest
        partial = stop_after is not None and stop_after < seq
        self.sessions.append(
            {
                "id": session_id,
                "routine_uid": routine.lower().replace(" ", "-").replace(",", ""),
                "routine_name": routine,
                "started_at": _iso(start),
                "local_date": local_date,
                "ended_at": _iso(at),
                "status": "partial" if partial else "complete",
                "planned_s": planned,
                "pain_before": pain[0] if pain else None,
                "pain_after": pain[1] if pain else None,
                "feeling": rng.choice(("easy", "right", "right", "hard")),
                "notes": "",
            }
        )
        if pain:
            for kind, rating, moment in (("before", pain[0], start), ("after", pain[1], at)):
                self.pains.append(
                    {
                        "session_id": session_id,
                        "kind": kind,
                        "rating": rating,
                        "location": "",
                        "exercise_id": None,
                        "at": _iso(moment),
                        "local_date": moment.astimezone(ZONE).date().isoformat(),
                    }
                )

    def check(self, rng: random.Random, monday: date, progress: float, recorded: datetime) -> None:
        for check_id, unit, sides in CHECKS:
            for side, (start, end) in sides.items():
                value = start + (end - start) * progress
                if unit in ("cm", "deg"):
                    value = round(value + rng.gauss(0, abs(end - start) * 0.05 + 0.4), 1)
                else:
                    value = float(min(2, max(0, round(value + rng.uniform(-0.4, 0.4)))))
                self.checks.append(
                    {
                        "week_start": monday.isoformat(),
                        "check_id": check_id,
                        "side": side,
                        "value": value,
                        "unit": unit,
                        "note": "",
                        "recorded_at": _iso(recorded),
                    }
                )

    def write(self, engine: Engine) -> dict[str, int]:
        with engine.begin() as conn:
            offset = conn.exec_driver_sql("SELECT coalesce(max(id), 0) FROM sessions").scalar_one()
            for row in self.sessions:
                row["id"] += offset
            for row in self.steps:
                row["session_id"] += offset
            for row in self.pains:
                row["session_id"] += offset
            for table, rows in (
                (SessionRow, self.sessions),
                (StepRow, self.steps),
                (PainRow, self.pains),
                (CheckResultRow, self.checks),
            ):
                if rows:
                    conn.execute(insert(table), rows)
        return {
            "sessions": len(self.sessions),
            "steps": len(self.steps),
            "pain_ratings": len(self.pains),
            "check_results": len(self.checks),
        }


def _local(day: date, hour: float) -> datetime:
    return datetime.combine(day, time(0), tzinfo=ZONE) + timedelta(hours=hour)


def _pick(rng: random.Random) -> str:
    names = list(ROUTINE_WEIGHTS)
    return rng.choices(names, weights=[ROUTINE_WEIGHTS[n] for n in names])[0]


def fill_years(engine: Engine, today: date, years: float = 10, seed: int = 7) -> dict[str, int]:
    """Two sessions a day for ``years`` years up to ``today``, about eight steps each; weekly checks."""
    rng = random.Random(seed)
    first = today - timedelta(days=round(365.25 * years) - 1)
    span = (today - first).days or 1
    w = _Writer()
    day = first
    while day <= today:
        progress = (day - first).days / span
        for hour in (rng.gauss(10.5, 0.6), rng.gauss(15.5, 0.8)):
            stop = rng.randint(2, 6) if rng.random() < 0.05 else None
            pain = None
            if rng.random() < 0.3:
                before = max(0, min(10, round(rng.gauss(4.5 - 3 * progress, 1.2))))
                pain = (before, max(0, before - rng.choice((0, 1, 1, 2))))
            w.session(rng, _pick(rng), _local(day, hour), stop_after=stop, pain=pain, right_short=0.06)
        if day.weekday() == 6:
            w.check(rng, day - timedelta(days=6), progress, _local(day, 18))
        day += timedelta(days=1)
    return w.write(engine)


def fill_two_weeks(engine: Engine, today: date, seed: int = 3) -> dict[str, int]:
    """Fourteen days of a new user finding a rhythm: most days once or twice, a missed day, a partial session,
    a few pain ratings and two weekly checks."""
    rng = random.Random(seed)
    first = today - timedelta(days=13)
    plan = [1, 2, 1, 0, 2, 1, 1, 2, 2, 0, 1, 2, 2, 1]
    w = _Writer()
    for i, sessions in enumerate(plan):
        day = first + timedelta(days=i)
        for n in range(sessions):
            hour = 9.75 + 6 * n + rng.random()
            routine = "Desk five" if (i + n) % 3 else "Lower-body static stretch"
            stop = 3 if (i, n) == (4, 1) else None
            pain = (4 - i // 5, 3 - i // 5) if n == 0 and i % 2 == 0 else None
            w.session(rng, routine, _local(day, hour), stop_after=stop, pain=pain, right_short=0.1)
    for week in range(2):
        monday = week_start(first) + timedelta(weeks=week)
        w.check(rng, monday, 0.05 * week, _local(monday + timedelta(days=2), 18))
    return w.write(engine)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--two-weeks", action="store_true", help="two weeks of real use instead of years")
    parser.add_argument("--years", type=float, default=10.0)
    args = parser.parse_args(argv)

    from hipdesk.clock import SystemWallClock
    from hipdesk.paths import Paths
    from hipdesk.storage.db import open_database

    paths = Paths.resolve(args.data_dir)
    paths.ensure()
    wall = SystemWallClock()  # history up to the real today, for trying HipDesk by hand
    database = open_database(paths.database, paths.backups, wall)
    try:
        if args.two_weeks:
            counts = fill_two_weeks(database.engine, wall.today())
        else:
            counts = fill_years(database.engine, wall.today(), args.years)
    finally:
        database.dispose()
    print(", ".join(f"{n} {name}" for name, n in counts.items()), "->", paths.database)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
