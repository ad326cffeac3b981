"""The example files in docs/examples are real: each one is imported the way the Routines tab imports a file, into a
real database, and plays; and every routine shown in the routine format's documentation is one of them."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from hipdesk.clock import FakeWallClock
from hipdesk.content.builtin_routines import load_builtin_routines
from hipdesk.content.exercises import default_exercises_dir, load_library
from hipdesk.content.routine_file import FILE_SUFFIX, StoredRoutineCodec
from hipdesk.domain.plan import expand
from hipdesk.storage.data_repository import DataRepository
from hipdesk.storage.db import Database
from hipdesk.storage.routine_repository import RoutineRepository
from hipdesk.usecases.custom_exercises import refresh_custom_exercises
from hipdesk.usecases.routine_files import RoutineFiles

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "docs" / "examples"
EXAMPLE_FILES = sorted(p for p in EXAMPLES.iterdir() if p.is_file())


def test_there_are_examples_and_one_brings_its_own_exercise() -> None:
    assert EXAMPLE_FILES, f"no example files in {EXAMPLES}"
    assert any(json.loads(p.read_text(encoding="utf-8")).get("exercises") for p in EXAMPLE_FILES)


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.name)
def test_every_example_imports_and_plays(path: Path, database: Database, wall: FakeWallClock) -> None:
    assert path.name.endswith(FILE_SUFFIX), f"{path.name}: HipDesk imports only routine files ({FILE_SUFFIX})"
    library = load_library(default_exercises_dir())  # its own: an imported routine's exercises join it
    builtins = load_builtin_routines(library)
    repo = RoutineRepository(database.engine, StoredRoutineCodec(), wall, reserved_names=[r.name for r in builtins])
    files = RoutineFiles(repo, builtins, library)
    stored = files.store(files.read(path))
    assert stored is not None and stored.id
    assert repo.get(stored.id) == stored
    refresh_custom_exercises(library, repo, DataRepository(database.engine))
    for own in stored.exercises:
        assert library[own.id] == own  # shown in the Library, "From your routines"
    plan = expand(stored, library)
    assert plan.total_s > 0
    assert {s.exercise_id for s in plan.steps if s.is_work} == {i.exercise_id for i in stored.items}


def test_every_routine_in_the_format_documentation_is_an_example_file() -> None:
    doc = (REPO / "docs" / "routine-format.md").read_text(encoding="utf-8")
    shown = [json.loads(block) for block in re.findall(r"```json\n(.*?)```", doc, re.S)]
    examples = [json.loads(p.read_text(encoding="utf-8")) for p in EXAMPLE_FILES]
    assert shown and all(document in examples for document in shown)
