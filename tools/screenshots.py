"""Render HipDesk offscreen into ``<out>/`` (run by ``make screenshots``): each tab, then the important states.

Every picture comes from a throwaway data folder, never the developer's own data:

- ``library.png``, ``routines.png``, ``player.png``, ``history.png``: each tab as a new user first sees it.
- ``library-detail.png``: the library with "90/90 hip switches" open in the detail pane.
- ``player-hold.png``, ``player-switch.png``, ``player-summary.png``: a real session of "Lower-body static
  stretch" driven by a fake clock: mid-hold on the left side, the switch to the right, and the summary;
  ``mini-player.png``: the mini player during that session.
- ``pain-stop.png`` (the "Pain – stop" dialog over the player) and ``pain-advice.png`` (the advice after it).
- ``progression.png``: the "Next time" suggestion after two sessions of Desk five that felt too easy, once the day
  after the second one felt no worse.
- ``reminder.png``: the library with a scheduled reminder shown at the top of the window.
- ``routines-duplicate.png``: the routine editor on a copy of a built-in routine.
- ``history-two-weeks.png``, ``history-ten-years.png`` (and ``history-ten-years-full.png``, the whole scrolling
  page): the History tab over data made by ``tools/fill_history.py``.
- ``weekly-check.png``, ``weekly-check-summary.png``: the weekly check dialog on its first check and its summary.
- ``check-photo-panel.png``: the seated rotation check with its "Measure on a photo" panel, after both sides were
  measured on photos; ``check-photo-consent.png``: the question HipDesk asks before the first photo;
  ``check-photo-no-camera.png``: the photo dialog after "Take a photo" on a machine without a camera;
  ``check-photo-points.png``: the three points on a photo of the left leg; ``check-photo-album.png``: the check's
  photos, left against right and this week against the first and the last. The "photos" are HipDesk's own figure
  drawn in the check's pose (``tools/figure_photos.py``): no one's real photo, and no webcam, is needed.
- ``settings.png``: the settings dialog.
- ``library-health.png``, ``player-health-check.png``: with knee trouble in the health profile, the library marks
  the kneeling stretch and offers its safer variation, and the player asks before a routine with it starts.
- ``library-from-routines.png``: the library showing only the exercises a physiotherapist's routine file brought,
  one of them open (it borrows the hip hinge's figure); ``library-no-figure.png``, ``player-no-figure.png``: the
  other, which chose no figure, in the library and in the player.
- ``report-dialog.png``, ``report-page-1.png`` …: File > Report… and the pages of the PDF it writes for the last
  twelve weeks of a year of history (rendered back with ``pdftoppm``, from poppler-utils, when it is installed).
- ``de/``: HipDesk in German (``--only german``): each tab, the library's detail, the player's states, History,
  the weekly check and the settings, under the same names.
- ``dark/``: on a dark palette (``--only dark``): each tab, the library's detail, the player's states, History, the
  weekly check, the pain stop and its advice, and the settings, under the same names.
- ``small/``: in a 1024 × 600 window (``--only small``): each tab, the library's detail, the player's states, the
  routine editor and History, under the same names.

    python tools/screenshots.py [OUT] [--only NAME ...]

The content follows the desktop's language as HipDesk does: ``LANGUAGE=de python tools/screenshots.py /tmp/de``
renders every picture in German.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEventLoop, QLocale, QTimer
from PySide6.QtWidgets import QAbstractItemView, QAbstractScrollArea, QApplication, QWidget

from hipdesk.app import Startup, build_services, create_application, qsettings_for
from hipdesk.clock import FakeClock, FakeWallClock
from hipdesk.content.translations import use_language
from hipdesk.domain.i18n import Language, choose_language, current_language
from hipdesk.paths import Paths
from hipdesk.ui.main_window import MainWindow
from hipdesk.ui.tabs import TABS
from hipdesk.ui.translations import InstalledLanguage, install_language
from hipdesk.usecases.preferences import SAFETY_NOTICE_READ, Preferences
from tools.palettes import fusion_dark

SIZE = (1280, 820)
SMALL_SIZE = (1024, 600)  # the smallest screen HipDesk lays out for (tests/gui/test_small_screen.py)
# Every picture is taken on the same Wednesday morning, so the pictures change only when HipDesk does.
SHOT_NOW = datetime(2026, 11, 18, 9, 40, tzinfo=ZoneInfo("Europe/Berlin"))


def settle(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_until(condition: Callable[[], bool], timeout_ms: int = 20000) -> None:
    waited = 0
    while not condition() and waited < timeout_ms:
        settle(50)
        waited += 50


def save(widget: QWidget, out: Path, name: str) -> None:
    target = out / f"{name}.png"
    widget.grab().save(str(target))
    print(target)


def save_over(window: QWidget, dialog: QWidget, out: Path, name: str) -> None:
    """The window with a dialog drawn over its centre, as a person sees a window-modal dialog."""
    from PySide6.QtGui import QColor, QPainter, QPen

    picture = window.grab()
    shown = dialog.grab()
    x = (picture.width() - shown.width()) // 2
    y = (picture.height() - shown.height()) // 2
    painter = QPainter(picture)
    painter.fillRect(picture.rect(), QColor(0, 0, 0, 60))
    painter.drawPixmap(x, y, shown)
    painter.setPen(QPen(QColor("#8a8a8a"), 1))
    painter.drawRect(x - 1, y - 1, shown.width() + 1, shown.height() + 1)
    painter.end()
    target = out / f"{name}.png"
    picture.save(str(target))
    print(target)


@dataclass
class Scene:
    """A main window over its own throwaway data folder, with a fake clock driving the player."""

    window: MainWindow
    services: Any  # hipdesk.ui.services.Services (imported late: SQLAlchemy)
    clock: FakeClock
    wall: FakeWallClock


@contextmanager
def scene(fill: Callable[[Any, date], object] | None = None) -> Iterator[Scene]:
    from hipdesk.content.exercises import default_exercises_dir, load_library
    from hipdesk.storage.db import open_database

    with tempfile.TemporaryDirectory() as data:
        paths = Paths.resolve(data)
        paths.ensure()
        clock = FakeClock()
        wall = FakeWallClock(SHOT_NOW, follow=clock)
        database = open_database(paths.database, paths.backups, wall)
        if fill is not None:
            fill(database.engine, wall.today())
        settings = qsettings_for(paths)
        language = current_language()  # the desktop's, chosen in main()
        library = load_library(default_exercises_dir(), language)
        services = build_services(paths, database, library, clock=clock, wall=wall, language=language)
        services.preferences.set(SAFETY_NOTICE_READ, True)
        window = MainWindow(settings)
        window.resize(*SIZE)
        window.show()
        window.attach(services)
        try:
            yield Scene(window, services, clock, wall)
        finally:
            player = window.built_tab("player")
            controller = getattr(player, "controller", None)
            if controller is not None and controller.is_active:
                controller.end()
            mini = getattr(player, "mini", None)
            if mini is not None:
                mini.close()
            window.quit_app()
            window.deleteLater()
            settle(100)
            database.dispose()


def play_builtin(s: Scene, routine_id: str, pain_before: int) -> Any:
    """Open the Player tab and start the built-in routine ``routine_id`` on the scene's fake clock."""
    routine = next(r for r in s.services.builtin_routines if r.id == routine_id)
    view: Any = s.window.show_tab("player")
    settle(300)
    view.start_view.pain_before.setValue(pain_before)
    view.play(routine)
    return view


def advance(s: Scene, view: Any, seconds: float, tick_s: float = 0.5) -> None:
    """Move the fake clock on by ``seconds``, one tick at a time, letting the player react to each tick."""
    for _ in range(max(1, round(seconds / tick_s))):
        s.clock.advance(tick_s)
        view.controller.poll()


def safety_notice_read(paths: Paths) -> None:
    """As after a first start: the person has read the safety notice."""
    from hipdesk.storage.db import open_database
    from hipdesk.storage.settings_repository import SettingsRepository

    database = open_database(paths.database, paths.backups, FakeWallClock(SHOT_NOW))
    Preferences(SettingsRepository(database.engine)).set(SAFETY_NOTICE_READ, True)
    database.dispose()


# ---- the plain tabs, as a new user first sees them ------------------------------------------------------------
def plain_tabs(out: Path) -> bool:
    with tempfile.TemporaryDirectory() as data:
        paths = Paths.resolve(data)
        paths.ensure()
        safety_notice_read(paths)  # the notice is a dialog, not part of a tab's picture
        settings = qsettings_for(paths)
        window = MainWindow(settings)
        window.resize(*SIZE)
        window.show()
        clock = FakeClock()
        wall = FakeWallClock(SHOT_NOW, follow=clock)
        # HipDesk chooses its language at start-up: the one these pictures are in.
        startup = Startup(window, paths, clock=clock, wall=wall, desktop_languages=[current_language().value])
        if not startup.finish():
            for box in startup.dialogs:
                print(f"{box.windowTitle()}: {box.text()}", file=sys.stderr)
            return False
        for spec in TABS:
            window.show_tab(spec.key)
            settle(1500)  # layouts settle, lazy thumbnails and charts paint
            save(window, out, spec.key)
        window.close()
        startup.close()
    return True


# ---- the library ------------------------------------------------------------------------------------------------
def library_detail(out: Path) -> None:
    with scene() as s:
        view: Any = s.window.show_tab("library")
        settle(300)
        view.open_exercise("hip-90-90-switches")
        settle(300)  # the grid lays out for the narrower width first
        view.results.scrollTo(view.results.currentIndex(), QAbstractItemView.ScrollHint.PositionAtTop)
        settle(1500)
        save(s.window, out, "library-detail")


# ---- the player -------------------------------------------------------------------------------------------------
def player_states(out: Path) -> None:
    from hipdesk.domain.exercise import Side
    from hipdesk.domain.plan import StepKind

    with scene() as s:
        view = play_builtin(s, "lower-body-static-stretch", pain_before=2)
        controller = view.controller

        def step_is(kind: StepKind, side: Side | None = None) -> bool:
            step = controller.player.step
            return bool(step.kind is kind and (side is None or step.side is side))

        while not step_is(StepKind.HOLD, Side.LEFT):
            advance(s, view, 1)
        advance(s, view, min(12.0, controller.player.step.duration_s / 2))
        settle(400)
        save(s.window, out, "player-hold")
        while not step_is(StepKind.SWITCH):
            advance(s, view, 1)
        advance(s, view, 1)
        settle(400)
        save(s.window, out, "player-switch")
        view.session_view.mini_button.click()
        settle(400)
        if view.mini is not None:
            save(view.mini, out, "mini-player")
            view.mini.close()
        while controller.is_active:
            advance(s, view, 5)
        wait_until(lambda: view.stack.currentWidget() is view.summary_view)
        view.summary_view.feeling_group.buttons()[1].setChecked(True)
        settle(400)
        save(s.window, out, "player-summary")


# ---- routines ---------------------------------------------------------------------------------------------------
def routines_duplicate(out: Path) -> None:
    with scene() as s:
        view: Any = s.window.show_tab("routines")
        settle(300)
        builtin = next(r for r in s.services.builtin_routines if r.id == "desk-five")
        view.select_routine(builtin.id)
        view.editor.duplicate()
        settle(800)
        save(s.window, out, "routines-duplicate")


# ---- history ----------------------------------------------------------------------------------------------------
def _history_ready(s: Scene) -> Any:
    view: Any = s.window.show_tab("history")
    wait_until(lambda: bool(view._complete))  # a long history's rest is read after the first paint
    settle(800)
    return view


def history(out: Path) -> None:
    from tools.fill_history import fill_two_weeks, fill_years

    with scene(fill_two_weeks) as s:
        _history_ready(s)
        save(s.window, out, "history-two-weeks")
    with scene(fill_years) as s:
        view = _history_ready(s)
        save(s.window, out, "history-ten-years")
        from hipdesk.ui.history.history_view import HistoryRange

        view.set_range(HistoryRange.ALL)
        settle(800)
        save(view.content.widget(), out, "history-ten-years-full")  # the whole scrolling page


# ---- the weekly check -------------------------------------------------------------------------------------------
def weekly_check(out: Path) -> None:
    from hipdesk.domain.assessment import CHECKS, CheckValue, Unit
    from hipdesk.domain.exercise import Side

    knee, rotation, thomas = "check-figure-four", "check-seated-rotation.internal", "check-thomas-test"
    with scene() as s:
        this_week = s.wall.today() - timedelta(days=s.wall.today().weekday())
        s.services.checks.save_week(
            this_week - timedelta(days=7),
            [
                CheckValue(knee, Side.LEFT, 14, Unit.CM),
                CheckValue(knee, Side.RIGHT, 15, Unit.CM),
                CheckValue(rotation, Side.LEFT, 36, Unit.DEGREES),
                CheckValue(rotation, Side.RIGHT, 27, Unit.DEGREES),
                CheckValue(thomas, Side.LEFT, 4, Unit.DEGREES),
                CheckValue(thomas, Side.RIGHT, 2, Unit.DEGREES),
            ],
        )
        if s.window.check_reminder is not None:
            s.window.check_reminder.hide()
        dialog: Any = s.window.open_weekly_check()
        settle(1200)
        save(dialog, out, "weekly-check")
        this = [
            CheckValue(knee, Side.LEFT, 13, Unit.CM),
            CheckValue(knee, Side.RIGHT, 14.5, Unit.CM),
            CheckValue(rotation, Side.LEFT, 37, Unit.DEGREES),
            CheckValue(rotation, Side.RIGHT, 25, Unit.DEGREES),
            CheckValue(thomas, Side.LEFT, 3, Unit.DEGREES),
            CheckValue(thomas, Side.RIGHT, 2, Unit.DEGREES),
        ]
        for index in range(len(CHECKS)):
            dialog.view.page(index).set_values(this)
        dialog.view.save_and_summarize()
        settle(800)
        save(dialog, out, "weekly-check-summary")
        dialog.close()


# ---- measuring check angles on photos -----------------------------------------------------------------------------
def check_photos(out: Path) -> None:
    from hipdesk.domain.assessment import CHECKS, measure
    from hipdesk.domain.check_photos import NewCheckPhoto, PhotoSource
    from hipdesk.domain.exercise import Side
    from hipdesk.domain.photo_angles import reading, rounded, rule_for
    from hipdesk.ui.checks.photo_measure_dialog import PhotoMeasureDialog, encode_jpeg, prepared
    from hipdesk.ui.checks.photo_panel import PhotoPanel
    from hipdesk.usecases.check_photos import give_consent, keep_photo
    from tools.figure_photos import FRONT, picture, rig, rotation_joints

    inward = "check-seated-rotation.internal"
    page_index = next(i for i, c in enumerate(CHECKS) if c.id == "check-seated-rotation")
    with scene() as s:
        if s.window.check_reminder is not None:
            s.window.check_reminder.hide()
        this_week = s.wall.today() - timedelta(days=s.wall.today().weekday())
        dialog: Any = s.window.open_weekly_check()
        dialog.view.show_page(page_index)
        panel = dialog.view.page(page_index).findChild(PhotoPanel)
        panel.measure(measure(inward), Side.LEFT)
        wait_until(lambda: panel.consent_box is not None and panel.consent_box.isVisible())
        settle(300)
        save_over(dialog, panel.consent_box, out, "check-photo-consent")
        panel.consent_box.done(0)
        give_consent(s.services.settings)

        # photos of earlier weeks and of this week, each a figure posed at a known inward rotation
        rule = rule_for(inward)
        for weeks_ago, side, rotation in ((6, Side.LEFT, 26), (6, Side.RIGHT, 22), (2, Side.LEFT, 31),
                                          (2, Side.RIGHT, 25), (0, Side.LEFT, 35), (0, Side.RIGHT, 28)):  # fmt: skip
            spec = rig("check-seated-rotation", {"left_hip.rot": rotation}, FRONT, side)
            image = prepared(picture(spec))
            points = rotation_joints(spec, side)
            angle = rounded(reading(rule, points, image.width(), image.height()))
            kept = keep_photo(
                s.services.photos,
                s.wall,
                NewCheckPhoto(inward, side, this_week - timedelta(weeks=weeks_ago), encode_jpeg(image), ".jpg",
                              image.width(), image.height(), points, angle, PhotoSource.CAMERA),
            )  # fmt: skip
            if weeks_ago == 0:
                dialog.view.page(page_index).set_measured(inward, side.value, kept.angle_deg)
        panel.refresh()
        scroll = dialog.view.page(page_index).findChild(QAbstractScrollArea)
        if scroll is not None:
            scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
        settle(800)
        save(dialog, out, "check-photo-panel")

        measuring = PhotoMeasureDialog(s.services, measure(inward), Side.LEFT, this_week, parent=dialog)
        measuring.show()
        measuring.start_camera()
        wait_until(lambda: measuring.problem.isVisible())
        settle(300)
        save(measuring, out, "check-photo-no-camera")
        spec = rig("check-seated-rotation", {"left_hip.rot": 35.0}, FRONT, Side.LEFT)
        measuring.show_photo(picture(spec), PhotoSource.CAMERA)
        measuring.canvas.set_points(rotation_joints(spec, Side.LEFT))
        settle(500)
        save(measuring, out, "check-photo-points")
        measuring.reject()

        album = panel.open_album()
        album.resize(900, 900)
        settle(800)
        save(album, out, "check-photo-album")
        album.close()
        dialog.close()


# ---- pain stop ----------------------------------------------------------------------------------------------------
def pain_stop(out: Path) -> None:
    from hipdesk.domain.plan import StepKind

    with scene() as s:
        view = play_builtin(s, "desk-five", pain_before=1)
        while view.controller.player.step.kind is not StepKind.REPS:
            advance(s, view, 0.5)
        advance(s, view, 8)
        view.pain_stop()
        dialog = view.pain_dialog
        dialog.rating.setValue(6)
        dialog.location.setCurrentText("Front of the hip or groin")
        settle(500)
        save_over(s.window, dialog, out, "pain-stop")
        dialog.accept()
        settle(500)
        save(s.window, out, "pain-advice")


# ---- progression ------------------------------------------------------------------------------------------------
def progression(out: Path) -> None:
    with scene() as s:
        for _ in range(2):
            view = play_builtin(s, "desk-five", pain_before=0)
            while view.controller.is_active:
                advance(s, view, 1.0, tick_s=1.0)
            wait_until(lambda v=view: v.stack.currentWidget() is v.summary_view)
            view.summary_view.feeling_group.buttons()[0].setChecked(True)  # too easy
            view.summary_view.save_button.click()
            settle(300)
        # A step forward waits for the next day: the day after, the hips feel no worse.
        last = s.services.history.sessions_between(s.wall.today(), s.wall.today())[-1]
        s.wall.advance(timedelta(days=1))
        s.services.sessions.record_pain(last.id, "next_day", 0)
        s.services.events.next_day_rated.emit(last.id)
        panel = s.window.progression.panel if s.window.progression is not None else None
        if panel is None:
            print("progression: no suggestion was shown", file=sys.stderr)
            return
        settle(500)
        save_over(s.window, panel, out, "progression")
        panel.close()


# ---- a reminder -------------------------------------------------------------------------------------------------
def reminder(out: Path) -> None:
    from hipdesk.ui.companion.desk_companion import DeskCompanion

    with scene() as s:
        s.window.show_tab("library")
        monday = s.wall.today() + timedelta(days=7 - s.wall.today().weekday())
        s.wall.set(datetime(monday.year, monday.month, monday.day, 10, 25, tzinfo=s.wall.zone()))
        companion = DeskCompanion(s.window, s.services, use_tray=False)
        companion.controller.check()
        s.clock.advance(305)  # 10:30:05: the wall clock follows
        companion.controller.check()
        if s.window.check_reminder is not None:
            s.window.check_reminder.hide()
        settle(1500)
        save(s.window, out, "reminder")
        companion.close()


# ---- settings ---------------------------------------------------------------------------------------------------
def settings_dialog(out: Path) -> None:
    with scene() as s:
        dialog = s.window.show_settings()
        assert dialog is not None
        settle(500)
        save(dialog, out, "settings")
        dialog.close()


# ---- the health profile -----------------------------------------------------------------------------------------
def health_profile(out: Path) -> None:
    from hipdesk.domain.health import HealthProfile
    from hipdesk.usecases.health_profile import save_health_profile

    with scene() as s:
        save_health_profile(s.services.settings, HealthProfile(knee_trouble=True))
        s.services.events.settings_changed.emit()
        view: Any = s.window.show_tab("library")
        settle(300)
        view.open_exercise("tall-kneeling-hip-flexor-stretch")
        settle(300)
        view.results.scrollTo(view.results.currentIndex(), QAbstractItemView.ScrollHint.PositionAtTop)
        settle(1500)
        save(s.window, out, "library-health")
        routine = next(r for r in s.services.builtin_routines if r.id == "physical-therapy-starter")
        player: Any = s.window.show_tab("player")
        settle(300)
        player.play(routine)
        settle(500)
        save(s.window, out, "player-health-check")


def report(out: Path) -> None:
    import shutil
    import subprocess
    from dataclasses import replace

    from hipdesk.domain.exercise import Dose
    from hipdesk.domain.routine import Routine, RoutineItem
    from tools.fill_history import fill_years

    with scene(lambda engine, today: fill_years(engine, today, years=1)) as s:
        routines = s.services.routines
        plan = routines.save(
            Routine("", "Physio plan", "", (RoutineItem("figure-four-stretch", Dose(sets=2, hold_s=30)),))
        )
        routines.save(replace(plan, items=(RoutineItem("figure-four-stretch", Dose(sets=2, hold_s=45)),)))
        with s.services.history._engine.begin() as conn:
            conn.exec_driver_sql(
                "UPDATE sessions SET notes = 'Left hip tight after the long drive; eased off on the right.' "
                "WHERE id = (SELECT max(id) FROM sessions)"
            )
        dialog: Any = s.window.open_report()
        assert dialog is not None
        settle(300)
        save(dialog, out, "report-dialog")
        if shutil.which("pdftoppm") is None:
            print("pdftoppm is missing (Debian: poppler-utils): no report pages")
            dialog.close()
            return
        with tempfile.TemporaryDirectory() as folder:
            pdf = Path(folder) / "report.pdf"
            dialog.save_pdf(pdf)
            for old in out.glob("report-page-*.png"):
                old.unlink()
            subprocess.run(["pdftoppm", "-r", "70", "-png", str(pdf), str(out / "report-page")], check=True)
        for page in sorted(out.glob("report-page-*.png")):
            print(page)
        dialog.close()


def from_routines(out: Path) -> None:
    import json

    from tests.unit.test_custom_exercises import PHYSIO_FILE

    document = json.loads(json.dumps(PHYSIO_FILE))
    document["exercises"][0]["name"] = "Wall hip hinge"
    with scene() as s, tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "from-my-physio.hipdesk-routine.json"
        path.write_text(json.dumps(document), encoding="utf-8")
        routines: Any = s.window.show_tab("routines")
        routines.import_from(path)
        view: Any = s.window.show_tab("library")
        view.routines_check.setChecked(True)
        view.open_exercise("pt-wall-hip-hinge")
        settle(1500)
        save(s.window, out, "library-from-routines")
        view.open_exercise("pt-side-step-hold")
        settle(300)
        save(s.window, out, "library-no-figure")
        view.detail.play_button.click()
        player: Any = s.window.built_tab("player")
        advance(s, player, 14)  # past "get ready", into the first hold
        settle(400)
        save(s.window, out, "player-no-figure")
        player.end_now()


# ---- HipDesk in German -------------------------------------------------------------------------------------------
def german(out: Path) -> bool:
    """The main tabs and states again with HipDesk speaking German (interface and content), into ``out/de``."""
    global _language
    folder = out / "de"
    folder.mkdir(exist_ok=True)
    before = current_language()
    use_language(Language.DE)
    _language.remove()
    _language = install_language(Language.DE.value)
    try:
        groups = (plain_tabs, library_detail, player_states, history, weekly_check, settings_dialog)
        return all(group(folder) is not False for group in groups)
    finally:
        use_language(before)
        _language.remove()
        _language = install_language(before.value)


_language: InstalledLanguage  # the interface's language for the pictures: the desktop's, German for "german"


# ---- a dark desktop and a small screen ---------------------------------------------------------------------------
def dark(out: Path) -> bool:
    """The tabs and the states with the most colour in them on a dark palette (Fusion's dark one), into ``out/dark``:
    HipDesk takes every colour from the palette, so these show what a dark desktop gets."""
    folder = out / "dark"
    folder.mkdir(exist_ok=True)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    app.setPalette(fusion_dark())
    try:
        groups = (plain_tabs, library_detail, player_states, history, weekly_check, pain_stop, settings_dialog)
        return all(group(folder) is not False for group in groups)
    finally:
        app.setPalette(before)


def small(out: Path) -> bool:
    """Each tab and the player's states in a 1024 × 600 window (a small laptop's screen), into ``out/small``."""
    global SIZE
    folder = out / "small"
    folder.mkdir(exist_ok=True)
    before, SIZE = SIZE, SMALL_SIZE
    try:
        groups = (plain_tabs, library_detail, player_states, routines_duplicate, history)
        return all(group(folder) is not False for group in groups)
    finally:
        SIZE = before


STATES: dict[str, Callable[[Path], object]] = {
    "tabs": plain_tabs,
    "library": library_detail,
    "player": player_states,
    "routines": routines_duplicate,
    "history": history,
    "check": weekly_check,
    "photos": check_photos,
    "pain": pain_stop,
    "progression": progression,
    "reminder": reminder,
    "settings": settings_dialog,
    "health": health_profile,
    "report": report,
    "custom": from_routines,
    "german": german,
    "dark": dark,
    "small": small,
}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("out", nargs="?", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--only", nargs="*", choices=sorted(STATES), help="render only these groups")
    args = parser.parse_args(argv)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    global _language
    _app = create_application()  # kept alive for the whole run
    # The desktop's language, as HipDesk would choose it: LANGUAGE=de renders German (into another folder).
    language = choose_language("", QLocale.system().uiLanguages())
    use_language(language)
    _language = install_language(language.value)
    for name in args.only or list(STATES):
        if STATES[name](out) is False:
            return 1
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
