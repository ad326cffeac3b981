"""Render each main tab offscreen to ``<out>/<tab>.png`` (run by ``make screenshots``).

Uses a throwaway data folder so the pictures show a new user's HipDesk, never the developer's own data.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from hipdesk.app import Startup, create_application, qsettings_for
from hipdesk.paths import Paths
from hipdesk.ui.main_window import MainWindow
from hipdesk.ui.tabs import TABS

SIZE = (1280, 820)


def settle(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    _app = create_application()  # kept alive for the whole run
    with tempfile.TemporaryDirectory() as data:
        paths = Paths.resolve(data)
        paths.ensure()
        settings = qsettings_for(paths)
        settings.setValue("safety/acknowledged", True)  # the notice is a dialog, not part of a tab's picture
        window = MainWindow(settings)
        window.resize(*SIZE)
        window.show()
        startup = Startup(window, paths)
        if not startup.finish():
            for box in startup.dialogs:
                print(f"{box.windowTitle()}: {box.text()}", file=sys.stderr)
            return 1
        for spec in TABS:
            window.show_tab(spec.key)
            settle(1500)  # layouts settle, lazy thumbnails and charts paint
            target = out / f"{spec.key}.png"
            window.grab().save(str(target))
            print(target)
        window.close()
        startup.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")))
