"""Stand-in photos for measuring check angles: HipDesk's own figure, posed through the figure engine with known joint
angles and drawn by its painter onto a plain backdrop, and where its joints land on that picture.

Used by the photo-measuring GUI tests (the ground truth: the angle read on the picture must match the pose) and by
``tools/screenshots.py`` (there is no webcam, and no one's real photo, on the machines that render the screenshots).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtGui import QColor, QImage, QPainter

from hipdesk.domain.exercise import Side
from hipdesk.domain.photo_angles import Landmarks
from hipdesk.figure import vec
from hipdesk.figure.camera import Camera, Projector
from hipdesk.figure.model import Keyframe, PoseSpec
from hipdesk.figure.poses import get_pose
from hipdesk.figure.scene import build_scene, pose_body
from hipdesk.ui.figure.painter import render_image

WIDTH, HEIGHT = 800, 600
FRONT = Camera(90.0, 0.0)  # square to the shins of a seated figure
SIDE = Camera(0.0, 0.0)  # square to the left side (the right side's picture is mirrored)
BACKDROP = QColor("#d9d4cc")  # a wall


def rig(exercise_id: str, changes: dict[str, float], camera: Camera, side: Side) -> PoseSpec:
    """The check's own figure held in its end pose with ``changes`` (left-side angle names), seen from ``camera``,
    as done on ``side``."""
    spec = get_pose(exercise_id)
    angles = {**spec.end.angles, **changes}
    still = replace(spec, keyframes=(Keyframe(0.0, angles), Keyframe(1.0, angles)), returns=(), camera=camera)
    return still.for_side(side is Side.RIGHT)


def picture(spec: PoseSpec, width: int = WIDTH, height: int = HEIGHT) -> QImage:
    """The figure drawn by HipDesk's painter over a plain backdrop (a photo has no transparent parts)."""
    figure = render_image(spec, 1.0, width, height)
    photo = QImage(width, height, QImage.Format.Format_RGB32)
    photo.fill(BACKDROP)
    painter = QPainter(photo)
    painter.drawImage(0, 0, figure)
    painter.end()
    return photo


def save_picture(spec: PoseSpec, path: Path) -> Path:
    if not picture(spec).save(str(path)):
        raise OSError(f"could not write {path}")
    return path


def projected(
    spec: PoseSpec, world: tuple[vec.Vec3, vec.Vec3, vec.Vec3], width: int = WIDTH, height: int = HEIGHT
) -> Landmarks:
    """Where three world points land on :func:`picture`, as fractions (the painter's fit: the scene's bounds
    with a 5 % margin, centred)."""
    x0, y0, x1, y1 = build_scene(spec, 1.0).bounds
    margin = 0.05 * min(width, height)
    k = min((width - 2 * margin) / (x1 - x0), (height - 2 * margin) / (y1 - y0))
    ox, oy = width / 2 - (x0 + x1) / 2 * k, height / 2 + (y0 + y1) / 2 * k
    proj = Projector(spec.camera)
    out = [((ox + proj.point(p)[0] * k) / width, (oy - proj.point(p)[1] * k) / height) for p in world]
    return (out[0], out[1], out[2])


def rotation_joints(spec: PoseSpec, side: Side) -> Landmarks:
    """Knee, ankle and a true upright below the knee, for seated rotation."""
    body = pose_body(spec, 1.0)
    knee, ankle = body.points[f"{side.value}_knee"], body.points[f"{side.value}_ankle"]
    return projected(spec, (knee, ankle, vec.add(knee, (0.0, -0.35, 0.0))))


def thomas_joints(spec: PoseSpec, side: Side) -> Landmarks:
    """Hip, knee and a point level with the hip on the knee's side, for the Thomas-style screen."""
    body = pose_body(spec, 1.0)
    hip, knee = body.points[f"{side.value}_hip"], body.points[f"{side.value}_knee"]
    return projected(spec, (hip, knee, (knee[0] + 0.1 * (knee[0] - hip[0]), hip[1], hip[2])))
