"""The reminder rules, table-driven: a simulated day of polling at the deadlines the scheduler returns, on the fake
monotonic and wall clocks, with a simulated desktop (input, a locked screen, a full-screen window, Do Not Disturb)."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from hipdesk.clock import FakeClock, FakeWallClock
from hipdesk.domain.reminders import (
    HOLD_PROBE_S,
    Desktop,
    Hold,
    Reminder,
    ReminderKind,
    ReminderScheduler,
    ReminderSettings,
    Snooze,
    instant,
    occurrences,
    start_of_next_day,
    weekdays_label,
)

BERLIN = ZoneInfo("Europe/Berlin")
EVERY_DAY = frozenset(range(7))
PROBE_S = 600.0  # the UI also re-asks at least this often, to notice a wake


def local(text: str) -> datetime:
    """'2026-03-30 10:30' in Berlin (the first of two on a fall-back day)."""
    return datetime.fromisoformat(text).replace(tzinfo=BERLIN)


@dataclass
class Sim:
    """Drives a scheduler the way the reminder controller does: poll, wait for the deadline, poll again.

    The person is at the keyboard unless a step says otherwise (``leave``); the desktop reports input, a lock, a
    full-screen window and Do Not Disturb as a step sets them.
    """

    settings: ReminderSettings
    start: str
    clock: FakeClock = field(default_factory=FakeClock)
    shown: list[tuple[str, Reminder]] = field(default_factory=list)
    last_input: float | None = None  # None: the person is typing right now
    locked: bool = False
    full_screen: bool = False
    do_not_disturb: bool = False

    def __post_init__(self) -> None:
        self.wall = FakeWallClock(local(self.start), follow=self.clock)
        self.scheduler = ReminderScheduler(self.settings, self.now(), self.clock.now())

    def now(self) -> datetime:
        return self.wall.now()

    def _advance(self, seconds: float, asleep: bool = False) -> None:
        if asleep:
            self.wall.advance(seconds)  # the monotonic clock stands still while the computer sleeps
        else:
            self.clock.advance(seconds)

    def desktop(self) -> Desktop:
        idle_s = 0.0 if self.last_input is None else self.clock.now() - self.last_input
        return Desktop(idle_s, self.locked, self.full_screen, self.do_not_disturb)

    def poll(self) -> float:
        decision = self.scheduler.poll(self.now(), self.clock.now(), self.desktop())
        if decision.reminder is not None:
            self.shown.append((self.now().strftime("%m-%d %H:%M"), decision.reminder))
        return decision.wait_s

    def run_until(self, text: str) -> None:
        end = local(text).astimezone(UTC)
        while True:
            wait_s = self.poll()
            left = (end - self.now()).total_seconds()
            if left <= 0:
                return
            self._advance(min(wait_s, PROBE_S, left))

    def sleep_until(self, text: str) -> None:
        self._advance((local(text).astimezone(UTC) - self.now()).total_seconds(), asleep=True)

    def do(self, action: tuple[str, object]) -> None:
        verb, arg = action
        if verb == "run":
            self.run_until(str(arg))
        elif verb == "sleep":
            self.sleep_until(str(arg))
        elif verb == "leave":  # no input until arg, then the person is back
            self.last_input = self.clock.now()
            self.run_until(str(arg))
            self.last_input = None
            self.poll()
        elif verb == "lock":  # the screen locks, with no input, until arg
            self.locked, self.last_input = True, self.clock.now()
            self.run_until(str(arg))
            self.locked, self.last_input = False, None
            self.poll()
        elif verb in ("full_screen", "do_not_disturb"):  # on until arg, then off
            setattr(self, verb, True)
            self.run_until(str(arg))
            setattr(self, verb, False)
            self.poll()
        elif verb == "pause":
            assert isinstance(arg, int)
            self.scheduler.pause(arg * 60, self.now())
        elif verb == "resume":
            self.scheduler.resume()
        elif verb == "snooze":
            assert isinstance(arg, Snooze)
            current = self.shown[-1][1] if self.shown else None
            self.scheduler.snooze(arg, self.now(), current)
        elif verb == "session":  # a session of arg minutes starts now
            self.scheduler.session_started(self.now(), self.clock.now())
            assert isinstance(arg, int)
            end = (self.now() + timedelta(minutes=arg)).strftime("%Y-%m-%d %H:%M")
            self.run_until(end)
            self.scheduler.session_finished(self.now(), self.clock.now())
        else:  # pragma: no cover
            raise AssertionError(verb)

    def summary(self) -> list[str]:
        """'shown-at kind due-time [missed] [snoozed] [held:why]' per reminder."""
        lines = []
        for at, r in self.shown:
            flags = (" missed" if r.missed else "") + (" snoozed" if r.snoozed else "")
            flags += f" held:{r.held}" if r.held is not None else ""
            lines.append(
                f"{at} {'break' if r.kind is ReminderKind.SITTING_BREAK else 'remind'} {r.due.strftime('%H:%M')}{flags}"
            )
        return lines


TWICE = ReminderSettings()  # 10:30 and 15:30, Monday to Friday
BREAKS_ONLY = ReminderSettings(enabled=False, breaks_enabled=True, break_after_min=50)

CASES: list[tuple[str, ReminderSettings, str, list[tuple[str, object]], list[str]]] = [
    (
        "twice on a Monday",
        TWICE,
        "2026-03-30 09:00",
        [("run", "2026-03-30 18:00")],
        ["03-30 10:30 remind 10:30", "03-30 15:30 remind 15:30"],
    ),
    (
        "a disabled day is quiet: Saturday and Sunday, then Monday",
        TWICE,
        "2026-04-04 08:00",
        [("run", "2026-04-06 11:00")],
        ["04-06 10:30 remind 10:30"],
    ),
    (
        "across midnight",
        ReminderSettings(times=(time(23, 50), time(0, 10)), weekdays=EVERY_DAY),
        "2026-03-30 23:00",
        [("run", "2026-03-31 01:00")],
        ["03-30 23:50 remind 23:50", "03-31 00:10 remind 00:10"],
    ),
    (
        "across midnight into a disabled day",
        ReminderSettings(times=(time(23, 50), time(0, 10))),
        "2026-04-03 23:00",
        [("run", "2026-04-04 01:00")],  # Friday night into Saturday
        ["04-03 23:50 remind 23:50"],
    ),
    (
        "spring forward: 02:30 does not exist and fires at 03:00; 10:30 is still 10:30",
        ReminderSettings(times=(time(2, 30), time(10, 30)), weekdays=EVERY_DAY),
        "2026-03-29 00:00",
        [("run", "2026-03-29 12:00")],
        ["03-29 03:00 remind 03:00", "03-29 10:30 remind 10:30"],
    ),
    (
        "fall back: 02:30 happens twice and fires once",
        ReminderSettings(times=(time(2, 30),), weekdays=EVERY_DAY),
        "2026-10-25 00:00",
        [("run", "2026-10-25 06:00")],
        ["10-25 02:30 remind 02:30"],
    ),
    (
        "fall back: 15:30 keeps its wall time after the change",
        TWICE,
        "2026-10-23 16:00",
        [("run", "2026-10-26 16:00")],  # Friday evening to Monday afternoon
        ["10-26 10:30 remind 10:30", "10-26 15:30 remind 15:30"],
    ),
    (
        "asleep through both: shown once on wake, not piled up",
        TWICE,
        "2026-03-30 09:00",
        [("sleep", "2026-03-30 16:10"), ("run", "2026-03-30 18:00")],
        ["03-30 16:10 remind 15:30 missed"],
    ),
    (
        "asleep overnight: yesterday's reminder is not brought up",
        TWICE,
        "2026-03-30 15:00",
        [("sleep", "2026-03-31 09:00"), ("run", "2026-03-31 11:00")],
        ["03-31 10:30 remind 10:30"],
    ),
    (
        "a short sleep before the time changes nothing",
        TWICE,
        "2026-03-30 10:00",
        [("sleep", "2026-03-30 10:20"), ("run", "2026-03-30 11:00")],
        ["03-30 10:30 remind 10:30"],
    ),
    (
        "later: snooze 30 minutes brings it back once",
        TWICE,
        "2026-03-30 10:00",
        [("run", "2026-03-30 10:30"), ("snooze", Snooze.MINUTES_30), ("run", "2026-03-30 12:00")],
        ["03-30 10:30 remind 10:30", "03-30 11:00 remind 10:30 snoozed"],
    ),
    (
        "snooze an hour ahead of a reminder: it waits for the snooze to end",
        TWICE,
        "2026-03-30 10:00",
        [("snooze", Snooze.HOUR_1), ("run", "2026-03-30 12:00")],
        ["03-30 11:00 remind 10:30 snoozed"],
    ),
    (
        "snooze for today: nothing until tomorrow",
        TWICE,
        "2026-03-30 10:00",
        [("run", "2026-03-30 10:30"), ("snooze", Snooze.TODAY), ("run", "2026-03-31 11:00")],
        ["03-30 10:30 remind 10:30", "03-31 10:30 remind 10:30"],
    ),
    (
        "a session just before the time makes the reminder unneeded",
        TWICE,
        "2026-03-30 10:00",
        [("session", 12), ("run", "2026-03-30 16:00")],
        ["03-30 15:30 remind 15:30"],
    ),
    (
        "no reminder during a session",
        TWICE,
        "2026-03-30 10:25",
        [("session", 15), ("run", "2026-03-30 12:00")],
        [],
    ),
    (
        "reminders off",
        ReminderSettings(enabled=False),
        "2026-03-30 09:00",
        [("run", "2026-03-31 18:00")],
        [],
    ),
    (
        "sitting breaks every 50 minutes",
        BREAKS_ONLY,
        "2026-03-30 09:00",
        [("run", "2026-03-30 11:00")],
        ["03-30 09:50 break 09:50", "03-30 10:40 break 10:40"],
    ),
    (
        "sitting breaks: never during a session, and counted again from its end",
        BREAKS_ONLY,
        "2026-03-30 09:00",
        [("run", "2026-03-30 09:30"), ("session", 40), ("run", "2026-03-30 11:05")],
        ["03-30 11:00 break 11:00"],
    ),
    (
        "sitting breaks: a sleep of ten minutes was a break",
        BREAKS_ONLY,
        "2026-03-30 09:00",
        [("run", "2026-03-30 09:40"), ("sleep", "2026-03-30 09:50"), ("run", "2026-03-30 10:45")],
        ["03-30 10:40 break 10:40"],
    ),
    (
        "sitting breaks: a reminder restarts the count, so the two never come together",
        ReminderSettings(breaks_enabled=True, break_after_min=50),
        "2026-03-30 09:45",
        [("run", "2026-03-30 11:30")],
        ["03-30 10:30 remind 10:30", "03-30 11:20 break 11:20"],
    ),
    (
        "sitting breaks: snoozed for today",
        BREAKS_ONLY,
        "2026-03-30 20:00",
        [("snooze", Snooze.TODAY), ("run", "2026-03-30 23:00")],
        [],
    ),
    (
        "snooze 10 minutes (a notification's 'In 10 minutes')",
        TWICE,
        "2026-03-30 10:00",
        [("run", "2026-03-30 10:30"), ("snooze", Snooze.MINUTES_10), ("run", "2026-03-30 11:00")],
        ["03-30 10:30 remind 10:30", "03-30 10:40 remind 10:30 snoozed"],
    ),
    # ---- away ----
    (
        "away through a reminder: offered once on return, saying when it was due",
        TWICE,
        "2026-03-30 10:00",
        [("leave", "2026-03-30 10:50"), ("run", "2026-03-30 12:00")],
        ["03-30 10:50 remind 10:30 missed held:away"],
    ),
    (
        "away through both reminders: only the latest on return, never a pile",
        TWICE,
        "2026-03-30 10:00",
        [("leave", "2026-03-30 16:00"), ("run", "2026-03-30 18:00")],
        ["03-30 16:00 remind 15:30 missed held:away"],
    ),
    (
        "away overnight: yesterday's reminder is not brought up",
        TWICE,
        "2026-03-30 15:00",
        [("leave", "2026-03-31 09:00"), ("run", "2026-03-31 11:00")],
        ["03-31 10:30 remind 10:30"],
    ),
    (
        "a few minutes without input is not away: the reminder comes on time",
        TWICE,
        "2026-03-30 10:27",
        [("leave", "2026-03-30 10:31"), ("run", "2026-03-30 11:00")],
        ["03-30 10:30 remind 10:30"],
    ),
    (
        "the away length is the person's choice: 15 minutes without input is not away when it is 20",
        ReminderSettings(away_min=20),
        "2026-03-30 10:20",
        [("leave", "2026-03-30 10:35"), ("run", "2026-03-30 11:00")],
        ["03-30 10:30 remind 10:30"],
    ),
    (
        "a locked screen holds the reminder until it is unlocked",
        TWICE,
        "2026-03-30 10:25",
        [("lock", "2026-03-30 10:35"), ("run", "2026-03-30 11:00")],
        ["03-30 10:35 remind 10:30 missed held:locked"],
    ),
    (
        "sitting breaks: fifteen minutes away is a break, counted from the return",
        BREAKS_ONLY,
        "2026-03-30 09:00",
        [("run", "2026-03-30 09:30"), ("leave", "2026-03-30 09:45"), ("run", "2026-03-30 10:40")],
        ["03-30 10:35 break 10:35"],
    ),
    (
        "sitting breaks: three minutes away is not a break",
        BREAKS_ONLY,
        "2026-03-30 09:00",
        [("run", "2026-03-30 09:30"), ("leave", "2026-03-30 09:33"), ("run", "2026-03-30 10:00")],
        ["03-30 09:50 break 09:50"],
    ),
    (
        "sitting breaks: away when one fell due, so none on return",
        BREAKS_ONLY,
        "2026-03-30 09:00",
        [("run", "2026-03-30 09:45"), ("leave", "2026-03-30 10:30"), ("run", "2026-03-30 11:00")],
        [],
    ),
    (
        "sitting breaks: a ten-minute lock is a break",
        BREAKS_ONLY,
        "2026-03-30 09:00",
        [("run", "2026-03-30 09:40"), ("lock", "2026-03-30 09:50"), ("run", "2026-03-30 10:45")],
        ["03-30 10:40 break 10:40"],
    ),
    (
        "sitting breaks: a ten-minute sleep is not a break when the away length is 15 (the count stood still)",
        ReminderSettings(enabled=False, breaks_enabled=True, break_after_min=50, away_min=15),
        "2026-03-30 09:00",
        [("run", "2026-03-30 09:40"), ("sleep", "2026-03-30 09:50"), ("run", "2026-03-30 10:05")],
        ["03-30 10:00 break 10:00"],
    ),
    # ---- busy ----
    (
        "a full-screen window holds the reminder until it closes, then it comes once",
        TWICE,
        "2026-03-30 10:00",
        [("full_screen", "2026-03-30 11:10"), ("run", "2026-03-30 12:00")],
        ["03-30 11:10 remind 10:30 held:full_screen"],
    ),
    (
        "full screen through both reminders: only the latest when it ends",
        TWICE,
        "2026-03-30 10:00",
        [("full_screen", "2026-03-30 16:00"), ("run", "2026-03-30 18:00")],
        ["03-30 16:00 remind 15:30 held:full_screen"],
    ),
    (
        "Do Not Disturb holds the reminder until it is off",
        TWICE,
        "2026-03-30 10:00",
        [("do_not_disturb", "2026-03-30 10:45"), ("run", "2026-03-30 12:00")],
        ["03-30 10:45 remind 10:30 held:do_not_disturb"],
    ),
    (
        "a sitting break that fell due in full screen comes once when it ends",
        BREAKS_ONLY,
        "2026-03-30 09:00",
        [("full_screen", "2026-03-30 10:20"), ("run", "2026-03-30 11:00")],
        ["03-30 10:20 break 10:20"],
    ),
    (
        "pause for two hours: the reminder that fell due comes when the pause ends",
        TWICE,
        "2026-03-30 10:00",
        [("pause", 120), ("run", "2026-03-30 13:00")],
        ["03-30 12:00 remind 10:30 held:paused"],
    ),
    (
        "pause, then resume early: the held reminder comes at once",
        TWICE,
        "2026-03-30 10:00",
        [("pause", 120), ("run", "2026-03-30 11:00"), ("resume", None), ("run", "2026-03-30 11:30")],
        ["03-30 11:00 remind 10:30 held:paused"],
    ),
    (
        "a pause with nothing due stays quiet",
        TWICE,
        "2026-03-30 11:00",
        [("pause", 60), ("run", "2026-03-30 15:00")],
        [],
    ),
    (
        "a snoozed reminder that comes back in full screen waits for it to end",
        TWICE,
        "2026-03-30 10:25",
        [("run", "2026-03-30 10:30"), ("snooze", Snooze.MINUTES_30), ("full_screen", "2026-03-30 11:20")],
        ["03-30 10:30 remind 10:30", "03-30 11:20 remind 10:30 snoozed held:full_screen"],
    ),
    (
        "snooze for today drops a held reminder",
        TWICE,
        "2026-03-30 10:00",
        [("pause", 60), ("run", "2026-03-30 10:45"), ("snooze", Snooze.TODAY), ("run", "2026-03-30 18:00")],
        [],
    ),
]


@pytest.mark.parametrize(
    ("settings", "start", "actions", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_reminders_across_the_day(
    settings: ReminderSettings, start: str, actions: list[tuple[str, object]], expected: list[str]
) -> None:
    sim = Sim(settings, start)
    for action in actions:
        sim.do(action)
    assert sim.summary() == expected


@pytest.mark.parametrize(
    ("day", "at", "expected_local"),
    [
        (date(2026, 3, 29), time(2, 0), "2026-03-29T03:00:00+02:00"),  # the gap's start
        (date(2026, 3, 29), time(2, 59), "2026-03-29T03:00:00+02:00"),
        (date(2026, 3, 29), time(3, 0), "2026-03-29T03:00:00+02:00"),
        (date(2026, 3, 29), time(1, 59), "2026-03-29T01:59:00+01:00"),
        (date(2026, 10, 25), time(2, 30), "2026-10-25T02:30:00+02:00"),  # the first of two
        (date(2026, 10, 25), time(3, 0), "2026-10-25T03:00:00+01:00"),
    ],
)
def test_instant_handles_daylight_saving(day: date, at: time, expected_local: str) -> None:
    assert instant(day, at, BERLIN).astimezone(BERLIN).isoformat() == expected_local


def test_the_wait_is_the_deadline_not_a_tick() -> None:
    clock = FakeClock()
    scheduler = ReminderScheduler(TWICE, local("2026-03-30 09:00"), clock.now())
    assert scheduler.poll(local("2026-03-30 09:00"), clock.now()).wait_s == 90 * 60
    # Across the spring change the wall clock skips an hour: Sunday 00:00 to 10:30 is 9.5 real hours.
    every_day = ReminderSettings(times=(time(10, 30),), weekdays=EVERY_DAY)
    scheduler = ReminderScheduler(every_day, local("2026-03-29 00:00"), clock.now())
    assert scheduler.poll(local("2026-03-29 00:00"), clock.now()).wait_s == 9.5 * 3600
    assert math.isinf(
        ReminderScheduler(ReminderSettings(enabled=False), local("2026-03-29 00:00"), 0)
        .poll(local("2026-03-29 00:00"), 0)
        .wait_s
    )


def test_a_late_poll_still_shows_the_reminder_once() -> None:
    clock = FakeClock()
    scheduler = ReminderScheduler(TWICE, local("2026-03-30 10:00"), clock.now())
    clock.advance(31 * 60)  # a busy event loop polled a minute late
    first = scheduler.poll(local("2026-03-30 10:31"), clock.now())
    assert first.reminder is not None and not first.reminder.missed
    clock.advance(1)
    assert scheduler.poll(local("2026-03-30 10:31:01"), clock.now()).reminder is None


def test_sleep_is_reported() -> None:
    clock = FakeClock()
    scheduler = ReminderScheduler(TWICE, local("2026-03-30 08:00"), clock.now())
    clock.advance(60)
    assert scheduler.poll(local("2026-03-30 08:01"), clock.now()).slept_s == 0
    assert scheduler.poll(local("2026-03-30 09:01"), clock.now()).slept_s == 3600


def test_settings_changes_start_from_now() -> None:
    clock = FakeClock()
    scheduler = ReminderScheduler(ReminderSettings(enabled=False), local("2026-03-30 10:00"), clock.now())
    clock.advance(3600)
    scheduler.update_settings(TWICE, local("2026-03-30 11:00"), clock.now())  # 10:30 has passed: not shown
    assert scheduler.poll(local("2026-03-30 11:00"), clock.now()).reminder is None
    assert scheduler.next_scheduled(local("2026-03-30 11:00")) == local("2026-03-30 15:30")


def test_snooze_today_ends_at_local_midnight_on_a_daylight_saving_day() -> None:
    assert start_of_next_day(local("2026-03-29 12:00")).astimezone(BERLIN).isoformat() == "2026-03-30T00:00:00+02:00"
    assert start_of_next_day(local("2026-10-25 01:00")).astimezone(BERLIN).isoformat() == "2026-10-26T00:00:00+01:00"


def test_occurrences_are_in_the_half_open_window() -> None:
    found = occurrences(TWICE, local("2026-03-30 10:30"), local("2026-03-31 10:30"), BERLIN)
    assert [m.astimezone(BERLIN).strftime("%d %H:%M") for m in found] == ["30 15:30", "31 10:30"]


def test_settings_round_trip_and_tolerate_bad_values() -> None:
    settings = ReminderSettings(times=(time(15, 0), time(9, 5)), weekdays=frozenset({0, 6}), breaks_enabled=True)
    assert ReminderSettings.from_values(settings.to_values()) == settings
    assert settings.times == (time(9, 5), time(15, 0))
    messy = ReminderSettings.from_values(
        {"times": ["7:00", "nonsense", "25:00"], "weekdays": [1, 9, "x"], "break_after_min": "2"}
    )
    assert messy.weekdays == frozenset({1})
    assert messy.break_after_min == 5
    assert ReminderSettings.from_values({}) == ReminderSettings()
    with pytest.raises(ValueError):
        ReminderSettings(break_after_min=1)


@pytest.mark.parametrize(
    ("days", "label"),
    [
        (range(7), "Every day"),
        (range(5), "Weekdays"),
        ({5, 6}, "Weekends"),
        ({0, 2, 4}, "Mon, Wed, Fri"),
        ((), "No days"),
    ],
)
def test_weekdays_label(days: set[int], label: str) -> None:
    assert weekdays_label(days) == label


def test_a_held_reminder_is_looked_for_every_few_seconds_and_a_due_break_never_spins() -> None:
    clock = FakeClock()
    scheduler = ReminderScheduler(BREAKS_ONLY, local("2026-03-30 09:00"), clock.now())
    clock.advance(3600)  # a break is due, but a window is full screen
    decision = scheduler.poll(local("2026-03-30 10:00"), clock.now(), Desktop(idle_s=0, full_screen=True))
    assert decision.reminder is None and decision.holds == (Hold.FULL_SCREEN,)
    assert decision.wait_s == HOLD_PROBE_S
    assert scheduler.holds == (Hold.FULL_SCREEN,)
    clock.advance(HOLD_PROBE_S)
    decision = scheduler.poll(local("2026-03-30 10:00:05"), clock.now(), Desktop(idle_s=0))
    assert decision.reminder is not None and decision.reminder.kind is ReminderKind.SITTING_BREAK
    assert decision.holds == ()


def test_the_reasons_come_in_the_order_the_person_is_told() -> None:
    clock = FakeClock()
    scheduler = ReminderScheduler(TWICE, local("2026-03-30 09:00"), clock.now())
    scheduler.pause(600, local("2026-03-30 09:00"))
    desktop = Desktop(idle_s=0, locked=True, full_screen=True, do_not_disturb=True)
    holds = scheduler.poll(local("2026-03-30 09:00"), clock.now(), desktop).holds
    assert holds == (Hold.LOCKED, Hold.PAUSED, Hold.FULL_SCREEN, Hold.DO_NOT_DISTURB)


def test_the_return_says_how_long_the_person_was_away() -> None:
    clock = FakeClock()
    scheduler = ReminderScheduler(TWICE, local("2026-03-30 09:00"), clock.now())
    clock.advance(20 * 60)
    assert scheduler.poll(local("2026-03-30 09:20"), clock.now(), Desktop(idle_s=20 * 60)).holds == (Hold.AWAY,)
    clock.advance(10 * 60)  # input came back 30 s ago
    back = scheduler.poll(local("2026-03-30 09:30"), clock.now(), Desktop(idle_s=30))
    assert back.returned_after_s == 29.5 * 60 and back.holds == ()


def test_the_scheduler_looks_when_the_idle_time_would_reach_the_away_length() -> None:
    clock = FakeClock()
    scheduler = ReminderScheduler(TWICE, local("2026-03-30 09:00"), clock.now())
    assert scheduler.poll(local("2026-03-30 09:00"), clock.now(), Desktop(idle_s=120)).wait_s == 180


def test_pauses_and_snoozes_have_limits() -> None:
    scheduler = ReminderScheduler(TWICE, local("2026-03-30 09:00"), 0)
    with pytest.raises(ValueError):
        scheduler.pause(0, local("2026-03-30 09:00"))
    with pytest.raises(ValueError):
        scheduler.pause(25 * 3600, local("2026-03-30 09:00"))
    with pytest.raises(ValueError):
        scheduler.snooze_minutes(0, local("2026-03-30 09:00"))
    assert scheduler.snooze_minutes(45, local("2026-03-30 09:00")) == local("2026-03-30 09:45").astimezone(UTC)


@pytest.mark.parametrize(
    ("stored", "away_min"), [({}, 5), ({"away_min": 12}, 12), ({"away_min": 0}, 1), ({"away_min": "x"}, 5)]
)
def test_the_away_length_is_stored_and_read_back_within_its_range(stored: dict[str, object], away_min: int) -> None:
    settings = ReminderSettings.from_values(stored)
    assert settings.away_min == away_min
    assert ReminderSettings.from_values(settings.to_values()) == settings
