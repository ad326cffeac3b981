"""Measuring one check angle (a measure and a side) on a photo: take one with the webcam after a countdown, or open
an image file; drag the three points onto the joints; use the angle.

The photo is kept (in the data folder) only when the person uses its angle; cancelling keeps nothing. A photo opened
from a file is kept as a fresh JPEG, so the original file's hidden details (where and with what it was taken) stay
behind. Where the points start comes from the landmark suggesters (:mod:`hipdesk.domain.photo_angles`): by hand, the
rule's starting places for the side.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QImageReader, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hipdesk.domain.assessment import Measure
from hipdesk.domain.check_photos import CheckPhoto, NewCheckPhoto, PhotoSource
from hipdesk.domain.dates import long_date
from hipdesk.domain.exercise import Side
from hipdesk.domain.photo_angles import (
    GENERAL_TIPS,
    Landmarks,
    LandmarkSuggester,
    PhotoPixels,
    StartingPlaces,
    photo_warnings,
    place_landmarks,
    rounded,
    rule_for,
)
from hipdesk.domain.words import Words, number
from hipdesk.storage.errors import StorageError
from hipdesk.ui.checks.landmark_canvas import PhotoCanvas, angle_text, fitted
from hipdesk.ui.checks.measure_entry import where
from hipdesk.ui.checks.webcam import Webcam
from hipdesk.ui.plain_text import PlainLabel, wrapped_label
from hipdesk.ui.services import Services
from hipdesk.ui.theme import style
from hipdesk.usecases.check_photos import PhotoFileError, keep_photo, move_points

MAX_SIDE_PX = 1600  # photos are kept at most this long on their longer side (plenty to place a point on)
JPEG_QUALITY = 90
COUNTDOWNS_S = (3, 5, 10)
DEFAULT_COUNTDOWN_S = 5
COUNTDOWN_KEY = "photos/countdown_s"
TICK_MS = 100
# Where the points start: an on-device pose model would go before the starting places.
DEFAULT_SUGGESTERS: tuple[LandmarkSuggester, ...] = (StartingPlaces(),)


class PhotoDialogWords(Words):
    """Measuring on a photo: words outside its Qt classes."""


def prepared(image: QImage) -> QImage:
    """The photo as HipDesk keeps it: at most MAX_SIDE_PX long, on white where it was transparent, 32-bit RGB."""
    if max(image.width(), image.height()) > MAX_SIDE_PX:
        image = image.scaled(
            MAX_SIDE_PX,
            MAX_SIDE_PX,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    flat = QImage(image.size(), QImage.Format.Format_RGB32)
    flat.fill(QColor("white"))
    painter = QPainter(flat)
    painter.drawImage(0, 0, image)
    painter.end()
    return flat


def encode_jpeg(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "JPG", JPEG_QUALITY):  # type: ignore[call-overload]  # the stubs say bytes; str works
        raise PhotoFileError(PhotoDialogWords.tr("HipDesk could not encode the photo as JPEG."))
    buffer.close()
    return bytes(data.data())


def pixels(image: QImage) -> PhotoPixels:
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    return PhotoPixels(rgb.width(), rgb.height(), rgb.bytesPerLine(), bytes(rgb.constBits()))


def read_image(path: Path) -> tuple[QImage, str]:
    """The image in ``path`` turned upright as the camera meant it, or a null image and the reason."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    image = reader.read()
    if image.isNull():
        why = reader.errorString() or PhotoDialogWords.tr("unknown reason")
        return image, PhotoDialogWords.tr(
            "{path} is not an image HipDesk can open ({why}). Choose a JPEG or PNG photo."
        ).format(path=path, why=why)
    return image, ""


class PreviewView(QWidget):
    """The camera's live picture with the countdown over it. Signals: none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cameraPreview")
        self.setMinimumSize(360, 270)
        self.setAccessibleName(self.tr("Camera picture"))
        self.image = QImage()
        self.overlay = self.tr("Starting the camera…")

    def show_frame(self, image: QImage) -> None:
        self.image = image
        self.update()

    def set_overlay(self, text: str) -> None:
        self.overlay = text
        self.setAccessibleDescription(text)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(640, 480)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Mid))
        if not self.image.isNull():
            painter.drawImage(fitted(self.image.size(), QRectF(self.rect())), self.image)
        if self.overlay:
            font = painter.font()
            big = len(self.overlay) <= 2
            font.setPointSizeF(font.pointSizeF() * (5.0 if big else 1.4))
            font.setBold(True)
            painter.setFont(font)
            box = painter.fontMetrics().boundingRect(self.overlay).adjusted(-16, -8, 16, 8)
            box.moveCenter(self.rect().center())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.Base))
            painter.drawRoundedRect(box, 10, 10)
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self.overlay)
        painter.end()


class PhotoMeasureDialog(QDialog):
    """Take or open a photo, place the three points, use the angle.

    Signals:
    measured(object): the angle was used; the kept hipdesk.domain.check_photos.CheckPhoto (its ``angle_deg``
        goes into the check's field).
    """

    measured = Signal(object)

    SOURCE, CAMERA, POINTS = range(3)

    def __init__(
        self,
        services: Services,
        measure: Measure,
        side: Side,
        week: date,
        existing: CheckPhoto | None = None,
        suggesters: Sequence[LandmarkSuggester] = DEFAULT_SUGGESTERS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.measure = measure
        self.side = side
        self.week = week
        self.existing = existing
        self.suggesters = tuple(suggesters)
        self.rule = rule_for(measure.id, measure.label)
        self.photo = QImage()
        self.source = PhotoSource.FILE
        self.suggested_by = ""
        self.deadline: float | None = None
        self.subject = f"{measure.label}{where(side)}"
        self.setObjectName("photoMeasureDialog")
        self.setWindowTitle(self.tr("Measure on a photo: {subject}").format(subject=self.subject))
        self.setAccessibleName(self.tr("Measure {subject} on a photo").format(subject=self.subject))

        self.webcam = Webcam(self)
        self.webcam.started.connect(self._camera_started)
        self.webcam.preview.connect(self._preview)
        self.webcam.captured.connect(self._captured)
        self.webcam.failed.connect(self._camera_failed)
        self.ticker = QTimer(self)
        self.ticker.setInterval(TICK_MS)
        self.ticker.timeout.connect(self._tick)

        self.stack = QStackedWidget()
        self.stack.addWidget(self._source_page())
        self.stack.addWidget(self._camera_page())
        self.stack.addWidget(self._points_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self.resize(900, 640)
        if existing is not None:
            self._open_kept(existing)

    # ---- pages ---------------------------------------------------------------------------------------------------
    def _source_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setSpacing(10)
        title = wrapped_label(self.subject)
        style(title, "font-size: {size:1.55}; font-weight: 600;")
        layout.addWidget(title)
        layout.addWidget(wrapped_label(self.tr("Camera: {view}").format(view=self.rule.view)))
        tips = PlainLabel("\n".join(f"•  {tip}" for tip in (*GENERAL_TIPS, *self.rule.tips)))
        tips.setObjectName("photoTips")
        tips.setWordWrap(True)
        tips.setAccessibleName(self.tr("Tips for a photo you can measure"))
        layout.addWidget(tips)
        row = QHBoxLayout()
        self.camera_button = QPushButton(self.tr("Take a photo with the &camera"))
        self.camera_button.setObjectName("takePhoto")
        self.camera_button.setAccessibleName(
            self.tr("Take a photo with the camera for {subject}").format(subject=self.subject)
        )
        self.camera_button.clicked.connect(self.start_camera)
        self.countdown = QComboBox()
        self.countdown.setObjectName("countdown")
        self.countdown.setAccessibleName(self.tr("Countdown before the photo, in seconds"))
        for seconds in COUNTDOWNS_S:
            self.countdown.addItem(self.tr("after {seconds} s").format(seconds=seconds), seconds)
        stored = self.services.settings.get(COUNTDOWN_KEY, DEFAULT_COUNTDOWN_S)
        self.countdown.setCurrentIndex(max(0, self.countdown.findData(stored)))
        self.file_button = QPushButton(self.tr("&Open a photo file…"))
        self.file_button.setObjectName("openPhoto")
        self.file_button.setAccessibleName(self.tr("Open a photo file for {subject}").format(subject=self.subject))
        self.file_button.clicked.connect(self.choose_file)
        row.addWidget(self.camera_button)
        row.addWidget(self.countdown)
        row.addSpacing(16)
        row.addWidget(self.file_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.problem = wrapped_label("")
        self.problem.setObjectName("photoProblem")
        style(self.problem, "color: {caution};")
        self.problem.setAccessibleName(self.tr("Problem with the photo"))
        self.problem.hide()
        layout.addWidget(self.problem)
        layout.addStretch(1)
        privacy = wrapped_label(
            self.tr(
                "Photos are kept in {folder} on this computer, only when you use their angle, and HipDesk never sends "
                "or exports them. Delete them under Photos in the weekly check."
            ).format(folder=self.services.paths.photos),
            muted=True,
        )
        privacy.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(privacy)
        close = QHBoxLayout()
        close.addStretch(1)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel: measure without a photo"))
        cancel.clicked.connect(self.reject)
        close.addWidget(cancel)
        layout.addLayout(close)
        return page

    def _camera_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.preview = PreviewView()
        layout.addWidget(self.preview, 1)
        self.camera_note = wrapped_label(
            self.tr("{view} Get into position: the photo is taken when the count ends.").format(view=self.rule.view)
        )
        layout.addWidget(self.camera_note)
        row = QHBoxLayout()
        self.now_button = QPushButton(self.tr("Take it &now"))
        self.now_button.setAccessibleName(self.tr("Take the photo now"))
        self.now_button.clicked.connect(self._shoot)
        self.now_button.setEnabled(False)
        back = QPushButton(self.tr("&Back"))
        back.setAccessibleName(self.tr("Back: turn the camera off"))
        back.clicked.connect(self.back_to_source)
        row.addWidget(back)
        row.addStretch(1)
        row.addWidget(self.now_button)
        layout.addLayout(row)
        return page

    def _points_page(self) -> QWidget:
        page = QWidget()
        outer = QHBoxLayout(page)
        self.canvas = PhotoCanvas()
        self.canvas.points_changed.connect(self._points_changed)
        outer.addWidget(self.canvas, 1)
        side = QVBoxLayout()
        side.setSpacing(8)
        heading = wrapped_label(self.subject)
        heading.setStyleSheet("font-weight: 600;")
        side.addWidget(heading)
        self.angle = QLabel("—")
        self.angle.setObjectName("photoAngle")
        style(self.angle, "font-size: {size:3.1}; font-weight: 600;")
        self.angle.setAccessibleName(self.tr("{subject}: the angle on the photo").format(subject=self.subject))
        side.addWidget(self.angle)
        guide = "\n".join(f"{i}. {lm.label}: {lm.where}." for i, lm in enumerate(self.rule.landmarks, 1))
        side.addWidget(wrapped_label(guide))
        side.addWidget(
            wrapped_label(self.tr("Drag each point onto the body, or Tab to it and move it with the arrow keys."), True)
        )
        self.placed_note = wrapped_label("", muted=True)
        side.addWidget(self.placed_note)
        self.warnings = wrapped_label("")
        self.warnings.setObjectName("photoWarnings")
        style(self.warnings, "color: {caution};")
        self.warnings.setAccessibleName(self.tr("About this photo"))
        side.addWidget(self.warnings)
        side.addStretch(1)
        self.use_button = QPushButton(self.tr("Use"))
        self.use_button.setObjectName("usePhotoAngle")
        self.use_button.setDefault(True)
        self.use_button.clicked.connect(self.use_angle)
        self.again_button = QPushButton(self.tr("&Another photo"))
        self.again_button.setAccessibleName(self.tr("Take or open another photo"))
        self.again_button.clicked.connect(self.back_to_source)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel: keep nothing"))
        cancel.clicked.connect(self.reject)
        for button in (self.use_button, self.again_button, cancel):
            side.addWidget(button)
        holder = QWidget()
        holder.setLayout(side)
        holder.setFixedWidth(260)
        outer.addWidget(holder)
        return page

    # ---- the camera ------------------------------------------------------------------------------------------------
    def start_camera(self) -> None:
        seconds = int(self.countdown.currentData())
        self.services.settings.put(COUNTDOWN_KEY, seconds)
        self.problem.hide()
        self.deadline = None
        self.preview.show_frame(QImage())
        self.preview.set_overlay(self.tr("Starting the camera…"))
        self.now_button.setEnabled(False)
        self.stack.setCurrentIndex(self.CAMERA)
        self.webcam.start()

    def _camera_started(self) -> None:
        self.deadline = self.services.clock.now() + int(self.countdown.currentData())
        self.now_button.setEnabled(True)
        self._tick()
        self.ticker.start()

    def _preview(self, image: QImage) -> None:
        self.preview.show_frame(image)

    def _tick(self) -> None:
        """Show the seconds left; take the photo when they run out (a deadline, so a late tick never adds time)."""
        if self.deadline is None:
            return
        left = self.deadline - self.services.clock.now()
        if left > 0:
            self.preview.set_overlay(str(math.ceil(left)))
            return
        self._shoot()

    def _shoot(self) -> None:
        self.ticker.stop()
        self.deadline = None
        self.now_button.setEnabled(False)
        self.preview.set_overlay(self.tr("Hold still…"))
        self.webcam.capture()

    def _captured(self, image: QImage) -> None:
        self.ticker.stop()
        self.show_photo(image, PhotoSource.CAMERA)

    def _camera_failed(self, text: str) -> None:
        self.ticker.stop()
        self.deadline = None
        self.stack.setCurrentIndex(self.SOURCE)
        self.show_problem(text)
        self.file_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def back_to_source(self) -> None:
        self.ticker.stop()
        self.deadline = None
        self.webcam.stop()
        self.stack.setCurrentIndex(self.SOURCE)

    # ---- a file ----------------------------------------------------------------------------------------------------
    def choose_file(self) -> None:
        path = self._ask_open_path()
        if path:
            self.open_file(Path(path))

    def open_file(self, path: Path) -> bool:
        image, problem = read_image(path)
        if problem:
            self.stack.setCurrentIndex(self.SOURCE)
            self.show_problem(problem)
            return False
        self.show_photo(image, PhotoSource.FILE)
        return True

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    # ---- the points ------------------------------------------------------------------------------------------------
    def show_photo(self, image: QImage, source: PhotoSource) -> None:
        """Show a new photo with its points where the suggesters put them."""
        self.existing = None
        self.photo = prepared(image)
        self.source = source
        points, self.suggested_by = place_landmarks(self.suggesters, pixels(self.photo), self.rule, self.side)
        self.placed_note.setText(
            self.tr("The points start at their usual places: move each onto the body.")
            if self.suggested_by == StartingPlaces.name
            else self.tr("The points were suggested by {suggester}: check each one.").format(
                suggester=self.suggested_by
            )
        )
        self._to_points(points)

    def _open_kept(self, photo: CheckPhoto) -> None:
        path = self.services.photos.path(photo)
        image, problem = read_image(path)
        if problem:
            self.show_problem(self.tr("The kept photo could not be opened: {problem}").format(problem=problem))
            return
        self.photo = image
        self.source = photo.source
        kept_on = long_date(photo.taken_at.astimezone(self.services.wall.zone()).date())
        self.placed_note.setText(
            self.tr("Kept on {day}. Move the points, then use the angle again.").format(day=kept_on)
        )
        self._to_points(photo.landmarks)

    def _to_points(self, points: Landmarks) -> None:
        self.canvas.show_photo(self.photo, self.rule, self.side, points)
        self.stack.setCurrentIndex(self.POINTS)
        if self.canvas.handles:
            self.canvas.handles[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def _points_changed(self, points: Landmarks) -> None:
        value = self.canvas.value()
        problems = photo_warnings(self.rule, self.side, points, self.photo.width(), self.photo.height())
        in_range = value is not None and self.measure.minimum <= rounded(value) <= self.measure.maximum
        if value is not None and not in_range:
            problems += (
                self.tr("{angle} is outside what this check records ({low}° to {high}°).").format(
                    angle=angle_text(self.rule, value),
                    low=number(self.measure.minimum),
                    high=number(self.measure.maximum),
                ),
            )
        self.warnings.setText("\n".join(problems))
        self.warnings.setVisible(bool(problems))
        shown = angle_text(self.rule, value) if value is not None else "—"
        self.angle.setText(shown)
        self.use_button.setEnabled(in_range)
        self.use_button.setText(self.tr("&Use {angle}").format(angle=shown))
        self.use_button.setAccessibleName(
            self.tr("Use {angle} for {subject}").format(angle=shown, subject=self.subject)
        )

    def use_angle(self) -> CheckPhoto | None:
        """Keep the photo (or the moved points) and hand the angle to the check."""
        value = self.canvas.value()
        if value is None:
            return None
        angle = rounded(value)
        try:
            if self.existing is not None:
                kept = move_points(self.services.photos, self.existing, self.canvas.points, angle)
            else:
                new = NewCheckPhoto(
                    measure_id=self.measure.id,
                    side=self.side,
                    week_start=self.week,
                    image=encode_jpeg(self.photo),
                    suffix=".jpg",
                    width=self.photo.width(),
                    height=self.photo.height(),
                    landmarks=self.canvas.points,
                    angle_deg=angle,
                    source=self.source,
                )
                kept = keep_photo(self.services.photos, self.services.wall, new)
        except StorageError as exc:  # the photo folder or the database refused: nothing was kept
            self.warnings.setText(self.tr("{problem} The angle was not used; try again.").format(problem=exc))
            self.warnings.show()
            return None
        self.existing = kept
        self.measured.emit(kept)
        self.accept()
        return kept

    def done(self, result: int) -> None:
        self.ticker.stop()
        self.webcam.stop()
        super().done(result)

    # -- dialogs (replaced in tests) ---------------------------------------------------------------------------
    def _ask_open_path(self) -> str:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a photo to measure"),
            str(Path.home()),
            self.tr("Images (*.jpg *.jpeg *.png *.webp *.bmp *.gif *.tif *.tiff);;All files (*)"),
        )
        return path
