"""The desk companion's preferences, and the start-at-login entry.

The preferences themselves (their keys, types and defaults) are declared once in :mod:`hipdesk.usecases.preferences`;
these helpers read and write the companion's through it, so every part of HipDesk reads the same switch.
"""

from __future__ import annotations

import logging
import os
import shlex
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from hipdesk import APP_ID, APP_NAME
from hipdesk.atomic_files import atomic_text_file
from hipdesk.content.builtin_routines import DESK_FIVE_ID
from hipdesk.domain.reminders import ReminderSettings
from hipdesk.domain.routine import Routine
from hipdesk.storage.errors import StorageError
from hipdesk.usecases.preferences import (
    DEFAULT_ROUTINE,
    LANGUAGE,
    REMINDERS,
    SOUND_ON,
    TRAY_NOTICE_SHOWN,
    VOICE_ON,
    WEEKLY_GOAL_MIN,
    Preferences,
    PreferenceStore,
)

if TYPE_CHECKING:
    from hipdesk.ui.services import Services

log = logging.getLogger(__name__)

DEFAULT_ROUTINE_ID = DESK_FIVE_ID
__all__ = ["DEFAULT_ROUTINE", "LANGUAGE", "REMINDERS", "SOUND_ON", "TRAY_NOTICE_SHOWN", "VOICE_ON", "WEEKLY_GOAL_MIN"]


def load_reminder_settings(store: PreferenceStore) -> ReminderSettings:
    return Preferences(store).get(REMINDERS)


def save_reminder_settings(store: PreferenceStore, settings: ReminderSettings) -> None:
    Preferences(store).set(REMINDERS, settings)


def weekly_goal_min(store: PreferenceStore) -> int:
    return Preferences(store).get(WEEKLY_GOAL_MIN)


def choose_routine(routines: Sequence[Routine], routine_id: str | None) -> Routine | None:
    """The routine with this id, else Desk five, else the first one."""
    by_id = {r.id: r for r in routines}
    return by_id.get(routine_id or "") or by_id.get(DEFAULT_ROUTINE_ID) or (routines[0] if routines else None)


# ---- start at login (XDG autostart) ------------------------------------------------------------------------------
def autostart_file() -> Path:
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "autostart" / f"{APP_ID}.desktop"


def _quote(arg: str) -> str:
    """One Exec argument, quoted as the desktop entry specification asks."""
    if arg and not any(c in arg for c in " \t\n\"'\\><~|&;$*?#()`"):
        return arg.replace("%", "%%")
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in arg)
    return '"' + escaped.replace("%", "%%") + '"'


def platform_data_dir() -> Path:
    """The data folder a start at login uses: the platform's, since HIPDESK_DATA_DIR is not set then."""
    import appdirs

    return Path(appdirs.user_data_dir(APP_NAME, appauthor=False))


def launch_command(data_dir: Path | None = None) -> list[str]:
    """How to start this HipDesk again: the bundle, the installed command, or this Python with ``-m hipdesk``."""
    if getattr(sys, "frozen", False):
        command = [sys.executable]
    elif installed := shutil.which("hipdesk"):
        command = [installed]
    else:
        command = [sys.executable, "-m", "hipdesk"]
    if data_dir is not None and data_dir.resolve() != platform_data_dir().resolve():
        command += ["--data-dir", str(data_dir)]
    return command


def autostart_command(data_dir: Path | None = None) -> list[str]:
    """What a start at login runs: HipDesk, waiting in the tray (it shows its window where there is no tray)."""
    return [*launch_command(data_dir), "--minimized"]


def autostart_entry(command: Sequence[str]) -> str:
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        f"Name={APP_NAME}\n"
        "Comment=Reminders for five minutes of hip mobility, twice a day\n"
        f"Exec={' '.join(_quote(a) for a in command)}\n"
        f"Icon={APP_ID}\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def autostart_enabled() -> bool:
    return autostart_file().is_file()


def autostart_current(command: Sequence[str]) -> bool:
    """The entry exists and runs exactly ``command`` (an entry from an earlier HipDesk may not)."""
    try:
        return autostart_file().read_text(encoding="utf-8") == autostart_entry(command)
    except OSError:
        return False


def set_autostart(on: bool, command: Sequence[str]) -> Path:
    """Write or remove the entry (atomically; removing a missing entry is fine). Returns its path."""
    path = autostart_file()
    if on:
        path.parent.mkdir(parents=True, exist_ok=True)
        with atomic_text_file(path) as fh:
            fh.write(autostart_entry(command))
    else:
        path.unlink(missing_ok=True)
    return path


def command_line(command: Sequence[str]) -> str:
    """The command for people to read (shell quoting)."""
    return shlex.join(command)


def all_routines(services: Services) -> list[Routine]:
    """The built-in routines, then the user's own (a broken database read leaves just the built-in ones)."""
    routines = list(services.builtin_routines)
    try:
        routines += services.routines.all()
    except StorageError as exc:  # the companion must keep working; the Routines tab reports database problems
        log.warning("could not list the user's routines: %s", exc)
    return routines


def default_routine(services: Services) -> Routine | None:
    return choose_routine(all_routines(services), services.preferences.get(DEFAULT_ROUTINE))
