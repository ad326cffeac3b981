"""Keyboard and screen-reader audit of every view, in the real main window over real services.

Every tab, dialog and bar is opened and every descendant widget walked: each visible, enabled control must have a
name a screen reader can say (an accessible name, words on a button, or a label that is its buddy) and must take
keyboard focus with Tab, unless it is listed below as mouse-only with its keyboard equivalent. A button that shows
only a symbol needs a tooltip, a list's items need words, and no Alt+letter may be answered twice in a window.
Tab and Shift+Tab must then walk through all of a view's controls without getting stuck in one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QSlider,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from hipdesk.app import Startup, qsettings_for
from hipdesk.clock import FakeClock, FakeWallClock
from hipdesk.domain.routine import Routine, RoutineItem
from hipdesk.paths import Paths
from hipdesk.ui.history.charts import SlotPlot
from hipdesk.ui.main_window import MainWindow
from hipdesk.ui.tabs import TABS

INTERACTIVE: tuple[type[QWidget], ...] = (
    QAbstractButton,  # push, tool, check and radio buttons
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,  # spin boxes and time edits
    QAbstractItemView,  # lists, trees, tables
    QSlider,
    QTabBar,
    SlotPlot,  # History's charts: the arrow keys walk their slots
)

# Controls that are deliberately left out of the Tab chain, each with the keyboard way to the same thing.
MOUSE_ONLY: dict[str, str] = {
    "QLineEditIconButton": "a line edit's clear (x) button: Ctrl+A then Delete clears the text by keyboard",
}
# Mouse gestures on painted items (not widgets), each with its keyboard way; test_mouse_gestures_have_keys checks.
PAINTED_GESTURES: dict[str, str] = {
    "the star on a library card": "Ctrl+D stars the current exercise",
    "dragging a routine's rows": "Ctrl+Up and Ctrl+Down move the selected row",
    "clicking or hovering a week on a history chart": "the arrow keys walk the weeks on the focused chart",
    "hovering a day on the history calendar": "not yet by keyboard; the calendar's description counts active days",
}

# Start-up of the sound and voice cues on a machine without audio or a speech engine (the player says cues are off).
pytestmark = pytest.mark.qt_log_ignore(
    "Couldn't (load|resolve)", "PulseAudioService", "text-to-speech", "Using Qt multimedia"
)

_WORD = re.compile(r"[^\W_]", re.UNICODE)


def has_words(text: str) -> bool:
    """True when ``text`` says something (a lone symbol such as ✕ or ▶ does not)."""
    return bool(_WORD.search(text.replace("&", "")))


def class_name(widget: QWidget) -> str:
    """Qt's own class name (Python sees some private classes only as their public base)."""
    return widget.metaObject().className()


def describe(widget: QWidget) -> str:
    chain: list[str] = []
    node: QWidget | None = widget
    while node is not None and len(chain) < 5:
        chain.append(node.objectName() or type(node).__name__)
        node = node.parentWidget()
    text = widget.text() if isinstance(widget, QAbstractButton) else ""
    return f"{class_name(widget)} {text!r} in {' < '.join(chain)}"


def spoken_name(widget: QWidget) -> str:
    """What a screen reader says for the control: its accessible name, its words, or its buddy label."""
    if widget.accessibleName().strip():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton) and has_words(widget.text()):
        return widget.text()
    if isinstance(widget, QTabBar) and isinstance(widget.parentWidget(), QTabWidget):
        return widget.parentWidget().accessibleName()  # type: ignore[union-attr]
    for label in widget.window().findChildren(QLabel):
        if label.buddy() is widget and has_words(label.text()):
            return label.text()
    return ""


def is_inner_part(widget: QWidget) -> bool:
    """A part of a larger control: a spin box's line edit, an editable combo box's line edit, or the header of a
    table or tree that does not sort (the view itself is the control; its columns are read with each cell)."""
    if widget.objectName().startswith("qt_"):
        return True
    if isinstance(widget, QHeaderView) and not widget.isSortIndicatorShown():
        return True
    parent = widget.parentWidget()
    return isinstance(parent, QComboBox) and parent.lineEdit() is widget


def takes_tab(widget: QWidget) -> bool:
    return bool(widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value)


def controls(root: QWidget) -> list[QWidget]:
    """The visible, enabled controls under ``root`` (``root`` included), in creation order."""
    found = [root] if isinstance(root, INTERACTIVE) else []
    found += [w for w in root.findChildren(QWidget) if isinstance(w, INTERACTIVE)]
    return [w for w in found if w.isVisible() and w.isEnabled() and not is_inner_part(w)]


def audit(root: QWidget) -> list[str]:
    """Every control under ``root`` without a spoken name, or out of the Tab chain without a reason."""
    problems: list[str] = []
    for widget in controls(root):
        if not spoken_name(widget):
            problems.append(f"no accessible name: {describe(widget)}")
        if isinstance(widget, QAbstractButton) and not has_words(widget.text()) and not widget.toolTip():
            problems.append(f"an icon or symbol with no tooltip: {describe(widget)}")
        if not takes_tab(widget) and class_name(widget) not in MOUSE_ONLY and not group_takes_tab(widget):
            problems.append(f"not reachable by Tab: {describe(widget)}")
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            problems += [f"item {row} says nothing: {describe(widget)}" for row in silent_rows(widget)]
    return problems


def silent_rows(view: QAbstractItemView) -> list[int]:
    """Rows (of the first few) whose first cell has no text for a screen reader: painted-only items."""
    model = view.model()
    if model is None:
        return []
    silent: list[int] = []
    for row in range(min(model.rowCount(view.rootIndex()), 5)):
        index = model.index(row, 0, view.rootIndex())
        spoken = index.data(Qt.ItemDataRole.AccessibleTextRole) or index.data(Qt.ItemDataRole.DisplayRole)
        if not (isinstance(spoken, str) and has_words(spoken)):
            silent.append(row)
    return silent


def owner_in(widget: QWidget | None, wanted: list[QWidget]) -> QWidget | None:
    """The control in ``wanted`` that ``widget`` is, or is part of (focus may sit on an inner line edit)."""
    while widget is not None:
        if widget in wanted:
            return widget
        widget = widget.parentWidget()
    return None


def tab_stop(widget: QWidget) -> object:
    """What one Tab stop stands for: the widget, or its whole exclusive button group (Tab lands on the checked
    button and the arrow keys move within the group, as with radio buttons)."""
    if isinstance(widget, QAbstractButton):
        group = widget.group()
        if group is not None and group.exclusive():
            return group
    return widget


def group_takes_tab(widget: QWidget) -> bool:
    """A button of an exclusive group is one Tab stop with the others: Qt keeps Tab on the last one focused."""
    stop = tab_stop(widget)
    return stop is not widget and any(takes_tab(b) for b in stop.buttons())  # type: ignore[attr-defined]


def tab_walk(qtbot: QtBot, root: QWidget, *, backwards: bool = False) -> list[str]:
    """Press Tab from the first control under ``root`` until focus comes round again; what was never reached,
    or where focus got stuck."""
    wanted = [w for w in controls(root) if takes_tab(w)]
    if not wanted:
        return []
    window = root.window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    first = wanted[0]
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: first.hasFocus() or owner_in(QApplication.focusWidget(), wanted) is first)
    reached = {id(tab_stop(first))}
    problems: list[str] = []
    key = Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab
    for _press in range(3 * len(wanted) + 20):
        before = QApplication.focusWidget()
        assert before is not None
        holder = owner_in(before, wanted)
        inner_steps = isinstance(holder, QDateTimeEdit) and (
            holder.currentSectionIndex() > 0 if backwards else holder.currentSectionIndex() < holder.sectionCount() - 1
        )
        qtbot.keyClick(before, key)
        after = QApplication.focusWidget()
        if after is before and len(wanted) > 1:
            if inner_steps:
                continue  # in a time edit Tab moves between the hours and the minutes first, then on
            problems.append(f"Tab is stuck in {describe(before)}")
            break
        owner = owner_in(after, wanted)
        if owner is first:
            break
        if owner is not None:
            reached.add(id(tab_stop(owner)))
    problems += [f"never reached by Tab: {describe(w)}" for w in wanted if id(tab_stop(w)) not in reached]
    return problems


# ---- the window and its views ------------------------------------------------------------------------------------
@dataclass
class App:
    window: MainWindow
    startup: Startup


@pytest.fixture
def app(qtbot: QtBot, paths: Paths, wall: FakeWallClock, fake_clock: FakeClock) -> Iterator[App]:
    window = MainWindow(qsettings_for(paths))
    qtbot.addWidget(window)
    window.resize(1200, 820)
    window.show()
    qtbot.waitExposed(window)
    startup = Startup(window, paths, clock=fake_clock, wall=wall)
    assert startup.finish()
    for box in QApplication.topLevelWidgets():
        if isinstance(box, QMessageBox) and box.isVisible():  # the first-start safety notice
            box.done(0)
    qtbot.waitUntil(
        lambda: not any(isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets())
    )
    yield App(window, startup)
    for widget in QApplication.topLevelWidgets():
        if widget is not window and widget.isVisible():
            widget.close()
    startup.close()


def tab(qtbot: QtBot, app: App, key: str) -> QWidget:
    widget = app.window.show_tab(key)
    assert widget is not None
    qtbot.waitUntil(widget.isVisible)
    return widget


_MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic_clashes(root: QWidget) -> list[str]:
    """Alt+letter keys that two things in ``root``'s window answer to (Qt then only moves between them)."""
    window = root.window()
    owners: dict[str, list[str]] = {}
    texts: list[str] = []
    if isinstance(window, QMainWindow):
        texts += [a.text() for a in window.menuBar().actions() if a.isVisible()]
    for widget in window.findChildren(QWidget):
        if not (widget.isVisible() and widget.isEnabled()):
            continue
        if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy() is not None):
            texts.append(widget.text())
    for text in texts:
        for letter in _MNEMONIC.findall(text):
            owners.setdefault(letter.casefold(), []).append(text.replace("&&", "&"))
    return [f"Alt+{k.upper()} is taken by {' and '.join(v)}" for k, v in owners.items() if len(v) > 1]


def unread_combo_names(root: QWidget) -> list[str]:
    """Drop-downs a Linux screen reader would announce by their value alone: there Qt names a combo box by its
    current text and reads its real name from a label related to it (``hipdesk.ui.accessibility.name_combo``)."""
    problems = []
    for combo in root.findChildren(QComboBox):
        if not combo.isVisible():
            continue
        iface = QAccessible.queryAccessibleInterface(combo)
        labels = [rel[0].text(QAccessible.Text.Name) for rel in iface.relations(QAccessible.Relation.Label)]
        if not any(has_words(label) for label in labels):
            problems.append(f"a drop-down read only by its value {combo.currentText()!r}: {describe(combo)}")
    return problems


def check(qtbot: QtBot, root: QWidget) -> None:
    problems = audit(root) + mnemonic_clashes(root) + unread_combo_names(root)
    problems += tab_walk(qtbot, root) + tab_walk(qtbot, root, backwards=True)
    assert not problems, "\n".join(problems)


def two_item_routine(app: App) -> Routine:
    library = app.window.services.library  # type: ignore[union-attr]
    per_side = next(e.id for e in library.exercises() if e.per_side and e.dose.is_hold)
    reps = next(e.id for e in library.exercises() if not e.per_side and not e.dose.is_hold)
    return Routine(id="a11y", name="Audit routine", description="", items=(RoutineItem(per_side), RoutineItem(reps)))


def test_main_window_tab_bar_and_menus(qtbot: QtBot, app: App) -> None:
    window = app.window
    assert window.tabs.tabBar().accessibleName() or window.tabs.accessibleName()
    for menu_action in window.menuBar().actions():
        assert has_words(menu_action.text()) and "&" in menu_action.text(), menu_action.text()  # Alt opens it
        menu = menu_action.menu()
        assert isinstance(menu, QMenu)
        for action in menu.actions():
            assert action.isSeparator() or has_words(action.text()), action


def test_the_shortcut_each_tab_tooltip_names_switches_to_it(qtbot: QtBot, app: App) -> None:
    window = app.window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for index in reversed(range(window.tabs.count())):
        keys = re.search(r"\((Ctrl\+\d)\)", window.tabs.tabToolTip(index))
        assert keys is not None, window.tabs.tabToolTip(index)
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + int(keys.group(1)[-1])), Qt.KeyboardModifier.ControlModifier)
        assert window.tabs.currentIndex() == index  # shortcuts act at once


@pytest.mark.parametrize("key", [spec.key for spec in TABS])
def test_every_tab(qtbot: QtBot, app: App, key: str) -> None:
    check(qtbot, tab(qtbot, app, key))


def test_library_with_an_exercise_open(qtbot: QtBot, app: App) -> None:
    view: Any = tab(qtbot, app, "library")
    view.open_index(view.proxy.index(0, 0), focus=False)
    qtbot.waitUntil(view.detail.isVisible)
    check(qtbot, view)


def test_library_as_a_list_and_with_no_matches(qtbot: QtBot, app: App) -> None:
    view: Any = tab(qtbot, app, "library")
    view.list_button.click()
    check(qtbot, view)
    view.search.setText("no exercise is called this")
    qtbot.waitUntil(lambda: view.results_stack.currentIndex() == 1)
    check(qtbot, view)


def test_routine_editor_on_a_user_routine(qtbot: QtBot, app: App) -> None:
    view: Any = tab(qtbot, app, "routines")
    view.editor.new_routine(two_item_routine(app).items)
    view.editor.select_row(0)
    qtbot.waitUntil(view.editor.dose_editor.isVisible)
    check(qtbot, view)


def test_player_mid_session_pain_stop_and_summary(qtbot: QtBot, app: App) -> None:
    player: Any = tab(qtbot, app, "player")
    player.play(two_item_routine(app))
    qtbot.waitUntil(lambda: player.stack.currentWidget() is player.session_view)
    check(qtbot, player)

    player.ask_end()  # the "End this session now?" bar
    qtbot.waitUntil(player.session_view.confirm_bar.isVisible)
    check(qtbot, player)
    player.keep_going()

    player.pain_stop()
    dialog = player.pain_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    check(qtbot, dialog)
    dialog.reject()
    qtbot.waitUntil(player.session_view.advice_bar.isVisible)  # "carry on, or end for today"
    check(qtbot, player)

    player.toggle_mini()
    assert player.mini is not None
    qtbot.waitExposed(player.mini)
    check(qtbot, player.mini)
    player.mini.hide()

    player.end_now()
    qtbot.waitUntil(lambda: player.stack.currentWidget() is player.summary_view)
    check(qtbot, player)


def test_history_with_two_weeks_of_use(qtbot: QtBot, app: App) -> None:
    from tools.fill_history import fill_two_weeks

    services: Any = app.window.services
    fill_two_weeks(services.history._engine, services.wall.today())
    view: Any = tab(qtbot, app, "history")
    view.wait_for_reads()
    qtbot.waitUntil(lambda: view._complete, timeout=10_000)
    check(qtbot, view)


def test_weekly_check_every_page_and_the_summary(qtbot: QtBot, app: App) -> None:
    dialog: Any = app.window.open_weekly_check()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    view = dialog.view
    for index in range(view.stack.count()):
        if index == view.stack.count() - 1:
            view.save_and_summarize()
        else:
            view.show_page(index)
        check(qtbot, dialog)


def test_settings_about_and_safety_dialogs(qtbot: QtBot, app: App) -> None:
    settings = app.window.show_settings()
    assert settings is not None
    qtbot.waitExposed(settings)
    check(qtbot, settings)
    settings.reject()
    for box in (app.window.show_about(), app.window.show_safety_notice()):
        qtbot.waitExposed(box)
        check(qtbot, box)
        box.done(0)


def test_reminder_notice_check_reminder_and_tray_menu(qtbot: QtBot, app: App, wall: FakeWallClock) -> None:
    from hipdesk.ui.companion.tray import CompanionTray

    companion = app.startup.start_companion()
    assert companion is not None
    companion.notice.show_reminder("Time for your hips", "Five minutes now.", "Start Desk five", True)
    bar = app.window.check_reminder
    assert bar is not None
    bar.update_for(None, app.window.services.wall.today())
    qtbot.waitUntil(lambda: companion.notice.isVisible() and bar.isVisible())
    check(qtbot, companion.notice)
    check(qtbot, bar)
    next_day = app.window.next_day_pain
    assert next_day is not None
    next_day.bar.ask("How do your hips feel today?", "Yesterday you rated pain during a session.")
    qtbot.waitUntil(next_day.bar.isVisible)
    check(qtbot, next_day.bar)

    tray = CompanionTray(companion.controller)
    for action in tray.menu.actions():
        assert action.isSeparator() or has_words(action.text()) or not action.isVisible(), action
    tray.menu.deleteLater()


def test_progression_suggestion(qtbot: QtBot, app: App) -> None:
    from hipdesk.domain.progression import Feeling, SessionOutcome, suggest_next

    services: Any = app.window.services
    controller = app.window.progression
    assert controller is not None
    routine = services.routines.save(two_item_routine(app))
    for outcomes in ([SessionOutcome(Feeling.EASY)] * 2, [SessionOutcome(Feeling.EASY)]):  # changes, then none
        panel = controller.show(suggest_next(routine, outcomes, services.library))
        qtbot.waitExposed(panel)
        check(qtbot, panel)
        panel.reject()


def test_figure_says_what_it_shows(qtbot: QtBot, app: App) -> None:
    from hipdesk.domain.exercise import Side
    from hipdesk.ui.figure.figure_widget import FigureWidget

    figure = FigureWidget()
    qtbot.addWidget(figure)
    figure.set_exercise(two_item_routine(app).items[0].exercise_id, Side.RIGHT)
    assert "right" in figure.accessibleName().lower()
    assert figure.accessibleDescription().startswith("Worked areas in orange: ")  # what the highlight colour means


def test_charts_say_their_values_and_pairs_differ_by_more_than_colour(qtbot: QtBot, app: App) -> None:
    from tools.fill_history import fill_two_weeks

    services: Any = app.window.services
    fill_two_weeks(services.history._engine, services.wall.today())
    view: Any = tab(qtbot, app, "history")
    view.wait_for_reads()
    qtbot.waitUntil(lambda: view._complete, timeout=10_000)
    charts = [c for c in view.findChildren(SlotPlot) if c.isVisible()]
    assert len(charts) >= 5
    for chart in charts:
        assert has_words(chart.accessibleDescription()), chart.accessibleName()
    pairs = [view.sides_chart.left, view.sides_chart.right, view.pain_chart.before, view.pain_chart.after]
    styles = {item.name: (item.dashed, item.symbol) for item in pairs}
    assert styles["left"] != styles["right"] and styles["before"] != styles["after"]

    # The arrow keys do what hovering and clicking do: describe a week and pick it.
    chart = view.minutes_chart
    app.window.activateWindow()
    qtbot.waitUntil(app.window.isActiveWindow)
    chart.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(chart.hasFocus)
    newest, count = view.selected_week, chart._count
    qtbot.keyClick(chart, Qt.Key.Key_Left)  # the first press lands on the newest week
    assert chart.accessibleDescription() == chart.tooltip_at(count - 1).replace("\n", "; ")
    qtbot.keyClick(chart, Qt.Key.Key_Left)
    assert chart.accessibleDescription().startswith("Week of") and view.selected_week < newest


def test_focus_ring_shows_after_tab_and_not_after_a_click(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QHBoxLayout, QPushButton

    from hipdesk.ui.accessibility import FocusRingStyle

    style = FocusRingStyle("fusion")
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QHBoxLayout(holder)
    first, second = QPushButton("First"), QPushButton("Second")
    for button in (first, second):
        button.setStyle(style)
        layout.addWidget(button)
    holder.show()
    qtbot.waitExposed(holder)
    holder.activateWindow()
    qtbot.waitUntil(holder.isActiveWindow)
    ring = second.palette().highlight().color()

    def ring_drawn() -> bool:
        image = second.grab().toImage()
        edge = image.pixelColor(1, image.height() // 2)  # inside the 2 px ring, on the button's left edge
        return abs(edge.red() - ring.red()) + abs(edge.green() - ring.green()) + abs(edge.blue() - ring.blue()) < 60

    qtbot.mouseClick(second, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(second.hasFocus)
    assert not ring_drawn()
    first.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    qtbot.waitUntil(second.hasFocus)
    assert ring_drawn()


def test_the_focus_ring_is_installed_once(qapp: QApplication) -> None:
    from hipdesk.ui.accessibility import FocusRingStyle, install_focus_ring

    before = qapp.style().name()  # setStyle deletes the style it replaces
    try:
        install_focus_ring(qapp)
        installed = qapp.style()
        assert isinstance(installed, FocusRingStyle)
        install_focus_ring(qapp)
        assert qapp.style() is installed
    finally:
        qapp.setStyle(before)  # the other tests keep the plain style


def test_mouse_gestures_have_keys(qtbot: QtBot, app: App) -> None:
    """The keyboard ways listed in PAINTED_GESTURES (the chart's arrow keys are checked with the charts)."""
    window = app.window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    library: Any = tab(qtbot, app, "library")
    library.results.setFocus(Qt.FocusReason.TabFocusReason)
    library.results.setCurrentIndex(library.proxy.index(0, 0))
    exercise = library.current_exercise()
    assert exercise is not None
    before = exercise.id in window.services.settings.favourites()  # type: ignore[union-attr]
    qtbot.keyClick(library.results, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert (exercise.id in window.services.settings.favourites()) is not before  # type: ignore[union-attr]

    routines: Any = tab(qtbot, app, "routines")
    editor = routines.editor
    editor.new_routine(two_item_routine(app).items)
    editor.select_row(0)
    first = editor.routine().items[0]
    editor.items_view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(editor.items_view.hasFocus)
    qtbot.keyClick(editor.items_view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert editor.routine().items[1] == first and editor.selected_row() == 1
    qtbot.keyClick(editor.items_view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert editor.routine().items[0] == first
