"""The composition root: paths -> database -> repositories -> content -> main window.

The window paints first; the database and the content load right after, so start-up feels instant.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from hipdesk import APP_ID, APP_NAME, ORGANIZATION, __version__
from hipdesk.clock import Clock, MonotonicClock, SystemWallClock, WallClock
from hipdesk.domain.i18n import SOURCE_LANGUAGE, Language
from hipdesk.domain.words import Words
from hipdesk.logs import ExcInfo, current_exc_info, log_unexpected, setup_logging
from hipdesk.paths import RESOURCES, Paths
from hipdesk.storage.errors import StorageError, check_data_folder
from hipdesk.ui.crash import CrashHandler, install_qt_message_handler
from hipdesk.ui.main_window import MainWindow
from hipdesk.ui.plain_text import message_box  # paths and file contents are shown as text, never as markup

if TYPE_CHECKING:
    from hipdesk.domain.library import Library
    from hipdesk.storage.db import Database
    from hipdesk.ui.companion.desk_companion import DeskCompanion
    from hipdesk.ui.companion.single_instance import SingleInstance
    from hipdesk.ui.services import Services
    from hipdesk.ui.translations import InstalledLanguage

log = logging.getLogger(__name__)

NO_DISPLAY_MESSAGE = (
    "HipDesk needs a graphical desktop, and none was found (DISPLAY and WAYLAND_DISPLAY are unset). "
    "Run it from a desktop session, or on a headless machine with: xvfb-run make run"
)


def has_display() -> bool:
    if sys.platform != "linux" or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def create_application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(QIcon(str(RESOURCES / "icons" / f"{APP_ID}.svg")))
    return app


def install_interface_language() -> InstalledLanguage:
    """Before the window is built: the interface speaks the desktop's language, as HipDesk will choose it when the
    Settings leave it to the desktop (start-up switches it when they chose another; the window follows)."""
    from PySide6.QtCore import QLocale

    from hipdesk.domain.i18n import choose_language
    from hipdesk.ui.translations import use_interface_language

    return use_interface_language(choose_language("", QLocale.system().uiLanguages()).value)


def qsettings_for(paths: Paths) -> QSettings:
    return QSettings(str(paths.settings_file), QSettings.Format.IniFormat)


def build_services(
    paths: Paths,
    database: Database,
    library: Library,
    clock: Clock,
    wall: WallClock,
    language: Language = SOURCE_LANGUAGE,
) -> Services:
    """Every repository and service the UI uses, over one database; the built-in routines in ``language``."""
    from hipdesk.content.builtin_routines import load_builtin_routines
    from hipdesk.content.routine_file import StoredRoutineCodec
    from hipdesk.storage.check_repository import CheckRepository
    from hipdesk.storage.data_repository import DataRepository
    from hipdesk.storage.history_repository import HistoryRepository
    from hipdesk.storage.photo_repository import PhotoRepository
    from hipdesk.storage.progress_repository import ProgressRepository
    from hipdesk.storage.routine_repository import RoutineRepository
    from hipdesk.storage.session_repository import SessionRepository
    from hipdesk.storage.settings_repository import SettingsRepository
    from hipdesk.ui.services import Services
    from hipdesk.usecases.custom_exercises import refresh_custom_exercises
    from hipdesk.usecases.preferences import Preferences

    engine = database.engine
    builtin_routines = load_builtin_routines(library, language=language)
    sessions = SessionRepository(engine, wall)
    sessions.close_interrupted()  # sessions a killed HipDesk left open show as partial
    routines = RoutineRepository(engine, StoredRoutineCodec(), wall, reserved_names=[r.name for r in builtin_routines])
    data = DataRepository(engine)
    refresh_custom_exercises(library, routines, data)  # "From your routines": exercises routine files brought
    settings = SettingsRepository(engine, wall)
    preferences = Preferences(settings)
    preferences.upgrade()  # the stored preferences to this HipDesk's schema
    return Services(
        paths=paths,
        clock=clock,
        wall=wall,
        library=library,
        settings=settings,
        preferences=preferences,
        history=HistoryRepository(engine),
        routines=routines,
        builtin_routines=builtin_routines,
        checks=CheckRepository(engine, wall),
        progress=ProgressRepository(engine),
        data=data,
        photos=PhotoRepository(engine, paths.photos),
        sessions=sessions,
    )


class StartupWords(Words):
    """What HipDesk says while it starts."""


class Startup:
    """Finishes start-up after the first paint: opens the database, loads content, builds the tabs.

    Problems are shown in window-modal dialogs (never a blocking nested loop), and a problem that stops
    HipDesk closes the window once the user has read it.
    """

    def __init__(
        self,
        window: MainWindow,
        paths: Paths,
        clock: Clock,
        wall: WallClock,
        crash: CrashHandler | None = None,
        desktop_languages: Sequence[str] | None = None,
    ) -> None:
        """``desktop_languages``: the desktop's languages in order of preference (by default Qt's reading of the
        system locale: ``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG`` on Linux)."""
        self.window = window
        self.desktop_languages = desktop_languages
        self.paths = paths
        self.clock = clock
        self.wall = wall
        self.crash = crash
        self.failed = False
        self.database: Database | None = None
        self.dialogs: list[QMessageBox] = []
        self.companion: DeskCompanion | None = None

    def finish(self) -> bool:
        # Imported here: SQLAlchemy, Alembic and the content loader are not needed for the first paint.
        from hipdesk.content.exercises import ContentError, default_exercises_dir, load_library
        from hipdesk.storage.db import open_database

        try:
            self.database = open_database(self.paths.database, self.paths.backups, self.wall)
            language = self._choose_language(self.database)
        except StorageError as exc:  # locked, read-only, disk full, not a database file: say what and where
            log.error("start-up stopped: %s", exc)
            return self._fail(exc.title, str(exc))
        except Exception:  # a bug: log it, say so and stop
            return self._fail_unexpected(current_exc_info())
        try:
            library = load_library(default_exercises_dir(), language)
        except ContentError as exc:
            return self._fail(StartupWords.tr("HipDesk's exercise files have a problem"), str(exc))
        try:
            services = build_services(
                self.paths, self.database, library, clock=self.clock, wall=self.wall, language=language
            )
        except StorageError as exc:  # locked, read-only, disk full, not a database file: say what and where
            log.error("start-up stopped: %s", exc)
            return self._fail(exc.title, str(exc))
        except Exception:  # a bug: a window of empty tabs would hide it, so log it, say so and stop
            return self._fail_unexpected(current_exc_info())
        self.window.attach(services)
        for notice in self.database.notices:
            self._show(QMessageBox.Icon.Information, APP_NAME, notice)
        self.window.show_safety_notice_once()
        return True

    def _choose_language(self, database: Database) -> Language:
        """The language chosen in Settings, else the desktop's (when HipDesk has it), else English; installed for the
        domain's phrases before anything is read."""
        from hipdesk.content.translations import use_language
        from hipdesk.domain.i18n import choose_language
        from hipdesk.storage.settings_repository import SettingsRepository
        from hipdesk.usecases.preferences import LANGUAGE, Preferences

        chosen = Preferences(SettingsRepository(database.engine, self.wall)).get(LANGUAGE)
        desktop = self.desktop_languages
        if desktop is None:
            from PySide6.QtCore import QLocale

            desktop = QLocale.system().uiLanguages()
        language = choose_language(chosen, desktop)
        log.info("language: %s (Settings: %s; desktop: %s)", language.value, chosen or "follow", ", ".join(desktop))
        use_language(language)
        from hipdesk.ui.translations import use_interface_language

        use_interface_language(language.value)  # the same language for the interface's own words
        self.window.retranslate()
        return language

    def start_companion(self) -> DeskCompanion | None:
        """Reminders, the in-window notice and the tray icon (where the desktop has a tray)."""
        services = self.window.services
        if services is None:
            return None
        from hipdesk.ui.companion.desk_companion import DeskCompanion, connect_desktop

        notifications, desktop = connect_desktop()
        self.companion = DeskCompanion(self.window, services, notifications=notifications, desktop=desktop)
        return self.companion

    def finish_minimized(self) -> bool:
        """``--minimized``: finish start-up with the window hidden, and leave it hidden (HipDesk waits in the tray)
        when there is a tray and reminders are on. Otherwise, or when start-up has something to say, the window
        shows as usual. Returns whether HipDesk stays in the tray."""
        companion = self.start_companion() if self.finish() else None
        in_tray = companion is not None and companion.keeps_in_tray() and not self.window.findChildren(QMessageBox)
        if not in_tray:
            self.window.show()
        return in_tray

    def serve_commands(self, instance: SingleInstance, request: dict[str, Any] | None) -> None:
        """Answer the command line (``hipdesk play`` and the others) through the single-instance socket, and run
        this start's own command, if it came with one."""
        services = self.window.services
        if services is None:
            return
        from hipdesk.ui.companion.remote_commands import RemoteCommands

        controller = self.companion.controller if self.companion is not None else None
        commands = RemoteCommands(self.window, services, controller)
        instance.set_handler(commands.handle)
        if request is not None:
            answer = commands.handle(request)
            print(answer.text, file=sys.stdout if answer.ok else sys.stderr, flush=True)

    def close(self) -> None:
        if self.companion is not None:
            self.companion.close()
            self.companion = None
        if self.database is not None:
            self.database.dispose()
            self.database = None

    def _show(self, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
        box = message_box(self.window, icon, title, text)
        box.setObjectName("startupMessage")
        from PySide6.QtCore import Qt  # after the first paint: building Qt's enums costs about 20 ms

        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # paths can be copied
        self.dialogs.append(box)
        box.open()
        return box

    def _fail(self, title: str, detail: str) -> bool:
        self.failed = True
        box = self._show(QMessageBox.Icon.Critical, title, detail)
        box.finished.connect(self.window.close)
        return False

    def _fail_unexpected(self, exc_info: ExcInfo) -> bool:
        """Start-up hit a bug: it is logged with its traceback, the person is told where the log is, and HipDesk
        closes (and exits non-zero) once they have read it."""
        dialog = self.crash.handle(exc_info, "while starting") if self.crash is not None else None
        if dialog is None:
            if self.crash is None:
                log_unexpected(exc_info, "while starting")
            log_path = self.crash.log_path if self.crash is not None else None
            where = (
                StartupWords.tr("The details are in the log file {path}.").format(path=log_path)
                if log_path
                else StartupWords.tr("The details are in the terminal.")
            )
            return self._fail(
                StartupWords.tr("{app} could not start").format(app=APP_NAME),
                StartupWords.tr("{app} met an error it did not expect. {where}").format(app=APP_NAME, where=where),
            )
        self.failed = True
        dialog.finished.connect(self.window.close)
        return False


def self_check(window: MainWindow) -> bool:
    """Build every tab once (used to check an installed wheel or bundle starts for real)."""
    from hipdesk.ui.tabs import TABS

    return all(window.show_tab(spec.key) is not None for spec in TABS)


def install_focus_ring(app: QApplication) -> None:
    """A keyboard focus ring a person sees at a glance, and the theme watcher that follows the desktop's palette,
    colour scheme and text size; installed after the first paint (the style is Python, and reading the desktop's
    colour scheme costs Qt about 35 ms)."""
    from hipdesk.ui.accessibility import install_focus_ring as install
    from hipdesk.ui.theme import install_theme_watcher

    install(app)
    install_theme_watcher(app)


def run(
    data_dir: str | None = None,
    quit_after_paint: bool = False,
    quit_when_usable: bool = False,
    check: bool = False,
    minimized: bool = False,
    debug: bool = False,
    request: dict[str, Any] | None = None,
) -> int:
    """Start HipDesk, or hand ``request`` (a command line's, else "come to the front") to the one running on the
    data folder and print its answer."""
    if not has_display():
        print(NO_DISPLAY_MESSAGE, file=sys.stderr)
        return 2
    paths = Paths.resolve(data_dir)
    folder_problem: StorageError | None = None
    try:  # before the log and the single-instance lock file, which a read-only or full folder would also refuse
        check_data_folder(paths.data_dir)
    except StorageError as exc:
        folder_problem = exc
    log_path = setup_logging(paths.data_dir if folder_problem is None else None, debug=debug)
    app = create_application()
    install_qt_message_handler()
    install_interface_language()
    headless = check or quit_after_paint or quit_when_usable
    crash = CrashHandler(log_path, show_dialogs=not headless)
    crash.install()
    if folder_problem is not None:
        log.error("%s", folder_problem)  # the terminal shows it
        if not headless:
            message_box(None, QMessageBox.Icon.Critical, folder_problem.title, str(folder_problem)).exec()
        return 1
    # Before the window: a second HipDesk on the same data folder hands over to the first and leaves.
    from hipdesk.ui.companion.single_instance import Answer, RuntimeFolderError, claim

    try:
        instance = claim(paths.data_dir, request)
    except RuntimeFolderError as exc:
        print(exc, file=sys.stderr)
        return 1
    if isinstance(instance, Answer):  # another HipDesk runs on this folder: it answered, or could not be reached
        print(instance.text, file=sys.stdout if instance.ok else sys.stderr)
        return 0 if instance.ok else 1
    window = MainWindow(qsettings_for(paths))
    window.first_painted.connect(lambda: QTimer.singleShot(0, instance.start_listening))  # after the paint counts
    instance.raise_requested.connect(window.bring_to_front)
    instance.raise_requested.connect(lambda: print(f"{APP_NAME}: another start asked for this window", file=sys.stderr))
    # The two clocks, made once: everything below reads the time through them.
    startup = Startup(window, paths, clock=MonotonicClock(), wall=SystemWallClock(), crash=crash)
    app.aboutToQuit.connect(startup.close)
    app.aboutToQuit.connect(instance.close)
    if quit_after_paint:  # used by the start-up benchmark
        window.first_painted.connect(lambda: print("first-paint", flush=True))
        window.first_painted.connect(app.quit)
    elif check:  # used by the installed-wheel and bundle checks

        def run_check() -> None:
            try:
                install_focus_ring(app)
                ok = startup.finish() and startup.start_companion() is not None and self_check(window)
            except Exception:  # report and fail rather than leave a headless check hanging
                crash.handle(current_exc_info(), "during the self-check")
                ok = False
            for box in startup.dialogs:
                print(f"{box.windowTitle()}: {box.text()}", file=sys.stderr)
            ok = ok and crash.count == 0  # an error in a slot reached the crash handler: not ok either
            print("self-check ok" if ok else "self-check FAILED", flush=True)
            app.exit(0 if ok else 1)

        window.first_painted.connect(lambda: QTimer.singleShot(0, run_check))
    elif minimized:  # started at login: no window to paint first

        def finish_minimized() -> None:
            install_focus_ring(app)
            startup.finish_minimized()
            instance.start_listening()
            startup.serve_commands(instance, request)

        QTimer.singleShot(0, finish_minimized)
    else:
        if quit_when_usable:  # used by the start-up benchmark: the usual start, until the Library takes input
            from hipdesk.ui.startup_probe import UsableProbe

            UsableProbe(window)

        def finish() -> None:
            install_focus_ring(app)
            if startup.finish():
                startup.start_companion()
                startup.serve_commands(instance, request)

        window.first_painted.connect(lambda: QTimer.singleShot(0, finish))
    if not minimized or quit_after_paint or check:
        window.show()
    code = app.exec()
    return 1 if startup.failed else code
