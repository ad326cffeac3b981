"""The settings dialog: values round-trip through the settings repository; start at login writes and removes
the XDG autostart entry."""

from __future__ import annotations

import os
from datetime import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QAbstractButton, QComboBox, QDialogButtonBox, QSpinBox, QTimeEdit, QWidget

from hipdesk.domain.reminders import ReminderSettings
from hipdesk.paths import Paths
from hipdesk.ui.companion import preferences as prefs
from hipdesk.ui.companion.settings_dialog import SettingsDialog
from hipdesk.ui.services import Services


@pytest.fixture
def dialog(qtbot: QtBot, services: Services) -> SettingsDialog:
    widget = SettingsDialog(services)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def ok(dialog: SettingsDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert button is not None
    button.click()


def test_defaults_are_shown(dialog: SettingsDialog) -> None:
    assert dialog.reminders_on.isChecked()
    assert dialog.first_time.time() == QTime(10, 30)
    assert dialog.second_on.isChecked() and dialog.second_time.time() == QTime(15, 30)
    assert [c.isChecked() for c in dialog.day_boxes] == [True] * 5 + [False] * 2
    assert not dialog.breaks_on.isChecked() and dialog.break_minutes.value() == 50
    assert dialog.away_minutes.value() == 5
    assert dialog.reminder_status.isHidden()  # no reminders run beside a bare dialog
    assert dialog.weekly_goal.value() == 70
    assert dialog.routine_combo.currentText() == "Desk five"
    assert dialog.sound_on.isChecked() and dialog.voice_on.isChecked()
    assert not dialog.autostart_on.isChecked()


def test_values_round_trip(qtbot: QtBot, dialog: SettingsDialog, services: Services) -> None:
    dialog.first_time.setTime(QTime(9, 15))
    dialog.second_on.setChecked(False)
    dialog.day_boxes[0].setChecked(False)
    dialog.day_boxes[5].setChecked(True)
    dialog.breaks_on.setChecked(True)
    dialog.break_minutes.setValue(40)
    dialog.away_minutes.setValue(12)
    dialog.weekly_goal.setValue(90)
    dialog.sound_on.setChecked(False)
    dialog.voice_on.setChecked(False)
    dialog.routine_combo.setCurrentIndex(dialog.routine_combo.findText("Glute wake-up", flags=_contains()))
    chosen = dialog.routine_combo.currentData()
    with qtbot.waitSignal(services.events.settings_changed):
        ok(dialog)
    store = services.settings
    assert prefs.load_reminder_settings(store) == ReminderSettings(
        times=(time(9, 15),),
        weekdays=frozenset({1, 2, 3, 4, 5}),
        breaks_enabled=True,
        break_after_min=40,
        away_min=12,
    )
    preferences = services.preferences
    assert preferences.get(prefs.WEEKLY_GOAL_MIN) == 90
    assert preferences.get(prefs.SOUND_ON) is False and preferences.get(prefs.VOICE_ON) is False
    assert preferences.get(prefs.DEFAULT_ROUTINE) == chosen
    again = SettingsDialog(services)
    qtbot.addWidget(again)
    assert again.reminder_settings() == prefs.load_reminder_settings(store)
    assert not again.second_on.isChecked() and not again.second_time.isEnabled()
    assert again.weekly_goal.value() == 90
    assert again.routine_combo.currentData() == chosen


def _contains():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.MatchFlag.MatchContains


def test_cancel_changes_nothing(qtbot: QtBot, dialog: SettingsDialog, services: Services) -> None:
    dialog.weekly_goal.setValue(200)
    dialog.reminders_on.setChecked(False)
    dialog.reject()
    assert services.settings.get(prefs.WEEKLY_GOAL_MIN.key) is None  # nothing stored
    assert services.settings.get(prefs.REMINDERS.key) is None


def test_reminders_off_disables_their_fields(dialog: SettingsDialog) -> None:
    dialog.reminders_on.setChecked(False)
    assert not dialog.first_time.isEnabled() and not dialog.day_boxes[0].isEnabled()
    dialog.reminders_on.setChecked(True)
    assert dialog.first_time.isEnabled() and dialog.second_time.isEnabled()


def test_start_at_login_writes_and_removes_the_autostart_entry(
    qtbot: QtBot, services: Services, tmp_path: Path, paths: Paths
) -> None:
    entry = Path(os.environ["XDG_CONFIG_HOME"]) / "autostart" / "org.hipdesk.HipDesk.desktop"
    assert entry.parent.parent == tmp_path / "xdg-config"  # never the real one
    first = SettingsDialog(services)
    qtbot.addWidget(first)
    first.autostart_on.setChecked(True)
    ok(first)
    text = entry.read_text()
    assert "[Desktop Entry]" in text and "Type=Application" in text and "Icon=org.hipdesk.HipDesk" in text
    exec_line = next(line for line in text.splitlines() if line.startswith("Exec="))
    assert "hipdesk" in exec_line
    assert f"--data-dir {paths.data_dir}" in exec_line  # a test data folder is not the default one
    assert not list(entry.parent.glob("*.part"))

    second = SettingsDialog(services)
    qtbot.addWidget(second)
    assert second.autostart_on.isChecked()
    second.autostart_on.setChecked(False)
    ok(second)
    assert not entry.exists()
    assert list(entry.parent.iterdir()) == []


def test_exec_quoting_follows_the_desktop_entry_spec() -> None:
    assert prefs.autostart_entry(["/opt/hip desk/hipdesk", "--data-dir", '/a"b$c']).splitlines()[4] == (
        'Exec="/opt/hip desk/hipdesk" --data-dir "/a\\"b\\$c"'
    )


def test_every_control_has_an_accessible_name_and_takes_focus(dialog: SettingsDialog) -> None:
    controls = [
        w
        for w in dialog.findChildren(QWidget)
        if isinstance(w, QAbstractButton | QSpinBox | QTimeEdit | QComboBox) and w.isVisibleTo(dialog)
    ]
    assert len(controls) > 15
    for control in controls:
        assert control.accessibleName() or control.text(), control  # type: ignore[attr-defined]
        assert control.focusPolicy() != control.focusPolicy().NoFocus, control


def test_the_main_window_opens_settings_with_ctrl_comma(qtbot: QtBot, services: Services, paths: Paths) -> None:
    from hipdesk.app import qsettings_for
    from hipdesk.ui.main_window import MainWindow

    window = MainWindow(qsettings_for(paths))
    qtbot.addWidget(window)
    actions = {a.text().replace("&", ""): a for a in window.actions()}
    assert actions["Settings…"].shortcut().toString() == "Ctrl+,"
    assert window.show_settings() is None  # not before start-up has finished
    window.attach(services)
    window.show()
    actions["Settings…"].trigger()
    opened = window.findChildren(SettingsDialog)
    assert len(opened) == 1 and opened[0].isVisible()
    assert window.show_settings() is opened[0]  # one at a time
    opened[0].reject()


def test_right_now_says_why_a_reminder_is_held(qtbot: QtBot, services: Services, paths: Paths) -> None:
    from hipdesk.app import qsettings_for
    from hipdesk.ui.companion.desk_companion import DeskCompanion
    from hipdesk.ui.main_window import MainWindow

    window = MainWindow(qsettings_for(paths))
    qtbot.addWidget(window)
    window.attach(services)
    companion = DeskCompanion(window, services, use_tray=False)
    dialog = SettingsDialog(services, parent=window)
    qtbot.addWidget(dialog)
    assert not dialog.reminder_status.isHidden()
    assert dialog.reminder_status.text() == companion.controller.status_text()
    companion.controller.pause(3600)
    assert dialog.reminder_status.text().startswith("Reminders paused until ")
    assert dialog.reminder_status.accessibleName() == f"Right now: {dialog.reminder_status.text()}"
