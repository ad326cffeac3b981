"""One calm colour per session phase, shared by the cards, the list rows, the detail pane and History's charts.

These are the hues as designed for a light theme; ``hipdesk.ui.theme`` derives from each the text colour, the tint
and the chart fill that read on the palette in use.
"""

from __future__ import annotations

from hipdesk.domain.exercise import Phase
from hipdesk.domain.words import Words

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


class LibraryWords(Words):
    """The library's words outside its Qt classes."""


def difficulty_labels() -> dict[int, str]:
    """An exercise's difficulty in words, by level."""
    return {1: LibraryWords.tr("Gentle"), 2: LibraryWords.tr("Moderate"), 3: LibraryWords.tr("Challenging")}
