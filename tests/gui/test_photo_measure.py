"""Measuring check angles on photos in the weekly check, with real widgets, a real database and real image files.

The photos are HipDesk's own figure rendered through the figure engine and its painter in a check pose with known
joint angles, seen square on, saved as PNG files: the ground truth the measured angle is held to (within 2°).
There is no webcam on the test machines: the camera's absence is tested for real, and the capture path as far as Qt
goes without a device (see the camera tests at the end).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton

from hipdesk.domain.assessment import CHECKS, measure
from hipdesk.domain.exercise import Side
from hipdesk.domain.photo_angles import Landmarks
from hipdesk.domain.weekly import week_start
from hipdesk.figure.camera import Camera
from hipdesk.ui.checks import photo_album_dialog, photo_measure_dialog, webcam
from hipdesk.ui.checks.photo_album_dialog import PhotoAlbumDialog
from hipdesk.ui.checks.photo_measure_dialog import PhotoMeasureDialog
from hipdesk.ui.checks.photo_panel import PhotoPanel
from hipdesk.ui.checks.weekly_check_view import WeeklyCheckDialog
from hipdesk.ui.qt_addons import qt_notices
from hipdesk.ui.services import Services
from hipdesk.usecases.check_photos import consented, give_consent
from tests.clocks import TEST_TODAY
from tools.figure_photos import FRONT, SIDE, rig, rotation_joints, save_picture, thomas_joints

IR = "check-seated-rotation.internal"
ER = "check-seated-rotation.external"
THOMAS = "check-thomas-test"
WEEK = week_start(TEST_TODAY)
ROTATION_PAGE = next(i for i, c in enumerate(CHECKS) if c.id == "check-seated-rotation")


def drag(qtbot: QtBot, dialog: PhotoMeasureDialog, index: int, target: tuple[float, float]) -> None:
    """Drag point ``index`` with the mouse until its centre sits on ``target`` (fractions of the photo)."""
    canvas = dialog.canvas
    handle = canvas.handles[index]
    rect = canvas.photo_rect
    goal = QPointF(rect.x() + target[0] * rect.width(), rect.y() + target[1] * rect.height())
    grab = QPoint(handle.width() // 2, handle.height() // 2)
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=grab)
    offset = goal - handle.centre()
    qtbot.mouseMove(handle, (QPointF(grab) + offset).toPoint())
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=(QPointF(grab) + offset).toPoint())


def place_exactly(qtbot: QtBot, dialog: PhotoMeasureDialog, points: Landmarks) -> None:
    """Mouse to within a pixel, then the points set exactly where the joints are (a careful person's last nudge)."""
    for index, point in enumerate(points):
        drag(qtbot, dialog, index, point)
    dialog.canvas.set_points(points)


@pytest.fixture
def check(qtbot: QtBot, services: Services) -> WeeklyCheckDialog:
    dlg = WeeklyCheckDialog(services)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.view.show_page(ROTATION_PAGE)
    return dlg


def panel_of(dlg: WeeklyCheckDialog) -> PhotoPanel:
    panel = dlg.view.page(ROTATION_PAGE).findChild(PhotoPanel)
    assert panel is not None
    return panel


def field(dlg: WeeklyCheckDialog, measure_id: str, side: Side) -> QLineEdit:
    box = dlg.view.page(ROTATION_PAGE).findChild(QLineEdit, f"value:{measure_id}:{side.value}")
    assert box is not None
    return box


def test_both_sides_from_two_photo_files_land_in_the_check_and_in_history(
    qtbot: QtBot, check: WeeklyCheckDialog, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The done-when of photo measuring: seated inward rotation, left and right, from two files; the figure was
    posed at 35° (left) and 22° (right), and the check records what the photos read."""
    rigs = {Side.LEFT: 35.0, Side.RIGHT: 22.0}
    read: dict[Side, float] = {}
    panel = panel_of(check)
    for side, rotation in rigs.items():
        spec = rig("check-seated-rotation", {"left_hip.rot": rotation}, FRONT, side)
        path = save_picture(spec, tmp_path / f"{side.value}.png")
        monkeypatch.setattr(PhotoMeasureDialog, "_ask_open_path", lambda _self, p=path: str(p))
        qtbot.mouseClick(panel.buttons[(IR, side)], Qt.MouseButton.LeftButton)
        if side is Side.LEFT:  # the first photo: HipDesk explains where photos are kept and asks
            qtbot.waitUntil(lambda: panel.consent_box is not None and panel.consent_box.isVisible())
            box = panel.consent_box
            assert box is not None and str(services.paths.photos) in box.text() and "export" in box.text()
            go_on = next(b for b in box.buttons() if "Go on" in b.text())
            qtbot.mouseClick(go_on, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: panel.dialog is not None and panel.dialog.isVisible())
        dialog = panel.dialog
        assert dialog is not None
        qtbot.mouseClick(dialog.file_button, Qt.MouseButton.LeftButton)
        assert dialog.stack.currentIndex() == dialog.POINTS
        place_exactly(qtbot, dialog, rotation_joints(spec, side))
        value = dialog.canvas.value()
        assert value is not None and value == pytest.approx(rotation, abs=2.0)
        assert dialog.warnings.isHidden()
        with qtbot.waitSignal(dialog.measured):
            qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
        read[side] = float(field(check, IR, side).text())
        assert read[side] == pytest.approx(rotation, abs=2.0)
    assert consented(services.settings)
    kept = services.photos.for_measure(IR)
    assert [(p.side, p.week_start) for p in kept] == [(Side.LEFT, WEEK), (Side.RIGHT, WEEK)]
    assert all(services.photos.path(p).parent == services.paths.photos for p in kept)
    assert f"Left {read[Side.LEFT]:g}° · Right {read[Side.RIGHT]:g}°" in panel.results[IR].text()

    field(check, IR, Side.RIGHT).setText("23")  # the field stays the person's: a correction is kept
    check.view.show_page(len(CHECKS) - 1)
    check.view.go_next()
    assert check.view.on_summary
    stored = services.checks.week(WEEK)
    assert stored.get(IR, Side.LEFT) is not None and stored.get(IR, Side.LEFT).value == read[Side.LEFT]  # type: ignore[union-attr]
    assert stored.get(IR, Side.RIGHT) is not None and stored.get(IR, Side.RIGHT).value == 23  # type: ignore[union-attr]

    from tests.gui.test_history_view import finish_reads, open_view
    from tools.fill_history import fill_two_weeks

    fill_two_weeks(services.history._engine, today=TEST_TODAY)
    history = open_view(qtbot, services)
    finish_reads(qtbot, history)
    chart = history.cards[f"check:{IR}"].body
    tip = chart.tooltip_at(chart._count - 1)  # type: ignore[attr-defined]
    assert f"left: {read[Side.LEFT]:g}°" in tip and "right: 23°" in tip


@pytest.mark.parametrize("side", [Side.LEFT, Side.RIGHT])
@pytest.mark.parametrize(("exercise", "measure_id", "changes", "camera", "expected"), [
    ("check-seated-rotation", ER, {"left_hip.rot": -40.0}, FRONT, 40.0),
    ("check-thomas-test", THOMAS, {"left_hip.flex": 12.0}, SIDE, 12.0),
    ("check-thomas-test", THOMAS, {"left_hip.flex": -10.0}, SIDE, -10.0),
])  # fmt: skip
def test_the_angle_on_a_rendered_figure_matches_its_pose_within_2_degrees(
    qtbot: QtBot,
    services: Services,
    tmp_path: Path,
    side: Side,
    exercise: str,
    measure_id: str,
    changes: dict[str, float],
    camera: Camera,
    expected: float,
) -> None:
    spec = rig(exercise, changes, camera, side)
    joints = thomas_joints(spec, side) if exercise == "check-thomas-test" else rotation_joints(spec, side)
    dialog = PhotoMeasureDialog(services, measure(measure_id), side, WEEK)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.open_file(save_picture(spec, tmp_path / "photo.png"))
    dialog.canvas.set_points(joints)
    value = dialog.canvas.value()
    assert value == pytest.approx(expected, abs=2.0)
    sign = "+" if measure_id == THOMAS and round(value) > 0 else ""
    assert dialog.angle.text() == f"{sign}{round(value)}°"
    kept = dialog.use_angle()
    assert kept is not None and kept.angle_deg == round(value)


def test_points_start_at_their_places_for_the_side_and_move_by_keyboard(qtbot: QtBot, services: Services) -> None:
    dialog = PhotoMeasureDialog(services, measure(IR), Side.RIGHT, WEEK)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    image = QImage(1200, 900, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.show_photo(image, photo_measure_dialog.PhotoSource.FILE)
    start = dialog.rule.start(Side.RIGHT)
    assert dialog.canvas.points == start
    assert "usual places" in dialog.placed_note.text()
    knee = dialog.canvas.handles[0]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is knee)
    assert knee.accessibleName() == "Knee point"
    before = dialog.canvas.value()
    qtbot.keyClick(knee, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(knee, Qt.Key.Key_Down)
    moved = dialog.canvas.points[0]
    rect = dialog.canvas.photo_rect
    assert (moved[0] - start[0][0]) * rect.width() == pytest.approx(10, abs=1.01)
    assert (moved[1] - start[0][1]) * rect.height() == pytest.approx(1, abs=1.01)
    assert dialog.canvas.value() != before and dialog.angle.text() == dialog.use_button.text().removeprefix("&Use ")
    qtbot.keyClick(knee, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.canvas.handles[1]


def test_a_doubtful_photo_says_why_and_an_angle_out_of_range_cannot_be_used(qtbot: QtBot, services: Services) -> None:
    dialog = PhotoMeasureDialog(services, measure(IR), Side.LEFT, WEEK)
    qtbot.addWidget(dialog)
    dialog.show()
    image = QImage(1000, 1000, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    dialog.show_photo(image, photo_measure_dialog.PhotoSource.FILE)
    dialog.canvas.set_points(((0.5, 0.3), (0.8, 0.6), (0.6, 0.8)))  # the upright leans about 27°
    assert "tilted" in dialog.warnings.text() and dialog.use_button.isEnabled()
    dialog.canvas.set_points(((0.5, 0.3), (0.5, 0.1), (0.5, 0.8)))  # 180°: past the 90° this check records
    assert "outside what this check records" in dialog.warnings.text()
    assert not dialog.use_button.isEnabled()


def test_a_file_that_is_not_an_image_is_named_and_the_file_option_still_works(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    dialog = PhotoMeasureDialog(services, measure(THOMAS), Side.LEFT, WEEK)
    qtbot.addWidget(dialog)
    dialog.show()
    notes = tmp_path / "notes.jpg"
    notes.write_text("these are my notes, not a photo")
    assert not dialog.open_file(notes)
    assert dialog.stack.currentIndex() == dialog.SOURCE
    assert str(notes) in dialog.problem.text() and "not an image" in dialog.problem.text()
    assert dialog.file_button.isEnabled()
    good = tmp_path / "good.png"
    image = QImage(640, 480, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.gray)
    image.save(str(good))
    assert dialog.open_file(good) and dialog.stack.currentIndex() == dialog.POINTS


def test_cancelling_keeps_nothing_and_a_kept_photo_has_no_hidden_details(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    source = tmp_path / "phone.jpg"
    image = QImage(4000, 3000, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkGreen)
    image.setText("Description", "Taken at home, 52.52N 13.40E")
    assert image.save(str(source))
    dialog = PhotoMeasureDialog(services, measure(THOMAS), Side.LEFT, WEEK)
    qtbot.addWidget(dialog)
    dialog.open_file(source)
    dialog.reject()
    assert services.photos.all() == [] and not services.paths.photos.exists()
    dialog = PhotoMeasureDialog(services, measure(THOMAS), Side.LEFT, WEEK)
    qtbot.addWidget(dialog)
    dialog.open_file(source)
    kept = dialog.use_angle()
    assert kept is not None and kept.source.value == "file"
    stored = QImage(str(services.photos.path(kept)))
    assert max(stored.width(), stored.height()) == photo_measure_dialog.MAX_SIDE_PX  # a smaller copy is kept
    assert stored.text("Description") == ""
    assert b"52.52N" not in services.photos.path(kept).read_bytes()


def test_not_now_on_the_first_use_opens_nothing(qtbot: QtBot, check: WeeklyCheckDialog, services: Services) -> None:
    panel = panel_of(check)
    qtbot.mouseClick(panel.buttons[(ER, Side.LEFT)], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.consent_box is not None and panel.consent_box.isVisible())
    box = panel.consent_box
    assert box is not None
    not_now = next(b for b in box.buttons() if "Not now" in b.text())
    qtbot.mouseClick(not_now, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.consent_box is None)
    assert panel.dialog is None and not consented(services.settings)


def test_only_checks_with_angles_offer_photos(check: WeeklyCheckDialog) -> None:
    for index, c in enumerate(CHECKS):
        has_angles = any(m.unit.value == "deg" for m in c.measures)
        assert (check.view.page(index).findChild(PhotoPanel) is not None) is has_angles, c.id


# ---- the album: compare, move points, delete, copy --------------------------------------------------------------


def keep(services: Services, side: Side, week_offset: int, angle: float, measure_id: str = IR) -> object:
    from datetime import timedelta

    from hipdesk.domain.check_photos import NewCheckPhoto, PhotoSource
    from hipdesk.usecases.check_photos import keep_photo

    image = QImage(640, 480, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.lightGray)
    return keep_photo(
        services.photos,
        services.wall,
        NewCheckPhoto(
            measure_id=measure_id,
            side=side,
            week_start=WEEK - timedelta(weeks=week_offset),
            image=photo_measure_dialog.encode_jpeg(image),
            suffix=".jpg",
            width=640,
            height=480,
            landmarks=((0.5, 0.3), (0.6, 0.7), (0.5, 0.75)),
            angle_deg=angle,
            source=PhotoSource.CAMERA,
        ),
    )


def test_the_album_compares_sides_and_weeks_and_deletes_for_good(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    give_consent(services.settings)
    first, last, left, right = (
        keep(services, Side.LEFT, 6, 28),
        keep(services, Side.LEFT, 2, 31),
        keep(services, Side.LEFT, 0, 34),
        keep(services, Side.RIGHT, 0, 30),
    )
    check = next(c for c in CHECKS if c.id == "check-seated-rotation")
    album = PhotoAlbumDialog(services, check, WEEK)
    qtbot.addWidget(album)
    album.show()
    side_by_side = album.findChild(object, f"sideBySide:{IR}")
    assert side_by_side is not None
    tiles = [t.photo.id for t in side_by_side.findChildren(photo_album_dialog.PhotoTile)]
    assert tiles == [left.id, right.id]  # type: ignore[attr-defined]
    over_time = album.findChild(object, f"overTime:{IR}")
    assert [t.photo.id for t in over_time.findChildren(photo_album_dialog.PhotoTile)] == [
        first.id,  # type: ignore[attr-defined]
        last.id,  # type: ignore[attr-defined]
        left.id,  # type: ignore[attr-defined]
    ]
    target = tmp_path / "copy.jpg"
    monkeypatch.setattr(PhotoAlbumDialog, "_ask_save_path", lambda _self, _p: str(target))
    qtbot.mouseClick(album.copy_buttons[right.id], Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert target.read_bytes() == services.photos.path(right).read_bytes()  # type: ignore[arg-type]
    monkeypatch.setattr(PhotoAlbumDialog, "_ask_delete", lambda _self, _p: True)
    path = services.photos.path(first)  # type: ignore[arg-type]
    with qtbot.waitSignal(album.changed):
        qtbot.mouseClick(album.delete_buttons[first.id], Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert not path.exists() and services.photos.get(first.id) is None  # type: ignore[attr-defined]
    assert "3 photos of this check kept" in album.status.text()
    assert first.id not in album.delete_buttons  # type: ignore[attr-defined]


def test_moving_the_points_on_a_kept_photo_updates_this_weeks_field(
    qtbot: QtBot, check: WeeklyCheckDialog, services: Services
) -> None:
    give_consent(services.settings)
    kept = keep(services, Side.LEFT, 0, 34)
    panel = panel_of(check)
    panel.refresh()
    album = panel.open_album()
    qtbot.mouseClick(album.move_buttons[kept.id], Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: panel.dialog is not None and panel.dialog.isVisible())
    dialog = panel.dialog
    assert dialog is not None and dialog.stack.currentIndex() == dialog.POINTS
    dialog.canvas.set_points(((0.5, 0.3), (0.7, 0.6), (0.5, 0.75)))
    with qtbot.waitSignal(dialog.measured):
        qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
    updated = services.photos.get(kept.id)  # type: ignore[attr-defined]
    assert updated is not None and updated.landmarks[1] == (0.7, 0.6)
    assert field(check, IR, Side.LEFT).text() == f"{updated.angle_deg:g}"
    assert len(services.photos.all()) == 1


# ---- the camera, on a machine without one -------------------------------------------------------------------------


def multimedia_loads() -> bool:
    with qt_notices():  # Qt's notes on optional libraries it probes while loading are not warnings here
        try:
            from PySide6 import QtMultimedia  # noqa: F401
        except ImportError:
            return False
    return True


def test_without_a_camera_the_dialog_says_so_and_the_file_option_still_works(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    if not multimedia_loads():
        pytest.skip("QtMultimedia does not load here (install libpulse0, as .ci/run does)")
    from PySide6.QtMultimedia import QMediaDevices

    with qt_notices():
        cameras = QMediaDevices.videoInputs()
    if cameras:
        pytest.skip("this machine has a camera: the no-camera path cannot be tested for real")
    dialog = PhotoMeasureDialog(services, measure(IR), Side.LEFT, WEEK)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.mouseClick(dialog.camera_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.problem.isVisible)
    assert dialog.problem.text() == webcam.no_camera()
    assert dialog.stack.currentIndex() == dialog.SOURCE
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.file_button)
    image = QImage(640, 480, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.gray)
    image.save(str(tmp_path / "p.png"))
    assert dialog.open_file(tmp_path / "p.png")


def test_without_qt_multimedia_the_camera_says_why(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", None)  # the import fails as without libpulse0
    dialog = PhotoMeasureDialog(services, measure(IR), Side.LEFT, WEEK)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.camera_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.problem.isVisible)
    assert dialog.problem.text().startswith("The camera cannot be used: Qt could not load it")
    assert "open a photo file instead" in dialog.problem.text()


def test_a_refused_permission_and_a_busy_camera_read_plainly() -> None:
    assert webcam.permission_problem(Qt.PermissionStatus.Denied) == webcam.permission_refused()
    assert webcam.permission_problem(Qt.PermissionStatus.Granted) == ""
    busy = webcam.camera_error_text("Device or resource busy.")
    assert "(the system said: Device or resource busy)" in busy and "Another program" in busy
    assert busy.endswith(webcam.file_still_works())


def test_the_capture_path_as_far_as_qt_goes_without_a_device(qtbot: QtBot, services: Services) -> None:
    """Qt's real camera objects with no device behind them: a still asked for fails with Qt's own error and the
    dialog says so; the countdown runs on the injected clock; a still delivered by QImageCapture's signal (as a
    camera would) opens the points page; a camera error from QCamera's signal reads as a busy camera."""
    if not multimedia_loads():
        pytest.skip("QtMultimedia does not load here (install libpulse0, as .ci/run does)")
    from PySide6.QtMultimedia import QCamera, QCameraDevice, QImageCapture, QMediaCaptureSession, QVideoSink

    dialog = PhotoMeasureDialog(services, measure(IR), Side.LEFT, WEEK)
    qtbot.addWidget(dialog)
    dialog.show()
    cam = dialog.webcam
    # wire the webcam to Qt's objects over an empty device, as _open does over a real one
    cam.camera = QCamera(QCameraDevice(), cam)
    cam.session, cam.image_capture, cam.sink = QMediaCaptureSession(cam), QImageCapture(cam), QVideoSink(cam)
    cam.session.setCamera(cam.camera)
    cam.session.setImageCapture(cam.image_capture)
    cam.session.setVideoSink(cam.sink)
    cam.camera.errorOccurred.connect(cam._camera_error)
    cam.image_capture.errorOccurred.connect(cam._capture_error)
    cam.image_capture.imageCaptured.connect(cam._image_captured)
    cam.sink.videoFrameChanged.connect(cam._frame)
    dialog.stack.setCurrentIndex(dialog.CAMERA)
    dialog.countdown.setCurrentIndex(dialog.countdown.findData(3))
    dialog._camera_started()
    assert dialog.preview.overlay == "3"
    services.clock.advance(1.2)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: dialog.preview.overlay == "2")
    services.clock.advance(2.0)  # type: ignore[attr-defined]
    qtbot.waitUntil(dialog.problem.isVisible)  # the count ended, the still was asked for, Qt had no camera
    assert dialog.problem.text().startswith("The camera did not take the photo (the system said: No camera")
    assert dialog.stack.currentIndex() == dialog.SOURCE

    dialog.stack.setCurrentIndex(dialog.CAMERA)
    cam.image_capture = QImageCapture(cam)
    cam.image_capture.imageCaptured.connect(cam._image_captured)
    still = QImage(640, 480, QImage.Format.Format_RGB32)
    still.fill(Qt.GlobalColor.gray)
    cam.image_capture.imageCaptured.emit(1, still)
    assert dialog.stack.currentIndex() == dialog.POINTS and dialog.source.value == "camera"
    assert cam.camera is None  # the camera was let go once the still came

    cam.camera = QCamera(QCameraDevice(), cam)
    cam.camera.errorOccurred.connect(cam._camera_error)
    cam.camera.errorOccurred.emit(QCamera.Error.CameraError, "Device or resource busy")
    assert "Another program" in dialog.problem.text() and dialog.stack.currentIndex() == dialog.SOURCE


def test_every_control_is_named(qtbot: QtBot, services: Services) -> None:
    dialog = PhotoMeasureDialog(services, measure(IR), Side.LEFT, WEEK)
    qtbot.addWidget(dialog)
    image = QImage(640, 480, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.gray)
    dialog.show_photo(image, photo_measure_dialog.PhotoSource.FILE)
    for button in dialog.findChildren(QPushButton):
        assert button.accessibleName() or button.text().replace("&", ""), button.objectName()
    assert all(h.accessibleName() and h.accessibleDescription() for h in dialog.canvas.handles)
    assert dialog.countdown.accessibleName()
