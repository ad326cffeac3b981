"""Application-wide notifications between tabs, so no tab reaches into another."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppEvents(QObject):
    """Signals:
    session_finished(int): a session ended and was saved (complete or partial); its id. Emitted once per session.
    session_reflected(int): the summary's "how did it feel" (feeling, notes, pain after) was saved for this session.
    routines_changed(): a user routine was created, edited, deleted or imported.
    checks_recorded(str): weekly check values were saved for the week starting on this ISO date.
    settings_changed(): a preference changed (weekly goal, cues, reminders).
    next_day_rated(int): the day-after pain rating of this session was saved.
    day_changed(object): the calendar day changed (a datetime.date) while HipDesk was open.
    data_imported(): a data file was merged in: sessions, ratings, checks, favourites may all have changed.
    play_requested(object): play this hipdesk.domain.routine.Routine in the player (switches to the Player tab).
    add_to_routine_requested(str): add this exercise id to a user routine (switches to the Routines tab).
    """

    session_finished = Signal(int)
    session_reflected = Signal(int)
    routines_changed = Signal()
    checks_recorded = Signal(str)
    settings_changed = Signal()
    next_day_rated = Signal(int)
    day_changed = Signal(object)
    data_imported = Signal()
    play_requested = Signal(object)
    add_to_routine_requested = Signal(str)
