"""Nothing lost: a session process killed with SIGKILL at random moments keeps every step it committed."""

from __future__ import annotations

import os
import random
import select
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from hipdesk.clock import FakeWallClock
from hipdesk.storage.db import Database
from hipdesk.storage.session_repository import SessionRepository

REPO = Path(__file__).resolve().parents[2]
KILLS = 12

# The child plays sessions 2000 times faster than real time and prints "<session> <seq>" after each commit.
CHILD = """
import sys, time
from hipdesk.clock import SystemWallClock
from hipdesk.domain.plan import expand
from hipdesk.domain.player import SessionPlayer
from hipdesk.domain.routine import RoutineItem
from hipdesk.storage.db import make_engine
from hipdesk.storage.session_repository import SessionRepository
from hipdesk.usecases.session_recording import SessionRecorder
from tests.unit.player_fixtures import HOLD, LIBRARY, REPS, SIDED_HOLD, routine

class Fast:
    def now(self):
        return time.monotonic() * 2000.0

wall = SystemWallClock()  # a real HipDesk process: the real calendar
clock = Fast()
repo = SessionRepository(make_engine(sys.argv[1]), wall)
plan = expand(routine(*(RoutineItem(e.id) for e in (HOLD, SIDED_HOLD, REPS) * 4)), LIBRARY)
print("ready", flush=True)
while True:
    player = SessionPlayer(plan, clock)
    recorder = SessionRecorder(repo, plan, clock, wall)  # what the player controller uses
    recorder.start()
    recorder.record(player.start())
    while player.state != "finished":
        for seq in recorder.record(player.poll()).saved_steps:
            print(recorder.session_id, seq, flush=True)
        time.sleep(0.0005)
"""


def _read_until_killed(proc: subprocess.Popen[str], kill_after_s: float) -> list[str]:
    assert proc.stdout is not None
    fd = proc.stdout.fileno()
    lines: list[str] = []
    buffer = ""
    deadline: float | None = None
    while True:
        timeout = 30.0 if deadline is None else max(0.0, deadline - time.monotonic())
        ready, _, _ = select.select([fd], [], [], timeout)
        if deadline is not None and time.monotonic() >= deadline:
            break
        if not ready:
            proc.kill()
            raise AssertionError(f"the child session stopped talking: {proc.stderr.read() if proc.stderr else ''}")
        chunk = os.read(fd, 65536).decode()
        if not chunk:
            raise AssertionError(f"the child session ended by itself: {proc.stderr.read() if proc.stderr else ''}")
        buffer += chunk
        *complete, buffer = buffer.split("\n")
        for line in complete:
            if line == "ready":
                deadline = time.monotonic() + kill_after_s
            else:
                lines.append(line)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    # What it printed (each line after its commit) before it died; a line cut short by the kill does not count.
    *complete, _partial = (buffer + os.read(fd, 1 << 20).decode()).split("\n")
    lines += [line for line in complete if line != "ready"]
    return lines


@pytest.mark.slow
def test_sigkill_at_random_points_loses_no_committed_step(database: Database) -> None:
    path = database.path
    database.dispose()
    rng = random.Random(20261122)
    committed: set[tuple[int, int]] = set()
    env = dict(os.environ, PYTHONPATH=str(REPO))
    for _ in range(KILLS):
        proc = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(path)],
            cwd=REPO,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            lines = _read_until_killed(proc, rng.uniform(0.0, 0.6))
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
            for stream in (proc.stdout, proc.stderr):
                if stream is not None:
                    stream.close()
        for line in lines:
            sid, seq = line.split()
            committed.add((int(sid), int(seq)))
    assert len(committed) > KILLS  # the kills landed in the middle of sessions, not before the first step

    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = set(conn.execute("SELECT session_id, seq FROM steps").fetchall())
        in_progress = conn.execute("SELECT count(*) FROM sessions WHERE status = 'in_progress'").fetchone()[0]
    finally:
        conn.close()
    assert committed <= stored, sorted(committed - stored)[:10]
    # Each kill leaves at most one session open (none if it fell between two sessions).
    assert 1 <= in_progress <= KILLS

    from hipdesk.storage.db import make_engine

    engine = make_engine(path)
    try:
        closed = SessionRepository(engine, FakeWallClock(datetime(2026, 11, 18, 12, tzinfo=UTC))).close_interrupted()
        assert len(closed) == in_progress
    finally:
        engine.dispose()
