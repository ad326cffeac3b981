"""Pure timing helpers: the session player turns its clock into a fraction of the way to the end pose.

0 is the start pose and 1 the end pose. A hold eases into the end pose and stays there. A repetition's
``down`` phase (the first part of a rep in the tempo) moves from start to end, ``hold`` stays at the end
and ``up`` returns to the start. Rolling drills use the fraction as the position along the roller.
"""

from __future__ import annotations

import math

from hipdesk.figure.model import Motion

REP_PHASES = ("down", "hold", "up")


def ease(t: float) -> float:
    """Smooth start and stop (smoothstep) on 0..1, clamped."""
    t = min(1.0, max(0.0, t))
    return t * t * (3.0 - 2.0 * t)


def fraction_for_hold(elapsed_s: float, ease_s: float = 1.5) -> float:
    """Ease into the end pose over ``ease_s`` seconds, then stay there."""
    if ease_s <= 0:
        return 1.0
    return ease(elapsed_s / ease_s)


def fraction_for_rep(phase: str, phase_elapsed_s: float, phase_s: float) -> float:
    """Where the figure is inside one repetition; ``phase`` is one of down, hold, up."""
    t = 1.0 if phase_s <= 0 else phase_elapsed_s / phase_s
    if phase == "down":
        return ease(t)
    if phase == "hold":
        return 1.0
    if phase == "up":
        return 1.0 - ease(t)
    raise ValueError(f"unknown rep phase {phase!r}; expected one of {', '.join(REP_PHASES)}")


def fraction_for_roll(elapsed_s: float, pass_s: float = 2.5) -> float:
    """Back and forth along the roller, one pass every ``pass_s`` seconds."""
    return 0.5 - 0.5 * math.cos(math.pi * elapsed_s / pass_s)


def demo_fraction(motion: Motion, t_s: float) -> float:
    """A self-running loop for previews: a hold eases in, stays, eases out; reps go at 2-0.4-1 s."""
    if motion is Motion.ROLL:
        return fraction_for_roll(t_s)
    if motion is Motion.HOLD:
        cycle = t_s % 6.0
        if cycle < 1.5:
            return fraction_for_hold(cycle)
        if cycle < 4.5:
            return 1.0
        return 1.0 - ease((cycle - 4.5) / 1.2)
    cycle = t_s % 3.8
    if cycle < 2.0:
        return fraction_for_rep("down", cycle, 2.0)
    if cycle < 2.4:
        return 1.0
    if cycle < 3.4:
        return fraction_for_rep("up", cycle - 2.4, 1.0)
    return 0.0
