"""The week list reads a session's day and time in one zone, the wall clock's, whatever the machine's zone is."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from pytestqt.modeltest import ModelTester

from PySide6.QtCore import Qt

from hipdesk.domain.player import SessionStatus
from hipdesk.domain.weekly import RecordedSession
from hipdesk.ui.history.week_sessions_model import WeekSessionsModel


def session(
    started_at: datetime, local_date: date, status: str = "complete", pain_stop: int | None = None
) -> RecordedSession:
    return RecordedSession(
        1, "Desk five", local_date, started_at, None, SessionStatus(status), 300, None, None, None, "", (), pain_stop
    )


def test_day_and_time_are_read_in_the_wall_clocks_zone(qtmodeltester: ModelTester) -> None:
    late = datetime(2026, 11, 15, 23, 30, tzinfo=UTC)  # Sunday night in London, Monday morning in Kiritimati
    model = WeekSessionsModel(ZoneInfo("Pacific/Kiritimati"))
    model.set_sessions([session(late, date(2026, 11, 15))], {})
    qtmodeltester.check(model)
    when = model.index(0, 0).data()
    assert when == "Mon 16 Nov, 13:30"
    assert "started 2026-11-16 13:30" in model.index(0, 0).data(3)  # Qt.ToolTipRole


def test_a_session_ended_by_a_pain_stop_says_so(qtmodeltester: ModelTester) -> None:
    day = date(2026, 11, 16)
    model = WeekSessionsModel(UTC)
    model.set_sessions(
        [
            session(datetime(2026, 11, 16, 8, tzinfo=UTC), day, "partial", pain_stop=7),
            session(datetime(2026, 11, 16, 12, tzinfo=UTC), day, "complete", pain_stop=3),
            session(datetime(2026, 11, 16, 18, tzinfo=UTC), day, "partial"),
        ],
        {},
    )
    qtmodeltester.check(model)
    statuses = [model.index(row, 3).data() for row in range(3)]
    assert statuses == ["Stopped for pain", "Complete", "Partial"]
    tooltips = [model.index(row, 3).data(Qt.ItemDataRole.ToolTipRole) for row in range(3)]
    assert "pain stop at 7 out of 10" in tooltips[0] and "pain stop at 3 out of 10" in tooltips[1]
    assert "pain stop" not in tooltips[2]
    amber = [model.index(row, 3).data(Qt.ItemDataRole.ForegroundRole) is not None for row in range(3)]
    assert amber == [True, False, True]


def test_stopped_for_pain_in_german(german: object, qtmodeltester: ModelTester) -> None:
    model = WeekSessionsModel(UTC)
    started = datetime(2026, 11, 16, 8, tzinfo=UTC)
    model.set_sessions([session(started, date(2026, 11, 16), "partial", pain_stop=7)], {})
    assert model.index(0, 3).data() == "Wegen Schmerzen gestoppt"
    assert "Schmerzstopp bei 7 von 10" in model.index(0, 3).data(Qt.ItemDataRole.ToolTipRole)
