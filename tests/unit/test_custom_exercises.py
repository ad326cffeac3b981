"""Exercises a routine file brings: read and checked with the routine, stored, in the library, played, and kept
after the routine is deleted while history names them."""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from hipdesk.clock import FakeWallClock
from hipdesk.content.exercises import default_exercises_dir, load_library
from hipdesk.content.routine_file import RoutineFileError, StoredRoutineCodec, check_routine, dumps, loads
from hipdesk.domain.library import Library
from hipdesk.domain.plan import expand
from hipdesk.domain.routine import RoutineItem, carry_own_exercises
from hipdesk.storage.data_repository import DataRepository
from hipdesk.storage.db import Database
from hipdesk.storage.routine_repository import RoutineRepository
from hipdesk.usecases.custom_exercises import custom_exercises, refresh_custom_exercises

PHYSIO_FILE: dict[str, Any] = {
    "hipdesk_routine": 1,
    "name": "From my physio",
    "description": "Two of hers, one of HipDesk's.",
    "exercises": [
        {
            "id": "pt-wall-hip-hinge",
            "name": "Wall hip hinge <b>slow</b>",
            "phase": "activate",
            "targets": ["glute_max", "hamstrings"],
            "per_side": False,
            "position": "standing",
            "figure": "hip-hinge",
            "dose": {"sets": 2, "reps": 8, "tempo": {"down_s": 3, "hold_s": 1, "up_s": 2}, "rest_s": 20},
            "steps": ["Stand a foot's length from a wall.", "Push your hips back until they touch it."],
            "cues": ["Long spine."],
            "safety": ["Stop if your back hurts."],
        },
        {
            "id": "pt-side-step-hold",
            "name": "Side-step hold",
            "phase": "stability",
            "targets": ["glute_med"],
            "per_side": True,
            "dose": {"sets": 2, "hold_s": 20},
            "steps": ["Step to the side and hold."],
            "safety": ["Hold on to a chair if you wobble."],
        },
    ],
    "items": [
        {"exercise": "pt-wall-hip-hinge"},
        {"exercise": "pt-side-step-hold", "sides": "left"},
        {"exercise": "glute-bridge"},
    ],
}


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library(default_exercises_dir())


def physio(library: Library, document: dict[str, Any] | None = None) -> Any:
    return loads(json.dumps(document or PHYSIO_FILE), library=library, label="physio.json")


def test_a_routine_file_brings_exercises_of_its_own(library: Library) -> None:
    routine = physio(library)
    hinge, side = routine.exercises
    assert hinge.custom and hinge.from_routine == "From my physio"
    assert hinge.name == "Wall hip hinge <b>slow</b>"  # markup is kept as the characters it is
    # One borrows a pose; the other chose none, and gets none: a stand-in figure could show another movement.
    assert hinge.pose_id == "hip-hinge" and side.pose_id == ""
    assert hinge.dose.reps == 8 and side.per_side
    assert loads(dumps(routine), library=library) == routine  # exported, it reads back the same
    check_routine(routine, library)
    stored = StoredRoutineCodec().decode(StoredRoutineCodec().encode(routine), "x")
    assert stored.exercises == routine.exercises


@pytest.mark.parametrize(
    ("change", "match"),
    [
        (lambda d: d["exercises"][0].update(id="glute-bridge"), "one of HipDesk's own exercises"),
        (lambda d: d["exercises"][0].update(figure="no-such-pose"), "no figure called"),
        (lambda d: d["exercises"][0].update(figure="../poses/x"), "HipDesk exercise id or null"),
        (lambda d: d["exercises"][0].pop("safety"), r"exercises\[0\]\.safety: is required"),
        (lambda d: d["exercises"][0].update(steps=[]), "at least one line"),
        (lambda d: d["exercises"][0].update(phase="check"), "weekly check"),
        (lambda d: d["exercises"][0]["steps"].append("See https://example.org"), "points outside"),
        (lambda d: d["exercises"][1].update(id="pt-wall-hip-hinge"), "given twice"),
        (lambda d: d["exercises"][0].update(targets=["elbows"]), r"targets\[0\]: must be one of"),
        (lambda d: d["items"].append({"exercise": "pt-nowhere"}), "or in this file's exercises"),
        (lambda d: d["items"][0].update(sides="left"), "not done one side at a time"),
    ],
)
def test_a_custom_exercise_is_checked_like_the_rest_of_the_file(library: Library, change: Any, match: str) -> None:
    document = copy.deepcopy(PHYSIO_FILE)
    change(document)
    with pytest.raises(RoutineFileError, match=match):
        physio(library, document)


def test_a_custom_exercise_plays_like_any_other(library: Library) -> None:
    document = copy.deepcopy(PHYSIO_FILE)
    document["exercises"][0]["figure"] = "hip-hinge"
    routine = physio(library, document)
    mine = Library(library[i] for i in library)  # a library of its own: this test changes it
    mine.set_custom(routine.exercises)
    plan = expand(routine, mine)
    names = {s.exercise_name for s in plan.steps if s.exercise_id}
    assert {"Wall hip hinge <b>slow</b>", "Side-step hold", "Glute bridge"} <= names
    sides = {s.side.value for s in plan.steps if s.exercise_id == "pt-side-step-hold"}
    assert sides == {"left"}
    assert mine.pose_id("pt-wall-hip-hinge") == "hip-hinge"


def test_a_plan_knows_the_figure_and_steps_of_what_it_plays(library: Library) -> None:
    # Played before the library has taken the routine's exercises in: the plan still has them.
    plan = expand(physio(library), library)
    assert plan.pose_id("pt-wall-hip-hinge") == "hip-hinge"
    assert plan.pose_id("pt-side-step-hold") == ""  # none chosen: none shown
    assert plan.pose_id("glute-bridge") == "glute-bridge"
    hold = plan.exercise("pt-side-step-hold")
    assert hold is not None and hold.steps == ("Step to the side and hold.",)
    assert plan.exercise("pt-nowhere") is None


def test_an_exercise_from_another_routine_travels_with_the_one_it_is_added_to(library: Library) -> None:
    document = copy.deepcopy(PHYSIO_FILE)
    document["exercises"][0]["figure"] = None
    source = physio(library, document)
    mine = Library(library[i] for i in library)
    mine.set_custom(source.exercises)
    other = loads(json.dumps({"hipdesk_routine": 1, "name": "Evening", "items": [{"exercise": "plank"}]}), library=mine)
    from dataclasses import replace

    extended = carry_own_exercises(replace(other, items=(*other.items, RoutineItem("pt-wall-hip-hinge"))), mine)
    assert [e.id for e in extended.exercises] == ["pt-wall-hip-hinge"]
    back = loads(dumps(extended), library=library)  # stands alone: HipDesk's library alone reads it
    assert back.exercises[0].from_routine == "Evening"


def test_kept_after_the_routine_is_deleted_while_history_names_them(
    database: Database, library: Library, wall: FakeWallClock
) -> None:
    document = copy.deepcopy(PHYSIO_FILE)
    document["exercises"][0]["figure"] = "hip-hinge"
    routines = RoutineRepository(database.engine, StoredRoutineCodec(), wall)
    data = DataRepository(database.engine)
    saved = routines.save(physio(library, document))
    assert {e.id for e in custom_exercises(routines, data)} == {"pt-wall-hip-hinge", "pt-side-step-hold"}

    with database.engine.begin() as conn:  # one session played the hinge
        conn.exec_driver_sql(
            "INSERT INTO sessions (uid, routine_uid, routine_name, started_at, local_date, status, planned_s, notes) "
            "VALUES ('a' || hex(randomblob(15)), ?, 'From my physio', '2026-03-02T08:00:00+00:00', '2026-03-02', "
            "'complete', 60, '')",
            (saved.id,),
        )
        conn.exec_driver_sql(
            "INSERT INTO steps (session_id, seq, exercise_id, side, set_no, planned_s, actual_s, started_at, "
            "ended_at, local_date, skipped) VALUES (1, 1, 'pt-wall-hip-hinge', 'none', 1, 30, 30, "
            "'2026-03-02T08:00:00+00:00', '2026-03-02T08:00:30+00:00', '2026-03-02', 0)"
        )
    routines.delete(saved.id)
    kept = custom_exercises(routines, data)
    assert [e.id for e in kept] == ["pt-wall-hip-hinge"]  # the one history names; the other went with it
    mine = Library(library[i] for i in library)
    assert refresh_custom_exercises(mine, routines, data)
    assert mine["pt-wall-hip-hinge"].name == "Wall hip hinge <b>slow</b>"
    assert not refresh_custom_exercises(mine, routines, data)  # nothing changed since


def test_the_published_schema_describes_custom_exercises() -> None:
    from hipdesk.content import routine_file as rf
    from hipdesk.paths import RESOURCES

    schema = json.loads((RESOURCES / "schemas" / "routine.schema.json").read_text(encoding="utf-8"))
    exercise = schema["$defs"]["exercise"]
    assert set(exercise["required"]) == set(rf._EXERCISE_REQUIRED)
    assert set(exercise["properties"]) == set(rf._EXERCISE_REQUIRED) | set(rf._EXERCISE_OPTIONAL)
    assert schema["properties"]["exercises"]["maxItems"] == rf.OWN_EXERCISES_MAX


def test_a_data_file_carries_custom_exercises(database: Database, library: Library, tmp_path: Path) -> None:
    from hipdesk.content.data_file import read_data_file
    from hipdesk.usecases.data_transfer import export_data

    document = copy.deepcopy(PHYSIO_FILE)
    document["exercises"][0]["figure"] = "hip-hinge"
    wall = FakeWallClock(datetime(2026, 3, 2, 9, 0, tzinfo=UTC))
    RoutineRepository(database.engine, StoredRoutineCodec(), wall).save(physio(library, document))
    export_data(DataRepository(database.engine), tmp_path / "all.zip", wall)
    (entry,) = read_data_file(tmp_path / "all.zip").data.routines
    assert [e["id"] for e in json.loads(entry.body)["exercises"]] == ["pt-wall-hip-hinge", "pt-side-step-hold"]
