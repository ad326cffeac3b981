"""The Library tab, driven the way a person uses it: by keyboard, over the real library and a real database."""

from __future__ import annotations

from typing import Any

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QWidget

from hipdesk.domain.exercise import Equipment
from hipdesk.domain.routine import Routine, RoutineItem
from hipdesk.ui.library.card_delegate import CardMode
from hipdesk.ui.library.exercise_model import ExerciseRole
from hipdesk.ui.library.library_view import LibraryView


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has keyboard focus"
    return widget


def press(qtbot: Any, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """One key press, delivered where the keyboard focus is, as a real keyboard would."""
    qtbot.keyClick(focused(), key, modifier)


def type_text(qtbot: Any, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def shown_ids(view: LibraryView) -> list[str]:
    return [view.proxy.index(r, 0).data(ExerciseRole.ID) for r in range(view.proxy.rowCount())]


def open_view(qtbot: Any, services: Any) -> LibraryView:
    view = LibraryView(services)
    qtbot.addWidget(view)
    view.resize(1100, 720)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(lambda: view.search.hasFocus())
    return view


def test_find_filter_open_read_and_play_by_keyboard_only(qtbot: Any, services: Any) -> None:
    view = open_view(qtbot, services)
    total = len(services.library)

    # Find "90/90": the search field has focus as soon as the tab opens.
    type_text(qtbot, "90/90")
    assert "hip-90-90-stretch" in shown_ids(view)
    assert view.count_label.text() == f"{view.proxy.rowCount()} of {total}"

    # Filter to desk-friendly band exercises: Esc selects the search text, Backspace clears it, then Tab along
    # the filter bar.
    press(qtbot, Qt.Key.Key_Escape)
    press(qtbot, Qt.Key.Key_Backspace)
    assert view.search.text() == "" and view.proxy.rowCount() == total
    while focused() is not view.equipment_combo:
        press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Band")
    assert view.equipment_combo.current_value() is Equipment.BAND
    while focused() is not view.desk_check:
        press(qtbot, Qt.Key.Key_Tab)
        assert isinstance(focused(), QComboBox | QCheckBox), "the filter bar is one Tab chain"
    press(qtbot, Qt.Key.Key_Space)
    ids = shown_ids(view)
    assert ids, "the library has desk-friendly band exercises"
    for exercise_id in ids:
        exercise = services.library[exercise_id]
        assert exercise.desk_friendly and Equipment.BAND in exercise.equipment
    assert view.count_label.text() == f"{len(ids)} of {total}"

    # Back to the search field, down into the results, Enter opens the first one.
    press(qtbot, Qt.Key.Key_Escape)
    assert focused() is view.search
    press(qtbot, Qt.Key.Key_Down)
    assert focused() is view.results
    assert view.results.currentIndex().row() == 0
    if len(ids) > 1:
        press(qtbot, Qt.Key.Key_Right)
        assert view.results.currentIndex().row() == 1
        press(qtbot, Qt.Key.Key_Left)
    press(qtbot, Qt.Key.Key_Return)
    chosen = services.library[ids[0]]
    assert view.detail.isVisible()
    assert focused() is view.detail.play_button

    # Read it: name, dose, every step, cue, mistake and safety note are on screen.
    assert view.detail.title.text() == chosen.name
    assert chosen.dose.summary(per_side=chosen.per_side) in view.detail.dose.text()
    text = view.detail.text_for_reading()
    for line in (*chosen.steps, *chosen.cues, *chosen.mistakes, *chosen.safety):
        assert line in text

    # Play now.
    with qtbot.waitSignal(services.events.play_requested) as played:
        press(qtbot, Qt.Key.Key_Return)
    routine = played.args[0]
    assert isinstance(routine, Routine)
    assert routine.items == (RoutineItem(exercise_id=chosen.id),)
    assert routine.name == chosen.name


def test_favourites_are_remembered_by_a_new_view_on_the_same_database(qtbot: Any, services: Any) -> None:
    view = open_view(qtbot, services)
    press(qtbot, Qt.Key.Key_Down)
    first = view.results.currentIndex().data(ExerciseRole.ID)
    press(qtbot, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert view.model.is_favourite(first)
    view.open_exercise("hip-90-90-stretch")
    assert not view.detail.favourite_button.isChecked()
    view.detail.favourite_button.click()
    assert services.settings.favourites() == {first, "hip-90-90-stretch"}
    view.close()

    again = open_view(qtbot, services)
    assert again.model.favourites() == {first, "hip-90-90-stretch"}
    again.favourites_check.click()
    assert set(shown_ids(again)) == {first, "hip-90-90-stretch"}
    again.open_exercise(first)
    assert again.detail.favourite_button.isChecked()
    press(qtbot, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)  # unstar from the detail pane
    assert services.settings.favourites() == {"hip-90-90-stretch"}
    assert shown_ids(again) == ["hip-90-90-stretch"]


def test_typing_in_the_results_goes_to_search_and_up_from_the_top_returns(qtbot: Any, services: Any) -> None:
    view = open_view(qtbot, services)
    press(qtbot, Qt.Key.Key_Down)
    assert focused() is view.results
    type_text(qtbot, "ham")
    assert focused() is view.search
    assert view.search.text() == "ham"
    assert all("ham" in services.library[i].search_text() for i in shown_ids(view))
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Up)
    assert focused() is view.search


def test_enter_in_search_opens_the_first_match_and_variations_click_through(qtbot: Any, services: Any) -> None:
    view = open_view(qtbot, services)
    type_text(qtbot, "90/90 hip stretch")
    press(qtbot, Qt.Key.Key_Return)
    assert view.detail.exercise is not None and view.detail.exercise.id == "hip-90-90-stretch"
    stretch = services.library["hip-90-90-stretch"]
    buttons = view.detail.variation_buttons
    assert len(buttons) == len(stretch.easier) + len(stretch.harder) > 0
    with qtbot.waitSignal(view.exercise_opened) as opened:
        buttons[-1].click()
    target = (stretch.easier + stretch.harder)[-1]
    assert opened.args == [target]
    assert view.detail.title.text() == services.library[target].name


def test_add_to_routine_sends_the_exercise_id(qtbot: Any, services: Any) -> None:
    view = open_view(qtbot, services)
    view.open_exercise("glute-bridge")
    with qtbot.waitSignal(services.events.add_to_routine_requested) as added:
        view.detail.add_button.click()
    assert added.args == ["glute-bridge"]


def test_no_match_offers_a_reset_and_reset_clears_everything(qtbot: Any, services: Any) -> None:
    view = open_view(qtbot, services)
    view.desk_check.click()
    type_text(qtbot, "no exercise is called this")
    assert view.proxy.rowCount() == 0
    assert view.results_stack.currentIndex() == 1
    assert view.reset_button.isEnabled()
    view.empty_reset.click()
    assert view.search.text() == "" and not view.desk_check.isChecked()
    assert view.proxy.rowCount() == len(services.library)
    assert view.results_stack.currentIndex() == 0
    assert not view.reset_button.isEnabled()


def test_the_view_mode_is_remembered(qtbot: Any, services: Any) -> None:
    view = open_view(qtbot, services)
    assert view.mode is CardMode.GRID
    view.list_button.click()
    assert view.mode is CardMode.LIST and view.results.viewMode() == view.results.ViewMode.ListMode
    view.close()
    assert open_view(qtbot, services).mode is CardMode.LIST


def test_thumbnails_render_lazily_and_once(qtbot: Any, services: Any) -> None:
    calls: list[tuple[str, int]] = []

    def renderer(exercise_id: str, size: int) -> Any:
        from PySide6.QtGui import QPixmap

        calls.append((exercise_id, size))
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        return pixmap

    view = LibraryView(services, thumbnail_renderer=renderer)
    qtbot.addWidget(view)
    view.resize(900, 600)
    assert calls == []  # nothing renders before a card is painted
    view.show()
    qtbot.waitUntil(lambda: view.thumbnails.cached_count() > 0 and view.thumbnails.pending_count() == 0)
    painted = len(calls)
    assert 0 < painted < len(services.library)  # only the cards on screen
    view.results.viewport().repaint()
    assert len(calls) == painted  # cached: a repaint renders nothing again
    assert len(set(calls)) == len(calls)


@pytest.mark.parametrize("mode", list(CardMode))
def test_every_control_has_an_accessible_name(qtbot: Any, services: Any, mode: CardMode) -> None:
    view = open_view(qtbot, services)
    view.set_mode(mode)
    view.open_exercise("hip-90-90-stretch")
    for widget in view.findChildren(QWidget):
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.isVisibleTo(view):
            assert widget.accessibleName(), f"{type(widget).__name__} has no accessible name"


@pytest.mark.parametrize(
    ("exercise_id", "rhythm"),
    [
        ("glute-bridge", "Each rep: lift 1 s, hold 1 s, lower 2 s"),
        ("tempo-squat", "Each rep: down 2 s, up 1 s"),
        ("quadruped-hip-circles", "3 reps each way"),
    ],
)
def test_the_detail_says_each_rep_in_the_order_it_happens(
    qtbot: Any, services: Any, exercise_id: str, rhythm: str
) -> None:
    view = open_view(qtbot, services)
    view.detail.show_exercise(services.library[exercise_id], favourite=False)
    assert rhythm in view.detail.dose.text()


def test_a_search_lists_the_exercises_it_names_before_the_checks(qtbot: Any, services: Any) -> None:
    view = open_view(qtbot, services)
    view.search.setText("90/90")
    ids = shown_ids(view)
    checks = [i for i in ids if services.library[i].phase.value == "check"]
    drills = [i for i in ids if i not in checks]
    assert {"hip-90-90-switches", "hip-90-90-stretch"} <= set(drills)
    assert ids == drills + checks  # every check after every exercise
    view.search.setText("")
    assert shown_ids(view) == [e.id for e in services.library.exercises()]  # no words: the library's order


def test_changing_the_search_leaves_the_open_exercise_open(qtbot: Any, services: Any) -> None:
    view = open_view(qtbot, services)
    view.open_exercise("figure-four-stretch", focus=False)
    view.search.setFocus()
    type_text(qtbot, "ham")  # the figure-four card is filtered out; the list's current row moves
    assert "figure-four-stretch" not in shown_ids(view)
    assert view.detail.exercise is not None and view.detail.exercise.id == "figure-four-stretch"
    view.search.clear()
    assert view.detail.exercise.id == "figure-four-stretch"
    press(qtbot, Qt.Key.Key_Down)  # into the list, and on: now the person chooses
    press(qtbot, Qt.Key.Key_Right)
    assert view.detail.exercise.id == view.results.currentIndex().data(ExerciseRole.ID)
