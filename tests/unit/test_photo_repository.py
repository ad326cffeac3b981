"""Measured photos round-trip through SQLite and the data folder; files are written whole, deleted with their record,
and copied out only when asked; a failure loses nothing and names the path."""

from __future__ import annotations

import os
import stat
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from hipdesk.clock import FakeWallClock
from hipdesk.domain.check_photos import NewCheckPhoto, PhotoSource
from hipdesk.domain.exercise import Side
from hipdesk.paths import Paths
from hipdesk.storage.db import Database
from hipdesk.storage.photo_repository import PhotoFileError, PhotoRepository
from hipdesk.storage.settings_repository import SettingsRepository
from hipdesk.storage.tables import Base
from hipdesk.usecases.check_photos import (
    consented,
    delete_photo,
    give_consent,
    keep_photo,
    move_points,
    save_copy,
)

IR = "check-seated-rotation.internal"
ER = "check-seated-rotation.external"
MONDAY = date(2026, 11, 16)
ZONE = timezone(timedelta(hours=1))
JPEG = b"\xff\xd8\xff\xe0 a photo's bytes \xff\xd9"


@pytest.fixture
def repo(database: Database, paths: Paths) -> PhotoRepository:
    return PhotoRepository(database.engine, paths.photos)


@pytest.fixture
def wall() -> FakeWallClock:
    return FakeWallClock(datetime(2026, 11, 17, 9, 30, tzinfo=ZONE))


def new(measure: str = IR, side: Side = Side.LEFT, week: date = MONDAY, angle: float = 34.0) -> NewCheckPhoto:
    return NewCheckPhoto(
        measure_id=measure,
        side=side,
        week_start=week,
        image=JPEG,
        suffix=".jpg",
        width=1280,
        height=720,
        landmarks=((0.6, 0.45), (0.75, 0.8), (0.6, 0.85)),
        angle_deg=angle,
        source=PhotoSource.CAMERA,
    )


def test_the_migrated_table_matches_the_model(database: Database) -> None:
    with database.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert [d for d in diff if "check_photos" in repr(d)] == []


def test_a_kept_photo_is_a_file_in_the_photo_folder_and_a_record(
    repo: PhotoRepository, wall: FakeWallClock, paths: Paths
) -> None:
    photo = keep_photo(repo, wall, new())
    assert repo.path(photo).parent == paths.photos
    assert repo.path(photo).read_bytes() == JPEG
    assert photo.taken_at == datetime(2026, 11, 17, 8, 30, tzinfo=UTC)
    assert photo.file_name.startswith(f"{MONDAY.isoformat()}-{IR}-left-") and photo.file_name.endswith(".jpg")
    assert repo.get(photo.id) == photo
    assert [p.name for p in paths.photos.iterdir()] == [photo.file_name]  # no temporary file left behind


def test_photos_are_listed_per_check_and_per_measure_oldest_first(repo: PhotoRepository, wall: FakeWallClock) -> None:
    later = keep_photo(repo, wall, new(side=Side.RIGHT))
    earlier = keep_photo(repo, wall, new(week=MONDAY - timedelta(weeks=2)))
    outward = keep_photo(repo, wall, new(ER))
    thomas = keep_photo(repo, wall, new("check-thomas-test", angle=-5.0))
    assert [p.id for p in repo.for_check("check-seated-rotation")] == [earlier.id, later.id, outward.id]
    assert [p.id for p in repo.for_measure(IR)] == [earlier.id, later.id]
    assert [p.id for p in repo.for_check("check-thomas-test")] == [thomas.id]
    assert repo.for_check("check-seated") == []  # a prefix of a check id is not that check
    assert repo.get(thomas.id) is not None and repo.get(thomas.id).angle_deg == -5.0  # type: ignore[union-attr]


def test_moved_points_are_stored_with_their_new_angle(repo: PhotoRepository, wall: FakeWallClock) -> None:
    photo = keep_photo(repo, wall, new())
    moved = move_points(repo, photo, ((0.5, 0.5), (0.7, 0.9), (0.5, 0.95)), 31.0)
    assert moved.landmarks == ((0.5, 0.5), (0.7, 0.9), (0.5, 0.95)) and moved.angle_deg == 31.0
    assert repo.get(photo.id) == moved
    with pytest.raises(KeyError):
        repo.update_points(photo.id + 100, moved.landmarks, 1.0)


def test_deleting_removes_the_file_and_the_record(repo: PhotoRepository, wall: FakeWallClock) -> None:
    keep = keep_photo(repo, wall, new(side=Side.RIGHT))
    gone = keep_photo(repo, wall, new())
    delete_photo(repo, gone)
    assert not repo.path(gone).exists() and repo.get(gone.id) is None
    assert repo.path(keep).exists() and [p.id for p in repo.all()] == [keep.id]
    repo.path(keep).unlink()
    delete_photo(repo, keep)  # a file already gone (deleted by hand) still lets the record go
    assert repo.all() == []


def test_a_file_that_cannot_be_removed_keeps_the_photo_listed_and_names_it(
    repo: PhotoRepository, wall: FakeWallClock
) -> None:
    photo = keep_photo(repo, wall, new())
    path = repo.path(photo)
    path.unlink()
    path.mkdir()  # something HipDesk cannot unlink stands at the photo's path
    (path / "inside").write_text("x")
    with pytest.raises(PhotoFileError, match=str(path)):
        delete_photo(repo, photo)
    assert repo.get(photo.id) == photo


def test_a_folder_that_cannot_be_written_loses_nothing_and_names_the_folder(
    database: Database, tmp_path: Path, wall: FakeWallClock
) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the photo folder should be")
    repo = PhotoRepository(database.engine, blocked)
    with pytest.raises(PhotoFileError, match=str(blocked)):
        keep_photo(repo, wall, new())
    assert repo.all() == []


def test_a_record_that_cannot_be_written_takes_its_file_back(
    repo: PhotoRepository, wall: FakeWallClock, database: Database, paths: Paths
) -> None:
    with database.engine.begin() as conn:
        conn.execute(text("DROP TABLE check_photos"))
    with pytest.raises(Exception, match="check_photos"):
        keep_photo(repo, wall, new())
    assert list(paths.photos.iterdir()) == []


def test_a_copy_goes_only_where_asked(repo: PhotoRepository, wall: FakeWallClock, tmp_path: Path) -> None:
    photo = keep_photo(repo, wall, new())
    target = tmp_path / "shared" / "left.jpg"
    save_copy(repo, photo, target)
    assert target.read_bytes() == JPEG
    repo.path(photo).unlink()
    with pytest.raises(PhotoFileError, match=str(repo.path(photo))):
        save_copy(repo, photo, tmp_path / "again.jpg")
    assert not (tmp_path / "again.jpg").exists()


def test_a_kept_photo_is_its_owners_only_and_a_copy_has_the_usual_mode(
    repo: PhotoRepository, wall: FakeWallClock, tmp_path: Path
) -> None:
    previous = os.umask(0o022)
    try:
        photo = keep_photo(repo, wall, new())
        save_copy(repo, photo, tmp_path / "left.jpg")
    finally:
        os.umask(previous)
    assert stat.S_IMODE(repo.path(photo).stat().st_mode) == 0o600  # a photo of the body, in the data folder
    assert stat.S_IMODE((tmp_path / "left.jpg").stat().st_mode) == 0o644  # as any file the person saves


def test_the_go_ahead_for_photos_is_asked_once_and_remembered(database: Database) -> None:
    settings = SettingsRepository(database.engine)
    assert not consented(settings)
    give_consent(settings)
    assert consented(SettingsRepository(database.engine))


def test_an_unaware_time_is_refused(repo: PhotoRepository) -> None:
    with pytest.raises(ValueError, match="aware"):
        repo.add(new(), datetime(2026, 11, 17, 9, 30, tzinfo=UTC).replace(tzinfo=None))
    assert repo.all() == []
