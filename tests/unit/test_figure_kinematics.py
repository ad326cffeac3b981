"""Forward kinematics and cameras: real proportions, joints bend the right way, pictures are not mirrored."""

from __future__ import annotations

import math

import pytest

from hipdesk.figure import vec
from hipdesk.figure.camera import CAMERAS, Camera, Projector
from hipdesk.figure.poses import neutral_pose
from hipdesk.figure.scene import pose_body
from hipdesk.figure.skeleton import forward_kinematics, pelvis_frame


def _standing():  # type: ignore[no-untyped-def]
    return pose_body(neutral_pose("x"), 0.0)


def test_standing_figure_has_adult_proportions() -> None:
    body = _standing()
    top = body.head_center[1] + body.head_radius
    assert 1.65 <= top <= 1.85
    hip = body.points["left_hip"][1]
    assert 0.47 <= hip / top <= 0.56
    assert body.lowest() == pytest.approx(0.0, abs=1e-9)


def test_knee_bends_backward_and_elbow_forward() -> None:
    body = forward_kinematics({"left_knee": 90.0, "left_elbow": 90.0})
    assert body.points["left_ankle"][0] < body.points["left_knee"][0] - 0.3
    assert body.points["left_wrist"][0] > body.points["left_elbow"][0] + 0.2


def test_hip_angles_move_the_knee_forward_out_and_turn_the_shin() -> None:
    flexed = forward_kinematics({"left_hip.flex": 90.0})
    assert flexed.points["left_knee"][0] == pytest.approx(0.44, abs=1e-6)
    abducted = forward_kinematics({"left_hip.abd": 45.0})
    assert abducted.points["left_knee"][2] > abducted.points["left_hip"][2] + 0.25
    # seated, internal rotation swings the foot outward (away from the midline)
    internal = forward_kinematics({"left_hip.flex": 90.0, "left_knee": 90.0, "left_hip.rot": 30.0})
    neutral = forward_kinematics({"left_hip.flex": 90.0, "left_knee": 90.0})
    assert internal.points["left_ankle"][2] > neutral.points["left_ankle"][2] + 0.15


def test_right_hip_abducts_to_the_right() -> None:
    body = forward_kinematics({"right_hip.abd": 45.0})
    assert body.points["right_knee"][2] < body.points["right_hip"][2] - 0.25


def test_pelvis_frame_positions() -> None:
    front, _up, _left = pelvis_frame(-90.0, 0.0, 0.0)
    assert front == pytest.approx((0.0, 1.0, 0.0), abs=1e-9)  # lying on the back: belly up
    front, _up, left = pelvis_frame(0.0, 0.0, 90.0)
    assert left == pytest.approx((0.0, 1.0, 0.0), abs=1e-9)  # rolled onto the right side


@pytest.mark.parametrize("name", list(CAMERAS))
def test_camera_basis_is_orthonormal(name: str) -> None:
    right, up, toward = CAMERAS[name].basis()
    for a in (right, up, toward):
        assert vec.norm(a) == pytest.approx(1.0)
    assert vec.dot(right, up) == pytest.approx(0.0, abs=1e-9)
    assert vec.dot(right, toward) == pytest.approx(0.0, abs=1e-9)


def test_front_view_shows_the_figures_left_on_the_right_of_the_picture() -> None:
    body = _standing()
    proj = Projector(CAMERAS["front"])
    assert proj.point(body.points["left_knee"])[0] > proj.point(body.points["right_knee"])[0]


def test_side_view_of_the_left_side_faces_left_with_the_left_leg_near() -> None:
    body = _standing()
    proj = Projector(CAMERAS["side"])
    assert proj.point(body.points["left_toe"])[0] < proj.point(body.points["left_heel"])[0]
    assert proj.depth(body.points["left_knee"]) > proj.depth(body.points["right_knee"])


def test_mirrored_camera_looks_from_the_other_side() -> None:
    cam = Camera(30.0, 20.0).mirrored()
    assert cam.azimuth == 150.0
    right, _, toward = cam.basis()
    assert toward[2] < 0
    assert math.isclose(vec.norm(right), 1.0)
