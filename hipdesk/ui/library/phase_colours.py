"""One calm colour per session phase, shared by the cards, the list rows, the detail pane and History's chart."""

from __future__ import annotations

from PySide6.QtGui import QColor

from hipdesk.domain.exercise import Phase

_PHASE_HEX = {
    Phase.CHECK: "#64748b",  # slate
    Phase.BREATHE: "#4f9bd9",  # sky
    Phase.ROLL: "#b7804a",  # cork
    Phase.MOBILIZE: "#2a9d8f",  # teal
    Phase.STRETCH: "#5f9e4f",  # leaf
    Phase.ACTIVATE: "#d9793f",  # apricot
    Phase.STRENGTHEN: "#7a65c7",  # violet
    Phase.STABILITY: "#b4528a",  # plum
}


def phase_colour(phase: Phase) -> QColor:
    return QColor(_PHASE_HEX[phase])


def phase_tint(phase: Phase, alpha: int = 36) -> QColor:
    """The phase colour, faint enough to sit behind a figure or text."""
    colour = phase_colour(phase)
    colour.setAlpha(alpha)
    return colour


def phase_hex(phase: Phase) -> str:
    return _PHASE_HEX[phase]


def phase_soft_hex(phase: Phase, white: float = 0.3) -> str:
    """The phase colour mixed with this share of white: the same hue, calm enough for large stacked areas."""
    colour = phase_colour(phase)
    mixed = [round(v + (255 - v) * white) for v in (colour.red(), colour.green(), colour.blue())]
    return "#{:02x}{:02x}{:02x}".format(*mixed)


DIFFICULTY_LABELS = {1: "Gentle", 2: "Moderate", 3: "Challenging"}
