"""The week list reads a session's day and time in one zone, the wall clock's, whatever the machine's zone is."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from pytestqt.modeltest import ModelTester

from hipdesk.domain.weekly import RecordedSession
from hipdesk.ui.history.week_sessions_model import WeekSessionsModel


def session(started_at: datetime, local_date: date) -> RecordedSession:
    return RecordedSession(1, "Desk five", local_date, started_at, None, "complete", 300, None, None, None, "")


def test_day_and_time_are_read_in_the_wall_clocks_zone(qtmodeltester: ModelTester) -> None:
    late = datetime(2026, 11, 15, 23, 30, tzinfo=UTC)  # Sunday night in London, Monday morning in Kiritimati
    model = WeekSessionsModel(ZoneInfo("Pacific/Kiritimati"))
    model.set_sessions([session(late, date(2026, 11, 15))], {})
    qtmodeltester.check(model)
    when = model.index(0, 0).data()
    assert when == "Mon 16 Nov, 13:30"
    assert "started 2026-11-16 13:30" in model.index(0, 0).data(3)  # Qt.ToolTipRole
