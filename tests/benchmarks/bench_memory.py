"""Peak resident memory (VmHWM) with every tab open on a ten-year store, against a floor measured in the same run.

HipDesk: started as the app starts (window, Library, desk companion), then every tab opened and painted and History's
read of the whole store arrived (probe_memory.py). Floor: bare Qt with pyqtgraph, SQLAlchemy reading the same store,
and one plot painted in a window. Each in fresh processes, RUNS of them, the median. Linux only (/proc).
"""

from __future__ import annotations

import json
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from tests.benchmarks.common import history_store

RUNS = 3
REPO = Path(__file__).resolve().parents[2]


def _probe(kind: str, data: Path) -> float:
    out = subprocess.run(
        [sys.executable, "-m", "tests.benchmarks.probe_memory", kind, str(data)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    ).stdout
    return float(json.loads(out.strip().splitlines()[-1])["peak_mib"])


def run() -> list[dict[str, Any]]:
    if not Path("/proc/self/status").exists():
        return []  # peak memory is read from /proc: Linux only
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "data"
        shutil.copytree(history_store(10), data)  # the app writes (settings, the log): a copy of its own
        hipdesk, floor = [], []
        for _ in range(RUNS):  # interleaved, so drifting machine load hits both alike
            hipdesk.append(_probe("hipdesk", data))
            floor.append(_probe("floor", data))
    return [
        {
            "name": f"memory: peak with every tab open on a ten-year store (median of {RUNS})",
            "value": statistics.median(hipdesk),
            "unit": "MiB",
            "floor": statistics.median(floor),
            "floor_name": "bare Qt, pyqtgraph and SQLAlchemy over the same store, one plot painted",
            "target": 170.0,
        }
    ]
