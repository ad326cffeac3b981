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
from hipdesk.domain.words import Words
from hipdesk.ui.companion import preferences as prefs
from hipdesk.ui.companion.reminder_controller import hold_reason
from hipdesk.ui.companion.single_instance import Answer, Request

if TYPE_CHECKING:
    from hipdesk.clock import WallClock
    from hipdesk.storage.history_repository import HistoryRepository
    from hipdesk.ui.companion.reminder_controller import ReminderController
    from hipdesk.ui.main_window import MainWindow
    from hipdesk.ui.services import Services


class CommandWords(Words):
    """The running HipDesk's answers to the command line (English without Qt, as ``hipdesk status`` offline)."""


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
        reminders = CommandWords.tr("Reminders are off")
    elif upcoming is None:
        reminders = (
            CommandWords.tr("Sitting breaks are on")
            if settings.breaks_enabled
            else CommandWords.tr("No reminder planned")
        )
    else:
        local = upcoming.astimezone(wall.zone())
        time = local.strftime("%H:%M")
        when = time if local.date() == now.date() else f"{weekday_name(local)} {time}"
        reminders = CommandWords.tr("Next reminder: {when}, once {app} runs").format(when=when, app=APP_NAME)
    return "\n".join(
        [
            CommandWords.tr("{app} is not running (data folder {folder}).").format(app=APP_NAME, folder=data_dir),
            reminders,
            today_line(minutes),
            CommandWords.tr("Held: no"),
        ]
    )


def today_line(minutes: int) -> str:
    return CommandWords.tr("Today: %n minute(s) of practice", "", minutes)


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
            return Answer(
                False,
                CommandWords.tr("{app} does not know the command {command} (a different version?)").format(
                    app=APP_NAME, command=repr(command)
                ),
            )
        return handler(request)

    def _play(self, request: Request) -> Answer:
        wanted = str(request.get("routine", ""))
        routines = prefs.all_routines(self._services)
        routine = find_routine(routines, wanted)
        if routine is None:
            known = ", ".join(f"{r.name} ({r.id})" for r in routines)
            return Answer(
                False,
                CommandWords.tr("No routine is called {wanted}. The routines are: {known}.").format(
                    wanted=repr(wanted), known=known
                ),
            )
        self._window.bring_to_front()
        self._services.events.play_requested.emit(routine)
        return Answer(True, CommandWords.tr("Playing {routine}.").format(routine=routine.name))

    def _reminders(self) -> ReminderController | Answer:
        if self._controller is None:
            return Answer(
                False, CommandWords.tr("{app} has not finished starting; try again in a moment.").format(app=APP_NAME)
            )
        return self._controller

    def _snooze(self, request: Request) -> Answer:
        controller = self._reminders()
        if isinstance(controller, Answer):
            return controller
        minutes = _number(request.get("minutes"))
        if minutes is None or not 0 < minutes <= 24 * 60:
            return Answer(False, CommandWords.tr("Snooze for 1 to 1440 minutes."))
        until = controller.snooze_minutes(minutes)
        return Answer(True, CommandWords.tr("Reminders snoozed until {time}.").format(time=until.strftime("%H:%M")))

    def _pause(self, request: Request) -> Answer:
        controller = self._reminders()
        if isinstance(controller, Answer):
            return controller
        seconds = _number(request.get("seconds"))
        if seconds is None or not 0 < seconds <= PAUSE_MAX_S:
            return Answer(False, CommandWords.tr("Pause reminders for a minute to a day."))
        until = controller.pause(seconds)
        time = until.strftime("%H:%M")
        if until.date() == self._services.wall.today():
            return Answer(True, CommandWords.tr("Reminders paused until {time}.").format(time=time))
        return Answer(True, CommandWords.tr("Reminders paused until tomorrow {time}.").format(time=time))

    def _resume(self, _request: Request) -> Answer:
        controller = self._reminders()
        if isinstance(controller, Answer):
            return controller
        controller.resume()
        if controller.scheduler.snoozed_until is not None:
            controller.cancel_snooze()
        return Answer(True, CommandWords.tr("Reminders are on again."))

    def _status(self, _request: Request) -> Answer:
        folder = self._services.paths.data_dir
        lines = [CommandWords.tr("{app} is running (data folder {folder}).").format(app=APP_NAME, folder=folder)]
        controller = self._controller
        lines.append(controller.status_text() if controller is not None else CommandWords.tr("Reminders: starting"))
        lines.append(today_line(today_minutes(self._services.history, self._services.wall)))
        holds = controller.scheduler.holds if controller is not None else ()
        held = CommandWords.tr("Held: yes, {reason}").format(reason=hold_reason(holds[0])) if holds else None
        lines.append(held or CommandWords.tr("Held: no"))
        return Answer(True, "\n".join(lines))


def _number(value: Any) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None
