"""HipDesk's preferences: one declared schema, read and written typed, with a version and upgrade steps.

Each preference is declared once below (its storage key, its type, its default and, where it has one, its range or
choices), the way Picard declares its options and Vorta its settings. Nothing else in HipDesk spells a key: code asks
``preferences.get(SOUND_ON)`` and gets a bool. A stored value that does not read as its type (edited by hand, written
by a HipDesk that no longer exists) reads as the default and is logged, never a crash.

Values live in the database's ``settings`` table as JSON (they travel with the history); the window's size and
place are the only thing kept in ``settings.ini`` (QSettings; an earlier HipDesk kept the safety notice's answer there
too, and the main window moves it here). ``SCHEMA_VERSION`` counts the schema's changes; :meth:`Preferences.upgrade`
runs the steps from the stored version to this one at start-up.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any, Generic, Protocol, TypeVar

from hipdesk.content.builtin_routines import DESK_FIVE_ID
from hipdesk.domain.health import HealthProfile
from hipdesk.domain.i18n import Language
from hipdesk.domain.reminders import ReminderSettings
from hipdesk.domain.weekly import DEFAULT_WEEKLY_GOAL_MIN, WEEKLY_GOAL_RANGE_MIN, weekly_goal

log = logging.getLogger(__name__)

T = TypeVar("T")


class PreferenceStore(Protocol):
    """Where the values live: a key to JSON store (the settings repository)."""

    def get(self, key: str, default: Any = None) -> Any: ...

    def put(self, key: str, value: Any) -> None: ...


class BadValue(ValueError):
    """A value that is not what its preference holds."""


@dataclass(frozen=True)
class Pref(Generic[T]):
    """One preference: where it is stored, what it holds and what it is when nothing (or nothing readable) is.

    ``read`` turns a stored JSON value into the typed value (raising :class:`BadValue` for one it cannot take);
    ``write`` turns the typed value into JSON. ``describe`` says what it holds, for the schema's documentation.
    ``local_only``: it means something only on the computer that stored it (it stays out of data exports).
    """

    key: str
    default: T
    read: Callable[[object], T]
    write: Callable[[T], object]
    describe: str
    about: str
    local_only: bool = False


def _flag(value: object) -> bool:
    if not isinstance(value, bool):
        raise BadValue(f"expected true or false, got {value!r}")
    return value


def flag(key: str, default: bool, about: str) -> Pref[bool]:
    return Pref(key, default, _flag, lambda v: bool(v), "true or false", about)


def whole(key: str, default: int, bounds: tuple[int, int], about: str, *, local_only: bool = False) -> Pref[int]:
    low, high = bounds

    def read(value: object) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise BadValue(f"expected a whole number, got {value!r}")
        if not low <= value <= high:
            raise BadValue(f"expected {low} to {high}, got {value}")
        return value

    return Pref(key, default, read, read, f"a whole number from {low} to {high}", about, local_only)


def choice(key: str, default: str, choices: tuple[str, ...], about: str) -> Pref[str]:
    def read(value: object) -> str:
        if value not in choices:
            raise BadValue(f"expected one of {', '.join(choices)}, got {value!r}")
        assert isinstance(value, str)
        return value

    return Pref(key, default, read, read, f"one of {', '.join(choices)}", about)


def text(key: str, default: str, about: str, max_len: int = 200) -> Pref[str]:
    def read(value: object) -> str:
        if not isinstance(value, str) or len(value) > max_len:
            raise BadValue(f"expected text of at most {max_len} characters, got {value!r}")
        return value

    return Pref(key, default, read, read, f"text (at most {max_len} characters)", about)


def structured(
    key: str,
    default: T,
    from_values: Callable[[Mapping[str, Any]], T],
    to_values: Callable[[T], Mapping[str, Any]],
    about: str,
) -> Pref[T]:
    """A preference stored as a JSON object; ``from_values`` keeps the default for any part it cannot read."""

    def read(value: object) -> T:
        if not isinstance(value, Mapping):
            raise BadValue(f"expected an object, got {value!r}")
        return from_values(value)

    return Pref(key, default, read, lambda v: dict(to_values(v)), "an object", about)


def _weekly_goal_pref() -> Pref[int]:
    low, high = WEEKLY_GOAL_RANGE_MIN

    def read(value: object) -> int:
        if isinstance(value, bool) or not isinstance(value, int | float | str):
            raise BadValue(f"expected a number of minutes, got {value!r}")
        return weekly_goal(value)  # rounded and kept within the range (a word reads as the default)

    def write(value: int) -> int:
        if not low <= value <= high:
            raise BadValue(f"expected {low} to {high} minutes, got {value}")
        return value

    return Pref(
        "weekly_goal_min",
        DEFAULT_WEEKLY_GOAL_MIN,
        read,
        write,
        f"minutes a week, {low} to {high}",
        "the weekly goal History draws its bars against",
    )


# ---- the schema ---------------------------------------------------------------------------------------------------

WEEKLY_GOAL_MIN = _weekly_goal_pref()
SOUND_ON = flag("cues/sound", True, "the player's beeps")
VOICE_ON = flag("cues/voice", True, "the player's voice")
LIBRARY_VIEW = choice("library.view_mode", "grid", ("grid", "list"), "the Library tab shows cards or a list")
REMINDERS = structured(
    "reminders",
    ReminderSettings(),
    ReminderSettings.from_values,
    ReminderSettings.to_values,
    "when reminders come: the switch, times, weekdays, sitting breaks",
)
DEFAULT_ROUTINE = text("default_routine", DESK_FIVE_ID, "the routine a reminder starts (a routine id)")
TRAY_NOTICE_SHOWN = flag(
    "companion/tray_notice_shown", False, "HipDesk has said once that it keeps running in the tray"
)
NEXT_DAY_SKIPPED = whole(
    "pain/next_day_skipped",
    0,
    (0, 2**62),
    "the session whose next-day pain question was skipped (0: none)",
    local_only=True,  # it names a session by its row number in this computer's database
)
HEALTH_PROFILE = structured(
    "health_profile",
    HealthProfile(),
    HealthProfile.from_values,
    HealthProfile.to_values,
    "what the person chose to tell about their health (hip replacement, pregnancy...)",
)
ON_TOP_NOTE_SHOWN = flag(
    "mini_player/on_top_note_shown", False, "HipDesk has said once that this desktop does not keep windows on top"
)
PHOTO_CONSENT = flag("photos/consented", False, "the person agreed to keep check photos in the data folder")
SAFETY_NOTICE_READ = flag(
    "safety/acknowledged", False, 'the person pressed "I have read this" on the first-start safety notice'
)

# The language HipDesk speaks: "" follows the desktop's; applied when HipDesk next starts.
LANGUAGE = replace(
    choice(
        "language",
        "",
        ("", *(language.value for language in Language)),
        "the language HipDesk's content and voice are in, chosen in Settings",
    ),
    describe='"" (follow the desktop) or a language code: ' + ", ".join(language.value for language in Language),
)

SCHEMA: tuple[Pref[Any], ...] = (
    WEEKLY_GOAL_MIN,
    SOUND_ON,
    VOICE_ON,
    LIBRARY_VIEW,
    REMINDERS,
    DEFAULT_ROUTINE,
    TRAY_NOTICE_SHOWN,
    ON_TOP_NOTE_SHOWN,
    NEXT_DAY_SKIPPED,
    HEALTH_PROFILE,
    PHOTO_CONSENT,
    SAFETY_NOTICE_READ,
    LANGUAGE,
)

VERSION_KEY = "preferences/version"
SCHEMA_VERSION = 2
# Keys earlier HipDesks stored that nothing reads any more (an upgrade step clears them).
RETIRED_KEYS = ("cues/muted",)  # the mute key (M) now lasts one session


# ---- upgrade steps ------------------------------------------------------------------------------------------------


def _to_1(store: PreferenceStore) -> None:
    """Version 1, the first declared schema: a stored value that does not read as its type (written by hand, or by
    an earlier HipDesk that stored some looser forms) is removed, so its default applies; it is logged first."""
    for pref in SCHEMA:
        stored = store.get(pref.key)
        if stored is None:
            continue
        try:
            pref.read(stored)
        except BadValue as exc:
            log.warning("preference %s: %s; it is reset to %r", pref.key, exc, pref.default)
            store.put(pref.key, None)  # stored as nothing (dated, so a merge of two computers keeps the reset)


def _to_2(store: PreferenceStore) -> None:
    """Version 2: mute (M) lasts one session, so the mute an earlier HipDesk remembered is cleared (it would
    otherwise ride along in data exports, and nothing reads it)."""
    for key in RETIRED_KEYS:
        if store.get(key) is not None:
            store.put(key, None)


# Step n takes a store at version n - 1 to version n.
UPGRADES: dict[int, Callable[[PreferenceStore], None]] = {1: _to_1, 2: _to_2}


# ---- reading and writing ------------------------------------------------------------------------------------------


class Preferences:
    """Typed access to the preferences in ``store``."""

    def __init__(self, store: PreferenceStore) -> None:
        self._store = store

    def get(self, pref: Pref[T]) -> T:
        stored = self._store.get(pref.key)
        if stored is None:
            return pref.default
        try:
            return pref.read(stored)
        except BadValue as exc:
            log.warning("preference %s: %s; using %r", pref.key, exc, pref.default)
            return pref.default

    def set(self, pref: Pref[T], value: T) -> None:
        """Store ``value``; raises BadValue for one the preference does not hold (nothing is stored then)."""
        written = pref.write(value)
        pref.read(written)  # what is stored must read back
        self._store.put(pref.key, written)

    def reset(self, pref: Pref[Any]) -> None:
        """Back to the default (nothing is stored for it)."""
        self._store.put(pref.key, None)

    def version(self) -> int:
        stored = self._store.get(VERSION_KEY)
        return stored if isinstance(stored, int) and not isinstance(stored, bool) else 0

    def upgrade(self) -> list[int]:
        """Run the upgrade steps from the stored version to ``SCHEMA_VERSION``; returns the versions reached.

        A store written by a newer HipDesk (a higher version) is left as it is: its known keys still read.
        """
        start = self.version()
        done: list[int] = []
        for version in range(start + 1, SCHEMA_VERSION + 1):
            UPGRADES[version](self._store)
            self._store.put(VERSION_KEY, version)
            done.append(version)
            log.info("preferences upgraded to version %d", version)
        return done
