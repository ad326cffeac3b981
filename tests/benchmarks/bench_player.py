"""The session player at real speed: how late step changes land, the drift at the end, and the CPU it uses.

- A short plan of holds, reps and rests (0.1-0.25 s each) plays RUNS times in the real Player tab (figure, cues,
  history writes to a real SQLite file). Lateness is when the screen learned of a step change against the step's
  deadline; drift is the same at the very end. Each figure is the median over the runs (the worst lateness: the
  median of each run's worst). Floor: a bare single-shot precise QTimer aimed at the same deadlines, run as often,
  interleaved with the player's runs so drifting machine load hits both alike.
- CPU: the Player tab animating a real routine, as a share of one core (process time / wall time), the median of
  RUNS windows. Floor: a bare 33 ms QTimer with an empty slot, measured the same way.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication

from hipdesk.clock import MonotonicClock, SystemWallClock
from hipdesk.domain.exercise import Side, Tempo
from hipdesk.domain.library import Library
from hipdesk.domain.plan import Plan, Step, StepKind

STEPS = 32
RUNS = 5
CPU_WINDOW_S = 0.8
FRAME_MS = 33


def short_plan(library: Library) -> Plan:
    """STEPS - 1 short steps (holds, reps with a tempo, rests, side switches) and the finish."""
    holds = [e for e in library.exercises() if e.dose.is_hold][:4]
    reps = [e for e in library.exercises() if not e.dose.is_hold][:4]
    steps: list[Step] = [Step(StepKind.GET_READY, holds[0].id, holds[0].name, 0.2, side=Side.LEFT)]
    for i in range(1, STEPS - 1):
        kind = (StepKind.HOLD, StepKind.REST, StepKind.REPS, StepKind.SWITCH)[i % 4]
        pool = reps if kind is StepKind.REPS else holds
        exercise = pool[i % len(pool)]
        side = Side.LEFT if (i // 4) % 2 else Side.RIGHT
        if kind is StepKind.REPS:
            tempo = Tempo(0.05, 0.02, 0.03)
            step = Step(kind, exercise.id, exercise.name, 2 * tempo.rep_s, side=side, reps=2, tempo=tempo, item_index=i)
        else:
            step = Step(kind, exercise.id, exercise.name, 0.1 + 0.05 * (i % 4), side=side, item_index=i)
        steps.append(step)
    steps.append(Step(StepKind.FINISH, "", "", 0.0))
    return Plan("bench", "Benchmark", tuple(steps))


def _services(folder: Path):  # type: ignore[no-untyped-def]
    from hipdesk.app import build_services
    from hipdesk.content.exercises import default_exercises_dir, load_library
    from hipdesk.paths import Paths
    from hipdesk.storage.db import open_database

    paths = Paths.resolve(folder)
    paths.ensure()
    database = open_database(paths.database, paths.backups, SystemWallClock())
    return database, build_services(
        paths, database, load_library(default_exercises_dir()), clock=MonotonicClock(), wall=SystemWallClock()
    )


def wait_until(app: QApplication, done: list[bool], timeout_s: float) -> None:
    loop = QEventLoop()
    check = QTimer()
    check.setInterval(5)
    check.timeout.connect(lambda: loop.quit() if done else None)
    check.start()
    QTimer.singleShot(int(timeout_s * 1000), loop.quit)
    loop.exec()
    check.stop()


def bench_steps(app: QApplication, view, plan: Plan) -> tuple[list[float], float, float]:  # type: ignore[no-untyped-def]
    """Lateness of every step change (ms), the drift at the end (the finish step's lateness, ms) and when the
    end had been saved and the summary shown (ms after the planned end)."""
    seen: list[float] = []
    done: list[bool] = []
    view.play_plan(plan, routine_uid="bench")
    controller = view.controller
    t0 = controller.player.deadline - plan.steps[0].duration_s
    starts = []
    at = t0
    for step in plan.steps:
        starts.append(at)
        at += step.duration_s
    controller.step_started.connect(lambda index, _step: seen.append((index, time.monotonic())))
    finished_at: list[float] = []
    controller.finished.connect(lambda *_: (finished_at.append(time.monotonic()), done.append(True)))
    wait_until(app, done, plan.total_s + 10)
    lateness = [(now - starts[index]) * 1000 for index, now in seen]
    drift = next((now - starts[index]) * 1000 for index, now in seen if index == len(plan.steps) - 1)
    saved = (finished_at[0] - (t0 + plan.total_s)) * 1000 if finished_at else float("nan")
    return lateness, drift, saved


def bench_bare_timer(app: QApplication, plan: Plan) -> list[float]:
    """A bare precise single-shot QTimer chained through the same deadlines."""
    durations = [s.duration_s for s in plan.steps]
    lateness: list[float] = []
    done: list[bool] = []
    timer = QTimer()
    timer.setSingleShot(True)
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    state = {"i": 0, "deadline": time.monotonic()}

    def fire() -> None:
        now = time.monotonic()
        lateness.append((now - state["deadline"]) * 1000)
        state["i"] += 1
        if state["i"] >= len(durations):
            done.append(True)
            return
        state["deadline"] += durations[state["i"]]
        timer.start(max(0, int((state["deadline"] - time.monotonic()) * 1000 + 0.999)))

    timer.timeout.connect(fire)
    state["deadline"] = time.monotonic() + durations[0]
    timer.start(int(durations[0] * 1000))
    wait_until(app, done, sum(durations) + 10)
    return lateness


def cpu_share(app: QApplication, wall_s: float) -> float:
    """Process CPU time over wall time while the event loop runs for ``wall_s`` seconds, in % of one core."""
    loop = QEventLoop()
    QTimer.singleShot(int(wall_s * 1000), loop.quit)
    cpu0, wall0 = time.process_time(), time.perf_counter()
    loop.exec()
    return 100.0 * (time.process_time() - cpu0) / (time.perf_counter() - wall0)


def _cpu_median(app: QApplication) -> float:
    return statistics.median(cpu_share(app, CPU_WINDOW_S) for _ in range(RUNS))


def run() -> list[dict]:
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    from hipdesk.ui.player.player_view import PlayerView

    worst, lateness, drifts, saves, bare_worst, bare = [], [], [], [], [], []
    with tempfile.TemporaryDirectory() as folder:
        database, services = _services(Path(folder))
        try:
            view = PlayerView(services)
            view.resize(1100, 720)
            view.show()
            app.processEvents()
            plan = short_plan(services.library)
            bench_steps(app, view, plan)  # warm up: poses, thumbnails, first writes
            for _ in range(RUNS):
                run_lateness, drift, saved = bench_steps(app, view, plan)
                worst.append(max(run_lateness))
                lateness += run_lateness
                drifts.append(abs(drift))
                saves.append(saved)
                bare_run = bench_bare_timer(app, plan)
                bare_worst.append(max(bare_run))
                bare += bare_run

            routine = services.builtin_routines[0]
            view.play(routine)
            view.controller.skip()  # past get ready, into the first exercise, where the figure moves
            cpu_share(app, 1.0)  # settle: first paints of the new step
            cpu_player = _cpu_median(app)
            view.controller.end()
            app.processEvents()
            view.close()
        finally:
            database.dispose()

    idle = QTimer()
    idle.setInterval(FRAME_MS)
    idle.setTimerType(Qt.TimerType.PreciseTimer)
    idle.timeout.connect(lambda: None)
    idle.start()
    cpu_bare = _cpu_median(app)
    idle.stop()

    timer_floor = "a bare precise single-shot QTimer chained through the same deadlines"
    runs = f"median of {RUNS} runs of {len(plan.steps)} steps"
    return [
        {
            "name": f"player: worst step-change lateness ({runs})",
            "value": statistics.median(worst),
            "unit": "ms",
            "floor": statistics.median(bare_worst),
            "floor_name": timer_floor,
            "target": 15.0,
        },
        {
            "name": f"player: median step-change lateness ({len(lateness)} step changes)",
            "value": statistics.median(lateness),
            "unit": "ms",
            "floor": statistics.median(bare),
            "floor_name": timer_floor,
        },
        {
            "name": f"player: drift at the end of the plan ({runs})",
            "value": statistics.median(drifts),
            "unit": "ms",
            "target": 5.0,
        },
        {
            "name": f"player: end saved and summary shown, after the planned end (median of {RUNS})",
            "value": statistics.median(saves),
            "unit": "ms",
        },
        {
            "name": f"player: CPU while animating a routine (median of {RUNS} windows of {CPU_WINDOW_S:g} s)",
            "value": cpu_player,
            "unit": "% core",
            "floor": cpu_bare,
            "floor_name": f"a bare {FRAME_MS} ms QTimer with an empty slot",
            "target": 10.0,
        },
    ]
