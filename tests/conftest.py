"""Shared test set-up: Qt offscreen, and a data folder that is never the user's real one."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

# Before any Qt import: without a display Qt would abort the process.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("DISPLAY", None) if os.environ.get("QT_QPA_PLATFORM") == "offscreen" else None
# Tests never reach the desktop they run on (its notification server, screen saver, logind): the desktop tests
# start private buses of their own. The runtime folder (single-instance sockets) is a short private one, since a
# socket's path must stay under about 100 characters.
os.environ["DBUS_SESSION_BUS_ADDRESS"] = "unix:path=/nonexistent/hipdesk-tests-have-no-session-bus"
os.environ["DBUS_SYSTEM_BUS_ADDRESS"] = "unix:path=/nonexistent/hipdesk-tests-have-no-system-bus"
os.environ["XDG_RUNTIME_DIR"] = tempfile.mkdtemp(prefix="hd-run-")
# HipDesk speaks the desktop's language (Qt reads LANGUAGE first): tests run in English on any desktop, and a test
# that wants German asks for it.
os.environ["LANGUAGE"] = "en"

from hypothesis import settings  # noqa: E402

from hipdesk.clock import FakeClock, FakeWallClock  # noqa: E402
from hipdesk.paths import DATA_DIR_ENV, Paths  # noqa: E402
from tests.clocks import TEST_NOW  # noqa: E402

# On CI the property tests replay the same examples every run, so a red build always means a change broke
# something; on a developer's machine they keep exploring new examples.
settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

if TYPE_CHECKING:
    from hipdesk.storage.db import Database

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def fake_clock() -> FakeClock:
    """The monotonic clock, moved by hand."""
    return FakeClock()


@pytest.fixture
def wall(fake_clock: FakeClock) -> FakeWallClock:
    """The wall clock, at TEST_NOW; it moves with ``fake_clock`` and can be set or advanced alone."""
    return FakeWallClock(TEST_NOW, follow=fake_clock)


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Every test gets its own data folder; the real user folder is never touched."""
    folder = tmp_path / "hipdesk-data"
    monkeypatch.setenv(DATA_DIR_ENV, str(folder))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    yield folder


@pytest.fixture
def paths(data_dir: Path) -> Paths:
    p = Paths.resolve(data_dir)
    p.ensure()
    return p


@pytest.fixture
def database(paths: Paths, wall: FakeWallClock) -> Iterator[Database]:
    """A real, migrated SQLite database in the test's data folder."""
    from hipdesk.storage.db import open_database

    db = open_database(paths.database, paths.backups, wall)
    yield db
    db.dispose()
