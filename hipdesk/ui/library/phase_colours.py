"""One calm colour per session phase, shared by the cards, the list rows and the detail pane."""

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


DIFFICULTY_LABELS = {1: "Gentle", 2: "Moderate", 3: "Challenging"}
