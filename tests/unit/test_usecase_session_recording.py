"""Recording a session, without Qt: the player's events become history, in order, and a write the database refuses
(locked by another program, a full disk: both real, on a real file) waits in memory and is written later, never
dropped."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy import event, text

from hipdesk.clock import FakeClock, FakeWallClock
from hipdesk.domain.pain import Advice, PainKind
from hipdesk.domain.plan import GET_READY_S, Plan, expand
from hipdesk.domain.player import PlayerState, SessionPlayer, SessionStatus
from hipdesk.domain.progression import Feeling
from hipdesk.domain.routine import RoutineItem
from hipdesk.storage.db import Database
from hipdesk.storage.errors import DatabaseLockedError, DiskFullError
from hipdesk.storage.session_repository import SessionRepository
from hipdesk.usecases.session_recording import SessionRecorder, history_moment
from tests.clocks import TEST_NOW
from tests.unit.player_fixtures import HOLD, LIBRARY, REPS, SIDED_HOLD, routine


@pytest.fixture
def plan() -> Plan:
    return expand(routine(RoutineItem(HOLD.id), RoutineItem(SIDED_HOLD.id), RoutineItem(REPS.id)), LIBRARY)


@pytest.fixture
def sessions(database: Database, wall: FakeWallClock) -> SessionRepository:
    return SessionRepository(database.engine, wall)


def play(player: SessionPlayer, recorder: SessionRecorder, clock: FakeClock, seconds: float) -> None:
    """Let ``seconds`` pass a second at a time, handing every event to the recorder as the player controller does."""
    for _ in range(int(seconds)):
        clock.advance(1.0)
        recorder.record(player.poll())


def steps_in_database(database: Database) -> int:
    with database.engine.connect() as conn:
        return int(conn.execute(text("SELECT count(*) FROM steps")).scalar_one())


@pytest.fixture
def held(database: Database) -> Iterator[sqlite3.Connection]:
    """Another program holding the database's write lock (a real second connection)."""
    other = sqlite3.connect(database.path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    yield other
    if other.in_transaction:
        other.execute("ROLLBACK")
    other.close()


def test_a_session_is_recorded_as_it_is_played(
    plan: Plan, sessions: SessionRepository, fake_clock: FakeClock, wall: FakeWallClock
) -> None:
    player = SessionPlayer(plan, fake_clock)
    recorder = SessionRecorder(sessions, plan, fake_clock, wall, routine_uid="test", pain_before=2)
    assert recorder.start().waiting == 0 and recorder.session_id
    recorder.record(player.start())
    play(player, recorder, fake_clock, plan.total_s + 2)
    assert player.state is PlayerState.FINISHED and recorder.finished
    summary = recorder.summary()
    assert summary.status is SessionStatus.COMPLETE and summary.pain_before == 2
    assert [r.seq for r in summary.steps] == list(range(1, len(summary.steps) + 1))
    assert {r.exercise_id for r in summary.steps} == {HOLD.id, SIDED_HOLD.id, REPS.id}
    assert summary.started_at == history_moment(TEST_NOW)  # anchored at the start...
    assert summary.steps[0].started_at == history_moment(TEST_NOW + timedelta(seconds=GET_READY_S))  # ...and on
    assert sessions.summary(recorder.session_id) == summary  # what is written is what was recorded


def test_sets_wait_while_another_program_holds_the_database_and_are_written_after(
    plan: Plan,
    sessions: SessionRepository,
    database: Database,
    fake_clock: FakeClock,
    wall: FakeWallClock,
    held: sqlite3.Connection,
) -> None:
    held.execute("ROLLBACK")  # free while the session starts
    player = SessionPlayer(plan, fake_clock)
    recorder = SessionRecorder(sessions, plan, fake_clock, wall)
    recorder.start()
    recorder.record(player.start())
    held.execute("BEGIN EXCLUSIVE")
    play(player, recorder, fake_clock, 100)
    waiting = recorder.waiting
    assert waiting >= 2 and isinstance(recorder.problem, DatabaseLockedError)
    assert str(database.path) in str(recorder.problem)
    assert steps_in_database(database) == 0
    held.execute("ROLLBACK")
    state = recorder.flush()  # the retry
    assert state.waiting == 0 and state.problem is None and state.saved_steps == tuple(range(1, waiting + 1))
    assert steps_in_database(database) == len(recorder.summary().steps)
    play(player, recorder, fake_clock, plan.total_s)
    assert sessions.summary(recorder.session_id) == recorder.summary()


def test_a_full_disk_at_the_start_keeps_the_whole_session_until_it_can_be_written(
    plan: Plan, sessions: SessionRepository, database: Database, fake_clock: FakeClock, wall: FakeWallClock
) -> None:
    """SQLite's max_page_count makes a real "database or disk is full" without filling a disk."""
    database.engine.dispose()
    limit = {"pages": 0}

    def cap(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        limit["pages"] = limit["pages"] or pages
        dbapi_conn.execute(f"PRAGMA max_page_count={limit['pages']}")

    event.listen(database.engine, "connect", cap)
    for _ in range(10_000):  # earlier sessions fill the file to its last page: the next one does not fit
        try:
            sessions.start_session("Earlier")
        except DiskFullError:
            break
    else:
        raise AssertionError("the page limit never filled up")
    player = SessionPlayer(plan, fake_clock)
    recorder = SessionRecorder(sessions, plan, fake_clock, wall, pain_before=3)
    state = recorder.start()
    assert state.waiting == 1 and isinstance(state.problem, DiskFullError) and recorder.session_id == 0
    recorder.record(player.start())
    play(player, recorder, fake_clock, plan.total_s + 2)
    assert recorder.finished and recorder.waiting == 1 + len(recorder.summary().steps) + 1  # start, sets, end
    stop = recorder.pain_stop(4, location="left hip")  # given while nothing can be written: kept too
    assert not stop.saved and stop.verdict.advice is Advice.CONTINUE
    database.engine.dispose()
    event.remove(database.engine, "connect", cap)  # space again
    state = recorder.flush()
    assert state.waiting == 0 and state.finish_saved and recorder.session_id
    assert sessions.summary(recorder.session_id) == recorder.summary()
    with database.engine.connect() as conn:
        kinds = conn.execute(
            text("SELECT kind, rating, location FROM pain_ratings WHERE session_id = :s ORDER BY id"),
            {"s": recorder.session_id},
        ).all()
    assert [tuple(k) for k in kinds] == [(PainKind.BEFORE, 3, ""), (PainKind.STOP, 4, "left hip")]


def test_a_pain_stop_is_recorded_and_judged(
    plan: Plan, sessions: SessionRepository, fake_clock: FakeClock, wall: FakeWallClock
) -> None:
    recorder = SessionRecorder(sessions, plan, fake_clock, wall, pain_before=1)
    recorder.start()
    mild = recorder.pain_stop(3, location="right hip")
    assert mild.saved and mild.verdict.advice is Advice.CONTINUE
    sharp = recorder.pain_stop(3, sharp=True, exercise_id=HOLD.id)
    assert sharp.verdict.advice is Advice.SEE_PROFESSIONAL
    rising = recorder.pain_stop(4)  # more than 2 over the start
    assert rising.verdict.advice is Advice.STOP_TODAY and rising.verdict.should_stop


def test_the_reflection_is_recorded_and_high_pain_after_gets_advice(
    plan: Plan, sessions: SessionRepository, fake_clock: FakeClock, wall: FakeWallClock
) -> None:
    player = SessionPlayer(plan, fake_clock)
    recorder = SessionRecorder(sessions, plan, fake_clock, wall, pain_before=2)
    recorder.start()
    recorder.record(player.start())
    recorder.record(player.end())
    result = recorder.reflect(Feeling.HARD, "tight hips", 7)
    assert result.state.reflection_saved and result.advice is not None and result.advice.should_stop
    stored = sessions.summary(recorder.session_id)
    assert stored == recorder.summary()
    assert (stored.status, stored.feeling, stored.notes, stored.pain_after) == (
        SessionStatus.PARTIAL,
        "hard",
        "tight hips",
        7,
    )
    calm = recorder.reflect(Feeling.RIGHT, "", 2)
    assert calm.advice is None


def test_a_bad_rating_is_refused_before_anything_is_kept(
    plan: Plan, sessions: SessionRepository, fake_clock: FakeClock, wall: FakeWallClock
) -> None:
    recorder = SessionRecorder(sessions, plan, fake_clock, wall)
    recorder.start()
    with pytest.raises(ValueError, match="between 0 and 10"):
        recorder.pain_stop(11)
    assert recorder.waiting == 0
