"""HipDesk's log: a rotating file in the data folder, and the terminal.

``hipdesk.log`` (with up to three older files beside it) keeps what HipDesk did and every unexpected error with its
traceback, so a person can send it with a report. The terminal shows warnings and errors; ``--debug`` shows
everything on both. Qt-free: the Qt message handler and the crash dialog that use this live in ``hipdesk.ui.crash``.
"""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from collections import deque
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from hipdesk import APP_NAME, __version__

LOG_FILE_NAME = "hipdesk.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 3
FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
REPORT_LOG_LINES = 80

log = logging.getLogger("hipdesk")

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def log_file(data_dir: Path) -> Path:
    return data_dir / LOG_FILE_NAME


def setup_logging(data_dir: Path | None, *, debug: bool = False) -> Path | None:
    """Log to ``hipdesk.log`` in ``data_dir`` and to the terminal; returns the log file, or None when it could not
    be opened (a read-only data folder: the terminal still gets everything that matters).

    Calling it again replaces the handlers it installed before (tests, a second start in one process).
    """
    root = logging.getLogger()
    close_logging()
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    terminal = logging.StreamHandler(sys.stderr)
    terminal.setLevel(logging.DEBUG if debug else logging.WARNING)
    terminal.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    _add(root, terminal)
    path: Path | None = None
    if data_dir is not None:
        try:
            file_handler = RotatingFileHandler(
                log_file(data_dir), maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
            )
        except OSError as exc:
            log.warning("cannot write the log file in %s (%s); logging to the terminal only", data_dir, exc)
        else:
            file_handler.setLevel(logging.DEBUG if debug else logging.INFO)
            file_handler.setFormatter(logging.Formatter(FORMAT))
            _add(root, file_handler)
            path = log_file(data_dir)
    log.info("%s %s starting (Python %s, %s)", APP_NAME, __version__, platform.python_version(), platform.platform())
    return path


def close_logging() -> None:
    """Remove and close the handlers :func:`setup_logging` installed (the log file is closed)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "hipdesk", False):
            root.removeHandler(handler)
            handler.close()


def _add(root: logging.Logger, handler: logging.Handler) -> None:
    handler.hipdesk = True  # type: ignore[attr-defined]  # marks the handlers setup_logging owns
    root.addHandler(handler)


def current_exc_info() -> ExcInfo:
    """The exception being handled (call inside ``except``)."""
    exc = sys.exception()
    if exc is None:
        raise RuntimeError("current_exc_info() is called while an exception is handled")
    return type(exc), exc, exc.__traceback__


def log_unexpected(exc_info: ExcInfo, where: str = "") -> None:
    """An error HipDesk did not expect (a bug), with its traceback."""
    log.critical("unexpected error%s", f" {where}" if where else "", exc_info=exc_info)


def tail(path: Path | None, lines: int = REPORT_LOG_LINES) -> list[str]:
    """The last ``lines`` lines of the log file (empty when there is none)."""
    if path is None:
        return []
    try:
        with path.open(encoding="utf-8", errors="replace") as fh:
            return list(deque((line.rstrip("\n") for line in fh), maxlen=lines))
    except OSError:
        return []


def report_text(exc_info: ExcInfo | None, log_path: Path | None, extra: dict[str, str] | None = None) -> str:
    """A report a person can paste into a bug report: versions, the error, and the end of the log."""
    parts = [
        f"{APP_NAME} {__version__}",
        f"Python {platform.python_version()} on {platform.platform()}",
        *(f"{key}: {value}" for key, value in (extra or {}).items()),
        f"Log file: {log_path if log_path is not None else '(none)'}",
        "",
    ]
    if exc_info is not None:
        parts += ["Error:", "".join(traceback.format_exception(*exc_info)).rstrip(), ""]
    recent = tail(log_path)
    if recent:
        parts += [f"The last {len(recent)} lines of the log:", *recent]
    return "\n".join(parts) + "\n"
