"""The photos a person measured check angles on: what is kept about each, and which ones are compared.

A photo belongs to one measure and side (seated inward rotation, left) and to the week it was measured in. The
weekly check compares the left and right photos of this week side by side, and each side's photo this week with the
first one ever taken of it and the last one before this week.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from hipdesk.domain.exercise import Side
from hipdesk.domain.photo_angles import Landmarks
from hipdesk.domain.words import Words


class PhotoTimelineWords(Words):
    """The captions of a check's photos over time."""


PHOTO_FOLDER = "photos"  # under the data folder


class PhotoSource(StrEnum):
    CAMERA = "camera"
    FILE = "file"


@dataclass(frozen=True)
class NewCheckPhoto:
    """A measured photo about to be kept: the encoded image and what was read on it."""

    measure_id: str
    side: Side
    week_start: date
    image: bytes  # the encoded file (JPEG), without the original file's hidden details
    suffix: str  # ".jpg"
    width: int
    height: int
    landmarks: Landmarks
    angle_deg: float
    source: PhotoSource


@dataclass(frozen=True)
class CheckPhoto:
    """A kept photo. ``file_name`` is relative to the photo folder; ``taken_at`` is when it was kept (aware)."""

    id: int
    measure_id: str
    side: Side
    week_start: date
    taken_at: datetime
    file_name: str
    width: int
    height: int
    landmarks: Landmarks
    angle_deg: float
    source: PhotoSource

    @property
    def check_id(self) -> str:
        return self.measure_id.partition(".")[0]


@dataclass(frozen=True)
class PhotoTimeline:
    """One side of one measure over time: the first photo before this week, the last before this week, and this
    week's (the latest of the week).

    A photo shows once: when only one was taken before this week, ``last_before`` is None.
    """

    side: Side
    first: CheckPhoto | None
    last_before: CheckPhoto | None
    this_week: CheckPhoto | None

    @property
    def shown(self) -> tuple[tuple[str, CheckPhoto], ...]:
        """(caption, photo) in time order, for the photos there are."""
        out = []
        if self.first is not None:
            out.append((PhotoTimelineWords.tr("First"), self.first))
        if self.last_before is not None:
            out.append((PhotoTimelineWords.tr("Last time"), self.last_before))
        if self.this_week is not None:
            out.append((PhotoTimelineWords.tr("This week"), self.this_week))
        return tuple(out)


def _order(photo: CheckPhoto) -> tuple[date, datetime, int]:
    return (photo.week_start, photo.taken_at, photo.id)


def latest(photos: Iterable[CheckPhoto], measure_id: str, side: Side, week: date) -> CheckPhoto | None:
    """The last photo of this measure and side measured in ``week`` (the one whose angle went into the check)."""
    mine = [p for p in photos if p.measure_id == measure_id and p.side is side and p.week_start == week]
    return max(mine, key=_order) if mine else None


def timeline(photos: Iterable[CheckPhoto], measure_id: str, side: Side, week: date) -> PhotoTimeline:
    """The first, the last before ``week`` and this week's photo of one measure and side."""
    mine = sorted((p for p in photos if p.measure_id == measure_id and p.side is side), key=_order)
    before = [p for p in mine if p.week_start < week]
    this_week = [p for p in mine if p.week_start == week]
    first = before[0] if before else None
    last_before = before[-1] if len(before) > 1 else None
    return PhotoTimeline(side, first, last_before, this_week[-1] if this_week else None)


def side_by_side(photos: Iterable[CheckPhoto], measure_id: str, week: date) -> tuple[CheckPhoto | None, ...]:
    """This week's left and right photo of a measure (None where there is none)."""
    kept = tuple(photos)
    return (latest(kept, measure_id, Side.LEFT, week), latest(kept, measure_id, Side.RIGHT, week))
