"""What the composition root hands to the UI: repositories and loaded content, never a database session."""

from __future__ import annotations

from dataclasses import dataclass, field

from hipdesk.clock import Clock, WallClock
from hipdesk.domain.library import Library
from hipdesk.domain.routine import Routine
from hipdesk.paths import Paths
from hipdesk.storage.check_repository import CheckRepository
from hipdesk.storage.data_repository import DataRepository
from hipdesk.storage.history_repository import HistoryRepository
from hipdesk.storage.photo_repository import PhotoRepository
from hipdesk.storage.progress_repository import ProgressRepository
from hipdesk.storage.routine_repository import RoutineRepository
from hipdesk.storage.session_repository import SessionRepository
from hipdesk.storage.settings_repository import SettingsRepository
from hipdesk.ui.events import AppEvents
from hipdesk.usecases.preferences import Preferences


@dataclass
class Services:
    paths: Paths
    clock: Clock  # monotonic: times steps, countdowns and reminders' sitting time
    wall: WallClock  # the calendar: every "now", "today" and the local zone
    library: Library
    settings: SettingsRepository  # favourites; preferences are read through ``preferences``
    preferences: Preferences  # typed, by the declared schema
    routines: RoutineRepository
    builtin_routines: tuple[Routine, ...]  # read-only, from resources/routines
    history: HistoryRepository  # the read side of sessions, steps, pain ratings and checks
    sessions: SessionRepository  # the write side of history: sessions, steps, pain ratings
    checks: CheckRepository  # weekly mobility check values
    progress: ProgressRepository  # recent session outcomes, for progression suggestions
    data: DataRepository  # every record at once: export all data, import and merge
    photos: PhotoRepository  # photos check angles were measured on (files in paths.photos)
    # New repositories go above this line (built in hipdesk.app.build_services).
    events: AppEvents = field(default_factory=AppEvents)
