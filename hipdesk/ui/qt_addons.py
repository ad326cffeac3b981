"""Loading Qt's optional add-on modules (QtMultimedia for the player's beeps and the webcam, QtTextToSpeech for the
voice), which live in PySide6-Addons and need system libraries that a machine may lack.

:func:`import_problem` says in plain words why such a module did not load. :func:`qt_notices` catches the notices
Qt prints while these modules load and probe the machine (optional libraries it does without, its FFmpeg banner, a
sound server or speech engine that is not there): they describe the machine, not a fault in HipDesk, so they are
logged and handed to the caller to sum up, never shown as warnings.
"""

from __future__ import annotations

import contextlib
import logging
import sys
from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import QCoreApplication, QMessageLogContext, QtMsgType, qFormatLogMessage, qInstallMessageHandler

from hipdesk.domain.words import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

# In English (tests compare with it); said in the interface's language. The player's cues first said it, hence
# its context.
LIBPULSE_HINT = QT_TRANSLATE_NOOP("Cues", "the PulseAudio client library (libpulse0) is not installed")

# Qt notices that describe the machine, not a fault in HipDesk: optional libraries Qt Multimedia probes for and
# does without (PipeWire, VA-API video decoding), its FFmpeg banner, a sound server that is not running, a speech
# plug-in whose library is missing.
_QUIET_CATEGORIES = frozenset({"qt.multimedia.symbolsresolver", "qt.multimedia.ffmpeg"})
_KNOWN_NOTICES = (
    "pa_context_connect() failed",
    "Error loading text-to-speech plug-in",
    "Connection to speech-dispatcher failed",
)


def import_problem(exc: BaseException) -> str:
    """Why an add-on module could not be imported, in the interface's language, for a status line."""
    text = str(exc)
    if "libpulse" in text:
        return QCoreApplication.translate("Cues", LIBPULSE_HINT)
    return QCoreApplication.translate("Cues", "Qt could not load it ({reason})").format(
        reason=text or type(exc).__name__
    )


def _is_known_notice(category: str, message: str) -> bool:
    return category in _QUIET_CATEGORIES or any(known in message for known in _KNOWN_NOTICES)


@contextlib.contextmanager
def qt_notices() -> Iterator[list[str]]:
    """Catch Qt's notices about the audio, video and speech set-up while an add-on module loads and probes.

    Yields the list of notices caught (logged at debug level). Any other Qt message goes on to the handler installed
    before (a test's capture, or Qt's own printing), so nothing unexpected is hidden.
    """
    caught: list[str] = []
    others: list[tuple[QtMsgType, QMessageLogContext, str]] = []
    previous: Any = None

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        category = str(context.category or "default")
        if _is_known_notice(category, message):
            caught.append(message)
            log.debug("Qt notice while loading an add-on module (%s): %s", category, message)
        elif previous is not None:
            previous(kind, context, message)
        else:
            others.append((kind, context, message))

    previous = qInstallMessageHandler(handler)
    try:
        yield caught
    finally:
        qInstallMessageHandler(previous)
        for kind, context, message in others:  # Qt's own handler was in place: print them as it would have
            print(qFormatLogMessage(kind, context, message), file=sys.stderr)
