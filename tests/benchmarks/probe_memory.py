"""Peak resident memory of one process, for bench_memory (Linux: VmHWM in /proc/self/status).

    python -m tests.benchmarks.probe_memory hipdesk DATA_DIR   # HipDesk started as the app starts, every tab open
    python -m tests.benchmarks.probe_memory floor DATA_DIR     # bare Qt, pyqtgraph, SQLAlchemy and one plot

HipDesk: the window and the Library as at start-up, then every tab opened and painted, History's read of the whole
store arrived, and the desk companion running. Floor: a QMainWindow holding one pyqtgraph PlotWidget with a line,
painted, after SQLAlchemy has opened the same store and read from it. Each prints one line of JSON: ``peak_mib``.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def peak_mib() -> float:
    for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM in /proc/self/status (peak memory is read on Linux only)")


def hipdesk(data_dir: Path) -> float:
    from PySide6.QtWidgets import QApplication

    from hipdesk.ui.tabs import TABS
    from tests.benchmarks.common import until_painted
    from tests.benchmarks.probe_history import running_hipdesk

    window = running_hipdesk(data_dir)
    app = QApplication.instance()
    assert app is not None
    for spec in TABS:
        widget = window.show_tab(spec.key)
        assert widget is not None
        until_painted(widget)
    history: Any = window.built_tab("history")
    while not history._complete:  # the rest of ten years, read after the first screen
        app.processEvents()
        history.wait_for_reads(0.05)
    app.processEvents()
    return peak_mib()


def floor(data_dir: Path) -> float:
    from sqlalchemy import create_engine, text

    import pyqtgraph as pg
    from PySide6.QtWidgets import QApplication, QMainWindow

    from tests.benchmarks.common import until_painted

    app = QApplication.instance() or QApplication([])
    from hipdesk.paths import Paths

    engine = create_engine(f"sqlite:///{Paths.resolve(data_dir).database}")
    with engine.connect() as conn:
        conn.execute(text("SELECT count(*) FROM steps")).scalar_one()
    window = QMainWindow()
    plot = pg.PlotWidget(background="w")
    plot.plot([0, 1, 2, 3], [3, 1, 2, 4])
    window.setCentralWidget(plot)
    window.resize(1100, 760)
    window.show()
    until_painted(plot.viewport())
    app.processEvents()
    return peak_mib()


def main(argv: list[str]) -> int:
    kind, data_dir = argv[0], Path(argv[1])
    value = {"hipdesk": hipdesk, "floor": floor}[kind](data_dir)
    print(json.dumps({"peak_mib": value}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
