"""What a frame of the animated figure can keep from the one before: the floor and props that stayed put."""

from __future__ import annotations

from dataclasses import replace

from hipdesk.domain.exercise import Side
from hipdesk.figure.poses import get_pose
from hipdesk.figure.scene import STILL_ROLES, Kind, Role, Shape, backdrop_count, build_scene, still_prefix


def shape(role: Role, x: float = 0.0) -> Shape:
    return Shape(Kind.CAPSULE, ((x, 0.0), (x + 1.0, 0.0)), 0.1, 0.0, role)


def test_the_floor_and_props_behind_the_figure_are_its_backdrop() -> None:
    shapes = [shape(Role.FLOOR), shape(Role.FLOOR_EDGE), shape(Role.PROP), shape(Role.BODY), shape(Role.PROP)]
    assert backdrop_count(shapes) == 3  # the prop in front of the body is drawn over it, so it is not behind
    assert backdrop_count([shape(Role.BODY), shape(Role.FLOOR)]) == 0
    assert backdrop_count([]) == 0


def test_only_floor_and_props_exactly_where_they_were_stay() -> None:
    before = [shape(Role.FLOOR), shape(Role.PROP), shape(Role.PROP_LIGHT), shape(Role.BODY)]
    assert still_prefix(before, before) == 3  # the body is never kept
    moved = [before[0], shape(Role.PROP, x=0.01), before[2], before[3]]
    assert still_prefix(moved, before) == 1  # everything after a moved prop is drawn over it: drawn again
    assert still_prefix(before, []) == 0  # nothing drawn yet
    band = [shape(Role.BAND), *before]
    assert still_prefix(band, band) == 0  # a band goes with a hand or a foot


def test_a_moving_figure_keeps_its_floor_from_frame_to_frame() -> None:
    spec = get_pose("leg-swings-front-back", Side.LEFT)
    first, second = build_scene(spec, 0.30), build_scene(spec, 0.34)
    kept = still_prefix(second.shapes, first.shapes)
    assert kept >= 1 and second.shapes[0].role is Role.FLOOR
    assert all(s.role in STILL_ROLES for s in second.shapes[:kept])
    assert second.shapes[kept:] != first.shapes[kept:]  # the body moved
    assert still_prefix(second.shapes, [replace(first.shapes[0], width=0.2), *first.shapes[1:]]) == 0
