"""Reading pose files (``resources/poses/<id>.toml``, described in docs/pose-format.md).

A keyframe lists only what differs from the position's base pose (the start) or from the start (the end
and any keyframe between). A broken file raises ``PoseFileError`` naming the file, the field and the reason.
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from hipdesk.domain.exercise import Position, Region, Side
from hipdesk.figure.camera import CAMERAS, Camera
from hipdesk.figure.model import SURFACES, Contact, Keyframe, Motion, PoseSpec, Prop, PropKind
from hipdesk.figure.skeleton import ANGLE_LIMITS, check_limits, forward_kinematics
from hipdesk.figure.vec import Vec3

POSES_DIR = Path(__file__).resolve().parent.parent / "resources" / "poses"


class PoseFileError(ValueError):
    def __init__(self, path: Path | str, field: str, reason: str) -> None:
        super().__init__(f"{path}: {field}: {reason}")
        self.path = str(path)
        self.field = field
        self.reason = reason


# Each position's resting shape: what a keyframe starts from before its own angles apply.
BASE_POSES: dict[Position, dict[str, Any]] = {
    Position.STANDING: {"shoulders": [0, 6, 0], "elbows": 10},
    Position.CHAIR: {"hips": [87.5, 6, 0], "knees": 95, "shoulders": [25, 5, 0], "elbows": 55},
    Position.FLOOR_SITTING: {"hips": 90, "spine": 5, "shoulders": [-18, 10, 0], "elbows": 5, "wrists": -60},
    Position.KNEELING: {"knees": 83, "ankles": -75, "shoulders": [0, 6, 0], "elbows": 10},
    Position.HALF_KNEELING: {
        "left_hip": -5,
        "left_knee": 80,
        "left_ankle": -75,
        "right_hip": 88,
        "right_knee": 90,
        "right_ankle": 2,
        "shoulders": [0, 6, 0],
        "elbows": 10,
    },
    Position.ALL_FOURS: {
        "pelvis": {"pitch": 82},
        "hips": 82,
        "knees": 85,
        "ankles": -75,
        "shoulders": 78,
        "wrists": 90,
        "neck": -10,
    },
    Position.ON_BACK: {"pelvis": {"pitch": -90}, "hips": -2, "shoulders": [0, 12, 0], "ankles": -15},
    Position.ON_FRONT: {"pelvis": {"pitch": 90}, "shoulders": [0, 12, 0], "ankles": -70},
    Position.ON_SIDE: {
        "pelvis": {"roll": 90, "yaw": 90},
        "hips": 40,
        "knees": 85,
        "right_shoulder": [160, 0, 0],
        "right_elbow": 110,
        "left_shoulder": [40, 0, 0],
        "left_elbow": 40,
    },
}

# The contacts of a figure without a pose file (a calm standing figure).
STANDING_CONTACTS = (Contact("left_foot", "floor"), Contact("right_foot", "floor"))

_SHORTCUTS = {"hips": "hip", "knees": "knee", "ankles": "ankle", "shoulders": "shoulder", "elbows": "elbow"}
_SHORTCUTS["wrists"] = "wrist"
_THREE = ("flex", "abd", "rot")
_PELVIS_KEYS = ("x", "z", "pitch", "yaw", "roll", "turn", "tilt")
_TOP_KEYS = frozenset(
    {
        "name",
        "position",
        "camera",
        "motion",
        "highlight",
        "both_sides",
        "contacts",
        "pin",
        "props",
        "start",
        "end",
        "between",
        "return",
    }
)
_PROP_KEYS = frozenset({"kind", "at", "ends", "anchor", "size", "facing"})


def _num(value: object, path: Path, field: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise PoseFileError(path, field, f"expected a number, got {value!r}")
    return float(value)


def _vec3(value: object, path: Path, field: str) -> Vec3:
    if not isinstance(value, list) or len(value) != 3:
        raise PoseFileError(path, field, f"expected [x, y, z], got {value!r}")
    return (_num(value[0], path, field), _num(value[1], path, field), _num(value[2], path, field))


def _apply_joint(out: dict[str, float], joint: str, value: object, path: Path, field: str) -> None:
    """Set one joint's angles; hips and shoulders take [flex, abd, rot] or just flex."""
    kind = joint.split("_", 1)[1]
    if kind in ("hip", "shoulder"):
        values = value if isinstance(value, list) else [value]
        if not 1 <= len(values) <= 3:
            raise PoseFileError(path, field, "expected flex or [flex, abduction, rotation]")
        for name, v in zip(_THREE, values, strict=False):
            out[f"{joint}.{name}"] = _num(v, path, field)
    else:
        out[joint] = _num(value, path, field)


def apply_keyframe(base: Mapping[str, float], table: Mapping[str, Any], path: Path, where: str) -> dict[str, float]:
    """``base`` with the angles of one keyframe table laid over it."""
    out = dict(base)
    shortcuts = {k: v for k, v in table.items() if k in _SHORTCUTS}
    specific = {k: v for k, v in table.items() if k not in _SHORTCUTS}
    for key, value in shortcuts.items():
        for side in ("left", "right"):
            _apply_joint(out, f"{side}_{_SHORTCUTS[key]}", value, path, f"{where}.{key}")
    for key, value in specific.items():
        field = f"{where}.{key}"
        if key in ("at", "contacts"):
            continue
        if key == "pelvis":
            if not isinstance(value, dict):
                raise PoseFileError(path, field, "expected a table like { pitch = 90 }")
            for k, v in value.items():
                if k not in _PELVIS_KEYS:
                    raise PoseFileError(path, f"{field}.{k}", f"unknown; expected one of {', '.join(_PELVIS_KEYS)}")
                out[f"pelvis.{k}"] = _num(v, path, f"{field}.{k}")
        elif key == "spine":
            values = value if isinstance(value, list) else [value]
            for name, v in zip(("flex", "side", "twist"), values, strict=False):
                out[f"spine.{name}"] = _num(v, path, field)
        elif key == "neck":
            values = value if isinstance(value, list) else [value]
            for name, v in zip(("flex", "turn"), values, strict=False):
                out[f"neck.{name}"] = _num(v, path, field)
        elif key.startswith(("left_", "right_")) and key.split("_", 1)[1] in _SHORTCUTS.values():
            _apply_joint(out, key, value, path, field)
        else:
            raise PoseFileError(path, field, "unknown joint")
    return out


def base_angles(position: Position) -> dict[str, float]:
    zero = {k: 0.0 for k in ANGLE_LIMITS}
    return apply_keyframe(zero, BASE_POSES[position], Path("<base>"), position.value)


def _camera(value: object, path: Path) -> Camera:
    if isinstance(value, str):
        if value not in CAMERAS:
            raise PoseFileError(path, "camera", f"unknown camera {value!r}; expected one of {', '.join(CAMERAS)}")
        return CAMERAS[value]
    if isinstance(value, dict):
        unknown = set(value) - {"azimuth", "elevation"}
        if unknown:
            raise PoseFileError(path, "camera", f"unknown keys {sorted(unknown)}")
        return Camera(
            _num(value.get("azimuth", 0), path, "camera.azimuth"),
            _num(value.get("elevation", 0), path, "camera.elevation"),
        )
    raise PoseFileError(path, "camera", "expected a camera name or { azimuth, elevation }")


def _prop(value: object, path: Path, field: str) -> Prop:
    if not isinstance(value, dict):
        raise PoseFileError(path, field, "expected a table")
    unknown = set(value) - _PROP_KEYS
    if unknown:
        raise PoseFileError(path, field, f"unknown keys {sorted(unknown)}")
    try:
        kind = PropKind(str(value.get("kind")))
    except ValueError:
        raise PoseFileError(path, f"{field}.kind", f"expected one of {', '.join(k.value for k in PropKind)}") from None
    ends = value.get("ends", [])
    if not isinstance(ends, list) or not all(isinstance(e, str) for e in ends):
        raise PoseFileError(path, f"{field}.ends", "expected a list of body point names")
    at = _vec3(value["at"], path, f"{field}.at") if "at" in value else (0.0, 0.0, 0.0)
    anchor = _vec3(value["anchor"], path, f"{field}.anchor") if "anchor" in value else None
    if kind is PropKind.BAND and len(ends) + (anchor is not None) != 2:
        raise PoseFileError(path, field, "a band needs two ends, or one end and an anchor")
    return Prop(
        kind,
        at,
        tuple(ends),
        anchor,
        _num(value.get("size", 0.0), path, f"{field}.size"),
        _num(value.get("facing", 1.0), path, f"{field}.facing"),
    )


def _enum_list(value: object, enum: type[Region], path: Path, field: str) -> tuple[Region, ...]:
    if not isinstance(value, list):
        raise PoseFileError(path, field, "expected a list")
    out = []
    for v in value:
        try:
            out.append(enum(v))
        except ValueError:
            raise PoseFileError(path, field, f"unknown value {v!r}") from None
    return tuple(out)


def _contacts(value: object, path: Path, field: str) -> tuple[Contact, ...]:
    """``{ floor = ["thorax", "left_foot"], right_thigh = ["left_ankle"] }``: what rests on each surface."""
    if not isinstance(value, dict):
        raise PoseFileError(path, field, 'expected a table like { floor = ["left_foot"], wall = ["left_hand"] }')
    out: list[Contact] = []
    for on, parts in value.items():
        if not isinstance(parts, list) or not all(isinstance(c, str) for c in parts):
            raise PoseFileError(path, f"{field}.{on}", "expected a list of body parts")
        out += [Contact(part, on) for part in parts]
    return tuple(out)


def _keyframe_contacts(table: Mapping[str, Any], path: Path, where: str) -> tuple[Contact, ...] | None:
    return _contacts(table["contacts"], path, f"{where}.contacts") if "contacts" in table else None


def parse_pose(data: Mapping[str, Any], path: Path, exercise_id: str) -> PoseSpec:
    unknown = set(data) - _TOP_KEYS
    if unknown:
        raise PoseFileError(path, sorted(unknown)[0], "unknown field")
    for key in ("name", "position", "start", "end"):
        if key not in data:
            raise PoseFileError(path, key, "missing")
    name = data["name"]
    if not isinstance(name, str) or not name:
        raise PoseFileError(path, "name", "expected a non-empty string")
    try:
        position = Position(data["position"])
    except ValueError:
        raise PoseFileError(path, "position", f"expected one of {', '.join(p.value for p in Position)}") from None
    try:
        motion = Motion(data.get("motion", "hold"))
    except ValueError:
        raise PoseFileError(path, "motion", f"expected one of {', '.join(m.value for m in Motion)}") from None
    camera = _camera(data.get("camera", "side"), path)
    highlight = _enum_list(data.get("highlight", []), Region, path, "highlight")
    both = data.get("both_sides", False)
    if not isinstance(both, bool):
        raise PoseFileError(path, "both_sides", "expected true or false")
    props_raw = data.get("props", [])
    if not isinstance(props_raw, list):
        raise PoseFileError(path, "props", "expected a list of tables")
    props = tuple(_prop(p, path, f"props[{i}]") for i, p in enumerate(props_raw))
    if position is Position.CHAIR and not any(p.kind is PropKind.CHAIR for p in props):
        props += (Prop(PropKind.CHAIR, (0.12, 0.0, 0.0)),)
    if "contacts" not in data:
        raise PoseFileError(path, "contacts", "missing: say what touches the floor, a prop or another body part")
    contacts = _contacts(data["contacts"], path, "contacts")

    pin = data.get("pin", "")
    if not isinstance(pin, str):
        raise PoseFileError(path, "pin", "expected a body point name")
    for key in ("start", "end"):
        if not isinstance(data[key], dict):
            raise PoseFileError(path, key, "expected a table")
    start = apply_keyframe(base_angles(position), data["start"], path, "start")
    frames = [
        Keyframe(0.0, start, _keyframe_contacts(data["start"], path, "start")),
        Keyframe(1.0, apply_keyframe(start, data["end"], path, "end"), _keyframe_contacts(data["end"], path, "end")),
    ]
    frames += _inner_keyframes(data, "between", start, path)
    frames.sort(key=lambda k: k.at)
    returns = _inner_keyframes(data, "return", start, path)
    for k in frames:
        problems = check_limits(k.angles)
        if problems:
            raise PoseFileError(path, f"keyframe at {k.at:g}", "; ".join(problems))
    for k in returns:
        problems = check_limits(k.angles)
        if problems:
            raise PoseFileError(path, f"return keyframe at {k.at:g}", "; ".join(problems))
    every_contact = contacts + tuple(c for k in (*frames, *returns) for c in k.contacts or ())
    _check_names(path, start, every_contact, pin, props)
    return PoseSpec(
        exercise_id=exercise_id,
        name=name,
        position=position,
        camera=camera,
        motion=motion,
        keyframes=tuple(frames),
        highlight=highlight,
        both_sides=both,
        props=props,
        contacts=contacts,
        pin=pin,
        returns=tuple(returns),
    )


def _inner_keyframes(data: Mapping[str, Any], key: str, start: dict[str, float], path: Path) -> list[Keyframe]:
    """The ``[[between]]`` (or ``[[return]]``) keyframes, each relative to the start."""
    tables = data.get(key, [])
    if not isinstance(tables, list):
        raise PoseFileError(path, key, f"expected [[{key}]] tables")
    out = []
    for i, table in enumerate(tables):
        where = f"{key}[{i}]"
        if not isinstance(table, dict) or "at" not in table:
            raise PoseFileError(path, where, "needs at = a fraction between 0 and 1")
        at = _num(table["at"], path, f"{where}.at")
        if not 0.0 < at < 1.0:
            raise PoseFileError(path, f"{where}.at", "must be strictly between 0 and 1")
        out.append(Keyframe(at, apply_keyframe(start, table, path, where), _keyframe_contacts(table, path, where)))
    return out


def _check_names(
    path: Path, angles: dict[str, float], contacts: tuple[Contact, ...], pin: str, props: tuple[Prop, ...]
) -> None:
    body = forward_kinematics(angles)
    parts = {s.name for s in body.segments} | set(body.points)
    surfaces = {"floor"} | {p.kind.value for p in props if p.kind.value in SURFACES}
    for c in contacts:
        if c.part not in parts:
            raise PoseFileError(
                path, "contacts", f"unknown body part {c.part!r}; expected one of {', '.join(sorted(parts))}"
            )
        if c.on in SURFACES and c.on not in surfaces:
            raise PoseFileError(path, f"contacts.{c.on}", f"the pose has no {c.on}: add it to props")
        if c.on not in SURFACES and c.on not in parts:
            choices = ", ".join(sorted(surfaces))
            raise PoseFileError(path, f"contacts.{c.on}", f"expected {choices} or a body part")
        if c.on == c.part:
            raise PoseFileError(path, f"contacts.{c.on}", "a body part cannot rest on itself")
    if pin and pin not in body.points:
        raise PoseFileError(path, "pin", f"unknown point {pin!r}; expected one of {', '.join(sorted(body.points))}")
    for i, prop in enumerate(props):
        for e in prop.ends:
            if e not in body.points:
                raise PoseFileError(path, f"props[{i}].ends", f"unknown point {e!r}")


def load_pose_file(path: Path) -> PoseSpec:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as e:
        raise PoseFileError(path, "(file)", f"not valid TOML: {e}") from None
    except OSError as e:
        raise PoseFileError(path, "(file)", f"cannot read: {e.strerror}") from None
    return parse_pose(data, path, path.stem)


def neutral_pose(exercise_id: str, name: str = "") -> PoseSpec:
    """A calm standing figure for an exercise that has no pose file yet."""
    start = base_angles(Position.STANDING)
    return PoseSpec(
        exercise_id=exercise_id,
        name=name or exercise_id.replace("-", " ").capitalize(),
        position=Position.STANDING,
        camera=CAMERAS["three_quarter"],
        motion=Motion.HOLD,
        keyframes=(Keyframe(0.0, start), Keyframe(1.0, dict(start))),
        contacts=STANDING_CONTACTS,
    )


def pose_ids(directory: Path = POSES_DIR) -> list[str]:
    return sorted(p.stem for p in directory.glob("*.toml"))


@functools.lru_cache(maxsize=256)
def get_pose(exercise_id: str, side: Side = Side.LEFT, directory: Path = POSES_DIR) -> PoseSpec:
    """The pose for an exercise as drawn for ``side``; a standing figure when there is no pose file."""
    path = directory / f"{exercise_id}.toml"
    spec = load_pose_file(path) if path.exists() else neutral_pose(exercise_id)
    return spec.for_side(side is Side.RIGHT)
