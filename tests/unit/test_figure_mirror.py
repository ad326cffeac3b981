"""The right side is the left side reflected through the body's midline, not a flipped picture."""

from __future__ import annotations

import pytest

from hipdesk.domain.exercise import Side
from hipdesk.figure.poses import POSES_DIR, get_pose
from hipdesk.figure.scene import build_shapes, pose_body
from hipdesk.figure.skeleton import mirror_angles, mirror_name

POSED = sorted(p.stem for p in POSES_DIR.glob("*.toml"))


@pytest.mark.parametrize("exercise_id", POSED)
def test_right_pose_is_the_left_pose_reflected(exercise_id: str) -> None:
    left, right = get_pose(exercise_id, Side.LEFT), get_pose(exercise_id, Side.RIGHT)
    for f, back in ((0.0, False), (0.3, False), (0.5, False), (1.0, False), (0.3, True), (0.6, True)):
        lb, rb = pose_body(left, f, back), pose_body(right, f, back)
        for name, (x, y, z) in lb.points.items():
            assert rb.points[mirror_name(name)] == pytest.approx((x, y, -z), abs=1e-9), name


def test_mirroring_twice_gives_the_same_angles() -> None:
    angles = get_pose("hip-90-90-stretch").end.angles
    assert mirror_angles(mirror_angles(angles)) == angles


def test_mirroring_swaps_limb_angles_and_flips_sideways_ones() -> None:
    m = mirror_angles({"left_hip.flex": 30.0, "right_knee": 90.0, "spine.twist": 20.0, "spine.flex": 10.0})
    assert m == {"right_hip.flex": 30.0, "left_knee": 90.0, "spine.twist": -20.0, "spine.flex": 10.0}


def test_the_working_side_is_highlighted() -> None:
    left = [s.part for s in build_shapes(get_pose("standing-quad-stretch", Side.LEFT), 1.0) if s.role == "highlight"]
    right = [s.part for s in build_shapes(get_pose("standing-quad-stretch", Side.RIGHT), 1.0) if s.role == "highlight"]
    assert left and all(p.startswith("left_") for p in left)
    assert right and all(p.startswith("right_") for p in right)


def test_a_side_view_turns_round_so_the_working_leg_stays_near() -> None:
    left, right = get_pose("leg-swings-front-back", Side.LEFT), get_pose("leg-swings-front-back", Side.RIGHT)
    assert right.camera.azimuth == pytest.approx(180.0 - left.camera.azimuth)
    for spec, side in ((left, "left"), (right, "right")):
        shapes = {s.part: s for s in build_shapes(spec, 1.0) if s.role == "body"}
        assert shapes[f"{side}_thigh"].depth > shapes[f"{'right' if side == 'left' else 'left'}_thigh"].depth
