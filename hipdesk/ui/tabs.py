"""The main window's tabs. Each factory imports its view only when the tab is first needed,
so slow imports (the figure engine, the cue modules, History's charts) wait until after the first paint."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from hipdesk.domain.words import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from hipdesk.ui.services import Services


@dataclass(frozen=True)
class TabSpec:
    key: str
    english_title: str  # with its mnemonic; marked for translation, translated when shown
    factory: Callable[[Services], QWidget]

    @property
    def title(self) -> str:
        """The tab's title in the interface's language, with its mnemonic ("&Library")."""
        return QCoreApplication.translate("Tabs", self.english_title)


def _library(services: Services) -> QWidget:
    from hipdesk.ui.library.library_view import LibraryView

    return LibraryView(services)


def _routines(services: Services) -> QWidget:
    from hipdesk.ui.routines.routines_view import RoutinesView

    return RoutinesView(services)


def _player(services: Services) -> QWidget:
    from hipdesk.ui.player.player_view import PlayerView  # the figure engine and the cue modules load here

    return PlayerView(services)


def _history(services: Services) -> QWidget:
    from hipdesk.ui.history.history_view import HistoryView  # its QPainter charts load when the tab first opens

    return HistoryView(services)


TABS: tuple[TabSpec, ...] = (
    TabSpec("library", QT_TRANSLATE_NOOP("Tabs", "&Library"), _library),
    TabSpec("routines", QT_TRANSLATE_NOOP("Tabs", "&Routines"), _routines),
    TabSpec("player", QT_TRANSLATE_NOOP("Tabs", "&Player"), _player),
    TabSpec("history", QT_TRANSLATE_NOOP("Tabs", "&History"), _history),
)
