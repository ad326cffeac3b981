"""Keeping, correcting and deleting the photos a check angle was measured on, and the person's go-ahead for them.

Photos stay in the data folder. HipDesk asks once, before the first photo, whether the person wants that; the answer
is a preference (``PHOTO_CONSENT`` in :mod:`hipdesk.usecases.preferences`). A photo leaves the folder only when the
person saves a copy somewhere.
"""

from __future__ import annotations

from pathlib import Path

from hipdesk.clock import WallClock
from hipdesk.domain.check_photos import CheckPhoto, NewCheckPhoto
from hipdesk.domain.photo_angles import Landmarks
from hipdesk.storage.photo_repository import PhotoFileError, PhotoRepository
from hipdesk.storage.settings_repository import SettingsRepository
from hipdesk.usecases.preferences import PHOTO_CONSENT, Preferences

__all__ = [
    "PhotoFileError",
    "consented",
    "delete_photo",
    "give_consent",
    "keep_photo",
    "move_points",
    "save_copy",
]


def consented(settings: SettingsRepository) -> bool:
    """Whether the person agreed to keep measuring photos in the data folder."""
    return Preferences(settings).get(PHOTO_CONSENT)


def give_consent(settings: SettingsRepository) -> None:
    Preferences(settings).set(PHOTO_CONSENT, True)


def keep_photo(photos: PhotoRepository, wall: WallClock, new: NewCheckPhoto) -> CheckPhoto:
    """Keep a measured photo, stamped now. Raises PhotoFileError (with the folder) when it cannot be written."""
    return photos.add(new, wall.now())


def move_points(photos: PhotoRepository, photo: CheckPhoto, landmarks: Landmarks, angle_deg: float) -> CheckPhoto:
    """Store points moved on a photo kept earlier, with the angle they read now."""
    return photos.update_points(photo.id, landmarks, angle_deg)


def delete_photo(photos: PhotoRepository, photo: CheckPhoto) -> None:
    """Delete the photo's file and its record. Raises PhotoFileError (with the path) when the file stays."""
    photos.delete(photo)


def save_copy(photos: PhotoRepository, photo: CheckPhoto, destination: Path) -> None:
    """Copy the photo where the person asked. Raises PhotoFileError naming the path that failed."""
    photos.save_copy(photo, destination)
