"""Every exercise has a figure that rests on the floor properly, stays above it and bends like a person."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from hipdesk.domain.exercise import Position, Side
from hipdesk.figure.model import SURFACES, PoseSpec
from hipdesk.figure.poses import POSES_DIR, get_pose, load_pose_file
from hipdesk.figure.scene import CONTACT_TOLERANCE_M, Role, contact_gaps, pose_body, still_scene
from hipdesk.figure.skeleton import check_limits

REPO = Path(__file__).resolve().parents[2]
EXERCISES = REPO / "resources" / "exercises"
IDS_DOC = REPO / "docs" / "exercise-ids.md"

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

# What must rest on the floor (or the prop under it) for each starting position: one part from each group.
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


def _moments(spec: PoseSpec) -> list[tuple[float, bool]]:
    """The start, the middle and the end of the motion, every keyframe, and the way back of a round path."""
    out = {(0.0, False), (0.5, False), (1.0, False), *((k.at, False) for k in spec.keyframes)}
    if spec.returns:
        out |= {(0.5, True), *((k.at, True) for k in spec.returns)}
    return sorted(out)


@pytest.mark.parametrize("side", [Side.LEFT, Side.RIGHT])
@pytest.mark.parametrize("exercise_id", POSED)
def test_every_declared_contact_holds_in_the_rig(exercise_id: str, side: Side) -> None:
    # Each pose says what touches what (a foot on the floor, a pelvis on the chair, a hand on the wall, an ankle on
    # the other thigh); posed in the 3-D rig, every one of them must be within 3 cm at the start, the middle and
    # the end of the motion, so a floating foot or an ankle that misses the knee fails here.
    spec = get_pose(exercise_id, side)
    assert spec.contacts, "the pose declares no contacts"
    for fraction, back in _moments(spec):
        for contact, gap in contact_gaps(spec, fraction, back).items():
            where = f"{fraction:g}{' on the way back' if back else ''}"
            assert abs(gap) <= CONTACT_TOLERANCE_M, f"{contact} is {gap * 100:.1f} cm off at {where}"


@pytest.mark.parametrize("exercise_id", POSED)
def test_what_the_position_rests_on_is_declared(exercise_id: str) -> None:
    # A kneeling pose declares both shins on the floor, a chair pose the pelvis on the chair, and so on: one part
    # of each group below, resting on the floor or the prop under it, at every keyframe.
    spec = get_pose(exercise_id)
    for keyframe in (*spec.keyframes, *spec.returns):
        resting = {c.part for c in spec.keyframe_contacts(keyframe) if c.on in SURFACES}
        for group in REQUIRED_CONTACTS[spec.position]:
            assert resting & set(group), f"none of {group} is declared resting at {keyframe.at:g}"


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
