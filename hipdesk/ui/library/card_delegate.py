"""Painting exercises as cards (grid) or rows (list), with thumbnails rendered lazily and cached."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
    QTextLayout,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from hipdesk.domain.exercise import Phase
from hipdesk.ui.library.exercise_model import ExerciseRole
from hipdesk.ui.library.phase_colours import LibraryWords
from hipdesk.ui.theme import Theme, current

log = logging.getLogger(__name__)

AnyIndex = QModelIndex | QPersistentModelIndex
ThumbnailRenderer = Callable[[str, int], QPixmap]

STAR_ON = "★"
STAR_OFF = "☆"
PRECAUTION_MARK = "⚠"


def not_advised() -> str:
    """The card's words for an exercise that does not suit the health profile."""
    return LibraryWords.tr("Not advised for you")


class ThumbnailCache(QObject):
    """Figure thumbnails by exercise id and size, rendered on demand a few at a time between repaints.

    ``get`` never renders: it returns a cached pixmap or None and queues the render, so a first scroll through
    the grid paints at once and fills in the figures over the next few event-loop turns.

    Signals:
    thumbnail_ready(str): a thumbnail for this exercise id was rendered and cached.
    """

    thumbnail_ready = Signal(str)

    BUDGET_S = 0.008  # rendering per event-loop turn, so input and scrolling stay responsive

    def __init__(self, renderer: ThumbnailRenderer, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._renderer = renderer
        self._pixmaps: dict[tuple[str, int], QPixmap] = {}
        self._pending: dict[tuple[str, int], None] = {}  # insertion-ordered set
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._render_some)

    def get(self, exercise_id: str, size: int) -> QPixmap | None:
        key = (exercise_id, size)
        pixmap = self._pixmaps.get(key)
        if pixmap is not None:
            return None if pixmap.isNull() else pixmap
        if key not in self._pending:
            self._pending[key] = None
            if not self._timer.isActive():
                self._timer.start()
        return None

    def clear(self) -> None:
        """Forget every picture (they were drawn for another palette); each is drawn again when next asked for."""
        self._pixmaps.clear()

    def cached_count(self) -> int:
        return len(self._pixmaps)

    def pending_count(self) -> int:
        return len(self._pending)

    def _render_some(self) -> None:
        deadline = time.perf_counter() + self.BUDGET_S
        ready: list[str] = []
        try:
            while self._pending:
                key = next(iter(self._pending))
                del self._pending[key]
                self._pixmaps[key] = QPixmap()  # a figure that cannot be drawn stays blank, and is not tried again
                # A pose file HipDesk cannot read is drawn as the neutral pose (thumbnails.py); anything else
                # raised here is a bug, which reaches the crash handler with its traceback.
                self._pixmaps[key] = self._renderer(*key)
                ready.append(key[0])
                if time.perf_counter() > deadline:
                    break
        finally:  # whatever happened to one figure, the rest of the grid is still drawn
            for exercise_id in ready:
                self.thumbnail_ready.emit(exercise_id)
            if self._pending:
                self._timer.start()


class CardMode(Enum):
    GRID = "grid"
    LIST = "list"


GRID_SIZE = QSize(188, 232)  # the narrowest card; the view widens cards to fill its rows
GRID_MAX_WIDTH = 250
GRID_THUMB_H = 116
GRID_THUMB = 100
LIST_HEIGHT = 56
LIST_THUMB = 44
PAD = 10
STAR_BOX = 28


def _wrapped_lines(text: str, font: QFont, width: int, max_lines: int) -> list[str]:
    """``text`` word-wrapped to ``width``, at most ``max_lines`` lines, the last one elided if it overflows."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    lines: list[str] = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        start, length = line.textStart(), line.textLength()
        if len(lines) == max_lines - 1:
            rest = text[start:]
            lines.append(QFontMetrics(font).elidedText(rest, Qt.TextElideMode.ElideRight, width))
            break
        lines.append(text[start : start + length].rstrip())
    layout.endLayout()
    return lines


class ExerciseCardDelegate(QStyledItemDelegate):
    """Paints an exercise as a card (grid mode) or a row (list mode); a click on the star toggles it.

    Signals:
    favourite_clicked(str): the star on this exercise id's card was clicked.
    """

    favourite_clicked = Signal(str)

    def __init__(self, thumbnails: ThumbnailCache, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thumbnails = thumbnails
        self.mode = CardMode.GRID
        self.card_width = GRID_SIZE.width()
        self._theme: Theme = current()

    @staticmethod
    def _colour(hex_colour: str) -> QColor:
        return current().qcolor(hex_colour)

    # ---- geometry ----------------------------------------------------------------------------------------
    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        if self.mode is CardMode.GRID:
            return QSize(self.card_width, self.card_height())
        width = option.rect.width() if option.rect.width() > 0 else 400
        return QSize(width, self.row_height())

    @staticmethod
    def _fonts() -> tuple[QFontMetrics, QFontMetrics, QFontMetrics, QFontMetrics]:
        """The metrics of a card's phase line, name, dose and precautions, in the application font now."""
        small, name, dose, note = QFont(), QFont(), QFont(), QFont()
        small.setPointSizeF(small.pointSizeF() * 0.85)
        small.setBold(True)
        name.setPointSizeF(name.pointSizeF() * 1.05)
        name.setBold(True)
        dose.setPointSizeF(dose.pointSizeF() * 0.92)
        note.setPointSizeF(note.pointSizeF() * 0.85)
        return QFontMetrics(small), QFontMetrics(name), QFontMetrics(dose), QFontMetrics(note)

    def card_height(self) -> int:
        """Tall enough for the picture, the phase, two lines of name, the precautions and the dose in the
        application's font (a larger desktop font makes taller cards), and never shorter than GRID_SIZE."""
        phase, name, dose, note = self._fonts()
        text = 8 + phase.height() + 3 + 2 * name.height() + 4 + max(dose.height(), note.height()) + dose.height()
        return max(GRID_SIZE.height(), GRID_THUMB_H + 4 + text + PAD)

    def row_height(self) -> int:
        """A list row: its name over its dose line, in the application's font, and never shorter than LIST_HEIGHT."""
        _phase, name, dose, _note = self._fonts()
        return max(LIST_HEIGHT, name.height() + dose.height() + 18)

    def star_rect(self, rect: QRect) -> QRect:
        if self.mode is CardMode.GRID:
            return QRect(rect.right() - STAR_BOX - 4, rect.top() + 4, STAR_BOX, STAR_BOX)
        return QRect(rect.right() - STAR_BOX - 8, rect.center().y() - STAR_BOX // 2, STAR_BOX, STAR_BOX)

    # ---- painting ----------------------------------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        rect: QRect = option.rect
        palette: QPalette = option.palette
        state = option.state
        selected = bool(state & QStyle.StateFlag.State_Selected)
        hovered = bool(state & QStyle.StateFlag.State_MouseOver)
        phase = Phase(index.data(ExerciseRole.PHASE))
        self._theme = current()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.mode is CardMode.GRID:
            self._paint_card(painter, rect, palette, index, phase, selected, hovered)
        else:
            self._paint_row(painter, rect, palette, index, phase, selected, hovered)
        painter.restore()

    def _frame(self, painter: QPainter, rect: QRectF, palette: QPalette, selected: bool, hovered: bool) -> None:
        border = palette.color(QPalette.ColorRole.Mid)
        width = 1.0
        if selected:
            border, width = palette.color(QPalette.ColorRole.Highlight), 2.0
        elif hovered:
            border = palette.color(QPalette.ColorRole.Dark)
        painter.setPen(QPen(border, width))
        # The application's base colour: the view itself is painted in the window colour, so cards stand out.
        painter.setBrush(QGuiApplication.palette().color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(rect, 10, 10)

    def _paint_card(
        self,
        painter: QPainter,
        rect: QRect,
        palette: QPalette,
        index: AnyIndex,
        phase: Phase,
        selected: bool,
        hovered: bool,
    ) -> None:
        card = QRectF(rect).adjusted(1.5, 1.5, -1.5, -1.5)
        self._frame(painter, card, palette, selected, hovered)
        # The figure band: the phase's tint behind the thumbnail, rounded only at the top.
        band = QRectF(card.left() + 1, card.top() + 1, card.width() - 2, GRID_THUMB_H)
        path = QPainterPath()
        path.addRoundedRect(band, 9, 9)
        square = QPainterPath()
        square.addRect(QRectF(band.left(), band.top() + 12, band.width(), band.height() - 12))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._colour(self._theme.phase_tint[phase]))
        painter.drawPath(path.united(square))
        pixmap = self.thumbnails.get(index.data(ExerciseRole.ID), GRID_THUMB)
        if pixmap is not None:
            target = QRectF(0, 0, GRID_THUMB, GRID_THUMB)
            target.moveCenter(band.center())
            painter.drawPixmap(target.toRect(), pixmap)
        if index.data(ExerciseRole.PER_SIDE):
            self._paint_side_badge(painter, QPointF(band.left() + 8, band.top() + 8), palette)
        self._paint_star(painter, self.star_rect(rect), bool(index.data(ExerciseRole.FAVOURITE)), palette)

        x = int(card.left()) + PAD
        width = int(card.width()) - 2 * PAD
        y = int(band.bottom()) + 8
        small = QFont()
        small.setPointSizeF(small.pointSizeF() * 0.85)
        small.setBold(True)
        painter.setFont(small)
        painter.setBrush(self._colour(self._theme.phase_text[phase]))
        dot = QFontMetrics(small).height()
        painter.drawEllipse(QRectF(x, y + dot / 2 - 4, 8, 8))
        painter.setPen(self._colour(self._theme.phase_text[phase]))
        painter.drawText(QRect(x + 13, y, width - 13, dot), Qt.AlignmentFlag.AlignVCenter, phase.label.upper())
        y += dot + 3

        name_font = QFont()
        name_font.setPointSizeF(name_font.pointSizeF() * 1.05)
        name_font.setBold(True)
        painter.setFont(name_font)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        line_h = QFontMetrics(name_font).height()
        for line in _wrapped_lines(index.data(Qt.ItemDataRole.DisplayRole), name_font, width, 2):
            painter.drawText(
                QRect(x, y, width, line_h), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line
            )
            y += line_h
        dose_font = QFont()
        dose_font.setPointSizeF(dose_font.pointSizeF() * 0.92)
        painter.setFont(dose_font)
        painter.setPen(self._colour(self._theme.muted))
        dose_h = QFontMetrics(dose_font).height()
        dose = QFontMetrics(dose_font).elidedText(
            index.data(ExerciseRole.DOSE_SUMMARY), Qt.TextElideMode.ElideRight, width
        )
        dose_top = int(card.bottom()) - PAD - dose_h + 2
        painter.drawText(QRect(x, dose_top, width, dose_h), Qt.AlignmentFlag.AlignLeft, dose)
        self._paint_precautions(painter, index, palette, QRect(x, dose_top - dose_h, width, dose_h))

    @staticmethod
    def precaution_text(index: AnyIndex) -> tuple[str, bool]:
        """The line a card shows about precautions, and whether it warns (the health profile rules it out)."""
        if index.data(ExerciseRole.CONCERNS):
            return f"{PRECAUTION_MARK} {not_advised()}", True
        precautions = index.data(ExerciseRole.PRECAUTIONS)
        return (f"{PRECAUTION_MARK} {precautions}", False) if precautions else ("", False)

    def _paint_precautions(self, painter: QPainter, index: AnyIndex, palette: QPalette, rect: QRect) -> None:
        text, warns = self.precaution_text(index)
        if not text:
            return
        font = QFont()
        font.setPointSizeF(font.pointSizeF() * 0.85)
        font.setBold(warns)
        painter.setFont(font)
        painter.setPen(self._colour(self._theme.caution if warns else self._theme.muted))
        shown = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown)

    def _paint_row(
        self,
        painter: QPainter,
        rect: QRect,
        palette: QPalette,
        index: AnyIndex,
        phase: Phase,
        selected: bool,
        hovered: bool,
    ) -> None:
        row = QRectF(rect).adjusted(1.5, 1.5, -1.5, -1.5)
        self._frame(painter, row, palette, selected, hovered)
        thumb = QRectF(row.left() + 6, row.center().y() - LIST_THUMB / 2, LIST_THUMB, LIST_THUMB)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._colour(self._theme.phase_tint[phase]))
        painter.drawRoundedRect(thumb, 7, 7)
        pixmap = self.thumbnails.get(index.data(ExerciseRole.ID), LIST_THUMB)
        if pixmap is not None:
            painter.drawPixmap(thumb.toRect(), pixmap)
        star = self.star_rect(rect)
        self._paint_star(painter, star, bool(index.data(ExerciseRole.FAVOURITE)), palette)

        x = int(thumb.right()) + 12
        right = star.left() - 8
        name_font = QFont()
        name_font.setBold(True)
        fm = QFontMetrics(name_font)
        small = QFont()
        small.setPointSizeF(small.pointSizeF() * 0.92)
        sm = QFontMetrics(small)
        top = int(row.center().y() - (fm.height() + sm.height() + 2) / 2)

        # The phase chip sits at the right, so names line up down the list.
        chip_text = phase.label
        chip_font = QFont(small)
        chip_font.setBold(True)
        chip_w = QFontMetrics(chip_font).horizontalAdvance(chip_text) + 16
        chip = QRectF(right - chip_w, row.center().y() - 10, chip_w, 20)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._colour(self._theme.phase_tint[phase]))
        painter.drawRoundedRect(chip, 10, 10)
        painter.setFont(chip_font)
        painter.setPen(self._colour(self._theme.phase_text[phase]))
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, chip_text)
        text_w = int(chip.left()) - 12 - x
        if index.data(ExerciseRole.PER_SIDE):
            badge_w = self._side_badge_width(palette)
            self._paint_side_badge(painter, QPointF(chip.left() - badge_w - 8, row.center().y() - 9), palette)
            text_w -= badge_w + 8

        painter.setFont(name_font)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        name = fm.elidedText(index.data(Qt.ItemDataRole.DisplayRole), Qt.TextElideMode.ElideRight, text_w)
        painter.drawText(QRect(x, top, text_w, fm.height()), Qt.AlignmentFlag.AlignLeft, name)
        painter.setFont(small)
        painter.setPen(self._colour(self._theme.muted))
        dose = sm.elidedText(index.data(ExerciseRole.DOSE_SUMMARY), Qt.TextElideMode.ElideRight, text_w)
        second = top + fm.height() + 2
        painter.drawText(QRect(x, second, text_w, sm.height()), Qt.AlignmentFlag.AlignLeft, dose)
        after_dose = sm.horizontalAdvance(dose) + 14
        if after_dose < text_w:
            precautions = QRect(x + after_dose, second, text_w - after_dose, sm.height())
            self._paint_precautions(painter, index, palette, precautions)

    @staticmethod
    def _badge_font() -> QFont:
        font = QFont()
        font.setPointSizeF(font.pointSizeF() * 0.78)
        font.setBold(True)
        return font

    def _side_badge_width(self, palette: QPalette) -> int:
        return QFontMetrics(self._badge_font()).horizontalAdvance("L | R") + 12

    def _paint_side_badge(self, painter: QPainter, top_left: QPointF, palette: QPalette) -> None:
        """A small "L | R" pill: the exercise is done on each side in turn."""
        font = self._badge_font()
        rect = QRectF(top_left.x(), top_left.y(), self._side_badge_width(palette), 18)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(rect, 9, 9)
        painter.setFont(font)
        painter.setPen(self._colour(self._theme.muted))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, "L | R")

    def _paint_star(self, painter: QPainter, rect: QRect, on: bool, palette: QPalette) -> None:
        font = QFont()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        painter.setFont(font)
        painter.setPen(self._colour(self._theme.star if on else self._theme.muted))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, STAR_ON if on else STAR_OFF)

    # ---- interaction -------------------------------------------------------------------------------------
    def editorEvent(self, event: QEvent, model: object, option: QStyleOptionViewItem, index: AnyIndex) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent):
            rect: QRect = option.rect
            if event.button() == Qt.MouseButton.LeftButton and self.star_rect(rect).contains(
                event.position().toPoint()
            ):
                self.favourite_clicked.emit(index.data(ExerciseRole.ID))
                return True
        return False
