"""Broken pose files are reported with the file, the field and the reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from hipdesk.domain.exercise import Position, Side
from hipdesk.figure.poses import PoseFileError, get_pose, load_pose_file

GOOD = """
name = "Test bridge"
position = "on_back"
camera = "side"
motion = "reps"
highlight = ["glute_max"]
contacts = { floor = ["thorax", "left_foot", "right_foot"] }

[start]
hips = 50
knees = 100

[end]
pelvis = { pitch = -110 }
"""


def _write(tmp_path: Path, text: str, name: str = "test-move") -> Path:
    path = tmp_path / f"{name}.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_good_file_loads(tmp_path: Path) -> None:
    spec = load_pose_file(_write(tmp_path, GOOD))
    assert spec.exercise_id == "test-move"
    assert spec.position is Position.ON_BACK
    assert spec.end.angles["pelvis.pitch"] == -110
    assert spec.end.angles["left_knee"] == 100  # the end keeps what the start set


@pytest.mark.parametrize(
    ("change", "field", "reason"),
    [
        (('position = "on_back"', 'position = "upside_down"'), "position", "expected one of"),
        (('camera = "side"', 'camera = "fisheye"'), "camera", "unknown camera"),
        (('motion = "reps"', 'motion = "dance"'), "motion", "expected one of"),
        (('highlight = ["glute_max"]', 'highlight = ["elbows"]'), "highlight", "unknown value"),
        (("knees = 100", "knees = 200"), "keyframe at 0", "left_knee=200 outside"),
        (("knees = 100", "knees = 'bent'"), "start.knees", "expected a number"),
        (("hips = 50", "tail = 50"), "start.tail", "unknown joint"),
        (("pelvis = { pitch = -110 }", "pelvis = { spin = 3 }"), "end.pelvis.spin", "unknown"),
        (('name = "Test bridge"', 'name = "Test bridge"\ncolour = "red"'), "colour", "unknown field"),
        (('name = "Test bridge"', 'name = "Test bridge"\npin = "left_elbowx"'), "pin", "unknown point"),
        (
            ('name = "Test bridge"', 'name = "Test bridge"\nprops = [{ kind = "band", ends = ["left_knee"] }]'),
            "props[0]",
            "two ends",
        ),
        (('contacts = { floor = ["thorax",', 'contacts = { floor = ["left_wing",'), "contacts", "unknown body part"),
        (
            ('contacts = { floor = ["thorax",', 'contacts = { wall = ["left_hand"], floor = ["thorax",'),
            "contacts.wall",
            "no wall",
        ),
        (
            ('contacts = { floor = ["thorax",', 'contacts = { tree = ["left_hand"], floor = ["thorax",'),
            "contacts.tree",
            "a body part",
        ),
        (
            ('contacts = { floor = ["thorax",', 'contacts = { left_shin = ["left_shin"], floor = ["thorax",'),
            "contacts.left_shin",
            "itself",
        ),
        (
            ('contacts = { floor = ["thorax", "left_foot", "right_foot"] }', 'contacts = ["thorax"]'),
            "contacts",
            "a table",
        ),
        (('contacts = { floor = ["thorax", "left_foot", "right_foot"] }\n', ""), "contacts", "missing"),
    ],
)
def test_bad_fields_are_reported(tmp_path: Path, change: tuple[str, str], field: str, reason: str) -> None:
    path = _write(tmp_path, GOOD.replace(*change))
    with pytest.raises(PoseFileError) as info:
        load_pose_file(path)
    assert info.value.path == str(path)
    assert info.value.field == field
    assert reason in info.value.reason
    assert str(path) in str(info.value)


def test_missing_end_is_reported(tmp_path: Path) -> None:
    path = _write(tmp_path, GOOD.split("[end]")[0])
    with pytest.raises(PoseFileError, match="end: missing"):
        load_pose_file(path)


def test_broken_toml_is_reported(tmp_path: Path) -> None:
    path = _write(tmp_path, "name = ")
    with pytest.raises(PoseFileError, match="not valid TOML"):
        load_pose_file(path)


def test_between_needs_a_fraction(tmp_path: Path) -> None:
    path = _write(tmp_path, GOOD + "\n[[between]]\nat = 1.5\nknees = 90\n")
    with pytest.raises(PoseFileError, match=r"between\[0\]\.at"):
        load_pose_file(path)


def test_get_pose_falls_back_to_standing_without_a_file(tmp_path: Path) -> None:
    spec = get_pose("nothing-here", Side.RIGHT, tmp_path)
    assert spec.position is Position.STANDING
    assert spec.mirrored


def test_return_keyframes_take_another_way_home(tmp_path: Path) -> None:
    text = GOOD + "\n[[between]]\nat = 0.5\nleft_hip = [60, 30, 0]\n\n[[return]]\nat = 0.5\nleft_hip = [60, -10, 0]\n"
    spec = load_pose_file(_write(tmp_path, text))
    assert spec.angles_at(0.5)["left_hip.abd"] == 30
    assert spec.angles_at(0.5, returning=True)["left_hip.abd"] == -10
    for f in (0.0, 1.0):  # the two ways meet at the start and the end
        assert spec.angles_at(f) == spec.angles_at(f, returning=True)
    right = spec.for_side(True)
    assert right.angles_at(0.5, returning=True)["right_hip.abd"] == -10


def test_without_return_keyframes_the_way_back_retraces_the_way_out(tmp_path: Path) -> None:
    spec = load_pose_file(_write(tmp_path, GOOD))
    assert spec.angles_at(0.3, returning=True) == spec.angles_at(0.3)


@pytest.mark.parametrize(
    ("table", "field"),
    [
        ("[[return]]\nhips = 60\n", "return[0]"),
        ("[[return]]\nat = 1.0\nhips = 60\n", "return[0].at"),
        ("[[return]]\nat = 0.5\nhips = 170\n", "return keyframe at 0.5"),
    ],
)
def test_a_broken_return_keyframe_is_named(tmp_path: Path, table: str, field: str) -> None:
    with pytest.raises(PoseFileError) as e:
        load_pose_file(_write(tmp_path, GOOD + "\n" + table))
    assert e.value.field == field
