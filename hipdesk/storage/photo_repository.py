"""Photos the weekly check's angles were measured on: image files in the data folder's ``photos/`` and a row each in
``check_photos``.

A file is written whole or not at all (:mod:`hipdesk.atomic_files`), so a crash or a full disk never leaves half a
photo under a real name; a photo kept in the folder is readable by its owner only. The row is written after the
file; if the row cannot be written (a locked or full database: a StorageError) the file is removed again, so no photo
is kept that HipDesk does not list. Deleting removes the file first and the row after it: a file that cannot be
removed leaves everything as it was, and says where.
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Engine, Row, delete, insert, or_, select, update

from hipdesk.atomic_files import atomic_binary_file
from hipdesk.domain.check_photos import CheckPhoto, NewCheckPhoto, PhotoSource
from hipdesk.domain.exercise import Side
from hipdesk.domain.photo_angles import Landmarks
from hipdesk.domain.words import QT_TRANSLATE_NOOP
from hipdesk.storage.errors import StorageError, StorageWords
from hipdesk.storage.tables import CheckPhotoRow


class PhotoFileError(StorageError):
    """A photo file that could not be written, read or removed; the message names the path and the reason."""

    title_text = QT_TRANSLATE_NOOP("StorageWords", "HipDesk could not use the photo file")

    @classmethod
    def at(cls, message: str, path: Path, exc: OSError) -> PhotoFileError:
        """``message`` is the translated sentence, with ``{path}`` and ``{reason}`` to fill."""
        reason = exc.strerror or str(exc)
        return cls(message.format(path=path, reason=reason), path, reason)


def _landmarks_json(points: Landmarks) -> str:
    return json.dumps([[round(x, 6), round(y, 6)] for x, y in points])


def _landmarks(text: str) -> Landmarks:
    a, b, c = ((float(x), float(y)) for x, y in json.loads(text))
    return (a, b, c)


class PhotoRepository:
    def __init__(self, engine: Engine, folder: Path) -> None:
        self._engine = engine
        self.folder = folder

    def path(self, photo: CheckPhoto) -> Path:
        """Where the photo's file is."""
        return self.folder / photo.file_name

    def add(self, new: NewCheckPhoto, taken_at: datetime) -> CheckPhoto:
        """Keep a measured photo: its file, then its row. Raises PhotoFileError when the file cannot be written."""
        if taken_at.tzinfo is None:
            raise ValueError("taken_at must be an aware datetime")
        stamp = taken_at.astimezone(UTC)
        name = f"{new.week_start.isoformat()}-{new.measure_id}-{new.side.value}-{uuid.uuid4().hex[:12]}{new.suffix}"
        path = self.folder / name
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            with atomic_binary_file(path, private=True) as fh:  # a photo of the person's body: theirs only
                fh.write(new.image)
        except OSError as exc:
            raise PhotoFileError.at(
                StorageWords.tr("Could not save the photo in {path}: {reason}"), self.folder, exc
            ) from exc
        try:
            with self._engine.begin() as conn:
                inserted = conn.execute(
                    insert(CheckPhotoRow).values(
                        measure_id=new.measure_id,
                        side=new.side.value,
                        week_start=new.week_start.isoformat(),
                        taken_at=stamp.isoformat(timespec="seconds"),
                        file_name=name,
                        width=new.width,
                        height=new.height,
                        landmarks=_landmarks_json(new.landmarks),
                        angle_deg=new.angle_deg,
                        source=new.source.value,
                    )
                ).inserted_primary_key
                assert inserted is not None
                photo_id = inserted[0]
        except BaseException:
            path.unlink(missing_ok=True)
            raise
        return CheckPhoto(
            id=int(photo_id),
            measure_id=new.measure_id,
            side=new.side,
            week_start=new.week_start,
            taken_at=stamp.replace(microsecond=0),
            file_name=name,
            width=new.width,
            height=new.height,
            landmarks=new.landmarks,
            angle_deg=new.angle_deg,
            source=new.source,
        )

    def get(self, photo_id: int) -> CheckPhoto | None:
        found = self._select(CheckPhotoRow.id == photo_id)
        return found[0] if found else None

    def for_check(self, check_id: str) -> list[CheckPhoto]:
        """Every photo of a check's measures (``check_id`` or ``check_id.suffix``), oldest first."""
        r = CheckPhotoRow
        return self._select(or_(r.measure_id == check_id, r.measure_id.startswith(f"{check_id}.", autoescape=True)))

    def for_measure(self, measure_id: str) -> list[CheckPhoto]:
        return self._select(CheckPhotoRow.measure_id == measure_id)

    def all(self) -> list[CheckPhoto]:
        return self._select()

    def update_points(self, photo_id: int, landmarks: Landmarks, angle_deg: float) -> CheckPhoto:
        """Store points moved on a kept photo, and the angle they read now."""
        with self._engine.begin() as conn:
            done = conn.execute(
                update(CheckPhotoRow)
                .where(CheckPhotoRow.id == photo_id)
                .values(landmarks=_landmarks_json(landmarks), angle_deg=angle_deg)
            )
        if done.rowcount != 1:
            raise KeyError(photo_id)
        photo = self.get(photo_id)
        assert photo is not None
        return photo

    def delete(self, photo: CheckPhoto) -> None:
        """Remove the photo's file, then its row. A file already gone is fine; one that cannot be removed raises
        PhotoFileError and leaves the row, so the photo stays listed and can be deleted again."""
        path = self.path(photo)
        try:
            path.unlink(missing_ok=True)
        except OSError as exc:
            raise PhotoFileError.at(StorageWords.tr("Could not delete {path}: {reason}"), path, exc) from exc
        with self._engine.begin() as conn:
            conn.execute(delete(CheckPhotoRow).where(CheckPhotoRow.id == photo.id))

    def save_copy(self, photo: CheckPhoto, destination: Path) -> None:
        """Copy the photo's file to a place the person chose (the only way a photo leaves the data folder)."""
        try:
            data = self.path(photo).read_bytes()
        except OSError as exc:
            raise PhotoFileError.at(StorageWords.tr("Could not read {path}: {reason}"), self.path(photo), exc) from exc
        try:
            destination.parent.mkdir(parents=True, exist_ok=True)
            with atomic_binary_file(destination) as fh:  # a copy the person saves gets their usual file mode
                fh.write(data)
        except OSError as exc:
            raise PhotoFileError.at(StorageWords.tr("Could not write {path}: {reason}"), destination, exc) from exc

    def _select(self, *where: ColumnElement[bool]) -> list[CheckPhoto]:
        r = CheckPhotoRow
        stmt = select(CheckPhotoRow.__table__).where(*where).order_by(r.week_start, r.taken_at, r.id)
        with self._engine.connect() as conn:
            return [_photo(row) for row in conn.execute(stmt).all()]


def _photo(row: Row[Any]) -> CheckPhoto:
    return CheckPhoto(
        id=row.id,
        measure_id=row.measure_id,
        side=Side(row.side),
        week_start=date.fromisoformat(row.week_start),
        taken_at=datetime.fromisoformat(row.taken_at),
        file_name=row.file_name,
        width=row.width,
        height=row.height,
        landmarks=_landmarks(row.landmarks),
        angle_deg=row.angle_deg,
        source=PhotoSource(row.source),
    )
