"""Your data, out and in: exporting ten years of history to a data file, importing it into an empty store, importing
it again (everything already there), and writing the physiotherapist's report PDF for twelve weeks of it.

Floors, measured in the same run: for the export, the same rows read with bare sqlite3 and written as compact JSON
into a zip; for the import, that zip read back with json.loads and the rows inserted with bare sqlite3 executemany
into an empty copy of the schema. The report has no floor: its target is an absolute limit a person would notice.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import statistics
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

from tests.benchmarks.common import history_store

RUNS = 3


def _median_ms(work: Callable[[], object], runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


_TABLES = {
    "sessions": "uid, routine_uid, routine_name, started_at, local_date, ended_at, status, planned_s, pain_before, "
    "pain_after, feeling, notes",
    "steps": "session_id, seq, exercise_id, side, set_no, planned_s, actual_s, planned_reps, actual_reps, started_at, "
    "ended_at, local_date, skipped",
    "pain_ratings": "uid, session_id, kind, rating, location, exercise_id, at, local_date",
    "check_results": "uid, week_start, check_id, side, value, unit, note, recorded_at",
}


def _bare_export(database: Path, target: Path) -> None:
    conn = sqlite3.connect(database)
    try:
        document = {
            table: conn.execute(f"SELECT {columns} FROM {table}").fetchall() for table, columns in _TABLES.items()
        }
    finally:
        conn.close()
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("data.json", json.dumps(document, separators=(",", ":")))


def _bare_import(source: Path, empty: Path) -> None:
    with zipfile.ZipFile(source) as archive:
        document = json.loads(archive.read("data.json"))
    conn = sqlite3.connect(empty)
    try:
        with conn:
            for table, columns in _TABLES.items():
                marks = ", ".join("?" for _ in columns.split(","))
                conn.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", document[table])
    finally:
        conn.close()


def run() -> list[dict]:
    from datetime import timedelta

    from hipdesk.clock import SystemWallClock
    from hipdesk.paths import Paths
    from hipdesk.storage.data_repository import DataRepository
    from hipdesk.storage.db import open_database
    from hipdesk.usecases.data_transfer import export_data, import_data

    wall = SystemWallClock()
    home = Paths.resolve(history_store(10.0))
    work = Path(tempfile.mkdtemp(prefix="hipdesk-bench-data-"))
    try:
        source = open_database(home.database, home.backups, wall)
        store = DataRepository(source.engine)
        data_file = work / "ten-years.hipdesk-data.zip"
        export_ms = _median_ms(lambda: export_data(store, data_file, wall))
        bare_export_ms = _median_ms(lambda: _bare_export(home.database, work / "bare.zip"))

        empties: list[Path] = []

        def empty_store() -> Path:
            folder = work / f"empty-{len(empties)}"
            db = open_database(folder / "hipdesk.sqlite3", folder / "backups", wall)
            db.dispose()
            empties.append(folder / "hipdesk.sqlite3")
            return folder / "hipdesk.sqlite3"

        def import_fresh() -> None:
            path = empty_store()
            db = open_database(path, path.parent / "backups", wall)
            try:
                import_data(DataRepository(db.engine), data_file)
            finally:
                db.dispose()

        def bare_import_fresh() -> None:
            _bare_import(work / "bare.zip", empty_store())

        import_ms = _median_ms(import_fresh)
        bare_import_ms = _median_ms(bare_import_fresh)
        again_ms = _median_ms(lambda: import_data(store, data_file))

        from PySide6.QtWidgets import QApplication

        from hipdesk.content.builtin_routines import load_builtin_routines
        from hipdesk.content.exercises import default_exercises_dir, load_library
        from hipdesk.content.routine_file import StoredRoutineCodec
        from hipdesk.domain.weekly import DEFAULT_WEEKLY_GOAL_MIN
        from hipdesk.storage.check_repository import CheckRepository
        from hipdesk.storage.history_repository import HistoryRepository
        from hipdesk.storage.routine_repository import RoutineRepository
        from hipdesk.ui.report.report_pdf import write_report_pdf
        from hipdesk.usecases.report import build_report

        _app = QApplication.instance() or QApplication([])
        library = load_library(default_exercises_dir())
        today = wall.today()

        def report() -> None:
            built = build_report(
                history=HistoryRepository(source.engine),
                checks=CheckRepository(source.engine, wall),
                routines=RoutineRepository(source.engine, StoredRoutineCodec(), wall),
                data=store,
                builtin_routines=load_builtin_routines(library),
                library=library,
                goal_min=DEFAULT_WEEKLY_GOAL_MIN,
                first=today - timedelta(weeks=12),
                last=today,
            )
            write_report_pdf(built, work / "report.pdf")

        report_ms = _median_ms(report)
        size_mb = data_file.stat().st_size / 1_000_000
        source.dispose()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return [
        {
            "name": "data: export ten years",
            "value": round(export_ms, 1),
            "unit": "ms",
            "floor": round(bare_export_ms, 1),
            "floor_name": "sqlite3 rows as JSON in a zip",
            "ratio_target": 6.0,
        },
        {
            "name": "data: import ten years into an empty store",
            "value": round(import_ms, 1),
            "unit": "ms",
            "floor": round(bare_import_ms, 1),
            "floor_name": "json.loads + sqlite3 executemany",
            "ratio_target": 8.0,
        },
        {
            "name": "data: import the same file again (nothing new)",
            "value": round(again_ms, 1),
            "unit": "ms",
            "floor": round(bare_import_ms, 1),
            "floor_name": "json.loads + sqlite3 executemany",
            "ratio_target": 8.0,
        },
        {"name": "data: the ten-year file's size", "value": round(size_mb, 2), "unit": "MB", "target": 5.0},
        {"name": "report: PDF for twelve weeks", "value": round(report_ms, 1), "unit": "ms", "target": 3000.0},
    ]
