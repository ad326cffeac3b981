"""The start-up benchmark's probe: ``--quit-when-usable`` quits once the Library has taken a typed letter."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from PySide6.QtCore import QSettings

from hipdesk.paths import Paths
from hipdesk.ui.main_window import LEGACY_SAFETY_KEY
from tests.conftest import REPO


@pytest.mark.slow
def test_a_returning_users_start_says_usable_once_the_library_takes_input(data_dir: Path) -> None:
    settings = QSettings(str(Paths.resolve(data_dir).settings_file), QSettings.Format.IniFormat)
    # Read before, where an earlier HipDesk kept the answer (HipDesk moves it): else the notice has the focus.
    settings.setValue(LEGACY_SAFETY_KEY, True)
    settings.sync()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HIPDESK_DATA_DIR=str(data_dir))
    done = subprocess.run(
        [sys.executable, "-m", "hipdesk", "--quit-when-usable"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["usable"]
