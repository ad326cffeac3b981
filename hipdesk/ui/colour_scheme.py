"""Dark when the desktop asks for dark: a stand-in palette where Qt's platform theme reports the desktop's colour
scheme (``QStyleHints.colorScheme``) but hands the Fusion style a light palette.

Kept apart from ``hipdesk.ui.theme`` and light to import: it runs before the first paint, so a dark desktop never
sees a light window first.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

_DARK = {
    QPalette.ColorRole.Window: "#2b2d30",
    QPalette.ColorRole.WindowText: "#e6e6e6",
    QPalette.ColorRole.Base: "#1f2023",
    QPalette.ColorRole.AlternateBase: "#303236",
    QPalette.ColorRole.ToolTipBase: "#3a3d41",
    QPalette.ColorRole.ToolTipText: "#e6e6e6",
    QPalette.ColorRole.PlaceholderText: "#9a9ea4",
    QPalette.ColorRole.Text: "#e6e6e6",
    QPalette.ColorRole.Button: "#35373b",
    QPalette.ColorRole.ButtonText: "#e6e6e6",
    QPalette.ColorRole.BrightText: "#ff8a80",
    QPalette.ColorRole.Light: "#4a4d52",
    QPalette.ColorRole.Midlight: "#3f4246",
    QPalette.ColorRole.Mid: "#55585d",
    QPalette.ColorRole.Dark: "#1a1b1d",
    QPalette.ColorRole.Shadow: "#000000",
    QPalette.ColorRole.Highlight: "#3d7fd6",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#7fb2f0",
    QPalette.ColorRole.LinkVisited: "#b89cf0",
}
_DARK_DISABLED_TEXT = "#7d8187"

_own_dark = False  # the dark palette in use is HipDesk's stand-in, not the desktop's


def dark_palette() -> QPalette:
    """HipDesk's stand-in dark palette, in the Fusion style's manner."""
    palette = QPalette()
    for role, value in _DARK.items():
        palette.setColor(QPalette.ColorGroup.All, role, QColor(value))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(_DARK_DISABLED_TEXT))
    return palette


def palette_is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5


def follow_colour_scheme(app: QApplication, scheme: Qt.ColorScheme | None = None) -> None:
    """Give the application a dark palette where the desktop prefers dark and Qt's palette is light, and take it
    back when the desktop turns light again. A dark palette the desktop gave is never touched."""
    global _own_dark
    scheme = app.styleHints().colorScheme() if scheme is None else scheme
    dark = palette_is_dark(app.palette())
    if scheme == Qt.ColorScheme.Dark and not dark:
        log.info("the desktop prefers a dark colour scheme and Qt's palette is light: HipDesk uses a dark palette")
        app.setPalette(dark_palette())
        _own_dark = True
    elif scheme == Qt.ColorScheme.Light and dark and _own_dark:
        app.setPalette(app.style().standardPalette())
        _own_dark = False
