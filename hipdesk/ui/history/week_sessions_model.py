"""A tree of one week's sessions (complete, partial, or stopped for pain), each with the steps it recorded."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import tzinfo

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from hipdesk.domain.durations import format_duration
from hipdesk.domain.exercise import Exercise
from hipdesk.domain.progression import Feeling
from hipdesk.domain.weekly import RecordedSession, RecordedStep
from hipdesk.ui.history.labels import HistoryWords, day_month_label, short_weekday
from hipdesk.ui.plain_text import plain_tooltip
from hipdesk.ui.theme import current

PARTIAL_ROLE = Qt.ItemDataRole.UserRole + 1  # the status of a partial session: shown in the theme's amber


def columns() -> list[str]:
    return [
        HistoryWords.tr("When / step"),
        HistoryWords.tr("Routine / side"),
        HistoryWords.tr("Done"),
        HistoryWords.tr("Status"),
    ]


def felt(feeling: str) -> str:
    """A stored feeling in words: "felt too easy"."""
    known = {f.value: f for f in Feeling}
    if feeling not in known:
        return feeling
    return HistoryWords.tr("felt {feeling}").format(feeling=known[feeling].label)


def step_done(step: RecordedStep) -> str:
    if step.planned_reps is not None:
        reps = step.actual_reps if step.actual_reps is not None else 0
        return HistoryWords.tr("{done} of {planned} reps").format(done=reps, planned=step.planned_reps)
    return HistoryWords.tr("{done} of {planned} s").format(done=round(step.actual_s), planned=round(step.planned_s))


def side_label(side: str) -> str:
    """A step's stored side as the list shows it: "Left", "Right", nothing for both."""
    return {"left": HistoryWords.tr("Left"), "right": HistoryWords.tr("Right")}.get(side, "")


def _item(text: str, tooltip: str = "") -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    if tooltip:
        item.setToolTip(plain_tooltip(tooltip))  # routine names and notes
    return item


class WeekSessionsModel(QStandardItemModel):
    """Rows are sessions, oldest first; a session's children are its steps in order. Read-only."""

    def __init__(self, zone: tzinfo, parent: QObject | None = None) -> None:
        headings = columns()
        super().__init__(0, len(headings), parent)
        self._zone = zone  # day and time of a session both read in this zone
        self.setHorizontalHeaderLabels(headings)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.ForegroundRole and super().data(index, PARTIAL_ROLE):
            theme = current()  # read when painted, so a change of palette shows at once
            return theme.qcolor(theme.caution)
        return super().data(index, role)

    def set_sessions(self, sessions: Sequence[RecordedSession], exercises: Mapping[str, Exercise]) -> None:
        self.removeRows(0, self.rowCount())
        for session in sessions:
            local = session.started_at.astimezone(self._zone)
            day = local.date()
            when = f"{short_weekday(day)} {day_month_label(day)}"
            if session.complete:
                status = HistoryWords.tr("Complete")
            elif session.stopped_for_pain:
                status = HistoryWords.tr("Stopped for pain")
            else:
                status = HistoryWords.tr("Partial")
            done = sum(1 for s in session.steps if not s.skipped)
            details = [
                HistoryWords.tr("{routine}, started {when}").format(
                    routine=session.routine_name, when=f"{local:%Y-%m-%d %H:%M}"
                ),
                HistoryWords.tr("%n step(s) done", "", done),
            ]
            if session.pain_before is not None or session.pain_after is not None:
                before = "–" if session.pain_before is None else session.pain_before
                after = "–" if session.pain_after is None else session.pain_after
                details.append(HistoryWords.tr("pain {before} → {after} out of 10").format(before=before, after=after))
            if session.pain_stop is not None:
                details.append(HistoryWords.tr("pain stop at {rating} out of 10").format(rating=session.pain_stop))
            if session.feeling:
                details.append(felt(session.feeling))
            if session.notes:
                details.append(session.notes)
            tooltip = "\n".join(details)
            row = [
                _item(f"{when}, {local:%H:%M}", tooltip),
                _item(session.routine_name, tooltip),
                _item(format_duration(session.actual_s), tooltip),
                _item(status, tooltip),
            ]
            if not session.complete:
                row[3].setData(True, PARTIAL_ROLE)
            for step in session.steps:
                exercise = exercises.get(step.exercise_id)
                name = exercise.name if exercise is not None else step.exercise_id
                if step.set_no > 1:
                    name += HistoryWords.tr(" (set {set})").format(set=step.set_no)
                row[0].appendRow(
                    [
                        _item(name),
                        _item(side_label(step.side)),
                        _item(step_done(step)),
                        _item(HistoryWords.tr("Skipped") if step.skipped else ""),
                    ]
                )
            self.appendRow(row)
