"""Orthographic cameras: where the figure is seen from, and the projection of 3-D points to the page."""

from __future__ import annotations

import math
from dataclasses import dataclass

from hipdesk.figure import vec
from hipdesk.figure.vec import Vec3

Point2 = tuple[float, float]


@dataclass(frozen=True)
class Camera:
    """A direction to look from.

    ``azimuth`` 0 looks at the figure's left side, 90 at its front, 180 at its right side, in degrees.
    ``elevation`` raises the eye: 0 is level, 90 straight down.
    """

    azimuth: float = 0.0
    elevation: float = 0.0

    def mirrored(self) -> Camera:
        """The camera reflected through the body's midline (a left side view becomes a right side view)."""
        return Camera(180.0 - self.azimuth, self.elevation)

    def basis(self) -> tuple[Vec3, Vec3, Vec3]:
        """(right, up, toward-viewer) unit vectors of the picture in world coordinates."""
        az = math.radians(self.azimuth)
        el = math.radians(max(-89.0, min(89.0, self.elevation)))
        toward = (math.sin(az) * math.cos(el), math.sin(el), math.cos(az) * math.cos(el))
        right = vec.unit(vec.cross(toward, (0.0, 1.0, 0.0)))
        up = vec.cross(right, toward)
        return right, up, toward


CAMERAS: dict[str, Camera] = {
    "side": Camera(0.0, 0.0),
    "front": Camera(90.0, 6.0),
    "three_quarter": Camera(40.0, 18.0),
    "above": Camera(80.0, 50.0),
}


class Projector:
    """Projects world points for one camera: x to the right, y up (metres), depth grows toward the viewer."""

    __slots__ = ("right", "toward", "up")

    def __init__(self, camera: Camera) -> None:
        self.right, self.up, self.toward = camera.basis()

    def point(self, p: Vec3) -> Point2:
        r, u = self.right, self.up
        return (p[0] * r[0] + p[1] * r[1] + p[2] * r[2], p[0] * u[0] + p[1] * u[1] + p[2] * u[2])

    def depth(self, p: Vec3) -> float:
        t = self.toward
        return p[0] * t[0] + p[1] * t[1] + p[2] * t[2]

    def across(self, a: Vec3, b: Vec3) -> Vec3:
        """The unit world direction that lies in the picture and is perpendicular to the segment a-b on it."""
        pa, pb = self.point(a), self.point(b)
        dx, dy = pb[0] - pa[0], pb[1] - pa[1]
        n = math.hypot(dx, dy)
        if n < 1e-9:
            return self.right
        nx, ny = -dy / n, dx / n
        r, u = self.right, self.up
        return (r[0] * nx + u[0] * ny, r[1] * nx + u[1] * ny, r[2] * nx + u[2] * ny)
