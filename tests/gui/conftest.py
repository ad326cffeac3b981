"""GUI fixtures: real services over a real database and the real exercise library."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from hipdesk.clock import FakeClock, FakeWallClock
from hipdesk.paths import Paths
from hipdesk.storage.db import Database


@pytest.fixture(scope="session")
def library():  # type: ignore[no-untyped-def]
    from hipdesk.content.exercises import default_exercises_dir, load_library

    return load_library(default_exercises_dir())


@pytest.fixture
def services(
    qapp, paths: Paths, database: Database, library, fake_clock: FakeClock, wall: FakeWallClock
) -> Iterator[object]:  # type: ignore[no-untyped-def]
    from hipdesk.app import build_services

    yield build_services(paths, database, library, clock=fake_clock, wall=wall)
