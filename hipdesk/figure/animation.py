"""Pure timing helpers: the session player turns its clock into where the figure is.

0 is the start pose and 1 the end pose. A hold eases into the end pose and stays there. A repetition's first half
(:attr:`RepPhase.outward`: lift, down, turn or out, whichever the exercise's effort puts first) moves from start to
end, the pause stays at the end and the second half returns to the start. Rolling drills use the fraction as the
position along the roller.

Besides the fraction, a :class:`FigureMoment` says which way round the figure goes (a pose's ``[[return]]`` path)
and whether it is drawn for the other side, for circles done each way and drills that alternate sides.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from hipdesk.domain.exercise import Effort, RepPattern, RepPhase, Tempo
from hipdesk.figure.model import Motion

# The preview loop's repetition when it has no exercise to follow: the source's 2 s down, 1 s up with a short pause.
DEMO_TEMPO = Tempo(2.0, 0.4, 1.0)
DEMO_REST_S = 0.4  # a breath at the start pose between repetitions of the preview loop


@dataclass(frozen=True)
class FigureMoment:
    """Where the figure is: ``fraction`` between its start (0) and end (1) pose; ``via_return``: on the pose's
    ``[[return]]`` path (a circle's other half); ``mirrored``: drawn for the other side."""

    fraction: float
    via_return: bool = False
    mirrored: bool = False


@dataclass(frozen=True)
class RepRhythm:
    """How an exercise's repetitions run, for the preview loop: its tempo, its effort and its pattern."""

    tempo: Tempo = DEMO_TEMPO
    effort: Effort = Effort.UP
    pattern: RepPattern = RepPattern.SAME


def ease(t: float) -> float:
    """Smooth start and stop (smoothstep) on 0..1, clamped."""
    t = min(1.0, max(0.0, t))
    return t * t * (3.0 - 2.0 * t)


def fraction_for_hold(elapsed_s: float, ease_s: float = 1.5) -> float:
    """Ease into the end pose over ``ease_s`` seconds, then stay there."""
    if ease_s <= 0:
        return 1.0
    return ease(elapsed_s / ease_s)


def fraction_for_rep(phase: RepPhase, phase_elapsed_s: float, phase_s: float) -> float:
    """Where the figure is inside one repetition: out toward the end pose in the first half, there in the pause,
    home in the second half."""
    if not isinstance(phase, RepPhase):
        raise TypeError(f"expected a RepPhase, got {phase!r}")
    t = 1.0 if phase_s <= 0 else phase_elapsed_s / phase_s
    if phase is RepPhase.HOLD:
        return 1.0
    if phase.outward:
        return ease(t)
    return 1.0 - ease(t)


def moment_for_rep(
    phase: RepPhase, phase_elapsed_s: float, phase_s: float, *, reversed_: bool = False, mirrored: bool = False
) -> FigureMoment:
    """The figure inside one repetition. A reversed repetition (a circle going the other way) leaves by the
    pose's return path and comes home by its way out."""
    fraction = fraction_for_rep(phase, phase_elapsed_s, phase_s)
    homeward = phase is not RepPhase.HOLD and not phase.outward
    return FigureMoment(fraction, via_return=homeward != reversed_, mirrored=mirrored)


def fraction_for_roll(elapsed_s: float, pass_s: float = 2.5) -> float:
    """Back and forth along the roller, one pass every ``pass_s`` seconds."""
    return 0.5 - 0.5 * math.cos(math.pi * elapsed_s / pass_s)


def demo_moment(motion: Motion, t_s: float, rhythm: RepRhythm | None = None) -> FigureMoment:
    """A self-running loop for previews: a hold eases in, stays, eases out; reps follow ``rhythm`` (the
    exercise's own tempo, effort and pattern), going the other way or to the other side every second time."""
    if motion is Motion.ROLL:
        return FigureMoment(fraction_for_roll(t_s))
    if motion is Motion.HOLD:
        cycle = t_s % 6.0
        if cycle < 1.5:
            return FigureMoment(fraction_for_hold(cycle))
        if cycle < 4.5:
            return FigureMoment(1.0)
        return FigureMoment(1.0 - ease((cycle - 4.5) / 1.2), via_return=True)
    rhythm = rhythm or RepRhythm()
    tempo = rhythm.tempo if rhythm.tempo.rep_s > 0 else DEMO_TEMPO
    cycle_s = tempo.rep_s + DEMO_REST_S
    count, within = divmod(t_s, cycle_s)
    second = int(count) % 2 == 1
    mirrored = second and rhythm.pattern is RepPattern.ALTERNATE_SIDES
    reversed_ = second and rhythm.pattern is RepPattern.EACH_WAY
    for phase, seconds in tempo.parts(rhythm.effort):
        if within < seconds:
            return moment_for_rep(phase, within, seconds, reversed_=reversed_, mirrored=mirrored)
        within -= seconds
    return FigureMoment(0.0, mirrored=mirrored)


def demo_fraction(motion: Motion, t_s: float, rhythm: RepRhythm | None = None) -> float:
    """Just the fraction of :func:`demo_moment`."""
    return demo_moment(motion, t_s, rhythm).fraction
