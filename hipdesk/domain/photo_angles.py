"""Measuring a check's angle on a photo: three points, the angle they make, and whether the picture can be trusted.

A photo is measured with three landmarks: the *vertex* (the joint, e.g. the knee), the *moving* point on the limb
whose angle is read (the ankle), and the *reference* point that sets the line the angle is read from (a point
straight below the knee, along something upright in the room). Points are stored as fractions of the photo's width
and height, so they survive a smaller copy of the photo; angles are worked out in pixels, where they are true.

Photo coordinates: x grows to the right, y grows downward (as in every image file).

Every degree measure of the weekly check has an :class:`AngleRule` saying what the three points are, where they
start on a photo of each side, and how the reading is signed. A measure without its own rule gets a plain one
(a joint and two arms). Where the starting places come from is a :class:`LandmarkSuggester`: by hand, HipDesk uses
:class:`StartingPlaces`; an on-device pose model can take its place later without the rest of HipDesk changing.

What a photo can and cannot tell: with the camera square to the movement the reading is the angle in the room.
A tilted camera is caught when the reference is lined up with a true upright or level line (it then leans in the
picture); a camera turned away from square cannot be seen in three points, so the tips ask for a square camera and
the ground-truth test in ``tests/unit/test_photo_ground_truth.py`` records how large that error gets.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol

from hipdesk.domain.exercise import Side
from hipdesk.domain.i18n import mid_sentence

Point = tuple[float, float]
Landmarks = tuple[Point, Point, Point]  # vertex, moving, reference (as fractions of width and height)

TILT_WARN_DEG = 10.0  # a reference line leaning more than this from the picture's upright or level
SHORT_ARM_FRACTION = 0.08  # an arm shorter than this share of the picture's short side is hard to place well
SCALE_MISMATCH = 1.3  # left and right photos whose limb sizes differ by more than this factor
DEGENERATE_PX = 2.0  # points closer than this (pixels) make no angle


class Reading(StrEnum):
    """How the three points become the measure's value.

    ``ANGLE``: the angle at the vertex between the two arms, 0 to 180 degrees.
    ``FROM_LEVEL``: the same size, signed: plus when the moving arm points above the reference line in the
    picture, minus below it (the Thomas-style screen's "above level counts as plus").
    """

    ANGLE = "angle"
    FROM_LEVEL = "from_level"


class Reference(StrEnum):
    """Which way the reference arm should run in a square, level photo (for the tilt check)."""

    UPRIGHT = "upright"
    LEVEL = "level"
    FREE = "free"  # any direction: no tilt check


@dataclass(frozen=True)
class Landmark:
    """One of the three points: its name on screen and where on the body (or room) it goes."""

    label: str
    where: str


@dataclass(frozen=True)
class AngleRule:
    """How one degree measure is read from a photo.

    ``start_left`` are the starting places (fractions) on a photo of the left side; the right side's are mirrored
    left to right. ``moving_toward`` says on which side of the reference the moving point should lie in the picture
    for the left side (+1: to the right of it, -1: to the left, 0: either); a point on the other side gets a warning
    (a mirrored photo, or the other direction of the movement).
    """

    measure_id: str
    vertex: Landmark
    moving: Landmark
    reference: Landmark
    reading: Reading
    reference_line: Reference
    start_left: Landmarks
    view: str  # where the camera goes, in a sentence
    tips: tuple[str, ...] = ()
    moving_toward: int = 0
    wrong_way: str = ""

    @property
    def landmarks(self) -> tuple[Landmark, Landmark, Landmark]:
        return (self.vertex, self.moving, self.reference)

    def start(self, side: Side) -> Landmarks:
        """Where the points start on a photo of ``side`` (the right side is the left mirrored)."""
        if side is not Side.RIGHT:
            return self.start_left
        v, m, r = self.start_left
        return ((1.0 - v[0], v[1]), (1.0 - m[0], m[1]), (1.0 - r[0], r[1]))


GENERAL_TIPS = (
    "Camera at hip height, square to the movement, not from above or the side.",
    "The whole leg in the picture, with some room around it.",
    "Good light, and clothes that show where the joints are.",
)

_KNEE = Landmark("Knee", "the middle of the kneecap")
_ANKLE_FRONT = Landmark("Ankle", "the front of the ankle, between the ankle bones")
_PLUMB = Landmark("Upright", "straight below the knee; line it up with something upright, such as a door frame")

_ROTATION_TIPS = (
    "Sit tall on a firm chair, facing the camera, the thigh level and the knee bent at a right angle.",
    "The photo is not mirrored: your left leg shows on the right of the picture.",
    "Keep the camera square to the shins: turned 20° to one side, it changes this reading by up to 7°.",
)

RULES: dict[str, AngleRule] = {
    rule.measure_id: rule
    for rule in (
        AngleRule(
            measure_id="check-seated-rotation.internal",
            vertex=_KNEE,
            moving=_ANKLE_FRONT,
            reference=_PLUMB,
            reading=Reading.ANGLE,
            reference_line=Reference.UPRIGHT,
            # facing the camera, the left leg is on the right of the picture; its foot swings outward: further right
            start_left=((0.6, 0.45), (0.75, 0.8), (0.6, 0.85)),
            view="In front of you, at knee height, square to your shins.",
            tips=_ROTATION_TIPS,
            moving_toward=1,
            wrong_way="The foot points toward the middle: that is outward rotation, or the photo is mirrored.",
        ),
        AngleRule(
            measure_id="check-seated-rotation.external",
            vertex=_KNEE,
            moving=_ANKLE_FRONT,
            reference=_PLUMB,
            reading=Reading.ANGLE,
            reference_line=Reference.UPRIGHT,
            start_left=((0.6, 0.45), (0.42, 0.8), (0.6, 0.85)),
            view="In front of you, at knee height, square to your shins.",
            tips=_ROTATION_TIPS,
            moving_toward=-1,
            wrong_way="The foot points away from the middle: that is inward rotation, or the photo is mirrored.",
        ),
        AngleRule(
            measure_id="check-thomas-test",
            vertex=Landmark("Hip", "the bony point on the side of the hip (the top of the thigh bone)"),
            moving=Landmark("Knee", "the outside of the knee, at the joint line"),
            reference=Landmark("Level", "along the table edge, on the knee's side; level with the hip"),
            reading=Reading.FROM_LEVEL,
            reference_line=Reference.LEVEL,
            # lying on the back seen from the left, head to the right of the picture and the legs off the left end
            start_left=((0.6, 0.45), (0.35, 0.52), (0.3, 0.45)),
            view="Beside the table on the side of the hanging leg, at table height, square to the thigh.",
            tips=(
                "Lie on your back at the end of a firm table, hug the other knee and let the measured leg hang.",
                "Line the third point up with the table edge: it is the level the thigh is read from.",
            ),
        ),
    )
}


def rule_for(measure_id: str, label: str = "") -> AngleRule:
    """The rule of a degree measure, or a plain one (a joint and two arms) for a measure without its own."""
    known = RULES.get(measure_id)
    if known is not None:
        return known
    return AngleRule(
        measure_id=measure_id,
        vertex=Landmark("Joint", "the joint the angle is read at"),
        moving=Landmark("Moving arm", "a point along the limb that moves"),
        reference=Landmark("Reference arm", "a point along the line the angle is read from"),
        reading=Reading.ANGLE,
        reference_line=Reference.FREE,
        start_left=((0.5, 0.45), (0.7, 0.75), (0.5, 0.8)),
        view=f"Square to the movement{' of ' + mid_sentence(label) if label else ''}, at the height of the joint.",
    )


# ---- geometry ----------------------------------------------------------------------------------------------------


def to_pixels(point: Point, width: float, height: float) -> Point:
    return (point[0] * width, point[1] * height)


def to_fractions(point: Point, width: float, height: float) -> Point:
    return (point[0] / width, point[1] / height)


def distance(a: Point, b: Point) -> float:
    return math.hypot(b[0] - a[0], b[1] - a[1])


def angle_at(vertex: Point, a: Point, b: Point) -> float:
    """The angle at ``vertex`` between the arms to ``a`` and to ``b``, in degrees from 0 to 180.

    Raises ValueError when an arm has no length (the angle is undefined).
    """
    ax, ay = a[0] - vertex[0], a[1] - vertex[1]
    bx, by = b[0] - vertex[0], b[1] - vertex[1]
    if math.hypot(ax, ay) < 1e-9 or math.hypot(bx, by) < 1e-9:
        raise ValueError("two of the points are in the same place")
    return math.degrees(math.atan2(abs(ax * by - ay * bx), ax * bx + ay * by))


def above_line(start: Point, through: Point, point: Point) -> float:
    """How far ``point`` lies above the line from ``start`` through ``through``, in the picture (y grows downward):
    positive above, negative below, 0 on it (or on an upright line, where "above" means nothing)."""
    dx, dy = through[0] - start[0], through[1] - start[1]
    length = math.hypot(dx, dy)
    if length < 1e-9:
        return 0.0
    nx, ny = -dy / length, dx / length  # a normal of the line
    if ny > 0:  # make it point up the picture
        nx, ny = -nx, -ny
    return (point[0] - start[0]) * nx + (point[1] - start[1]) * ny


def signed_from_level(vertex: Point, moving: Point, reference: Point) -> float:
    """The angle between the reference line and the moving arm, plus when the moving arm points above it."""
    size = angle_at(vertex, moving, reference)
    return size if above_line(vertex, reference, moving) >= 0 else -size


def reading(rule: AngleRule, points: Landmarks, width: float, height: float) -> float:
    """The measure's value (degrees) from points given as fractions of a ``width`` x ``height`` photo."""
    v, m, r = (to_pixels(p, width, height) for p in points)
    if rule.reading is Reading.FROM_LEVEL:
        return signed_from_level(v, m, r)
    return angle_at(v, m, r)


def rounded(value: float) -> float:
    """A reading as HipDesk records it: whole degrees (a photo is not more precise than that)."""
    return float(math.floor(value + 0.5)) if value >= 0 else -float(math.floor(-value + 0.5))


def lean_deg(start: Point, end: Point, line: Reference) -> float:
    """How far the line from ``start`` to ``end`` leans from the picture's upright (or level), 0 to 90 degrees."""
    dx, dy = end[0] - start[0], end[1] - start[1]
    if math.hypot(dx, dy) < 1e-9:
        return 0.0
    from_upright = math.degrees(math.atan2(abs(dx), abs(dy)))
    return from_upright if line is Reference.UPRIGHT else 90.0 - from_upright


# ---- camera-angle sanity -----------------------------------------------------------------------------------------


def photo_warnings(rule: AngleRule, side: Side, points: Landmarks, width: float, height: float) -> tuple[str, ...]:
    """What about the photo or the points makes the reading doubtful, in plain sentences (empty when nothing)."""
    v, m, r = (to_pixels(p, width, height) for p in points)
    short_side = min(width, height)
    if distance(v, m) < DEGENERATE_PX or distance(v, r) < DEGENERATE_PX:
        return ("Two points sit on top of each other: drag them apart to read an angle.",)
    warnings: list[str] = []
    if rule.reference_line is not Reference.FREE:
        lean = lean_deg(v, r, rule.reference_line)
        if lean > TILT_WARN_DEG:
            what = "upright" if rule.reference_line is Reference.UPRIGHT else "level"
            warnings.append(
                f"The {rule.reference.label.lower()} line leans {lean:.0f}° from the picture's {what}: "
                "if it follows a true line in the room, the camera is tilted; level the camera and retake."
            )
    if min(distance(v, m), distance(v, r)) < SHORT_ARM_FRACTION * short_side:
        warnings.append("The leg is small in the picture: move the camera closer for a more exact reading.")
    if rule.moving_toward:
        toward = rule.moving_toward if side is not Side.RIGHT else -rule.moving_toward
        if (m[0] - r[0]) * toward < 0 and abs(m[0] - r[0]) > DEGENERATE_PX:
            warnings.append(rule.wrong_way)
    return tuple(warnings)


def limb_size(points: Landmarks, width: float, height: float) -> float:
    """The moving arm's length as a share of the picture's short side (how big the limb is in the photo)."""
    v, m, _ = (to_pixels(p, width, height) for p in points)
    return distance(v, m) / max(1e-9, min(width, height))


def pair_warning(left: float, right: float) -> str:
    """A sentence when the left and right photos show the limb at very different sizes ("" when alike).

    ``left`` and ``right`` are :func:`limb_size` values: a camera that moved between the photos changes the view
    as well as the size, so the two readings compare less well.
    """
    if min(left, right) <= 0:
        return ""
    ratio = max(left, right) / min(left, right)
    if ratio <= SCALE_MISMATCH:
        return ""
    return (
        f"The leg looks {ratio:.1f} times bigger in one photo than in the other: the camera moved between them, "
        "so the two sides compare less well. Keep the camera in one place for both."
    )


# ---- where the points start ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PhotoPixels:
    """A photo's pixels for a suggester: 8-bit RGB rows of ``stride`` bytes, top row first."""

    width: int
    height: int
    stride: int
    rgb: bytes = field(repr=False)


class LandmarkSuggester(Protocol):
    """Suggests where the three points go on a photo (fractions), or None to leave them to the person.

    HipDesk places them by hand (:class:`StartingPlaces`). An on-device pose model can implement this to suggest
    points from the pixels; the person still sees and can move every point before the angle is used.
    """

    name: str

    def suggest(self, photo: PhotoPixels, rule: AngleRule, side: Side) -> Landmarks | None: ...


class StartingPlaces:
    """The rule's starting places for the side: sensible spots the person drags onto the joints."""

    name = "starting places"

    def suggest(self, photo: PhotoPixels, rule: AngleRule, side: Side) -> Landmarks | None:
        return rule.start(side)


def place_landmarks(
    suggesters: Sequence[LandmarkSuggester], photo: PhotoPixels, rule: AngleRule, side: Side
) -> tuple[Landmarks, str]:
    """The first suggestion any suggester makes (and its name), else the rule's starting places.

    A suggestion with a point off the photo is ignored: a point the person cannot see cannot be checked.
    """
    for suggester in suggesters:
        points = suggester.suggest(photo, rule, side)
        if points is not None and all(0.0 <= x <= 1.0 and 0.0 <= y <= 1.0 for x, y in points):
            return points, suggester.name
    return rule.start(side), StartingPlaces.name
