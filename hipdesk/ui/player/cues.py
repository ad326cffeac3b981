"""Sound and voice cues: short beeps through QtMultimedia, spoken words through QtTextToSpeech.

Both modules live in PySide6-Addons and need the PulseAudio client library (libpulse0) to import on Linux, and a
voice needs a speech engine (speech-dispatcher). They are imported only when the player first needs them; when
they cannot load, the player still runs and :meth:`Cues.status_text` says in plain words that cues are off and why.
The switches (sound, voice, mute) are remembered in the settings.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QUrl, Signal

from hipdesk.domain.exercise import Side
from hipdesk.domain.plan import Step, StepKind

if TYPE_CHECKING:
    from hipdesk.storage.settings_repository import SettingsRepository
    from hipdesk.ui.player.player_controller import PlayerController

log = logging.getLogger(__name__)

SOUND_KEY = "cues/sound"
VOICE_KEY = "cues/voice"
MUTED_KEY = "cues/muted"
SOUNDS = ("tick", "step", "finish")
HALFWAY_MIN_S = 20.0  # "halfway" is said only on holds at least this long
LIBPULSE_HINT = "the PulseAudio client library (libpulse0) is not installed"


def _import_problem(exc: BaseException) -> str:
    text = str(exc)
    if "libpulse" in text:
        return LIBPULSE_HINT
    return f"Qt could not load it ({text or type(exc).__name__})"


class Cues(QObject):
    """Beeps and spoken cues for a playing session.

    Signals:
    cue_given(str, str): a cue was due; its kind (tick, step, finish or voice) and text. Emitted whether or not it
        could be heard, so tests and the screen can follow the cues on any machine.
    status_changed(str): the line that tells the person whether cues are on, muted or unavailable, changed.
    """

    cue_given = Signal(str, str)
    status_changed = Signal(str)

    def __init__(
        self,
        settings: SettingsRepository | None,
        sounds_dir: Any = None,
        *,
        voice_engine: str | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._sounds_dir = sounds_dir
        self._voice_engine = voice_engine
        self._sound_on = bool(self._get(SOUND_KEY, True))
        self._voice_on = bool(self._get(VOICE_KEY, True))
        self._muted = bool(self._get(MUTED_KEY, False))
        self._loaded = False
        self._effects: dict[str, Any] = {}
        self._speech: Any = None
        self.sound_problem: str | None = None
        self.voice_problem: str | None = None

    # ---- settings ------------------------------------------------------------------------------------------------
    def _get(self, key: str, default: bool) -> object:
        if self._settings is None:
            return default
        try:
            return self._settings.get(key, default)
        except Exception:  # a broken setting must never stop a session
            log.exception("could not read %s", key)
            return default

    def _put(self, key: str, value: bool) -> None:
        if self._settings is not None:
            self._settings.put(key, value)

    @property
    def sound_on(self) -> bool:
        return self._sound_on

    @property
    def voice_on(self) -> bool:
        return self._voice_on

    @property
    def muted(self) -> bool:
        return self._muted

    def set_sound_on(self, on: bool) -> None:
        self._sound_on = on
        self._put(SOUND_KEY, on)
        self.status_changed.emit(self.status_text())

    def set_voice_on(self, on: bool) -> None:
        self._voice_on = on
        self._put(VOICE_KEY, on)
        self.status_changed.emit(self.status_text())

    def set_muted(self, muted: bool) -> None:
        self._muted = muted
        self._put(MUTED_KEY, muted)
        if muted and self._speech is not None:
            self._speech.stop()
        self.status_changed.emit(self.status_text())

    def toggle_muted(self) -> None:
        self.set_muted(not self._muted)

    # ---- loading ---------------------------------------------------------------------------------------------------
    def load(self) -> None:
        """Import QtMultimedia and QtTextToSpeech now (once); note what failed and why."""
        if self._loaded:
            return
        self._loaded = True
        self._load_sound()
        self._load_voice()
        self.status_changed.emit(self.status_text())

    def _load_sound(self) -> None:
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
        except ImportError as exc:
            self.sound_problem = _import_problem(exc)
            return
        if not QMediaDevices.audioOutputs():
            self.sound_problem = "no audio output device was found"
            return
        folder = self._sounds_dir
        if folder is None:
            from hipdesk.paths import RESOURCES

            folder = RESOURCES / "sounds"
        for name in SOUNDS:
            path = folder / f"{name}.wav"
            if not path.exists():
                self.sound_problem = f"the sound file {path} is missing"
                return
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(path)))
            effect.setVolume(0.8)
            self._effects[name] = effect

    def _load_voice(self) -> None:
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError as exc:
            self.voice_problem = _import_problem(exc)
            return
        engines = QTextToSpeech.availableEngines()
        engine = self._voice_engine
        if engine is None:
            engine = next((e for e in engines if e != "mock"), None)
        if engine is None or engine not in engines:
            self.voice_problem = "no speech engine is installed (speech-dispatcher provides one)"
            return
        speech = QTextToSpeech(engine, self)
        if speech.state() == QTextToSpeech.State.Error:
            self.voice_problem = f"the speech engine could not start ({speech.errorString() or engine})"
            speech.deleteLater()
            return
        self._speech = speech

    @property
    def sound_available(self) -> bool:
        return self._loaded and self.sound_problem is None

    @property
    def voice_available(self) -> bool:
        return self._loaded and self.voice_problem is None

    def status_text(self) -> str:
        """One calm line for the player: what the person will hear, and why not if nothing."""
        if not self._loaded:
            return ""
        if self.sound_problem and self.voice_problem:
            if self.sound_problem == self.voice_problem:
                return f"Sound and voice cues are off: {self.sound_problem}. Follow the screen."
            return (
                f"Sound and voice cues are off. Sound: {self.sound_problem}. Voice: {self.voice_problem}. "
                "Follow the screen."
            )
        if self._muted:
            return "Cues muted (press M to hear them again)."
        parts = []
        if self.sound_problem:
            parts.append(f"Beeps are off: {self.sound_problem}.")
        if self.voice_problem:
            parts.append(f"Voice is off: {self.voice_problem}.")
        heard = [
            n
            for n, on, ok in (
                ("beeps", self._sound_on, self.sound_available),
                ("voice", self._voice_on, self.voice_available),
            )
            if on and ok
        ]
        parts.append(f"Cues on: {' and '.join(heard)}." if heard else "Cues switched off.")
        return " ".join(parts)

    # ---- giving cues -----------------------------------------------------------------------------------------------
    def beep(self, name: str) -> None:
        self.cue_given.emit(name, "")
        if self._muted or not self._sound_on:
            return
        effect = self._effects.get(name)
        if effect is not None:
            effect.play()

    def say(self, text: str) -> None:
        self.cue_given.emit("voice", text)
        if self._muted or not self._voice_on or self._speech is None:
            return
        self._speech.say(text)

    def attach(self, controller: PlayerController) -> None:
        """Follow a session: beeps on the last three seconds and step changes, words for what comes."""
        self.load()
        controller.step_started.connect(self._on_step_started)
        controller.countdown_ticked.connect(lambda _s: self.beep("tick"))
        controller.halfway_reached.connect(lambda: self._on_halfway(controller))

    def _on_halfway(self, controller: PlayerController) -> None:
        if controller.status().duration_s >= HALFWAY_MIN_S:
            self.say("Halfway")

    def _on_step_started(self, _index: int, step: Step) -> None:
        if step.kind is StepKind.FINISH:
            self.beep("finish")
            self.say("Well done. Session complete.")
            return
        self.beep("step")
        self.say(spoken_cue(step))


def spoken_cue(step: Step) -> str:
    """What the voice says as a step begins."""
    side = {Side.LEFT: ", left side", Side.RIGHT: ", right side"}.get(step.side, "")
    if step.kind is StepKind.GET_READY:
        return f"Get ready. First: {step.exercise_name}{side}"
    if step.kind is StepKind.SWITCH:
        return "Switch sides"
    if step.kind is StepKind.REST and step.set_no > 1:
        return f"Rest. Next: set {step.set_no} of {step.sets}"
    if step.kind is StepKind.REST:
        return f"Rest. Next: {step.exercise_name}{side}"
    if step.kind is StepKind.REPS:
        return f"{step.exercise_name}{side}. {step.reps} reps"
    if step.sets > 1:
        return f"{step.exercise_name}{side}. Set {step.set_no} of {step.sets}"
    return f"{step.exercise_name}{side}"
