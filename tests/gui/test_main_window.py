"""The main window: tabs built on first show, menus, remembered geometry, the safety notice, start-up errors."""

from __future__ import annotations

import sqlite3

from pytestqt.qtbot import QtBot

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox

from hipdesk import __version__
from hipdesk.app import Startup, qsettings_for, self_check
from hipdesk.clock import FakeClock, FakeWallClock
from hipdesk.paths import Paths
from hipdesk.ui.main_window import GEOMETRY_KEY, LEGACY_SAFETY_KEY, MainWindow
from hipdesk.ui.tabs import TABS
from hipdesk.usecases.preferences import SAFETY_NOTICE_READ


def _window(qtbot: QtBot, paths: Paths) -> MainWindow:
    window = MainWindow(qsettings_for(paths))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _messages(name: str, window: MainWindow) -> list[QMessageBox]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.objectName() == name and w.parent() is window and w.isVisible()
    ]


def test_tabs_are_built_on_first_show(qtbot: QtBot, paths: Paths, wall: FakeWallClock, fake_clock: FakeClock) -> None:
    window = _window(qtbot, paths)
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [s.title.replace("&", "") for s in TABS]
    startup = Startup(window, paths, clock=fake_clock, wall=wall)
    assert startup.finish()
    assert window.built_tab("library") is not None
    assert window.built_tab("history") is None  # not shown yet: not built
    window.tabs.setCurrentIndex(len(TABS) - 1)
    assert window.built_tab("history") is window.tabs.currentWidget()
    assert self_check(window)
    for i in range(window.tabs.count()):
        widget = window.tabs.widget(i)
        assert widget is not None
        assert widget.accessibleName() or window.tabs.tabText(i)
    startup.close()


def _button(box: QMessageBox, text: str) -> QAbstractButton:
    return next(b for b in box.buttons() if b.text() == text)


def test_safety_notice_comes_back_until_it_is_read(
    qtbot: QtBot, paths: Paths, wall: FakeWallClock, fake_clock: FakeClock
) -> None:
    window = _window(qtbot, paths)
    startup = Startup(window, paths, clock=fake_clock, wall=wall)
    assert startup.finish()
    notices = _messages("safetyNotice", window)
    assert len(notices) == 1 and "health professional" in notices[0].text().lower()
    assert "stop" in notices[0].text().lower()
    for flag in ("numbness", "tingling", "weakness", "bladder", "bowel", "at night", "at rest", "fall", "fever"):
        assert flag in notices[0].text(), flag
    # Opening it is not reading it: Escape (like closing it) leaves it for the next start.
    qtbot.keyClick(notices[0], Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not _messages("safetyNotice", window))
    assert not window.safety_notice_read()
    startup.close()

    again = _window(qtbot, paths)
    second = Startup(again, paths, clock=fake_clock, wall=wall)
    assert second.finish()
    shown = _messages("safetyNotice", again)
    assert len(shown) == 1
    _button(shown[0], "I have read this").click()
    qtbot.waitUntil(lambda: not _messages("safetyNotice", again))
    assert again.safety_notice_read()
    second.close()

    third = _window(qtbot, paths)
    last = Startup(third, paths, clock=fake_clock, wall=wall)
    assert last.finish()
    assert _messages("safetyNotice", third) == []
    last.close()


def test_settings_ini_keeps_only_the_window_and_an_earlier_answer_moves_to_the_preferences(
    qtbot: QtBot, paths: Paths, wall: FakeWallClock, fake_clock: FakeClock
) -> None:
    earlier = qsettings_for(paths)  # as an earlier HipDesk left settings.ini: the notice read, kept there
    earlier.setValue(LEGACY_SAFETY_KEY, True)
    earlier.sync()
    window = _window(qtbot, paths)
    startup = Startup(window, paths, clock=fake_clock, wall=wall)
    assert startup.finish()
    assert _messages("safetyNotice", window) == []  # read before: not shown again
    assert window.services is not None and window.services.preferences.get(SAFETY_NOTICE_READ)
    window.close()  # remembers its place
    startup.close()
    assert qsettings_for(paths).allKeys() == [GEOMETRY_KEY]


def test_about_promises_no_pain_relief(qtbot: QtBot, paths: Paths) -> None:
    window = _window(qtbot, paths)
    box = window.show_about()
    assert "back pain" not in box.text().lower()
    box.done(0)


def test_window_geometry_is_restored(qtbot: QtBot, paths: Paths) -> None:
    window = _window(qtbot, paths)
    window.setGeometry(QRect(40, 50, 700, 500))
    window.close()
    restored = _window(qtbot, paths)
    assert restored.size().width() == 700 and restored.size().height() == 500


def test_about_names_version_and_licences(qtbot: QtBot, paths: Paths) -> None:
    window = _window(qtbot, paths)
    box = window.show_about()
    assert __version__ in box.text()
    for licence in ("LGPL", "MIT", "GPL"):
        assert licence in box.text()
    box.close()


def test_quit_and_tab_shortcuts_exist(qtbot: QtBot, paths: Paths) -> None:
    window = _window(qtbot, paths)
    actions = {a.text().replace("&", ""): a for m in window.menuBar().actions() for a in m.menu().actions()}
    assert "Quit" in actions and not actions["Quit"].shortcut().isEmpty()
    assert actions["Routines"].shortcut().toString() == "Ctrl+2"
    assert actions["Routines"] in window.actions()  # window-wide, wherever focus is
    actions["Routines"].trigger()
    assert window.tabs.currentIndex() == 1


def test_a_newer_database_is_refused_with_a_dialog_and_left_untouched(
    qtbot: QtBot, paths: Paths, wall: FakeWallClock, fake_clock: FakeClock
) -> None:
    from hipdesk.storage.db import open_database

    open_database(paths.database, paths.backups, wall).dispose()
    with sqlite3.connect(paths.database) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'from-the-future'")
    conn.close()
    before = paths.database.read_bytes()
    window = _window(qtbot, paths)
    startup = Startup(window, paths, clock=fake_clock, wall=wall)
    assert not startup.finish()
    box = startup.dialogs[-1]
    assert "newer version of HipDesk" in box.text() and str(paths.database) in box.text()
    assert window.tabs.currentWidget().objectName() == "pendingTab"  # no tab was built
    box.button(QMessageBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not window.isVisible())
    assert paths.database.read_bytes() == before


def test_a_garbage_database_is_moved_aside_and_the_user_is_told(
    qtbot: QtBot, paths: Paths, wall: FakeWallClock, fake_clock: FakeClock
) -> None:
    paths.database.write_bytes(b"not a database" * 100)
    window = _window(qtbot, paths)
    startup = Startup(window, paths, clock=fake_clock, wall=wall)
    assert startup.finish()
    texts = [d.text() for d in startup.dialogs]
    assert any("moved to" in t and "unreadable" in t for t in texts)
    assert window.built_tab("library") is not None
    startup.close()
