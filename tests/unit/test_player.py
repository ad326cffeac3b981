"""The session player, driven by a fake clock: every rule is a table of actions and the events they cause."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from hipdesk.clock import FakeClock
from hipdesk.domain.exercise import Effort, RepPattern, Side, Tempo
from hipdesk.domain.library import Library
from hipdesk.domain.plan import SWITCH_S, Plan, StepKind, expand
from hipdesk.domain.player import (
    CountdownTicked,
    Halfway,
    Paused,
    PlayerEvent,
    PlayerState,
    RepCounted,
    RepPhase,
    RestStarted,
    Resumed,
    SecondTicked,
    SessionFinished,
    SessionPlayer,
    SideSwitched,
    StepCompleted,
    StepStarted,
    TempoPhaseStarted,
    rep_count,
    rep_phase_at,
)
from hipdesk.domain.routine import RoutineItem
from tests.unit.player_fixtures import HOLD, LIBRARY, REPS, SIDED_HOLD, exercise, routine

Action = tuple[str, float] | str


def describe(event: PlayerEvent) -> str:
    match event:
        case StepStarted(index=i, step=step):
            side = f" {step.side.value}" if step.side is not Side.NONE else ""
            return f"start {i} {step.kind.value}{side}"
        case SecondTicked(seconds_left=s):
            return f"tick {s}"
        case CountdownTicked(seconds_left=s):
            return f"count {s}"
        case Halfway():
            return "halfway"
        case TempoPhaseStarted(rep=rep, phase=phase):
            return f"{phase.value} {rep}"
        case RepCounted(rep=rep, reps=reps):
            return f"rep {rep}/{reps}"
        case SideSwitched(side=side):
            return f"switch {side.value}"
        case RestStarted(duration_s=d):
            return f"rest {d:g}"
        case StepCompleted(index=i, actual_s=a, skipped=skipped):
            return f"done {i} {a:g}{' skipped' if skipped else ''}"
        case Paused():
            return "paused"
        case Resumed():
            return "resumed"
        case SessionFinished(completed=completed, reached_end=reached_end):
            return f"finished {'complete' if completed else 'skipped through' if reached_end else 'ended'}"
    raise AssertionError(event)


def run(plan: Plan, actions: Sequence[Action], *, quiet: bool = True) -> tuple[SessionPlayer, FakeClock, list[str]]:
    """Apply actions: ("wait", seconds) advances the clock by one-second polls; a bare name calls that control."""
    clock = FakeClock()
    player = SessionPlayer(plan, clock)
    out: list[str] = []
    for action in actions:
        if isinstance(action, tuple):
            name, seconds = action
            assert name == "wait"
            whole, part = divmod(seconds, 1.0)
            for _ in range(int(whole)):
                clock.advance(1.0)
                out += map(describe, player.poll())
            if part:
                clock.advance(part)
                out += map(describe, player.poll())
        else:
            out += map(describe, getattr(player, action)())
    if quiet:
        out = [e for e in out if not e.startswith(("tick", "count"))]
    return player, clock, out


def plan_of(*items: RoutineItem, get_ready_s: float = 3.0) -> Plan:
    return expand(routine(*items), LIBRARY, get_ready_s=get_ready_s)


HOLD_PLAN = plan_of(RoutineItem(HOLD.id))
REPS_PLAN = plan_of(RoutineItem(REPS.id))
SIDED_PLAN = plan_of(RoutineItem(SIDED_HOLD.id))
TWO_PLAN = plan_of(RoutineItem(HOLD.id), RoutineItem(REPS.id))


CASES = [
    pytest.param(
        HOLD_PLAN,
        ["start", ("wait", 33)],
        [
            "start 0 get_ready",
            "done 0 3",
            "start 1 hold",
            "halfway",
            "done 1 30",
            "start 2 finish",
            "finished complete",
        ],
        id="hold",
    ),
    pytest.param(
        REPS_PLAN,
        ["start", ("wait", 3 + 12)],
        [
            "start 0 get_ready",
            "done 0 3",
            "start 1 reps",
            "lift 1",
            "hold 1",
            "lower 1",
            "rep 1/3",
            "lift 2",
            "hold 2",
            "lower 2",
            "rep 2/3",
            "lift 3",
            "hold 3",
            "lower 3",
            "rep 3/3",
            "done 1 12",
            "start 2 finish",
            "finished complete",
        ],
        id="reps with tempo",
    ),
    pytest.param(
        SIDED_PLAN,
        ["start", ("wait", 3 + 20 + 10 + 20 + SWITCH_S + 20 + 10 + 20)],
        [
            "start 0 get_ready left",
            "done 0 3",
            "start 1 hold left",
            "halfway",
            "done 1 20",
            "start 2 rest left",
            "rest 10",
            "done 2 10",
            "start 3 hold left",
            "halfway",
            "done 3 20",
            "start 4 switch right",
            "switch right",
            "done 4 5",
            "start 5 hold right",
            "halfway",
            "done 5 20",
            "start 6 rest right",
            "rest 10",
            "done 6 10",
            "start 7 hold right",
            "halfway",
            "done 7 20",
            "start 8 finish",
            "finished complete",
        ],
        id="sets, rests and both sides",
    ),
    pytest.param(
        SIDED_PLAN,
        ["start", ("wait", 3 + 20 + 10 + 20 + 2), "pause", ("wait", 100), "resume", ("wait", 3)],
        [
            "start 0 get_ready left",
            "done 0 3",
            "start 1 hold left",
            "halfway",
            "done 1 20",
            "start 2 rest left",
            "rest 10",
            "done 2 10",
            "start 3 hold left",
            "halfway",
            "done 3 20",
            "start 4 switch right",
            "switch right",
            "paused",
            "resumed",
            "done 4 5",
            "start 5 hold right",
        ],
        id="pause during a switch",
    ),
    pytest.param(
        HOLD_PLAN,
        ["start", ("wait", 5), "skip"],
        [
            "start 0 get_ready",
            "done 0 3",
            "start 1 hold",
            "done 1 2 skipped",
            "start 2 finish",
            "finished skipped through",
        ],
        id="skip on the last step",
    ),
    pytest.param(
        HOLD_PLAN,
        ["start", ("wait", 2), "previous", ("wait", 2.5)],
        ["start 0 get_ready", "start 0 get_ready"],
        id="previous on the first step restarts it",
    ),
    pytest.param(
        SIDED_PLAN,
        ["start", ("wait", 3 + 20 + 4), "previous"],
        [
            "start 0 get_ready left",
            "done 0 3",
            "start 1 hold left",
            "halfway",
            "done 1 20",
            "start 2 rest left",
            "rest 10",
            "start 1 hold left",
        ],
        id="previous goes back to the last set",
    ),
    pytest.param(
        HOLD_PLAN,
        ["start", ("wait", 13), "pause", "add_time", ("wait", 60), "resume", ("wait", 29), ("wait", 1)],
        [
            "start 0 get_ready",
            "done 0 3",
            "start 1 hold",
            "paused",
            "resumed",
            "halfway",
            "done 1 40",
            "start 2 finish",
            "finished complete",
        ],
        id="add 10 s while paused",
    ),
    pytest.param(
        HOLD_PLAN,
        ["start", ("wait", 8), "restart_step", ("wait", 29.5)],
        ["start 0 get_ready", "done 0 3", "start 1 hold", "start 1 hold", "halfway"],
        id="restart step",
    ),
    pytest.param(
        HOLD_PLAN,
        ["start", ("wait", 10), "end", ("wait", 100)],
        ["start 0 get_ready", "done 0 3", "start 1 hold", "done 1 7 skipped", "finished ended"],
        id="end early keeps the step in progress",
    ),
    pytest.param(
        TWO_PLAN,
        ["start", ("wait", 5), "skip_exercise", ("wait", 1)],
        ["start 0 get_ready", "done 0 3", "start 1 hold", "done 1 2 skipped", "start 2 rest", "rest 15"],
        id="pain stop ends the exercise",
    ),
    pytest.param(
        HOLD_PLAN,
        ["start", ("wait", 10), "skip_exercise", ("wait", 100)],
        ["start 0 get_ready", "done 0 3", "start 1 hold", "done 1 7 skipped", "finished ended"],
        id="pain stop in the last exercise ends the session early, not complete",
    ),
    pytest.param(
        TWO_PLAN,
        ["start", ("wait", 40), "pause", ("wait", 5), "skip_exercise"],
        [
            "start 0 get_ready",
            "done 0 3",
            "start 1 hold",
            "halfway",
            "done 1 30",
            "start 2 rest",
            "rest 15",
            "paused",
            "done 2 7 skipped",
            "finished ended",
        ],
        id="pain stop, paused, in the rest before the last exercise ends the session early",
    ),
    pytest.param(
        REPS_PLAN,
        ["start", ("wait", 3 + 6), "skip"],
        [
            "start 0 get_ready",
            "done 0 3",
            "start 1 reps",
            "lift 1",
            "hold 1",
            "lower 1",
            "rep 1/3",
            "lift 2",
            "hold 2",
            "lower 2",
            "done 1 6 skipped",
            "start 2 finish",
            "finished skipped through",  # half of the planned work: not complete
        ],
        id="skipped reps count what was done",
    ),
]


def raw_events(plan: Plan, actions: Sequence[Action]) -> list[PlayerEvent]:
    """The events themselves, for the same actions as :func:`run`."""
    clock = FakeClock()
    player = SessionPlayer(plan, clock)
    events: list[PlayerEvent] = []
    for action in actions:
        if isinstance(action, tuple):
            clock.advance(action[1])
            events += player.poll()
        else:
            events += getattr(player, action)()
    return events


@pytest.mark.parametrize(
    ("actions", "done_s", "complete"),
    [
        (["start", ("wait", 3 + 12)], 12.0, True),  # played through
        (["start", ("wait", 3 + 8), "skip"], 8.0, True),  # two of three reps: two thirds, past 60 %
        (["start", ("wait", 3 + 7), "skip"], 7.0, False),  # just under 60 %
        (["start", "skip", "skip"], 0.0, False),  # skipped through in no time
        (["start", ("wait", 3 + 10), "end"], 10.0, False),  # most of it, but ended early
    ],
)
def test_a_session_counts_as_complete_when_it_reached_the_end_with_most_of_its_work_done(
    actions: list[Action], done_s: float, complete: bool
) -> None:
    finished = [e for e in raw_events(REPS_PLAN, actions) if isinstance(e, SessionFinished)]
    assert len(finished) == 1
    assert finished[0].work.planned_s == pytest.approx(12.0)
    assert finished[0].work.done_s == pytest.approx(done_s)
    assert finished[0].completed is complete


def test_a_set_played_again_counts_once_at_its_best() -> None:
    player, _, _ = run(SIDED_PLAN, ["start", ("wait", 3 + 5), "skip", "previous", ("wait", 20.5)])
    assert player.work_done().done_s == pytest.approx(20.0)  # 5 s skipped, then all 20 s of the same hold


@pytest.mark.parametrize(("plan", "actions", "expected"), CASES)
def test_player_table(plan: Plan, actions: list[Action], expected: list[str]) -> None:
    _, _, events = run(plan, actions)
    assert events == expected


def test_in_last_exercise_says_whether_a_pain_stop_would_end_the_session() -> None:
    player, _, _ = run(TWO_PLAN, ["start"])
    seen = []
    while player.state is PlayerState.RUNNING:
        seen.append((player.step.kind, player.in_last_exercise))
        player.skip()
    assert seen == [
        (StepKind.GET_READY, False),
        (StepKind.HOLD, False),
        (StepKind.REST, True),  # the rest before the last exercise belongs to it
        (StepKind.REPS, True),
    ]


def test_countdown_ticks_every_second_and_the_last_three() -> None:
    _, _, events = run(HOLD_PLAN, ["start", ("wait", 3)], quiet=False)
    assert events == ["start 0 get_ready", "tick 2", "count 2", "tick 1", "count 1", "done 0 3", "start 1 hold"]


def test_a_late_poll_never_shifts_the_schedule() -> None:
    player, clock, _ = run(SIDED_PLAN, ["start"])
    clock.advance(3 + 20 + 10 + 7.25)  # one very late poll lands 7.25 s into the second hold
    events = player.poll()
    started = [e for e in events if isinstance(e, StepStarted)]
    assert [e.at - 1000.0 for e in started] == [3, 23, 33]
    status = player.status()
    assert status.index == 3 and status.elapsed_s == pytest.approx(7.25)
    assert status.seconds_left == 13


def test_pause_freezes_time_exactly() -> None:
    player, clock, _ = run(HOLD_PLAN, ["start", ("wait", 3 + 4.5), "pause"])
    before = player.status()
    clock.advance(1234.5)
    assert player.poll() == []
    frozen = player.status()
    assert frozen.remaining_s == before.remaining_s == pytest.approx(25.5)
    assert frozen.state is PlayerState.PAUSED
    player.resume()
    clock.advance(25.5)
    assert any(isinstance(e, SessionFinished) for e in player.poll())


def test_status_during_reps_follows_the_tempo() -> None:
    player, _, _ = run(REPS_PLAN, ["start", ("wait", 3 + 4 + 2.5)])
    s = player.status()
    # a bridge lifts in 1 s, holds 1 s and lowers in 2 s: 2.5 s into the second rep it is lowering
    assert (s.rep, s.reps, s.reps_done, s.rep_phase) == (2, 3, 1, RepPhase.LOWER)
    assert s.phase_elapsed_s == pytest.approx(0.5) and s.phase_s == 2


def test_add_time_to_reps_adds_whole_reps() -> None:
    player, _, _ = run(REPS_PLAN, ["start", ("wait", 4), "add_time"])
    s = player.status()
    assert s.reps == 3 + 2  # 10 s holds 2.5 reps of 4 s: the whole ones that fit (rounded)
    assert s.duration_s == 12 + 4 * (s.reps - 3)


def test_next_event_at_is_the_next_second_or_phase() -> None:
    player, clock, _ = run(REPS_PLAN, ["start", ("wait", 3 + 0.25)])
    assert player.next_event_at() == pytest.approx(clock.now() + 0.75)
    clock.advance(1.5)  # 1.75 s into the rep: the hold phase starts at 2 s
    player.poll()
    assert player.next_event_at() == pytest.approx(clock.now() + 0.25)


def test_session_progress_and_remaining() -> None:
    player, _, _ = run(HOLD_PLAN, ["start", ("wait", 3)])
    s = player.status()
    assert s.session_total_s == 33
    assert s.session_remaining_s == pytest.approx(30)
    assert s.progress == pytest.approx(3 / 33)


def test_controls_out_of_turn_do_nothing() -> None:
    player = SessionPlayer(HOLD_PLAN, FakeClock())
    for control in ("pause", "resume", "skip", "previous", "add_time", "restart_step", "end", "skip_exercise"):
        assert getattr(player, control)() == []
    player.start()
    assert player.start() == []
    assert player.resume() == []


def test_skip_while_paused_stays_paused() -> None:
    player, clock, _events = run(HOLD_PLAN, ["start", ("wait", 1), "pause", "skip"])
    assert player.state is PlayerState.PAUSED and player.step.kind is StepKind.HOLD
    clock.advance(50)
    assert player.status().remaining_s == 30


def test_a_whole_routine_end_to_end() -> None:
    plan = plan_of(RoutineItem(HOLD.id), RoutineItem(SIDED_HOLD.id), RoutineItem(REPS.id), get_ready_s=10)
    player, clock, events = run(plan, ["start", ("wait", plan.total_s + 5)])
    assert player.state is PlayerState.FINISHED
    assert clock.now() - 1000.0 == plan.total_s + 5
    done = [e for e in events if e.startswith("done")]
    assert len(done) == len(plan.steps) - 1
    assert events[-1] == "finished complete"
    assert events.count("switch right") == 1
    assert sum(e.startswith("rep ") for e in events) == 3
    assert [e for e in events if e.startswith("rest")] == ["rest 15", "rest 10", "rest 10", "rest 15"]


@pytest.mark.parametrize(
    ("effort", "within", "expected", "phase_s"),
    [
        # a squat goes down slowly first (the tempo's 2 s), pauses, and comes up in 1 s
        (Effort.UP, 0.0, RepPhase.DOWN, 2),
        (Effort.UP, 1.99, RepPhase.DOWN, 2),
        (Effort.UP, 2.0, RepPhase.HOLD, 1),
        (Effort.UP, 3.0, RepPhase.UP, 1),
        (Effort.UP, 3.9, RepPhase.UP, 1),
        # a bridge lifts in 1 s first, pauses at the top, and lowers in the tempo's 2 s
        (Effort.LIFT, 0.0, RepPhase.LIFT, 1),
        (Effort.LIFT, 0.99, RepPhase.LIFT, 1),
        (Effort.LIFT, 1.0, RepPhase.HOLD, 1),
        (Effort.LIFT, 2.0, RepPhase.LOWER, 2),
        (Effort.LIFT, 3.9, RepPhase.LOWER, 2),
        (Effort.TURN, 0.5, RepPhase.TURN, 1),
        (Effort.TURN, 2.5, RepPhase.RETURN, 2),
        (Effort.NONE, 0.5, RepPhase.OUT, 2),
        (Effort.NONE, 3.5, RepPhase.BACK, 1),
    ],
)
def test_rep_phase_at(effort: Effort, within: float, expected: RepPhase, phase_s: float) -> None:
    phase, _, length = rep_phase_at(Tempo(2, 1, 1), within, effort)
    assert (phase, length) == (expected, phase_s)


def test_the_next_phase_edge_follows_the_effort_order() -> None:
    # the bridge's lift ends 1 s into the rep (not at the tempo's 2 s of lowering)
    player, clock, _ = run(REPS_PLAN, ["start", ("wait", 3 + 0.5)])
    assert player.next_event_at() == pytest.approx(clock.now() + 0.5)
    assert player.status().rep_phase is RepPhase.LIFT


CIRCLES = exercise("circles", reps=2, tempo=Tempo(3, 0, 3), per_side=True, rep_pattern=RepPattern.EACH_WAY)
WIPERS = exercise("wipers", reps=4, tempo=Tempo(2, 1, 2), effort=Effort.UP, rep_pattern=RepPattern.ALTERNATE_SIDES)


def test_a_circle_done_each_way_counts_each_way() -> None:
    plan = expand(routine(RoutineItem(CIRCLES.id)), Library([CIRCLES]), get_ready_s=3.0)
    work = plan.work_steps[0]
    assert work.reps == 4 and work.duration_s == 4 * 6  # 2 each way
    player, _, _ = run(plan, ["start", ("wait", 3 + 6 + 1)])
    s = player.status()
    assert (s.rep, s.rep_reversed, rep_count(s)) == (2, False, (2, 2, "one way"))
    player, _, _ = run(plan, ["start", ("wait", 3 + 12 + 1)])
    s = player.status()
    assert (s.rep, s.rep_reversed, rep_count(s)) == (3, True, (1, 2, "other way"))


def test_a_drill_that_alternates_sides_goes_to_the_other_side_every_second_rep() -> None:
    plan = expand(routine(RoutineItem(WIPERS.id)), Library([WIPERS]), get_ready_s=3.0)
    sides = []
    for rep in range(4):
        player, _, _ = run(plan, ["start", ("wait", 3 + rep * 5 + 0.5)])
        s = player.status()
        assert s.rep_phase is RepPhase.DOWN
        sides.append(rep_count(s)[2])
        assert s.rep_mirrored is (rep % 2 == 1)
    assert sides == ["left side", "right side", "left side", "right side"]
