"""From process start to the first paint of the window, and to a usable window, against a bare QMainWindow.

- First paint: ``python -m hipdesk --quit-after-paint`` until the window's first paint.
- Usable: ``python -m hipdesk --quit-when-usable`` until the Library's cards have painted, its search field has the
  focus and a letter typed into it has been taken (hipdesk/ui/startup_probe.py): what a person waits for.
- Floor: a bare QMainWindow of the same size until its first paint.

All three run RUNS times, interleaved so drifting machine load hits them alike, over the data folder of a returning
user (the database made and the safety notice read by the first start); the medians are compared.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 7
TIMEOUT_S = 60
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


def _time_to(line: str, cmd: list[str], env: dict[str, str]) -> float:
    """Seconds from starting ``cmd`` until it prints ``line``."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True)
    assert proc.stdout is not None
    elapsed = None
    for output in proc.stdout:
        if output.strip() == line:
            elapsed = time.perf_counter() - start
            break
    try:
        proc.wait(timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    if elapsed is None:
        raise RuntimeError(f"{' '.join(cmd)} never printed {line!r}")
    return elapsed


def returning_user(data: Path) -> None:
    """The data folder after a first start: the database made, the safety notice read."""
    from PySide6.QtCore import QSettings

    from hipdesk.paths import Paths
    from hipdesk.ui.main_window import LEGACY_SAFETY_KEY

    settings = QSettings(str(Paths.resolve(data).settings_file), QSettings.Format.IniFormat)
    settings.setValue(LEGACY_SAFETY_KEY, True)
    settings.sync()


def run() -> list[dict]:
    with tempfile.TemporaryDirectory() as data:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HIPDESK_DATA_DIR=data)
        returning_user(Path(data))
        bare_cmd = [sys.executable, "-c", BARE]
        paint_cmd = [sys.executable, "-m", "hipdesk", "--quit-after-paint"]
        usable_cmd = [sys.executable, "-m", "hipdesk", "--quit-when-usable"]
        _time_to("usable", usable_cmd, env)  # makes the database; warms the file cache and the bytecode
        _time_to("first-paint", paint_cmd, env)
        _time_to("first-paint", bare_cmd, env)
        bare, painted, usable = [], [], []
        for _ in range(RUNS):  # interleaved, so drifting machine load hits all three alike
            bare.append(_time_to("first-paint", bare_cmd, env))
            painted.append(_time_to("first-paint", paint_cmd, env))
            usable.append(_time_to("usable", usable_cmd, env))
    bare_ms = statistics.median(bare) * 1000
    floor_name = "a bare QMainWindow of the same size, from process start to its first paint"
    return [
        {
            "name": f"start-up: the window's first paint (median of {RUNS})",
            "value": statistics.median(painted) * 1000,
            "unit": "ms",
            "floor": bare_ms,
            "floor_name": floor_name,
            "ratio_target": 1.5,
        },
        {
            "name": f"start-up: usable, Library cards drawn and a typed letter taken (median of {RUNS})",
            "value": statistics.median(usable) * 1000,
            "unit": "ms",
            "floor": bare_ms,
            "floor_name": floor_name,
            "ratio_target": 1.6,
        },
    ]
