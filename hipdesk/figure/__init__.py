"""The posable figure: skeleton, poses, kinematics and projection to flat shapes (no Qt here)."""

from hipdesk.figure.animation import demo_fraction, fraction_for_hold, fraction_for_rep
from hipdesk.figure.model import Motion, PoseSpec
from hipdesk.figure.poses import PoseFileError, get_pose, load_pose_file
from hipdesk.figure.scene import Role, Scene, Shape, build_scene

__all__ = [
    "Motion",
    "PoseFileError",
    "PoseSpec",
    "Role",
    "Scene",
    "Shape",
    "build_scene",
    "demo_fraction",
    "fraction_for_hold",
    "fraction_for_rep",
    "get_pose",
    "load_pose_file",
]
