"""Settings: reminders (and, while HipDesk runs, what they are doing right now), sitting breaks and time away,
the weekly goal, cues, the default routine, the health profile, start at login and the language."""

from __future__ import annotations

from datetime import date, time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from hipdesk import APP_NAME
from hipdesk.domain.health import AgeBand, HealthProfile, HipReplacement, Pregnancy, Unsuitable
from hipdesk.domain.i18n import SHIPPED, choose_language, current_language
from hipdesk.domain.reminders import AWAY_MIN_RANGE, ReminderSettings
from hipdesk.domain.weekly import WEEKLY_GOAL_RANGE_MIN
from hipdesk.domain.words import wording
from hipdesk.storage.errors import StorageError
from hipdesk.ui.accessibility import name_combo
from hipdesk.ui.companion import preferences as prefs
from hipdesk.ui.companion.reminder_controller import ReminderController
from hipdesk.ui.plain_text import PlainLabel
from hipdesk.ui.problems import show_problem
from hipdesk.ui.theme import style
from hipdesk.usecases.health_profile import read_health_profile, save_health_profile

if TYPE_CHECKING:
    from hipdesk.ui.services import Services


def _qtime(t: time) -> QTime:
    return QTime(t.hour, t.minute)


def _time(q: QTime) -> time:
    return time(q.hour(), q.minute())


A_MONDAY = date(2024, 1, 1)  # names the weekday boxes


class SettingsDialog(QDialog):
    """HipDesk's preferences. OK saves them and emits ``services.events.settings_changed``; Cancel leaves them.

    Signals: none of its own (QDialog's accepted / rejected / finished).
    """

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("HipDesk settings"))
        self.setAccessibleName(self.tr("HipDesk settings"))
        self.autostart_command = prefs.autostart_command(services.paths.data_dir)
        self._forms: list[QFormLayout] = []

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self._reminders_box())
        layout.addWidget(self._breaks_box())
        layout.addWidget(self._practice_box())
        layout.addWidget(self._health_box())
        layout.addWidget(self._system_box())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.setAccessibleName(self.tr("Save or cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout.addWidget(buttons)
        self._align_label_columns()
        self.load()

    # ---- building ----------------------------------------------------------------------------------------------
    @staticmethod
    def _time_edit(name: str) -> QTimeEdit:
        edit = QTimeEdit()
        edit.setDisplayFormat("HH:mm")
        edit.setAccessibleName(name)
        edit.setMinimumWidth(90)
        return edit

    def _reminders_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Reminders"))
        form = self._form(box)
        self.reminders_on = QCheckBox(self.tr("&Remind me to move, at these times"))
        self.reminders_on.setAccessibleName(self.tr("Reminders on"))
        form.addRow(self.reminders_on)

        self.first_time = self._time_edit(self.tr("First reminder time"))
        first_label = QLabel(self.tr("&First reminder"))
        first_label.setBuddy(self.first_time)
        form.addRow(first_label, self.first_time)

        self.second_on = QCheckBox(self.tr("&Second reminder"))
        self.second_on.setAccessibleName(self.tr("Second reminder on"))
        self.second_time = self._time_edit(self.tr("Second reminder time"))
        self.second_on.toggled.connect(self.second_time.setEnabled)
        form.addRow(self.second_on, self.second_time)

        days = QWidget()
        days.setAccessibleName(self.tr("Reminder days"))
        days_row = QHBoxLayout(days)
        days_row.setContentsMargins(0, 0, 0, 0)
        days_row.setSpacing(6)
        self.day_boxes: list[QCheckBox] = []
        for weekday in range(7):
            day = A_MONDAY + timedelta(days=weekday)
            name = wording().format_date(day, "dddd")
            check = QCheckBox(wording().format_date(day, "ddd"))
            check.setAccessibleName(name)
            check.setToolTip(name)
            self.day_boxes.append(check)
            days_row.addWidget(check)
        days_row.addStretch(1)
        days_label = QLabel(self.tr("On &days"))
        days_label.setBuddy(self.day_boxes[0])
        form.addRow(days_label, days)

        # What the reminders are doing now (next one, snoozed, paused, or why one is held), while HipDesk runs them.
        self.reminder_status = PlainLabel()
        self.reminder_status.setObjectName("reminderStatus")
        self.reminder_status.setWordWrap(True)
        style(self.reminder_status, "color: {muted};")
        # The desk companion lives beside the window that opened this dialog (none in a bare test or before start-up).
        host = self.parent()
        controller = host.findChild(ReminderController) if host is not None else None
        if controller is not None:
            self._show_status(controller.status_text())
            controller.status_changed.connect(self._show_status)
        self.reminder_status.setVisible(controller is not None)
        status_label = QLabel(self.tr("Right now"))
        status_label.setVisible(controller is not None)
        form.addRow(status_label, self.reminder_status)

        self.reminders_on.toggled.connect(self._sync_enabled)
        self.second_on.toggled.connect(self._sync_enabled)
        return box

    def _breaks_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Sitting breaks"))
        form = self._form(box)
        self.breaks_on = QCheckBox(self.tr("Suggest a short break &when I have sat too long"))
        self.breaks_on.setAccessibleName(self.tr("Sitting breaks on"))
        self.break_minutes = QSpinBox()
        self.break_minutes.setRange(5, 240)
        self.break_minutes.setSingleStep(5)
        self.break_minutes.setSuffix(self.tr(" min"))
        self.break_minutes.setAccessibleName(self.tr("Minutes of sitting before a break"))
        self.breaks_on.toggled.connect(self.break_minutes.setEnabled)
        form.addRow(self.breaks_on)
        form.addRow(self._label(self.tr("&After sitting for"), self.break_minutes), self.break_minutes)
        self.away_minutes = QSpinBox()
        self.away_minutes.setRange(*AWAY_MIN_RANGE)
        self.away_minutes.setSuffix(self.tr(" min"))
        self.away_minutes.setAccessibleName(self.tr("Minutes away from the computer that count as a break"))
        self.away_minutes.setToolTip(
            self.tr("No keyboard or mouse input, a locked screen or a sleep this long is a break")
        )
        form.addRow(self._label(self.tr("Time awa&y is a break after"), self.away_minutes), self.away_minutes)
        hint = QLabel(
            self.tr(
                "Counted from your last session, break or time away; never during a session. While you are away, the "
                "screen is locked, a window is full screen or Do Not Disturb is on, reminders wait, and one comes "
                "when that ends."
            )
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        style(hint, "color: {muted};")
        form.addRow(hint)
        return box

    def _practice_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Practice"))
        form = self._form(box)
        self.routine_combo = QComboBox()
        name_combo(self.routine_combo, self.tr("Default routine"))
        self.routine_combo.setMinimumWidth(240)
        for routine in prefs.all_routines(self._services):
            self.routine_combo.addItem(routine.name, routine.id)
        form.addRow(self._label(self.tr("Default rou&tine"), self.routine_combo), self.routine_combo)

        self.weekly_goal = QSpinBox()
        self.weekly_goal.setRange(*WEEKLY_GOAL_RANGE_MIN)
        self.weekly_goal.setSingleStep(5)
        self.weekly_goal.setSuffix(self.tr(" min a week"))
        self.weekly_goal.setAccessibleName(self.tr("Weekly goal in minutes"))
        form.addRow(self._label(self.tr("Weekly &goal"), self.weekly_goal), self.weekly_goal)

        cues = QWidget()
        cues_row = QHBoxLayout(cues)
        cues_row.setContentsMargins(0, 0, 0, 0)
        self.sound_on = QCheckBox(self.tr("&Beeps"))  # the player's word too
        self.sound_on.setAccessibleName(self.tr("Beep cues"))
        self.voice_on = QCheckBox(self.tr("&Voice"))
        self.voice_on.setAccessibleName(self.tr("Voice cues"))
        cues_row.addWidget(self.sound_on)
        cues_row.addWidget(self.voice_on)
        cues_row.addStretch(1)
        form.addRow(QLabel(self.tr("In the player")), cues)
        return box

    def _health_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Health"))
        box.setAccessibleName(self.tr("Health profile"))
        form = self._form(box)
        self.hip_replacement = self._choice(self.tr("Hip replacement"), [(h.label, h.value) for h in HipReplacement])
        form.addRow(self._label(self.tr("&Hip replacement"), self.hip_replacement), self.hip_replacement)
        self.pregnancy = self._choice(self.tr("Pregnant"), [(p.label, p.value) for p in Pregnancy])
        form.addRow(self._label(self.tr("&Pregnant"), self.pregnancy), self.pregnancy)
        conditions = QWidget()
        conditions_row = QHBoxLayout(conditions)
        conditions_row.setContentsMargins(0, 0, 0, 0)
        self.knee_trouble = QCheckBox(self.tr("&Knee trouble"))
        self.knee_trouble.setAccessibleName(self.tr("Knee trouble"))
        self.osteoporosis = QCheckBox(self.tr("&Osteoporosis"))
        self.osteoporosis.setAccessibleName(self.tr("Osteoporosis"))
        self.osteoporosis.setToolTip(self.tr("Bones thinned by osteoporosis (or osteopenia)"))
        conditions_row.addWidget(self.knee_trouble)
        conditions_row.addWidget(self.osteoporosis)
        conditions_row.addStretch(1)
        form.addRow(QLabel(self.tr("Also")), conditions)
        self.age = self._choice(self.tr("Age"), [(a.label, a.value) for a in AgeBand])
        self.age.setToolTip(self.tr("From 65, HipDesk suggests longer stretch holds (30 to 60 s)"))
        form.addRow(self._label(self.tr("Ag&e"), self.age), self.age)
        self.unsuitable = self._choice(self.tr("Exercises that may not suit"), [(u.label, u.value) for u in Unsuitable])
        form.addRow(self._label(self.tr("E&xercises that may not suit"), self.unsuitable), self.unsuitable)
        hint = QLabel(self.tr("Kept on this computer. Your clinician's advice comes first."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        style(hint, "color: {muted};")
        box.setToolTip(
            self.tr("HipDesk uses this to point out exercises that may not suit you and to suggest safer variations.")
        )
        form.addRow(hint)
        return box

    @staticmethod
    def _choice(name: str, choices: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        for label, value in choices:
            combo.addItem(label, value)
        return combo

    def health_profile(self) -> HealthProfile:
        """The profile as the dialog shows it now."""
        return HealthProfile(
            hip_replacement=HipReplacement(self.hip_replacement.currentData()),
            pregnancy=Pregnancy(self.pregnancy.currentData()),
            knee_trouble=self.knee_trouble.isChecked(),
            osteoporosis=self.osteoporosis.isChecked(),
            age=AgeBand(self.age.currentData()),
            unsuitable=Unsuitable(self.unsuitable.currentData()),
        )

    def _system_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("System"))
        form = self._form(box)
        self.autostart_on = QCheckBox(self.tr("Start HipDesk when I &log in"))
        self.autostart_on.setAccessibleName(self.tr("Start at login"))
        self.autostart_on.setToolTip(
            self.tr("Adds {file} that runs: {command}").format(
                file=prefs.autostart_file(), command=prefs.command_line(self.autostart_command)
            )
        )
        form.addRow(self.autostart_on)

        self.language_combo = QComboBox()
        name_combo(self.language_combo, self.tr("Language"))
        follow = choose_language("", QLocale.system().uiLanguages())
        self.language_combo.addItem(self.tr("The desktop's ({language})").format(language=follow.native_name), "")
        for language in SHIPPED:
            self.language_combo.addItem(language.native_name, language.value)
        form.addRow(self._label(self.tr("La&nguage"), self.language_combo), self.language_combo)
        self.language_note = PlainLabel(self.tr("{app} changes language when it next starts.").format(app=APP_NAME))
        style(self.language_note, "color: {muted};")
        self.language_note.setWordWrap(True)
        form.addRow(self.language_note)
        self.language_combo.currentIndexChanged.connect(self._show_language_note)
        return box

    def _show_language_note(self) -> None:
        """Say when the chosen language only shows after a restart (it is not the one HipDesk speaks now)."""
        chosen = str(self.language_combo.currentData())
        wanted = choose_language(chosen, QLocale.system().uiLanguages())
        self.language_note.setVisible(wanted is not current_language())

    def _show_status(self, text: str) -> None:
        self.reminder_status.setText(text)
        self.reminder_status.setAccessibleName(self.tr("Right now: {status}").format(status=text))

    def _form(self, box: QGroupBox) -> QFormLayout:
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.setHorizontalSpacing(16)
        self._forms.append(form)
        return form

    def _align_label_columns(self) -> None:
        """The same label width in every group, so the fields line up down the whole dialog."""
        labels: list[QWidget] = []
        for form in self._forms:
            for row in range(form.rowCount()):
                item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
                widget = item.widget() if item is not None else None
                if widget is not None:
                    labels.append(widget)
        width = max((w.sizeHint().width() for w in labels), default=0)
        for widget in labels:
            widget.setMinimumWidth(width)

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = PlainLabel(text)  # its & still marks the buddy's shortcut
        label.setBuddy(buddy)
        return label

    def _sync_enabled(self) -> None:
        on = self.reminders_on.isChecked()
        self.first_time.setEnabled(on)
        self.second_on.setEnabled(on)
        self.second_time.setEnabled(on and self.second_on.isChecked())
        for check in self.day_boxes:
            check.setEnabled(on)

    # ---- values ------------------------------------------------------------------------------------------------
    def load(self) -> None:
        store = self._services.settings
        reminders = prefs.load_reminder_settings(store)
        times = reminders.times or ReminderSettings().times
        self.reminders_on.setChecked(reminders.enabled)
        self.first_time.setTime(_qtime(times[0]))
        self.second_on.setChecked(len(times) > 1)
        self.second_time.setTime(_qtime(times[1] if len(times) > 1 else time(15, 30)))
        for day, check in enumerate(self.day_boxes):
            check.setChecked(day in reminders.weekdays)
        self.breaks_on.setChecked(reminders.breaks_enabled)
        self.break_minutes.setValue(reminders.break_after_min)
        self.break_minutes.setEnabled(reminders.breaks_enabled)
        self.away_minutes.setValue(reminders.away_min)
        chosen = prefs.default_routine(self._services)
        index = self.routine_combo.findData(chosen.id) if chosen is not None else -1
        self.routine_combo.setCurrentIndex(max(0, index))
        preferences = self._services.preferences
        self.weekly_goal.setValue(preferences.get(prefs.WEEKLY_GOAL_MIN))
        self.sound_on.setChecked(preferences.get(prefs.SOUND_ON))
        self.voice_on.setChecked(preferences.get(prefs.VOICE_ON))
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(preferences.get(prefs.LANGUAGE))))
        self._show_language_note()
        self.autostart_on.setChecked(prefs.autostart_enabled())
        profile = read_health_profile(store)
        for combo, value in (
            (self.hip_replacement, profile.hip_replacement),
            (self.pregnancy, profile.pregnancy),
            (self.age, profile.age),
            (self.unsuitable, profile.unsuitable),
        ):
            combo.setCurrentIndex(max(0, combo.findData(value.value)))
        self.knee_trouble.setChecked(profile.knee_trouble)
        self.osteoporosis.setChecked(profile.osteoporosis)
        self._sync_enabled()

    def reminder_settings(self) -> ReminderSettings:
        times = [_time(self.first_time.time())]
        if self.second_on.isChecked():
            times.append(_time(self.second_time.time()))
        return ReminderSettings(
            enabled=self.reminders_on.isChecked(),
            times=tuple(times),
            weekdays=frozenset(day for day, check in enumerate(self.day_boxes) if check.isChecked()),
            breaks_enabled=self.breaks_on.isChecked(),
            break_after_min=self.break_minutes.value(),
            away_min=self.away_minutes.value(),
        )

    def save(self) -> None:
        store = self._services.settings
        preferences = self._services.preferences
        preferences.set(prefs.REMINDERS, self.reminder_settings())
        if self.routine_combo.currentIndex() >= 0:
            preferences.set(prefs.DEFAULT_ROUTINE, str(self.routine_combo.currentData()))
        preferences.set(prefs.WEEKLY_GOAL_MIN, self.weekly_goal.value())
        preferences.set(prefs.SOUND_ON, self.sound_on.isChecked())
        preferences.set(prefs.VOICE_ON, self.voice_on.isChecked())
        preferences.set(prefs.LANGUAGE, str(self.language_combo.currentData()))
        save_health_profile(store, self.health_profile())
        autostart = self.autostart_on.isChecked()
        if autostart != prefs.autostart_enabled() or (
            autostart and not prefs.autostart_current(self.autostart_command)
        ):
            prefs.set_autostart(autostart, self.autostart_command)  # written afresh when an older entry differs
        self._services.events.settings_changed.emit()

    def accept(self) -> None:
        try:
            self.save()
        except StorageError as exc:  # the dialog stays open with the choices made, to save again
            show_problem(self, exc)
            return
        super().accept()
