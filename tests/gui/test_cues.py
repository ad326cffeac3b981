"""Sound and voice cues on a machine that has QtMultimedia (libpulse0), with and without an audio device.

The voice runs on Qt's ``mock`` engine, which "speaks" word by word on real timers: the session runs on a fake
clock, and after each step of the clock the test waits for the engine to finish before moving on. Beeps are
followed through signals; on a machine without an audio device (CI) none can be played, and the window says so.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Iterator
from typing import Any, ClassVar

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QObject, QUrl, Signal, qWarning

from hipdesk.clock import FakeClock
from hipdesk.domain.exercise import Dose
from hipdesk.domain.routine import Routine, RoutineItem
from hipdesk.ui.plain_text import tooltip_source
from hipdesk.ui.player import cues as cues_module
from hipdesk.ui.player.cues import Cues
from hipdesk.ui.player.player_view import PlayerView
from hipdesk.ui.qt_addons import qt_notices
from hipdesk.ui.services import Services
from hipdesk.usecases.preferences import SOUND_ON, VOICE_ON

LIBPULSE_MISSING = "libpulse.so.0: cannot open shared object file: No such file or directory"


@pytest.fixture
def speech_loads(qapp: Any) -> None:
    cues = Cues(None, voice_engine="mock")
    cues.load()
    loaded = cues.voice_available
    cues.deleteLater()
    if not loaded:
        pytest.skip("QtTextToSpeech does not load here (install libpulse0, as .ci/run does)")


needs_speech = pytest.mark.usefixtures("speech_loads")


class EngineLog:
    """What the speech engine itself reports: each utterance as it begins, then its words as they are said."""

    def __init__(self, speech: Any) -> None:
        self.speech = speech
        self.utterances: list[list[str]] = []
        speech.aboutToSynthesize.connect(lambda _id: self.utterances.append([]))
        speech.sayingWord.connect(lambda word, _id, _start, _length: self.utterances[-1].append(word))

    def idle(self) -> bool:
        return bool(self.speech.state() == type(self.speech).State.Ready)


def words(text: str) -> list[str]:
    """The words the mock engine reports for a text: it splits at every non-word character."""
    return re.findall(r"\w+", text)


def routine() -> Routine:
    """Two sets of 20 s holds on each side (long enough for "halfway"), then two bridges."""
    return Routine(
        id="cue-test",
        name="Cue test",
        description="",
        items=(
            RoutineItem("figure-four-stretch", dose=Dose(sets=2, hold_s=20, rest_s=5)),
            RoutineItem("glute-bridge", dose=Dose(sets=1, reps=2)),
        ),
    )


@pytest.fixture
def make_view(qtbot: QtBot, services: Services) -> Iterator[Callable[..., PlayerView]]:
    made: list[PlayerView] = []

    def make(voice_engine: str | None = "mock") -> PlayerView:
        view = PlayerView(services, voice_engine=voice_engine)
        qtbot.addWidget(view)
        view.resize(1000, 700)
        view.show()
        qtbot.waitExposed(view)
        made.append(view)
        return view

    yield make
    for view in made:
        if view.cues.speech is not None:
            view.cues.speech.stop()


def play_through(qtbot: QtBot, view: PlayerView, clock: FakeClock, engine: EngineLog | None) -> None:
    """Play the routine to its end on the fake clock, letting the engine finish each cue before time moves on."""
    view.play(routine())
    controller = view.controller
    assert controller is not None
    while controller.is_active:
        if engine is not None:
            qtbot.waitUntil(engine.idle, timeout=5000)
        clock.advance(0.5)
        controller.poll()
    if engine is not None:
        qtbot.waitUntil(engine.idle, timeout=5000)


EXPECTED_VOICE = [
    "Get ready. First: Figure-four stretch, left side",
    "Figure-four stretch, left side. Set 1 of 2",
    "Halfway",
    "Rest. Next: set 2 of 2",
    "Figure-four stretch, left side. Set 2 of 2",
    "Halfway",
    "Switch sides",
    "Figure-four stretch, right side. Set 1 of 2",
    "Halfway",
    "Rest. Next: set 2 of 2",
    "Figure-four stretch, right side. Set 2 of 2",
    "Halfway",
    "Rest. Next: Glute bridge",
    "Glute bridge. 2 reps: lift 1, lower 2 seconds",
    "Well done. Session complete.",
]


@needs_speech
def test_a_session_speaks_every_cue_through_the_engine_in_order(
    qtbot: QtBot, make_view: Callable[..., PlayerView], services: Services, fake_clock: FakeClock
) -> None:
    view = make_view()
    cues = view.cues
    assert cues.voice_available and cues.speech_engine == "mock"
    cues.speech.setRate(1.0)  # the mock engine's fastest: 50 ms a word
    engine = EngineLog(cues.speech)
    spoken: list[str] = []
    given: list[tuple[str, str]] = []
    cues.spoken.connect(spoken.append)
    cues.cue_given.connect(lambda kind, text: given.append((kind, text)))

    play_through(qtbot, view, fake_clock, engine)

    assert spoken == EXPECTED_VOICE
    assert engine.utterances == [words(text) for text in EXPECTED_VOICE]  # each said to its last word
    assert [text for kind, text in given if kind == "voice"] == EXPECTED_VOICE

    # Beeps: one as each step begins, three in each timed step's last three seconds, a last one at the end.
    beeps = [kind for kind, _ in given if kind != "voice"]
    timed_steps = len(view.controller.plan.steps) - 1 if view.controller else 0
    assert beeps[:5] == ["step", "tick", "tick", "tick", "step"]  # get ready: 3, 2, 1, then the first hold
    assert beeps.count("step") == timed_steps and beeps[-1] == "finish"
    assert beeps.count("tick") == 3 * timed_steps
    if cues.sound_available:  # a desktop with sound: every beep went to the device
        assert cues.sound_problem is None
    else:  # CI and containers: the requests were made, nothing could play, and the window says why
        assert cues.sound_problem == cues_module.NO_AUDIO_DEVICE
        status = "Beeps off: no audio device. Cues on: voice."
        assert view.start_view.cue_status.text() == status
        assert view.session_view.cue_status.text() == "Cues: voice (no audio device)"
        assert tooltip_source(view.session_view.cue_status.toolTip()) == status


@needs_speech
def test_a_new_step_cuts_stale_words_and_halfway_waits_its_turn(
    qtbot: QtBot, make_view: Callable[..., PlayerView]
) -> None:
    cues = make_view().cues
    cues.speech.setRate(1.0)
    engine = EngineLog(cues.speech)
    spoken: list[str] = []
    cues.spoken.connect(spoken.append)
    cues.say("Rest. Next: Glute bridge")
    cues.say("Switch sides")  # before a word of the rest cue was out
    cues.say("Halfway", interrupt=False)
    qtbot.waitUntil(lambda: engine.idle() and len(spoken) == 3, timeout=5000)
    assert spoken == ["Rest. Next: Glute bridge", "Switch sides", "Halfway"]
    assert engine.utterances == [[], ["Switch", "sides"], ["Halfway"]]


@needs_speech
def test_switches_are_honoured_and_remembered(
    qtbot: QtBot, make_view: Callable[..., PlayerView], services: Services
) -> None:
    view = make_view()
    cues = view.cues
    played: ClassVar[list[str]] = []

    class Effect:  # stands in for a QSoundEffect: CI has no device to open one on
        def play(self) -> None:
            played.append("played")

    cues.check_sound()  # as a session does before its first cue
    cues._effects = {name: Effect() for name in cues_module.SOUNDS}
    heard: list[str] = []
    cues.beep_played.connect(heard.append)
    spoken: list[str] = []
    cues.spoken.connect(spoken.append)

    view.start_view.sound_box.setChecked(False)
    view.start_view.voice_box.setChecked(False)
    cues.beep("step")
    cues.say("Switch sides")
    assert (played, heard, spoken) == ([], [], [])
    assert cues.speech.state() == type(cues.speech).State.Ready
    assert services.preferences.get(SOUND_ON) is False
    assert services.preferences.get(VOICE_ON) is False

    again = Cues(services.preferences, voice_engine="mock")  # the next start of HipDesk
    assert not again.sound_on and not again.voice_on

    view.start_view.sound_box.setChecked(True)
    view.start_view.voice_box.setChecked(True)
    cues.set_muted(True)
    assert view.session_view.cue_status.text() == "Cues muted (M)"
    assert view.session_view.mute_button.text() == "Unmute"
    cues.beep("tick")
    cues.say("Halfway")
    assert (played, spoken) == ([], [])
    cues.set_muted(False)
    cues.beep("tick")
    cues.say("Halfway")
    assert played == ["played"] and heard == ["tick"] and spoken == ["Halfway"]
    qtbot.waitUntil(lambda: cues.speech.state() == type(cues.speech).State.Ready, timeout=5000)


def test_without_qtmultimedia_the_session_runs_and_says_cues_are_off(
    qtbot: QtBot,
    make_view: Callable[..., PlayerView],
    services: Services,
    fake_clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The module cannot load (a minimal system without libpulse0): no crash, no hang, a plain line."""

    def missing() -> Any:
        raise ImportError(LIBPULSE_MISSING)

    monkeypatch.setattr(cues_module, "_import_multimedia", missing)
    monkeypatch.setattr(cues_module, "_import_speech", missing)
    view = make_view()
    status = (
        "Sound and voice cues are off: the PulseAudio client library (libpulse0) is not installed. Follow the screen."
    )
    assert view.start_view.cue_status.text() == status
    given: list[tuple[str, str]] = []
    view.cues.cue_given.connect(lambda kind, text: given.append((kind, text)))
    with qtbot.waitSignal(services.events.session_finished):
        play_through(qtbot, view, fake_clock, None)
    assert [text for kind, text in given if kind == "voice"] == EXPECTED_VOICE  # due, though nobody hears them
    assert view.session_view.cue_status.text() == "Cues off (libpulse0 missing)"
    assert tooltip_source(view.session_view.cue_status.toolTip()) == status
    assert view.cues.speech is None and not view.cues.sound_available


@needs_speech
def test_the_mock_engine_is_never_chosen_on_its_own(
    make_view: Callable[..., PlayerView], monkeypatch: pytest.MonkeyPatch
) -> None:
    real = cues_module._import_speech()

    class OnlyMock(real):  # type: ignore[misc, valid-type]
        @staticmethod
        def availableEngines() -> list[str]:
            return ["mock"]

    monkeypatch.setattr(cues_module, "_import_speech", lambda: OnlyMock)
    view = make_view(voice_engine=None)
    assert view.cues.speech is None
    assert "Voice off: no speech engine (install speech-dispatcher)." in view.start_view.cue_status.text()
    assert view.session_view.cue_status.text().endswith("no speech engine)")


@needs_speech
def test_the_real_engine_is_used_when_it_starts_and_named_when_not(make_view: Callable[..., PlayerView]) -> None:
    """On this machine as it is: speech-dispatcher's engine speaks, or the line says what to install. Qt's own
    complaints (a plug-in library missing, no daemon) fail this test if they leak out."""
    cues = make_view(voice_engine=None).cues
    engines = list(cues_module._import_speech().availableEngines())
    if cues.voice_available:
        assert cues.speech_engine not in ("", "mock")
    elif "speechd" in engines:  # the plug-in loads, so speech-dispatcher is there, but it did not answer
        assert cues.voice_problem == cues_module.SPEECH_DISPATCHER_SILENT
    else:
        assert cues.voice_problem == cues_module.NO_SPEECH_ENGINE


@pytest.mark.parametrize(
    ("asked_for", "engines", "failed", "problem"),
    [
        (None, ["mock"], {}, cues_module.NO_SPEECH_ENGINE),  # nothing to speak with: install it
        (None, ["mock", "speechd"], {"speechd": "Connection failed"}, cues_module.SPEECH_DISPATCHER_SILENT),
        (None, ["flite"], {"flite": "no voice"}, "the flite speech engine did not start (no voice)"),
        ("espeak", ["mock", "speechd"], {}, "the espeak speech engine is not installed"),
    ],
)
def test_the_voice_line_names_the_real_cause(
    asked_for: str | None, engines: list[str], failed: dict[str, str], problem: str
) -> None:
    assert cues_module._voice_problem(asked_for, engines, failed) == problem


def test_mute_lasts_for_the_session_it_was_pressed_in(
    qtbot: QtBot, make_view: Callable[..., PlayerView], services: Services, fake_clock: FakeClock
) -> None:
    view = make_view()
    view.play(services.builtin_routines[0])
    view.cues.set_muted(True)
    assert view.cues.muted
    assert not Cues(services.preferences).muted  # never stored: the next start of HipDesk is not muted
    view.play(services.builtin_routines[0])  # the next session
    assert not view.cues.muted
    assert "muted" not in view.session_view.cue_status.text().lower()


def test_a_named_engine_that_is_not_installed_is_named(make_view: Callable[..., PlayerView]) -> None:
    cues = make_view(voice_engine="no-such-engine").cues
    if cues.voice_problem != cues_module.LIBPULSE_HINT:
        assert cues.voice_problem == "the no-such-engine speech engine is not installed"


@pytest.mark.qt_log_level_fail("CRITICAL")
def test_only_known_notices_are_held_back(qtlog: Any) -> None:
    with qt_notices() as caught:
        qWarning("PulseAudioService: pa_context_connect() failed")
        qWarning("Something HipDesk does not know about")
    assert caught == ["PulseAudioService: pa_context_connect() failed"]
    assert [record.message for record in qtlog.records] == ["Something HipDesk does not know about"]


class FakeDevices(QObject):
    """QMediaDevices as far as Cues uses it: the outputs, and a signal when they change."""

    audioOutputsChanged = Signal()
    outputs: ClassVar[list[str]] = []

    @staticmethod
    def audioOutputs() -> list[str]:
        return list(FakeDevices.outputs)


class FakeEffect(QObject):
    """QSoundEffect as far as Cues uses it; records what it plays."""

    statusChanged = Signal()
    Status = enum.Enum("Status", "Ready Error")
    played: ClassVar[list[str]] = []

    def setSource(self, url: QUrl) -> None:
        self.name = url.fileName().removesuffix(".wav")

    def setVolume(self, _volume: float) -> None:
        pass

    def status(self) -> Any:
        return self.Status.Ready

    def play(self) -> None:
        FakeEffect.played.append(self.name)


@needs_speech
def test_beeps_follow_an_audio_device_plugged_in_and_pulled_out(
    qtbot: QtBot, make_view: Callable[..., PlayerView], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(FakeDevices, "outputs", [])
    monkeypatch.setattr(FakeEffect, "played", [])
    monkeypatch.setattr(cues_module, "_import_multimedia", lambda: (FakeDevices, FakeEffect))
    view = make_view()
    cues = view.cues
    # Opening the Player asks nothing of Qt's media back end (about 22 MiB): a session looks for the outputs.
    assert cues._devices is None and not cues.sound_checked
    assert view.start_view.cue_status.text() == "Cues on: beeps and voice."
    view.play(routine())
    assert cues.sound_checked
    assert view.start_view.cue_status.text() == "Beeps off: no audio device. Cues on: voice."
    assert view.session_view.cue_status.text() == "Cues: voice (no audio device)"
    cues.beep("tick")
    assert FakeEffect.played == []

    FakeDevices.outputs = ["Headphones"]
    with qtbot.waitSignal(cues.status_changed) as changed:
        cues._devices.audioOutputsChanged.emit()
    assert changed.args == ["Cues on: beeps and voice."]
    assert view.session_view.cue_status.text() == "Cues: beeps and voice"
    with qtbot.waitSignal(cues.beep_played):
        cues.beep("tick")
    assert FakeEffect.played == ["tick"]

    FakeDevices.outputs = []
    cues._devices.audioOutputsChanged.emit()
    assert view.start_view.cue_status.text() == "Beeps off: no audio device. Cues on: voice."
    cues.beep("step")
    assert FakeEffect.played == ["tick"]
