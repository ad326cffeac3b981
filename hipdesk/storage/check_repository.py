"""Weekly mobility check values in the ``check_results`` table.

One row per measure and side for a week (its local Monday). A skipped check is stored as nothing: no row, never a
placeholder. Saving a week replaces that week's values, so doing the check again the same week corrects it.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime

from sqlalchemy import ColumnElement, Engine, delete, func, insert, select

from hipdesk.clock import WallClock
from hipdesk.domain.assessment import CheckValue, Unit, WeekResults
from hipdesk.domain.dates import weekday_name
from hipdesk.domain.exercise import Side
from hipdesk.storage.tables import CheckResultRow


class CheckRepository:
    def __init__(self, engine: Engine, wall: WallClock) -> None:
        self._engine = engine
        self._wall = wall

    def save_week(self, week_start: date, values: Iterable[CheckValue]) -> WeekResults:
        """Store the week's values, replacing any stored earlier for the same week; returns them as stored."""
        if week_start.weekday() != 0:
            raise ValueError(f"a check week starts on a Monday, not {weekday_name(week_start)} {week_start}")
        stored = tuple(values)
        seen: set[tuple[str, Side]] = set()
        for v in stored:
            if (v.measure_id, v.side) in seen:
                raise ValueError(f"{v.measure_id} ({v.side.value}) is given twice")
            seen.add((v.measure_id, v.side))
        recorded_at = self._wall.now().astimezone(UTC).isoformat(timespec="seconds")
        week = week_start.isoformat()
        with self._engine.begin() as conn:
            conn.execute(delete(CheckResultRow).where(CheckResultRow.week_start == week))
            if stored:
                conn.execute(
                    insert(CheckResultRow),
                    [
                        {
                            "week_start": week,
                            "check_id": v.measure_id,
                            "side": v.side.value,
                            "value": v.value,
                            "unit": v.unit.value,
                            "note": v.note,
                            "recorded_at": recorded_at,
                        }
                        for v in stored
                    ],
                )
        return WeekResults(week_start, stored)

    def week(self, week_start: date) -> WeekResults:
        """The values recorded for one week (empty when none)."""
        weeks = self._weeks(CheckResultRow.week_start == week_start.isoformat())
        return weeks[0] if weeks else WeekResults(week_start, ())

    def all_weeks(self) -> list[WeekResults]:
        """Every week with values, oldest first."""
        return self._weeks()

    def history(self, measure_id: str) -> list[tuple[date, CheckValue]]:
        """Every recorded value of one measure, oldest week first (left before right)."""
        return [
            (week.week_start, value)
            for week in self._weeks(CheckResultRow.check_id == measure_id)
            for value in week.values
        ]

    def last_check_at(self) -> datetime | None:
        """When values were last saved (UTC), or None if no check was ever recorded."""
        with self._engine.connect() as conn:
            text = conn.execute(select(func.max(CheckResultRow.recorded_at))).scalar_one_or_none()
        return None if text is None else datetime.fromisoformat(text)

    def last_check_date(self) -> date | None:
        """The local date of the last saved check, or None."""
        moment = self.last_check_at()
        return None if moment is None else moment.astimezone(self._wall.zone()).date()

    def _weeks(self, *where: ColumnElement[bool]) -> list[WeekResults]:
        order = {"none": 0, "left": 1, "right": 2}
        r = CheckResultRow
        stmt = (
            select(r.week_start, r.check_id, r.side, r.value, r.unit, r.note).where(*where).order_by(r.week_start, r.id)
        )
        with self._engine.connect() as conn:
            rows = conn.execute(stmt).all()
        by_week: dict[str, list[CheckValue]] = {}
        for row in rows:
            unit = _unit(row.unit)
            if row.value is None or unit is None:  # not written by this HipDesk; a skipped check has no row
                continue
            by_week.setdefault(row.week_start, []).append(
                CheckValue(row.check_id, Side(row.side), float(row.value), unit, row.note)
            )
        return [
            WeekResults(
                date.fromisoformat(week),
                tuple(sorted(values, key=lambda v: order.get(v.side.value, 3))),
            )
            for week, values in by_week.items()
        ]


def _unit(text: str) -> Unit | None:
    try:
        return Unit(text)
    except ValueError:
        return None
