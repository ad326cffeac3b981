"""After a session: the suggestion appears without blocking, with its reason, and changes the routine (as a new
version) only when accepted."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from hipdesk.clock import FakeWallClock
from hipdesk.domain.health import AgeBand, HealthProfile
from hipdesk.domain.progression import ChangeKind, Direction
from hipdesk.domain.routine import Routine, RoutineItem
from hipdesk.storage.db import Database
from hipdesk.storage.session_repository import SessionRepository
from hipdesk.ui.progression.progression_controller import ProgressionController
from hipdesk.ui.services import Services
from hipdesk.usecases.health_profile import save_health_profile

START = datetime(2026, 11, 16, 8, 0, tzinfo=UTC)


@pytest.fixture
def sessions(database: Database) -> SessionRepository:
    return SessionRepository(database.engine, FakeWallClock(START))


@pytest.fixture
def controller(qtbot: QtBot, services: Services) -> ProgressionController:
    return ProgressionController(services)


@pytest.fixture
def routine(services: Services) -> Routine:
    return services.routines.save(
        Routine("", "Morning hips", "", (RoutineItem("figure-four-stretch"), RoutineItem("glute-bridge")))
    )


def play(
    sessions: SessionRepository,
    routine: Routine,
    day: int,
    feeling: str | None,
    before: int = 0,
    after: int = 0,
) -> int:
    at = START + timedelta(days=day)
    session_id = sessions.start_session(routine.name, routine_uid=routine.id, pain_before=before, started_at=at)
    sessions.finish_session(session_id, completed=True, ended_at=at + timedelta(minutes=8))
    sessions.save_reflection(session_id, feeling=feeling, pain_after=after)
    return session_id


def finish(qtbot: QtBot, services: Services, controller: ProgressionController, session_id: int) -> None:
    with qtbot.waitSignal(controller.suggestion_shown, timeout=5000):
        services.events.session_reflected.emit(session_id)
    assert controller.panel is not None
    qtbot.waitExposed(controller.panel)


def next_day(
    qtbot: QtBot, services: Services, sessions: SessionRepository, session_id: int, day: int, rating: int
) -> None:
    """The day-after answer, as the next-day bar saves it."""
    sessions.record_pain(session_id, "next_day", rating, at=START + timedelta(days=day, hours=2))
    services.events.next_day_rated.emit(session_id)


def test_two_easy_sessions_wait_for_the_next_day_then_progress_and_accepting_writes_a_new_version(
    qtbot: QtBot, services: Services, sessions: SessionRepository, controller: ProgressionController, routine: Routine
) -> None:
    play(sessions, routine, 0, "easy")
    last = play(sessions, routine, 1, "easy", before=1, after=2)
    finish(qtbot, services, controller, last)
    waiting = controller.panel
    assert waiting is not None and waiting.suggestion.direction is Direction.HOLD
    assert "Not yet" in waiting.reason.text() and "next day" in waiting.reason.text()
    assert waiting.apply_button is None
    with qtbot.waitSignal(controller.suggestion_shown, timeout=5000):
        next_day(qtbot, services, sessions, last, 2, 1)  # no worse than the 1/10 before it
    panel = controller.panel
    assert panel is not None and panel is not waiting and not panel.isModal()
    qtbot.waitExposed(panel)
    assert panel.suggestion.direction is Direction.PROGRESS
    assert "two sessions felt easy" in panel.reason.text() and "next day was no worse" in panel.reason.text()
    assert [c.kind for c in panel.suggestion.changes] == [ChangeKind.MORE_SETS, ChangeKind.LONGER]
    assert [label.text() for label in panel.change_labels] == [
        "•  Figure-four stretch: More stretch each week: 2 → 3 holds each side",
        "•  Glute bridge: More reps: 10 → 12",
    ]
    assert services.routines.get(routine.id) == routine  # nothing changes before accepting

    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    with qtbot.waitSignal(controller.applied, timeout=5000) as applied:
        qtbot.keyClick(QApplication.focusWidget() or panel, Qt.Key.Key_Return)  # "Apply" is the default
    stored = applied.args[0]
    assert stored.id == routine.id
    versions = services.routines.versions(routine.id)
    assert [(v.version, v.retired) for v in versions] == [(1, True), (2, False)]
    assert versions[0].routine.items == routine.items  # the version played stays as it was
    current = services.routines.get(routine.id)
    assert current is not None and current.items[0].dose is not None
    assert (current.items[0].dose.sets, current.items[0].dose.hold_s) == (3, 30)
    assert current.items[1].dose is not None and current.items[1].dose.reps == 12


def test_one_easy_session_holds_with_its_reason_and_nothing_to_apply(
    qtbot: QtBot, services: Services, sessions: SessionRepository, controller: ProgressionController, routine: Routine
) -> None:
    play(sessions, routine, 0, "right")
    last = play(sessions, routine, 1, "easy")
    finish(qtbot, services, controller, last)
    panel = controller.panel
    assert panel is not None and panel.suggestion.direction is Direction.HOLD
    assert "One more easy session" in panel.reason.text()
    assert panel.apply_button is None
    panel.reject()
    assert [v.version for v in services.routines.versions(routine.id)] == [1]


def test_pain_past_five_suggests_easing_off_and_not_now_changes_nothing(
    qtbot: QtBot, services: Services, sessions: SessionRepository, controller: ProgressionController, routine: Routine
) -> None:
    play(sessions, routine, 0, "easy")
    last = play(sessions, routine, 1, "easy", before=1, after=6)
    finish(qtbot, services, controller, last)
    panel = controller.panel
    assert panel is not None and panel.suggestion.direction is Direction.STEP_BACK
    assert "past 5/10" in panel.reason.text()
    assert panel.suggestion.has_changes
    panel.reject()
    assert [v.version for v in services.routines.versions(routine.id)] == [1]


def test_a_worse_next_day_eases_off_and_a_no_worse_one_that_changes_nothing_stays_quiet(
    qtbot: QtBot, services: Services, sessions: SessionRepository, controller: ProgressionController, routine: Routine
) -> None:
    play(sessions, routine, 0, "right")
    last = play(sessions, routine, 1, "right", before=1, after=1)
    next_day(qtbot, services, sessions, last, 2, 1)  # no worse, but nothing was easy: "stay here" is not repeated
    assert controller.panel is None
    with qtbot.waitSignal(controller.suggestion_shown, timeout=5000):
        next_day(qtbot, services, sessions, last, 2, 4)  # worse than the 1/10 before the session
    assert controller.panel is not None and controller.panel.suggestion.direction is Direction.STEP_BACK
    controller.panel.reject()


def test_for_65_and_over_stretch_holds_grow_first(
    qtbot: QtBot, services: Services, sessions: SessionRepository, controller: ProgressionController, routine: Routine
) -> None:
    save_health_profile(services.settings, HealthProfile(age=AgeBand.FROM_65))
    play(sessions, routine, 0, "easy")
    last = play(sessions, routine, 1, "easy", before=0, after=0)
    sessions.record_pain(last, "next_day", 0, at=START + timedelta(days=2))
    suggestion = controller.suggestion_for(last)
    assert suggestion is not None and suggestion.direction is Direction.PROGRESS
    assert suggestion.changes[0].text == "Figure-four stretch: Longer holds: 30 s → 40 s"


def test_a_session_not_yet_rated_shows_nothing(
    services: Services, sessions: SessionRepository, controller: ProgressionController, routine: Routine
) -> None:
    last = play(sessions, routine, 0, None)
    services.events.session_reflected.emit(last)
    assert controller.panel is None


def test_a_built_in_routine_is_copied_and_stays_as_it_was(
    qtbot: QtBot, services: Services, sessions: SessionRepository, controller: ProgressionController
) -> None:
    builtin = services.builtin_routines[0]
    play(sessions, builtin, 0, "easy")
    last = play(sessions, builtin, 1, "easy")
    sessions.record_pain(last, "next_day", 0, at=START + timedelta(days=2))
    suggestion = controller.consider(last)
    assert suggestion is not None and suggestion.direction is Direction.PROGRESS and suggestion.has_changes
    with qtbot.waitSignal(services.events.routines_changed, timeout=5000):
        stored = controller.apply(suggestion)
    assert not stored.builtin and stored.id != builtin.id
    assert stored.name == f"{builtin.name} (next step)"
    assert services.builtin_routines[0] == builtin
    assert controller.panel is not None
    controller.panel.reject()
