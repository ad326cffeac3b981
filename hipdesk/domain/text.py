"""Text that can be stored and shown: which characters a name or a description may hold, how a bad value is quoted
in a message, and when two names are the same name to a reader's eye.

- A lone surrogate is not a character (it cannot be written as UTF-8, so it cannot be stored); control characters
  other than a line break or a tab do nothing visible; bidirectional overrides, embeddings and isolates reorder what
  is shown, so the text on screen is not the text stored. None of these belong in any text HipDesk keeps.
- A name is one line that people tell apart by looking: it may not hold invisible characters either (zero-width
  spaces and joiners, soft hyphens, direction marks, a byte-order mark) or separate lines and paragraphs.
- Two names are the same name when they look the same: :func:`skeleton` folds compatibility forms (NFKC: full-width
  letters, ligatures), case, runs of spaces and common look-alike letters from other scripts (Cyrillic ``а`` for Latin
  ``a``, Greek ``ο`` for ``o``, the digit ``0`` for ``o``) onto one form, after the idea of Unicode's confusable
  skeletons (UTS #39), with a small table of the look-alikes that matter for Latin names rather than the whole one.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from hipdesk.domain.words import QT_TRANSLATE_NOOP, Words, wording


class TextWords(Words):
    """What HipDesk says about a character it cannot keep in a text."""


MAX_QUOTED = 60  # characters of a bad value quoted in a message

# Bidirectional embeddings, overrides and isolates: they change the order in which the following text is shown.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# Invisible in a one-line name: zero-width space, non-joiner and joiner, word joiner, byte-order mark, soft hyphen,
# combining grapheme joiner, Mongolian vowel separator, the direction marks, and the line and paragraph separators.
INVISIBLE_IN_NAMES = frozenset(
    "\u200b\u200c\u200d\u2060\ufeff\u00ad\u034f\u180e\u200e\u200f\u061c\u2028\u2029\u2061\u2062\u2063\u2064"
)

# Letters of other scripts that look like Latin ones in common fonts. Capitals are folded before case folding (Greek
# capital eta looks like H, its small letter like n), small letters after it; accents come apart first (NFD), so a
# Cyrillic letter with a diaeresis folds like the Latin one with it.
_CAPITALS = str.maketrans(
    {
        **dict(zip("АВЕКМНОРСТХУЅІЈԚԜ", "ABEKMHOPCTXYSIJQW", strict=True)),  # Cyrillic
        **dict(zip("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ", "ABEZHIKMNOPTYX", strict=True)),  # Greek
    }
)
_SMALL = str.maketrans(
    {
        **dict(zip("аԁеһіјӏорԛѕԝхуүсѵ", "adehijlopqswxyycv", strict=True)),  # Cyrillic
        **dict(zip("αειηκνορτυχγϲϳ", "aeinkvoptuxycj", strict=True)),  # Greek
        **dict(zip("ıȷɑɡ01", "ijagol", strict=True)),  # dotless i and j, Latin alpha and script g; digits
    }
)


@dataclass(frozen=True)
class TextProblem:
    """Why a text cannot be kept: ``what`` in words, the character and its 1-based position."""

    what: str
    char: str
    position: int

    def message(self) -> str:
        """The problem as a sentence for the field's message, in the language HipDesk speaks."""
        template = _MESSAGES.get(self.what)
        fields = {"code": code_point(self.char), "position": self.position}
        if template is None:  # pragma: no cover - every ``what`` text_problem gives has its sentence below
            return TextWords.tr("contains {what} ({code}) at position {position}").format(what=self.what, **fields)
        return wording().translate("TextWords", template).format(**fields)


# Each problem as a whole sentence, so a language can word it (and decline the noun) as it needs.
_MESSAGES = {
    "a lone surrogate, which is not a character and cannot be stored": QT_TRANSLATE_NOOP(
        "TextWords",
        "contains a lone surrogate, which is not a character and cannot be stored ({code}) at position {position}",
    ),
    "a direction override, which makes the text show in another order": QT_TRANSLATE_NOOP(
        "TextWords",
        "contains a direction override, which makes the text show in another order ({code}) at position {position}",
    ),
    "a line break": QT_TRANSLATE_NOOP("TextWords", "contains a line break ({code}) at position {position}"),
    "a tab": QT_TRANSLATE_NOOP("TextWords", "contains a tab ({code}) at position {position}"),
    "a control character": QT_TRANSLATE_NOOP(
        "TextWords", "contains a control character ({code}) at position {position}"
    ),
    "an invisible character, so two names could look alike": QT_TRANSLATE_NOOP(
        "TextWords",
        "contains an invisible character, so two names could look alike ({code}) at position {position}",
    ),
}


def code_point(char: str) -> str:
    """``U+202E RIGHT-TO-LEFT OVERRIDE``: a character named, so a message never has to show it."""
    name = unicodedata.name(char, "")
    return f"U+{ord(char):04X}" + (f" {name}" if name else "")


def text_problem(text: str, *, one_line: bool, name: bool | None = None) -> TextProblem | None:
    """The first character that keeps ``text`` from being stored and shown as what it says, or None.

    ``one_line``: no line breaks or tabs (a line of a list, a name); otherwise a description, where they are fine.
    ``name`` (as ``one_line`` unless given): something people tell apart by looking, so no invisible characters.
    """
    name = one_line if name is None else name
    for index, char in enumerate(text):
        position = index + 1
        if "\ud800" <= char <= "\udfff":
            return TextProblem("a lone surrogate, which is not a character and cannot be stored", char, position)
        if char in BIDI_CONTROLS:
            return TextProblem("a direction override, which makes the text show in another order", char, position)
        category = unicodedata.category(char)
        if (one_line or name) and char in "\n\r\t":
            return TextProblem("a line break" if char != "\t" else "a tab", char, position)
        if category == "Cc" and char not in "\n\t":
            return TextProblem("a control character", char, position)
        if name and (char in INVISIBLE_IN_NAMES or category in ("Zl", "Zp")):
            return TextProblem("an invisible character, so two names could look alike", char, position)
    return None


def quoted(value: str, limit: int = MAX_QUOTED) -> str:
    """``value`` for a message: in quotes, what cannot be shown written as its code (``\\u202e``), cut short."""
    shown = "".join(_visible(char) for char in value)
    if len(shown) > limit:
        shown = shown[: limit - 1] + "…"
    return f"“{shown}”"


def _visible(char: str) -> str:
    if char == "\n":
        return "\\n"
    if char == "\t":
        return "\\t"
    category = unicodedata.category(char)
    if category in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp") or char in BIDI_CONTROLS:
        return f"\\u{ord(char):04x}" if ord(char) <= 0xFFFF else f"\\U{ord(char):08x}"
    return char


def skeleton(name: str) -> str:
    """What a name looks like, for telling names apart: compatibility forms, case, spacing, invisible characters
    and common look-alike letters folded away. Two names with the same skeleton are the same name to a reader."""
    text = unicodedata.normalize("NFKC", name)
    text = "".join(char for char in text if char not in INVISIBLE_IN_NAMES and char not in BIDI_CONTROLS)
    text = unicodedata.normalize("NFD", text).translate(_CAPITALS).casefold().translate(_SMALL)
    text = text.replace("rn", "m").replace("vv", "w")  # two letters that pass for one
    return unicodedata.normalize("NFC", " ".join(text.split()))
