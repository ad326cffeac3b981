"""Tiny 3-D vector helpers on plain tuples (fast enough for a few dozen joints per frame)."""

from __future__ import annotations

import math

Vec3 = tuple[float, float, float]


def add(a: Vec3, b: Vec3) -> Vec3:
    return (a[0] + b[0], a[1] + b[1], a[2] + b[2])


def sub(a: Vec3, b: Vec3) -> Vec3:
    return (a[0] - b[0], a[1] - b[1], a[2] - b[2])


def scale(a: Vec3, k: float) -> Vec3:
    return (a[0] * k, a[1] * k, a[2] * k)


def madd(a: Vec3, b: Vec3, k: float) -> Vec3:
    """a + b * k."""
    return (a[0] + b[0] * k, a[1] + b[1] * k, a[2] + b[2] * k)


def dot(a: Vec3, b: Vec3) -> float:
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]


def cross(a: Vec3, b: Vec3) -> Vec3:
    return (a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0])


def norm(a: Vec3) -> float:
    return math.sqrt(dot(a, a))


def unit(a: Vec3) -> Vec3:
    n = norm(a)
    return (a[0] / n, a[1] / n, a[2] / n) if n > 1e-12 else (0.0, 0.0, 0.0)


def rotate_pair(a: Vec3, b: Vec3, deg: float) -> tuple[Vec3, Vec3]:
    """Rotate the orthonormal pair (a, b) by ``deg`` in their plane: a turns toward b."""
    r = math.radians(deg)
    c, s = math.cos(r), math.sin(r)
    return (
        (a[0] * c + b[0] * s, a[1] * c + b[1] * s, a[2] * c + b[2] * s),
        (b[0] * c - a[0] * s, b[1] * c - a[1] * s, b[2] * c - a[2] * s),
    )


def lerp(a: Vec3, b: Vec3, t: float) -> Vec3:
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t)
