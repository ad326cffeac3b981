"""Which text can be kept and shown, how a bad value is quoted, and when two names look the same."""

from __future__ import annotations

import pytest

from hipdesk.domain.routine import name_key
from hipdesk.domain.text import BIDI_CONTROLS, quoted, skeleton, text_problem


@pytest.mark.parametrize(
    ("text", "one_line", "what"),
    [
        ("Desk five", True, None),
        (
            "Hüfte, Dehnung 90/90 ☺ 👨‍👩‍👧",
            False,
            None,
        ),  # accents, symbols and an emoji family (joiners) in a description
        ("first line\n\tsecond", False, None),
        ("a\ud800b", False, "lone surrogate"),
        ("\udfff", True, "lone surrogate"),
        ("abc\u202egnp.exe", False, "direction override"),
        ("name\u2066x\u2069", True, "direction override"),
        ("bell\x07", False, "control character"),
        ("next\x85line", False, "control character"),  # a C1 control
        ("carriage\r\nreturn", False, "control character"),
        ("two\nlines", True, "line break"),
        ("a\ttab", True, "tab"),
        ("zero\u200bwidth", True, "invisible"),
        ("joined\u200dname", True, "invisible"),
        ("soft\u00adhyphen", True, "invisible"),
        ("\ufeffbom", True, "invisible"),
        ("mark\u200fed", True, "invisible"),
        ("line\u2028separator", True, "invisible"),
    ],
)
def test_text_problems_name_the_character_and_where(text: str, one_line: bool, what: str | None) -> None:
    problem = text_problem(text, one_line=one_line)
    if what is None:
        assert problem is None
        return
    assert problem is not None and what in problem.message()
    assert f"U+{ord(problem.char):04X}" in problem.message() and f"position {problem.position}" in problem.message()
    assert text[problem.position - 1] == problem.char


def test_quoting_shows_what_cannot_be_shown_as_its_code_and_cuts_long_values() -> None:
    shown = quoted("<b>x</b>\u202e\ud800\x00\n" + "y" * 500)
    assert shown.startswith("“<b>x</b>\\u202e\\ud800\\u0000\\n") and shown.endswith("…”")
    assert len(shown) == 60 + 2
    assert not set(shown) & BIDI_CONTROLS
    shown.encode("utf-8")  # no lone surrogate left: it can be logged, stored and drawn
    assert quoted("short") == "“short”"


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Desk five", "desk five"),
        ("Desk five", "  Desk   five "),
        ("Desk five", "Dеsk fivе"),  # Cyrillic е
        ("Desk five", "Desk fіve"),  # Cyrillic і
        ("Hip opener", "Ηip οpener"),  # Greek capital eta, small omicron
        ("Morning", "Moming"),  # r n passes for m
        ("Desk five", "Ｄｅｓｋ ｆｉｖｅ"),  # full width
        ("Desk five", "Desk\u200b five"),  # an invisible character
        ("Routine 1", "Routine l"),
        ("Routine 0", "Routine o"),
        ("Caf\u00e9", "Cafe\u0301"),  # é composed, and e with a combining acute
        ("ﬁve", "five"),  # a ligature
    ],
)
def test_names_that_look_the_same_are_the_same_name(one: str, other: str) -> None:
    assert one != other
    assert skeleton(one) == skeleton(other) == name_key(other)


@pytest.mark.parametrize(
    ("one", "other"), [("Caf\u00e9", "Cafe"), ("Desk five", "Desk four"), ("Hip 2", "Hip 3"), ("Back", "Black")]
)
def test_names_that_look_different_stay_apart(one: str, other: str) -> None:
    assert skeleton(one) != skeleton(other)
