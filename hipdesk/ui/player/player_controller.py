"""The Qt side of the session player: owns the timers, turns player events into signals and hands them to the
session recorder (:mod:`hipdesk.usecases.session_recording`), which writes history.

The :class:`~hipdesk.domain.player.SessionPlayer` decides everything; this object only asks it, at the right
moments, what happened. A single-shot precise timer is aimed at the player's next event (the next whole second,
tempo phase or deadline), so step changes land within a few milliseconds of their deadline; a separate frame timer
repaints the figure while the session runs and something on screen animates. When history cannot be written for a
while (another program holds the database, the disk is full), a retry timer tries again until everything is in.
"""

from __future__ import annotations

import math
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from hipdesk.domain.plan import Plan, StepKind
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
    StepStarted,
    TempoPhaseStarted,
)
from hipdesk.figure.animation import FigureMoment, fraction_for_hold, fraction_for_roll, moment_for_rep
from hipdesk.usecases.session_recording import SaveState, SessionRecorder

if TYPE_CHECKING:
    from hipdesk.clock import Clock, WallClock
    from hipdesk.storage.session_repository import SessionRepository

FRAME_MS = 33
RETRY_MS = 5000  # how often writes that wait (a locked database, a full disk) are tried again


class PlayerController(QObject):
    """Plays one plan: controls in, signals out, each completed work step committed to history at once (or kept
    and written as soon as it can be).

    Signals:
    started(): the session began (``session_id`` is set once the session is in history).
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
    finished(int, bool): the session ended; its id (0 while not in history, or when not recorded) and whether it
        counts as complete (hipdesk.domain.completion); ``finish`` holds the whole SessionFinished event.
    save_failed(str): history could not be written just now; why and where, in words for the person. What could not
        be written is kept and tried again.
    saves_caught_up(): everything that waited has been written.
    session_saved(int): the session's end is in history (right after ``finished``, or later when writes waited).
    reflection_saved(int): the summary's reflection for this session is in history.
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
    saves_caught_up = Signal()
    session_saved = Signal(int)
    reflection_saved = Signal(int)

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
        self.finish: SessionFinished | None = None  # how the session ended, once it has
        self.recorder = (
            SessionRecorder(sessions, plan, clock, wall, routine_uid=routine_uid, pain_before=pain_before)
            if sessions is not None
            else None
        )
        self._animating = True
        self._retry_timer = QTimer(self)
        self._retry_timer.setInterval(RETRY_MS)
        self._retry_timer.timeout.connect(self.save_waiting)
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
    def session_id(self) -> int:
        return self.recorder.session_id if self.recorder is not None else 0

    @property
    def waiting(self) -> int:
        """History writes kept in memory until the database takes them."""
        return self.recorder.waiting if self.recorder is not None else 0

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
            if s.step.rolling:
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
        if self.recorder is not None:
            self._saved(self.recorder.start())
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

    def _handle(self, events: list[PlayerEvent]) -> None:
        """Signals first (the screen and the cues are on time), then history writes, then the next timer."""
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
                case SessionFinished():
                    finished = event
        if events:
            self.frame_advanced.emit(self.player.status())
        state = self.recorder.record(events) if self.recorder is not None else None
        if finished is None:
            if state is not None:
                self._saved(state)
            self._schedule()
            return
        self.stop()
        if state is not None:  # the sets first, then the end, then that the end is in history
            for seq in state.saved_steps:
                self.step_recorded.emit(seq)
        self.finish = finished
        self.finished.emit(self.session_id, finished.completed)
        if state is not None:
            self._saved(replace(state, saved_steps=()))

    # ---- history -------------------------------------------------------------------------------------------------
    def save_waiting(self) -> SaveState | None:
        """Try again to write what waits (the retry timer does this; it also runs at every step's end)."""
        if self.recorder is None:
            return None
        state = self.recorder.flush()
        self._saved(state)
        return state

    def note_saved(self, state: SaveState) -> None:
        """Tell listeners about writes made through the recorder outside the player's events (a pain stop, the
        reflection)."""
        self._saved(state)

    def _saved(self, state: SaveState) -> None:
        for seq in state.saved_steps:
            self.step_recorded.emit(seq)
        if state.finish_saved:
            self.session_saved.emit(self.session_id)
        if state.reflection_saved:
            self.reflection_saved.emit(self.session_id)
        if state.waiting:
            if not self._retry_timer.isActive():
                self._retry_timer.start()
                assert state.problem is not None
                self.save_failed.emit(str(state.problem))
        elif self._retry_timer.isActive():
            self._retry_timer.stop()
            self.saves_caught_up.emit()
