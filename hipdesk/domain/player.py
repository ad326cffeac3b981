"""The session player: a pure state machine over a plan, driven by an injected monotonic clock.

It works from deadlines: the time left in a step is ``deadline - now``, a step that ends at its deadline starts the
next one at that same instant (so a late poll never shifts the schedule), and a pause moves the deadline by exactly
the paused time. Every control and every :meth:`SessionPlayer.poll` returns the events that happened, in order;
whoever drives the player (a QTimer in the UI, a loop in a test) decides how to show them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from hipdesk.domain.completion import NO_WORK, WorkDone, is_complete
from hipdesk.domain.exercise import Effort, RepPattern, RepPhase, Side, Tempo
from hipdesk.domain.plan import Plan, Step, StepKind
from hipdesk.domain.words import Words

if TYPE_CHECKING:
    from hipdesk.clock import Clock  # a protocol: anything with now() -> float

ADD_TIME_S = 10.0
_EPS = 1e-9


class SessionStatus(StrEnum):
    """Where a recorded session stands: still playing, played to the end, or ended early (or cut off by a crash)."""

    IN_PROGRESS = "in_progress"
    COMPLETE = "complete"
    PARTIAL = "partial"

    @property
    def finished(self) -> bool:
        return self is not SessionStatus.IN_PROGRESS


FINISHED_STATUSES = (SessionStatus.COMPLETE, SessionStatus.PARTIAL)


class PlayerState(StrEnum):
    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"


# ---- events --------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class StepStarted:
    index: int
    step: Step
    at: float  # the step's scheduled start on the player's clock


@dataclass(frozen=True)
class SecondTicked:
    index: int
    seconds_left: int


@dataclass(frozen=True)
class CountdownTicked:
    """One of the last three seconds of a step began (3, 2, 1)."""

    index: int
    seconds_left: int


@dataclass(frozen=True)
class Halfway:
    index: int


@dataclass(frozen=True)
class TempoPhaseStarted:
    index: int
    rep: int  # 1-based number of the repetition in progress
    phase: RepPhase


@dataclass(frozen=True)
class RepCounted:
    index: int
    rep: int
    reps: int


@dataclass(frozen=True)
class SideSwitched:
    index: int
    side: Side


@dataclass(frozen=True)
class RestStarted:
    index: int
    duration_s: float
    next_exercise_id: str


@dataclass(frozen=True)
class StepCompleted:
    """A step ended, done to its deadline or skipped. ``started_at`` / ``ended_at`` are on the player's clock."""

    index: int
    step: Step
    started_at: float
    ended_at: float
    actual_s: float
    actual_reps: int | None
    skipped: bool


@dataclass(frozen=True)
class Paused:
    at: float


@dataclass(frozen=True)
class Resumed:
    at: float


@dataclass(frozen=True)
class SessionFinished:
    """The session ended. ``completed``: it counts as complete (hipdesk.domain.completion): played to the end
    (``reached_end``) with most of its planned ``work`` done."""

    completed: bool
    at: float
    reached_end: bool = False
    work: WorkDone = NO_WORK


PlayerEvent = (
    StepStarted
    | SecondTicked
    | CountdownTicked
    | Halfway
    | TempoPhaseStarted
    | RepCounted
    | SideSwitched
    | RestStarted
    | StepCompleted
    | Paused
    | Resumed
    | SessionFinished
)


# ---- what the screen shows -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class PlayerStatus:
    state: PlayerState
    index: int
    step: Step
    duration_s: float  # the step's length, including any added time
    elapsed_s: float  # active seconds in the step (pauses excluded)
    remaining_s: float
    seconds_left: int  # what the big countdown shows
    reps: int  # planned reps in the step (0 for holds), including any added
    rep: int  # 1-based repetition in progress (0 for holds)
    reps_done: int
    rep_phase: RepPhase | None
    phase_elapsed_s: float
    phase_s: float
    session_remaining_s: float
    session_total_s: float
    rep_mirrored: bool = False  # this repetition goes to the other side (a drill that alternates sides)
    rep_reversed: bool = False  # this repetition goes round the other way (a circle done each way)

    @property
    def progress(self) -> float:
        """How far through the session, 0..1."""
        if self.session_total_s <= 0:
            return 1.0
        return min(1.0, max(0.0, 1.0 - self.session_remaining_s / self.session_total_s))


def rep_phase_at(tempo: Tempo, within_s: float, effort: Effort = Effort.NONE) -> tuple[RepPhase, float, float]:
    """The phase of a repetition ``within_s`` seconds after it began: (phase, seconds into it, its length).

    ``effort`` sets the order: a lift-first exercise starts with its quick lift, a squat with its slow descent.
    """
    (first, first_s), (hold, hold_s), (second, second_s) = tempo.parts(effort)
    if within_s < first_s:
        return first, within_s, first_s
    if within_s < first_s + hold_s:
        return hold, within_s - first_s, hold_s
    return second, within_s - first_s - hold_s, second_s


def rep_variant(step: Step, rep_index: int) -> tuple[bool, bool]:
    """(mirrored, reversed) for the repetition ``rep_index`` (0-based) of a reps step.

    A drill that alternates sides goes to the other side on every second repetition; a circle done each way goes
    round the other way from the second half of the planned repetitions on (added ones carry on that way).
    """
    if step.rep_pattern is RepPattern.ALTERNATE_SIDES:
        return rep_index % 2 == 1, False
    if step.rep_pattern is RepPattern.EACH_WAY and step.reps:
        return False, rep_index >= step.reps // 2
    return False, False


class RepWords(Words):
    """How the player names the part of a set a repetition belongs to."""


def rep_count(status: PlayerStatus) -> tuple[int, int, str]:
    """(repetition, out of, a note) as the player shows them.

    A circle done each way counts each way ('2 of 3, other way'); a drill that alternates sides says which side
    this repetition goes to; otherwise the note is empty.
    """
    step = status.step
    if step.rep_pattern is RepPattern.EACH_WAY and step.reps:
        per_way = step.reps // 2
        if status.rep_reversed:
            return status.rep - per_way, status.reps - per_way, RepWords.tr("other way")
        return status.rep, per_way, RepWords.tr("one way")
    if step.rep_pattern is RepPattern.ALTERNATE_SIDES:
        return status.rep, status.reps, RepWords.tr("right side") if status.rep_mirrored else RepWords.tr("left side")
    return status.rep, status.reps, ""


# ---- records for history -----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class StepRecord:
    """A completed (or skipped) work step as it is written to history."""

    seq: int
    exercise_id: str
    side: Side
    set_no: int
    planned_s: float
    actual_s: float
    planned_reps: int | None
    actual_reps: int | None
    started_at: datetime
    ended_at: datetime
    skipped: bool = False


@dataclass(frozen=True)
class SessionSummary:
    session_id: int
    routine_name: str
    status: SessionStatus
    started_at: datetime
    ended_at: datetime | None
    active_s: float  # seconds of work done
    steps: tuple[StepRecord, ...]
    pain_before: int | None = None
    pain_after: int | None = None
    feeling: str | None = None
    notes: str = ""

    @property
    def duration_s(self) -> float:
        if self.ended_at is None:
            return 0.0
        return max(0.0, (self.ended_at - self.started_at).total_seconds())

    @property
    def done_steps(self) -> tuple[StepRecord, ...]:
        return tuple(s for s in self.steps if not s.skipped)


# ---- the machine ---------------------------------------------------------------------------------------------------
class SessionPlayer:
    """Plays a :class:`Plan`. Controls: start, pause, resume, skip, previous, add 10 s, restart step, end,
    and skip_exercise (the pain stop). Each returns the events it caused; :meth:`poll` returns those caused by time.
    """

    def __init__(self, plan: Plan, clock: Clock) -> None:
        self.plan = plan
        self.clock = clock
        self._state = PlayerState.IDLE
        self._index = 0
        self._duration = plan.steps[0].duration_s
        self._deadline = 0.0
        self._started_at = 0.0  # when the step really began (for history), on the clock
        self._paused_at = 0.0
        self._reps = 0
        self._last_seconds_left = 0
        self._halfway_done = False
        self._reps_counted = 0
        self._last_phase: tuple[int, RepPhase] | None = None
        self._added_s = 0.0  # time added to the session by add_time
        self._work_done: dict[int, float] = {}  # seconds done per work step (its best, when played again)

    # ---- reading -----------------------------------------------------------------------------------------------
    @property
    def state(self) -> PlayerState:
        return self._state

    @property
    def index(self) -> int:
        return self._index

    @property
    def step(self) -> Step:
        return self.plan.steps[self._index]

    @property
    def deadline(self) -> float:
        return self._deadline

    def _t(self) -> float:
        return self._paused_at if self._state is PlayerState.PAUSED else self.clock.now()

    def _elapsed(self, t: float) -> float:
        return max(0.0, self._duration - (self._deadline - t))

    def status(self) -> PlayerStatus:
        step = self.step
        if self._state is PlayerState.IDLE:
            elapsed, remaining = 0.0, step.duration_s
        elif self._state is PlayerState.FINISHED:
            elapsed, remaining = self._duration, 0.0
        else:
            t = self._t()
            elapsed = min(self._duration, self._elapsed(t))
            remaining = max(0.0, self._deadline - t)
        rep = reps_done = 0
        phase: RepPhase | None = None
        phase_elapsed = phase_s = 0.0
        mirrored = reversed_ = False
        reps = self._reps if self._state is not PlayerState.IDLE else (step.reps or 0)
        if step.kind is StepKind.REPS and step.tempo is not None and reps:
            rep_index = min(int((elapsed + _EPS) // step.rep_s), reps)
            reps_done = rep_index
            if rep_index < reps:
                rep = rep_index + 1
                phase, phase_elapsed, phase_s = rep_phase_at(step.tempo, elapsed - rep_index * step.rep_s, step.effort)
            else:
                rep = reps
            mirrored, reversed_ = rep_variant(step, rep - 1)
        session_remaining = remaining + self.plan.seconds_after(self._index)
        return PlayerStatus(
            state=self._state,
            index=self._index,
            step=step,
            duration_s=self._duration,
            elapsed_s=elapsed,
            remaining_s=remaining,
            seconds_left=_seconds_left(remaining),
            reps=reps,
            rep=rep,
            reps_done=reps_done,
            rep_phase=phase,
            phase_elapsed_s=phase_elapsed,
            phase_s=phase_s,
            session_remaining_s=session_remaining,
            session_total_s=self.plan.total_s + self._added_s,
            rep_mirrored=mirrored,
            rep_reversed=reversed_,
        )

    def work_done(self) -> WorkDone:
        """The plan's work time against the time done so far (each step at most its planned length)."""
        planned = sum(step.duration_s for step in self.plan.steps if step.is_work)
        return WorkDone(planned_s=planned, done_s=sum(self._work_done.values()))

    def _finished(self, at: float, *, reached_end: bool) -> SessionFinished:
        work = self.work_done()
        return SessionFinished(is_complete(reached_end, work), at, reached_end=reached_end, work=work)

    def next_event_at(self) -> float | None:
        """The clock time of the next thing :meth:`poll` would report (a second, a phase, the deadline)."""
        if self._state is not PlayerState.RUNNING:
            return None
        now = self.clock.now()
        candidates = [self._deadline]
        remaining = self._deadline - now
        whole = _seconds_left(remaining) - 1
        if whole > 0:
            candidates.append(self._deadline - whole)
        step = self.step
        start = self._deadline - self._duration
        if step.kind is StepKind.HOLD and not self._halfway_done:
            candidates.append(start + self._duration / 2)
        if step.kind is StepKind.REPS and step.tempo is not None and step.rep_s > 0:
            elapsed = self._elapsed(now)
            rep_index = int((elapsed + _EPS) // step.rep_s)
            base = start + rep_index * step.rep_s
            (_, first_s), (_, hold_s), _ = step.tempo.parts(step.effort)
            for edge in (first_s, first_s + hold_s, step.rep_s):
                candidates.append(base + edge)
        future = [c for c in candidates if c > now + _EPS]
        return min(future) if future else now

    # ---- time ----------------------------------------------------------------------------------------------------
    def poll(self) -> list[PlayerEvent]:
        """Everything that happened since the last call, up to the clock's now."""
        if self._state is not PlayerState.RUNNING:
            return []
        events: list[PlayerEvent] = []
        now = self.clock.now()
        while self._state is PlayerState.RUNNING and now >= self._deadline - _EPS:
            at = self._deadline
            self._complete(events, at, skipped=False)
            self._enter(events, self._index + 1, at)
        if self._state is PlayerState.RUNNING:
            self._in_step(events, now)
        return events

    # ---- controls --------------------------------------------------------------------------------------------------
    def start(self) -> list[PlayerEvent]:
        if self._state is not PlayerState.IDLE:
            return []
        self._state = PlayerState.RUNNING
        events: list[PlayerEvent] = []
        self._enter(events, 0, self.clock.now())
        return events + self.poll()

    def pause(self) -> list[PlayerEvent]:
        if self._state is not PlayerState.RUNNING:
            return []
        events = self.poll()
        if self._state is PlayerState.RUNNING:
            self._paused_at = self.clock.now()
            self._state = PlayerState.PAUSED
            events.append(Paused(self._paused_at))
        return events

    def resume(self) -> list[PlayerEvent]:
        if self._state is not PlayerState.PAUSED:
            return []
        now = self.clock.now()
        self._deadline += now - self._paused_at
        self._state = PlayerState.RUNNING
        return [Resumed(now), *self.poll()]

    def toggle_pause(self) -> list[PlayerEvent]:
        return self.resume() if self._state is PlayerState.PAUSED else self.pause()

    def skip(self) -> list[PlayerEvent]:
        """Leave the current step now (recorded as skipped) and start the next one."""
        return self._jump(self._index + 1, record=True)

    def previous(self) -> list[PlayerEvent]:
        """Back to the previous hold or reps step (to redo it); on the first step, start it again."""
        target = next((i for i in range(self._index - 1, -1, -1) if self.plan.steps[i].is_work), None)
        if target is None:
            target = self._index if self._index == 0 else 0
        return self._jump(target, record=False)

    def restart_step(self) -> list[PlayerEvent]:
        return self._jump(self._index, record=False)

    @property
    def in_last_exercise(self) -> bool:
        """True while nothing but the finish follows the current exercise: a pain stop here ends the session."""
        return self.plan.steps[self._exercise_end()].kind is StepKind.FINISH

    def skip_exercise(self) -> list[PlayerEvent]:
        """End the current exercise (the pain stop): go to whatever follows its last step.

        In the last exercise nothing follows, so the session ends there, early: stopping for pain is not finishing
        the routine, and the step in progress is kept, marked skipped.
        """
        target = self._exercise_end()
        if self.plan.steps[target].kind is not StepKind.FINISH:
            return self._jump(target, record=True)
        if self._state not in (PlayerState.RUNNING, PlayerState.PAUSED):
            return []
        events = self.poll()
        if self._state is PlayerState.FINISHED:
            return events
        t = self._t()
        self._complete(events, t, skipped=True)
        self._state = PlayerState.FINISHED
        events.append(self._finished(t, reached_end=False))
        return events

    def add_time(self, seconds: float = ADD_TIME_S) -> list[PlayerEvent]:
        """More time in the current step; a reps step gets the whole repetitions that fit (at least one)."""
        if self._state not in (PlayerState.RUNNING, PlayerState.PAUSED):
            return []
        events = self.poll()
        if self._state not in (PlayerState.RUNNING, PlayerState.PAUSED):
            return events
        step = self.step
        if step.kind is StepKind.REPS and step.rep_s > 0:
            extra_reps = max(1, round(seconds / step.rep_s))
            self._reps += extra_reps
            seconds = extra_reps * step.rep_s
        self._duration += seconds
        self._deadline += seconds
        self._added_s += seconds
        t = self._t()
        self._last_seconds_left = _seconds_left(self._deadline - t)
        events.append(SecondTicked(self._index, self._last_seconds_left))
        return events

    def end(self) -> list[PlayerEvent]:
        """Stop the session early. A work step in progress for at least a second is kept, marked skipped."""
        if self._state not in (PlayerState.RUNNING, PlayerState.PAUSED):
            return []
        events = self.poll()
        if self._state is PlayerState.FINISHED:
            return events
        t = self._t()
        if self.step.is_work and self._elapsed(t) >= 1.0:
            self._complete(events, t, skipped=True)
        self._state = PlayerState.FINISHED
        events.append(self._finished(t, reached_end=False))
        return events

    # ---- inside -----------------------------------------------------------------------------------------------
    def _exercise_end(self) -> int:
        """The index of the first step after the current exercise (the next exercise's rest, or the finish)."""
        current = max(self.step.item_index, 0)
        return next(
            (
                i
                for i in range(self._index + 1, len(self.plan.steps))
                if self.plan.steps[i].item_index > current or self.plan.steps[i].kind is StepKind.FINISH
            ),
            len(self.plan.steps) - 1,
        )

    def _jump(self, target: int, *, record: bool) -> list[PlayerEvent]:
        if self._state not in (PlayerState.RUNNING, PlayerState.PAUSED):
            return []
        events = self.poll()
        if self._state not in (PlayerState.RUNNING, PlayerState.PAUSED):
            return events
        was_paused = self._state is PlayerState.PAUSED
        now = self.clock.now()
        if record:
            self._complete(events, self._t(), skipped=True)
        self._enter(events, target, now)
        if was_paused and self._state is PlayerState.PAUSED:
            self._paused_at = now
        elif self._state is PlayerState.RUNNING:
            events.extend(self.poll())
        return events

    def _enter(self, events: list[PlayerEvent], index: int, at: float) -> None:
        index = min(index, len(self.plan.steps) - 1)
        step = self.plan.steps[index]
        self._index = index
        self._duration = step.duration_s
        self._deadline = at + step.duration_s
        self._started_at = at
        self._reps = step.reps or 0
        self._last_seconds_left = _seconds_left(step.duration_s)
        self._halfway_done = False
        self._reps_counted = 0
        self._last_phase = None
        events.append(StepStarted(index, step, at))
        if step.kind is StepKind.FINISH:
            self._state = PlayerState.FINISHED
            events.append(self._finished(at, reached_end=True))
            return
        if step.kind is StepKind.SWITCH:
            events.append(SideSwitched(index, step.side))
        elif step.kind is StepKind.REST:
            events.append(RestStarted(index, step.duration_s, step.exercise_id))
        elif step.kind is StepKind.REPS:
            self._phase_events(events, 0.0)

    def _complete(self, events: list[PlayerEvent], at: float, *, skipped: bool) -> None:
        step = self.step
        if step.kind is StepKind.FINISH:
            return
        elapsed = min(self._duration, self._elapsed(at))
        if step.is_work:
            done = min(elapsed, step.duration_s)
            self._work_done[self._index] = max(self._work_done.get(self._index, 0.0), done)
        actual_reps: int | None = None
        if step.kind is StepKind.REPS:
            if not skipped:
                for rep in range(self._reps_counted + 1, self._reps + 1):
                    events.append(RepCounted(self._index, rep, self._reps))
                self._reps_counted = self._reps
            else:
                self._reps_counted = min(self._reps, int((elapsed + _EPS) // step.rep_s)) if step.rep_s else 0
            actual_reps = self._reps_counted
        events.append(
            StepCompleted(
                index=self._index,
                step=step,
                started_at=self._started_at,
                ended_at=at,
                actual_s=elapsed,
                actual_reps=actual_reps,
                skipped=skipped,
            )
        )

    def _in_step(self, events: list[PlayerEvent], t: float) -> None:
        step = self.step
        remaining = self._deadline - t
        elapsed = self._elapsed(t)
        seconds_left = _seconds_left(remaining)
        if seconds_left < self._last_seconds_left:
            self._last_seconds_left = seconds_left
            events.append(SecondTicked(self._index, seconds_left))
            if 1 <= seconds_left <= 3:
                events.append(CountdownTicked(self._index, seconds_left))
        if step.kind is StepKind.HOLD and not self._halfway_done and elapsed >= self._duration / 2 - _EPS:
            self._halfway_done = True
            events.append(Halfway(self._index))
        if step.kind is StepKind.REPS:
            self._phase_events(events, elapsed)

    def _phase_events(self, events: list[PlayerEvent], elapsed: float) -> None:
        step = self.step
        if step.tempo is None or step.rep_s <= 0:
            return
        rep_index = int((elapsed + _EPS) // step.rep_s)
        done = min(rep_index, self._reps)
        for rep in range(self._reps_counted + 1, done + 1):
            events.append(RepCounted(self._index, rep, self._reps))
        self._reps_counted = max(self._reps_counted, done)
        if rep_index >= self._reps:
            return
        phase, _, _ = rep_phase_at(step.tempo, elapsed - rep_index * step.rep_s + _EPS, step.effort)
        key = (rep_index + 1, phase)
        if key != self._last_phase:
            self._last_phase = key
            events.append(TempoPhaseStarted(self._index, rep_index + 1, phase))


def _seconds_left(remaining: float) -> int:
    return max(0, math.ceil(remaining - 1e-6))
