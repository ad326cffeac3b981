"""For the start-up benchmark (``--quit-when-usable``): tells when the window is usable, then quits.

Usable means the Library's cards have painted, its search field has the keyboard focus, and a letter typed into it
has been taken: the search shows it and the cards have been filtered and painted again. The letter is posted like
a real keystroke, so work already queued for the event loop (the rest of start-up) delays it as it would delay a
person's typing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent

if TYPE_CHECKING:
    from hipdesk.ui.library.library_view import LibraryView
    from hipdesk.ui.main_window import MainWindow

TYPED = "h"


class UsableProbe(QObject):
    """Watches the main window until its Library takes a typed letter, then prints ``usable`` and quits.

    Signals: none.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._library: LibraryView | None = None
        self._typed = False
        window.tab_built.connect(self._tab_built)

    def _tab_built(self, key: str) -> None:
        window = self.parent()
        if key != "library" or self._library is not None or window is None:
            return
        library = window.built_tab("library")  # type: ignore[attr-defined]
        self._library = library
        library.results.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self, self._after_paint)  # queued: runs once this paint has finished
        return False

    def _after_paint(self) -> None:
        library = self._library
        if library is None:
            return
        if not self._typed:
            if library.search.hasFocus() and library.proxy.rowCount():
                self._typed = True
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    key = QKeyEvent(kind, Qt.Key.Key_H, Qt.KeyboardModifier.NoModifier, TYPED)
                    QCoreApplication.postEvent(library.search, key)
            return
        if library.search.text() == TYPED:
            print("usable", flush=True)
            QCoreApplication.quit()
