"""Command line: ``python -m hipdesk [--data-dir DIR] [--minimized] [--debug]``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from hipdesk import APP_NAME, __version__


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="hipdesk", description=f"{APP_NAME}: a hip-mobility trainer for your desk.")
    parser.add_argument(
        "--data-dir", help="folder for HipDesk's database and settings (default: your user data folder)"
    )
    parser.add_argument(
        "--minimized",
        action="store_true",
        help="start in the system tray when there is one and reminders are on (start at login uses this)",
    )
    parser.add_argument(
        "--debug", action="store_true", help="log everything, on the terminal and in hipdesk.log in the data folder"
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--quit-after-paint", action="store_true", help=argparse.SUPPRESS)  # start-up benchmark
    parser.add_argument("--self-check", action="store_true", help="start, open every tab, report and quit")
    return parser.parse_args(argv)


def data_command(argv: Sequence[str] | None) -> int | None:
    """``export-data FILE`` / ``import-data FILE`` (see hipdesk.data_cli), or None for any other command line."""
    from hipdesk.data_cli import is_data_command, run_data_command

    words = list(sys.argv[1:] if argv is None else argv)
    return run_data_command(words) if is_data_command(words) else None


def main(argv: Sequence[str] | None = None) -> int:
    code = data_command(argv)
    if code is not None:
        return code
    args = parse_args(argv)
    from hipdesk.app import run

    return run(
        data_dir=args.data_dir,
        quit_after_paint=args.quit_after_paint,
        check=args.self_check,
        minimized=args.minimized,
        debug=args.debug,
    )


if __name__ == "__main__":
    sys.exit(main())
