"""Time from process start to the first painted main window: HipDesk against a bare QMainWindow."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time

RUNS = 7
BARE = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
class W(QMainWindow):
    done = False
    def paintEvent(self, e):
        super().paintEvent(e)
        if not W.done:
            W.done = True
            print("first-paint", flush=True)
            app.quit()
app = QApplication(sys.argv[:1])
w = W(); w.resize(1100, 760); w.show(); app.exec()
"""


def _time_to_paint(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True)
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.strip() == "first-paint":
            elapsed = time.perf_counter() - start
            break
    else:
        raise RuntimeError(f"{cmd} never painted")
    proc.wait(timeout=30)
    return elapsed


def run() -> list[dict]:
    with tempfile.TemporaryDirectory() as data:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HIPDESK_DATA_DIR=data)
        bare_cmd = [sys.executable, "-c", BARE]
        app_cmd = [sys.executable, "-m", "hipdesk", "--quit-after-paint"]
        _time_to_paint(app_cmd, env)  # warm the file cache for both
        _time_to_paint(bare_cmd, env)
        bare, app = [], []
        for _ in range(RUNS):  # interleaved, so drifting machine load hits both alike
            bare.append(_time_to_paint(bare_cmd, env))
            app.append(_time_to_paint(app_cmd, env))
    bare_ms, app_ms = statistics.median(bare) * 1000, statistics.median(app) * 1000
    return [
        {"name": f"start-up to first paint (median of {RUNS})", "value": app_ms, "unit": "ms", "floor": bare_ms},
        {"name": "start-up ratio against a bare QMainWindow", "value": app_ms / bare_ms, "unit": "x", "target": 1.5},
    ]
