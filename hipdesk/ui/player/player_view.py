"""The Player tab: a calm start screen, the playing session, its summary; a mini-player on request.

Keyboard (while a session plays): Space pause/resume, → next, ← previous, Esc end (asks first), M mute,
F full screen, P pain stop, + add 10 s, R restart the step.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication, QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QDialog, QStackedWidget, QVBoxLayout, QWidget

from hipdesk.domain.exercise import RepPattern, Side
from hipdesk.domain.health import routine_concerns, with_safer_variations
from hipdesk.domain.plan import Plan, PlanError, Step, expand
from hipdesk.domain.player import PlayerState, PlayerStatus
from hipdesk.domain.progression import Feeling
from hipdesk.domain.routine import Routine
from hipdesk.storage.errors import StorageError
from hipdesk.ui.plain_text import plain_tooltip
from hipdesk.ui.player.cues import Cues
from hipdesk.ui.player.mini_player_view import MiniPlayerView, stays_on_top_honoured
from hipdesk.ui.player.pain_dialog import PainDialog
from hipdesk.ui.player.player_controller import PlayerController
from hipdesk.ui.player.session_view import SessionView
from hipdesk.ui.player.start_view import StartView
from hipdesk.ui.player.summary_view import SummaryView
from hipdesk.usecases.health_profile import read_health_profile
from hipdesk.usecases.preferences import ON_TOP_NOTE_SHOWN

if TYPE_CHECKING:
    from hipdesk.ui.services import Services

log = logging.getLogger(__name__)


def _make_figure() -> tuple[QWidget, Callable[[str, int, Side], object] | None]:
    """The figure engine's widget and thumbnails."""
    from hipdesk.ui.figure.figure_widget import FigureWidget
    from hipdesk.ui.figure.thumbnails import thumbnail

    return FigureWidget(), thumbnail


class PlayerView(QWidget):
    """Plays routines. ``play(routine)`` is what the rest of HipDesk calls.

    Signals:
    session_ended(int, bool): a session ended (its id, and whether it was completed); the same id goes out on
        ``services.events.session_finished`` once the session is in history (and on ``session_reflected`` once its
        summary is saved).
    """

    session_ended = Signal(int, bool)

    def __init__(self, services: Services, *, voice_engine: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setAccessibleName(self.tr("Player"))
        self.controller: PlayerController | None = None
        self.pain_dialog: PainDialog | None = None
        self.mini: MiniPlayerView | None = None
        self._finished: PlayerController | None = None  # the session the summary page is about
        self._saving: list[PlayerController] = []  # sessions done whose history still waits to be written
        self._resume_after_confirm = False
        self._pending: Routine | None = None  # a routine waiting on the health check before it starts
        self._stopped_for_pain = False  # set while a pain stop in the last exercise ends the session

        self.cues = Cues(services.preferences, voice_engine=voice_engine, parent=self)
        self.figure, thumbnail = _make_figure()
        self.start_view = StartView(services.library)
        self.session_view = SessionView(self.figure, thumbnail)
        self.summary_view = SummaryView(services.library)
        self.stack = QStackedWidget()
        for page in (self.start_view, self.session_view, self.summary_view):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.start_view.play_chosen.connect(self.play)
        health = self.start_view.health_bar
        health.safer_chosen.connect(lambda: self._answer_health_check(safer=True))
        health.anyway_chosen.connect(lambda: self._answer_health_check(safer=False))
        health.cancelled.connect(self._cancel_health_check)
        self.start_view.sound_toggled.connect(self._set_sound_on)
        self.start_view.voice_toggled.connect(self._set_voice_on)
        services.events.settings_changed.connect(self.cues.follow_settings)  # switched in Settings
        self.cues.status_changed.connect(self._show_cue_status)
        self.summary_view.reflection_saved.connect(self._save_reflection)
        self.summary_view.closed.connect(self.show_start)
        sv = self.session_view
        sv.previous_clicked.connect(lambda: self._control("previous"))
        sv.pause_clicked.connect(lambda: self._control("toggle_pause"))
        sv.next_clicked.connect(lambda: self._control("skip"))
        sv.add_time_clicked.connect(lambda: self._control("add_time"))
        sv.restart_clicked.connect(lambda: self._control("restart_step"))
        sv.mute_clicked.connect(self.cues.toggle_muted)
        sv.mini_clicked.connect(self.toggle_mini)
        sv.full_screen_clicked.connect(self.toggle_full_screen)
        sv.pain_clicked.connect(self.pain_stop)
        sv.end_clicked.connect(self.ask_end)
        sv.confirm_bar.accepted.connect(self.end_now)
        sv.confirm_bar.rejected.connect(self.keep_going)
        sv.advice_bar.accepted.connect(self._advice_accepted)
        sv.advice_bar.rejected.connect(self._advice_rejected)

        self._session_shortcuts: list[QShortcut] = []
        for key, handler in (
            (Qt.Key.Key_Space, lambda: self._control("toggle_pause")),
            (Qt.Key.Key_Right, lambda: self._control("skip")),
            (Qt.Key.Key_Left, lambda: self._control("previous")),
            (Qt.Key.Key_P, self.pain_stop),
            (Qt.Key.Key_Plus, lambda: self._control("add_time")),
            (Qt.Key.Key_Equal, lambda: self._control("add_time")),
            (Qt.Key.Key_R, lambda: self._control("restart_step")),
        ):
            self._session_shortcuts.append(self._shortcut(key, handler))
        self._shortcut(Qt.Key.Key_M, self.cues.toggle_muted)
        self._shortcut(Qt.Key.Key_F, self.toggle_full_screen)
        self._shortcut(Qt.Key.Key_Escape, self._escape)
        # Enter answers the message bar; only while one is shown, so Enter still plays a routine from the list.
        self._enter_shortcuts = [self._shortcut(k, self._enter) for k in (Qt.Key.Key_Return, Qt.Key.Key_Enter)]
        self._update_enter_shortcuts()
        for bar in (self.session_view.confirm_bar, self.session_view.advice_bar):
            bar.visibility_changed.connect(self._update_enter_shortcuts)

        self.cues.load()
        self._show_cue_status(self.cues.status_text())
        self.refresh_routines()
        services.events.routines_changed.connect(self.refresh_routines)
        app = QCoreApplication.instance()
        if app is not None:  # a last try at history that still waits, and the log keeps what cannot be written
            app.aboutToQuit.connect(self.save_waiting)
        self.show_start()

    def _shortcut(self, key: Qt.Key, handler: Callable[[], None]) -> QShortcut:
        shortcut = QShortcut(QKeySequence(key), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(handler)
        return shortcut

    # ---- pages ---------------------------------------------------------------------------------------------------
    def refresh_routines(self) -> None:
        routines = list(self.services.builtin_routines)
        try:
            routines += self.services.routines.all()
        except StorageError as exc:  # the database cannot be read just now: the built-in routines still play
            log.warning("could not list your routines: %s", exc)
        self.start_view.set_routines(routines)

    def show_start(self) -> None:
        self.start_view.reset()
        self.stack.setCurrentWidget(self.start_view)
        self.start_view.focus_first()

    @property
    def playing(self) -> bool:
        return self.controller is not None and self.controller.is_active

    # ---- playing -------------------------------------------------------------------------------------------------
    def play(self, routine: Routine, *, health_checked: bool = False) -> None:
        """Play ``routine`` from the start. A session already playing is ended first (and kept as partial).

        When exercises in it may not suit the health profile, the start page says so first and offers the safer
        variations (``health_checked`` skips that: the person has answered).
        """
        if not health_checked and self._ask_health_check(routine):
            return
        try:
            plan = expand(routine, self.services.library)
        except PlanError as exc:
            self.show_start()
            self.start_view.show_problem(self.tr("This routine cannot be played: {problem}.").format(problem=exc))
            return
        self.play_plan(plan, routine_uid=routine.id)

    def _ask_health_check(self, routine: Routine) -> bool:
        """Show the health check for ``routine`` when it has unsuitable exercises; True when it is shown."""
        profile = read_health_profile(self.services.settings)
        found = routine_concerns(routine, self.services.library, profile)
        if not found:
            return False
        if self.playing and self.controller is not None:
            self.controller.pause()  # Cancel goes back to it; choosing to play ends it
        self._pending = routine
        self.stack.setCurrentWidget(self.start_view)
        self.start_view.problem.hide()  # the pain rating stays: it belongs to the session about to start
        adapted = with_safer_variations(routine, self.services.library, profile, drop_the_rest=True)
        self.start_view.health_bar.ask(routine.name, found, adapted_empty=not adapted.items)
        return True

    def _answer_health_check(self, *, safer: bool) -> None:
        routine, self._pending = self._pending, None
        if routine is None:
            return
        if safer:
            profile = read_health_profile(self.services.settings)
            routine = with_safer_variations(routine, self.services.library, profile, drop_the_rest=True)
        self.play(routine, health_checked=True)

    def _cancel_health_check(self) -> None:
        self._pending = None
        self.start_view.health_bar.hide()
        if self.playing:
            self.stack.setCurrentWidget(self.session_view)  # back to the paused session
            self.session_view.pause_button.setFocus()
        else:
            self.start_view.focus_first()

    def play_plan(self, plan: Plan, *, routine_uid: str | None = None) -> None:
        """Play an expanded plan (``play`` expands a routine; benchmarks and tests build plans directly)."""
        if self.controller is not None:
            if self.controller.is_active:
                self.controller.end()
            self._drop_controller()
        controller = PlayerController(
            plan,
            self.services.clock,
            self.services.wall,
            self.services.sessions,
            routine_uid=routine_uid,
            pain_before=self.start_view.pain_rating(),
            parent=self,
        )
        self.controller = controller
        controller.step_started.connect(self._on_step_started)
        controller.frame_advanced.connect(self._on_frame)
        controller.finished.connect(self._on_finished)
        controller.paused_changed.connect(self._on_paused_changed)
        controller.save_failed.connect(self._on_save_failed)
        controller.saves_caught_up.connect(self._on_saves_caught_up)
        controller.session_saved.connect(self.services.events.session_finished)
        controller.reflection_saved.connect(self.services.events.session_reflected)
        self.cues.attach(controller)
        self.session_view.set_plan(plan)
        self._set_session_shortcuts(True)
        self.stack.setCurrentWidget(self.session_view)
        controller.set_animating(self.isVisible())
        controller.start()
        self.session_view.pause_button.setFocus()

    def _drop_controller(self) -> None:
        controller = self.controller
        self.controller = None
        if self._finished is controller:
            self._finished = None
        if controller is None:
            return
        controller.stop()
        if controller.waiting:  # its history is not all written yet: it keeps trying in the background
            self._saving.append(controller)
            controller.saves_caught_up.connect(lambda: self._done_saving(controller))
        else:
            controller.deleteLater()

    def _done_saving(self, controller: PlayerController) -> None:
        if controller in self._saving:
            self._saving.remove(controller)
            controller.deleteLater()

    def save_waiting(self) -> int:
        """One more try at writing every session's history that waits (HipDesk calls it as it quits); returns how
        many writes still wait, and puts those in the log so they are not lost without a trace."""
        left = 0
        for controller in [c for c in (self.controller, *self._saving) if c is not None]:
            state = controller.save_waiting()
            if state is not None and state.waiting and controller.recorder is not None:
                left += state.waiting
                log.error(
                    "HipDesk could not write this to history (%s): %s",
                    state.problem,
                    "; ".join(controller.recorder.unsaved()),
                )
        return left

    def _control(self, name: str) -> None:
        if self.playing and self.stack.currentWidget() is self.session_view:
            getattr(self.controller, name)()

    def _on_step_started(self, index: int, step: Step) -> None:
        self.session_view.set_step(index, step)
        if step.exercise_id and hasattr(self.figure, "set_exercise") and self.controller is not None:
            plan = self.controller.plan
            alternates = step.rep_pattern is RepPattern.ALTERNATE_SIDES
            exercise = plan.exercise(step.exercise_id)
            steps = exercise.steps if exercise is not None else ()  # told in words where there is no figure
            self.figure.set_exercise(plan.pose_id(step.exercise_id), step.side, alternates=alternates, words=steps)
        if self.mini is not None:
            self.mini.set_step(step)

    def _on_frame(self, status: PlayerStatus) -> None:
        self.session_view.set_status(status)
        if self.controller is not None and hasattr(self.figure, "set_moment"):
            self.figure.set_moment(self.controller.figure_moment(status))
        if self.mini is not None and self.mini.isVisible():
            self.mini.set_status(status)

    def _on_save_failed(self, message: str) -> None:
        if self.stack.currentWidget() is self.summary_view:
            kept = self.tr("Your session is kept and will be saved as soon as it can be.")
            self.summary_view.show_advice(f"{message} {kept}")
            return
        bar = self.session_view.advice_bar
        bar.setProperty("stop_first", False)
        bar.setProperty("about_saving", True)
        carries_on = self.tr("The session carries on: every set is kept and saved as soon as it can be.")
        bar.ask(f"{message} {carries_on}", self.tr("&OK"), None, warn=True)

    def _on_saves_caught_up(self) -> None:
        bar = self.session_view.advice_bar
        if bar.property("about_saving") and bar.isVisible():
            bar.hide()
        bar.setProperty("about_saving", False)
        if self.stack.currentWidget() is self.summary_view:
            self.summary_view.show_advice("")

    def _on_paused_changed(self, paused: bool) -> None:
        if not paused:  # carrying on (Space, a button, the mini-player) answers any open question
            self.session_view.confirm_bar.hide()
            self.session_view.advice_bar.hide()
            self._set_session_shortcuts(True)

    def _on_finished(self, session_id: int, completed: bool) -> None:
        self._set_session_shortcuts(False)
        self.session_view.confirm_bar.hide()
        self.session_view.advice_bar.hide()
        if self.pain_dialog is not None:
            self.pain_dialog.reject()
        if self.mini is not None:
            self.mini.hide()
        controller = self.controller
        recorder = controller.recorder if controller is not None else None
        self._finished = controller
        if recorder is not None:  # what was recorded, whether or not all of it is written yet
            finish = controller.finish if controller is not None else None
            self.summary_view.show_summary(
                recorder.summary(),
                completed=completed,
                for_pain=self._stopped_for_pain,
                reached_end=finish.reached_end if finish is not None else completed,
                work=finish.work if finish is not None else None,
            )
            self.stack.setCurrentWidget(self.summary_view)
            # Now that it shows: the session's focused button just went away, and Qt would hand focus to the tab
            # bar, where an arrow key leaves the summary unsaved.
            self.summary_view.save_button.setFocus(Qt.FocusReason.OtherFocusReason)
            if recorder.waiting and recorder.problem is not None:
                self._on_save_failed(str(recorder.problem))
        else:
            self.show_start()
        self.session_ended.emit(session_id, completed)

    def _set_session_shortcuts(self, on: bool) -> None:
        for shortcut in self._session_shortcuts:
            shortcut.setEnabled(on)

    # ---- ending ------------------------------------------------------------------------------------------------
    def _escape(self) -> None:
        if self.session_view.confirm_bar.isVisible():
            self.keep_going()
        elif self.full_screen_active() and not self.playing:
            self.toggle_full_screen()
        else:
            self.ask_end()

    def _update_enter_shortcuts(self, *_args: object) -> None:
        on = self.session_view.confirm_bar.isVisibleTo(self) or self.session_view.advice_bar.isVisibleTo(self)
        for shortcut in self._enter_shortcuts:
            shortcut.setEnabled(on)

    def _enter(self) -> None:
        if self.session_view.confirm_bar.isVisible():
            self.end_now()
        elif self.session_view.advice_bar.isVisible():
            self._advice_accepted()

    def ask_end(self) -> None:
        """Esc: pause and ask before ending; nothing is lost either way."""
        if not self.playing or self.controller is None:
            return
        self._resume_after_confirm = self.controller.state is PlayerState.RUNNING
        self.controller.pause()
        self._set_session_shortcuts(False)
        self.session_view.confirm_bar.ask(
            self.tr("End this session now? Everything done so far is saved. (Enter ends it, Esc keeps going.)"),
            self.tr("&End session"),
            self.tr("&Keep going"),
            focus_no=True,
        )

    def end_now(self) -> None:
        self.session_view.confirm_bar.hide()
        if self.controller is not None:
            self.controller.end()

    def keep_going(self) -> None:
        self.session_view.confirm_bar.hide()
        self._set_session_shortcuts(self.playing)
        if self._resume_after_confirm and self.controller is not None:
            self.controller.resume()
        self.session_view.pause_button.setFocus()

    # ---- pain --------------------------------------------------------------------------------------------------
    def pain_stop(self) -> None:
        """P: end the current exercise, pause, and ask how much it hurts and where."""
        if not self.playing or self.controller is None or self.pain_dialog is not None:
            return
        step = self.controller.player.step
        exercise_id = step.exercise_id
        name = step.exercise_name
        # In the last exercise nothing follows: the session waits, paused, for the rating and then ends as stopped
        # for pain, so the rating belongs to it before anything reads the finished session.
        ends_session = self.controller.player.in_last_exercise
        if not ends_session:
            self.controller.skip_exercise()
        self.controller.pause()
        dialog = PainDialog(name, self)
        dialog.setProperty("exercise_id", exercise_id)
        dialog.setProperty("ends_session", ends_session)
        dialog.finished.connect(self._pain_rated)
        self.pain_dialog = dialog
        dialog.open()

    def _pain_rated(self, result: int) -> None:
        dialog = self.pain_dialog
        self.pain_dialog = None
        if dialog is None:
            return
        dialog.deleteLater()
        controller = self.controller
        if controller is None or not controller.is_active:
            return
        ends_session = bool(dialog.property("ends_session"))
        if result != QDialog.DialogCode.Accepted:
            if ends_session:
                self._stop_for_pain(controller, None)
                return
            self.session_view.advice_bar.ask(
                self.tr("The exercise was stopped. Carry on with the rest when you are ready, or end for today."),
                self.tr("&Carry on"),
                self.tr("&End for today"),
            )
            return
        recorder = controller.recorder
        if recorder is None:
            return
        report = dialog.report()
        stop = recorder.pain_stop(
            report.rating,
            location=report.location,
            sharp=report.sharp,
            exercise_id=str(dialog.property("exercise_id") or ""),
        )
        controller.note_saved(stop.state)
        verdict = stop.verdict
        said = self.tr("Saved.") if stop.saved else self.tr("Noted (it is saved as soon as HipDesk can write again).")
        if ends_session:
            self._stop_for_pain(controller, verdict.message if verdict.should_stop else f"{said} {verdict.message}")
            return
        bar = self.session_view.advice_bar
        bar.setProperty("about_saving", False)
        if verdict.should_stop:
            bar.ask(verdict.message, self.tr("&End for today"), self.tr("&Carry on"), warn=True)
            bar.setProperty("stop_first", True)
        else:
            bar.ask(f"{said} {verdict.message}", self.tr("&Carry on"), self.tr("&End for today"))
            bar.setProperty("stop_first", False)

    def _stop_for_pain(self, controller: PlayerController, advice: str | None) -> None:
        """End the session from a pain stop in its last exercise: recorded as ended early, summary says why."""
        self._stopped_for_pain = True
        try:
            controller.skip_exercise()
        finally:
            self._stopped_for_pain = False
        if advice:
            self.summary_view.show_advice(advice)

    def _advice_accepted(self) -> None:
        self._advice_done(end=bool(self.session_view.advice_bar.property("stop_first")))

    def _advice_rejected(self) -> None:
        self._advice_done(end=not bool(self.session_view.advice_bar.property("stop_first")))

    def _advice_done(self, *, end: bool) -> None:
        bar = self.session_view.advice_bar
        bar.hide()
        bar.setProperty("stop_first", False)
        if self.controller is None:
            return
        if end:
            self.controller.end()
        else:
            self.controller.resume()
            self.session_view.pause_button.setFocus()

    # ---- after -------------------------------------------------------------------------------------------------
    def _save_reflection(self, feeling: object, notes: str, pain_after: object) -> None:
        controller = self._finished
        recorder = controller.recorder if controller is not None else None
        if controller is None or recorder is None:
            self.show_start()
            return
        result = recorder.reflect(
            Feeling(feeling) if isinstance(feeling, str) else None,
            notes,
            pain_after if isinstance(pain_after, int) else None,
        )
        controller.note_saved(result.state)
        if result.advice is not None:
            self.summary_view.show_advice(result.advice.message)
            return
        self.show_start()

    # ---- window ------------------------------------------------------------------------------------------------
    def full_screen_active(self) -> bool:
        return self.window().isFullScreen()

    def toggle_full_screen(self) -> None:
        top = self.window()
        if top.isFullScreen():
            top.showNormal()
        else:
            top.showFullScreen()

    def toggle_mini(self) -> None:
        if self.mini is None:
            mini = MiniPlayerView(self)
            mini.pause_clicked.connect(lambda: self._control_from_mini("toggle_pause"))
            mini.next_clicked.connect(lambda: self._control_from_mini("skip"))
            mini.restore_clicked.connect(self._restore_from_mini)
            self.mini = mini
        if self.mini.isVisible():
            self.mini.hide()
            return
        if self.controller is not None:
            self.mini.set_step(self.controller.player.step)
            self.mini.set_status(self.controller.status())
        preferences = self.services.preferences
        if not stays_on_top_honoured(QGuiApplication.platformName()) and not preferences.get(ON_TOP_NOTE_SHOWN):
            self.mini.show_on_top_note()  # said once: the desktop will not change its mind
            try:
                preferences.set(ON_TOP_NOTE_SHOWN, True)
            except StorageError as exc:  # it may be said once more at the next start; nothing else is lost
                log.warning("could not remember the note about windows on top: %s", exc)
        self.mini.show_in_corner()

    def _control_from_mini(self, name: str) -> None:
        if self.playing:
            getattr(self.controller, name)()

    def _restore_from_mini(self) -> None:
        if self.mini is not None:
            self.mini.hide()
        top = self.window()
        top.showNormal()
        top.raise_()
        top.activateWindow()

    def _set_sound_on(self, on: bool) -> None:
        self.cues.set_sound_on(on)
        self.services.events.settings_changed.emit()

    def _set_voice_on(self, on: bool) -> None:
        self.cues.set_voice_on(on)
        self.services.events.settings_changed.emit()

    def _show_cue_status(self, text: str) -> None:
        self.start_view.set_cue_switches(self.cues.sound_on, self.cues.voice_on, text)
        # The session screen is read from a distance: a few words in its corner, the whole line on hover.
        self.session_view.set_cue_status(self.cues.brief_status_text(), self.cues.muted)
        self.session_view.cue_status.setToolTip(plain_tooltip(text))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.controller is not None:
            self.controller.set_animating(True)
        if self.stack.currentWidget() is self.start_view and not self.start_view.hasFocus():
            self.start_view.focus_first()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        if self.controller is not None:
            self.controller.set_animating(self.mini is not None and self.mini.isVisible())
