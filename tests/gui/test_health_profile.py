"""The health profile set in Settings changes what the Library, the routine editor and the Player show."""

from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from hipdesk.domain.health import AgeBand, HealthProfile, HipReplacement, Pregnancy, Unsuitable
from hipdesk.domain.routine import Routine, RoutineItem
from hipdesk.ui.companion.settings_dialog import SettingsDialog
from hipdesk.ui.library.card_delegate import ExerciseCardDelegate, not_advised
from hipdesk.ui.library.exercise_model import ExerciseRole
from hipdesk.ui.library.library_view import LibraryView
from hipdesk.ui.player.player_view import PlayerView
from hipdesk.ui.routines.routine_editor_view import RoutineEditorView
from hipdesk.ui.routines.routines_view import RoutinesView
from hipdesk.ui.services import Services
from hipdesk.usecases.health_profile import read_health_profile, save_health_profile

KNEELING_STRETCH = "tall-kneeling-hip-flexor-stretch"
WALL_STRETCH = "wall-hip-flexor-stretch"


def set_profile(qtbot: QtBot, services: Services, profile: HealthProfile) -> None:
    """What the Settings dialog's OK does: store the profile and tell every tab."""
    with qtbot.waitSignal(services.events.settings_changed):
        save_health_profile(services.settings, profile)
        services.events.settings_changed.emit()


def shown_ids(view: LibraryView) -> list[str]:
    return [view.proxy.index(r, 0).data(ExerciseRole.ID) for r in range(view.proxy.rowCount())]


def library_view(qtbot: QtBot, services: Services) -> LibraryView:
    view = LibraryView(services, thumbnail_renderer=lambda _id, _size: _blank())
    qtbot.addWidget(view)
    view.resize(1100, 720)
    view.show()
    qtbot.waitExposed(view)
    return view


def routine_editor(qtbot: QtBot, services: Services, routine: Routine) -> RoutineEditorView:
    """The Routines tab, shown, with ``routine`` open in its editor."""
    view = RoutinesView(services)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.editor.load(routine)
    return view.editor


def _blank() -> Any:
    from PySide6.QtGui import QPixmap

    return QPixmap()


def test_settings_store_the_profile_and_tell_the_tabs(qtbot: QtBot, services: Services) -> None:
    dialog = SettingsDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.health_profile() == HealthProfile()
    dialog.hip_replacement.setCurrentIndex(dialog.hip_replacement.findData(HipReplacement.ANTERIOR.value))
    dialog.pregnancy.setCurrentIndex(dialog.pregnancy.findData(Pregnancy.LATER.value))
    dialog.knee_trouble.setChecked(True)
    dialog.unsuitable.setCurrentIndex(dialog.unsuitable.findData(Unsuitable.HIDE.value))
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok is not None
    with qtbot.waitSignal(services.events.settings_changed):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    expected = HealthProfile(
        hip_replacement=HipReplacement.ANTERIOR,
        pregnancy=Pregnancy.LATER,
        knee_trouble=True,
        unsuitable=Unsuitable.HIDE,
    )
    assert read_health_profile(services.settings) == expected
    again = SettingsDialog(services)
    qtbot.addWidget(again)
    assert again.health_profile() == expected
    for control in (again.hip_replacement, again.pregnancy, again.knee_trouble, again.osteoporosis, again.age):
        assert control.accessibleName()


def test_the_library_marks_then_hides_what_does_not_suit(qtbot: QtBot, services: Services) -> None:
    view = library_view(qtbot, services)
    total = len(services.library)
    row = view.model.row_of(KNEELING_STRETCH)
    index = view.model.index(row, 0)
    # Without a profile the card names the precautions and warns of nothing.
    text, warns = ExerciseCardDelegate.precaution_text(index)
    assert "Kneeling" in text and not warns
    view.open_exercise(KNEELING_STRETCH, focus=False)
    assert not view.detail.not_advised.isVisibleTo(view.detail)
    assert "Kneeling" in view.detail.precautions.plain_text()

    # Knee trouble, marked: the card warns, the detail says why and opens the safer variation.
    set_profile(qtbot, services, HealthProfile(knee_trouble=True))
    assert ExerciseCardDelegate.precaution_text(index) == (f"⚠ {not_advised()}", True)
    assert "not advised for your health profile" in index.data(Qt.ItemDataRole.AccessibleTextRole)
    assert KNEELING_STRETCH in shown_ids(view) and view.count_label.text() == f"{total} of {total}"
    assert view.detail.not_advised.isVisibleTo(view.detail)
    assert "Kneeling: not advised with knee trouble." in view.detail.not_advised_text.text()
    assert view.detail.safer_button.text() == "Safer variation: Wall-supported hip flexor stretch →"
    with qtbot.waitSignal(view.exercise_opened) as opened:
        qtbot.mouseClick(view.detail.safer_button, Qt.MouseButton.LeftButton)
    assert opened.args == [WALL_STRETCH]
    assert not view.detail.not_advised.isVisibleTo(view.detail)

    # Hidden: gone from the results, and the count says so.
    set_profile(qtbot, services, HealthProfile(knee_trouble=True, unsuitable=Unsuitable.HIDE))
    hidden = view.proxy.hidden_count()
    assert hidden >= 5
    assert KNEELING_STRETCH not in shown_ids(view) and WALL_STRETCH in shown_ids(view)
    assert view.count_label.text() == f"{total - hidden} of {total - hidden}"
    assert "hidden by your health profile" in view.count_label.accessibleDescription()

    # Back to no profile: everything is shown again, nothing warns.
    set_profile(qtbot, services, HealthProfile(unsuitable=Unsuitable.HIDE))
    assert len(shown_ids(view)) == total
    assert not ExerciseCardDelegate.precaution_text(index)[1]


def test_the_routine_editor_warns_and_swaps_in_the_safer_variation(qtbot: QtBot, services: Services) -> None:
    stored = services.routines.save(
        Routine(
            id="",
            name="Hip flexors",
            description="",
            items=(RoutineItem(KNEELING_STRETCH), RoutineItem("glute-bridge")),
        )
    )
    editor = routine_editor(qtbot, services, stored)
    assert not editor.health_label.isVisibleTo(editor)

    set_profile(qtbot, services, HealthProfile(knee_trouble=True))
    assert editor.health_label.isVisibleTo(editor) and editor.safer_button.isVisibleTo(editor)
    assert "Tall-kneeling hip flexor stretch (item 1): Kneeling" in editor.health_label.text()
    assert "glute" not in editor.health_label.text().casefold()
    qtbot.mouseClick(editor.safer_button, Qt.MouseButton.LeftButton)
    assert editor.routine().exercise_ids() == (WALL_STRETCH, "glute-bridge")
    assert not editor.health_label.isVisibleTo(editor)
    editor.undo_stack.undo()
    assert editor.routine().exercise_ids() == (KNEELING_STRETCH, "glute-bridge")

    # Later in pregnancy the bridge (on the back) is named too; without a profile, nothing is.
    set_profile(qtbot, services, HealthProfile(pregnancy=Pregnancy.LATER))
    assert "Glute bridge (item 2): Lying on the back" in editor.health_label.text()
    set_profile(qtbot, services, HealthProfile())
    assert not editor.health_label.isVisibleTo(editor)


def player_view(qtbot: QtBot, services: Services) -> PlayerView:
    view = PlayerView(services)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    qtbot.waitExposed(view)
    return view


def kneeling_routine() -> Routine:
    return Routine(
        id="health-test",
        name="Hip openers",
        description="",
        items=(RoutineItem(KNEELING_STRETCH), RoutineItem("glute-bridge"), RoutineItem("check-deep-squat")),
    )


def test_hiding_what_does_not_suit_hides_it_from_the_editors_search_too(qtbot: QtBot, services: Services) -> None:
    stored = services.routines.save(Routine(id="", name="Mine", description="", items=(RoutineItem("glute-bridge"),)))
    editor = routine_editor(qtbot, services, stored)
    editor.search_edit.setFocus()
    qtbot.keyClicks(editor.search_edit, "hip flexor")

    def found() -> list[str]:
        return [editor.search_model.exercise(row).id for row in range(editor.search_model.rowCount())]

    assert KNEELING_STRETCH in found() and WALL_STRETCH in found()
    set_profile(qtbot, services, HealthProfile(knee_trouble=True))  # marked in the Library: still offered here
    assert KNEELING_STRETCH in found()
    set_profile(qtbot, services, HealthProfile(knee_trouble=True, unsuitable=Unsuitable.HIDE))
    assert KNEELING_STRETCH not in found() and WALL_STRETCH in found()
    qtbot.keyClicks(editor.search_edit, " tall")  # typed in full, it is still not offered
    assert found() == []
    qtbot.keyClick(editor.search_edit, Qt.Key.Key_Return)
    assert [i.exercise_id for i in editor.routine().items] == ["glute-bridge"]
    set_profile(qtbot, services, HealthProfile(unsuitable=Unsuitable.HIDE))  # no condition: nothing to hide
    assert KNEELING_STRETCH in found()


def test_the_player_asks_before_it_starts_and_plays_the_safer_variations(qtbot: QtBot, services: Services) -> None:
    view = player_view(qtbot, services)
    set_profile(qtbot, services, HealthProfile(knee_trouble=True))
    view.start_view.pain_before.setValue(3)
    view.play(kneeling_routine())
    bar = view.start_view.health_bar
    assert view.controller is None and bar.isVisibleTo(view)
    assert view.stack.currentWidget() is view.start_view
    assert bar.title.text() == "Hip openers: 2 exercises may not suit your health profile"
    assert "Safer: Wall-supported hip flexor stretch." in bar.text.text()
    assert "Check: deep squat" in bar.text.text() and "No safer variation." in bar.text.text()
    assert bar.safer_button.text().replace("&", "") == "Safer variations, leave the rest out"

    qtbot.mouseClick(bar.safer_button, Qt.MouseButton.LeftButton)
    assert view.controller is not None and view.playing
    played = {step.exercise_id for step in view.controller.plan.steps if step.exercise_id}
    assert played == {WALL_STRETCH, "glute-bridge"}
    assert view.start_view.pain_rating() == 3  # the rating given before the question is kept
    assert not bar.isVisibleTo(view)


def test_the_player_can_start_as_it_is_or_not_at_all(qtbot: QtBot, services: Services) -> None:
    view = player_view(qtbot, services)
    set_profile(qtbot, services, HealthProfile(knee_trouble=True))
    bar = view.start_view.health_bar
    view.play(kneeling_routine())
    qtbot.mouseClick(bar.cancel_button, Qt.MouseButton.LeftButton)
    assert view.controller is None and not bar.isVisibleTo(view)

    view.play(kneeling_routine())
    qtbot.mouseClick(bar.anyway_button, Qt.MouseButton.LeftButton)
    assert view.controller is not None
    played = {step.exercise_id for step in view.controller.plan.steps if step.exercise_id}
    assert played == {KNEELING_STRETCH, "glute-bridge", "check-deep-squat"}


def test_without_a_profile_the_player_starts_at_once(qtbot: QtBot, services: Services) -> None:
    view = player_view(qtbot, services)
    view.play(kneeling_routine())
    assert view.controller is not None and not view.start_view.health_bar.isVisibleTo(view)


def test_a_single_unsuitable_exercise_without_a_safer_variation_offers_only_start_or_cancel(
    qtbot: QtBot, services: Services
) -> None:
    view = player_view(qtbot, services)
    set_profile(qtbot, services, HealthProfile(hip_replacement=HipReplacement.POSTERIOR))
    knee_to_chest = RoutineItem("knee-to-chest-glute-stretch")
    view.play(Routine(id="one", name="Knee to chest", description="", items=(knee_to_chest,)))
    bar = view.start_view.health_bar
    assert bar.isVisibleTo(view) and not bar.safer_button.isVisibleTo(view)
    assert "No safer variation." in bar.text.text()


def test_the_weekly_check_says_which_checks_do_not_suit(qtbot: QtBot, services: Services) -> None:
    from hipdesk.domain.assessment import CHECKS
    from hipdesk.ui.checks.weekly_check_view import WeeklyCheckView

    set_profile(qtbot, services, HealthProfile(knee_trouble=True))
    view = WeeklyCheckView(services)
    qtbot.addWidget(view)
    squat = view.page([c.id for c in CHECKS].index("check-deep-squat"))
    assert squat.not_advised is not None
    assert "Deep knee bend: not advised with knee trouble." in squat.not_advised.text()
    assert "Skip this check" in squat.not_advised.text()
    fold = view.page([c.id for c in CHECKS].index("check-forward-fold"))
    assert fold.not_advised is None


def test_from_65_a_stretch_says_which_holds_suit(qtbot: QtBot, services: Services) -> None:
    view = library_view(qtbot, services)
    view.open_exercise("figure-four-stretch", focus=False)
    assert "From 65" not in view.detail.dose.text()
    set_profile(qtbot, services, HealthProfile(age=AgeBand.FROM_65))
    assert "From 65, holds of 30 to 60 s suit stretching best" in view.detail.dose.text()
    view.open_exercise("glute-bridge", focus=False)
    assert "From 65" not in view.detail.dose.text()  # stretches only
