"""WCAG contrast of what a window shows: each visible label's and button's text against the pixels actually drawn
behind it."""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage, QTextCharFormat, QTextDocument, QTextFormat
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from hipdesk.ui.contrast import LARGE_TEXT_RATIO, TEXT_RATIO, blend, ratio, to_hex
from tests.gui.layout_checks import shows_text

RGB = tuple[int, int, int]


def _rgb(colour: QColor) -> RGB:
    return colour.red(), colour.green(), colour.blue()


def visible_rect(widget: QWidget, window: QWidget) -> QRect:
    """The part of ``widget`` its ancestors leave showing, in ``window``'s coordinates."""
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        rect = rect.intersected(QRect(parent.mapTo(window, QPoint(0, 0)), parent.size()))
        parent = parent.parentWidget()
    return rect.intersected(window.rect())


def background(image: QImage, rect: QRect) -> RGB:
    """The colour most of the rectangle is painted in: what the text sits on (glyphs cover the lesser part). Colours
    a few steps apart count as one, so a button's gentle gradient is one background, not a dozen."""
    buckets: dict[tuple[int, int, int], list[RGB]] = {}
    across, down = max(1, rect.width() // 48), max(1, rect.height() // 16)  # about 800 samples at most
    for y in range(rect.top(), rect.bottom() + 1, down):
        for x in range(rect.left(), rect.right() + 1, across):
            pixel = image.pixelColor(x, y)
            rgb = (pixel.red(), pixel.green(), pixel.blue())
            buckets.setdefault((rgb[0] >> 3, rgb[1] >> 3, rgb[2] >> 3), []).append(rgb)
    members = max(buckets.values(), key=len)
    return (
        round(sum(c[0] for c in members) / len(members)),
        round(sum(c[1] for c in members) / len(members)),
        round(sum(c[2] for c in members) / len(members)),
    )


def text_colours(widget: QLabel | QAbstractButton) -> list[QColor]:
    """The colours the widget's text is drawn in: its palette's text role after polish (style sheets included),
    and for rich text each colour its markup names."""
    colours = [widget.palette().color(widget.foregroundRole())]
    if isinstance(widget, QLabel):
        rich = widget.textFormat() == Qt.TextFormat.RichText or (
            widget.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(widget.text())
        )
        if rich:
            document = QTextDocument()
            document.setHtml(widget.text())
            block = document.begin()
            while block.isValid():
                iterator = block.begin()
                while not iterator.atEnd():
                    fragment = iterator.fragment()
                    fmt: QTextCharFormat = fragment.charFormat()
                    if fragment.text().strip() and fmt.hasProperty(QTextFormat.Property.ForegroundBrush):
                        colours.append(fmt.foreground().color())
                    iterator += 1
                block = block.next()
    return colours


def large_text(widget: QWidget) -> bool:
    """WCAG's large text: 18 pt and up, or 14 pt and up in bold."""
    font = widget.font()
    points = font.pointSizeF() if font.pointSizeF() > 0 else font.pixelSize() * 0.75
    return points >= 18 or (points >= 14 and font.weight() >= 700)


def low_contrast(window: QWidget, where: str) -> list[str]:
    """Each visible, enabled label or button under ``window`` whose text falls short of WCAG AA on what is drawn
    behind it (4.5:1, 3:1 for large text), described for a failure message."""
    QApplication.processEvents()
    image = window.grab().toImage()
    scale = image.devicePixelRatio()
    problems: list[str] = []
    for widget in [*window.findChildren(QLabel), *window.findChildren(QAbstractButton)]:
        if not widget.isVisible() or not widget.isEnabled() or not shows_text(widget):
            continue
        if isinstance(widget, QLabel) and widget.pixmap() is not None and not widget.pixmap().isNull():
            continue
        inner = widget.contentsRect().translated(widget.mapTo(window, QPoint(0, 0)))
        if isinstance(widget, QAbstractButton):  # inside the button's frame, where its text is
            inner = inner.adjusted(3, 3, -3, -3)
        shown = visible_rect(widget, window).intersected(inner)
        if shown.width() < 2 or shown.height() < 2:
            continue
        pixels = QRect(
            round(shown.x() * scale),
            round(shown.y() * scale),
            round(shown.width() * scale),
            round(shown.height() * scale),
        ).intersected(image.rect())
        ground = background(image, pixels)
        need = LARGE_TEXT_RATIO if large_text(widget) else TEXT_RATIO
        for drawn in text_colours(widget):
            colour = _rgb(drawn)
            if drawn.alpha() < 255:  # a translucent text colour (Qt's placeholder text) shows blended on the ground
                colour = blend(colour, drawn.alphaF(), ground)
            found = ratio(colour, ground)
            if found < need:
                name = widget.accessibleName() or widget.objectName() or type(widget).__name__
                problems.append(
                    f"{where}: {name!r} ({widget.text()[:40]!r}) is {found:.2f}:1, needs {need}:1"
                    f" (text {to_hex(colour)} on {to_hex(ground)})"
                )
    return problems
