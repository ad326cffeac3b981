"""What the player's voice says, in the installed language: the step that begins, the count and rhythm of a set,
halfway through a long hold and the end of a session.

Each sentence is a whole :class:`~hipdesk.domain.i18n.Phrase` with named fields, never English glued together, so a
translation can put the words in its own order; the side gets its own phrase for each place it is said, since
German declines it ("linke Seite" alone, "auf der linken Seite" after a preposition).
"""

from __future__ import annotations

from hipdesk.domain.exercise import RepPattern, Side
from hipdesk.domain.i18n import Phrase, PluralPhrase, number
from hipdesk.domain.plan import Step, StepKind

HALFWAY = Phrase("cues.halfway", "Halfway")
SESSION_COMPLETE = Phrase("cues.session_complete", "Well done. Session complete.")

# "{exercise}" with the side it is done on, or alone.
_WITH_SIDE = {
    Side.LEFT: Phrase("cues.exercise_left", "{exercise}, left side"),
    Side.RIGHT: Phrase("cues.exercise_right", "{exercise}, right side"),
}
_GET_READY = Phrase("cues.get_ready", "Get ready. First: {exercise}")
_SWITCH = Phrase("cues.switch_sides", "Switch sides")
_REST_NEXT_SET = Phrase("cues.rest_next_set", "Rest. Next: set {set} of {sets}")
_REST_NEXT = Phrase("cues.rest_next", "Rest. Next: {exercise}")
_WORK_SET = Phrase("cues.work_set", "{exercise}. Set {set} of {sets}")
_WORK_REPS = Phrase("cues.work_reps", "{exercise}. {reps}")

_REPS = PluralPhrase("cues.reps", one="{n} rep", other="{n} reps")
_REPS_EACH_WAY = PluralPhrase("cues.reps_each_way", one="{n} rep each way", other="{n} reps each way")
_REPS_ALTERNATING = PluralPhrase(
    "cues.reps_alternating", one="{n} rep, alternating sides", other="{n} reps, alternating sides"
)
_RHYTHM_PART = Phrase("cues.rhythm_part", "{word} {seconds}")
# The rhythm's parts, then the unit, counted by the last part's seconds: "lift 1, hold 1, lower 2 seconds".
_RHYTHM = PluralPhrase("cues.rhythm", one="{reps}: {parts} second", other="{reps}: {parts} seconds")


def _named(step: Step) -> str:
    phrase = _WITH_SIDE.get(step.side)
    return phrase(exercise=step.exercise_name) if phrase is not None else step.exercise_name


def spoken_cue(step: Step) -> str:
    """What the voice says as a step begins."""
    if step.kind is StepKind.GET_READY:
        return _GET_READY(exercise=_named(step))
    if step.kind is StepKind.SWITCH:
        return _SWITCH()
    if step.kind is StepKind.REST and step.set_no > 1:
        return _REST_NEXT_SET(set=step.set_no, sets=step.sets)
    if step.kind is StepKind.REST:
        return _REST_NEXT(exercise=_named(step))
    if step.kind is StepKind.REPS:
        return _WORK_REPS(exercise=_named(step), reps=spoken_reps(step))
    if step.kind is StepKind.FINISH:
        return SESSION_COMPLETE()
    if step.sets > 1:
        return _WORK_SET(exercise=_named(step), set=step.set_no, sets=step.sets)
    return _named(step)


def spoken_reps(step: Step) -> str:
    """The count and one repetition's rhythm in the order it happens, in the words the screen shows:
    '10 reps: lift 1, hold 1, lower 2 seconds'."""
    reps = step.reps or 0
    if step.rep_pattern is RepPattern.EACH_WAY:
        count = _REPS_EACH_WAY(reps // 2)
    elif step.rep_pattern is RepPattern.ALTERNATE_SIDES:
        count = _REPS_ALTERNATING(reps)
    else:
        count = _REPS(reps)
    if step.tempo is None:
        return count
    timed = [(phase, seconds) for phase, seconds in step.tempo.parts(step.effort) if seconds > 0]
    if not timed:
        return count
    parts = ", ".join(_RHYTHM_PART(word=phase.word, seconds=number(seconds)) for phase, seconds in timed)
    return _RHYTHM(timed[-1][1], reps=count, parts=parts)
