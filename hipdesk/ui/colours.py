"""Colours with one meaning everywhere in HipDesk's widgets (each tab's own palette stays with the tab)."""

from __future__ import annotations

# Amber for "take care": a flagged check, advice to ease off, a step back, a paused session. Calm rather than
# alarming, and dark enough to read as text on a light background (about 5:1 on white).
CAUTION = "#b45309"

# Secondary text (hints, notes, captions): the palette's placeholder colour, so it follows light and dark themes.
MUTED_TEXT = "color: palette(placeholder-text);"
