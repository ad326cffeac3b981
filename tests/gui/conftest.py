"""GUI fixtures: real services over a real database and the real exercise library."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from hipdesk.clock import FakeClock, FakeWallClock
from hipdesk.paths import Paths
from hipdesk.storage.db import Database


@pytest.fixture(scope="session", autouse=True)
def interface_language(qapp):  # type: ignore[no-untyped-def]
    """The GUI tests' HipDesk speaks English, as on an English desktop: its plurals resolved, QLocale English."""
    from hipdesk.ui.translations import install_language

    installed = install_language("en")
    yield installed
    installed.remove()


@pytest.fixture(autouse=True)
def interface_language_restored(interface_language):  # type: ignore[no-untyped-def]
    """A test whose start-up chose a language (Startup, use_interface_language) leaves English behind it."""
    yield
    from hipdesk.ui import translations

    if translations._current is not None:
        translations._current.remove()
        translations._current = None


@contextmanager
def speaking(english, language: str):  # type: ignore[no-untyped-def]
    """HipDesk in ``language`` within the block (widgets built inside it speak it), English again after."""
    from hipdesk.ui.translations import install_language

    english.remove()
    installed = install_language(language)
    try:
        yield installed
    finally:
        installed.remove()
        again = install_language("en")
        english.translators, english.previous_locale = again.translators, again.previous_locale


@pytest.fixture
def german(interface_language):  # type: ignore[no-untyped-def]
    """HipDesk in German for one test, interface and content: build the widgets (and the services) after asking for
    this fixture."""
    from hipdesk.content.translations import use_language
    from hipdesk.domain import i18n

    before = i18n.installed()
    use_language(i18n.Language.DE)
    try:
        with speaking(interface_language, "de") as installed:
            assert installed.language == "de"
            yield installed
    finally:
        i18n.install(before)


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
