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
from hipdesk.domain.words import Words
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
        name=ReminderWords.tr("Stand-up minute"),
        description=ReminderWords.tr(
            "Stand up and swing each leg loosely, front to back: a minute that undoes some sitting."
        ),
        items=(RoutineItem(SHORT_ROUTINE_EXERCISE),),
        builtin=True,
        target_min=1,
    )


class ReminderWords(Words):
    """What reminders say."""


def hold_reason(hold: Hold) -> str:
    """Why a reminder waits, as the status line says it."""
    return {
        Hold.LOCKED: ReminderWords.tr("the screen is locked"),
        Hold.AWAY: ReminderWords.tr("you are away"),
        Hold.PAUSED: ReminderWords.tr("reminders are paused"),
        Hold.FULL_SCREEN: ReminderWords.tr("a window is full screen"),
        Hold.DO_NOT_DISTURB: ReminderWords.tr("Do Not Disturb is on"),
    }[hold]


def held_while(hold: Hold | None, time: str) -> str:
    """The start of a reminder that waited: "Your 10:00 reminder, held while ...", or "" for other holds."""
    if hold is Hold.PAUSED:
        return ReminderWords.tr("Your {time} reminder, held while reminders were paused.").format(time=time)
    if hold is Hold.FULL_SCREEN:
        return ReminderWords.tr("Your {time} reminder, held while a window was full screen.").format(time=time)
    if hold is Hold.DO_NOT_DISTURB:
        return ReminderWords.tr("Your {time} reminder, held while Do Not Disturb was on.").format(time=time)
    return ""


def describe(reminder: Reminder, routine: Routine | None, sitting_min: int) -> tuple[str, str]:
    """The notice's title and text."""
    minutes = routine.target_min if routine is not None and routine.target_min else None
    if reminder.kind is ReminderKind.SITTING_BREAK:
        if routine is None:
            offer = ReminderWords.tr("Stand up and move: a one-minute leg swing, or a routine.")
        elif minutes is None:
            offer = ReminderWords.tr("Stand up and move: a one-minute leg swing, or {routine}.").format(
                routine=routine.name
            )
        else:
            offer = ReminderWords.tr(
                "Stand up and move: a one-minute leg swing, or {routine} (%n minute(s)).", "", minutes
            ).format(routine=routine.name)
        title = (
            ReminderWords.tr("Time for that break")
            if reminder.snoozed
            else ReminderWords.tr("You have been sitting for %n minute(s)", "", sitting_min)
        )
        return title, offer
    if routine is None:
        text = ReminderWords.tr("A routine loosens your hips.")
    elif minutes is None:
        text = ReminderWords.tr("{routine} loosens your hips.").format(routine=routine.name)
    else:
        text = ReminderWords.tr("{routine} takes %n minute(s) and loosens your hips.", "", minutes).format(
            routine=routine.name
        )
    time = reminder.due.strftime("%H:%M")
    if reminder.missed:
        text = ReminderWords.tr("You were away at {time}.").format(time=time) + " " + text
    elif held_while(reminder.held, time):
        text = held_while(reminder.held, time) + " " + text
    elif reminder.snoozed:
        text = ReminderWords.tr("Your {time} reminder, as you asked.").format(time=time) + " " + text
    return ReminderWords.tr("Time to move"), text


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
            if local.date() > now.date():
                return self.tr("Reminders snoozed until tomorrow")
            return self.tr("Reminders snoozed until {time}").format(time=local.strftime("%H:%M"))
        if not self.active:
            return self.tr("Reminders are off")
        paused_until = self.scheduler.paused_until
        if paused_until is not None:
            local = paused_until.astimezone(now.tzinfo)
            when = self._when(local, now)
            if self.scheduler.held is not None:
                return self.tr("Reminders paused until {when} (one is waiting)").format(when=when)
            return self.tr("Reminders paused until {when}").format(when=when)
        holds = self.scheduler.holds
        if holds:
            if self.scheduler.held is not None:
                return self.tr("A reminder is waiting: {reason}").format(reason=hold_reason(holds[0]))
            return self.tr("Reminders are held: {reason}").format(reason=hold_reason(holds[0]))
        upcoming = self.scheduler.next_scheduled(now)
        if upcoming is None:
            return self.tr("Sitting breaks are on") if self.settings.breaks_enabled else self.tr("No reminder planned")
        return self.tr("Next reminder: {when}").format(when=self._when(upcoming, now))

    def _when(self, moment: datetime, now: datetime) -> str:
        """A time today ("10:00"), or on another day with its weekday ("Friday 10:00")."""
        time = moment.strftime("%H:%M")
        if moment.date() == now.date():
            return time
        return self.tr("{weekday} {time}").format(weekday=weekday_name(moment), time=time)

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
            if routine is None:
                start_label = self.tr("Start")
            elif offer_short:
                start_label = routine.name
            else:
                start_label = self.tr("Start {routine}").format(routine=routine.name)
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
