"""The safety notice HipDesk shows before a first session (and from Help), in the installed language.

Its words are HipDesk's own; the warning signs are the ones the source material lists as needing a professional's
assessment rather than exercise (its "red flags").
"""

from __future__ import annotations

from hipdesk.domain.i18n import Phrase

_PARAGRAPHS = (
    Phrase(
        "notices.safety.not_advice",
        "HipDesk guides gentle mobility and strength work. It is not medical advice and it does not diagnose.",
    ),
    Phrase(
        "notices.safety.check_first",
        "If you have a hip, back or knee condition, have had surgery, or are unsure whether these exercises suit "
        "you, check with a health professional (a physical therapist or doctor) before you start.",
    ),
    Phrase(
        "notices.safety.pain",
        "A strong stretch is fine. Sharp, catching or joint-deep pain is not: stop that exercise straight away "
        "(press P in the player). Pain that lingers into the next day is a reason to ease off and seek advice.",
    ),
)
_RED_FLAGS_INTRO = Phrase(
    "notices.safety.red_flags_intro",
    "Stop and see a doctor or physical therapist before you go on if you have any of these:",
)
# Signs that need a professional's assessment rather than exercise (the source's "red flags").
RED_FLAGS = (
    Phrase("notices.red_flag.numbness", "numbness, tingling or pins and needles in a leg or the groin"),
    Phrase("notices.red_flag.weakness", "weakness in a leg, or a foot that drops or catches"),
    Phrase("notices.red_flag.bladder", "a change in bladder or bowel control"),
    Phrase("notices.red_flag.night_pain", "pain at night or at rest that does not ease when you change position"),
    Phrase("notices.red_flag.injury", "pain that started with a fall or an injury"),
    Phrase("notices.red_flag.fever", "a fever or feeling unwell together with the pain"),
)


def safety_notice() -> str:
    """The whole notice as plain text: paragraphs, then the warning signs as a bulleted list."""
    paragraphs = [paragraph() for paragraph in _PARAGRAPHS]
    flags = "\n".join(f"•  {flag()}" for flag in RED_FLAGS)
    return "\n\n".join([*paragraphs, f"{_RED_FLAGS_INTRO()}\n{flags}"])
