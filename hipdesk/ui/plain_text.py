"""Text from a file, the database or the user is shown as text: Qt never reads it as markup.

Qt draws a label, a tooltip and a message box as rich text when the text *looks* like HTML, and rich text loads
images: a routine named ``<img src=/dev/zero>`` makes Qt read /dev/zero until it runs out of memory, and one
pointing at a FIFO blocks HipDesk for good; ``<b>`` and ``<a href>`` turn bold or into links. Every widget that can
show such text goes through this module:

- :class:`PlainLabel` for a label that shows data (its format is plain text, whatever the text looks like), and
  :func:`wrapped_label` for one whose lines wrap;
- :func:`rich_label` with :func:`markup` (or :func:`escape`) where HipDesk's own markup surrounds data;
- :func:`plain_tooltip` for a tooltip (a widget's, a list item's, an item model's ``ToolTipRole``): Qt sniffs every
  tooltip, so data is escaped and wrapped in markup that shows it as the characters it holds;
- :func:`message_box` and :func:`ask` for message boxes (text and informative text plain);
- :func:`mnemonic_safe` for data in a button's, check box's or menu action's text (``&`` stays an ampersand);
- :func:`window_title` for data in a window title (``[*]`` stays literal).

``tests/gui/test_plain_text.py`` walks every view filled with markup and fails on any that slipped past.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

# A tooltip Qt treats as rich text, so the escaped characters inside show as themselves; pre-wrap keeps the line
# breaks and runs of spaces of the data.
_TOOLTIP_OPEN = '<p style="white-space:pre-wrap">'
_TOOLTIP_CLOSE = "</p>"


def _text_format() -> type[Qt.TextFormat]:
    """Qt.TextFormat, looked up when first needed: building Qt's enum namespace costs about 20 ms, which the window's
    first paint (the main window imports this module) does not wait for."""
    from PySide6.QtCore import Qt

    return Qt.TextFormat


class PlainLabel(QLabel):
    """A label that shows text as text. Its format is fixed to plain: never change it back to rich or auto.

    Signals: only QLabel's own.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(_text_format().PlainText)
        self.setText(text)


def wrapped_label(text: str, muted: bool = False) -> PlainLabel:
    """A plain label whose lines wrap; ``muted`` for a note or caption (the theme's secondary text colour)."""
    label = PlainLabel(text)
    label.setWordWrap(True)
    if muted:
        from hipdesk.ui.theme import style  # not at import: the theme builds Qt's enum namespace, after first paint

        style(label, "color: {muted};")
    return label


def plain(label: QLabel) -> QLabel:
    """Make a label that Qt or another widget created show its text as plain text; returns it."""
    label.setTextFormat(_text_format().PlainText)
    return label


def escape(text: str) -> str:
    """Data made safe to put inside HipDesk's own rich text: markup characters escaped, line breaks kept."""
    return html.escape(text, quote=True).replace("\n", "<br>")


def markup(template: str, *data: object, **named: object) -> str:
    """HipDesk's own rich-text ``template`` (``str.format`` fields) filled with escaped data.

    ``markup("<b>Next up:</b> {}", name)``: the template is trusted, every argument is shown literally.
    """
    return template.format(*(escape(str(d)) for d in data), **{k: escape(str(v)) for k, v in named.items()})


def rich_label(html_text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label for HipDesk's own markup (build it with :func:`markup`); rich on purpose, never sniffed."""
    label = QLabel(parent)
    label.setTextFormat(_text_format().RichText)
    label.setText(html_text)
    return label


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` exactly (``""`` stays empty: no tooltip)."""
    if not text:
        return ""
    return f"{_TOOLTIP_OPEN}{html.escape(text, quote=False)}{_TOOLTIP_CLOSE}"


def tooltip_source(tip: str) -> str:
    """What :func:`plain_tooltip` was given, back from a tooltip it made (for tests)."""
    if tip.startswith(_TOOLTIP_OPEN) and tip.endswith(_TOOLTIP_CLOSE):
        return html.unescape(tip[len(_TOOLTIP_OPEN) : -len(_TOOLTIP_CLOSE)])
    return tip


def mnemonic_safe(text: str) -> str:
    """Data for a button, check box or menu action: ``&`` shows as itself instead of underlining the next letter."""
    return text.replace("&", "&&")


def window_title(text: str) -> str:
    """Data for a window title: ``[*]`` (Qt's "modified" placeholder) shows as itself."""
    return text.replace("[*]", "[*][*]")


def message_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    informative: str = "",
    buttons: QMessageBox.StandardButton | None = None,
    default: QMessageBox.StandardButton | None = None,
) -> QMessageBox:
    """A message box whose text and informative text are plain, whatever they hold (buttons: OK unless given).
    Not shown yet: ``open()`` it, or use :func:`ask` to wait for an answer."""
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setAccessibleName(title)
    box.setTextFormat(_text_format().PlainText)  # the informative text's label follows the text's format
    box.setText(text)
    if informative:
        box.setInformativeText(informative)
    box.setStandardButtons(buttons if buttons is not None else QMessageBox.StandardButton.Ok)
    if default is not None:
        box.setDefaultButton(default)
    return box


def ask(
    parent: QWidget | None,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton | None = None,
    default: QMessageBox.StandardButton | None = None,
) -> QMessageBox.StandardButton:
    """Ask a question in a plain-text message box and wait (Yes and No unless ``buttons`` says otherwise);
    returns the button pressed."""
    if buttons is None:
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    box = message_box(parent, QMessageBox.Icon.Question, title, text, buttons=buttons, default=default)
    try:
        return QMessageBox.StandardButton(box.exec())
    finally:
        box.deleteLater()
