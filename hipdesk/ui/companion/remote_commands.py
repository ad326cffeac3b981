"""What the command line asks of a running HipDesk (``hipdesk play``, ``snooze``, ``pause-reminders``, ``status``),
answered in the running HipDesk whether its window is shown, hidden or in the tray."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hipdesk import APP_NAME
from hipdesk.domain.dates import weekday_name
from hipdesk.domain.reminders import PAUSE_MAX_S, ReminderSettings, next_occurrence
from hipdesk.domain.routine import Routine, name_key
from hipdesk.domain.words import counted
from hipdesk.ui.companion import preferences as prefs
from hipdesk.ui.companion.reminder_controller import HOLD_REASONS
from hipdesk.ui.companion.single_instance import Answer, Request

if TYPE_CHECKING:
    from hipdesk.clock import WallClock
    from hipdesk.storage.history_repository import HistoryRepository
    from hipdesk.ui.companion.reminder_controller import ReminderController
    from hipdesk.ui.main_window import MainWindow
    from hipdesk.ui.services import Services


def find_routine(routines: Sequence[Routine], wanted: str) -> Routine | None:
    """A routine by its id, else by its name (case and spacing do not matter)."""
    by_id = {r.id: r for r in routines}
    if wanted in by_id:
        return by_id[wanted]
    key = name_key(wanted)
    return next((r for r in routines if name_key(r.name) == key), None)


def today_minutes(history: HistoryRepository, wall: WallClock) -> int:
    today = wall.today()
    return round(sum(day.seconds for day in history.rows(since=today).days if day.day == today) / 60)


def offline_status(data_dir: Path, settings: ReminderSettings, minutes: int, wall: WallClock) -> str:
    """``hipdesk status`` when no HipDesk runs: what the stored settings and history say."""
    now = wall.now()
    upcoming = next_occurrence(settings, now, wall.zone())
    if not (settings.enabled or settings.breaks_enabled):
        reminders = "Reminders are off"
    elif upcoming is None:
        reminders = "Sitting breaks are on" if settings.breaks_enabled else "No reminder planned"
    else:
        local = upcoming.astimezone(wall.zone())
        day = "" if local.date() == now.date() else f"{weekday_name(local)} "
        reminders = f"Next reminder: {day}{local.strftime('%H:%M')}, once {APP_NAME} runs"
    return "\n".join(
        [
            f"{APP_NAME} is not running (data folder {data_dir}).",
            reminders,
            f"Today: {counted(minutes, 'minute')} of practice",
            "Held: no",
        ]
    )


class RemoteCommands:
    """Answers the command line's requests in the running HipDesk."""

    def __init__(self, window: MainWindow, services: Services, controller: ReminderController | None) -> None:
        self._window = window
        self._services = services
        self._controller = controller

    def handle(self, request: Request) -> Answer:
        command = str(request.get("command", ""))
        handler = {
            "play": self._play,
            "snooze": self._snooze,
            "pause-reminders": self._pause,
            "resume-reminders": self._resume,
            "status": self._status,
        }.get(command)
        if handler is None:
            return Answer(False, f"{APP_NAME} does not know the command {command!r} (a different version?)")
        return handler(request)

    def _play(self, request: Request) -> Answer:
        wanted = str(request.get("routine", ""))
        routines = prefs.all_routines(self._services)
        routine = find_routine(routines, wanted)
        if routine is None:
            known = ", ".join(f"{r.name} ({r.id})" for r in routines)
            return Answer(False, f"No routine is called {wanted!r}. The routines are: {known}.")
        self._window.bring_to_front()
        self._services.events.play_requested.emit(routine)
        return Answer(True, f"Playing {routine.name}.")

    def _reminders(self) -> ReminderController | Answer:
        if self._controller is None:
            return Answer(False, f"{APP_NAME} has not finished starting; try again in a moment.")
        return self._controller

    def _snooze(self, request: Request) -> Answer:
        controller = self._reminders()
        if isinstance(controller, Answer):
            return controller
        minutes = _number(request.get("minutes"))
        if minutes is None or not 0 < minutes <= 24 * 60:
            return Answer(False, "Snooze for 1 to 1440 minutes.")
        until = controller.snooze_minutes(minutes)
        return Answer(True, f"Reminders snoozed until {until.strftime('%H:%M')}.")

    def _pause(self, request: Request) -> Answer:
        controller = self._reminders()
        if isinstance(controller, Answer):
            return controller
        seconds = _number(request.get("seconds"))
        if seconds is None or not 0 < seconds <= PAUSE_MAX_S:
            return Answer(False, "Pause reminders for a minute to a day.")
        until = controller.pause(seconds)
        day = "" if until.date() == self._services.wall.today() else "tomorrow "
        return Answer(True, f"Reminders paused until {day}{until.strftime('%H:%M')}.")

    def _resume(self, _request: Request) -> Answer:
        controller = self._reminders()
        if isinstance(controller, Answer):
            return controller
        controller.resume()
        if controller.scheduler.snoozed_until is not None:
            controller.cancel_snooze()
        return Answer(True, "Reminders are on again.")

    def _status(self, _request: Request) -> Answer:
        lines = [f"{APP_NAME} is running (data folder {self._services.paths.data_dir})."]
        controller = self._controller
        lines.append(controller.status_text() if controller is not None else "Reminders: starting")
        minutes = today_minutes(self._services.history, self._services.wall)
        lines.append(f"Today: {counted(minutes, 'minute')} of practice")
        holds = controller.scheduler.holds if controller is not None else ()
        lines.append(f"Held: yes, {HOLD_REASONS[holds[0]]}" if holds else "Held: no")
        return Answer(True, "\n".join(lines))


def _number(value: Any) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None
