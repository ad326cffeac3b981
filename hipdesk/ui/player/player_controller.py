"""The Qt side of the session player: owns the timers, turns player events into signals and writes history.

The :class:`~hipdesk.domain.player.SessionPlayer` decides everything; this object only asks it, at the right
moments, what happened. A single-shot precise timer is aimed at the player's next event (the next whole second,
tempo phase or deadline), so step changes land within a few milliseconds of their deadline; a separate frame timer
repaints the figure while the session runs and something on screen animates.
"""

from __future__ import annotations

import logging
import math
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from hipdesk.domain.plan import Plan, Step, StepKind
from hipdesk.domain.player import (
    CountdownTicked,
    Halfway,
    Paused,
    PlayerEvent,
    PlayerState,
    PlayerStatus,
    RepCounted,
    RestStarted,
    Resumed,
    SecondTicked,
    SessionFinished,
    SessionPlayer,
    SideSwitched,
    StepCompleted,
    StepRecord,
    StepStarted,
    TempoPhaseStarted,
)
from hipdesk.figure.animation import FigureMoment, fraction_for_hold, fraction_for_roll, moment_for_rep

if TYPE_CHECKING:
    from hipdesk.clock import Clock, WallClock
    from hipdesk.storage.session_repository import SessionRepository

FRAME_MS = 33
log = logging.getLogger(__name__)


class PlayerController(QObject):
    """Plays one plan: controls in, signals out, each completed work step committed to history at once.

    Signals:
    started(): the session began (``session_id`` is set).
    step_started(int, object): the step at this index of the plan (a hipdesk.domain.plan.Step) began.
    second_ticked(int): the countdown reached this many seconds.
    countdown_ticked(int): one of the last three seconds (3, 2, 1) began.
    halfway_reached(): a hold reached its halfway point.
    tempo_phase_started(int, str): repetition number and its phase (a RepPhase value: lift, lower, hold, ...)
        began.
    rep_counted(int, int): repetitions done and planned in the step.
    side_switched(str): the switch-sides step began; the side that comes next (left / right).
    rest_started(float): a rest of this many seconds began.
    paused_changed(bool): the session was paused (True) or resumed (False).
    step_recorded(int): a work step was committed to history; its sequence number.
    frame_advanced(object): a repaint moment; the current hipdesk.domain.player.PlayerStatus.
    finished(int, bool): the session ended; its id (0 when not recorded) and whether it was completed.
    save_failed(str): a history write failed; what could not be saved, in words for the person.
    """

    started = Signal()
    step_started = Signal(int, object)
    second_ticked = Signal(int)
    countdown_ticked = Signal(int)
    halfway_reached = Signal()
    tempo_phase_started = Signal(int, str)
    rep_counted = Signal(int, int)
    side_switched = Signal(str)
    rest_started = Signal(float)
    paused_changed = Signal(bool)
    step_recorded = Signal(int)
    frame_advanced = Signal(object)
    finished = Signal(int, bool)
    save_failed = Signal(str)

    def __init__(
        self,
        plan: Plan,
        clock: Clock,
        wall: WallClock,
        sessions: SessionRepository | None = None,
        *,
        routine_uid: str | None = None,
        pain_before: int | None = None,
        frame_ms: int = FRAME_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.plan = plan
        self.player = SessionPlayer(plan, clock)
        self._clock = clock
        self._wall_clock = wall
        self._sessions = sessions
        self._routine_uid = routine_uid
        self._pain_before = pain_before
        self.session_id = 0
        self._seq = 0
        self._wall_start = wall.now()
        self._mono_start = clock.now()
        self._animating = True
        self._event_timer = QTimer(self)
        self._event_timer.setSingleShot(True)
        self._event_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._event_timer.timeout.connect(self._on_event_timer)
        self._frame_timer = QTimer(self)
        self._frame_timer.setInterval(frame_ms)
        self._frame_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._frame_timer.timeout.connect(self._on_frame)

    # ---- reading -------------------------------------------------------------------------------------------------
    @property
    def state(self) -> PlayerState:
        return self.player.state

    @property
    def is_active(self) -> bool:
        return self.player.state in (PlayerState.RUNNING, PlayerState.PAUSED)

    def status(self) -> PlayerStatus:
        return self.player.status()

    def figure_moment(self, status: PlayerStatus | None = None) -> FigureMoment:
        """Where the figure is between its start (0) and end (1) pose, from the session clock, which way round it
        goes and whether this repetition is drawn for the other side."""
        s = status or self.status()
        kind = s.step.kind
        if kind is StepKind.REPS and s.rep_phase is not None:
            return moment_for_rep(
                s.rep_phase, s.phase_elapsed_s, s.phase_s, reversed_=s.rep_reversed, mirrored=s.rep_mirrored
            )
        if kind is StepKind.REPS:
            return FigureMoment(0.0, mirrored=s.rep_mirrored)
        if kind is StepKind.HOLD:
            if s.step.exercise_id.startswith("roll-"):
                return FigureMoment(fraction_for_roll(s.elapsed_s))
            return FigureMoment(fraction_for_hold(s.elapsed_s))
        return FigureMoment(0.0)  # get ready, switch, rest: the start pose

    def set_animating(self, on: bool) -> None:
        """Run the frame timer (figure, progress) while something that animates is on screen."""
        self._animating = on
        self._update_frame_timer()

    # ---- controls ------------------------------------------------------------------------------------------------
    def start(self) -> None:
        if self.player.state is not PlayerState.IDLE:
            return
        # One anchor: every step's stamps are the wall time at start plus monotonic time since, so a change of the
        # system clock mid-session cannot reorder them.
        self._mono_start = self._clock.now()
        self._wall_start = self._wall_clock.now()
        if self._sessions is not None:
            try:
                self.session_id = self._sessions.start_session(
                    self.plan.routine_name,
                    routine_uid=self._routine_uid,
                    planned_s=self.plan.total_s,
                    pain_before=self._pain_before,
                    started_at=self._wall_start,
                )
            except Exception as exc:  # the session still plays; the person is told it is not being saved
                self._report("start the session in your history, so this session is not saved", exc)
        self.started.emit()
        self._handle(self.player.start())

    def pause(self) -> None:
        self._handle(self.player.pause())

    def resume(self) -> None:
        self._handle(self.player.resume())

    def toggle_pause(self) -> None:
        self._handle(self.player.toggle_pause())

    def skip(self) -> None:
        self._handle(self.player.skip())

    def previous(self) -> None:
        self._handle(self.player.previous())

    def add_time(self) -> None:
        self._handle(self.player.add_time())

    def restart_step(self) -> None:
        self._handle(self.player.restart_step())

    def skip_exercise(self) -> None:
        self._handle(self.player.skip_exercise())

    def end(self) -> None:
        self._handle(self.player.end())

    def stop(self) -> None:
        """Stop the timers without ending anything (the view is going away)."""
        self._event_timer.stop()
        self._frame_timer.stop()

    # ---- time ----------------------------------------------------------------------------------------------------
    def poll(self) -> None:
        """Catch up with the clock now (the timers do this; tests with a fake clock call it by hand)."""
        self._handle(self.player.poll())

    def _on_event_timer(self) -> None:
        self.poll()

    def _on_frame(self) -> None:
        events = self.player.poll()
        if events:
            self._handle(events)
        else:
            self.frame_advanced.emit(self.player.status())

    def _schedule(self) -> None:
        at = self.player.next_event_at()
        if at is None:
            self._event_timer.stop()
        else:
            self._event_timer.start(max(0, math.ceil((at - self._clock.now()) * 1000.0)))
        self._update_frame_timer()

    def _update_frame_timer(self) -> None:
        run = self._animating and self.player.state is PlayerState.RUNNING
        if run and not self._frame_timer.isActive():
            self._frame_timer.start()
        elif not run and self._frame_timer.isActive():
            self._frame_timer.stop()

    def _wall(self, t: float) -> datetime:
        return self._wall_start + timedelta(seconds=t - self._mono_start)

    def _handle(self, events: list[PlayerEvent]) -> None:
        """Signals first (the screen and the cues are on time), then history writes, then the next timer."""
        records: list[StepRecord] = []
        finished: SessionFinished | None = None
        for event in events:
            match event:
                case StepStarted(index=index, step=step):
                    self.step_started.emit(index, step)
                case SecondTicked(seconds_left=s):
                    self.second_ticked.emit(s)
                case CountdownTicked(seconds_left=s):
                    self.countdown_ticked.emit(s)
                case Halfway():
                    self.halfway_reached.emit()
                case TempoPhaseStarted(rep=rep, phase=phase):
                    self.tempo_phase_started.emit(rep, phase.value)
                case RepCounted(rep=rep, reps=reps):
                    self.rep_counted.emit(rep, reps)
                case SideSwitched(side=side):
                    self.side_switched.emit(side.value)
                case RestStarted(duration_s=d):
                    self.rest_started.emit(d)
                case Paused():
                    self.paused_changed.emit(True)
                case Resumed():
                    self.paused_changed.emit(False)
                case StepCompleted() if event.step.is_work:
                    records.append(self._record(event))
                case SessionFinished():
                    finished = event
        if events:
            self.frame_advanced.emit(self.player.status())
        sessions = self._sessions if self.session_id else None
        for record in records:
            if sessions is not None:
                try:
                    sessions.record_step(self.session_id, record)
                except Exception as exc:  # the disk, the database file: never let it stop the session
                    self._report("save the last set", exc)
                    continue
            self.step_recorded.emit(record.seq)
        if finished is not None:
            self.stop()
            if sessions is not None:
                try:
                    sessions.finish_session(
                        self.session_id, completed=finished.completed, ended_at=self._wall(finished.at)
                    )
                except Exception as exc:
                    self._report("close the session in your history", exc)
            self.finished.emit(self.session_id, finished.completed)
            return
        self._schedule()

    def _report(self, what: str, exc: Exception) -> None:
        log.error("could not %s: %s", what, exc, exc_info=exc)
        self.save_failed.emit(f"HipDesk could not {what}: {exc}")

    def _record(self, event: StepCompleted) -> StepRecord:
        self._seq += 1
        step: Step = event.step
        return StepRecord(
            seq=self._seq,
            exercise_id=step.exercise_id,
            side=step.side,
            set_no=step.set_no,
            planned_s=step.duration_s,
            actual_s=round(event.actual_s, 3),
            planned_reps=step.reps,
            actual_reps=event.actual_reps,
            started_at=self._wall(event.started_at),
            ended_at=self._wall(event.ended_at),
            skipped=event.skipped,
        )
