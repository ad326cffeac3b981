"""After a session, and again the day after: suggest what to do with the routine next time, and change it only when
the person accepts.

The rules live in :mod:`hipdesk.domain.progression`; this listens to ``session_reflected`` (the summary's "how did
it feel" was saved), reads the routine's recent sessions, and shows the suggestion with its reason in a small window
that does not block anything. Accepting saves the changed routine as a new version (a built-in routine is copied
first), so history keeps the version played.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from hipdesk.domain.progression import Direction, ProgressionSuggestion, suggest_next
from hipdesk.domain.routine import Routine
from hipdesk.ui.plain_text import PlainLabel
from hipdesk.ui.services import Services
from hipdesk.ui.theme import style
from hipdesk.usecases.health_profile import read_health_profile

# The direction's colour, by name in hipdesk.ui.theme: green to progress, the text's own to hold, amber to step back.
DIRECTION_COLOURS = {Direction.PROGRESS: "success", Direction.HOLD: "text", Direction.STEP_BACK: "caution"}


class ProgressionPanel(QDialog):
    """The suggestion, its reason and its changes, with "Apply" and "Not now" (or "OK" when nothing changes).

    Signals: accepted() when applied, rejected() otherwise (QDialog's own).
    """

    def __init__(self, suggestion: ProgressionSuggestion, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.suggestion = suggestion
        self.setObjectName("progressionPanel")
        self.setWindowTitle(self.tr("Next time"))
        self.setModal(False)
        self.setWindowModality(Qt.WindowModality.NonModal)
        direction = suggestion.direction
        title = PlainLabel(direction.label)
        title.setObjectName("progressionDirection")
        style(
            title, "font-size: {size:1.55}; font-weight: 600; color: {tone};", tone=f"@{DIRECTION_COLOURS[direction]}"
        )
        title.setAccessibleName(f"{direction.label}: {suggestion.routine.name}")  # the domain's words and a name
        routine_name = PlainLabel(suggestion.routine.name)
        routine_name.setObjectName("progressionRoutine")
        style(routine_name, "color: {muted};")
        self.reason = PlainLabel(suggestion.reason)
        self.reason.setObjectName("progressionReason")
        self.reason.setWordWrap(True)
        self.reason.setAccessibleName(self.tr("Why"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(routine_name)
        layout.addWidget(self.reason)
        self.change_labels: list[QLabel] = []
        if suggestion.has_changes:
            heading = QLabel(self.tr("<b>For next time</b>"))
            layout.addWidget(heading)
            changes = QVBoxLayout()
            changes.setSpacing(3)
            for change in suggestion.changes:
                label = PlainLabel(f"•  {change.text}")
                label.setWordWrap(True)
                label.setAccessibleName(change.text)
                changes.addWidget(label)
                self.change_labels.append(label)
            layout.addLayout(changes)
            note = QLabel(self.tr("Your earlier version stays in your history."))
            style(note, "color: {muted};")
            layout.addWidget(note)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        if suggestion.has_changes:
            self.apply_button: QPushButton | None = QPushButton(self.tr("&Apply to the routine"))
            self.apply_button.setAccessibleName(self.tr("Apply these changes to the routine"))
            self.apply_button.setDefault(True)
            self.apply_button.clicked.connect(self.accept)
            later = QPushButton(self.tr("&Not now"))
            later.setAccessibleName(self.tr("Keep the routine as it is"))
            later.clicked.connect(self.reject)
            buttons.addWidget(later)
            buttons.addWidget(self.apply_button)
        else:
            self.apply_button = None
            ok = QPushButton(self.tr("&OK"))
            ok.setAccessibleName(self.tr("Close"))
            ok.setDefault(True)
            ok.clicked.connect(self.reject)
            buttons.addWidget(ok)
        layout.addLayout(buttons)
        self.setMinimumWidth(420)


class ProgressionController(QObject):
    """Listens to ``session_reflected`` and offers the next step for the routine just played.

    Signals:
    suggestion_shown(object): a hipdesk.domain.progression.ProgressionSuggestion is on screen.
    applied(object): the person accepted; the stored hipdesk.domain.routine.Routine (a new version or a copy).
    """

    suggestion_shown = Signal(object)
    applied = Signal(object)

    def __init__(self, services: Services, window: QWidget | None = None) -> None:
        super().__init__(window)
        self.services = services
        self.window = window
        self.panel: ProgressionPanel | None = None
        services.events.session_reflected.connect(self.consider)
        services.events.next_day_rated.connect(self.reconsider)

    def _routine(self, routine_id: str) -> Routine | None:
        user = self.services.routines.get(routine_id)
        if user is not None:
            return user
        return next((r for r in self.services.builtin_routines if r.id == routine_id), None)

    def suggestion_for(self, session_id: int) -> ProgressionSuggestion | None:
        """The suggestion after this session, or None (no routine, or the session has not been rated yet)."""
        found = self.services.progress.routine_of(session_id)
        if found is None or not found[0]:
            return None
        routine = self._routine(found[0])
        if routine is None:
            return None
        outcomes = self.services.progress.outcomes(found[0], up_to_session=session_id)
        if not outcomes or outcomes[-1].feeling is None:
            return None  # asked again once the session has its "how did it feel"
        older_adult = read_health_profile(self.services.settings).older_adult
        return suggest_next(routine, outcomes, self.services.library, older_adult=older_adult)

    def consider(self, session_id: int) -> ProgressionSuggestion | None:
        suggestion = self.suggestion_for(session_id)
        if suggestion is not None:
            self.show(suggestion)
        return suggestion

    def reconsider(self, session_id: int) -> ProgressionSuggestion | None:
        """The day after: the session's next-day check is in, so a step forward (or back) may now be due. Shown only
        when it changes something; "stay here" was already said after the session."""
        suggestion = self.suggestion_for(session_id)
        if suggestion is not None and suggestion.direction is not Direction.HOLD:
            self.show(suggestion)
            return suggestion
        return None

    def show(self, suggestion: ProgressionSuggestion) -> ProgressionPanel:
        if self.panel is not None:
            self.panel.close()
            self.panel.deleteLater()
        panel = ProgressionPanel(suggestion, self.window)
        panel.accepted.connect(lambda: self.apply(suggestion))
        self.panel = panel
        panel.show()
        self.suggestion_shown.emit(suggestion)
        return panel

    def apply(self, suggestion: ProgressionSuggestion) -> Routine:
        """Save the changed routine as a new version; a built-in routine becomes a new user routine."""
        changed = suggestion.applied()
        routines = self.services.routines
        if changed.builtin:
            copy_name = self.tr("{routine} (next step)").format(routine=changed.name)
            stored = routines.duplicate(changed, name=routines.free_name(copy_name))
        else:
            stored = routines.save(changed)
        self.services.events.routines_changed.emit()
        self.applied.emit(stored)
        return stored
