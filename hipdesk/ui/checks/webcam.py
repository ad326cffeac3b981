"""A still from the webcam, through QtMultimedia (QCamera, QMediaCaptureSession, QImageCapture, QVideoSink).

QtMultimedia lives in PySide6-Addons and needs the PulseAudio client library (libpulse0) to import on Linux, so it is
imported only when a person asks for the camera. Everything that can go wrong becomes one plain sentence that says
what happened and that a photo file still works: the module missing, no camera, the camera refused by the system's
privacy settings, the camera busy in another program (or failing to start), the picture not taken.
"""

from __future__ import annotations

import importlib
import logging
from typing import Any

from PySide6.QtCore import QCameraPermission, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from hipdesk.domain.words import Words
from hipdesk.ui.qt_addons import import_problem, qt_notices

log = logging.getLogger(__name__)

START_TIMEOUT_MS = 8000  # a camera that has not shown a picture by then is taken as busy or broken


class CameraWords(Words):
    """What HipDesk says about the camera."""


def file_still_works() -> str:
    return CameraWords.tr("You can open a photo file instead.")


def no_camera() -> str:
    return CameraWords.tr("No camera was found on this computer. {file_instead}").format(
        file_instead=file_still_works()
    )


def permission_refused() -> str:
    return CameraWords.tr(
        "HipDesk is not allowed to use the camera. Allow it in your system's privacy settings and try again. "
        "{file_instead}"
    ).format(file_instead=file_still_works())


def _import_camera() -> Any:
    """The QtMultimedia module; raises ImportError when it cannot load (e.g. no libpulse0)."""
    return importlib.import_module("PySide6.QtMultimedia")


def module_problem(exc: BaseException) -> str:
    return CameraWords.tr("The camera cannot be used: {problem}. {file_instead}").format(
        problem=import_problem(exc), file_instead=file_still_works()
    )


def permission_problem(status: Qt.PermissionStatus) -> str:
    """The sentence for a camera permission the system refused ("" when granted or not yet asked)."""
    return permission_refused() if status is Qt.PermissionStatus.Denied else ""


def camera_error_text(qt_message: str) -> str:
    """A camera that failed while starting or running: most often another program holds it."""
    if qt_message:
        return CameraWords.tr(
            "The camera could not be used (the system said: {message}). Another program, such as a video call, may "
            "be using it: close it and try again. {file_instead}"
        ).format(message=qt_message.rstrip("."), file_instead=file_still_works())
    return CameraWords.tr(
        "The camera could not be used. Another program, such as a video call, may be using it: close it and try "
        "again. {file_instead}"
    ).format(file_instead=file_still_works())


def capture_error_text(qt_message: str) -> str:
    if qt_message:
        return CameraWords.tr(
            "The camera did not take the photo (the system said: {message}). Try again, or open a photo file instead."
        ).format(message=qt_message.rstrip("."))
    return CameraWords.tr("The camera did not take the photo. Try again, or open a photo file instead.")


class Webcam(QObject):
    """The computer's camera: a live preview while the person gets into position, then one still.

    Call :meth:`start`; after ``started`` comes a ``preview`` for every frame; :meth:`capture` takes the still
    (``captured``). Any problem ends in ``failed`` with a sentence for the person, and the camera is stopped.

    Signals:
    started(): the camera is on and showing pictures.
    preview(QImage): a new frame of the live picture.
    captured(QImage): the still that was taken.
    failed(str): the camera cannot be used (or did not take the photo); says why and that a file still works.
    """

    started = Signal()
    preview = Signal(QImage)
    captured = Signal(QImage)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.camera: Any = None
        self.session: Any = None
        self.image_capture: Any = None
        self.sink: Any = None
        self.device_name = ""
        self._running = False
        self._showing = False
        self._timeout = QTimer(self)
        self._timeout.setSingleShot(True)
        self._timeout.setInterval(START_TIMEOUT_MS)
        self._timeout.timeout.connect(self._start_timed_out)

    @property
    def running(self) -> bool:
        return self._running

    def start(self) -> None:
        """Turn the camera on, after asking the system for permission if it wants to be asked."""
        self.stop()
        app = QApplication.instance()
        permission = QCameraPermission()
        status = app.checkPermission(permission) if isinstance(app, QApplication) else Qt.PermissionStatus.Granted
        if status is Qt.PermissionStatus.Undetermined and isinstance(app, QApplication):
            app.requestPermission(permission, self, self._permission_answered)
            return
        self._permission_answered(status)

    def _permission_answered(self, answer: Any) -> None:
        status = answer.status() if hasattr(answer, "status") else answer
        refused = permission_problem(status)
        if refused:
            self.failed.emit(refused)
            return
        self._open()

    def _open(self) -> None:
        with qt_notices():
            try:
                media = _import_camera()
            except ImportError as exc:
                self.failed.emit(module_problem(exc))
                return
            devices = media.QMediaDevices.videoInputs()
        if not devices:
            self.failed.emit(no_camera())
            return
        device = media.QMediaDevices.defaultVideoInput()
        if device.isNull():
            device = devices[0]
        self.device_name = device.description()
        self.camera = media.QCamera(device, self)
        self.session = media.QMediaCaptureSession(self)
        self.image_capture = media.QImageCapture(self)
        self.sink = media.QVideoSink(self)
        self.session.setCamera(self.camera)
        self.session.setImageCapture(self.image_capture)
        self.session.setVideoSink(self.sink)
        self.camera.errorOccurred.connect(self._camera_error)
        self.image_capture.errorOccurred.connect(self._capture_error)
        self.image_capture.imageCaptured.connect(self._image_captured)
        self.sink.videoFrameChanged.connect(self._frame)
        self._running = True
        self._showing = False
        self._timeout.start()
        self.camera.start()

    def _frame(self, frame: Any) -> None:
        image = frame.toImage()
        if image.isNull():
            return
        if not self._showing:
            self._showing = True
            self._timeout.stop()
            self.started.emit()
        self.preview.emit(image)

    def capture(self) -> None:
        """Take the still now (its answer comes as ``captured`` or ``failed``)."""
        if self.image_capture is None:
            self.failed.emit(capture_error_text(self.tr("the camera is not on")))
            return
        self.image_capture.capture()

    def _image_captured(self, _request: int, image: QImage) -> None:
        if image.isNull():
            self._fail(capture_error_text(self.tr("the picture was empty")))
            return
        self.stop()
        self.captured.emit(image)

    def _camera_error(self, _error: Any, message: str) -> None:
        self._fail(camera_error_text(message))

    def _capture_error(self, _request: int, _error: Any, message: str) -> None:
        self._fail(capture_error_text(message))

    def _start_timed_out(self) -> None:
        if self._running and not self._showing:
            self._fail(camera_error_text(self.tr("no picture came within 8 seconds")))

    def _fail(self, text: str) -> None:
        log.info("camera: %s", text)
        self.stop()
        self.failed.emit(text)

    def stop(self) -> None:
        """Turn the camera off and let go of it (another program can use it again)."""
        self._timeout.stop()
        self._running = False
        self._showing = False
        if self.camera is not None:
            for obj in (self.sink, self.image_capture, self.session, self.camera):
                if obj is not None:
                    obj.blockSignals(True)
            self.camera.stop()
            for obj in (self.sink, self.image_capture, self.session, self.camera):
                if obj is not None:
                    obj.deleteLater()
        self.camera = self.session = self.image_capture = self.sink = None
