"""A routine file through HipDesk's real views: imported (read and saved), listed, hovered, exported, played and
found in History, with every view walked for data drawn as markup.

``python -m tests.gui.hostile_desk FILE`` does it in a process of its own (offscreen, with a throwaway data folder)
and prints what it found as JSON: the test that feeds it ``<img src=/dev/zero>`` runs it that way, under a memory
limit, so a regression ends that process with the very ``std::bad_alloc`` the routine used to cause instead of
eating the machine's memory.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from hipdesk.content.routine_file import read_routine_file
from hipdesk.domain.routine import Routine
from hipdesk.domain.weekly import week_start
from hipdesk.ui.history.history_view import HistoryView
from hipdesk.ui.library.library_view import LibraryView
from hipdesk.ui.player.player_view import PlayerView
from hipdesk.ui.routines.routines_view import RoutinesView
from hipdesk.ui.services import Services
from hipdesk.usecases.custom_exercises import refresh_custom_exercises
from hipdesk.usecases.routine_files import NameChoice
from tests.gui.hostile import Walk, hover_routine, walk


@dataclass
class Outcome:
    """What became of one file: the routine stored from it, or the message that refused it; and the walks."""

    stored: Routine | None
    message: str
    walked: Walk = field(default_factory=Walk)
    exported: Routine | None = None  # the export, read back


class HostileDesk:
    """The Routines, Player and History tabs over one set of services, shown offscreen."""

    def __init__(self, services: Services) -> None:
        self.services = services
        # As the main window does, first: a routine's own exercises join the library before any view lists them.
        services.events.routines_changed.connect(
            lambda: refresh_custom_exercises(services.library, services.routines, services.data)
        )
        self.routines = RoutinesView(services)
        self.routines.choose_on_clash = lambda _file: NameChoice.COPY  # the name is taken: "Import as a copy"
        self.player = PlayerView(services, voice_engine=None)
        self.history = HistoryView(services)
        self.library = LibraryView(services)
        self.views: tuple[QWidget, ...] = (self.routines, self.player, self.history, self.library)
        for view in self.views:
            view.resize(1100, 720)
            view.show()
        QApplication.processEvents()

    def close(self) -> None:
        for view in self.views:
            view.close()
            view.deleteLater()

    def run(self, path: Path, export_to: Path) -> Outcome:
        """Import ``path``; when it is stored, list, hover, export, play and find it in History, then delete it."""
        routines = self.services.routines
        before = routines.all()
        stored = self.routines.import_from(path)
        outcome = Outcome(stored, self.routines.editor.message.text())
        outcome.walked.add(walk(self.routines))
        if stored is None:
            assert routines.all() == before, "a refused file changed the stored routines"
            return outcome
        outcome.walked.add(hover_routine(self.routines, stored.id))
        self.routines.select_routine(stored.id)
        for exercise in stored.exercises:  # the file brought exercises of its own: their cards and details
            self.library.open_exercise(exercise.id)
            outcome.walked.add(walk(self.library))
        if self.routines.editor.export_to(export_to):
            outcome.exported = read_routine_file(export_to, self.services.library)
        outcome.walked.add(walk(self.routines))
        self.player.refresh_routines()
        outcome.walked.add(walk(self.player))  # the start screen lists it, its description in the tooltip
        self.player.play(stored)
        controller = self.player.controller
        assert controller is not None and controller.is_active, "the routine did not play"
        outcome.walked.add(walk(self.player))  # the session screen names it
        controller.end()
        outcome.walked.add(walk(self.player))  # and the summary
        self.player.summary_view.save_button.click()
        self.history.select_week(week_start(self.services.wall.today()))
        outcome.walked.add(walk(self.history))  # the week's sessions, the name and its tooltip
        routines.delete(stored.id)
        self.services.events.routines_changed.emit()
        return outcome


def main(argv: list[str]) -> int:
    """Run one file through a fresh HipDesk; print the outcome as JSON. Exit 0 when it ran to the end."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from hipdesk.app import build_services
    from hipdesk.clock import FakeClock, FakeWallClock
    from hipdesk.content.exercises import default_exercises_dir, load_library
    from hipdesk.paths import Paths
    from hipdesk.storage.db import open_database
    from tests.clocks import TEST_NOW

    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        paths = Paths.resolve(Path(folder) / "data")
        paths.ensure()
        clock = FakeClock()
        wall = FakeWallClock(TEST_NOW, follow=clock)
        database = open_database(paths.database, paths.backups, wall)
        services = build_services(paths, database, load_library(default_exercises_dir()), clock=clock, wall=wall)
        desk = HostileDesk(services)
        outcome = desk.run(Path(argv[0]), Path(folder) / "exported.hipdesk-routine.json")
        desk.close()
        app.processEvents()
        database.dispose()
    report = {
        "stored": outcome.stored.name if outcome.stored else None,
        "message": outcome.message,
        "problems": outcome.walked.problems,
        "shown": len(outcome.walked.shown),
        "exported": outcome.exported.name if outcome.exported else None,
    }
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
