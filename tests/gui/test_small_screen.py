"""HipDesk on a small screen: the first window fits the screen, a saved size from a bigger monitor is not restored
where it does not fit, and at 1024×600 every tab's main actions are in view."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QWidget

from hipdesk.app import qsettings_for
from hipdesk.paths import Paths
from hipdesk.ui.main_window import MainWindow
from tests.conftest import REPO

SMALL = (1024, 600)

# Builds the main window on an offscreen screen of the size given, with a saved geometry or none, and prints where
# the window landed and the screen's usable area.
PROBE = """
import json, sys
from PySide6.QtCore import QByteArray, QRect
from PySide6.QtWidgets import QApplication
app = QApplication([])
from hipdesk.app import qsettings_for
from hipdesk.paths import Paths
from hipdesk.ui.main_window import GEOMETRY_KEY, MainWindow
paths = Paths.resolve(sys.argv[1]); paths.ensure()
settings = qsettings_for(paths)
if sys.argv[2] != "none":
    placed = MainWindow(settings)
    placed.setGeometry(QRect(*json.loads(sys.argv[2])))
    settings.setValue(GEOMETRY_KEY, placed.saveGeometry())
    placed.deleteLater()
window = MainWindow(settings)
g, a = window.geometry(), app.primaryScreen().availableGeometry()
print(json.dumps({"window": [g.x(), g.y(), g.width(), g.height()], "area": [a.x(), a.y(), a.width(), a.height()]}))
"""


def _open_on_screen(tmp_path: Path, width: int, height: int, saved: list[int] | None) -> tuple[QRect, QRect]:
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"screens": [{"name": "desk", "x": 0, "y": 0, "width": width, "height": height}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path / "data"), json.dumps(saved) if saved else "none"],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    placed = json.loads(done.stdout.strip().splitlines()[-1])
    return QRect(*placed["window"]), QRect(*placed["area"])


def test_the_first_window_fits_a_small_screen(tmp_path: Path) -> None:
    window, area = _open_on_screen(tmp_path, *SMALL, saved=None)
    assert area.contains(window) and window.height() <= SMALL[1] - 40  # room for the title bar


def test_the_first_window_has_its_usual_size_on_a_big_screen(tmp_path: Path) -> None:
    window, _area = _open_on_screen(tmp_path, 1920, 1080, saved=None)
    assert (window.width(), window.height()) == (1100, 760)


def test_a_size_saved_on_a_bigger_monitor_is_not_restored_where_it_does_not_fit(tmp_path: Path) -> None:
    window, area = _open_on_screen(tmp_path, *SMALL, saved=[1300, 200, 1400, 900])  # a second, larger monitor
    assert area.contains(window)


def test_a_size_that_fits_is_restored(tmp_path: Path) -> None:
    window, _area = _open_on_screen(tmp_path, 1920, 1080, saved=[100, 80, 1200, 800])
    assert (window.x(), window.y(), window.width(), window.height()) == (100, 80, 1200, 800)


# ---- at 1024×600 ---------------------------------------------------------------------------------------------------
@pytest.fixture
def small_window(qtbot: QtBot, paths: Paths, services: Any) -> MainWindow:
    window = MainWindow(qsettings_for(paths))
    qtbot.addWidget(window)
    window.resize(*SMALL)
    window.show()
    qtbot.waitExposed(window)
    window.attach(services)
    return window


def in_view(window: MainWindow, widget: QWidget) -> bool:
    """Whether the whole of ``widget`` shows inside the window (not cut off by its edge or by a scroll area)."""
    if not widget.isVisible() or widget.visibleRegion().boundingRect() != widget.rect():
        return False
    top_left = widget.mapTo(window, QPoint(0, 0))
    return window.rect().contains(QRect(top_left, widget.size()))


def test_every_tabs_main_actions_are_in_view_at_1024_by_600(
    qtbot: QtBot, small_window: MainWindow, services: Any
) -> None:
    from tools.fill_history import fill_two_weeks

    window = small_window
    assert window.height() <= SMALL[1]  # nothing forces the window to grow past the screen

    def check(tab: str, actions: dict[str, QWidget]) -> None:
        window.show_tab(tab)
        qtbot.wait(50)  # layouts settle
        cut = [name for name, widget in actions.items() if not in_view(window, widget)]
        assert not cut, f"cut off at 1024×600 on the {tab} tab: {', '.join(cut)}"

    library: Any = window.show_tab("library")
    library.open_exercise("glute-bridge", focus=False)
    check("library", {"search": library.search, "Play now": library.detail.play_button})

    routines: Any = window.show_tab("routines")
    routines.editor.new_routine()
    routines.editor.add_exercise("glute-bridge")
    check(
        "routines",
        {
            "Start": routines.start_button,
            "New": routines.new_button,
            "Save": routines.editor.save_button,
            "Add to routine": routines.editor.add_button,
        },
    )

    fill_two_weeks(services.history._engine, services.wall.today())
    history: Any = window.show_tab("history")
    check("history", {"Export CSV": history.export_button})

    player: Any = window.show_tab("player")
    check("player", {"Start routine": player.start_view.start_button})
    player.play(services.builtin_routines[0])
    session = player.session_view
    check(
        "player",
        {
            "Pause": session.pause_button,
            "Next": session.next_button,
            "Pain": session.pain_button,
            "End": session.end_button,
        },
    )
