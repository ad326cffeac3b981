"""On a check page with angles: measure each side on a photo, and reach the check's photos (compare, delete).

The first time, HipDesk explains where photos are kept and asks whether to go on; the answer is remembered. An angle
measured on a photo goes into the check's field, where the person can still change it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from hipdesk.domain.assessment import CheckDefinition, Measure, Unit
from hipdesk.domain.check_photos import CheckPhoto, latest
from hipdesk.domain.exercise import Side
from hipdesk.domain.i18n import mid_sentence
from hipdesk.domain.words import Words, number
from hipdesk.ui.checks.measure_entry import side_word, where
from hipdesk.ui.checks.photo_album_dialog import PhotoAlbumDialog
from hipdesk.ui.checks.photo_measure_dialog import PhotoMeasureDialog
from hipdesk.ui.plain_text import PlainLabel, message_box
from hipdesk.ui.services import Services
from hipdesk.ui.theme import style
from hipdesk.usecases.check_photos import consented, give_consent


class PhotoWords(Words):
    """Measuring on photos: words outside its Qt classes."""


def consent_text(services: Services) -> str:
    return PhotoWords.tr(
        "To measure an angle, HipDesk can take a photo with your webcam or open one you choose.\n\n"
        "A photo is kept only when you use its angle, in {folder} on this computer, so you can "
        "compare it with later weeks. Photos opened from a file are kept as a fresh copy without the file's hidden "
        "details (such as where it was taken).\n\n"
        "HipDesk never sends your photos anywhere and leaves them out of the backups and exports it makes; a copy "
        "leaves the folder only when you save one. You can delete any photo under Photos on this check.\n\n"
        "Go on?"
    ).format(folder=services.paths.photos)


def degree_measures(check: CheckDefinition) -> tuple[Measure, ...]:
    return tuple(m for m in check.measures if m.unit is Unit.DEGREES)


class PhotoPanel(QFrame):
    """Buttons to measure each side of a check's angles on a photo, what was measured, and the check's photos.

    Signals:
    value_measured(str, str, float): an angle was measured on a photo: measure id, side ("left", "right" or
        "none") and the angle in degrees, for the check's field.
    """

    value_measured = Signal(str, str, float)

    def __init__(self, services: Services, check: CheckDefinition, week: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.check = check
        self.week = week
        self.dialog: PhotoMeasureDialog | None = None
        self.album: PhotoAlbumDialog | None = None
        self.consent_box: QMessageBox | None = None
        self.setObjectName(f"photoPanel:{check.id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Measure the {check} check on a photo").format(check=check.title))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(6)
        title = QLabel(self.tr("Measure on a photo"))
        title.setStyleSheet("font-weight: 600;")
        layout.addWidget(title)
        note = PlainLabel(
            self.tr(
                "Take a photo with your webcam, or open one, and place three points on it: the angle goes into the "
                "box above, where you can still change it."
            )
        )
        note.setWordWrap(True)
        style(note, "color: {muted};")
        layout.addWidget(note)
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        self.buttons: dict[tuple[str, Side], QPushButton] = {}
        self.results: dict[str, QLabel] = {}
        for row, m in enumerate(degree_measures(check)):
            name = PlainLabel(m.label)
            grid.addWidget(name, row, 0)
            sides = (Side.LEFT, Side.RIGHT) if m.per_side else (Side.NONE,)
            for column, side in enumerate(sides, 1):
                text = f"{side_word(side)}…" if side is not Side.NONE else self.tr("Photo…")
                button = QPushButton(text)
                button.setObjectName(f"photo:{m.id}:{side.value}")
                button.setAccessibleName(
                    self.tr("Measure {measure} on a photo").format(measure=f"{mid_sentence(m.label)}{where(side)}")
                )
                button.clicked.connect(lambda _=False, m=m, side=side: self.measure(m, side))
                grid.addWidget(button, row, column)
                self.buttons[(m.id, side)] = button
            result = PlainLabel()
            result.setObjectName(f"photoResult:{m.id}")
            style(result, "color: {muted};")
            grid.addWidget(result, row, 3)
            self.results[m.id] = result
        grid.setColumnStretch(3, 1)
        layout.addLayout(grid)
        self.album_button = QPushButton()
        self.album_button.setObjectName(f"photoAlbum:{check.id}")
        self.album_button.clicked.connect(self.open_album)
        layout.addWidget(self.album_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.refresh()

    def refresh(self) -> None:
        """Show this week's photo angles and the number of photos kept for the check."""
        photos = self.services.photos.for_check(self.check.id)
        for m in degree_measures(self.check):
            sides = (Side.LEFT, Side.RIGHT) if m.per_side else (Side.NONE,)
            parts = []
            for side in sides:
                photo = latest(photos, m.id, side, self.week)
                if photo is not None:
                    name = f"{side_word(side)} " if side is not Side.NONE else ""
                    parts.append(f"{name}{number(photo.angle_deg, 0 if float(photo.angle_deg).is_integer() else 1)}°")
            said = self.tr("This week's photos: {angles}").format(angles=" · ".join(parts))
            self.results[m.id].setText(said if parts else "")
        self.album_button.setText(self.tr("&Photos of this check ({count})…").format(count=len(photos)))
        self.album_button.setAccessibleName(
            self.tr("Compare and delete the %n photo(s) of this check", "", len(photos))
        )

    # ---- measuring -----------------------------------------------------------------------------------------------
    def measure(self, m: Measure, side: Side) -> None:
        """Open the photo dialog for one measure and side (after the go-ahead, the first time)."""
        if consented(self.services.settings):
            self._open_dialog(m, side)
            return
        no_buttons = QMessageBox.StandardButton.NoButton  # its own two follow
        box = message_box(
            self.window(),
            QMessageBox.Icon.Question,
            self.tr("Photos for measuring"),
            consent_text(self.services),
            buttons=no_buttons,
        )
        box.setObjectName("photoConsent")
        box.setAccessibleName(self.tr("Photos for measuring: go on?"))
        go_on = box.addButton(self.tr("&Go on"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Not now"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(go_on)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.finished.connect(lambda _r: self._consent_answered(box.clickedButton() is go_on, m, side))
        self.consent_box = box
        box.open()

    def _consent_answered(self, yes: bool, m: Measure, side: Side) -> None:
        self.consent_box = None
        if yes:
            give_consent(self.services.settings)
            self._open_dialog(m, side)

    def _open_dialog(self, m: Measure, side: Side, existing: CheckPhoto | None = None) -> PhotoMeasureDialog:
        dialog = PhotoMeasureDialog(self.services, m, side, self.week, existing=existing, parent=self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.measured.connect(self._measured)
        dialog.destroyed.connect(lambda: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _measured(self, photo: CheckPhoto) -> None:
        self.refresh()
        if self.album is not None:
            self.album.refresh()
        if photo.week_start == self.week:
            self.value_measured.emit(photo.measure_id, photo.side.value, photo.angle_deg)

    # ---- the check's photos ------------------------------------------------------------------------------------
    def open_album(self) -> PhotoAlbumDialog:
        if self.album is not None:
            self.album.raise_()
            return self.album
        album = PhotoAlbumDialog(self.services, self.check, self.week, parent=self.window())
        album.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        album.setWindowModality(Qt.WindowModality.WindowModal)
        album.changed.connect(self.refresh)
        album.move_points_requested.connect(
            lambda photo: self._open_dialog(self._measure_of(photo), photo.side, existing=photo)
        )
        album.destroyed.connect(lambda: setattr(self, "album", None))
        self.album = album
        album.open()
        return album

    def _measure_of(self, photo: CheckPhoto) -> Measure:
        return next(m for m in self.check.measures if m.id == photo.measure_id)
