"""One calm colour per session phase, shared by the cards, the list rows, the detail pane and History's charts.

These are the hues as designed for a light theme; ``hipdesk.ui.theme`` derives from each the text colour, the tint
and the chart fill that read on the palette in use.
"""

from __future__ import annotations

from hipdesk.domain.exercise import Phase

PHASE_HUES = {
    Phase.CHECK: "#64748b",  # slate
    Phase.BREATHE: "#4f9bd9",  # sky
    Phase.ROLL: "#b7804a",  # cork
    Phase.MOBILIZE: "#2a9d8f",  # teal
    Phase.STRETCH: "#5f9e4f",  # leaf
    Phase.ACTIVATE: "#d9793f",  # apricot
    Phase.STRENGTHEN: "#7a65c7",  # violet
    Phase.STABILITY: "#b4528a",  # plum
}

DIFFICULTY_LABELS = {1: "Gentle", 2: "Moderate", 3: "Challenging"}
