"""What a pose file describes, once loaded: the figure's keyframes, camera, props and highlights."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field, replace
from enum import StrEnum

from hipdesk.domain.exercise import Position, Region
from hipdesk.figure.camera import Camera
from hipdesk.figure.skeleton import mirror_angles, mirror_name
from hipdesk.figure.vec import Vec3


class Motion(StrEnum):
    """How the figure moves: a hold eases into the end pose, reps go there and back, rolling slides along."""

    HOLD = "hold"
    REPS = "reps"
    ROLL = "roll"


class PropKind(StrEnum):
    BAND = "band"
    ROLLER = "roller"
    WALL = "wall"
    CHAIR = "chair"
    BLOCK = "block"
    BENCH = "bench"
    WEIGHT = "weight"


@dataclass(frozen=True)
class Prop:
    """A prop in world coordinates (metres, the pelvis starts at x = 0, z = 0).

    band: ``ends`` names two body points (or one and ``anchor``); roller: ``at`` is its centre on the floor;
    wall: ``at`` is a point of its face; it stands beside the figure when abs(z) > abs(x), else ahead or
    behind; chair: ``at`` is the front edge of the seat (the seat reaches back toward -x when ``facing`` is 1);
    block: ``at`` is the centre of its base; bench (a firm table): ``at`` is one end's edge, it reaches
    ``size`` metres (default 1.4) back toward -x when ``facing`` is 1; weight: hangs from ``ends[0]``.
    """

    kind: PropKind
    at: Vec3 = (0.0, 0.0, 0.0)
    ends: tuple[str, ...] = ()
    anchor: Vec3 | None = None
    size: float = 0.0
    facing: float = 1.0  # +1: the chair seat looks along +x

    def mirrored(self) -> Prop:
        x, y, z = self.at
        anchor = None if self.anchor is None else (self.anchor[0], self.anchor[1], -self.anchor[2])
        return Prop(self.kind, (x, y, -z), tuple(mirror_name(e) for e in self.ends), anchor, self.size, self.facing)


# What a body part can touch besides another body part: the floor, or a prop the pose has.
SURFACES = ("floor", *(k.value for k in PropKind if k not in (PropKind.BAND, PropKind.WEIGHT)))


@dataclass(frozen=True)
class Contact:
    """A body part touching something: ``part`` (a segment such as "left_shin", "head", or a joint such as
    "left_ankle") rests on ``on``: "floor", a prop ("chair", "roller", "wall", "bench", "block") or another body
    part ("right_thigh"). Tests measure every declared contact in the posed rig."""

    part: str
    on: str

    def mirrored(self) -> Contact:
        return Contact(mirror_name(self.part), mirror_name(self.on))

    def __str__(self) -> str:
        return f"{self.part} on {self.on}"


@dataclass(frozen=True, eq=False)
class Keyframe:
    at: float
    angles: dict[str, float]
    contacts: tuple[Contact, ...] | None = None  # what touches what here, when it differs from the spec's


@dataclass(frozen=True, eq=False)
class PoseSpec:
    """One exercise's figure. Keyframes are written for the left side; ``for_side`` gives the right."""

    exercise_id: str
    name: str
    position: Position
    camera: Camera
    motion: Motion
    keyframes: tuple[Keyframe, ...]
    highlight: tuple[Region, ...] = ()
    both_sides: bool = False
    props: tuple[Prop, ...] = ()
    contacts: tuple[Contact, ...] = ()
    pin: str = ""  # a body point kept in place across the animation (a planted foot, a knee on the floor)
    mirrored: bool = False
    # Keyframes strictly between start and end taken on the way back (the fraction falling), so a rep can
    # go out one way and come home another: a knee drawing a whole circle rather than an arc and back.
    returns: tuple[Keyframe, ...] = ()
    _ats: tuple[float, ...] = field(default=(), compare=False, repr=False)
    _return_frames: tuple[Keyframe, ...] = field(default=(), compare=False, repr=False)
    _return_ats: tuple[float, ...] = field(default=(), compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_ats", tuple(k.at for k in self.keyframes))
        frames = (self.keyframes[0], *sorted(self.returns, key=lambda k: k.at), self.keyframes[-1])
        object.__setattr__(self, "_return_frames", frames if self.returns else self.keyframes)
        object.__setattr__(self, "_return_ats", tuple(k.at for k in self._return_frames))

    @property
    def start(self) -> Keyframe:
        return self.keyframes[0]

    @property
    def end(self) -> Keyframe:
        return self.keyframes[-1]

    def angles_at(self, fraction: float, returning: bool = False) -> dict[str, float]:
        """Joint angles at ``fraction`` (0 = start pose, 1 = end pose), linear between keyframes.

        ``returning``: on the way back from the end pose, through the ``returns`` keyframes if there are any.
        """
        f = min(1.0, max(0.0, fraction))
        frames, ats = (self._return_frames, self._return_ats) if returning else (self.keyframes, self._ats)
        i = bisect.bisect_right(ats, f)
        if i <= 0:
            return dict(frames[0].angles)
        if i >= len(frames):
            return dict(frames[-1].angles)
        k0, k1 = frames[i - 1], frames[i]
        span = k1.at - k0.at
        t = (f - k0.at) / span if span > 1e-9 else 1.0
        a0, a1 = k0.angles, k1.angles
        return {key: a0.get(key, 0.0) + (a1.get(key, 0.0) - a0.get(key, 0.0)) * t for key in a0.keys() | a1.keys()}

    def keyframe_contacts(self, keyframe: Keyframe) -> tuple[Contact, ...]:
        """What touches what in ``keyframe``: its own list, or the spec's."""
        return keyframe.contacts if keyframe.contacts is not None else self.contacts

    def contacts_at(self, fraction: float, returning: bool = False) -> tuple[Contact, ...]:
        """What touches what at ``fraction``: a keyframe's contacts there, and between two keyframes the contacts
        both of them have (a contact held at both ends of a stretch of the motion is held all along it)."""
        f = min(1.0, max(0.0, fraction))
        frames = self._return_frames if returning else self.keyframes
        for k in frames:
            if abs(k.at - f) < 1e-9:
                return self.keyframe_contacts(k)
        i = bisect.bisect_right([k.at for k in frames], f)
        before, after = self.keyframe_contacts(frames[i - 1]), self.keyframe_contacts(frames[i])
        return tuple(c for c in before if c in after)

    def for_side(self, right: bool) -> PoseSpec:
        """The spec as drawn for the right side: mirrored angles, props, contacts and camera."""
        if not right:
            return self
        return PoseSpec(
            exercise_id=self.exercise_id,
            name=self.name,
            position=self.position,
            camera=self.camera.mirrored(),
            motion=self.motion,
            keyframes=tuple(_mirrored_keyframe(k) for k in self.keyframes),
            returns=tuple(_mirrored_keyframe(k) for k in self.returns),
            highlight=self.highlight,
            both_sides=self.both_sides,
            props=tuple(p.mirrored() for p in self.props),
            contacts=tuple(c.mirrored() for c in self.contacts),
            pin=mirror_name(self.pin),
            mirrored=not self.mirrored,
        )

    def other_side_in_view(self) -> PoseSpec:
        """The same movement done to the other side, seen from this spec's camera: for a drill that alternates
        sides, so the viewpoint stays put while the figure goes one way, then the other."""
        return replace(self.for_side(True), camera=self.camera)  # for_side mirrors a right spec back to the left


def _mirrored_keyframe(k: Keyframe) -> Keyframe:
    contacts = None if k.contacts is None else tuple(c.mirrored() for c in k.contacts)
    return Keyframe(k.at, mirror_angles(k.angles), contacts)
