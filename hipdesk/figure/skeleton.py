"""The posable skeleton: proportions, joint angles and 3-D forward kinematics.

World axes: x points the way a standing figure faces, y points up, z points to the figure's left.
A side camera looks at the figure's left side, so a standing figure faces the left edge of the picture.

A pose is a flat mapping of angle names to degrees (see ``ANGLE_LIMITS``); a missing name is 0.
Hips and shoulders take three angles applied in the order flexion, abduction, rotation (each about
the limb's own frame as it stands after the previous one); knees, elbows, ankles and wrists take one.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from hipdesk.figure import vec
from hipdesk.figure.vec import Vec3

Angles = Mapping[str, float]

SIDES = ("left", "right")


@dataclass(frozen=True)
class Proportions:
    """Segment lengths and thicknesses in metres for an adult of about 1.75 m."""

    hip_half_width: float = 0.09
    lumbar: float = 0.22
    thorax: float = 0.30
    shoulder_drop: float = 0.05
    shoulder_half_width: float = 0.18
    neck: float = 0.09
    head_radius: float = 0.105
    thigh: float = 0.44
    shin: float = 0.43
    ankle_height: float = 0.05
    heel_back: float = 0.045
    toe_front: float = 0.17
    upper_arm: float = 0.30
    forearm: float = 0.26
    hand: float = 0.09
    # thickness (full width) of each capsule
    pelvis_w: float = 0.24
    lumbar_half_lat: float = 0.145
    lumbar_half_depth: float = 0.10
    thorax_half_lat: float = 0.165
    thorax_half_depth: float = 0.11
    neck_w: float = 0.08
    girdle_w: float = 0.12
    thigh_w: float = 0.16
    knee_w: float = 0.10
    shin_w: float = 0.105
    ankle_w: float = 0.065
    foot_w: float = 0.065
    upper_arm_w: float = 0.09
    elbow_w: float = 0.07
    forearm_w: float = 0.075
    wrist_w: float = 0.055
    hand_w: float = 0.06


PROPORTIONS = Proportions()

# Degrees. Hips and shoulders: flexion, abduction, internal rotation (negative: external).
ANGLE_LIMITS: dict[str, tuple[float, float]] = {
    "pelvis.pitch": (-180.0, 180.0),
    "pelvis.yaw": (-180.0, 180.0),
    "pelvis.roll": (-180.0, 180.0),
    "pelvis.turn": (-180.0, 180.0),
    "pelvis.tilt": (-90.0, 90.0),
    "pelvis.x": (-3.0, 3.0),
    "pelvis.z": (-3.0, 3.0),
    "spine.flex": (-40.0, 100.0),
    "spine.side": (-45.0, 45.0),
    "spine.twist": (-60.0, 60.0),
    "neck.flex": (-60.0, 70.0),
    "neck.turn": (-80.0, 80.0),
}
for _s in SIDES:
    ANGLE_LIMITS.update(
        {
            f"{_s}_hip.flex": (-35.0, 140.0),
            f"{_s}_hip.abd": (-40.0, 95.0),
            f"{_s}_hip.rot": (-95.0, 95.0),
            f"{_s}_knee": (0.0, 160.0),
            f"{_s}_ankle": (-80.0, 40.0),
            f"{_s}_shoulder.flex": (-70.0, 185.0),
            f"{_s}_shoulder.abd": (-40.0, 185.0),
            f"{_s}_shoulder.rot": (-95.0, 95.0),
            f"{_s}_elbow": (0.0, 160.0),
            f"{_s}_wrist": (-90.0, 95.0),
        }
    )

# Angles that change sign when a pose is mirrored through the body's midline.
_NEGATE_ON_MIRROR = frozenset(
    {"pelvis.yaw", "pelvis.roll", "pelvis.turn", "pelvis.z", "spine.side", "spine.twist", "neck.turn"}
)


def mirror_angles(angles: Angles) -> dict[str, float]:
    """The same pose done on the other side: left and right limb angles swap; sideways ones flip sign."""
    out: dict[str, float] = {}
    for key, value in angles.items():
        if key.startswith("left_"):
            out["right_" + key[5:]] = value
        elif key.startswith("right_"):
            out["left_" + key[6:]] = value
        elif key in _NEGATE_ON_MIRROR:
            out[key] = -value
        else:
            out[key] = value
    return out


def mirror_name(name: str) -> str:
    """'left_knee' <-> 'right_knee'; names of midline parts are unchanged."""
    if name.startswith("left_"):
        return "right_" + name[5:]
    if name.startswith("right_"):
        return "left_" + name[6:]
    return name


@dataclass(frozen=True)
class Segment3:
    """A capsule between two points. ``half_lat``/``half_depth`` set an elliptic section (torso parts)."""

    name: str
    a: Vec3
    b: Vec3
    width: float
    side: str  # "left", "right" or "mid"
    lateral: Vec3 | None = None
    front: Vec3 | None = None
    half_lat: float = 0.0
    half_depth: float = 0.0
    end_width: float = 0.0  # the width at ``b`` when the limb tapers (0: same as ``width``)

    def half_extent(self, direction: Vec3) -> float:
        """Half the thickness of the capsule at ``a`` seen across ``direction`` (a unit vector)."""
        if self.lateral is None or self.front is None:
            return self.width / 2
        return math.hypot(
            self.half_lat * vec.dot(self.lateral, direction), self.half_depth * vec.dot(self.front, direction)
        )

    def end_half_extent(self, direction: Vec3) -> float:
        """Half the thickness at ``b``."""
        return self.end_width / 2 if self.end_width else self.half_extent(direction)


@dataclass(frozen=True)
class Body:
    """A posed skeleton in world coordinates: named points and the capsules drawn between them."""

    points: dict[str, Vec3]
    segments: tuple[Segment3, ...]
    head_center: Vec3
    head_radius: float
    face: Vec3  # unit vector the face looks along

    def translated(self, d: Vec3) -> Body:
        return Body(
            points={k: vec.add(p, d) for k, p in self.points.items()},
            segments=tuple(
                Segment3(
                    s.name,
                    vec.add(s.a, d),
                    vec.add(s.b, d),
                    s.width,
                    s.side,
                    s.lateral,
                    s.front,
                    s.half_lat,
                    s.half_depth,
                    s.end_width,
                )
                for s in self.segments
            ),
            head_center=vec.add(self.head_center, d),
            head_radius=self.head_radius,
            face=self.face,
        )

    def segment(self, name: str) -> Segment3:
        for s in self.segments:
            if s.name == name:
                return s
        raise KeyError(name)

    def lowest(self) -> float:
        """The lowest y any part of the body reaches."""
        down = (0.0, -1.0, 0.0)
        low = self.head_center[1] - self.head_radius
        for s in self.segments:
            low = min(low, s.a[1] - s.half_extent(down), s.b[1] - s.end_half_extent(down))
        return low


def _rot_world(v: Vec3, axis: int, deg: float) -> Vec3:
    """Right-hand rotation of ``v`` about world axis 0 (x), 1 (y) or 2 (z)."""
    r = math.radians(deg)
    c, s = math.cos(r), math.sin(r)
    x, y, z = v
    if axis == 0:
        return (x, y * c - z * s, y * s + z * c)
    if axis == 1:
        return (x * c + z * s, y, -x * s + z * c)
    return (x * c - y * s, x * s + y * c, z)


def pelvis_frame(
    pitch: float, yaw: float, roll: float, turn: float = 0.0, tilt: float = 0.0
) -> tuple[Vec3, Vec3, Vec3]:
    """(front, up, left) of the pelvis.

    From standing: ``turn`` twists the figure about its own long axis (to its left when positive),
    ``roll`` tips it onto its right side (left side up) when positive, ``pitch`` leans it forward
    (90 = face down, -90 = on the back), ``yaw`` turns it to its left about the vertical, and last
    ``tilt`` raises whatever points along +x (a head, for a figure lying across a side view).
    """
    axes: list[Vec3] = [(1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0)]
    out = []
    for v in axes:
        v = _rot_world(v, 1, -turn)
        v = _rot_world(v, 0, -roll)
        v = _rot_world(v, 2, -pitch)
        v = _rot_world(v, 1, -yaw)
        v = _rot_world(v, 2, tilt)
        out.append(v)
    return out[0], out[1], out[2]


def _limb(
    origin: Vec3,
    down: Vec3,
    front: Vec3,
    out: Vec3,
    flex: float,
    abd: float,
    rot: float,
    bend: float,
    bend_forward: bool,
    len1: float,
    len2: float,
) -> tuple[Vec3, Vec3, Vec3, Vec3, Vec3]:
    """Joint chain for a hip or shoulder: returns (middle joint, end joint, distal axis, distal front, out)."""
    a, fv = vec.rotate_pair(down, front, flex)
    a, s = vec.rotate_pair(a, out, abd)
    fv, s = vec.rotate_pair(fv, s, -rot)
    mid = vec.madd(origin, a, len1)
    b, fb = vec.rotate_pair(a, fv, bend if bend_forward else -bend)
    end = vec.madd(mid, b, len2)
    return mid, end, b, fb, s


def forward_kinematics(angles: Angles, p: Proportions = PROPORTIONS) -> Body:
    """Pose the skeleton. The pelvis centre sits at (pelvis.x, 0, pelvis.z); grounding happens later."""
    g = angles.get
    front, up, left = pelvis_frame(
        g("pelvis.pitch", 0.0),
        g("pelvis.yaw", 0.0),
        g("pelvis.roll", 0.0),
        g("pelvis.turn", 0.0),
        g("pelvis.tilt", 0.0),
    )
    root: Vec3 = (g("pelvis.x", 0.0), 0.0, g("pelvis.z", 0.0))
    pts: dict[str, Vec3] = {"pelvis": root}
    segs: list[Segment3] = []

    # spine: the lumbar part takes half the bend, the thorax all of it
    def spine_frame(k: float) -> tuple[Vec3, Vec3, Vec3]:
        u, f = vec.rotate_pair(up, front, g("spine.flex", 0.0) * k)
        u, lat = vec.rotate_pair(u, left, g("spine.side", 0.0) * k)
        f, lat = vec.rotate_pair(f, lat, g("spine.twist", 0.0) * k)
        return f, u, lat

    f1, u1, l1 = spine_frame(0.5)
    mid_back = vec.madd(root, u1, p.lumbar)
    ft, ut, lt = spine_frame(1.0)
    neck = vec.madd(mid_back, ut, p.thorax)
    chest_top = vec.madd(neck, ut, -0.10)
    pts["mid_back"] = mid_back
    pts["neck"] = neck
    segs.append(Segment3("lumbar", root, mid_back, 0.0, "mid", l1, f1, p.lumbar_half_lat, p.lumbar_half_depth))
    segs.append(Segment3("thorax", mid_back, chest_top, 0.0, "mid", lt, ft, p.thorax_half_lat, p.thorax_half_depth))

    hu, hf = vec.rotate_pair(ut, ft, g("neck.flex", 0.0))
    hf, _hl = vec.rotate_pair(hf, lt, g("neck.turn", 0.0))
    head_base = vec.madd(neck, hu, p.neck)
    head_center = vec.madd(head_base, hu, p.head_radius * 0.8)
    segs.append(Segment3("neck", vec.madd(neck, ut, -0.04), head_base, p.neck_w, "mid"))
    pts["head"] = head_center

    hips: list[Vec3] = []
    shoulders: list[Vec3] = []
    for side, sign in (("left", 1.0), ("right", -1.0)):
        out = vec.scale(left, sign)
        hip = vec.madd(root, out, p.hip_half_width)
        hips.append(hip)
        knee, ankle, shin, shin_front, _ = _limb(
            hip,
            vec.scale(up, -1.0),
            front,
            out,
            g(f"{side}_hip.flex", 0.0),
            g(f"{side}_hip.abd", 0.0),
            g(f"{side}_hip.rot", 0.0),
            g(f"{side}_knee", 0.0),
            False,
            p.thigh,
            p.shin,
        )
        foot, sole_down = vec.rotate_pair(shin_front, shin, -g(f"{side}_ankle", 0.0))
        base = vec.madd(ankle, sole_down, p.ankle_height)
        heel = vec.madd(base, foot, -p.heel_back)
        toe = vec.madd(base, foot, p.toe_front)
        pts.update({f"{side}_hip": hip, f"{side}_knee": knee, f"{side}_ankle": ankle})
        pts.update({f"{side}_heel": heel, f"{side}_toe": toe, f"{side}_midfoot": vec.lerp(heel, toe, 0.45)})
        pts[f"{side}_thigh_high"] = vec.lerp(hip, knee, 0.25)
        pts[f"{side}_thigh_low"] = vec.lerp(hip, knee, 0.8)
        pts[f"{side}_glute"] = vec.madd(vec.madd(hip, front, -0.055), up, 0.015)
        pts[f"{side}_glute_side"] = vec.madd(vec.madd(hip, out, 0.045), up, 0.05)
        segs.append(Segment3(f"{side}_thigh", hip, knee, p.thigh_w, side, end_width=p.knee_w))
        segs.append(Segment3(f"{side}_shin", knee, ankle, p.shin_w, side, end_width=p.ankle_w))
        segs.append(Segment3(f"{side}_foot", heel, toe, p.foot_w, side))

        t_out = vec.scale(lt, sign)
        shoulder = vec.madd(vec.madd(neck, ut, -p.shoulder_drop), t_out, p.shoulder_half_width)
        elbow, wrist, fore, fore_front, _ = _limb(
            shoulder,
            vec.scale(ut, -1.0),
            ft,
            t_out,
            g(f"{side}_shoulder.flex", 0.0),
            g(f"{side}_shoulder.abd", 0.0),
            g(f"{side}_shoulder.rot", 0.0),
            g(f"{side}_elbow", 0.0),
            True,
            p.upper_arm,
            p.forearm,
        )
        hand_dir, _ = vec.rotate_pair(fore, fore_front, g(f"{side}_wrist", 0.0))
        hand = vec.madd(wrist, hand_dir, p.hand)
        shoulders.append(shoulder)
        pts.update({f"{side}_shoulder": shoulder, f"{side}_elbow": elbow, f"{side}_wrist": wrist})
        pts[f"{side}_hand"] = hand
        segs.append(Segment3(f"{side}_upper_arm", shoulder, elbow, p.upper_arm_w, side, end_width=p.elbow_w))
        segs.append(Segment3(f"{side}_forearm", elbow, wrist, p.forearm_w, side, end_width=p.wrist_w))
        segs.append(Segment3(f"{side}_hand", wrist, hand, p.hand_w, side))

    segs.append(Segment3("pelvis", hips[0], hips[1], p.pelvis_w, "mid"))
    # the shoulder girdle: gives the chest its width seen from the front
    girdle = (vec.lerp(shoulders[0], shoulders[1], 0.08), vec.lerp(shoulders[0], shoulders[1], 0.92))
    segs.append(Segment3("shoulders", girdle[0], girdle[1], p.girdle_w, "mid"))
    return Body(points=pts, segments=tuple(segs), head_center=head_center, head_radius=p.head_radius, face=hf)


def check_limits(angles: Angles) -> list[str]:
    """Names of angles outside human limits, with the value and the limit."""
    problems = []
    for key, value in angles.items():
        lo, hi = ANGLE_LIMITS.get(key, (-math.inf, math.inf))
        if not lo <= value <= hi:
            problems.append(f"{key}={value:g} outside {lo:g}..{hi:g}")
    return problems
