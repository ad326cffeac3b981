"""Every exercise has a figure that rests on the floor properly, stays above it and bends like a person."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from hipdesk.domain.exercise import Position, Side
from hipdesk.figure.poses import POSES_DIR, get_pose, load_pose_file
from hipdesk.figure.scene import Role, contact_gap, pose_body, still_scene, surfaces
from hipdesk.figure.skeleton import check_limits

REPO = Path(__file__).resolve().parents[2]
EXERCISES = REPO / "resources" / "exercises"
IDS_DOC = REPO / "docs" / "exercise-ids.md"

CONTACT_TOLERANCE_M = 0.025
FRACTIONS = [i / 10 for i in range(11)]


def _documented_ids() -> list[str]:
    ids: list[str] = []
    for line in IDS_DOC.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.split("|")]
        if len(cells) >= 4 and cells[1] not in ("phase", "---", ""):
            ids += [i.strip() for i in cells[2].split(",") if i.strip()]
    return ids


DOCUMENTED = _documented_ids()
WITH_CONTENT = sorted(p.stem for p in EXERCISES.glob("*.toml"))
POSED = sorted(p.stem for p in POSES_DIR.glob("*.toml"))

# What must touch the floor (or the prop under it) for each starting position: one name from each group.
REQUIRED_CONTACTS: dict[Position, list[tuple[str, ...]]] = {
    Position.STANDING: [("left_foot", "right_foot")],
    Position.CHAIR: [("pelvis",)],
    Position.FLOOR_SITTING: [("pelvis", "left_hand", "right_hand")],
    Position.KNEELING: [("left_shin",), ("right_shin",)],
    Position.HALF_KNEELING: [("left_shin", "right_shin"), ("left_foot", "right_foot")],
    Position.ALL_FOURS: [("left_hand",), ("right_hand",), ("left_shin", "right_shin")],
    Position.ON_BACK: [("thorax", "pelvis")],
    Position.ON_FRONT: [("thorax", "left_forearm", "right_forearm")],
    Position.ON_SIDE: [("pelvis", "thorax", "left_forearm", "right_forearm")],
}


def test_the_id_list_is_read() -> None:
    assert len(DOCUMENTED) >= 65
    assert len(set(DOCUMENTED)) == len(DOCUMENTED)


@pytest.mark.parametrize("exercise_id", WITH_CONTENT)
def test_every_exercise_with_content_has_a_pose(exercise_id: str) -> None:
    spec = load_pose_file(POSES_DIR / f"{exercise_id}.toml")
    assert len(spec.keyframes) >= 2
    assert spec.keyframes[0].at == 0.0
    assert spec.keyframes[-1].at == 1.0
    assert spec.start.angles != spec.end.angles, "start and end pose are the same: nothing moves"


@pytest.mark.parametrize("exercise_id", WITH_CONTENT)
def test_pose_matches_the_exercise_position(exercise_id: str) -> None:
    content = tomllib.loads((EXERCISES / f"{exercise_id}.toml").read_text(encoding="utf-8"))
    assert get_pose(exercise_id).position.value == content["position"]


def test_every_pose_file_belongs_to_a_documented_exercise() -> None:
    assert set(POSED) <= set(DOCUMENTED)


@pytest.mark.parametrize("side", [Side.LEFT, Side.RIGHT])
@pytest.mark.parametrize("exercise_id", POSED)
def test_contacts_rest_on_the_floor(exercise_id: str, side: Side) -> None:
    spec = get_pose(exercise_id, side)
    surfs = surfaces(spec.props)
    for keyframe in spec.keyframes:
        body = pose_body(spec, keyframe.at)
        gaps = {name: contact_gap(body, name, surfs) for name in spec.contacts_at(keyframe)}
        for name, gap in gaps.items():
            assert abs(gap) <= CONTACT_TOLERANCE_M, f"{name} is {gap * 100:.1f} cm off its support at {keyframe.at}"
        required = REQUIRED_CONTACTS[spec.position]
        for group in required:
            best = min(abs(contact_gap(body, n, surfs)) for n in group)
            assert best <= CONTACT_TOLERANCE_M, f"none of {group} rests on the floor at {keyframe.at}"


@pytest.mark.parametrize("side", [Side.LEFT, Side.RIGHT])
@pytest.mark.parametrize("exercise_id", sorted(i for i in POSED if get_pose(i).returns))
def test_contacts_rest_on_the_floor_on_the_way_back(exercise_id: str, side: Side) -> None:
    spec = get_pose(exercise_id, side)
    surfs = surfaces(spec.props)
    for keyframe in spec.returns:
        body = pose_body(spec, keyframe.at, returning=True)
        for name in spec.contacts_at(keyframe):
            gap = contact_gap(body, name, surfs)
            assert abs(gap) <= CONTACT_TOLERANCE_M, f"{name} is {gap * 100:.1f} cm off its support on the way back"
        for group in REQUIRED_CONTACTS[spec.position]:
            assert min(abs(contact_gap(body, n, surfs)) for n in group) <= CONTACT_TOLERANCE_M


@pytest.mark.parametrize("exercise_id", POSED)
def test_nothing_goes_below_the_floor(exercise_id: str) -> None:
    for side in (Side.LEFT, Side.RIGHT):
        spec = get_pose(exercise_id, side)
        for f in FRACTIONS:
            assert pose_body(spec, f).lowest() >= -1e-6
            assert pose_body(spec, f, returning=True).lowest() >= -1e-6


@pytest.mark.parametrize("exercise_id", POSED)
def test_joint_angles_stay_within_human_limits(exercise_id: str) -> None:
    spec = get_pose(exercise_id)
    for f in [*FRACTIONS, *(k.at for k in spec.keyframes)]:
        assert check_limits(spec.angles_at(f)) == []
    for f in [*FRACTIONS, *(k.at for k in spec.returns)]:
        assert check_limits(spec.angles_at(f, returning=True)) == []


@pytest.mark.parametrize("exercise_id", POSED)
def test_something_is_highlighted(exercise_id: str) -> None:
    assert get_pose(exercise_id).highlight


def test_an_exercise_without_a_pose_file_stands() -> None:
    spec = get_pose("no-such-exercise")
    assert spec.position is Position.STANDING
    assert pose_body(spec, 0.5).lowest() == pytest.approx(0.0, abs=1e-9)


@pytest.mark.parametrize("exercise_id", ["hip-90-90-stretch", "glute-bridge", "roll-quads", "tempo-squat"])
def test_a_still_picture_lies_on_a_mat_square_to_the_picture(exercise_id: str) -> None:
    # A thumbnail's floor is a mat just larger than the figure: it never sets the fit on its own.
    scene = still_scene(get_pose(exercise_id), 1.0)
    floor = next(s for s in scene.shapes if s.role is Role.FLOOR)
    xs = sorted({round(x, 6) for x, _ in floor.points})
    ys = sorted({round(y, 6) for _, y in floor.points})
    assert len(xs) == 2 and len(ys) <= 2
    body = [s for s in scene.shapes if s.role is Role.BODY]
    bx0 = min(p[0] - s.width / 2 for s in body for p in s.points)
    bx1 = max(p[0] + s.width / 2 for s in body for p in s.points)
    assert xs[1] - xs[0] <= (bx1 - bx0) + 0.6


def test_a_rolling_pose_belongs_to_a_roll_exercise_and_back() -> None:
    """The player moves the figure along the roller for a Phase.ROLL exercise (Step.rolling); the pose file says
    Motion.ROLL. The two must name the same exercises."""
    from hipdesk.content.exercises import default_exercises_dir, load_library
    from hipdesk.domain.exercise import Phase
    from hipdesk.figure.model import Motion
    from hipdesk.figure.poses import pose_ids

    library = load_library(default_exercises_dir())
    rolling_poses = {i for i in pose_ids() if load_pose_file(POSES_DIR / f"{i}.toml").motion is Motion.ROLL}
    roll_exercises = {e.id for e in library.values() if e.phase is Phase.ROLL}
    assert rolling_poses == roll_exercises and roll_exercises
