"""Every reps exercise lifts and lowers the way its own steps say, measured in the figure the player moves.

For each exercise with reps, one repetition is played through the same functions the player uses (the plan's step,
``rep_phase_at`` and ``moment_for_rep``), and the figure is posed in the 3-D rig at the start and end of each
part. The word the player shows must match what the figure does (it rises during "lift" and "up", falls during
"lower" and "down", stretches the band during "turn", moves away during "out"), and the slow part must be the one
that lowers: the source's 2 s lowering, 1 s lifting.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from hipdesk.content import default_exercises_dir, load_library
from hipdesk.domain.exercise import Exercise, Phase, RepPhase, Side
from hipdesk.domain.plan import Step, expand, single_exercise_routine
from hipdesk.domain.player import rep_phase_at, rep_variant
from hipdesk.figure import vec
from hipdesk.figure.animation import moment_for_rep
from hipdesk.figure.model import PoseSpec, PropKind
from hipdesk.figure.poses import get_pose
from hipdesk.figure.scene import pose_body
from hipdesk.figure.skeleton import Body
from hipdesk.figure.vec import Vec3

LIBRARY = load_library(default_exercises_dir())
WITH_REPS = sorted(e.id for e in LIBRARY.exercises() if e.dose.reps is not None)
MOVES_AT_LEAST_M = 0.03  # the moving limb travels at least this far in the direction its word names

ARM_POINTS = ("_shoulder", "_elbow", "_wrist", "_hand")
RISING = frozenset({RepPhase.LIFT, RepPhase.UP})
FALLING = frozenset({RepPhase.LOWER, RepPhase.DOWN})


def _work_step(exercise: Exercise) -> Step:
    return expand(single_exercise_routine(exercise), LIBRARY).work_steps[0]


def _parts(step: Step) -> Iterator[tuple[RepPhase, float]]:
    """The moving parts of the step's first repetition in the order the player plays them, with their seconds."""
    assert step.tempo is not None
    t = 0.0
    while t < step.rep_s - 1e-9:
        phase, _, length = rep_phase_at(step.tempo, t, step.effort)
        if phase is not RepPhase.HOLD:
            yield phase, length
        t += max(length, 1e-3)


def _body(spec: PoseSpec, phase: RepPhase, at_s: float, length: float, *, reversed_: bool = False) -> Body:
    moment = moment_for_rep(phase, at_s, length, reversed_=reversed_)
    return pose_body(spec, moment.fraction, moment.via_return)


def _moving_point(spec: PoseSpec, *, vertical: bool) -> str:
    """The limb that moves: the point of the legs, hips or trunk on the working side (or either side, for a
    two-sided drill) that travels farthest between the start and the end pose (``vertical``: farthest up or
    down). The arms are left out: they balance or hold, and a hip drill is judged by what the hips do."""
    start, end = pose_body(spec, 0.0), pose_body(spec, 1.0)
    other = "right_" if not spec.mirrored else "left_"
    names = [n for n in start.points if (spec.both_sides or not n.startswith(other)) and not n.endswith(ARM_POINTS)]

    def travel(name: str) -> float:
        a, b = start.points[name], end.points[name]
        return abs(b[1] - a[1]) if vertical else vec.norm(vec.sub(b, a))

    return max(names, key=travel)


def _band_length(spec: PoseSpec, body: Body) -> float:
    band = next(p for p in spec.props if p.kind is PropKind.BAND)
    ends: list[Vec3] = [body.points[e] for e in band.ends]
    if band.anchor is not None:
        ends.append(band.anchor)
    return vec.norm(vec.sub(ends[0], ends[1]))


def test_every_reps_exercise_is_covered() -> None:
    assert len(WITH_REPS) >= 30
    assert {"glute-bridge", "side-lying-clamshell", "quadruped-hip-extension", "tempo-squat"} <= set(WITH_REPS)


@pytest.mark.parametrize("exercise_id", WITH_REPS)
def test_the_slow_part_is_the_lowering_one(exercise_id: str) -> None:
    exercise = LIBRARY[exercise_id]
    step = _work_step(exercise)
    parts = dict(_parts(step))
    lowering = exercise.effort.lowering
    if lowering is None:
        # nothing to lift: a drill goes out and back at an even pace
        assert parts[RepPhase.OUT] == parts[RepPhase.BACK], f"{exercise_id}: a drill's tempo is even both ways"
        return
    lifting = next(p for p in exercise.effort.halves if p is not lowering)
    assert parts[lowering] >= parts[lifting], f"{exercise_id}: {lowering} must not be quicker than {lifting}"
    if exercise.phase in (Phase.ACTIVATE, Phase.STRENGTHEN):
        assert parts[lowering] > parts[lifting], f"{exercise_id}: strength work lowers slower than it lifts"


@pytest.mark.parametrize("exercise_id", WITH_REPS)
def test_the_words_match_what_the_figure_does(exercise_id: str) -> None:
    exercise = LIBRARY[exercise_id]
    step = _work_step(exercise)
    assert step.reps is not None
    # the first repetition and the last: the other side of a drill that alternates, the other way of a circle
    for rep_index in sorted({0, step.reps - 1}):
        mirrored, reversed_ = rep_variant(step, rep_index)
        side = Side.RIGHT if mirrored or step.side is Side.RIGHT else Side.LEFT
        spec = get_pose(exercise_id, side)
        point = _moving_point(spec, vertical=exercise.effort.lowering in FALLING)
        for phase, length in _parts(step):
            before = _body(spec, phase, 0.0, length, reversed_=reversed_)
            after = _body(spec, phase, length, length, reversed_=reversed_)
            where = f"{exercise_id} ({phase.value}, {point}, rep {rep_index + 1})"
            if phase in RISING | FALLING:
                rise = after.points[point][1] - before.points[point][1]
                if phase in RISING:
                    assert rise >= MOVES_AT_LEAST_M, f"{where}: rises {rise * 100:.1f} cm"
                else:
                    assert -rise >= MOVES_AT_LEAST_M, f"{where}: falls {-rise * 100:.1f} cm"
            elif phase in (RepPhase.TURN, RepPhase.RETURN):
                stretch = _band_length(spec, after) - _band_length(spec, before)
                sign = 1 if phase is RepPhase.TURN else -1
                assert sign * stretch >= MOVES_AT_LEAST_M, f"{where}: the band stretches {stretch * 100:.1f} cm"
            else:
                home = pose_body(spec, 0.0).points[point]
                away = vec.norm(vec.sub(after.points[point], home)) - vec.norm(vec.sub(before.points[point], home))
                sign = 1 if phase is RepPhase.OUT else -1
                assert sign * away >= MOVES_AT_LEAST_M, f"{where}: moves {away * 100:.1f} cm from the start"
