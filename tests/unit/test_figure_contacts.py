"""Contacts are measured in the posed rig: a foot off the floor, an ankle that misses the thigh, a hand short of the
wall or a thigh beside the roller shows as a gap larger than the tolerance."""

from __future__ import annotations

from dataclasses import replace

import pytest

from hipdesk.figure.model import Contact, Keyframe, PoseSpec, Prop
from hipdesk.figure.poses import get_pose
from hipdesk.figure.scene import CONTACT_TOLERANCE_M, contact_gap, contact_gaps, pose_body


def _with_angles(spec: PoseSpec, at: float, changes: dict[str, float]) -> PoseSpec:
    """The spec with some joint angles of the keyframe at ``at`` changed."""
    frames = tuple(Keyframe(k.at, {**k.angles, **changes}, k.contacts) if k.at == at else k for k in spec.keyframes)
    return replace(spec, keyframes=frames)


def _moved(prop: Prop, dx: float = 0.0, dz: float = 0.0) -> Prop:
    x, y, z = prop.at
    return replace(prop, at=(x + dx, y, z + dz))


def test_a_foot_lifted_off_the_floor_is_caught() -> None:
    spec = get_pose("glute-bridge")
    foot = Contact("left_foot", "floor")
    assert abs(contact_gaps(spec, 0.0)[foot]) <= CONTACT_TOLERANCE_M
    lifted = _with_angles(spec, 0.0, {"left_hip.flex": spec.start.angles["left_hip.flex"] + 35})
    assert contact_gap(pose_body(lifted, 0.0), foot) > CONTACT_TOLERANCE_M


def test_an_ankle_that_misses_the_other_thigh_is_caught() -> None:
    spec = get_pose("figure-four-stretch")
    ankle = Contact("left_ankle", "right_thigh")
    assert abs(contact_gaps(spec, 0.0)[ankle]) <= CONTACT_TOLERANCE_M
    # the knee drops open further than the ankle can follow: the ankle leaves the thigh
    opened = _with_angles(spec, 0.0, {"left_hip.abd": spec.start.angles["left_hip.abd"] + 30})
    assert contact_gap(pose_body(opened, 0.0), ankle) > CONTACT_TOLERANCE_M


@pytest.mark.parametrize(
    ("exercise_id", "contact", "fraction"),
    [
        ("leg-swings-front-back", Contact("right_hand", "wall"), 0.0),
        ("standing-quad-stretch", Contact("right_hand", "chair"), 1.0),
        ("roll-quads", Contact("left_thigh", "roller"), 0.5),
        ("roll-foot", Contact("left_foot", "roller"), 0.0),
        ("tempo-squat", Contact("pelvis", "chair"), 1.0),
    ],
)
def test_a_contact_with_a_prop_is_measured_against_that_prop(
    exercise_id: str, contact: Contact, fraction: float
) -> None:
    # The part rests on the prop; with the prop moved a metre away along the floor the same part hangs in the air
    # (or stands on the floor, well short of where the prop now is).
    spec = get_pose(exercise_id)
    body = pose_body(spec, fraction)
    assert abs(contact_gap(body, contact, spec.props)) <= CONTACT_TOLERANCE_M
    moved = [_moved(p, dx=1.0, dz=1.0) if p.kind.value == contact.on else p for p in spec.props]
    assert contact_gap(body, contact, moved) > 0.3
