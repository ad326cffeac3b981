"""The reminder at the top of the window: Escape answers it ("Later") wherever the focus is in the window, before a
tab's own Escape, and it shows the keyboard focus only on the control that has it."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QStyleOptionButton

from hipdesk.app import qsettings_for
from hipdesk.paths import Paths
from hipdesk.ui.companion.notice import ReminderNotice
from hipdesk.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, paths: Paths, services: Any) -> MainWindow:
    window = MainWindow(qsettings_for(paths))
    qtbot.addWidget(window)
    window.resize(1100, 760)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.attach(services)
    return window


@pytest.fixture
def notice(window: MainWindow) -> ReminderNotice:
    notice = ReminderNotice()
    window.add_bar(notice, top=True)
    notice.later_clicked.connect(notice.hide)  # as the reminder controller answers it
    notice.show_reminder("Time to move", "Desk five, five minutes.", "Start Desk five", offer_short=True)
    return notice


def looks_default(button: QPushButton) -> bool:
    """Whether the style draws the button with the default button's frame (which reads as "the focus is here")."""
    option = QStyleOptionButton()
    button.initStyleOption(option)
    return bool(option.features & QStyleOptionButton.ButtonFeature.DefaultButton)


def test_escape_in_a_tab_answers_the_reminder_first(qtbot: QtBot, window: MainWindow, notice: ReminderNotice) -> None:
    library: Any = window.show_tab("library")
    library.open_exercise("glute-bridge")  # the focus goes to "Play now", in the detail pane
    assert QApplication.focusWidget() is library.detail.play_button
    with qtbot.waitSignal(notice.later_clicked):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert notice.isHidden()
    assert QApplication.focusWidget() is library.detail.play_button  # the library's own Escape waited
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # with the reminder answered, it is the library's
    assert QApplication.focusWidget() is library.search


def test_escape_reaches_the_reminder_from_every_tab(qtbot: QtBot, window: MainWindow, notice: ReminderNotice) -> None:
    for tab in ("routines", "player", "history", "library"):
        view: Any = window.show_tab(tab)
        view.setFocus()
        notice.show_reminder("Time to move", "Five minutes.", "Start", offer_short=False)
        focus = QApplication.focusWidget() or window
        with qtbot.waitSignal(notice.later_clicked, timeout=1000):
            qtbot.keyClick(focus, Qt.Key.Key_Escape)
        assert notice.isHidden(), tab


def test_a_dialog_keeps_its_own_escape(qtbot: QtBot, window: MainWindow, notice: ReminderNotice) -> None:
    dialog = window.show_settings()
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert notice.isVisible()  # the reminder is still there for when the person comes back


def test_the_reminder_shows_the_focus_only_where_it_is(
    qtbot: QtBot, window: MainWindow, notice: ReminderNotice
) -> None:
    library: Any = window.show_tab("library")
    library.search.setFocus()
    qtbot.waitUntil(library.search.hasFocus)
    assert not looks_default(notice.start_button)  # the keyboard is in the search, not on "Start"
    notice.start_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(notice.start_button.hasFocus)
    with qtbot.waitSignal(notice.start_clicked):
        qtbot.keyClick(notice.start_button, Qt.Key.Key_Return)  # Enter presses the button that has the focus
