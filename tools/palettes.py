"""The palettes HipDesk is checked and pictured in beyond the desktop's own: ``make screenshots`` renders the dark
pictures in it and ``tests/gui/test_contrast.py`` measures every view's contrast on it."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette


def fusion_dark() -> QPalette:
    """The dark palette Fusion users know (Qt's own example of a dark Fusion theme): window 53, base 42, white text,
    blue highlight. Set on the application before the widgets are built."""
    role = QPalette.ColorRole
    palette = QPalette()
    colours = {
        role.Window: (53, 53, 53),
        role.WindowText: (255, 255, 255),
        role.Base: (42, 42, 42),
        role.AlternateBase: (66, 66, 66),
        role.ToolTipBase: (255, 255, 255),
        role.ToolTipText: (255, 255, 255),
        role.Text: (255, 255, 255),
        role.Button: (53, 53, 53),
        role.ButtonText: (255, 255, 255),
        role.BrightText: (255, 0, 0),
        role.Link: (42, 130, 218),
        role.Highlight: (42, 130, 218),
        role.HighlightedText: (255, 255, 255),
        role.Light: (90, 90, 90),
        role.Midlight: (70, 70, 70),
        role.Mid: (80, 80, 80),
        role.Dark: (35, 35, 35),
        role.Shadow: (20, 20, 20),
        role.PlaceholderText: (127, 127, 127),
    }
    for colour_role, rgb in colours.items():
        palette.setColor(colour_role, QColor(*rgb))
    for colour_role in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, colour_role, QColor(127, 127, 127))
    return palette
