"""Importing and exporting routine files, without Qt: read once, a taken name offers copy / replace / cancel, and an
exported file is a normal file that reads back to the same routine."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from hipdesk.clock import FakeWallClock
from hipdesk.content import routine_file
from hipdesk.content.builtin_routines import load_builtin_routines
from hipdesk.content.exercises import default_exercises_dir, load_library
from hipdesk.content.routine_file import RoutineFileError, StoredRoutineCodec, dumps
from hipdesk.domain.library import Library
from hipdesk.domain.routine import Routine, RoutineItem
from hipdesk.storage.db import Database
from hipdesk.storage.routine_repository import RoutineRepository
from hipdesk.usecases.routine_files import NameChoice, NameTakenError, RoutineFiles


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library(default_exercises_dir())


@pytest.fixture
def builtins(library: Library) -> tuple[Routine, ...]:
    return load_builtin_routines(library)


@pytest.fixture
def repo(database: Database, wall: FakeWallClock, builtins: tuple[Routine, ...]) -> RoutineRepository:
    return RoutineRepository(database.engine, StoredRoutineCodec(), wall, reserved_names=[r.name for r in builtins])


@pytest.fixture
def files(repo: RoutineRepository, builtins: tuple[Routine, ...], library: Library) -> RoutineFiles:
    return RoutineFiles(repo, builtins, library)


def mine(name: str = "Morning hips", hold_s: int = 30) -> Routine:
    from hipdesk.domain.exercise import Dose

    return Routine(
        id="",
        name=name,
        description="Two stretches",
        items=(
            RoutineItem("figure-four-stretch", Dose(sets=1, hold_s=hold_s)),
            RoutineItem("glute-bridge"),
        ),
    )


def write(tmp_path: Path, routine: Routine, name: str = "shared.hipdesk-routine.json") -> Path:
    path = tmp_path / name
    path.write_text(dumps(routine), encoding="utf-8")
    return path


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Counts every routine document HipDesk checks (files and stored rows alike); the real reader still runs."""
    seen: list[str] = []
    real = routine_file._Reader.routine

    def counting(self: routine_file._Reader, *args: object, **kwargs: object) -> Routine:
        seen.append(self.label)
        return real(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(routine_file._Reader, "routine", counting)
    yield seen


def test_an_import_reads_the_file_once_however_many_routines_are_stored(
    files: RoutineFiles, repo: RoutineRepository, tmp_path: Path, parses: list[str]
) -> None:
    for n in range(10):
        repo.save(mine(f"Stored {n}"))
    assert len(repo.all()) == 10  # a running HipDesk has listed them once
    path = write(tmp_path, mine())
    parses.clear()
    stored = files.store(files.read(path))
    assert stored is not None and stored.name == "Morning hips"
    for _ in range(3):  # every view that lists routines after the import
        assert len(repo.all()) == 11
    # the file once, and once the form it is stored in (the guard that nothing unreadable is stored)
    assert parses == ["shared.hipdesk-routine.json", ""]


def test_a_new_name_imports_without_a_question(files: RoutineFiles, repo: RoutineRepository, tmp_path: Path) -> None:
    file = files.read(write(tmp_path, mine()))
    assert file.clash is None and file.choices == ()
    stored = files.store(file)
    assert stored is not None and stored.id and repo.all() == [stored]
    assert replace(stored, id="") == mine()


def test_a_name_taken_by_a_user_routine_offers_copy_replace_cancel(
    files: RoutineFiles, repo: RoutineRepository, tmp_path: Path
) -> None:
    original = repo.save(mine(hold_s=30))
    file = files.read(write(tmp_path, mine("morning HIPS", hold_s=60)))
    assert file.clash == original
    assert file.choices == (NameChoice.COPY, NameChoice.REPLACE, NameChoice.CANCEL)
    assert file.copy_name == "morning HIPS (copy)"
    with pytest.raises(NameTakenError) as info:
        files.store(file)
    assert info.value.file.clash == original

    assert files.store(file, NameChoice.CANCEL) is None
    assert repo.all() == [original]

    copy = files.store(file, NameChoice.COPY)
    assert copy is not None and copy.name == "morning HIPS (copy)" and copy.id != original.id
    assert {r.name for r in repo.all()} == {"Morning hips", "morning HIPS (copy)"}

    replaced = files.store(file, NameChoice.REPLACE)
    assert replaced is not None and replaced.id == original.id and replaced.name == "Morning hips"
    assert replaced.items[0].dose is not None and replaced.items[0].dose.hold_s == 60
    assert [v.version for v in repo.versions(original.id)] == [1, 2]  # history keeps the version it played
    assert repo.versions(original.id)[0].routine == original


def test_a_name_taken_by_a_built_in_routine_offers_copy_or_cancel(
    files: RoutineFiles, repo: RoutineRepository, tmp_path: Path
) -> None:
    file = files.read(write(tmp_path, mine("desk FIVE")))
    assert file.clash is not None and file.clash.builtin
    assert file.choices == (NameChoice.COPY, NameChoice.CANCEL)
    with pytest.raises(ValueError, match="not possible"):
        files.store(file, NameChoice.REPLACE)
    copy = files.store(file, NameChoice.COPY)
    assert copy is not None and copy.name == "desk FIVE (copy)"


def test_a_name_that_only_looks_like_a_taken_one_is_that_name(
    files: RoutineFiles, repo: RoutineRepository, tmp_path: Path
) -> None:
    """ "Dеsk fіve" with a Cyrillic е and і, in full-width letters or with a zero-width space, is Desk five to a reader:
    it is asked about like the name it imitates, and kept apart by its copy name."""
    mine_stored = repo.save(mine())
    for name, clash in (
        ("Dеsk fіve", "Desk five"),
        ("Ｍｏｒｎｉｎｇ ｈｉｐｓ", mine_stored.name),
        ("Morning hips", mine_stored.name),
        ("Moming  hips", mine_stored.name),  # r n passes for m
    ):
        file = files.read(write(tmp_path, mine(name)))
        assert file.clash is not None and file.clash.name == clash, name
    invisible = tmp_path / "invisible.hipdesk-routine.json"
    invisible.write_text(dumps(mine("Desk\u200bfive")), encoding="utf-8")
    with pytest.raises(RoutineFileError, match=r"invisible\.hipdesk-routine\.json: name: contains an invisible"):
        files.read(invisible)
    assert len(repo.all()) == 1


def test_a_name_taken_after_reading_is_asked_about(
    files: RoutineFiles, repo: RoutineRepository, tmp_path: Path
) -> None:
    file = files.read(write(tmp_path, mine()))
    assert file.clash is None
    other = repo.save(mine(hold_s=45))  # saved in the editor meanwhile
    with pytest.raises(NameTakenError) as info:
        files.store(file)
    assert info.value.file.clash == other


def test_a_bad_file_says_where_and_stores_nothing(files: RoutineFiles, repo: RoutineRepository, tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"hipdesk_routine": 1, "name": "X", "items": [{"exercise": "no-such-move"}]}', encoding="utf-8")
    with pytest.raises(RoutineFileError, match=r"bad.json: items\[0\].exercise"):
        files.read(path)
    assert repo.all() == []


def test_export_writes_a_normal_file_that_reads_back(files: RoutineFiles, tmp_path: Path, library: Library) -> None:
    previous = os.umask(0o022)
    try:
        path = tmp_path / "mine.hipdesk-routine.json"
        files.export(mine(), path)
    finally:
        os.umask(previous)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
    assert files.read(path).routine == mine()


def test_export_refuses_a_routine_that_would_not_read_back(files: RoutineFiles, tmp_path: Path) -> None:
    path = tmp_path / "out.json"
    with pytest.raises(RoutineFileError, match="description"):
        files.export(replace(mine(), description="see https://example.com"), path)
    assert not path.exists()
