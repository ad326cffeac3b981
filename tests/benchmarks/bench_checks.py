"""The weekly check and progression: saving and reading a year of checks, the summary, opening the dialog,
and a progression suggestion. Floors are the same rows through bare sqlite3 and a bare dialog of labels."""

from __future__ import annotations

import os
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

RUNS = 7
WEEKS = 52


def _median_ms(work: Callable[[], object], runs: int = RUNS) -> float:
    work()  # warm
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def _week_values(week: int) -> list:  # type: ignore[type-arg]
    from hipdesk.domain.assessment import CHECKS, CheckValue, Unit
    from hipdesk.domain.exercise import Side

    values = []
    for check in CHECKS:
        for m in check.measures:
            for side in (Side.LEFT, Side.RIGHT) if m.per_side else (Side.NONE,):
                value = 30.0 + (week % 7) + (3 if side is Side.RIGHT else 0) if m.unit.is_number else 0.0
                values.append(CheckValue(m.id, side, value, m.unit if m.unit is not Unit.CM else Unit.CM))
    return values


def run() -> list[dict]:  # type: ignore[type-arg]
    from PySide6.QtWidgets import QApplication, QDialog, QLabel, QVBoxLayout

    from hipdesk.app import build_services
    from hipdesk.clock import FakeClock, FakeWallClock
    from hipdesk.content.exercises import default_exercises_dir, load_library
    from hipdesk.domain.assessment import summarize
    from hipdesk.domain.progression import Feeling, SessionOutcome, suggest_next
    from hipdesk.domain.routine import Routine, RoutineItem
    from hipdesk.paths import Paths
    from hipdesk.storage.db import open_database
    from hipdesk.ui.checks.weekly_check_view import WeeklyCheckDialog

    app = QApplication.instance() or QApplication([])
    library = load_library(default_exercises_dir())
    results = []
    with tempfile.TemporaryDirectory() as folder:
        paths = Paths.resolve(Path(folder))
        paths.ensure()
        first = date(2025, 11, 17)
        weeks = [first + timedelta(weeks=i) for i in range(WEEKS)]
        # The wall clock stands on the Wednesday of the last week checked, so the dialog opens on that week.
        wall = FakeWallClock(datetime.combine(weeks[-1] + timedelta(days=2), clock_time(12), tzinfo=UTC))
        database = open_database(paths.database, paths.backups, wall)
        services = build_services(paths, database, library, clock=FakeClock(), wall=wall)
        values = {w: _week_values(i) for i, w in enumerate(weeks)}

        save_ms = _median_ms(lambda: [services.checks.save_week(w, values[w]) for w in weeks], runs=3) / WEEKS
        bare = sqlite3.connect(Path(folder) / "bare.sqlite3")
        bare.execute("PRAGMA journal_mode=WAL")  # the same settings as HipDesk's own engine
        bare.execute("PRAGMA synchronous=NORMAL")
        bare.execute("CREATE TABLE r (week TEXT, check_id TEXT, side TEXT, value REAL, unit TEXT, note TEXT, at TEXT)")

        def bare_save() -> None:
            for w in weeks:
                with bare:
                    bare.execute("DELETE FROM r WHERE week = ?", (w.isoformat(),))
                    bare.executemany(
                        "INSERT INTO r VALUES (?, ?, ?, ?, ?, '', '')",
                        [(w.isoformat(), v.measure_id, v.side.value, v.value, v.unit.value) for v in values[w]],
                    )

        bare_save_ms = _median_ms(bare_save, runs=3) / WEEKS
        results.append(
            {"name": f"checks: save a week ({len(values[first])} values)", "value": save_ms, "unit": "ms",
             "floor": bare_save_ms, "target": 20.0}
        )  # fmt: skip
        read_ms = _median_ms(services.checks.all_weeks)
        bare_read_ms = _median_ms(lambda: bare.execute("SELECT * FROM r ORDER BY week").fetchall())
        results.append(
            {"name": f"checks: read {WEEKS} weeks", "value": read_ms, "unit": "ms", "floor": bare_read_ms,
             "target": 100.0}
        )  # fmt: skip
        history = services.checks.all_weeks()
        results.append(
            {
                "name": f"checks: summarize a week against {WEEKS} weeks",
                "value": _median_ms(lambda: summarize(history[-1], history, library)),
                "unit": "ms",
                "target": 50.0,
            }
        )

        def open_dialog() -> None:
            dialog = WeeklyCheckDialog(services)
            dialog.show()
            app.processEvents()
            dialog.grab()
            dialog.close()
            dialog.deleteLater()
            app.processEvents()

        def open_bare() -> None:
            dialog = QDialog()
            layout = QVBoxLayout(dialog)
            for _ in range(40):
                layout.addWidget(QLabel("How to measure: hold the phone on the shin."))
            dialog.resize(940, 640)
            dialog.show()
            app.processEvents()
            dialog.grab()
            dialog.close()
            dialog.deleteLater()
            app.processEvents()

        results.append(
            {"name": "checks: open the weekly check and paint it", "value": _median_ms(open_dialog), "unit": "ms",
             "floor": _median_ms(open_bare), "target": 400.0}
        )  # fmt: skip
        ids = [e.id for e in library.exercises() if e.phase.value not in ("check", "roll", "breathe")][:20]
        routine = Routine("r", "Twenty", "", tuple(RoutineItem(i) for i in ids))
        outcomes = [SessionOutcome(Feeling.EASY, 0, 1), SessionOutcome(Feeling.EASY, 1, 1)]
        results.append(
            {
                "name": "progression: suggestion for a 20-exercise routine",
                "value": _median_ms(lambda: suggest_next(routine, outcomes, library)),
                "unit": "ms",
                "target": 5.0,
            }
        )
        bare.close()
        database.dispose()
    return results
