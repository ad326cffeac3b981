"""User routines in SQLite: versions on every edit, soft deletes, duplicates and names."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select

from hipdesk.clock import FakeWallClock
from hipdesk.content.routine_file import StoredRoutineCodec
from hipdesk.domain.exercise import Dose
from hipdesk.domain.routine import Routine, RoutineItem, Sides
from hipdesk.storage.db import Database
from hipdesk.storage.routine_repository import DuplicateNameError, RoutineRepository
from hipdesk.storage.tables import RoutineRow


@pytest.fixture
def repo(database: Database, wall: FakeWallClock) -> RoutineRepository:
    return RoutineRepository(database.engine, StoredRoutineCodec(), wall, reserved_names=["Desk five"])


def mine(name: str = "Evening hips") -> Routine:
    return Routine(
        id="",
        name=name,
        description="After work.",
        items=(RoutineItem("figure-four-stretch", dose=Dose(sets=2, hold_s=45)), RoutineItem("glute-bridge")),
    )


def test_save_assigns_an_id_and_reads_back(repo: RoutineRepository) -> None:
    saved = repo.save(mine())
    assert saved.id and not saved.builtin
    assert repo.get(saved.id) == saved
    assert repo.all() == [saved]
    assert repo.current_version(saved.id) == 1


def test_editing_writes_a_new_version_and_keeps_the_old(repo: RoutineRepository, database: Database) -> None:
    first = repo.save(mine())
    edited = replace(first, items=(*first.items, RoutineItem("plank")), name="Evening hips 2")
    repo.save(edited)
    assert repo.get(first.id) == edited
    versions = repo.versions(first.id)
    assert [(v.version, v.retired) for v in versions] == [(1, True), (2, False)]
    assert versions[0].routine == first  # history still sees what was played then
    with database.engine.connect() as conn:
        assert conn.execute(select(RoutineRow.name).order_by(RoutineRow.version)).scalars().all() == [
            "Evening hips",
            "Evening hips 2",
        ]


def test_saving_an_unchanged_routine_writes_nothing(repo: RoutineRepository) -> None:
    saved = repo.save(mine())
    repo.save(saved)
    assert len(repo.versions(saved.id)) == 1


def test_delete_retires_every_version(repo: RoutineRepository) -> None:
    saved = repo.save(mine())
    repo.save(replace(saved, description="changed"))
    assert repo.delete(saved.id) is True
    assert repo.get(saved.id) is None and repo.all() == []
    assert all(v.retired for v in repo.versions(saved.id)) and len(repo.versions(saved.id)) == 2
    assert repo.delete(saved.id) is False
    assert repo.save(mine()).id != saved.id  # the name is free again, under a new id


def test_names_are_unique_and_built_in_names_are_reserved(repo: RoutineRepository) -> None:
    repo.save(mine())
    with pytest.raises(DuplicateNameError):
        repo.save(mine(" evening HIPS"))
    with pytest.raises(DuplicateNameError):
        repo.save(mine("desk five"))
    assert repo.name_taken("Desk Five") and repo.name_taken("evening hips") and not repo.name_taken("Morning")
    assert repo.name_taken("Dеsk fіve") and repo.name_taken("Evening  hiрs")  # Cyrillic look-alikes, two spaces
    with pytest.raises(DuplicateNameError):
        repo.save(mine("Еvening hips"))  # a Cyrillic Е


def test_duplicate_finds_a_free_name(repo: RoutineRepository) -> None:
    desk_five = replace(mine("Desk five"), id="desk-five", builtin=True)
    first = repo.duplicate(desk_five)
    second = repo.duplicate(desk_five)
    assert (first.name, second.name) == ("Desk five (copy)", "Desk five (copy 2)")
    assert first.items == desk_five.items and first.id != second.id and not first.builtin
    assert repo.duplicate(first, name="Mine").name == "Mine"


def test_built_in_routines_cannot_be_saved(repo: RoutineRepository) -> None:
    with pytest.raises(ValueError, match="read-only"):
        repo.save(replace(mine(), id="desk-five", builtin=True))


def test_every_field_survives_storage(repo: RoutineRepository) -> None:
    routine = replace(
        mine(),
        source="My physio",
        target_min=12,
        items=(RoutineItem("figure-four-stretch", sides=Sides.RIGHT, extra_sets_right=2),),
    )
    saved = repo.save(routine)
    assert repo.get(saved.id) == saved == replace(routine, id=saved.id)


def test_all_is_sorted_by_name(repo: RoutineRepository) -> None:
    for name in ("b", "C", "a"):
        repo.save(mine(name))
    assert [r.name for r in repo.all()] == ["a", "b", "C"]


def test_a_routine_that_would_not_read_back_is_never_stored(repo: RoutineRepository, database: Database) -> None:
    with pytest.raises(ValueError, match="description: points outside the file"):
        repo.save(replace(mine(), description="See https://example.org for more"))
    with pytest.raises(ValueError, match="name: is 81 characters long"):
        repo.save(mine("x" * 81))
    with database.engine.connect() as conn:
        assert conn.execute(select(RoutineRow)).all() == []


def test_copies_of_a_long_name_stay_within_80_characters(repo: RoutineRepository) -> None:
    long = mine("L" * 80)
    repo.save(long)
    first, second = repo.duplicate(long), repo.duplicate(long)
    assert first.name == "L" * 73 + " (copy)" and second.name == "L" * 71 + " (copy 2)"
    assert len(first.name) == len(second.name) == 80


def test_a_row_broken_outside_hipdesk_is_skipped_not_fatal(
    repo: RoutineRepository, database: Database, caplog: pytest.LogCaptureFixture
) -> None:
    from sqlalchemy import update

    good, bad = repo.save(mine("Good")), repo.save(mine("Bad"))
    with database.engine.begin() as conn:
        conn.execute(update(RoutineRow).where(RoutineRow.uid == bad.id).values(body_json="{not json"))
    assert repo.all() == [good]
    assert "cannot be read" in caplog.text


class CountingCodec(StoredRoutineCodec):
    def __init__(self) -> None:
        super().__init__()
        self.decoded = 0

    def decode(self, text: str, routine_id: str) -> Routine:
        self.decoded += 1
        return super().decode(text, routine_id)


def test_name_checks_read_names_without_decoding_routines(database: Database, wall: FakeWallClock) -> None:
    codec = CountingCodec()
    repo = RoutineRepository(database.engine, codec, wall, reserved_names=["Desk five"])
    saved = repo.save(mine())
    repo.save(replace(saved, name="Evening hips, longer"))  # the old name is retired with its version
    other = repo.save(mine("Morning"))
    codec.decoded = 0
    assert repo.name_taken(" EVENING HIPS, longer") and repo.name_taken("morning")
    assert not repo.name_taken("Evening hips")
    assert not repo.name_taken("Morning", except_uid=other.id)  # a routine keeps its own name
    assert repo.free_name("Morning") == "Morning (copy)"
    assert codec.decoded == 0
