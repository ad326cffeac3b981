"""Drives the reminder rules from a QTimer and shows what they decide.

The timer waits for the scheduler's next deadline, and never longer than a minute, so a wake from sleep (when the
monotonic clock and Qt's timers stood still) is noticed within a minute. Each check asks the pure scheduler
afresh; nothing here counts ticks.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from hipdesk.domain.dates import weekday_name
from hipdesk.domain.reminders import Desktop, Hold, Reminder, ReminderKind, ReminderScheduler, Snooze
from hipdesk.domain.routine import Routine, RoutineItem
from hipdesk.domain.words import counted
from hipdesk.ui.companion import preferences as prefs
from hipdesk.ui.companion.notice import ReminderNotice

if TYPE_CHECKING:
    from hipdesk.ui.services import Services

log = logging.getLogger(__name__)

WAKE_PROBE_S = 60.0  # re-ask at least this often: timers stand still while the computer sleeps
SHORT_ROUTINE_EXERCISE = "leg-swings-front-back"


def stand_up_minute(services: Services) -> Routine | None:
    """A one-minute routine for a sitting break: leg swings on each side, standing at the desk."""
    if SHORT_ROUTINE_EXERCISE not in services.library:
        return None
    return Routine(
        id="stand-up-minute",
        name="Stand-up minute",
        description="Stand up and swing each leg loosely, front to back: a minute that undoes some sitting.",
        items=(RoutineItem(SHORT_ROUTINE_EXERCISE),),
        builtin=True,
        target_min=1,
    )


HOLD_REASONS = {
    Hold.LOCKED: "the screen is locked",
    Hold.AWAY: "you are away",
    Hold.PAUSED: "reminders are paused",
    Hold.FULL_SCREEN: "a window is full screen",
    Hold.DO_NOT_DISTURB: "Do Not Disturb is on",
}
HELD_WHILE = {
    Hold.PAUSED: "while reminders were paused",
    Hold.FULL_SCREEN: "while a window was full screen",
    Hold.DO_NOT_DISTURB: "while Do Not Disturb was on",
}


def describe(reminder: Reminder, routine: Routine | None, sitting_min: int) -> tuple[str, str]:
    """The notice's title and text."""
    name = routine.name if routine is not None else "a routine"
    length = f" ({counted(routine.target_min, 'minute')})" if routine is not None and routine.target_min else ""
    if reminder.kind is ReminderKind.SITTING_BREAK:
        return (
            "Time for that break" if reminder.snoozed else f"You have been sitting for {sitting_min} minutes",
            f"Stand up and move: a one-minute leg swing, or {name}{length}.",
        )
    minutes = (
        f" takes {counted(routine.target_min, 'minute')} and" if routine is not None and routine.target_min else ""
    )
    text = f"{name[:1].upper()}{name[1:]}{minutes} loosens your hips."
    if reminder.missed:
        text = f"You were away at {reminder.due.strftime('%H:%M')}. " + text
    elif reminder.held in HELD_WHILE:
        text = f"Your {reminder.due.strftime('%H:%M')} reminder, held {HELD_WHILE[reminder.held]}. " + text
    elif reminder.snoozed:
        text = f"Your {reminder.due.strftime('%H:%M')} reminder, as you asked. " + text
    return "Time to move", text


class ReminderController(QObject):
    """Owns the reminder timer, the in-window notice and the scheduler's state.

    Signals:
    reminder_shown(object, str, str): a hipdesk.domain.reminders.Reminder was shown; its title and text (the tray
        turns it into a desktop notification).
    reminder_closed(): the shown reminder was answered (Start or Later) and hidden.
    snoozed(object): reminders are snoozed until this local datetime (None: the snooze was cancelled).
    paused(object): reminders are paused until this local datetime (None: the pause ended or was lifted).
    settings_applied(): the reminder settings were (re)read.
    status_changed(str): the one-line status (next reminder, snooze, pause, why one is held) changed.
    """

    reminder_shown = Signal(object, str, str)
    reminder_closed = Signal()
    snoozed = Signal(object)
    paused = Signal(object)
    settings_applied = Signal()
    status_changed = Signal(str)

    def __init__(
        self,
        services: Services,
        *,
        notice: ReminderNotice | None = None,
        is_playing: Callable[[], bool] | None = None,
        desktop: Callable[[], Desktop] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._wall = services.wall.now
        self._is_playing = is_playing  # the player's own word, for sessions started from the Player tab
        self._desktop = desktop  # idle time, lock, full screen, Do Not Disturb (None: the desktop says nothing)
        self._status = ""
        self.settings = prefs.load_reminder_settings(services.settings)
        self.scheduler = ReminderScheduler(self.settings, self._wall(), services.clock.now())
        self.current: Reminder | None = None
        self.notice = notice
        if notice is not None:
            notice.start_clicked.connect(self.start)
            notice.short_clicked.connect(self.start_short)
            notice.later_clicked.connect(self.later)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse timer may fire up to 5 % early or late
        self.timer.timeout.connect(self.check)
        events = services.events
        events.play_requested.connect(self._session_started)
        events.session_finished.connect(self._session_finished)
        events.settings_changed.connect(self.reload_settings)
        self.check()

    # ---- state -------------------------------------------------------------------------------------------------
    @property
    def active(self) -> bool:
        """Reminders or sitting breaks are on (so HipDesk is worth keeping in the tray)."""
        return self.settings.enabled or self.settings.breaks_enabled

    def routine(self) -> Routine | None:
        return prefs.default_routine(self._services)

    def status_text(self) -> str:
        """One line for the tray menu and Settings: the next reminder, a snooze or pause, or why one is held."""
        now = self._wall()
        until = self.scheduler.snoozed_until
        if until is not None:
            local = until.astimezone(now.tzinfo)
            return "Reminders snoozed until " + ("tomorrow" if local.date() > now.date() else local.strftime("%H:%M"))
        if not self.active:
            return "Reminders are off"
        paused_until = self.scheduler.paused_until
        if paused_until is not None:
            local = paused_until.astimezone(now.tzinfo)
            day = "" if local.date() == now.date() else f"{weekday_name(local)} "
            waiting = " (one is waiting)" if self.scheduler.held is not None else ""
            return f"Reminders paused until {day}{local.strftime('%H:%M')}{waiting}"
        holds = self.scheduler.holds
        if holds:
            waiting = "A reminder is waiting" if self.scheduler.held is not None else "Reminders are held"
            return f"{waiting}: {HOLD_REASONS[holds[0]]}"
        upcoming = self.scheduler.next_scheduled(now)
        if upcoming is None:
            return "Sitting breaks are on" if self.settings.breaks_enabled else "No reminder planned"
        day = "" if upcoming.date() == now.date() else f"{weekday_name(upcoming)} "
        return f"Next reminder: {day}{upcoming.strftime('%H:%M')}"

    # ---- the loop ----------------------------------------------------------------------------------------------
    def check(self) -> Reminder | None:
        """Ask the scheduler now (the timer does; so may a wake or a test). Returns a reminder it showed."""
        if self._is_playing is not None:
            playing = self._is_playing()
            if playing and not self.scheduler.in_session:
                self.scheduler.session_started(self._wall(), self._services.clock.now())
            elif not playing and self.scheduler.in_session:
                self.scheduler.session_cancelled()  # it ended without a saved session, or never began
        desktop = self._desktop() if self._desktop is not None else None
        paused_before = self.scheduler.paused_until
        decision = self.scheduler.poll(self._wall(), self._services.clock.now(), desktop)
        if decision.slept_s:
            log.info("woke after %.0f s asleep", decision.slept_s)
        if decision.returned_after_s:
            log.info("back after %.0f s away", decision.returned_after_s)
        if paused_before is not None and self.scheduler.paused_until is None:
            self.paused.emit(None)
        if decision.reminder is not None:
            self._show(decision.reminder)
        self._arm(decision.wait_s)
        self._status_may_have_changed()
        return decision.reminder

    def _status_may_have_changed(self) -> None:
        status = self.status_text()
        if status != self._status:
            self._status = status
            self.status_changed.emit(status)

    def _arm(self, wait_s: float) -> None:
        wait_s = WAKE_PROBE_S if math.isinf(wait_s) else min(wait_s, WAKE_PROBE_S)
        self.timer.start(max(50, int(wait_s * 1000) + 50))  # just after the deadline, never before it

    def _show(self, reminder: Reminder) -> None:
        self.current = reminder
        routine = self.routine()
        title, text = describe(reminder, routine, self.settings.break_after_min)
        if self.notice is not None:
            offer_short = reminder.kind is ReminderKind.SITTING_BREAK and stand_up_minute(self._services) is not None
            start_label = "Start" if routine is None else routine.name if offer_short else f"Start {routine.name}"
            self.notice.show_reminder(title, text, start_label, offer_short)
        self.reminder_shown.emit(reminder, title, text)

    def _close_notice(self) -> None:
        self.current = None
        if self.notice is not None:
            self.notice.hide()
        self.reminder_closed.emit()

    # ---- answers -----------------------------------------------------------------------------------------------
    def start(self) -> None:
        """Play the default routine now."""
        self._play(self.routine())

    def start_short(self) -> None:
        self._play(stand_up_minute(self._services) or self.routine())

    def _play(self, routine: Routine | None) -> None:
        self._close_notice()
        if routine is None:
            return
        self._services.events.play_requested.emit(routine)

    def later(self) -> None:
        """Put the shown reminder off for 30 minutes."""
        self.snooze(Snooze.MINUTES_30)

    def snooze(self, option: Snooze) -> datetime:
        now = self._wall()
        until = self.scheduler.snooze(option, now, self.current).astimezone(now.tzinfo)
        return self._snoozed(until)

    def snooze_minutes(self, minutes: float) -> datetime:
        """Snooze for any number of minutes (the command line's ``hipdesk snooze MINUTES``)."""
        now = self._wall()
        return self._snoozed(self.scheduler.snooze_minutes(minutes, now, self.current).astimezone(now.tzinfo))

    def _snoozed(self, until: datetime) -> datetime:
        self._close_notice()
        self.snoozed.emit(until)
        self.check()
        return until

    def pause(self, seconds: float) -> datetime:
        """Hold reminders for a while; one comes when the pause ends if any fell due. Returns the local end."""
        now = self._wall()
        until = self.scheduler.pause(seconds, now).astimezone(now.tzinfo)
        self.paused.emit(until)
        self.check()
        return until

    def resume(self) -> None:
        """Lift a pause now."""
        self.scheduler.resume()
        self.paused.emit(None)
        self.check()

    def cancel_snooze(self) -> None:
        self.scheduler.cancel_snooze()
        self.snoozed.emit(None)
        self.check()

    def reload_settings(self) -> None:
        settings = prefs.load_reminder_settings(self._services.settings)
        if settings != self.settings:
            self.settings = settings
            self.scheduler.update_settings(settings, self._wall(), self._services.clock.now())
        self.settings_applied.emit()
        self.check()

    def _session_started(self, _routine: object) -> None:
        self.scheduler.session_started(self._wall(), self._services.clock.now())
        if self.current is not None:
            self._close_notice()

    def _session_finished(self, _session_id: int) -> None:
        self.scheduler.session_finished(self._wall(), self._services.clock.now())
        self.check()
