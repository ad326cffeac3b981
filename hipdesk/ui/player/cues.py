"""Sound and voice cues: short beeps through QtMultimedia, spoken words through QtTextToSpeech.

Both modules live in PySide6-Addons and need the PulseAudio client library (libpulse0) to import on Linux, and a
voice needs a speech engine (speech-dispatcher). They are imported only when the player first needs them; when
they cannot load, the player still runs and :meth:`Cues.status_text` says in plain words that cues are off and why.

The audio output is looked for, and the beeps made, only when a session starts (:meth:`Cues.attach`): asking Qt for
the audio outputs loads its FFmpeg media back end, about 22 MiB, which opening the Player tab alone never needs.
Until then the status line says which cues are switched on; from then on, whether they can be heard.

With the modules loaded, two more things can be missing: an audio output (a desktop's sound server; CI and
containers have none) and a real speech engine (the wheel's ``speechd`` plug-in needs libspeechd and the
speech-dispatcher daemon). Qt reports both, and the optional libraries it probes while loading (PipeWire, VA-API),
as warnings on stderr; :func:`hipdesk.ui.qt_addons.qt_notices` turns the ones HipDesk understands into the status
line instead.
The voice engine is chosen deliberately: the one asked for (tests ask for ``mock``), else the first real engine
that starts; ``mock`` is never chosen on its own.
The beep and voice switches are remembered in the settings; mute (M) lasts for the session it was pressed in.
The voice speaks HipDesk's language (:func:`hipdesk.domain.i18n.current_language`): a voice of that language when the
engine has one, otherwise the engine's own voice, and the status line says so.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QObject,
    QUrl,
    Signal,
)

from hipdesk.domain.i18n import Language, current_language
from hipdesk.domain.plan import Step, StepKind
from hipdesk.domain.spoken import HALFWAY, SESSION_COMPLETE, spoken_cue, spoken_reps
from hipdesk.domain.words import QT_TRANSLATE_NOOP
from hipdesk.storage.errors import StorageError
from hipdesk.ui.qt_addons import LIBPULSE_HINT, import_problem, qt_notices
from hipdesk.usecases.preferences import SOUND_ON, VOICE_ON, Pref, Preferences

if TYPE_CHECKING:
    from hipdesk.ui.player.player_controller import PlayerController

__all__ = ["Cues", "spoken_cue", "spoken_reps"]
log = logging.getLogger(__name__)

SOUNDS = ("tick", "step", "finish")
HALFWAY_MIN_S = 20.0  # "halfway" is said only on holds at least this long
# Why a cue cannot be heard, in English (tests compare with these): said in the interface's language through _said.
NO_AUDIO_DEVICE = QT_TRANSLATE_NOOP("Cues", "no audio device")
NO_SPEECH_ENGINE = QT_TRANSLATE_NOOP("Cues", "no speech engine (install speech-dispatcher)")
SPEECH_DISPATCHER_SILENT = QT_TRANSLATE_NOOP(
    "Cues", "speech-dispatcher is installed but did not answer (is its service running?)"
)
_SHORT = {
    LIBPULSE_HINT: QT_TRANSLATE_NOOP("Cues", "libpulse0 missing"),
    NO_AUDIO_DEVICE: QT_TRANSLATE_NOOP("Cues", "no audio device"),
    NO_SPEECH_ENGINE: QT_TRANSLATE_NOOP("Cues", "no speech engine"),
    SPEECH_DISPATCHER_SILENT: QT_TRANSLATE_NOOP("Cues", "speech-dispatcher not answering"),
}


def _said(text: str) -> str:
    """One of the messages above in the interface's language."""
    return QCoreApplication.translate("Cues", text)


def _short(problem: str) -> str:
    """A few words for a problem (said in the interface's language)."""
    for long, short in _SHORT.items():
        if problem == _said(long):
            return _said(short)
    return QCoreApplication.translate("Cues", "unavailable")


MOCK_ENGINE = "mock"  # Qt's silent test engine: only ever used when asked for by name


def _import_multimedia() -> tuple[Any, Any]:
    """QMediaDevices and QSoundEffect; raises ImportError when QtMultimedia cannot load (e.g. no libpulse0)."""
    from PySide6.QtMultimedia import QMediaDevices, QSoundEffect

    return QMediaDevices, QSoundEffect


def _import_speech() -> Any:
    """QTextToSpeech; raises ImportError when QtTextToSpeech cannot load (e.g. no libpulse0)."""
    from PySide6.QtTextToSpeech import QTextToSpeech

    return QTextToSpeech


class Cues(QObject):
    """Beeps and spoken cues for a playing session.

    Signals:
    cue_given(str, str): a cue was due; its kind (tick, step, finish or voice) and text. Emitted whether or not it
        could be heard, so tests and the screen can follow the cues on any machine.
    beep_played(str): a beep (tick, step or finish) was handed to the audio device: sound on, not muted, a device.
    spoken(str): the voice engine began saying this text (sound on or off, the engine reports it).
    status_changed(str): the line that tells the person whether cues are on, muted or unavailable, changed.
    """

    cue_given = Signal(str, str)
    beep_played = Signal(str)
    spoken = Signal(str)
    status_changed = Signal(str)

    def __init__(
        self,
        preferences: Preferences | None,
        sounds_dir: Any = None,
        *,
        voice_engine: str | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._preferences = preferences
        self._sounds_dir = sounds_dir
        self._voice_engine = voice_engine
        self._sound_on = self._get(SOUND_ON)
        self._voice_on = self._get(VOICE_ON)
        self._muted = False  # for this session only: the next one starts with cues on
        self._loaded = False
        self._sound_checked = False  # the audio outputs looked for, the beeps made (when a session starts)
        self._effects: dict[str, Any] = {}
        self._speech: Any = None
        self._unspoken: list[str] = []  # texts handed to the engine, in its order, not yet begun
        self._devices: Any = None  # a QMediaDevices, for its audioOutputsChanged
        self._sound_effect_type: Any = None
        self._media_devices_type: Any = None
        self.sound_problem: str | None = None
        self.voice_problem: str | None = None
        self.voice_language_missing: Language | None = None  # HipDesk's language, when the engine has no voice for it

    # ---- settings ------------------------------------------------------------------------------------------------
    def _get(self, pref: Pref[bool]) -> bool:
        if self._preferences is None:
            return pref.default
        try:
            return self._preferences.get(pref)
        except StorageError as exc:  # the database cannot be read just now: cues must never stop a session
            log.warning("could not read %s: %s", pref.key, exc)
            return pref.default

    def _put(self, pref: Pref[bool], value: bool) -> None:
        if self._preferences is None:
            return
        try:
            self._preferences.set(pref, value)
        except StorageError as exc:  # the switch works for now; it is not remembered for the next start
            log.warning("could not remember %s: %s", pref.key, exc)

    @property
    def sound_on(self) -> bool:
        return self._sound_on

    @property
    def voice_on(self) -> bool:
        return self._voice_on

    @property
    def muted(self) -> bool:
        return self._muted

    def follow_settings(self) -> None:
        """Take up the sound and voice switches as stored now (the Settings dialog may have changed them)."""
        sound, voice = self._get(SOUND_ON), self._get(VOICE_ON)
        if sound != self._sound_on:
            self.set_sound_on(sound)
        if voice != self._voice_on:
            self.set_voice_on(voice)

    def set_sound_on(self, on: bool) -> None:
        self._sound_on = on
        self._put(SOUND_ON, on)
        self.status_changed.emit(self.status_text())

    def set_voice_on(self, on: bool) -> None:
        self._voice_on = on
        self._put(VOICE_ON, on)
        if not on:
            self._hush()
        self.status_changed.emit(self.status_text())

    def set_muted(self, muted: bool) -> None:
        self._muted = muted
        if muted:
            self._hush()
        self.status_changed.emit(self.status_text())

    def toggle_muted(self) -> None:
        self.set_muted(not self._muted)

    # ---- loading ---------------------------------------------------------------------------------------------------
    def load(self) -> None:
        """Import QtMultimedia and QtTextToSpeech now (once); note what failed and why. The audio outputs wait for
        :meth:`check_sound`."""
        if self._loaded:
            return
        self._loaded = True
        self._load_sound()
        self._load_voice()
        self.status_changed.emit(self.status_text())

    def _load_sound(self) -> None:
        with qt_notices():
            try:
                self._media_devices_type, self._sound_effect_type = _import_multimedia()
            except ImportError as exc:
                self.sound_problem = import_problem(exc)
                self._sound_checked = True  # nothing more to look for
                return

    def check_sound(self) -> None:
        """Look for an audio output and make the beeps (once; a session is about to need them). This loads Qt's
        media back end, which is why it waits until now."""
        self.load()
        if self._sound_checked:
            return
        self._sound_checked = True
        before = self.status_text()
        media_devices = self._media_devices_type
        with qt_notices():
            # Headphones plugged in (or a USB speaker pulled) while HipDesk runs: follow the outputs.
            self._devices = media_devices(self)
            self._devices.audioOutputsChanged.connect(self._on_outputs_changed)
            outputs = media_devices.audioOutputs()  # no sound server: Qt warns, and the list is empty
        self._set_up_effects(bool(outputs))
        if self.status_text() != before:
            self.status_changed.emit(self.status_text())

    def _on_outputs_changed(self) -> None:
        with qt_notices():
            outputs = type(self._devices).audioOutputs()
        before = self.status_text()
        self._set_up_effects(bool(outputs))
        if self.status_text() != before:
            self.status_changed.emit(self.status_text())

    def _set_up_effects(self, have_output: bool) -> None:
        """A fresh set of effects on the current default output, or none (and why) when there is no output."""
        for effect in self._effects.values():
            effect.deleteLater()
        self._effects = {}
        if not have_output:
            self.sound_problem = _said(NO_AUDIO_DEVICE)
            return
        self.sound_problem = None
        folder = self._sounds_dir
        if folder is None:
            from hipdesk.paths import RESOURCES

            folder = RESOURCES / "sounds"
        for name in SOUNDS:
            path = folder / f"{name}.wav"
            if not path.exists():
                self.sound_problem = self.tr("the sound file {path} is missing").format(path=path)
                self._effects = {}
                return
            effect = self._sound_effect_type(self)
            effect.setSource(QUrl.fromLocalFile(str(path)))
            effect.setVolume(0.8)
            effect.statusChanged.connect(lambda e=effect, n=name: self._on_effect_status(e, n))
            self._effects[name] = effect

    def _on_effect_status(self, effect: Any, name: str) -> None:
        if effect.status() == type(effect).Status.Error and self.sound_problem is None:
            self.sound_problem = self.tr("the {name} sound could not be played on this audio device").format(name=name)
            self.status_changed.emit(self.status_text())

    def _load_voice(self) -> None:
        with qt_notices():
            try:
                text_to_speech = _import_speech()
            except ImportError as exc:
                self.voice_problem = import_problem(exc)
                return
            engines = list(text_to_speech.availableEngines())
            if self._voice_engine is not None:
                wanted = [self._voice_engine]
            else:
                wanted = [e for e in engines if e != MOCK_ENGINE]
            failed: dict[str, str] = {}  # engines that are there but could not start, and Qt's reason
            for engine in wanted:
                if engine not in engines:
                    continue
                speech = text_to_speech(engine, self)
                if speech.state() != text_to_speech.State.Error:
                    self._use_speech(speech)
                    return
                failed[engine] = speech.errorString()
                log.info("speech engine %s could not start: %s", engine, failed[engine])
                speech.deleteLater()
        self.voice_problem = _voice_problem(self._voice_engine, engines, failed)

    def _use_speech(self, speech: Any) -> None:
        self._speech = speech
        speech.aboutToSynthesize.connect(self._on_about_to_synthesize)
        speech.errorOccurred.connect(self._on_speech_error)
        self._speak_language(speech, current_language())

    def _speak_language(self, speech: Any, language: Language) -> None:
        """Give the engine a voice of ``language``; without one it keeps its own, and the status line says so."""
        available = list(speech.availableLocales())
        chosen = voice_locale(available, language, speech.locale(), QLocale.system())
        if chosen is None:
            self.voice_language_missing = language
            log.info(
                "the %s speech engine has no %s voice (it has: %s)",
                speech.engine(),
                language.english_name,
                ", ".join(locale.name() for locale in available) or "none",
            )
            return
        self.voice_language_missing = None
        if chosen != speech.locale():
            speech.setLocale(chosen)

    def _on_about_to_synthesize(self, _utterance: int) -> None:
        if self._unspoken:
            self.spoken.emit(self._unspoken.pop(0))

    def _on_speech_error(self, _reason: object, message: str) -> None:
        log.warning("the speech engine stopped: %s", message)
        self._unspoken.clear()
        if self._speech is not None:
            self._speech.deleteLater()
            self._speech = None
        stopped = self.tr("the speech engine stopped ({message})").format(message=message)
        self.voice_problem = stopped if message else _said(NO_SPEECH_ENGINE)
        self.status_changed.emit(self.status_text())

    @property
    def speech(self) -> Any:
        """The QTextToSpeech in use (None when voice is unavailable); tests follow its words."""
        return self._speech

    @property
    def speech_engine(self) -> str:
        return str(self._speech.engine()) if self._speech is not None else ""

    @property
    def sound_checked(self) -> bool:
        """Whether the audio outputs have been looked for (a session started, or QtMultimedia could not load)."""
        return self._sound_checked

    @property
    def sound_available(self) -> bool:
        """Beeps can be heard: QtMultimedia loaded and, once looked for, an audio output. Before a session has
        started no output has been looked for, and the beeps count as available."""
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
                return self.tr("Sound and voice cues are off: {problem}. Follow the screen.").format(
                    problem=self.sound_problem
                )
            return self.tr("Beeps off: {sound}. Voice off: {voice}. Follow the screen.").format(
                sound=self.sound_problem, voice=self.voice_problem
            )
        if self._muted:
            return self.tr("Cues muted (press M to hear them again).")
        parts = []
        if self.sound_problem:
            parts.append(self.tr("Beeps off: {problem}.").format(problem=self.sound_problem))
        if self.voice_problem:
            parts.append(self.tr("Voice off: {problem}.").format(problem=self.voice_problem))
        parts.append(
            self._heard(
                self.tr("Cues on: beeps and voice."),
                self.tr("Cues on: beeps."),
                self.tr("Cues on: voice."),
                self.tr("Cues switched off."),
            )
        )
        if self._voice_on and self.voice_available and self.voice_language_missing is not None:
            parts.append(self._no_voice_of_language())
        return " ".join(parts)

    def _heard(self, both: str, beeps: str, voice: str, neither: str) -> str:
        """Which of the four ``texts`` says what the person will hear."""
        sound = self._sound_on and self.sound_available
        spoken = self._voice_on and self.voice_available
        return both if sound and spoken else beeps if sound else voice if spoken else neither

    def _no_voice_of_language(self) -> str:
        language = self.voice_language_missing
        assert language is not None and self._speech is not None
        wanted = language_name(language.value)
        own = language_name(self._speech.locale().name().split("_")[0])
        return self.tr(
            "The speech engine has no voice for {language}, so its voice for {own} reads the cues (add a voice for "
            "{language} to the speech engine to hear them in {language})."
        ).format(language=wanted, own=own)

    def brief_status_text(self) -> str:
        """A few words for the session screen's corner (the whole line goes in its tooltip)."""
        if not self._loaded:
            return ""
        if self._muted and not (self.sound_problem and self.voice_problem):
            return self.tr("Cues muted (M)")
        missing = list(dict.fromkeys(_short(p) for p in (self.sound_problem, self.voice_problem) if p))
        text = self._heard(
            self.tr("Cues: beeps and voice"), self.tr("Cues: beeps"), self.tr("Cues: voice"), self.tr("Cues off")
        )
        if self._voice_on and self.voice_available and self.voice_language_missing is not None:
            missing.append(
                self.tr("no voice for {language}").format(language=language_name(self.voice_language_missing.value))
            )
        return f"{text} ({', '.join(missing)})" if missing else text

    # ---- giving cues -----------------------------------------------------------------------------------------------
    def beep(self, name: str) -> None:
        self.cue_given.emit(name, "")
        if self._muted or not self._sound_on:
            return
        if not self._sound_checked:  # a beep outside a session (sessions look before their first cue)
            self.check_sound()
        effect = self._effects.get(name)
        if effect is not None:
            effect.play()
            self.beep_played.emit(name)

    def say(self, text: str, *, interrupt: bool = True) -> None:
        """Say ``text``: a new step's words replace any still being said (they are out of date); with
        ``interrupt=False`` the words wait for the current ones to end."""
        self.cue_given.emit("voice", text)
        if self._muted or not self._voice_on or self._speech is None:
            return
        if interrupt:
            self._unspoken = [text]
            self._speech.say(text)
        else:
            self._unspoken.append(text)
            self._speech.enqueue(text)

    def _hush(self) -> None:
        self._unspoken.clear()
        if self._speech is not None:
            self._speech.stop()

    def attach(self, controller: PlayerController) -> None:
        """Follow a session: beeps on the last three seconds and step changes, words for what comes."""
        self.check_sound()
        if self._muted:  # a mute is for the session it was pressed in
            self.set_muted(False)
        controller.step_started.connect(self._on_step_started)
        controller.countdown_ticked.connect(lambda _s: self.beep("tick"))
        controller.halfway_reached.connect(lambda: self._on_halfway(controller))

    def _on_halfway(self, controller: PlayerController) -> None:
        if controller.status().duration_s >= HALFWAY_MIN_S:
            self.say(HALFWAY(), interrupt=False)

    def _on_step_started(self, _index: int, step: Step) -> None:
        if step.kind is StepKind.FINISH:
            self.beep("finish")
            self.say(SESSION_COMPLETE())
            return
        self.beep("step")
        self.say(spoken_cue(step))


def voice_locale(available: list[QLocale], language: Language, current: QLocale, system: QLocale) -> QLocale | None:
    """The engine's voice locale for ``language``: the current one if it speaks it, else one of the same country as
    the desktop (de_AT on an Austrian desktop), else the first; None when the engine has no voice of the language."""

    def speaks(locale: QLocale) -> bool:
        return locale.name().split("_")[0].lower() == language.value

    if speaks(current):
        return current
    matching = [locale for locale in available if speaks(locale)]
    if not matching:
        return None
    same_country = [locale for locale in matching if locale.territory() == system.territory()]
    return (same_country or matching)[0]


def _voice_problem(asked_for: str | None, engines: list[str], failed: dict[str, str]) -> str:
    """Why there is no voice, in the words that point at the fix: a missing engine is installed, a silent one is
    started."""
    if asked_for is not None and asked_for not in engines:
        return QCoreApplication.translate("Cues", "the {engine} speech engine is not installed").format(
            engine=asked_for
        )
    if "speechd" in failed:
        return _said(SPEECH_DISPATCHER_SILENT)
    if failed:
        engine, reason = next(iter(failed.items()))
        if reason:
            return QCoreApplication.translate("Cues", "the {engine} speech engine did not start ({reason})").format(
                engine=engine, reason=reason
            )
        return QCoreApplication.translate("Cues", "the {engine} engine did not start").format(engine=engine)
    return _said(NO_SPEECH_ENGINE)


def language_name(code: str) -> str:
    """A language HipDesk knows, by its ISO 639-1 code, named in the interface's language ("German", "Deutsch")."""
    names = {
        "en": QCoreApplication.translate("Cues", "English"),
        "de": QCoreApplication.translate("Cues", "German"),
    }
    return names.get(code) or QLocale.languageToString(QLocale(code).language())
