"""When HipDesk nudges: reminders at the user's times on chosen weekdays, and sitting breaks.

Pure rules on two clocks the caller passes in: the local wall time (an aware ``datetime`` in the user's zone, for
"10:30 on weekdays") and a monotonic clock (seconds, for "50 minutes of sitting" and to notice sleep). Whoever drives
the scheduler (a QTimer in the UI, a loop in a test) asks :meth:`ReminderScheduler.poll` and waits until the
returned deadline; a late or missed poll never loses or doubles a reminder.

- Wall times are compared as UTC instants, never as local wall times (two aware datetimes in the same zone compare by
  wall time and ignore the daylight-saving fold).
- A time that does not exist on a spring-forward day (02:30 in Berlin on 2026-03-29) fires when the gap ends (03:00);
  a time that happens twice on a fall-back day (02:30 on 2026-10-25) fires once, the first time.
- The monotonic clock stops while the computer sleeps and the wall clock does not: the difference is the sleep.
  Reminders missed while asleep are shown once on wake (the latest of them, and only if it was due today), never piled
  up. A sleep of a few minutes or more counts as a break from sitting.
- Sitting breaks come after ``break_after_min`` minutes (monotonic) since the last session, break or start; never
  during a session, and the count starts again when a session ends, so never right after one either.
- Away: each poll may say what the desktop knows (:class:`Desktop`: seconds since the last input, a locked screen).
  No reminder fires while the person is away (no input for ``away_min`` minutes) or the screen is locked; time away
  of ``away_min`` minutes or more counts as a break and restarts the sitting count; a scheduled reminder that fell
  due meanwhile is offered once on return (the latest of them, never a pile).
- Busy: a full-screen window, the desktop's Do Not Disturb and a pause the person chose hold reminders back; when
  the last of them ends, one reminder comes (the latest scheduled one that was held, else a sitting break now due).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum
from typing import Any

from hipdesk.domain.dates import WEEKDAY_NAMES

MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)

SLEEP_GAP_S = 60.0  # the wall clock ran this much further than the monotonic clock: the computer slept
AWAY_MIN_RANGE = (1, 60)  # minutes without input (or asleep, or locked) that count as time away and as a break
HOLD_PROBE_S = 5.0  # while a reminder is held, ask the desktop this often whether the hold has ended
PAUSE_MAX_S = 24 * 3600.0  # "pause reminders for ..." reaches at most a day ahead
LATE_S = 120.0  # a reminder shown this long after it was due was missed (asleep, busy); it says so
QUIET_AFTER_SESSION_S = 45 * 60.0  # a scheduled reminder this soon after a session is not needed
SESSION_EXPIRES_S = 3 * 3600.0  # a session never reported finished stops holding reminders back
SNOOZE_SHORT_S = 30 * 60.0
SNOOZE_LONG_S = 60 * 60.0


def _utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("reminder times carry a time zone")
    return moment.astimezone(UTC)


@dataclass(frozen=True)
class ReminderSettings:
    """The user's choices. ``weekdays`` counts from Monday = 0."""

    enabled: bool = True
    times: tuple[time, ...] = (time(10, 30), time(15, 30))
    weekdays: frozenset[int] = frozenset({MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY})
    breaks_enabled: bool = False
    break_after_min: int = 50
    away_min: int = 5  # this long without input, asleep or locked counts as a break

    def __post_init__(self) -> None:
        if not 5 <= self.break_after_min <= 240:
            raise ValueError("a sitting break comes after 5 to 240 minutes")
        if not AWAY_MIN_RANGE[0] <= self.away_min <= AWAY_MIN_RANGE[1]:
            raise ValueError(f"time away counts as a break after {AWAY_MIN_RANGE[0]} to {AWAY_MIN_RANGE[1]} minutes")
        if any(not 0 <= d <= 6 for d in self.weekdays):
            raise ValueError("weekdays are 0 (Monday) to 6 (Sunday)")
        object.__setattr__(self, "times", tuple(sorted(set(self.times))))

    def to_values(self) -> dict[str, Any]:
        """Plain JSON-friendly values (see :meth:`from_values`)."""
        return {
            "enabled": self.enabled,
            "times": [t.strftime("%H:%M") for t in self.times],
            "weekdays": sorted(self.weekdays),
            "breaks_enabled": self.breaks_enabled,
            "break_after_min": self.break_after_min,
            "away_min": self.away_min,
        }

    @classmethod
    def from_values(cls, values: Mapping[str, Any]) -> ReminderSettings:
        """Read stored values, keeping the default for anything missing or unreadable."""
        default = cls()
        times: list[time] = []
        for text in values.get("times", [t.strftime("%H:%M") for t in default.times]) or []:
            try:
                times.append(time.fromisoformat(str(text)).replace(second=0, microsecond=0, tzinfo=None))
            except ValueError:
                continue
        weekdays = {int(d) for d in values.get("weekdays", default.weekdays) if str(d).isdigit() and 0 <= int(d) <= 6}
        try:
            minutes = min(240, max(5, int(values.get("break_after_min", default.break_after_min))))
        except (TypeError, ValueError):
            minutes = default.break_after_min
        try:
            away = min(AWAY_MIN_RANGE[1], max(AWAY_MIN_RANGE[0], int(values.get("away_min", default.away_min))))
        except (TypeError, ValueError):
            away = default.away_min
        return cls(
            enabled=bool(values.get("enabled", default.enabled)),
            times=tuple(times),
            weekdays=frozenset(weekdays),
            breaks_enabled=bool(values.get("breaks_enabled", default.breaks_enabled)),
            break_after_min=minutes,
            away_min=away,
        )


class ReminderKind(StrEnum):
    SCHEDULED = "scheduled"
    SITTING_BREAK = "sitting_break"


class Hold(StrEnum):
    """Why no reminder may come now, in the order the person is told (the first that applies)."""

    LOCKED = "locked"  # the screen is locked
    AWAY = "away"  # no keyboard or mouse input for the away length
    PAUSED = "paused"  # the person paused reminders for a while
    FULL_SCREEN = "full_screen"  # the active window fills the screen (a presentation, a video, a game)
    DO_NOT_DISTURB = "do_not_disturb"  # the desktop's Do Not Disturb is on


AWAY_HOLDS = frozenset({Hold.LOCKED, Hold.AWAY})


@dataclass(frozen=True)
class Desktop:
    """What the desktop says at a poll. Unknown parts stay at their defaults (nothing holds)."""

    idle_s: float | None = None  # seconds since the last keyboard or mouse input; None when the desktop does not say
    locked: bool = False
    full_screen: bool = False
    do_not_disturb: bool = False


@dataclass(frozen=True)
class Reminder:
    kind: ReminderKind
    due: datetime  # when it was due, in the caller's zone
    missed: bool = False  # shown late (the computer slept, or HipDesk was busy): it says when it was due
    snoozed: bool = False  # came back after a snooze
    held: Hold | None = None  # waited for this to end (away, full screen, Do Not Disturb, a pause)


class Snooze(StrEnum):
    MINUTES_10 = "10min"
    MINUTES_30 = "30min"
    HOUR_1 = "1h"
    TODAY = "today"


SNOOZE_S = {Snooze.MINUTES_10: 10 * 60.0, Snooze.MINUTES_30: SNOOZE_SHORT_S, Snooze.HOUR_1: SNOOZE_LONG_S}


@dataclass(frozen=True)
class Decision:
    """What :meth:`ReminderScheduler.poll` found: a reminder to show now (or None), and when to ask again."""

    reminder: Reminder | None
    wait_s: float  # seconds until the next reminder could be due; math.inf when none is planned
    slept_s: float = 0.0  # how long the computer slept since the previous poll (0 when it did not)
    holds: tuple[Hold, ...] = ()  # what holds reminders back now (first: the reason to tell)
    returned_after_s: float = 0.0  # the person came back after this long away (0 when they did not just return)


# ---- wall-clock arithmetic -----------------------------------------------------------------------------------
def instant(day: date, at: time, zone: tzinfo) -> datetime:
    """The UTC instant of ``at`` on local ``day``: the first of two on a fall-back day; the gap's end on a
    spring-forward day when ``at`` falls in the gap."""
    local = datetime.combine(day, at, tzinfo=zone)  # fold=0: the earlier of two
    earlier = local.astimezone(UTC)
    if earlier.astimezone(zone).replace(tzinfo=None) == local.replace(tzinfo=None):
        return earlier
    # In a gap: fold=0 reads it with the offset before the change, fold=1 with the one after. The change itself
    # lies between the two readings; find the first instant with the later offset.
    later_reading = local.replace(fold=1).astimezone(UTC)
    low = int(min(earlier, later_reading).timestamp())
    high = int(max(earlier, later_reading).timestamp())
    after_offset = datetime.fromtimestamp(high, zone).utcoffset()
    while high - low > 1:  # offsets change on whole seconds
        middle = (low + high) // 2
        if datetime.fromtimestamp(middle, zone).utcoffset() == after_offset:
            high = middle
        else:
            low = middle
    return datetime.fromtimestamp(high, UTC)


def occurrences(settings: ReminderSettings, after: datetime, until: datetime, zone: tzinfo) -> list[datetime]:
    """Scheduled reminder instants (UTC) in ``(after, until]``, in order."""
    start, end = _utc(after), _utc(until)
    if not settings.enabled or not settings.times or not settings.weekdays or end <= start:
        return []
    found: list[datetime] = []
    day = start.astimezone(zone).date() - timedelta(days=1)
    last_day = end.astimezone(zone).date() + timedelta(days=1)
    while day <= last_day:
        if day.weekday() in settings.weekdays:
            found.extend(m for m in (instant(day, t, zone) for t in settings.times) if start < m <= end)
        day += timedelta(days=1)
    return sorted(set(found))


def next_occurrence(settings: ReminderSettings, after: datetime, zone: tzinfo) -> datetime | None:
    """The first scheduled reminder instant (UTC) strictly after ``after``, or None when none is set."""
    if not settings.enabled or not settings.times or not settings.weekdays:
        return None
    start = _utc(after)
    day = start.astimezone(zone).date()
    for _ in range(9):  # a week and a day covers every weekday, even across a daylight-saving change
        if day.weekday() in settings.weekdays:
            found = [m for m in (instant(day, t, zone) for t in settings.times) if m > start]
            if found:
                return min(found)
        day += timedelta(days=1)
    return None


def start_of_next_day(now: datetime) -> datetime:
    """Local midnight after ``now`` (UTC instant), right on daylight-saving days too."""
    zone = now.tzinfo
    assert zone is not None
    return instant(now.date() + timedelta(days=1), time(0, 0), zone)


# ---- the scheduler -------------------------------------------------------------------------------------------
@dataclass
class _State:
    handled_until: datetime  # UTC: every scheduled reminder up to here was shown or deliberately skipped
    last_wall: datetime  # UTC, at the previous poll
    last_mono: float
    sitting_since: float  # monotonic
    session_started: float | None = None  # monotonic, while a session runs
    session_ended: datetime | None = None  # UTC
    snoozed_until: datetime | None = None  # UTC
    snooze_drops: bool = False  # "today": what falls due during the snooze is dropped, not brought back
    deferred: Reminder | None = None  # held back by a snooze, shown once when it ends
    paused_until: datetime | None = None  # UTC
    away_since: float | None = None  # monotonic: when the last input came before the person left
    held: Reminder | None = None  # the latest scheduled reminder that fell due while away or busy
    holds: tuple[Hold, ...] = ()  # at the last poll
    history: list[Reminder] = field(default_factory=list)


class ReminderScheduler:
    """Decides when to remind. Create it with the current wall and monotonic times, then :meth:`poll` at the
    deadline it returns (and whenever something may have changed: wake, settings, a session).

    Reminders due before the scheduler was created are not shown: HipDesk was not running then.
    """

    def __init__(self, settings: ReminderSettings, now: datetime, mono: float) -> None:
        wall = _utc(now)
        self.settings = settings
        self._s = _State(handled_until=wall, last_wall=wall, last_mono=mono, sitting_since=mono)

    # ---- reading -------------------------------------------------------------------------------------------
    @property
    def snoozed_until(self) -> datetime | None:
        """When the current snooze ends (UTC), or None."""
        return self._s.snoozed_until

    @property
    def paused_until(self) -> datetime | None:
        """When the pause the person chose ends (UTC), or None."""
        return self._s.paused_until

    @property
    def holds(self) -> tuple[Hold, ...]:
        """What held reminders back at the last poll, the reason to tell first."""
        return self._s.holds

    @property
    def held(self) -> Reminder | None:
        """The reminder waiting for a hold to end (or for the person to come back), if any."""
        return self._s.held

    @property
    def in_session(self) -> bool:
        return self._s.session_started is not None

    @property
    def shown(self) -> tuple[Reminder, ...]:
        """Every reminder :meth:`poll` returned, oldest first (for tests and diagnostics)."""
        return tuple(self._s.history)

    def next_scheduled(self, now: datetime) -> datetime | None:
        """The next scheduled reminder in the caller's zone (ignoring snoozes), or None."""
        zone = now.tzinfo
        assert zone is not None
        found = next_occurrence(self.settings, max(self._s.handled_until, _utc(now)), zone)
        return None if found is None else found.astimezone(zone)

    # ---- changes -------------------------------------------------------------------------------------------
    def update_settings(self, settings: ReminderSettings, now: datetime, mono: float) -> None:
        """New choices take effect from now: times already past today do not fire."""
        self._s.deferred = None
        self._s.handled_until = max(self._s.handled_until, _utc(now))
        if settings.breaks_enabled and not self.settings.breaks_enabled:
            self._s.sitting_since = mono
        self.settings = settings

    def session_started(self, now: datetime, mono: float) -> None:
        self._s.session_started = mono
        self._s.deferred = None
        self._s.held = None

    def session_finished(self, now: datetime, mono: float) -> None:
        """A session ended (finished or stopped): sitting counts from here and a reminder due soon is skipped."""
        self._s.session_started = None
        self._s.session_ended = _utc(now)
        self._s.sitting_since = mono
        self._s.deferred = None

    def session_cancelled(self) -> None:
        """A session that was about to start never ran (its routine could not be played): nothing was done."""
        self._s.session_started = None

    def snooze(self, option: Snooze, now: datetime, current: Reminder | None = None) -> datetime:
        """No reminders until the snooze ends (returned, UTC). For 10 min, 30 min and 1 h, ``current`` (the reminder
        the user put off, else one held back) and anything due meanwhile come back once when it ends; "today" drops
        them."""
        if option is Snooze.TODAY:
            return self._snooze_until(start_of_next_day(now), current, drops=True)
        return self.snooze_minutes(SNOOZE_S[option] / 60, now, current)

    def snooze_minutes(self, minutes: float, now: datetime, current: Reminder | None = None) -> datetime:
        """Snooze for any number of minutes (the command line's ``snooze MINUTES``)."""
        if minutes <= 0:
            raise ValueError("snooze for a positive number of minutes")
        return self._snooze_until(_utc(now) + timedelta(minutes=minutes), current, drops=False)

    def _snooze_until(self, until: datetime, current: Reminder | None, drops: bool) -> datetime:
        s = self._s
        current = current or s.held
        s.held = None
        s.snoozed_until = until
        s.snooze_drops = drops
        s.deferred = None if drops or current is None else replace(current, held=None)
        return until

    def cancel_snooze(self) -> None:
        self._s.snoozed_until = None
        self._s.snooze_drops = False
        self._s.deferred = None

    def pause(self, seconds: float, now: datetime) -> datetime:
        """Hold reminders for ``seconds`` (at most a day); one comes when the pause ends if any fell due. Returns
        the end (UTC)."""
        if not 0 < seconds <= PAUSE_MAX_S:
            raise ValueError("pause reminders for a positive time of at most a day")
        self._s.paused_until = _utc(now) + timedelta(seconds=seconds)
        return self._s.paused_until

    def resume(self) -> None:
        """End a pause now (a reminder held by it comes at the next poll)."""
        self._s.paused_until = None

    # ---- the rule ------------------------------------------------------------------------------------------
    def poll(self, now: datetime, mono: float, desktop: Desktop | None = None) -> Decision:
        """What is due at ``now``: at most one reminder, and the seconds until the next could be due.

        ``desktop`` says whether the person is away, the screen locked, a window full screen or Do Not Disturb on
        (None: nothing known, nothing holds)."""
        zone = now.tzinfo
        assert zone is not None
        desktop = desktop or Desktop()
        s = self._s
        wall = _utc(now)
        away_s = self.settings.away_min * 60.0
        slept_s = (wall - s.last_wall).total_seconds() - (mono - s.last_mono)
        slept_s = slept_s if slept_s > SLEEP_GAP_S else 0.0
        if wall < s.last_wall:  # the clock was set back: do not wait for the old "handled" mark
            s.handled_until = wall
        s.last_wall, s.last_mono = wall, mono
        if slept_s >= away_s:
            s.sitting_since = mono
        if s.session_started is not None and mono - s.session_started > SESSION_EXPIRES_S:
            s.session_started = None
        returned_after_s = self._presence(desktop, mono, away_s)
        if s.paused_until is not None and wall >= s.paused_until:
            s.paused_until = None
        s.holds = self._holds(desktop, wall, away_s)

        due = occurrences(self.settings, s.handled_until, wall, zone)
        s.handled_until = max(s.handled_until, wall)
        reminder = self._decide(due, now, wall, mono)
        if reminder is not None:
            s.history.append(reminder)
            s.sitting_since = mono  # one nudge at a time: the sitting count starts again after any reminder
        return Decision(reminder, self._wait_s(now, wall, mono, desktop, away_s), slept_s, s.holds, returned_after_s)

    def _presence(self, desktop: Desktop, mono: float, away_s: float) -> float:
        """Follow the person leaving and coming back; returns how long they were away when they just came back.
        Away long enough is a break: the sitting count starts again from the return."""
        s = self._s
        idle_s = max(0.0, desktop.idle_s) if desktop.idle_s is not None else None
        last_input = mono - (idle_s or 0.0)
        if desktop.locked or (idle_s is not None and idle_s >= away_s):
            if s.away_since is None:
                s.away_since = last_input
            return 0.0
        if s.away_since is None:
            return 0.0
        away_for = max(0.0, last_input - s.away_since)
        s.away_since = None
        if away_for >= away_s:
            s.sitting_since = max(s.sitting_since, last_input)
        return away_for

    def _holds(self, desktop: Desktop, wall: datetime, away_s: float) -> tuple[Hold, ...]:
        s = self._s
        reasons = {
            Hold.LOCKED: desktop.locked,
            Hold.AWAY: desktop.idle_s is not None and desktop.idle_s >= away_s,
            Hold.PAUSED: s.paused_until is not None and wall < s.paused_until,
            Hold.FULL_SCREEN: desktop.full_screen,
            Hold.DO_NOT_DISTURB: desktop.do_not_disturb,
        }
        return tuple(hold for hold in Hold if reasons[hold])

    def _decide(self, due: list[datetime], now: datetime, wall: datetime, mono: float) -> Reminder | None:
        s = self._s
        zone = now.tzinfo
        assert zone is not None
        if s.session_started is not None:
            return None  # already moving; what fell due is done
        candidate: Reminder | None = None
        if due:
            latest = due[-1]
            recent_session = s.session_ended is not None and (latest - s.session_ended).total_seconds() < (
                QUIET_AFTER_SESSION_S
            )
            if latest.astimezone(zone).date() == now.date() and not recent_session:
                late = (wall - latest).total_seconds() > LATE_S
                candidate = Reminder(ReminderKind.SCHEDULED, latest.astimezone(zone), missed=late)
        if s.snoozed_until is not None:
            if wall < s.snoozed_until:
                if candidate is not None and not s.snooze_drops:
                    s.deferred = s.deferred or candidate
                return None
            back = s.deferred
            self.cancel_snooze()
            if back is not None:
                candidate = replace(back, snoozed=True)
        if s.holds:
            if candidate is not None:  # keep the latest only: one reminder on return, never a pile
                s.held = replace(candidate, held=s.holds[0])
            return None
        if candidate is None and s.held is not None:
            held = s.held
            if held.due.date() == now.date():  # yesterday's reminder is not brought up
                late = (wall - _utc(held.due)).total_seconds() > LATE_S
                candidate = replace(held, missed=held.missed or (late and held.held in AWAY_HOLDS))
        s.held = None
        if candidate is not None:
            return candidate
        if self.settings.breaks_enabled and mono - s.sitting_since >= self.settings.break_after_min * 60:
            return Reminder(ReminderKind.SITTING_BREAK, now)
        return None

    def _wait_s(self, now: datetime, wall: datetime, mono: float, desktop: Desktop, away_s: float) -> float:
        s = self._s
        waits: list[float] = []
        zone = now.tzinfo
        assert zone is not None
        for end in (s.snoozed_until, s.paused_until):
            if end is not None:
                waits.append((end - wall).total_seconds())
        upcoming = next_occurrence(self.settings, max(s.handled_until, wall), zone)
        if upcoming is not None:
            waits.append((upcoming - wall).total_seconds())
        breaks_on = self.settings.breaks_enabled and s.session_started is None and s.snoozed_until is None
        if breaks_on:
            break_wait = s.sitting_since + self.settings.break_after_min * 60 - mono
            waits.append(HOLD_PROBE_S if s.holds and break_wait <= 0 else break_wait)
        if s.holds and s.held is not None:  # a reminder waits for the hold to end: look again soon
            waits.append(HOLD_PROBE_S)
        scheduling = bool(self.settings.enabled and self.settings.times and self.settings.weekdays)
        if (scheduling or breaks_on) and desktop.idle_s is not None and s.away_since is None:
            waits.append(away_s - desktop.idle_s)  # look when the idle time reaches the away length
        return max(0.0, min(waits)) if waits else float("inf")


def weekdays_label(days: Iterable[int]) -> str:
    """A short human label: "Weekdays", "Every day", "Mon, Wed, Fri"."""
    chosen = sorted(set(days))
    if chosen == list(range(7)):
        return "Every day"
    if chosen == list(range(5)):
        return "Weekdays"
    if chosen == [5, 6]:
        return "Weekends"
    if not chosen:
        return "No days"
    return ", ".join(WEEKDAY_NAMES[d][:3] for d in chosen)


_DURATION = re.compile(r"^\s*(?:(\d+)\s*h(?:ours?)?)?\s*(?:(\d+)\s*(?:m(?:in(?:utes?)?)?)?)?\s*$", re.IGNORECASE)


def parse_duration_s(text: str) -> float:
    """Seconds in a duration typed by a person: ``90m``, ``2h``, ``1h30m``, ``1h30``, or a bare number of minutes;
    at most a day (:data:`PAUSE_MAX_S`)."""
    cleaned = text.strip()
    if cleaned.isdigit():
        seconds = int(cleaned) * 60.0
    else:
        match = _DURATION.match(cleaned)
        if not cleaned or match is None or not any(match.groups()):
            raise ValueError(f"{text!r} is not a duration (write 90m, 2h, 1h30m or a number of minutes)")
        hours, minutes = (int(g) if g else 0 for g in match.groups())
        seconds = hours * 3600.0 + minutes * 60.0
    if not 0 < seconds <= PAUSE_MAX_S:
        raise ValueError("a pause lasts from a minute to a day")
    return seconds
