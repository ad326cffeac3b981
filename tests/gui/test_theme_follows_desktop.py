"""HipDesk follows the desktop while it runs: a new palette (a dark scheme switched on), the desktop's colour scheme
where Qt's platform theme does not bring a palette with it, and a larger text size.

Qt tells widgets of a new application palette or font only once its event loop runs (``exec``), which a pytest-qt
test never starts; so the running HipDesk is a child process with a real event loop, driven by a timer, and it
prints what it saw."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from hipdesk.ui.contrast import parse, ratio
from tests.conftest import REPO

PROBE = """
import json, sys
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication
app = QApplication([])
from hipdesk.content.exercises import default_exercises_dir, load_library
from hipdesk.ui.companion.notice import ReminderNotice
from hipdesk.ui.player.summary_view import SummaryView
from hipdesk.ui.player.widgets import SideBadge
from hipdesk.domain.exercise import Side
from hipdesk.ui.theme import current, install_theme_watcher, theme_signals
from tools.palettes import fusion_dark

install_theme_watcher(app)
summary = SummaryView(load_library(default_exercises_dir()))
summary.show_advice("Ease off today.")
summary.show()
notice = ReminderNotice()
notice.show_reminder("Time to move", "Five minutes.", "Start", offer_short=False)
badge = SideBadge(3.3)
badge.set_side(Side.LEFT)
seen = {"changed": 0}
theme_signals().changed.connect(lambda: seen.__setitem__("changed", seen["changed"] + 1))

def look(name):
    theme = current()
    seen[name] = {
        "window": theme.window,
        "muted_label": summary.completion.palette().windowText().color().name(),
        "muted": theme.muted,
        "advice_text": summary.advice.palette().windowText().color().name(),
        "advice_background": theme.warn.background,
        "notice_sheet": notice.styleSheet(),
        "alternate_base": theme.alternate_base,
        "badge_text": badge.palette().windowText().color().name(),
        "badge_fill": theme.left.background,
        "title_points": summary.title.font().pointSizeF(),
        "app_points": QApplication.font().pointSizeF(),
    }

steps = [
    lambda: look("light"),
    lambda: app.setPalette(fusion_dark()),
    lambda: look("dark"),
    lambda: app.setPalette(app.style().standardPalette()),
    lambda: app.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark),  # a desktop without a dark palette
    lambda: look("scheme_dark"),
    lambda: app.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light),
    lambda: look("scheme_light"),
    lambda: app.setFont(QFont(app.font().family(), round(app.font().pointSizeF() * 1.5))),
    lambda: look("larger"),
]

def run(i=0):
    if i == len(steps):
        print(json.dumps(seen))
        app.quit()
        return
    steps[i]()
    QTimer.singleShot(50, lambda: run(i + 1))  # the watcher restyles once Qt has told every widget

QTimer.singleShot(0, run)
app.exec()
"""


def run_probe() -> dict[str, dict[str, object]]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, cwd=REPO, capture_output=True, text=True, timeout=120, check=True
    )
    result: dict[str, dict[str, object]] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_a_change_of_palette_scheme_and_text_size_reaches_every_view() -> None:
    seen = run_probe()
    light, dark = seen["light"], seen["dark"]
    assert parse(str(light["window"])) != parse(str(dark["window"]))
    for state in (light, dark):
        # Each look is the one derived from the palette in use, not the one the widgets were built with.
        assert state["muted_label"] == state["muted"]
        assert state["badge_text"] != state["badge_fill"]
        assert str(state["alternate_base"]) in str(state["notice_sheet"])
        advice = ratio(parse(str(state["advice_text"])), parse(str(state["advice_background"])))
        assert advice >= 4.5, state  # the pain advice reads on its own background (near-white on cream, once)
    assert light["muted"] != dark["muted"] and light["advice_text"] != dark["advice_text"]
    # A desktop that says "dark" without a dark palette gets HipDesk's own, and its light one back after.
    assert parse(str(seen["scheme_dark"]["window"])) != parse(str(light["window"]))
    assert seen["scheme_light"]["window"] == light["window"]
    # A larger desktop font enlarges HipDesk's own sizes with it.
    larger = seen["larger"]
    assert float(str(larger["app_points"])) > float(str(light["app_points"]))
    assert float(str(larger["title_points"])) / float(str(light["title_points"])) > 1.4
    assert int(str(seen["changed"])) >= 4
