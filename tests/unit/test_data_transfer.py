"""Export everything to a data file and merge it back: round trips, two computers, and files HipDesk refuses."""

from __future__ import annotations

import json
import os
import stat
import zipfile
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from hipdesk.clock import FakeWallClock
from hipdesk.content import data_file
from hipdesk.content.data_file import DataFileError, NewerDataFileError, read_data_file
from hipdesk.content.routine_file import StoredRoutineCodec
from hipdesk.domain.exercise import Dose
from hipdesk.domain.routine import Routine, RoutineItem
from hipdesk.storage.check_repository import CheckRepository
from hipdesk.storage.data_repository import DataRepository
from hipdesk.storage.db import Database, open_database
from hipdesk.storage.history_repository import HistoryRepository
from hipdesk.storage.routine_repository import RoutineRepository
from hipdesk.storage.settings_repository import SettingsRepository
from hipdesk.usecases.data_transfer import LOCAL_ONLY_PREFERENCES, export_data, import_data
from tools.fill_history import fill_two_weeks, fill_years

TODAY = date(2026, 3, 1)
NOON = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
def stores(tmp_path: Path) -> Iterator[dict[str, Database]]:
    opened: dict[str, Database] = {}

    class Stores(dict[str, Database]):
        def __missing__(self, name: str) -> Database:
            db = open_database(tmp_path / name / "hipdesk.sqlite3", tmp_path / name / "backups", wall())
            self[name] = opened[name] = db
            return db

    yield Stores()
    for db in opened.values():
        db.dispose()


def wall(at: datetime = NOON) -> FakeWallClock:
    return FakeWallClock(at)


def snapshot(db: Database) -> data_file.DataSet:
    """Every record of the store, in an order that does not depend on the order they were merged in."""
    data = DataRepository(db.engine).snapshot(leave_out_preferences=LOCAL_ONLY_PREFERENCES)
    return data_file.DataSet(
        sessions=tuple(sorted(data.sessions, key=lambda s: s.id)),
        pain_ratings=tuple(sorted(data.pain_ratings, key=lambda p: p.id)),
        checks=tuple(sorted(data.checks, key=lambda c: c.id)),
        routines=tuple(sorted(data.routines, key=lambda r: r.id)),
        favourites=data.favourites,
        preferences=data.preferences,
    )


def export(db: Database, path: Path, at: datetime = NOON) -> Path:
    export_data(DataRepository(db.engine), path, wall(at))
    return path


def routine(name: str) -> Routine:
    return Routine(
        id="",
        name=name,
        description="From the physio, <b>twice</b> a day.",
        items=(RoutineItem("figure-four-stretch", dose=Dose(sets=2, hold_s=45)), RoutineItem("glute-bridge")),
    )


def session_rows(db: Database) -> list[tuple[object, ...]]:
    """Every session with its steps, as the History tab reads them (without the row numbers, which are local)."""
    history = HistoryRepository(db.engine)
    return [(replace(s, id=0), s.steps) for s in history.sessions_between(date(2000, 1, 1), date(2100, 1, 1))]  # type: ignore[misc]


# ---- round trips -------------------------------------------------------------------------------------------------


@pytest.mark.slow
def test_ten_years_round_trip_into_an_empty_store_gives_identical_queries(
    stores: dict[str, Database], tmp_path: Path
) -> None:
    home = stores["home"]
    fill_years(home.engine, TODAY, years=10)
    RoutineRepository(home.engine, StoredRoutineCodec(), wall()).save(routine("Physio plan"))
    settings = SettingsRepository(home.engine, wall())
    settings.put("weekly_goal_min", 90)
    settings.set_favourite("plank", True)
    path = export(home, tmp_path / "home.hipdesk-data.zip")

    fresh = stores["fresh"]
    summary = import_data(DataRepository(fresh.engine), path)
    assert summary.counts.sessions == 7304 and summary.counts.steps > 58_000

    a, b = HistoryRepository(home.engine), HistoryRepository(fresh.engine)
    assert a.rows() == b.rows()
    assert a.first_day() == b.first_day()
    assert session_rows(home) == session_rows(fresh)
    assert CheckRepository(home.engine, wall()).all_weeks() == CheckRepository(fresh.engine, wall()).all_weeks()
    codec = StoredRoutineCodec()
    assert RoutineRepository(home.engine, codec, wall()).all() == RoutineRepository(fresh.engine, codec, wall()).all()
    assert SettingsRepository(fresh.engine).get("weekly_goal_min") == 90
    assert SettingsRepository(fresh.engine).favourites() == {"plank"}
    assert DataRepository(home.engine).snapshot() == DataRepository(fresh.engine).snapshot()  # all, in order
    from hipdesk.usecases.history_export import export_history_csv

    export_history_csv(a, tmp_path / "a.csv")
    export_history_csv(b, tmp_path / "b.csv")
    assert (tmp_path / "a.csv").read_text() == (tmp_path / "b.csv").read_text()


def test_importing_the_same_file_twice_changes_nothing(stores: dict[str, Database], tmp_path: Path) -> None:
    fill_two_weeks(stores["home"].engine, today=TODAY)
    path = export(stores["home"], tmp_path / "home.zip")
    first = import_data(DataRepository(stores["work"].engine), path)
    assert first.counts.changed and "added" in first.message()
    before = snapshot(stores["work"])
    again = import_data(DataRepository(stores["work"].engine), path)
    assert not again.counts.changed
    assert again.counts.skipped["sessions"] == first.counts.sessions
    assert "already here" in again.message()
    assert snapshot(stores["work"]) == before


def test_a_session_in_progress_and_this_computers_own_preferences_stay_out(
    stores: dict[str, Database], tmp_path: Path
) -> None:
    home = stores["home"].engine
    fill_two_weeks(home, today=TODAY)
    with home.begin() as conn:
        conn.execute(text("UPDATE sessions SET status = 'in_progress' WHERE id = (SELECT max(id) FROM sessions)"))
    SettingsRepository(home, wall()).put("pain/next_day_skipped", 3)
    data = read_data_file(export(stores["home"], tmp_path / "home.zip")).data
    with home.connect() as conn:
        finished = conn.execute(text("SELECT count(*) FROM sessions WHERE status != 'in_progress'")).scalar_one()
    assert len(data.sessions) == finished
    assert all(p.key != "pain/next_day_skipped" for p in data.preferences)


# ---- two computers -------------------------------------------------------------------------------------------------


def two_computers(stores: dict[str, Database], tmp_path: Path) -> tuple[Database, Database]:
    """Home and work share two weeks of history (work imported home's file once), then each goes on alone:
    new sessions on both, a next-day rating for a shared session, a check redone, a routine edited on one and
    deleted on the other, favourites and preferences changed on both."""
    home, work = stores["home"], stores["work"]
    fill_two_weeks(home.engine, today=TODAY)
    shared = RoutineRepository(home.engine, StoredRoutineCodec(), wall(datetime(2026, 2, 20, 8, 0, tzinfo=UTC)))
    plan = shared.save(routine("Physio plan"))
    SettingsRepository(home.engine, wall(NOON - timedelta(days=9))).put("weekly_goal_min", 80)
    import_data(DataRepository(work.engine), export(home, tmp_path / "base.zip"))

    fill_two_weeks(home.engine, today=TODAY + timedelta(days=14), seed=11)
    fill_two_weeks(work.engine, today=TODAY + timedelta(days=28), seed=12)
    with work.engine.begin() as conn:
        first_shared = conn.execute(text("SELECT id, local_date FROM sessions ORDER BY started_at LIMIT 1")).one()
        conn.execute(
            text(
                "INSERT INTO pain_ratings (uid, session_id, kind, rating, location, at, local_date) "
                "VALUES ('00000000000000000000000000000abc', :sid, 'next_day', 2, '', '2026-02-17T08:00:00+00:00', "
                ":day)"
            ),
            {"sid": first_shared.id, "day": first_shared.local_date},
        )
    # The same week's check done again at home, later: its values replace the shared ones everywhere.
    with home.engine.begin() as conn:
        week = conn.execute(text("SELECT min(week_start) FROM check_results")).scalar_one()
    CheckRepository(home.engine, wall()).save_week(
        date.fromisoformat(week), [data_value for data_value in _week_values()]
    )
    RoutineRepository(home.engine, StoredRoutineCodec(), wall(datetime(2026, 2, 25, 8, 0, tzinfo=UTC))).save(
        replace(plan, items=(*plan.items, RoutineItem("plank")))
    )
    RoutineRepository(work.engine, StoredRoutineCodec(), wall()).delete(plan.id)
    SettingsRepository(home.engine, wall(NOON - timedelta(days=1))).put("weekly_goal_min", 100)
    SettingsRepository(work.engine, wall(NOON - timedelta(days=3))).put("weekly_goal_min", 60)
    SettingsRepository(home.engine).set_favourite("plank", True)
    SettingsRepository(work.engine).set_favourite("glute-bridge", True)
    return home, work


def _week_values() -> list[object]:
    from hipdesk.domain.assessment import CheckValue, Unit
    from hipdesk.domain.exercise import Side

    return [CheckValue("check-figure-four", Side.LEFT, 11.0, Unit.CM)]


def test_two_computers_imported_into_each_other_end_with_the_same_store(
    stores: dict[str, Database], tmp_path: Path
) -> None:
    home, work = two_computers(stores, tmp_path)
    home_file, work_file = export(home, tmp_path / "home.zip"), export(work, tmp_path / "work.zip")
    home_sessions, work_sessions = len(snapshot(home).sessions), len(snapshot(work).sessions)
    shared = len(read_data_file(tmp_path / "base.zip").data.sessions)

    import_data(DataRepository(home.engine), work_file)
    import_data(DataRepository(work.engine), home_file)

    merged = snapshot(home)
    assert merged == snapshot(work)
    ids = [s.id for s in merged.sessions]
    assert len(ids) == len(set(ids)) == home_sessions + work_sessions - shared
    with home.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM pain_ratings WHERE kind = 'next_day'")).scalar_one() == 1
    assert session_rows(home) == session_rows(work)
    # Edited at home after the copy, deleted at work: the newer edit is the routine now, on both.
    codec = StoredRoutineCodec()
    for db in (home, work):
        (current,) = RoutineRepository(db.engine, codec, wall()).all()
        assert current.exercise_ids()[-1] == "plank"
        assert SettingsRepository(db.engine).get("weekly_goal_min") == 100  # changed last at home
        assert SettingsRepository(db.engine).favourites() == {"plank", "glute-bridge"}
        checks = CheckRepository(db.engine, wall()).all_weeks()[0]
        # the left value redone later at home wins; the right one, not redone, is kept from the shared week
        assert [(v.side.value, v.value) for v in checks.values if v.measure_id == "check-figure-four"] == [
            ("left", 11.0),
            ("right", 19.5),
        ]


def test_merging_two_files_in_either_order_gives_the_same_store(stores: dict[str, Database], tmp_path: Path) -> None:
    home, work = two_computers(stores, tmp_path)
    home_file, work_file = export(home, tmp_path / "home.zip"), export(work, tmp_path / "work.zip")
    for first, second, name in ((home_file, work_file, "one"), (work_file, home_file, "two")):
        import_data(DataRepository(stores[name].engine), first)
        import_data(DataRepository(stores[name].engine), second)
    assert snapshot(stores["one"]) == snapshot(stores["two"])
    # and merging again (each computer's file once more) changes nothing
    assert not import_data(DataRepository(stores["one"].engine), work_file).counts.changed


# ---- files HipDesk refuses -------------------------------------------------------------------------------------------


def write_document(path: Path, document: object, *, member: str = data_file.MEMBER, extra: str = "") -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(member, document if isinstance(document, str) else json.dumps(document))
        if extra:
            archive.writestr(extra, "x")
    return path


@pytest.fixture
def document(stores: dict[str, Database], tmp_path: Path) -> dict[str, object]:
    home = stores["home"]
    fill_two_weeks(home.engine, today=TODAY)
    RoutineRepository(home.engine, StoredRoutineCodec(), wall()).save(routine("Physio plan"))
    with zipfile.ZipFile(export(home, tmp_path / "home.zip")) as archive:
        loaded: dict[str, object] = json.loads(archive.read(data_file.MEMBER))
    return loaded


def refused(stores: dict[str, Database], path: Path, match: str) -> DataFileError:
    target = stores["target"]
    before = snapshot(target)
    with pytest.raises(DataFileError, match=match) as info:
        import_data(DataRepository(target.engine), path)
    assert str(path) in str(info.value)
    assert snapshot(target) == before  # nothing was written
    return info.value


def test_a_newer_format_is_refused_clearly(stores: dict[str, Database], tmp_path: Path, document: dict) -> None:  # type: ignore[type-arg]
    document[data_file.FORMAT_KEY] = 2
    document["sessions"] = "something only format 2 understands"
    error = refused(stores, write_document(tmp_path / "new.zip", document), "newer HipDesk")
    assert isinstance(error, NewerDataFileError) and "Update HipDesk" in str(error)


def test_markup_in_notes_is_kept_as_text(stores: dict[str, Database], tmp_path: Path, document: dict) -> None:  # type: ignore[type-arg]
    sessions = document["sessions"]
    sessions[0]["notes"] = '<img src="file:///etc/passwd"><b>tight</b> left hip\nsee https://example.org'
    import_data(DataRepository(stores["target"].engine), write_document(tmp_path / "notes.zip", document))
    with stores["target"].engine.connect() as conn:
        notes = conn.execute(text("SELECT notes FROM sessions WHERE uid = :u"), {"u": sessions[0]["id"]}).scalar_one()
    assert notes == sessions[0]["notes"]


@pytest.mark.parametrize(
    ("change", "match"),
    [
        (
            lambda d: d["sessions"][0].update(notes="bad\x00byte"),
            r"sessions\[0\]\.notes: contains the character U\+0000",
        ),
        (
            lambda d: d["sessions"][0].update(routine_name="Evil\u202eplan"),
            r"routine_name: contains the character U\+202E",
        ),
        (lambda d: d["sessions"][0].update(notes="\ud800"), r"U\+D800"),
        (lambda d: d["sessions"][0]["steps"][0].update(exercise="../../etc/passwd"), r"steps\[0\]\.exercise"),
        (lambda d: d["sessions"][0]["steps"][0].update(actual_s=1e9), r"actual_s: must be between"),
        (lambda d: d["sessions"][0].update(id="1; DROP TABLE sessions"), r"sessions\[0\]\.id"),
        (lambda d: d["sessions"][0].update(started_at="yesterday"), r"started_at: must be a time"),
        (lambda d: d["sessions"][0].update(status="in_progress"), r"status: must be one of"),
        (lambda d: d["sessions"][0].update(path="/etc/passwd"), r"sessions\[0\]\.path: unknown key"),
        (lambda d: d["routines"][0]["body"].update({"$ref": "https://example.org/x.json"}), r"\$ref: points outside"),
        (lambda d: d["routines"][0]["body"].update(description="file:///etc/passwd"), r"description: points outside"),
        (lambda d: d["pain_ratings"][0].update(session="f" * 32), r"session ffff"),
        (lambda d: d["pain_ratings"].append(dict(d["pain_ratings"][0])), r"pain_ratings\[\d+\]: repeats"),
        (lambda d: d["preferences"].append({"key": "big", "value": "x" * 30_000, "updated_at": None}), r"at most"),
    ],
)
def test_hostile_records_are_refused_with_their_place(
    stores: dict[str, Database],
    tmp_path: Path,
    document: dict,  # type: ignore[type-arg]
    change: object,
    match: str,
) -> None:
    change(document)  # type: ignore[operator]
    refused(stores, write_document(tmp_path / "hostile.zip", document), match)


@pytest.mark.parametrize(
    ("text_body", "match"),
    [
        ('{"hipdesk_data": 1, "hipdesk_data": 1}', "appears twice"),
        ('{"hipdesk_data": NaN}', "not valid JSON"),
        ("[" * 100_000 + "]" * 100_000, "nested too deeply|not valid JSON"),
        ("not json", "not valid JSON"),
        ('{"sessions": []}', "not a HipDesk data file"),
    ],
)
def test_malformed_documents_are_refused(
    stores: dict[str, Database], tmp_path: Path, text_body: str, match: str
) -> None:
    refused(stores, write_document(tmp_path / "bad.zip", text_body), match)


def test_zip_tricks_are_refused(stores: dict[str, Database], tmp_path: Path, document: dict) -> None:  # type: ignore[type-arg]
    refused(stores, write_document(tmp_path / "extra.zip", document, extra="../../outside.txt"), "holds other files")
    refused(stores, write_document(tmp_path / "other.zip", document, member="data/other.json"), "not a HipDesk data")
    (tmp_path / "plain.zip").write_text("hello")
    refused(stores, tmp_path / "plain.zip", "not a zip file")
    refused(stores, tmp_path, "not a regular file")
    refused(stores, tmp_path / "missing.zip", "cannot be read")


def test_size_limits_are_checked_before_reading(
    stores: dict[str, Database],
    tmp_path: Path,
    document: dict,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[type-arg]
) -> None:
    huge = tmp_path / "huge.zip"
    with huge.open("wb") as fh:
        fh.truncate(data_file.MAX_FILE_BYTES + 1)  # sparse: nothing is written to disk
    refused(stores, huge, "at most")
    # A small zip that unpacks to more than the limit (its header may say less): only the limit is read.
    monkeypatch.setattr(data_file, "MAX_JSON_BYTES", 10_000)
    bomb = write_document(tmp_path / "bomb.zip", json.dumps(document) + " " * 5_000_000)
    assert bomb.stat().st_size < 100_000
    refused(stores, bomb, "unpacks to")


def test_an_export_that_cannot_be_written_says_where(stores: dict[str, Database], tmp_path: Path) -> None:
    from hipdesk.usecases.files import FileWriteError

    target = tmp_path / "no-such-folder" / "data.zip"
    with pytest.raises(FileWriteError, match="no-such-folder"):
        export(stores["home"], target)


def test_an_export_is_a_file_like_any_other_the_person_makes(stores: dict[str, Database], tmp_path: Path) -> None:
    previous = os.umask(0o022)
    try:
        (tmp_path / "out").mkdir()
        path = export(stores["home"], tmp_path / "out" / "data.zip")
    finally:
        os.umask(previous)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644  # the records are read back by a person's own tools
    assert [p.name for p in path.parent.iterdir()] == ["data.zip"]  # no temporary file left


def test_existing_rows_get_stable_ids_when_the_database_upgrades(tmp_path: Path) -> None:
    from alembic import command

    from hipdesk.storage.db import _alembic_config, make_engine

    path = tmp_path / "old.sqlite3"
    engine = make_engine(path)
    with engine.begin() as conn:
        cfg = _alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0002")
        for n in range(3):
            conn.execute(
                text(
                    "INSERT INTO sessions (routine_name, started_at, local_date, status, planned_s, notes) "
                    f"VALUES ('Desk five', '2026-03-0{n + 1}T08:00:00+00:00', '2026-03-0{n + 1}', 'complete', 300, '')"
                )
            )
        conn.execute(
            text(
                "INSERT INTO routines (uid, version, name, body_json, created_at, retired) "
                "VALUES ('abc', 1, 'Mine', '{}', '2026-03-01T08:00:00+00:00', 0)"
            )
        )
    engine.dispose()
    db = open_database(path, tmp_path / "backups", wall())
    try:
        with db.engine.connect() as conn:
            uids = conn.execute(text("SELECT uid FROM sessions")).scalars().all()
            version_uid = conn.execute(text("SELECT version_uid FROM routines")).scalar_one()
        assert len(set(uids)) == 3 and all(data_file.RECORD_ID.fullmatch(u) for u in uids)
        assert data_file.RECORD_ID.fullmatch(version_uid)
    finally:
        db.dispose()


def test_the_command_line_exports_and_imports(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from hipdesk.__main__ import main

    home = open_database(tmp_path / "home" / "hipdesk.sqlite3", tmp_path / "home" / "backups", wall())
    fill_two_weeks(home.engine, today=TODAY)
    home.dispose()
    path = tmp_path / "home.hipdesk-data.zip"
    assert main(["export-data", str(path), "--data-dir", str(tmp_path / "home")]) == 0
    assert "Exported 18 sessions" in capsys.readouterr().out
    assert main(["import-data", str(path), "--data-dir", str(tmp_path / "work")]) == 0
    assert "added 18 sessions" in capsys.readouterr().out
    assert main(["import-data", str(path), "--data-dir", str(tmp_path / "work")]) == 0
    assert "Nothing new" in capsys.readouterr().out
    assert main(["import-data", str(tmp_path / "nothing.zip"), "--data-dir", str(tmp_path / "work")]) == 1
    assert "nothing.zip: cannot be read" in capsys.readouterr().err


def test_the_published_schema_matches_the_reader() -> None:
    from hipdesk.paths import RESOURCES

    schema = json.loads((RESOURCES / "schemas" / "data.schema.json").read_text(encoding="utf-8"))
    defs = schema["$defs"]
    assert schema["properties"]["hipdesk_data"]["const"] == data_file.FORMAT_VERSION
    assert set(schema["required"]) == set(schema["properties"]) == set(data_file._TOP_KEYS)
    for name, keys in (
        ("session", data_file._SESSION_KEYS),
        ("step", data_file._STEP_KEYS),
        ("pain", data_file._PAIN_KEYS),
        ("check", data_file._CHECK_KEYS),
        ("routine", data_file._ROUTINE_KEYS),
        ("preference", data_file._PREFERENCE_KEYS),
    ):
        assert set(defs[name]["required"]) == set(defs[name]["properties"]) == set(keys), name
    assert defs["id"]["pattern"] == data_file.RECORD_ID.pattern
    assert defs["text"]["maxLength"] == data_file.NOTE_MAX and defs["line"]["maxLength"] == data_file.NAME_MAX
    assert defs["seconds"]["maximum"] == data_file.MAX_SECONDS
    assert defs["session"]["properties"]["status"]["enum"] == list(data_file.STATUSES)
    assert defs["pain"]["properties"]["kind"]["enum"] == list(data_file.PAIN_KINDS)
