"""A check's photos: this week's left and right side by side, each side this week against the first and the last
photo before it, and every photo kept for the check, each with a delete button (and a copy saved only when asked)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QImageReader, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hipdesk.domain.assessment import CheckDefinition, Unit, measures
from hipdesk.domain.check_photos import CheckPhoto, PhotoSource, side_by_side, timeline
from hipdesk.domain.dates import long_date
from hipdesk.domain.exercise import Side
from hipdesk.domain.i18n import mid_sentence
from hipdesk.domain.photo_angles import limb_size, pair_warning, rule_for
from hipdesk.domain.words import number
from hipdesk.storage.errors import StorageError
from hipdesk.ui.checks.landmark_canvas import angle_text, draw_measurement, fitted
from hipdesk.ui.history.labels import week_label
from hipdesk.ui.plain_text import ask, wrapped_label
from hipdesk.ui.services import Services
from hipdesk.ui.theme import style
from hipdesk.usecases.check_photos import delete_photo, save_copy

TILE = QSize(240, 180)


def _heading(text: str) -> QLabel:
    label = wrapped_label(text)
    label.setStyleSheet("font-weight: 600;")
    return label


class PhotoTile(QWidget):
    """One kept photo, small, with its points and angle drawn on it. Signals: none."""

    def __init__(self, services: Services, photo: CheckPhoto, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.photo = photo
        self.rule = rule_for(photo.measure_id)
        path = services.photos.path(photo)
        reader = QImageReader(str(path))
        reader.setScaledSize(QSize(photo.width, photo.height).scaled(TILE * 2, Qt.AspectRatioMode.KeepAspectRatio))
        self.image = reader.read()
        self.missing = self.tr("The file is missing: {path}").format(path=path) if self.image.isNull() else ""
        self.setFixedSize(TILE)
        self.setObjectName(f"photoTile:{photo.id}")
        angle = angle_text(self.rule, photo.angle_deg)
        if photo.side is Side.LEFT:
            name = self.tr("Photo of the left side, {angle}").format(angle=angle)
        elif photo.side is Side.RIGHT:
            name = self.tr("Photo of the right side, {angle}").format(angle=angle)
        else:
            name = self.tr("Photo, {angle}").format(angle=angle)
        self.setAccessibleName(name + (f"; {self.missing}" if self.missing else ""))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Mid))
        if self.image.isNull():
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            painter.drawText(
                QRectF(self.rect()).adjusted(8, 8, -8, -8),
                Qt.TextFlag.TextWordWrap,
                self.missing or self.tr("No photo"),
            )
            painter.end()
            return
        rect = fitted(self.image.size(), QRectF(self.rect()))
        painter.drawImage(rect, self.image)
        size = QSize(self.photo.width, self.photo.height)
        draw_measurement(painter, rect, self.photo.landmarks, self.rule, size, palette, scale=0.6)
        painter.end()


class PhotoAlbumDialog(QDialog):
    """The photos of one check: compare, move points, save a copy, delete.

    Signals:
    changed(): a photo was deleted (the check's photo list changed).
    move_points_requested(object): the person wants to move the points on this CheckPhoto.
    """

    changed = Signal()
    move_points_requested = Signal(object)

    def __init__(self, services: Services, check: CheckDefinition, week: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.check = check
        self.week = week
        self.setObjectName("photoAlbum")
        self.setWindowTitle(self.tr("Photos: {check}").format(check=check.title))
        self.setAccessibleName(self.tr("Photos of the {check} check").format(check=check.title))
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.status = wrapped_label("")
        self.status.setObjectName("albumStatus")
        self.status.setAccessibleName(self.tr("Photos: result"))
        close = QPushButton(self.tr("&Close"))
        close.setAccessibleName(self.tr("Close the photos"))
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroller, 1)
        layout.addLayout(bottom)
        self.delete_buttons: dict[int, QPushButton] = {}
        self.copy_buttons: dict[int, QPushButton] = {}
        self.move_buttons: dict[int, QPushButton] = {}
        self.resize(900, 680)
        self.refresh()

    def refresh(self) -> None:
        photos = self.services.photos.for_check(self.check.id)
        self.delete_buttons.clear()
        self.copy_buttons.clear()
        self.move_buttons.clear()
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setSpacing(10)
        layout.addWidget(
            wrapped_label(
                self.tr(
                    "Kept in {folder} on this computer. HipDesk never sends or exports them; "
                    "Save a copy puts one where you choose."
                ).format(folder=self.services.paths.photos),
                muted=True,
            )
        )
        if not photos:
            layout.addWidget(wrapped_label(self.tr("No photos of this check yet.")))
        for m in self.check.measures:
            if m.unit is not Unit.DEGREES or not any(p.measure_id == m.id for p in photos):
                continue
            layout.addWidget(_heading(m.label))
            layout.addWidget(self._this_week(photos, m.id, m.per_side))
            layout.addWidget(self._over_time(photos, m.id, m.per_side))
        if photos:
            layout.addWidget(_heading(self.tr("Every photo of this check ({count})").format(count=len(photos))))
            layout.addWidget(self._listing(photos))
        layout.addStretch(1)
        self.scroller.setWidget(body)

    def _tile(self, photo: CheckPhoto | None, caption: str) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if photo is None:
            empty = wrapped_label(self.tr("{caption}: no photo").format(caption=caption), muted=True)
            empty.setFixedWidth(TILE.width())
            column.addWidget(empty)
            return box
        column.addWidget(PhotoTile(self.services, photo))
        rule = rule_for(photo.measure_id)
        label = wrapped_label(
            self.tr("{caption} · {angle} · week of {days}").format(
                caption=caption, angle=angle_text(rule, photo.angle_deg), days=week_label(photo.week_start)
            )
        )
        label.setFixedWidth(TILE.width())
        column.addWidget(label)
        return box

    def _this_week(self, photos: list[CheckPhoto], measure_id: str, per_side: bool) -> QWidget:
        box = QWidget()
        box.setObjectName(f"sideBySide:{measure_id}")
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(
            wrapped_label(self.tr("This week, left and right") if per_side else self.tr("This week"), muted=True)
        )
        row = QHBoxLayout()
        left, right = side_by_side(photos, measure_id, self.week)
        if per_side:
            row.addWidget(self._tile(left, self.tr("Left")))
            row.addWidget(self._tile(right, self.tr("Right")))
        else:
            only = [p for p in photos if p.measure_id == measure_id and p.week_start == self.week]
            row.addWidget(self._tile(only[-1] if only else None, self.tr("This week")))
        row.addStretch(1)
        column.addLayout(row)
        if left is not None and right is not None:
            sizes = (limb_size(p.landmarks, p.width, p.height) for p in (left, right))
            warning = pair_warning(*sizes)
            if warning:
                caution = wrapped_label(warning)
                caution.setObjectName(f"pairWarning:{measure_id}")
                style(caution, "color: {caution};")
                column.addWidget(caution)
            else:
                difference = abs(left.angle_deg - right.angle_deg)
                column.addWidget(
                    wrapped_label(
                        self.tr("Left and right differ by {degrees}° on the photos.").format(
                            degrees=number(difference, 0 if float(difference).is_integer() else 1)
                        ),
                        muted=True,
                    )
                )
        return box

    def _over_time(self, photos: list[CheckPhoto], measure_id: str, per_side: bool) -> QWidget:
        box = QWidget()
        box.setObjectName(f"overTime:{measure_id}")
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        for side in (Side.LEFT, Side.RIGHT) if per_side else (Side.NONE,):
            line = timeline(photos, measure_id, side, self.week)
            if len(line.shown) < 2:
                continue
            if side is Side.LEFT:
                heading = self.tr("Left side: this week against the first and the last photo before it")
            elif side is Side.RIGHT:
                heading = self.tr("Right side: this week against the first and the last photo before it")
            else:
                heading = self.tr("Over time: this week against the first and the last photo before it")
            column.addWidget(wrapped_label(heading, True))
            row = QHBoxLayout()
            for caption, photo in line.shown:
                row.addWidget(self._tile(photo, caption))
            row.addStretch(1)
            column.addLayout(row)
        return box

    def _listing(self, photos: list[CheckPhoto]) -> QWidget:
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        for row, photo in enumerate(reversed(photos)):
            m = measures().get(photo.measure_id)
            label = m.label if m is not None else photo.measure_id
            rule = rule_for(photo.measure_id)
            when = long_date(photo.taken_at.astimezone(self.services.wall.zone()).date())
            side = {Side.LEFT: self.tr("left"), Side.RIGHT: self.tr("right")}.get(photo.side, "")
            source = self.tr("camera") if photo.source is PhotoSource.CAMERA else self.tr("file")
            parts = [when, f"{label} · {side}" if side else label, angle_text(rule, photo.angle_deg), source]
            grid.addWidget(wrapped_label(" · ".join(parts)), row, 0)
            if photo.side is Side.LEFT:
                what = self.tr("the {measure} photo, left side, of {day}")
            elif photo.side is Side.RIGHT:
                what = self.tr("the {measure} photo, right side, of {day}")
            else:
                what = self.tr("the {measure} photo of {day}")
            what = what.format(measure=mid_sentence(label), day=when)
            move = QPushButton(self.tr("Move the points…"))
            move.setAccessibleName(self.tr("Move the points on {photo}").format(photo=what))
            move.setEnabled(m is not None)
            move.clicked.connect(lambda _=False, p=photo: self.move_points_requested.emit(p))
            copy = QPushButton(self.tr("Save a copy…"))
            copy.setAccessibleName(self.tr("Save a copy of {photo}").format(photo=what))
            copy.clicked.connect(lambda _=False, p=photo: self.save_copy(p))
            delete = QPushButton(self.tr("Delete"))
            delete.setAccessibleName(self.tr("Delete {photo}").format(photo=what))
            delete.clicked.connect(lambda _=False, p=photo: self.delete(p))
            for column, button in enumerate((move, copy, delete), 1):
                grid.addWidget(button, row, column)
            self.move_buttons[photo.id] = move
            self.copy_buttons[photo.id] = copy
            self.delete_buttons[photo.id] = delete
        grid.setColumnStretch(0, 1)
        return box

    # ---- actions ---------------------------------------------------------------------------------------------------
    def delete(self, photo: CheckPhoto) -> bool:
        if not self._ask_delete(photo):
            return False
        try:
            delete_photo(self.services.photos, photo)
        except StorageError as exc:
            self.status.setText(self.tr("{problem}. The photo is still listed.").format(problem=exc))
            return False
        left = len(self.services.photos.for_check(self.check.id))
        self.status.setText(self.tr("Deleted the photo. %n photo(s) of this check kept.", "", left))
        self.refresh()
        self.changed.emit()
        return True

    def save_copy(self, photo: CheckPhoto) -> bool:
        name = self._ask_save_path(photo)
        if not name:
            return False
        try:
            save_copy(self.services.photos, photo, Path(name))
        except StorageError as exc:
            self.status.setText(self.tr("{problem}. No copy was saved.").format(problem=exc))
            return False
        self.status.setText(self.tr("Saved a copy as {file}.").format(file=name))
        return True

    # -- dialogs (replaced in tests) ---------------------------------------------------------------------------
    def _ask_delete(self, photo: CheckPhoto) -> bool:
        answer = ask(
            self,
            self.tr("Delete the photo"),
            self.tr("Delete this photo for good? The angle stays in your check; only the photo goes.\n\n{path}").format(
                path=self.services.photos.path(photo)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _ask_save_path(self, photo: CheckPhoto) -> str:
        suggested = Path.home() / photo.file_name
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save a copy of the photo"), str(suggested), self.tr("JPEG (*.jpg)")
        )
        return name
