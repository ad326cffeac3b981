"""From a pose spec to flat, depth-sorted shapes a painter can draw (no drawing calls here).

Shapes are in picture metres (x right, y up). The figure is posed, then lifted so that it rests on the
floor or on a prop (chair seat, roller, block): nothing ends up below the surface under it.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from hipdesk.domain.exercise import Region
from hipdesk.figure import vec
from hipdesk.figure.camera import Point2, Projector
from hipdesk.figure.model import Contact, PoseSpec, Prop, PropKind
from hipdesk.figure.skeleton import Body, Segment3, forward_kinematics
from hipdesk.figure.vec import Vec3

ROLLER_RADIUS = 0.075
ROLLER_LENGTH = 0.6
SEAT_HEIGHT = 0.45
SEAT_DEPTH = 0.42
SEAT_HALF_WIDTH = 0.23
BLOCK = (0.23, 0.15, 0.15)  # length (x), width (z), default height
BENCH_HEIGHT = 0.72
BENCH_HALF_WIDTH = 0.32
BENCH_LENGTH = 1.4
SHADE_DEPTH = 0.16
STILL_FLOOR_MARGIN = 0.06  # metres of floor round a still picture's body and props


class Role(StrEnum):
    """What a shape is, so the painter can choose its colour."""

    FLOOR = "floor"
    FLOOR_EDGE = "floor_edge"
    BODY = "body"
    HIGHLIGHT = "highlight"
    PROP = "prop"
    PROP_LIGHT = "prop_light"
    BAND = "band"
    WEIGHT = "weight"


class Kind(StrEnum):
    CAPSULE = "capsule"  # a thick round-capped line through ``points`` (two points)
    DISC = "disc"  # a filled circle at points[0], diameter ``width``
    POLYGON = "polygon"  # a filled convex polygon


@dataclass(frozen=True, slots=True)
class Shape:
    kind: Kind
    points: tuple[Point2, ...]
    width: float
    depth: float
    role: Role
    shade: float = 0.5  # 0 for the farthest body part, 1 for the nearest
    part: str = ""
    end_width: float = 0.0  # capsules that taper: the width at points[1] (0: same as ``width``)


@dataclass(frozen=True)
class Scene:
    shapes: tuple[Shape, ...]  # back to front
    bounds: tuple[float, float, float, float]  # x0, y0, x1, y1 of the whole animation, for a steady fit


# Where each region shows on the figure: (segment, from, to) along the segment, or a glute disc.
REGION_PARTS: dict[Region, tuple[tuple[str, float, float], ...]] = {
    Region.HIP_FLEXORS: (("thigh", 0.0, 0.45),),
    Region.GLUTE_MAX: (("glute", 0.0, 1.0),),
    Region.GLUTE_MED: (("glute_side", 0.0, 1.0),),
    Region.DEEP_ROTATORS: (("glute", 0.0, 1.0),),
    Region.ADDUCTORS: (("thigh", 0.1, 0.75),),
    Region.HAMSTRINGS: (("thigh", 0.2, 0.95),),
    Region.QUADS: (("thigh", 0.12, 0.9),),
    Region.TFL_ITB: (("thigh", 0.0, 0.95),),
    Region.LOWER_BACK: (("lumbar", 0.0, 1.0),),
    Region.CORE: (("lumbar", 0.0, 1.0), ("thorax", 0.0, 0.5)),
    Region.CALVES: (("shin", 0.15, 0.75),),
    Region.SHIN_ANKLE: (("shin", 0.35, 1.0),),
    Region.FOOT: (("foot", 0.0, 1.0),),
}
_MIDLINE_PARTS = frozenset({"lumbar", "thorax"})


def roller_length(radius: float) -> float:
    """A full foam roller is 60 cm long; a thin one (a foot roller) is a short 16 cm."""
    return ROLLER_LENGTH if radius >= 0.07 else 0.16


@dataclass(frozen=True)
class Surface:
    """A flat top at ``height`` over x0..x1, z0..z1; or, with ``radius``, a roller lying along z at x0."""

    x0: float
    x1: float
    z0: float
    z1: float
    height: float
    radius: float = 0.0


def surfaces(props: Iterable[Prop]) -> list[Surface]:
    """The raised surfaces a body can rest on (the floor itself is everywhere at height 0)."""
    out = []
    for p in props:
        x, _, z = p.at
        if p.kind is PropKind.ROLLER:
            r = p.size or ROLLER_RADIUS
            half = roller_length(r) / 2
            out.append(Surface(x, x, z - half, z + half, 2 * r, radius=r))
        elif p.kind is PropKind.CHAIR:
            xs = sorted((x, x - SEAT_DEPTH * p.facing))
            out.append(Surface(xs[0], xs[1], z - SEAT_HALF_WIDTH, z + SEAT_HALF_WIDTH, SEAT_HEIGHT))
        elif p.kind is PropKind.BENCH:
            xs = sorted((x, x - (p.size or BENCH_LENGTH) * p.facing))
            out.append(Surface(xs[0], xs[1], z - BENCH_HALF_WIDTH, z + BENCH_HALF_WIDTH, BENCH_HEIGHT))
        elif p.kind is PropKind.BLOCK:
            length, width, height = BLOCK
            out.append(Surface(x - length / 2, x + length / 2, z - width / 2, z + width / 2, p.size or height))
    return out


_DOWN: Vec3 = (0.0, -1.0, 0.0)


_SAMPLES = tuple(i / 8 for i in range(9))


def _segment_low(seg: Segment3, surf: Surface | None) -> float | None:
    """The lowest y of the segment's underside above ``surf`` (None: not above it)."""
    ra, rb = seg.half_extent(_DOWN), seg.end_half_extent(_DOWN)
    a, b = seg.a, seg.b
    if surf is None:
        return min(a[1] - ra, b[1] - rb)
    if surf.radius:
        return _roller_low(seg, surf, ra, rb)
    dx = b[0] - a[0]
    if abs(dx) < 1e-9:
        if not surf.x0 <= a[0] <= surf.x1:
            return None
        t0, t1 = 0.0, 1.0
    else:
        t0, t1 = sorted(((surf.x0 - a[0]) / dx, (surf.x1 - a[0]) / dx))
        t0, t1 = max(0.0, t0), min(1.0, t1)
        if t0 > t1:
            return None
    p0, p1 = vec.lerp(a, b, t0), vec.lerp(a, b, t1)
    r0, r1 = ra + (rb - ra) * t0, ra + (rb - ra) * t1
    zm = (p0[2] + p1[2]) / 2
    if not surf.z0 - max(r0, r1) <= zm <= surf.z1 + max(r0, r1):
        return None
    return min(p0[1] - r0, p1[1] - r1)


def _roller_low(seg: Segment3, roller: Surface, ra: float, rb: float) -> float | None:
    """Like ``_segment_low`` for a round roller: the underside's height relative to the roller's top.

    Returns ``roller.height + (clearance)``, so that ``height - low`` is how far the segment must rise
    to sit on the roller and a small ``low - height`` means it rests on it.
    """
    cy = roller.radius
    best: float | None = None
    for t in _SAMPLES:
        p = vec.lerp(seg.a, seg.b, t)
        r = ra + (rb - ra) * t
        if not roller.z0 - r <= p[2] <= roller.z1 + r:
            continue
        reach = roller.radius + r
        dx = p[0] - roller.x0
        if abs(dx) >= reach:
            continue
        need = cy + (reach * reach - dx * dx) ** 0.5  # lowest centre height that clears the roller
        low = roller.height + (p[1] - need)
        best = low if best is None else min(best, low)
    return best


def rest_lift(body: Body, surfs: Sequence[Surface]) -> float:
    """How far to raise the posed body so it rests on the floor and props without sinking into them."""
    lift = -(body.head_center[1] - body.head_radius)
    for seg in body.segments:
        low = _segment_low(seg, None)
        assert low is not None
        lift = max(lift, -low)
        for s in surfs:
            low = _segment_low(seg, s)
            if low is not None:
                lift = max(lift, s.height - low)
    return lift


@functools.lru_cache(maxsize=512)
def _pin_home(spec: PoseSpec) -> Vec3:
    return forward_kinematics(spec.start.angles).points[spec.pin]


def pose_body(spec: PoseSpec, fraction: float, returning: bool = False) -> Body:
    """The figure at ``fraction`` in world coordinates, resting on the floor or its props.

    With a ``pin``, the figure slides so the pinned point stays where it is in the start pose.
    ``returning``: on the way back to the start (see ``PoseSpec.returns``).
    """
    body = forward_kinematics(spec.angles_at(fraction, returning))
    dx = dz = 0.0
    if spec.pin:
        home, now = _pin_home(spec), body.points[spec.pin]
        dx, dz = home[0] - now[0], home[2] - now[2]
    moved = body.translated((dx, 0.0, dz)) if dx or dz else body  # each frame: skip a copy that moves nothing
    return moved.translated((0.0, rest_lift(moved, _surfaces_of(spec)), 0.0))


@functools.lru_cache(maxsize=512)
def _surfaces_of(spec: PoseSpec) -> list[Surface]:
    return surfaces(spec.props)


def _capsule(proj: Projector, a: Vec3, b: Vec3, width: float, role: Role, part: str = "", bias: float = 0.0) -> Shape:
    return Shape(
        Kind.CAPSULE,
        (proj.point(a), proj.point(b)),
        width,
        (proj.depth(a) + proj.depth(b)) / 2 + bias,
        role,
        part=part,
    )


def _hull(points: list[Point2]) -> tuple[Point2, ...]:
    pts = sorted(set(points))
    if len(pts) <= 2:
        return tuple(pts)

    def turn(o: Point2, a: Point2, b: Point2) -> float:
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower: list[Point2] = []
    for p in pts:
        while len(lower) >= 2 and turn(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    upper: list[Point2] = []
    for p in reversed(pts):
        while len(upper) >= 2 and turn(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return tuple(lower[:-1] + upper[:-1])


def _box(proj: Projector, lo: Vec3, hi: Vec3, role: Role, bias: float = 0.0) -> Shape:
    corners = [(x, y, z) for x in (lo[0], hi[0]) for y in (lo[1], hi[1]) for z in (lo[2], hi[2])]
    center = vec.lerp(lo, hi, 0.5)
    return Shape(Kind.POLYGON, _hull([proj.point(c) for c in corners]), 0.0, proj.depth(center) + bias, role)


def _prop_shapes(proj: Projector, prop: Prop, body: Body) -> list[Shape]:
    x, _y, z = prop.at
    out: list[Shape] = []
    if prop.kind is PropKind.ROLLER:
        r = prop.size or ROLLER_RADIUS
        half = roller_length(r) / 2
        a, b, mid = (x, r, z - half), (x, r, z + half), (x, r, z)
        # two halves, so the near half can pass in front of a leg that lies on the far half
        out.append(_capsule(proj, a, mid, 2 * r, Role.PROP))
        out.append(_capsule(proj, mid, b, 2 * r, Role.PROP))
        near = a if proj.depth(a) > proj.depth(b) else b
        out.append(Shape(Kind.DISC, (proj.point(near),), 0.9 * r, proj.depth(near) + 0.001, Role.PROP_LIGHT))
    elif prop.kind is PropKind.WALL:
        ((lo, hi),) = prop_boxes(prop)
        out.append(_box(proj, lo, hi, Role.PROP_LIGHT, bias=-5.0))
    elif prop.kind is PropKind.CHAIR:
        f = prop.facing
        rear = x - SEAT_DEPTH * f
        h, w = SEAT_HEIGHT, SEAT_HALF_WIDTH
        out += [_box(proj, lo, hi, Role.PROP) for lo, hi in prop_boxes(prop)]
        for lx in (x - 0.03 * f, rear):
            for lz in (z - w + 0.03, z + w - 0.03):
                out.append(_capsule(proj, (lx, 0.0, lz), (lx, h - 0.04, lz), 0.035, Role.PROP))
    elif prop.kind is PropKind.BENCH:
        ((lo, hi),) = prop_boxes(prop)
        out.append(_box(proj, lo, hi, Role.PROP))
        for lx in (lo[0] + 0.05, hi[0] - 0.05):
            for lz in (z - BENCH_HALF_WIDTH + 0.05, z + BENCH_HALF_WIDTH - 0.05):
                out.append(_capsule(proj, (lx, 0.0, lz), (lx, BENCH_HEIGHT - 0.05, lz), 0.04, Role.PROP))
    elif prop.kind is PropKind.BLOCK:
        ((lo, hi),) = prop_boxes(prop)
        out.append(_box(proj, lo, hi, Role.PROP))
    elif prop.kind is PropKind.BAND:
        ends = [body.points[e] for e in prop.ends]
        if prop.anchor is not None:
            ends.append(prop.anchor)
            ax, ay, az = prop.anchor
            out.append(_capsule(proj, (ax, 0.0, az), (ax, ay + 0.06, az), 0.05, Role.PROP))
        if len(ends) >= 2:
            a, b = ends[0], ends[1]
            out.append(_capsule(proj, a, b, 0.03, Role.BAND, bias=0.2))
    elif prop.kind is PropKind.WEIGHT and prop.ends:
        hand = body.points[prop.ends[0]]
        bell = vec.add(hand, (0.0, -0.13, 0.0))
        out.append(_capsule(proj, hand, bell, 0.03, Role.WEIGHT, bias=0.05))
        out.append(Shape(Kind.DISC, (proj.point(bell),), 0.17, proj.depth(bell) + 0.05, Role.WEIGHT))
    return out


def _body_shapes(proj: Projector, body: Body, spec: PoseSpec, side_prefix: str) -> list[Shape]:
    shapes: list[Shape] = []
    by_name: dict[str, Shape] = {}
    for seg in body.segments:
        across = proj.across(seg.a, seg.b)
        shape = Shape(
            Kind.CAPSULE,
            (proj.point(seg.a), proj.point(seg.b)),
            2 * seg.half_extent(across),
            (proj.depth(seg.a) + proj.depth(seg.b)) / 2,
            Role.BODY,
            part=seg.name,
            end_width=seg.end_width,
        )
        shapes.append(shape)
        by_name[seg.name] = shape
    head_depth = proj.depth(body.head_center)
    shapes.append(
        Shape(Kind.DISC, (proj.point(body.head_center),), 2 * body.head_radius, head_depth, Role.BODY, part="head")
    )
    nose = vec.madd(body.head_center, body.face, body.head_radius * 0.8)
    shapes.append(Shape(Kind.DISC, (proj.point(nose),), 0.06, proj.depth(nose), Role.BODY, part="nose"))

    # Shade by depth relative to the trunk: a limb ``SHADE_DEPTH`` metres nearer than the trunk's centre
    # gets the nearest (darkest on a light theme) colour; as far behind gets the farthest.
    centre = sum(proj.depth(body.points[k]) for k in ("pelvis", "mid_back", "neck")) / 3
    shapes = [
        Shape(
            s.kind,
            s.points,
            s.width,
            s.depth,
            s.role,
            min(1.0, max(0.0, 0.5 + (s.depth - centre) / (2 * SHADE_DEPTH))),
            s.part,
            s.end_width,
        )
        for s in shapes
    ]
    by_name = {s.part: s for s in shapes}
    # the shoulder girdle belongs to the chest: same shade, drawn just under it
    girdle, chest = by_name.get("shoulders"), by_name["thorax"]
    if girdle is not None:
        shapes.remove(girdle)
        girdle = Shape(
            girdle.kind, girdle.points, girdle.width, chest.depth - 1e-4, girdle.role, chest.shade, "shoulders"
        )
        shapes.append(girdle)
        by_name["shoulders"] = girdle

    sides = ("left", "right") if spec.both_sides else (side_prefix,)
    for region in spec.highlight:
        for part, t0, t1 in REGION_PARTS[region]:
            names = [part] if part in _MIDLINE_PARTS else [f"{s}_{part}" for s in sides]
            for name in names:
                if part.startswith("glute"):
                    p = body.points[name]
                    pelvis = by_name["pelvis"]
                    d = (
                        max(proj.depth(p), pelvis.depth + 1e-4)
                        if proj.depth(p) > pelvis.depth - 0.05
                        else proj.depth(p)
                    )
                    size = 0.15 if part == "glute" else 0.12
                    shapes.append(Shape(Kind.DISC, (proj.point(p),), size, d, Role.HIGHLIGHT, part=name))
                    continue
                base = by_name[name]
                seg = body.segment(name)
                a, b = vec.lerp(seg.a, seg.b, t0), vec.lerp(seg.a, seg.b, t1)
                w1 = base.end_width or base.width
                shapes.append(
                    Shape(
                        Kind.CAPSULE,
                        (proj.point(a), proj.point(b)),
                        base.width + (w1 - base.width) * t0,
                        base.depth + 1e-5,
                        Role.HIGHLIGHT,
                        base.shade,
                        name,
                        base.width + (w1 - base.width) * t1 if base.end_width else 0.0,
                    )
                )
    return shapes


def _extent(shapes: Iterable[Shape]) -> tuple[float, float, float, float]:
    x0 = y0 = float("inf")
    x1 = y1 = float("-inf")
    for s in shapes:
        r = max(s.width, s.end_width) / 2
        for px, py in s.points:
            x0, y0, x1, y1 = min(x0, px - r), min(y0, py - r), max(x1, px + r), max(y1, py + r)
    return x0, y0, x1, y1


@functools.lru_cache(maxsize=512)
def _floor_box(spec: PoseSpec) -> tuple[float, float, float, float]:
    """The floor area (x0, x1, z0, z1) under the whole animation, its props and band anchors."""
    return _floor_under([pose_body(spec, f, back) for f, back in _samples(spec)], spec.props, 0.15, True)


def _floor_under(
    bodies: Iterable[Body], props: Iterable[Prop], margin: float, reach_out: bool
) -> tuple[float, float, float, float]:
    """The floor (x0, x1, z0, z1) under ``bodies`` and the props they rest on; ``reach_out`` adds walls
    and band anchors."""
    xs: list[float] = []
    zs: list[float] = []
    for body in bodies:
        for p in body.points.values():
            xs.append(p[0])
            zs.append(p[2])
    for prop in props:
        if prop.kind in (PropKind.ROLLER, PropKind.CHAIR, PropKind.BLOCK, PropKind.BENCH) or (
            reach_out and prop.kind is PropKind.WALL
        ):
            xs.append(prop.at[0])
            zs.append(prop.at[2])
        if prop.kind is PropKind.BENCH:
            xs.append(prop.at[0] - (prop.size or BENCH_LENGTH) * prop.facing)
        if prop.kind is PropKind.CHAIR and not reach_out:
            xs.append(prop.at[0] - SEAT_DEPTH * prop.facing)
        if reach_out and prop.anchor is not None:
            xs.append(prop.anchor[0])
            zs.append(prop.anchor[2])
    return min(xs) - margin, max(xs) + margin, min(zs) - margin, max(zs) + margin


def _samples(spec: PoseSpec) -> list[tuple[float, bool]]:
    """(fraction, returning) at every keyframe of the way out and the way back, and half way."""
    out = [(f, False) for f in sorted({0.0, 0.5, 1.0, *(k.at for k in spec.keyframes)})]
    return out + [(f, True) for f in sorted({0.5, *(k.at for k in spec.returns)}) if spec.returns]


def _floor_corners(box: tuple[float, float, float, float]) -> list[Vec3]:
    x0, x1, z0, z1 = box
    return [(x0, 0.0, z0), (x1, 0.0, z0), (x1, 0.0, z1), (x0, 0.0, z1)]


def _mat_corners(proj: Projector, body: Body, props: Iterable[Prop]) -> list[Vec3]:
    """A floor mat square to the picture under ``body`` and the props it rests on: it reaches
    ``STILL_FLOOR_MARGIN`` past them and no further, so a still picture's floor never outgrows the figure."""
    across = vec.unit((proj.right[0], 0.0, proj.right[2]))
    deep = vec.unit((proj.toward[0], 0.0, proj.toward[2]))
    if vec.norm(deep) < 0.5:  # looking straight down
        deep = vec.cross(across, (0.0, 1.0, 0.0))
    points = list(body.points.values()) + _support_footprint(props)
    a = [vec.dot(p, across) for p in points]
    d = [vec.dot(p, deep) for p in points]
    m = STILL_FLOOR_MARGIN
    a0, a1, d0, d1 = min(a) - m, max(a) + m, min(d) - m, max(d) + m
    return [vec.add(vec.scale(across, u), vec.scale(deep, w)) for u, w in ((a0, d0), (a1, d0), (a1, d1), (a0, d1))]


def _support_footprint(props: Iterable[Prop]) -> list[Vec3]:
    """Floor points under the props a body rests on (roller ends, chair and bench corners, block)."""
    out: list[Vec3] = []
    for p in props:
        x, _, z = p.at
        if p.kind is PropKind.ROLLER:
            half = roller_length(p.size or ROLLER_RADIUS) / 2
            out += [(x, 0.0, z - half), (x, 0.0, z + half)]
        elif p.kind in (PropKind.CHAIR, PropKind.BENCH):
            depth = SEAT_DEPTH if p.kind is PropKind.CHAIR else (p.size or BENCH_LENGTH)
            half = SEAT_HALF_WIDTH if p.kind is PropKind.CHAIR else BENCH_HALF_WIDTH
            out += [(x - d * p.facing, 0.0, z + w) for d in (0.0, depth) for w in (-half, half)]
        elif p.kind is PropKind.BLOCK:
            out += [
                (x + dx, 0.0, z + dz) for dx in (-BLOCK[0] / 2, BLOCK[0] / 2) for dz in (-BLOCK[1] / 2, BLOCK[1] / 2)
            ]
    return out


def _floor_shapes(proj: Projector, corners: list[Vec3]) -> list[Shape]:
    poly = Shape(Kind.POLYGON, _hull([proj.point(c) for c in corners]), 0.0, -1e6, Role.FLOOR)
    edges = [(corners[i], corners[(i + 1) % 4]) for i in range(4)]
    a, b = max(edges, key=lambda e: proj.depth(vec.lerp(e[0], e[1], 0.5)))
    edge = Shape(Kind.CAPSULE, (proj.point(a), proj.point(b)), 0.012, -1e6 + 1, Role.FLOOR_EDGE)
    return [poly, edge]


def build_shapes(spec: PoseSpec, fraction: float, returning: bool = False, still: bool = False) -> list[Shape]:
    """Every shape of the picture at ``fraction``, back to front. ``spec`` is already the side's spec.

    ``still``: a picture of this moment alone (a thumbnail), whose floor reaches just past the body and
    what it rests on rather than under the whole animation.
    """
    proj = Projector(spec.camera)
    body = pose_body(spec, fraction, returning)
    corners = _mat_corners(proj, body, spec.props) if still else _floor_corners(_floor_box(spec))
    shapes = _floor_shapes(proj, corners)
    shapes += _body_shapes(proj, body, spec, "right" if spec.mirrored else "left")
    for prop in spec.props:
        # ``part`` names the prop's kind, so a fit can tell a roller under the body from a wall
        shapes += [replace(s, part=prop.kind.value) for s in _prop_shapes(proj, prop, body)]
    shapes.sort(key=lambda s: s.depth)
    return shapes


@functools.lru_cache(maxsize=512)
def scene_bounds(spec: PoseSpec) -> tuple[float, float, float, float]:
    """A box that holds the picture at every moment of the animation, so the fit never jumps."""
    boxes = [_extent(build_shapes(spec, f, back)) for f, back in _samples(spec)]
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


def build_scene(spec: PoseSpec, fraction: float, returning: bool = False) -> Scene:
    return Scene(tuple(build_shapes(spec, fraction, returning)), scene_bounds(spec))


def still_scene(spec: PoseSpec, fraction: float) -> Scene:
    """One moment drawn on its own (a thumbnail): a small floor, bounds fitted to this moment only."""
    shapes = tuple(build_shapes(spec, fraction, still=True))
    return Scene(shapes, figure_bounds(Scene(shapes, _extent(shapes))))


# Shapes that can stay put from one frame to the next: the floor and the props. The body always moves, and a band or a
# weight goes with a hand or a foot.
STILL_ROLES = frozenset({Role.FLOOR, Role.FLOOR_EDGE, Role.PROP, Role.PROP_LIGHT})


def backdrop_count(shapes: Sequence[Shape]) -> int:
    """How many of ``shapes``, from the back, are floor or props: everything after them is drawn over them, so
    they can be drawn once as a picture and kept while they stay put."""
    count = 0
    for shape in shapes:
        if shape.role not in STILL_ROLES:
            break
        count += 1
    return count


def still_prefix(shapes: Sequence[Shape], previous: Sequence[Shape]) -> int:
    """How many of ``shapes``, from the back, are floor or props exactly as they were in ``previous`` (the frame
    before): drawn once and kept, they need not be drawn again while they stay so. The count stops at the first
    shape that moves or is not floor or a prop, as everything after it is drawn over it."""
    count = 0
    for shape, before in zip(shapes, previous, strict=False):
        if shape.role not in STILL_ROLES or shape != before:
            break
        count += 1
    return count


# Props that carry the body's weight belong to the figure's outline; walls, bands and their posts do not.
_SUPPORT_PROPS = frozenset(k.value for k in (PropKind.ROLLER, PropKind.CHAIR, PropKind.BLOCK, PropKind.BENCH))
_OUTLINE_ROLES = frozenset({Role.BODY, Role.HIGHLIGHT, Role.FLOOR, Role.FLOOR_EDGE})


def figure_bounds(scene: Scene) -> tuple[float, float, float, float]:
    """The box (x0, y0, x1, y1) around the body, the props it rests on and the floor, leaving out walls,
    bands and their posts.

    With a ``still_scene`` (whose floor reaches just past the body) a thumbnail fits this box rather
    than the whole animation's, so a lying figure fills a square card as a standing one does; a wall or
    a band's post is cut at the card's edge.
    """
    kept = [s for s in scene.shapes if s.role in _OUTLINE_ROLES or s.part in _SUPPORT_PROPS]
    return _extent(kept) if kept else scene.bounds


CONTACT_TOLERANCE_M = 0.03  # a declared contact holds when the surfaces are this close (or overlap this little)

# A joint named as a contact part is a ball as thick as the limb's end there: (segment, where along it).
_JOINT_ENDS = {
    "ankle": ("shin", 1.0),
    "knee": ("thigh", 1.0),
    "hip": ("thigh", 0.0),
    "heel": ("foot", 0.0),
    "toe": ("foot", 1.0),
    "midfoot": ("foot", 0.45),
    "wrist": ("forearm", 1.0),
    "elbow": ("upper_arm", 1.0),
    "shoulder": ("upper_arm", 0.0),
    "hand": ("hand", 1.0),
}
_PART_SAMPLES = 17


def prop_boxes(prop: Prop, wall_thickness: float = 0.08) -> list[tuple[Vec3, Vec3]]:
    """The solid boxes (low and high corners) of a chair (seat and back rest), bench top, block or wall, as drawn.

    ``wall_thickness``: how far the wall reaches back from its face (contacts take it as solid well behind it, so
    a hand pushed through the drawn slab still counts as inside the wall)."""
    x, _y, z = prop.at
    if prop.kind is PropKind.CHAIR:
        f = prop.facing
        rear = x - SEAT_DEPTH * f
        back_x = rear - 0.03 * f
        h, w = SEAT_HEIGHT, SEAT_HALF_WIDTH
        return [
            ((min(x, rear), h - 0.04, z - w), (max(x, rear), h, z + w)),
            ((min(rear, back_x), h, z - w), (max(rear, back_x), h + 0.45, z + w)),
        ]
    if prop.kind is PropKind.BENCH:
        far = x - (prop.size or BENCH_LENGTH) * prop.facing
        return [
            (
                (min(x, far), BENCH_HEIGHT - 0.05, z - BENCH_HALF_WIDTH),
                (max(x, far), BENCH_HEIGHT, z + BENCH_HALF_WIDTH),
            )
        ]
    if prop.kind is PropKind.BLOCK:
        length, width, height = BLOCK
        return [((x - length / 2, 0.0, z - width / 2), (x + length / 2, prop.size or height, z + width / 2))]
    if prop.kind is PropKind.WALL:
        height = prop.size or 1.2
        if abs(z) > abs(x):  # a wall beside the figure
            back = z + wall_thickness * (1 if z > 0 else -1)
            return [((x - 0.6, 0.0, min(z, back)), (x + 0.6, height, max(z, back)))]
        back = x + wall_thickness * (1 if x > 0 else -1)
        return [((min(x, back), 0.0, z - 0.6), (max(x, back), height, z + 0.6))]
    return []


def _part_balls(body: Body, part: str) -> list[tuple[Vec3, Segment3 | None, float]]:
    """A body part as balls along it: (centre, its segment for a direction-dependent thickness, or a radius)."""
    if part == "head":
        return [(body.head_center, None, body.head_radius)]
    if part in body.points and part not in {s.name for s in body.segments}:
        kind = part.split("_", 1)[1] if part.startswith(("left_", "right_")) else part
        where = _JOINT_ENDS.get(kind)
        if where is None:
            return [(body.points[part], None, 0.0)]
        seg = body.segment(f"{part.split('_', 1)[0]}_{where[0]}")
        r0, r1 = seg.half_extent(_DOWN), seg.end_half_extent(_DOWN)
        return [(body.points[part], None, r0 + (r1 - r0) * where[1])]
    seg = body.segment(part)
    return [
        (vec.lerp(seg.a, seg.b, i / (_PART_SAMPLES - 1)), seg, i / (_PART_SAMPLES - 1)) for i in range(_PART_SAMPLES)
    ]


def _ball_radius(seg: Segment3 | None, t_or_r: float, toward: Vec3) -> float:
    if seg is None:
        return t_or_r
    r0, r1 = seg.half_extent(toward), seg.end_half_extent(toward)
    return r0 + (r1 - r0) * t_or_r


def _nearest_on_segment(p: Vec3, a: Vec3, b: Vec3) -> tuple[Vec3, float]:
    ab = vec.sub(b, a)
    n = vec.dot(ab, ab)
    t = 0.0 if n < 1e-12 else min(1.0, max(0.0, vec.dot(vec.sub(p, a), ab) / n))
    return vec.madd(a, ab, t), t


def _target_near(body: Body, props: Sequence[Prop], on: str, p: Vec3) -> list[tuple[Vec3, float]]:
    """Candidate nearest points of the target to ``p``, each with the target's own thickness there."""
    if on == "floor":
        return [((p[0], 0.0, p[2]), 0.0)]
    out: list[tuple[Vec3, float]] = []
    kinds = {k.value: k for k in PropKind}
    if on in kinds:
        for prop in props:
            if prop.kind is not kinds[on]:
                continue
            if prop.kind is PropKind.ROLLER:
                r = prop.size or ROLLER_RADIUS
                half = roller_length(r) / 2
                x, _y, z = prop.at
                q, _ = _nearest_on_segment(p, (x, r, z - half), (x, r, z + half))
                out.append((q, r))
            for lo, hi in prop_boxes(prop, wall_thickness=1.0):
                q = (min(max(p[0], lo[0]), hi[0]), min(max(p[1], lo[1]), hi[1]), min(max(p[2], lo[2]), hi[2]))
                if q == p:  # inside the box: how deep, as a negative thickness at the nearest face
                    depth = min(min(p[i] - lo[i], hi[i] - p[i]) for i in range(3))
                    out.append((p, depth))
                else:
                    out.append((q, 0.0))
        return out
    for centre, seg, t_or_r in _part_balls(body, on):
        if seg is None:
            out.append((centre, t_or_r))
    if out:
        return out
    seg = body.segment(on)
    q, t = _nearest_on_segment(p, seg.a, seg.b)
    toward = vec.unit(vec.sub(p, q))
    return [(q, _ball_radius(seg, t, toward))]


def contact_gap(body: Body, contact: Contact, props: Sequence[Prop] = ()) -> float:
    """How far apart the surfaces of ``contact.part`` and what it rests on are, in metres (negative: they overlap).

    The part is taken as balls along it (a joint as one ball as thick as the limb there); the floor is the plane
    y = 0, a chair, bench, block or wall its boxes as drawn, a roller its round surface, another body part its
    capsule. A part resting on the floor is measured from its underside, as the figure is grounded.
    """
    if contact.on == "floor" and contact.part in {s.name for s in body.segments}:
        low = _segment_low(body.segment(contact.part), None)
        assert low is not None
        return low
    best = float("inf")
    for centre, seg, t_or_r in _part_balls(body, contact.part):
        for q, target_r in _target_near(body, props, contact.on, centre):
            d = vec.sub(centre, q)
            distance = vec.norm(d)
            toward = vec.scale(d, -1.0 / distance) if distance > 1e-9 else _DOWN
            best = min(best, distance - _ball_radius(seg, t_or_r, toward) - target_r)
    return best


def contact_gaps(spec: PoseSpec, fraction: float, returning: bool = False) -> dict[Contact, float]:
    """The gap of every contact that holds at ``fraction`` (see ``PoseSpec.contacts_at``)."""
    body = pose_body(spec, fraction, returning)
    return {c: contact_gap(body, c, spec.props) for c in spec.contacts_at(fraction, returning)}
