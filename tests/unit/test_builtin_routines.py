"""The eight built-in routines: they load, every exercise resolves, and Desk five takes about five minutes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hipdesk.content.builtin_routines import BUILTIN_ORDER, default_routines_dir, load_builtin_routines
from hipdesk.content.exercises import ContentError, default_exercises_dir, load_library
from hipdesk.domain.library import Library
from hipdesk.domain.routine_rules import AdviceKind, routine_advice, total_duration_s


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library(default_exercises_dir())


def test_all_eight_load_in_order(library: Library) -> None:
    routines = load_builtin_routines(library)
    assert [r.id for r in routines] == list(BUILTIN_ORDER)
    assert len(routines) == 8
    assert all(r.builtin and r.items and r.description and r.source for r in routines)
    assert len({r.name.casefold() for r in routines}) == 8


def test_every_exercise_resolves_against_the_real_library(library: Library) -> None:
    for routine in load_builtin_routines(library):
        assert routine.missing_exercises(library) == [], routine.id


def test_each_notes_its_source(library: Library) -> None:
    for routine in load_builtin_routines(library):
        assert "Seed" in routine.source or "seed" in routine.source, routine.id


def test_desk_five_takes_about_five_minutes(library: Library) -> None:
    desk_five = next(r for r in load_builtin_routines(library) if r.id == "desk-five")
    assert desk_five.name == "Desk five" and desk_five.target_min == 5
    assert 4.5 * 60 <= total_duration_s(desk_five, library) <= 5.5 * 60
    assert desk_five.exercise_ids() == (
        "leg-swings-front-back",
        "leg-swings-side-to-side",
        "seated-hip-rotations",
        "quadruped-hip-circles",
    )


def test_each_keeps_to_the_order_and_its_own_target(library: Library) -> None:
    for routine in load_builtin_routines(library):
        advice = routine_advice(routine, library)
        assert [a.kind for a in advice] == [AdviceKind.TIME], (routine.id, advice)
        assert "on the" in advice[0].message, (routine.id, advice[0].message)
        assert total_duration_s(routine, library) > 0


def test_the_static_stretch_uses_30_second_holds(library: Library) -> None:
    stretch = next(r for r in load_builtin_routines(library) if r.id == "lower-body-static-stretch")
    assert len(stretch.items) == 8
    assert all(i.dose is not None and i.dose.hold_s == 30 and 2 <= i.dose.sets <= 3 for i in stretch.items)


def test_a_broken_file_is_reported_by_name(tmp_path: Path, library: Library) -> None:
    for path in default_routines_dir().glob("*.json"):
        (tmp_path / path.name).write_bytes(path.read_bytes())
    broken = json.loads((tmp_path / "desk-five.json").read_text())
    broken["items"][0]["exercise"] = "no-such-drill"
    (tmp_path / "desk-five.json").write_text(json.dumps(broken))
    with pytest.raises(ContentError, match=r"desk-five.json: items\[0\].exercise: no exercise"):
        load_builtin_routines(library, tmp_path)
