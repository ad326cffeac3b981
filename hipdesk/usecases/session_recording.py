"""Recording a session as it is played: the session, every completed set, pain stops, its end and the reflection.

Each is written the moment it happens, in the order it happened (a killed HipDesk keeps what was written). A write
the database refuses (locked by another program, a full disk) is kept in memory and tried again: at the next set,
when the player's retry timer asks, and at the end; it is never dropped. What the summary shows comes from what was
recorded here, so it is right even while some of it still waits to be written.

The player's events are turned into history rows by :func:`step_record`, the one place that mapping is written.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from hipdesk.clock import Clock, WallClock
from hipdesk.domain.pain import PERSIST_DAYS, PainKind, PainVerdict, assess, validate
from hipdesk.domain.plan import Plan
from hipdesk.domain.player import (
    PlayerEvent,
    SessionFinished,
    SessionStatus,
    SessionSummary,
    StepCompleted,
    StepRecord,
)
from hipdesk.domain.progression import Feeling
from hipdesk.storage.errors import StorageError
from hipdesk.storage.session_repository import SessionRepository

log = logging.getLogger(__name__)


def history_moment(moment: datetime) -> datetime:
    """A moment as history keeps it: UTC, to the millisecond (so what is recorded equals what is read back)."""
    utc = moment.astimezone(UTC)
    return utc.replace(microsecond=utc.microsecond // 1000 * 1000)


def step_record(event: StepCompleted, seq: int, wall_at: Callable[[float], datetime]) -> StepRecord:
    """The history row for a completed work step; ``wall_at`` turns the player's monotonic times into moments."""
    step = event.step
    return StepRecord(
        seq=seq,
        exercise_id=step.exercise_id,
        side=step.side,
        set_no=step.set_no,
        planned_s=step.duration_s,
        actual_s=round(event.actual_s, 3),
        planned_reps=step.reps,
        actual_reps=event.actual_reps,
        started_at=history_moment(wall_at(event.started_at)),
        ended_at=history_moment(wall_at(event.ended_at)),
        skipped=event.skipped,
    )


@dataclass(frozen=True)
class SaveState:
    """What a call wrote, and what still waits."""

    saved_steps: tuple[int, ...] = ()  # sequence numbers of the sets written by this call
    waiting: int = 0  # writes kept in memory, not yet in the database
    problem: StorageError | None = None  # why they wait
    finish_saved: bool = False  # this call wrote the session's end: history can show the session
    reflection_saved: bool = False  # this call wrote the reflection


@dataclass(frozen=True)
class PainStopResult:
    verdict: PainVerdict
    state: SaveState  # waiting > 0: the rating is kept and written as soon as the database lets HipDesk

    @property
    def saved(self) -> bool:
        return self.state.waiting == 0


@dataclass(frozen=True)
class ReflectionResult:
    advice: PainVerdict | None  # set when the pain after the session is a reason to stop or see someone
    state: SaveState


@dataclass
class _Write:
    what: str  # for the log, if it is never written
    run: Callable[[], None]
    step_seq: int = 0
    finish: bool = False
    reflection: bool = False


@dataclass
class _Reflection:
    feeling: Feeling | None = None
    notes: str = ""
    pain_after: int | None = None


@dataclass
class _Session:
    started_at: datetime | None = None
    ended_at: datetime | None = None
    status: SessionStatus = SessionStatus.IN_PROGRESS
    records: list[StepRecord] = field(default_factory=list)
    reflection: _Reflection = field(default_factory=_Reflection)


class SessionRecorder:
    """Writes one played session to history, in order, keeping what cannot be written yet.

    ``start`` anchors the session's moments (the wall clock at start plus monotonic time since, so a change of the
    system clock mid-session cannot reorder them) and writes the session; ``record`` takes the player's events.
    """

    def __init__(
        self,
        sessions: SessionRepository,
        plan: Plan,
        clock: Clock,
        wall: WallClock,
        *,
        routine_uid: str | None = None,
        pain_before: int | None = None,
    ) -> None:
        self._sessions = sessions
        self._plan = plan
        self._clock = clock
        self._wall = wall
        self._routine_uid = routine_uid
        self._pain_before = None if pain_before is None else validate(pain_before)
        self._queue: deque[_Write] = deque()
        self._problem: StorageError | None = None
        self._session = _Session()
        self._mono_start = clock.now()
        self._wall_start = wall.now()
        self.session_id = 0  # set once the session is in the database

    # ---- reading ---------------------------------------------------------------------------------------------
    @property
    def waiting(self) -> int:
        return len(self._queue)

    @property
    def problem(self) -> StorageError | None:
        return self._problem

    @property
    def started(self) -> bool:
        return self._session.started_at is not None

    @property
    def finished(self) -> bool:
        return self._session.status.finished

    def at(self, t: float) -> datetime:
        """The moment of the player's monotonic time ``t``."""
        return self._wall_start + timedelta(seconds=t - self._mono_start)

    def summary(self) -> SessionSummary:
        """The session as recorded (whether or not all of it is in the database yet)."""
        s = self._session
        started = s.started_at or history_moment(self._wall_start)
        reflection = s.reflection
        return SessionSummary(
            session_id=self.session_id,
            routine_name=self._plan.routine_name,
            status=s.status,
            started_at=started,
            ended_at=s.ended_at,
            active_s=sum(r.actual_s for r in s.records),
            steps=tuple(s.records),
            pain_before=self._pain_before,
            pain_after=reflection.pain_after,
            feeling=reflection.feeling.value if reflection.feeling is not None else None,
            notes=reflection.notes,
        )

    def unsaved(self) -> list[str]:
        """What still waits, in words (for the log when HipDesk quits before it could be written)."""
        return [write.what for write in self._queue]

    # ---- recording -------------------------------------------------------------------------------------------
    def start(self) -> SaveState:
        if self.started:
            raise RuntimeError("this session has started already")
        self._mono_start = self._clock.now()
        self._wall_start = self._wall.now()
        started = history_moment(self._wall_start)
        self._session.started_at = started

        def write() -> None:
            self.session_id = self._sessions.start_session(
                self._plan.routine_name,
                routine_uid=self._routine_uid,
                planned_s=self._plan.total_s,
                pain_before=self._pain_before,
                started_at=started,
            )

        self._queue.append(_Write(f"the start of {self._plan.routine_name!r} at {started.isoformat()}", write))
        return self.flush()

    def record(self, events: Iterable[PlayerEvent]) -> SaveState:
        """Take the player's events: each completed work step becomes a set in history; the end closes the
        session. Writes are tried when something new is recorded (a step's end), not at every tick, so a locked
        database costs the window one short wait per set, not one per second."""
        before = len(self._queue)
        for event in events:
            if isinstance(event, StepCompleted) and event.step.is_work:
                self._add_step(event)
            elif isinstance(event, SessionFinished):
                self._add_finish(event)
        if len(self._queue) == before:  # nothing new: what waits is tried again by flush() (the retry timer)
            return SaveState(waiting=len(self._queue), problem=self._problem)
        return self.flush()

    def pain_stop(
        self, rating: int, *, location: str = "", sharp: bool = False, exercise_id: str = ""
    ) -> PainStopResult:
        """A pain stop during the session: the rating is recorded, and the pain rules say what to suggest."""
        validate(rating)
        moment = history_moment(self._wall.now())

        def write() -> None:
            self._sessions.record_pain(
                self.session_id, PainKind.STOP, rating, location=location, exercise_id=exercise_id or None, at=moment
            )

        self._queue.append(_Write(f"a pain stop of {rating}/10 ({location or 'no place given'})", write))
        state = self.flush()
        verdict = assess(rating, self._pain_before, sharp=sharp, earlier_stop_sessions=self._earlier_stop_sessions())
        return PainStopResult(verdict, state)

    def reflect(self, feeling: Feeling | None, notes: str, pain_after: int | None) -> ReflectionResult:
        """How it went, from the summary: the feeling, notes and the pain after the session."""
        if pain_after is not None:
            validate(pain_after)
        moment = history_moment(self._wall.now())
        self._session.reflection = _Reflection(feeling, notes, pain_after)

        def write() -> None:
            self._sessions.save_reflection(
                self.session_id,
                feeling=feeling.value if feeling is not None else None,
                notes=notes,
                pain_after=pain_after,
                at=moment,
            )

        self._queue.append(_Write(f"the reflection ({feeling}, pain after {pain_after})", write, reflection=True))
        state = self.flush()
        advice = None
        if pain_after is not None:
            verdict = assess(pain_after, self._pain_before, earlier_stop_sessions=self._earlier_stop_sessions())
            advice = verdict if verdict.should_stop else None
        return ReflectionResult(advice, state)

    def flush(self) -> SaveState:
        """Write what waits, in order, until the database refuses (then the rest waits for the next try)."""
        saved: list[int] = []
        finish_saved = reflection_saved = False
        while self._queue:
            write = self._queue[0]
            try:
                write.run()
            except StorageError as exc:
                if self._problem is None or str(self._problem) != str(exc):
                    log.warning("kept in memory, not yet written (%d waiting): %s", len(self._queue), exc)
                self._problem = exc
                break
            except Exception:  # a bug: trying it again would fail again, so it goes to the log instead
                self._queue.popleft()
                log.error("not written, because of an error HipDesk did not expect: %s", write.what)
                raise
            self._queue.popleft()
            if write.step_seq:
                saved.append(write.step_seq)
            finish_saved = finish_saved or write.finish
            reflection_saved = reflection_saved or write.reflection
        else:
            if self._problem is not None:
                log.info("everything that waited is written now")
            self._problem = None
        return SaveState(tuple(saved), len(self._queue), self._problem, finish_saved, reflection_saved)

    # ---- inside ----------------------------------------------------------------------------------------------
    def _add_step(self, event: StepCompleted) -> None:
        record = step_record(event, len(self._session.records) + 1, self.at)
        self._session.records.append(record)
        self._queue.append(
            _Write(
                f"set {record.seq}: {record.exercise_id} {record.side.value} set {record.set_no}, "
                f"{record.actual_s:g} s, ended {record.ended_at.isoformat()}",
                lambda: self._sessions.record_step(self.session_id, record),
                step_seq=record.seq,
            )
        )

    def _add_finish(self, event: SessionFinished) -> None:
        ended = history_moment(self.at(event.at))
        self._session.ended_at = ended
        self._session.status = SessionStatus.COMPLETE if event.completed else SessionStatus.PARTIAL
        completed = event.completed

        def write() -> None:
            self._sessions.finish_session(self.session_id, completed=completed, ended_at=ended)

        self._queue.append(_Write(f"the end of the session at {ended.isoformat()}", write, finish=True))

    def _earlier_stop_sessions(self) -> int:
        """Recent other sessions whose pain crossed the stop line; 0 when history cannot be read just now."""
        try:
            return self._sessions.stop_level_sessions_since(PERSIST_DAYS, exclude=self.session_id or None)
        except StorageError as exc:
            log.warning("could not read recent pain ratings (%s); judging this rating on its own", exc)
            return 0
