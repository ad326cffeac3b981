"""The Routines tab end to end: duplicate Desk five, add and move a figure-four stretch, set 45 s holds, save,
export, delete, import back and play; undo and redo; bad imports; the item models under qtmodeltester."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from hipdesk.content.routine_file import read_routine_file
from hipdesk.domain.exercise import Dose
from hipdesk.domain.routine import Routine, RoutineItem, Sides
from hipdesk.ui.plain_text import tooltip_source
from hipdesk.ui.routines.exercise_search_model import ExerciseSearchModel
from hipdesk.ui.routines.routine_items_model import RoutineItemsModel
from hipdesk.ui.routines.routine_list_model import RoutineListModel
from hipdesk.ui.routines.routines_view import RoutinesView
from hipdesk.usecases.routine_files import NameChoice, RoutineFile

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def view(qtbot: Any, services: Any) -> RoutinesView:
    widget = RoutinesView(services)
    qtbot.addWidget(widget)
    widget.resize(1100, 730)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def ids(routine: Routine) -> list[str]:
    return list(routine.exercise_ids())


def drag_row(view: RoutinesView, source: int, onto: int) -> None:
    """Drag the row ``source`` of the routine's table and drop it on the lower edge of row ``onto``."""
    table, model = view.editor.items_view, view.editor.items_model
    data = model.mimeData([model.index(source, 0)])
    rect = table.visualRect(model.index(onto, 1))
    at = QPoint(rect.center().x(), rect.bottom() - 2)
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    viewport = table.viewport()
    QApplication.sendEvent(viewport, QDragEnterEvent(at, Qt.DropAction.MoveAction, data, buttons, keys))
    QApplication.sendEvent(viewport, QDragMoveEvent(at, Qt.DropAction.MoveAction, data, buttons, keys))
    QApplication.sendEvent(viewport, QDropEvent(QPointF(at), Qt.DropAction.MoveAction, data, buttons, keys))


def test_the_done_when_path(qtbot: Any, view: RoutinesView, services: Any, tmp_path: Path) -> None:
    editor = view.editor
    # Desk five is first, built-in and read-only
    assert view.selected_routine() is not None and view.selected_routine().name == "Desk five"
    assert editor.is_read_only() and not editor.save_button.isVisible() and editor.read_only_note.isVisible()
    desk_five = editor.routine()

    # 1. duplicate it
    with qtbot.waitSignal(services.events.routines_changed):
        qtbot.mouseClick(editor.duplicate_button, Qt.MouseButton.LeftButton)
    copy = editor.routine()
    assert copy.name == "Desk five (copy)" and not copy.builtin and copy.items == desk_five.items
    assert view.selected_routine() == copy and services.routines.get(copy.id) == copy

    # 2. add a figure-four stretch by searching as you type, then Enter
    editor.search_edit.setFocus()
    qtbot.keyClicks(editor.search_edit, "figure four")
    assert editor.search_model.exercise(0).id == "figure-four-stretch"
    qtbot.keyClick(editor.search_edit, Qt.Key.Key_Return)
    assert ids(editor.routine())[-1] == "figure-four-stretch" and editor.selected_row() == 4

    # 3. move it up two places by keyboard (Ctrl+Up), then down one by dragging (the model's drop)
    editor.items_view.setFocus()
    qtbot.keyClick(editor.items_view, Qt.Key.Key_Up, CTRL)
    qtbot.keyClick(editor.items_view, Qt.Key.Key_Up, CTRL)
    assert ids(editor.routine()).index("figure-four-stretch") == 2 and editor.selected_row() == 2
    drag_row(view, 2, 3)  # dropped below row 3
    assert ids(editor.routine()).index("figure-four-stretch") == 3
    model = editor.items_model
    model.dropMimeData(model.mimeData([model.index(3, 0)]), Qt.DropAction.MoveAction, -1, -1, model.index(1, 0))
    assert ids(editor.routine()).index("figure-four-stretch") == 1

    # 4. 45-second holds
    editor.select_row(1)
    assert editor.dose_editor.kind.currentText() == "Timed hold" and editor.dose_editor.hold.value() == 30
    editor.dose_editor.hold.setValue(45)
    item = editor.routine().items[1]
    assert item.dose is not None and item.dose.hold_s == 45 and item.dose.sets == 2
    assert "2 × 45 s" in model.data(model.index(1, 2))
    assert "longer than the 5-minute target" in editor.advice_text()
    assert editor.is_dirty() and editor.save_button.isEnabled()

    # 5. save: a second version of the copy
    with qtbot.waitSignal(services.events.routines_changed):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    saved = services.routines.get(copy.id)
    assert saved == editor.routine() and not editor.is_dirty()
    assert [v.version for v in services.routines.versions(copy.id)] == [1, 2]

    # 6. export
    editor.choose_save_path = lambda suggested: str(tmp_path / suggested)
    qtbot.mouseClick(editor.export_button, Qt.MouseButton.LeftButton)
    exported = tmp_path / "desk-five-copy.hipdesk-routine.json"
    assert exported.is_file() and "Exported" in editor.message.text()
    assert json.loads(exported.read_text(encoding="utf-8"))["items"][1]["dose"]["hold_s"] == 45

    # 7. delete
    editor.confirm = lambda title, text: True
    with qtbot.waitSignal(services.events.routines_changed):
        qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    assert services.routines.all() == [] and view.model.row_of(copy.id) == -1
    assert editor.routine().name == "Desk five"

    # 8. import it back: the same routine under a new id
    view.choose_open_path = lambda: str(exported)
    with qtbot.waitSignal(services.events.routines_changed):
        qtbot.mouseClick(view.import_button, Qt.MouseButton.LeftButton)
    [imported] = services.routines.all()
    assert replace(imported, id=saved.id) == saved
    assert editor.routine() == imported and view.selected_routine() == imported

    # 9. play it
    with qtbot.waitSignal(services.events.play_requested) as played:
        qtbot.mouseClick(view.start_button, Qt.MouseButton.LeftButton)
    assert played.args == [imported]


def test_undo_and_redo_by_keyboard(qtbot: Any, view: RoutinesView, services: Any) -> None:
    editor = view.editor
    editor.new_routine()
    start = editor.routine()
    editor.add_exercise("glute-bridge")
    editor.add_exercise("figure-four-stretch")
    editor.select_row(1)
    editor.set_item_sides(1, Sides.LEFT)
    editor.move_item(1, 0)
    after = editor.routine()
    assert ids(after) == ["figure-four-stretch", "glute-bridge"]
    assert "left side only" in editor.advice_text()

    editor.items_view.setFocus()
    for expected in (
        ["glute-bridge", "figure-four-stretch"],  # the move undone
        ["glute-bridge", "figure-four-stretch"],  # the sides undone
        ["glute-bridge"],
        [],
    ):
        qtbot.keyClick(editor.items_view, Qt.Key.Key_Z, CTRL)
        assert ids(editor.routine()) == expected
    assert editor.routine() == start and not editor.undo_stack.canUndo()
    for _ in range(4):
        qtbot.keyClick(editor.items_view, Qt.Key.Key_Z, CTRL | SHIFT)
    assert editor.routine() == after and "left side only" in editor.advice_text()

    # typing a name is one undo step, and the Delete key removes the selected exercise
    editor.select_row(0)
    qtbot.keyClick(editor.items_view, Qt.Key.Key_Delete)
    assert ids(editor.routine()) == ["glute-bridge"]
    editor.name_edit.selectAll()
    qtbot.keyClicks(editor.name_edit, "Evening")
    assert editor.routine().name == "Evening"
    editor.undo_stack.undo()
    assert editor.routine().name == start.name and editor.name_edit.text() == start.name
    editor.undo_stack.undo()
    assert ids(editor.routine()) == ["figure-four-stretch", "glute-bridge"]


def test_dose_edits_are_undoable_and_the_own_dose_comes_back(qtbot: Any, view: RoutinesView) -> None:
    editor = view.editor
    editor.new_routine()
    editor.add_exercise("glute-bridge")
    dose = editor.dose_editor
    dose.kind.setCurrentIndex(0)  # timed hold
    assert editor.routine().items[0].dose == Dose(sets=2, hold_s=30, rest_s=30)
    dose.kind.setCurrentIndex(1)  # back to reps: the exercise's own dose again
    assert editor.routine().items[0].dose is None
    dose.sets.setValue(3)
    dose.sets.setValue(4)  # consecutive edits of one field merge into one undo step
    dose.up.setValue(2.5)
    item = editor.routine().items[0]
    assert item.dose is not None and item.dose.sets == 4 and item.dose.tempo.up_s == 2.5
    editor.undo_stack.undo()
    assert editor.routine().items[0].dose is not None and editor.routine().items[0].dose.sets == 4
    assert dose.up.value() == 1.0
    editor.undo_stack.undo()
    assert editor.routine().items[0].dose is None and dose.sets.value() == 2
    dose.sets.setValue(3)
    qtbot.mouseClick(dose.reset, Qt.MouseButton.LeftButton)
    assert editor.routine().items[0].dose is None
    # sides only for an exercise done one side at a time
    assert not dose.sides.isEnabled()
    editor.add_exercise("figure-four-stretch")
    assert dose.sides.isEnabled()
    dose.sides.setCurrentIndex(2)
    assert editor.routine().items[1].sides is Sides.RIGHT


def test_a_bad_import_says_what_and_where_and_writes_nothing(
    qtbot: Any, view: RoutinesView, services: Any, tmp_path: Path
) -> None:
    bad = tmp_path / "ten-hours.json"
    bad.write_text(
        json.dumps(
            {
                "hipdesk_routine": 1,
                "name": "Ten hours",
                "items": [{"exercise": "figure-four-stretch", "dose": {"sets": 1, "hold_s": 36000}}],
            }
        ),
        encoding="utf-8",
    )
    view.choose_open_path = lambda: str(bad)
    with qtbot.assertNotEmitted(services.events.routines_changed):
        qtbot.mouseClick(view.import_button, Qt.MouseButton.LeftButton)
    text = view.editor.message.text()
    assert "Nothing was imported" in text and "ten-hours.json: items[0].dose.hold_s" in text and "36000" in text
    assert services.routines.all() == []


def test_an_import_whose_name_is_taken_asks_copy_or_cancel(
    qtbot: Any, view: RoutinesView, services: Any, tmp_path: Path
) -> None:
    desk_five_file = tmp_path / "desk.json"
    desk_five_file.write_text(json.dumps({"hipdesk_routine": 1, "name": "desk FIVE", "items": []}), encoding="utf-8")
    asked: list[RoutineFile] = []
    view.choose_on_clash = lambda file: asked.append(file) or NameChoice.CANCEL
    with qtbot.assertNotEmitted(services.events.routines_changed):
        assert view.import_from(desk_five_file) is None
    [file] = asked
    assert file.clash is not None and file.clash.name == "Desk five" and NameChoice.REPLACE not in file.choices
    assert "Nothing was imported from desk.json" in view.editor.message.text()
    assert services.routines.all() == []

    view.choose_on_clash = lambda file: NameChoice.COPY
    with qtbot.waitSignal(services.events.routines_changed):
        imported = view.import_from(desk_five_file)
    assert imported is not None and imported.name == "desk FIVE (copy)"
    assert view.editor.routine() == imported and "Imported" in view.editor.message.text()

    # the same file again: "desk FIVE (copy)" is taken now, so the copy gets the next free name
    view.choose_on_clash = lambda file: NameChoice.COPY
    again = view.import_from(desk_five_file)
    assert again is not None and again.name == "desk FIVE (copy 2)"


def test_an_import_can_replace_a_user_routine_of_that_name(
    qtbot: Any, view: RoutinesView, services: Any, tmp_path: Path
) -> None:
    mine = services.routines.duplicate(services.builtin_routines[0], name="Mine")
    path = tmp_path / "mine.json"
    path.write_text(
        json.dumps({"hipdesk_routine": 1, "name": "MINE", "items": [{"exercise": "glute-bridge"}]}), encoding="utf-8"
    )
    view.choose_on_clash = lambda file: NameChoice.REPLACE
    with qtbot.waitSignal(services.events.routines_changed):
        replaced = view.import_from(path)
    assert replaced is not None and replaced.id == mine.id and replaced.name == "Mine"
    assert replaced.exercise_ids() == ("glute-bridge",)
    assert [v.version for v in services.routines.versions(mine.id)] == [1, 2]


def test_built_ins_stay_read_only(view: RoutinesView, services: Any) -> None:
    editor = view.editor
    before = editor.routine()
    editor.add_exercise("plank")
    editor.remove_item(0)
    editor.move_item(0, 1)
    editor.set_name("Mine now")
    assert editor.routine() == before and editor.save() is None
    assert "read-only" in editor.message.text() and services.routines.all() == []


def test_adding_from_the_library(qtbot: Any, view: RoutinesView, services: Any) -> None:
    # with a built-in shown, the exercise starts a new routine
    view.add_exercise_to_routine("figure-four-stretch")
    editor = view.editor
    assert not editor.is_read_only() and ids(editor.routine()) == ["figure-four-stretch"]
    assert editor.routine().name == "My routine" and "Added Figure-four stretch" in editor.message.text()
    # with a user routine shown, it is added to it
    view.add_exercise_to_routine("glute-bridge")
    assert ids(editor.routine()) == ["figure-four-stretch", "glute-bridge"]
    saved = editor.save()
    assert saved is not None and view.selected_routine() == saved


def test_the_main_window_routes_add_to_routine(qtbot: Any, services: Any, tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    from hipdesk.ui.main_window import MainWindow

    window = MainWindow(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.attach(services)
    services.events.add_to_routine_requested.emit("figure-four-stretch")
    routines = window.built_tab("routines")
    assert isinstance(routines, RoutinesView)
    assert window.tabs.currentWidget() is routines
    assert ids(routines.editor.routine()) == ["figure-four-stretch"]


def test_leaving_unsaved_changes_asks_first(qtbot: Any, view: RoutinesView, services: Any) -> None:
    editor = view.editor
    editor.new_routine()
    editor.add_exercise("plank")
    asked: list[str] = []

    def refuse(name: str) -> bool:
        asked.append(name)
        return False

    view.confirm_discard = refuse
    view.list_view.setCurrentIndex(view.model.index(2, 0))
    assert asked == ["My routine"] and ids(editor.routine()) == ["plank"]
    view.confirm_discard = lambda name: True
    view.list_view.setCurrentIndex(view.model.index(2, 0))
    assert editor.routine() == services.builtin_routines[2]


def test_saving_needs_a_free_name(qtbot: Any, view: RoutinesView, services: Any) -> None:
    editor = view.editor
    editor.new_routine()
    editor.add_exercise("plank")
    editor.set_name("Back relief")
    assert editor.save() is None and "already called “Back relief”" in editor.message.text()
    editor.set_name("   ")
    assert editor.save() is None and "Give the routine a name" in editor.message.text()
    editor.set_name("Planks")
    editor.set_description("My physio's notes: https://example.org/planks")
    assert editor.save() is None
    assert "Not saved. description: points outside the file" in editor.message.text()
    assert services.routines.all() == []
    editor.set_description("My physio's notes.")
    editor.set_name("  Planks  ")
    saved = editor.save()
    assert saved is not None and saved.name == "Planks" and editor.routine().name == "Planks"


def test_lists_show_time_phases_and_equipment(view: RoutinesView) -> None:
    from hipdesk.ui.routines.routine_list_model import DETAIL_ROLE, PHASES_ROLE

    index = view.model.index(view.model.row_of("roll-stretch-strengthen"), 0)
    assert "Foam roller, band" in index.data(DETAIL_ROLE) and "min" in index.data(DETAIL_ROLE)
    assert index.data(PHASES_ROLE).startswith("Roll, Stretch")
    assert view.model.rowCount() == 8


def test_models_pass_the_model_tester(qtmodeltester: Any, services: Any) -> None:
    routines = RoutineListModel(services.library)
    routines.set_routines(services.builtin_routines)
    qtmodeltester.check(routines)

    items = RoutineItemsModel(services.library)
    items.set_routine(
        Routine(
            id="r",
            name="R",
            description="",
            items=(
                RoutineItem("figure-four-stretch", dose=Dose(sets=2, hold_s=45), extra_sets_left=1),
                RoutineItem("glute-bridge"),
                RoutineItem("no-such-drill"),
            ),
        )
    )
    qtmodeltester.check(items)

    search = ExerciseSearchModel(services.library)
    qtmodeltester.check(search)
    search.set_query("hip flexor")
    assert search.rowCount() > 0
    qtmodeltester.check(search)


def test_an_exported_builtin_reads_back_identical(view: RoutinesView, services: Any, tmp_path: Path) -> None:
    for routine in services.builtin_routines:
        view.select_routine(routine.id)
        path = tmp_path / f"{routine.id}.json"
        assert view.editor.export_to(path)
        back = read_routine_file(path, services.library)
        assert back == replace(routine, id="", builtin=False)


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("figure four", "figure-four-stretch"),
        ("hip flexor", "half-kneeling-hip-flexor-stretch"),
        ("glute", "glute-bridge"),
    ],
)
def test_search_puts_name_matches_first(services: Any, query: str, first: str) -> None:
    search = ExerciseSearchModel(services.library)
    search.set_query(query)
    assert search.exercise(0).id == first


def test_a_long_name_wraps_and_a_cut_one_shows_whole_in_its_tooltip(qtbot: Any, view: RoutinesView) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QFontMetrics, QHelpEvent
    from PySide6.QtWidgets import QStyleOptionViewItem, QToolTip

    from hipdesk.ui.routines.routines_view import name_lines

    lv, model = view.list_view, view.model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data().startswith("Beginner: check"))
    long_index, short_index = model.index(row, 0), model.index(0, 0)
    name = long_index.data()
    assert lv.visualRect(long_index).height() > lv.visualRect(short_index).height()  # two lines for the name
    assert long_index.data(Qt.ItemDataRole.AccessibleTextRole).startswith(name + ",")  # read out whole

    metrics = QFontMetrics(lv.font())
    assert name_lines(name, metrics, 10_000) == [name]
    wrapped = name_lines(name, metrics, metrics.horizontalAdvance(name) * 2 // 3)
    assert len(wrapped) == 2 and " ".join(wrapped) == name  # wraps at a space, nothing lost
    cut = name_lines(name, metrics, metrics.horizontalAdvance("Beginner:"))
    assert len(cut) == 2 and cut[1].endswith("…")

    delegate = lv.itemDelegate()
    option = QStyleOptionViewItem()
    option.initFrom(lv)
    option.rect = lv.visualRect(long_index).adjusted(0, 0, -lv.visualRect(long_index).width() + 150, 0)  # narrow
    at = lv.visualRect(long_index).center()
    event = QHelpEvent(QEvent.Type.ToolTip, at, lv.viewport().mapToGlobal(at))
    assert delegate.helpEvent(event, lv, option, long_index)
    qtbot.waitUntil(QToolTip.isVisible)
    assert tooltip_source(QToolTip.text()).startswith(name + "\n\n")
    QToolTip.hideText()


def test_ctrl_z_in_a_dose_box_undoes_the_routine_change(qtbot: Any, view: RoutinesView) -> None:
    editor = view.editor
    editor.new_routine()
    editor.add_exercise("glute-bridge")
    editor.select_row(0)
    dose = editor.dose_editor
    dose.sets.setFocus()
    dose.sets.setValue(4)
    assert editor.routine().items[0].dose is not None and editor.routine().items[0].dose.sets == 4
    qtbot.keyClick(dose.sets, Qt.Key.Key_Z, CTRL)  # the box does not keep Ctrl+Z for its own text
    assert editor.routine().items[0].dose is None and dose.sets.value() == 2
    qtbot.keyClick(dose.sets, Qt.Key.Key_Z, CTRL | SHIFT)
    assert editor.routine().items[0].dose is not None and editor.routine().items[0].dose.sets == 4


def test_down_from_the_editors_search_goes_into_its_matches(qtbot: Any, view: RoutinesView) -> None:
    editor = view.editor
    editor.new_routine()
    editor.search_edit.setFocus()
    qtbot.keyClicks(editor.search_edit, "bridge")
    assert editor.search_model.rowCount() > 1
    qtbot.keyClick(editor.search_edit, Qt.Key.Key_Down)
    assert editor.search_view.hasFocus() and editor.search_view.currentIndex().row() == 0
    qtbot.keyClick(editor.search_view, Qt.Key.Key_Down)
    assert editor.search_view.currentIndex().row() == 1
    qtbot.keyClick(editor.search_view, Qt.Key.Key_Return)
    assert ids(editor.routine()) == [editor.search_model.exercise(1).id]
