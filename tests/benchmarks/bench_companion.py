"""The desk companion: how fast a second start hands over to the first (the reminder check is bench_reminders).

Floor, measured in the same run: a bare Python that imports QtCore and exits.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

RUNS = 5


def _handover_ms() -> tuple[float, float]:
    repo = Path(__file__).resolve().parents[2]
    with tempfile.TemporaryDirectory() as data:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HIPDESK_DATA_DIR=data)
        first = subprocess.Popen(
            [sys.executable, "-m", "hipdesk"], cwd=repo, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        try:
            time.sleep(3.0)  # the first has painted and listens
            second, bare = [], []
            for _ in range(RUNS):
                started = time.perf_counter()
                subprocess.run(
                    [sys.executable, "-m", "hipdesk"], cwd=repo, env=env, capture_output=True, check=True, timeout=60
                )
                second.append((time.perf_counter() - started) * 1000)
                started = time.perf_counter()
                subprocess.run([sys.executable, "-c", "import PySide6.QtCore"], env=env, check=True)
                bare.append((time.perf_counter() - started) * 1000)
        finally:
            first.terminate()
            first.wait(timeout=10)
    return statistics.median(second), statistics.median(bare)


def run() -> list[dict]:
    handover, bare = _handover_ms()
    return [
        {
            "name": f"second start hands over and exits (median of {RUNS})",
            "value": handover,
            "unit": "ms",
            "floor": bare,
            "floor_name": "python -c 'import PySide6.QtCore'",
            "target": 1000.0,
        },
    ]
