"""Command line: ``hipdesk [--data-dir DIR] [--minimized] [--debug]``, and commands that drive the running HipDesk.

``hipdesk play ROUTINE``, ``snooze MINUTES`` and ``pause-reminders DURATION`` go to the HipDesk running on the data
folder, over its single-instance socket, and start one when none runs. ``status`` asks the running one, or reads the
data folder when none runs; ``export-csv FILE`` reads the data folder itself and needs no window or display.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from hipdesk import APP_NAME, __version__
from hipdesk.domain.reminders import parse_duration_s

COMMANDS_EPILOG = """\
commands (they drive the HipDesk running on the data folder, and start one when none runs):
  play ROUTINE              play a routine, by id or name: hipdesk play desk-five, hipdesk play "Desk five"
  snooze MINUTES            no reminders for this many minutes (the current one comes back when it ends)
  pause-reminders DURATION  hold reminders for 90m, 2h, 1h30m or 45 (minutes); one comes when the pause ends;
                            "off" lifts a pause or a snooze
  status                    the next reminder, today's minutes of practice, and whether reminders are held
                            (without a running HipDesk, what its data folder says)
  export-csv FILE           every session and step as a CSV file (needs no window and no display)

Run "hipdesk COMMAND --help" for one command's details.
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hipdesk",
        description=f"{APP_NAME}: a hip-mobility trainer for your desk.",
        epilog=COMMANDS_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
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
    parser.add_argument("--quit-when-usable", action="store_true", help=argparse.SUPPRESS)  # start-up benchmark
    parser.add_argument("--self-check", action="store_true", help="start, open every tab, report and quit")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")
    play = commands.add_parser(
        "play",
        help="play a routine in the running HipDesk (starting one if needed)",
        description="Play a routine in the running HipDesk, by its id or its name; HipDesk starts when none runs.",
    )
    play.add_argument("routine", metavar="ROUTINE", help='a routine\'s id (desk-five) or name ("Desk five")')
    snooze = commands.add_parser(
        "snooze",
        help="no reminders for MINUTES",
        description="No reminders for this many minutes; the reminder on screen comes back when the snooze ends.",
    )
    snooze.add_argument("minutes", metavar="MINUTES", type=_minutes, help="1 to 1440")
    pause = commands.add_parser(
        "pause-reminders",
        help="hold reminders for DURATION",
        description="Hold reminders for a while (a meeting, a call); if one falls due, it comes once the pause ends. "
        '"off" lifts a pause or a snooze.',
    )
    pause.add_argument("duration", metavar="DURATION", type=_duration, help='90m, 2h, 1h30m, 45 (minutes) or "off"')
    commands.add_parser(
        "status",
        help="the next reminder, today's minutes, and whether reminders are held",
        description="Say when the next reminder comes, how many minutes you practised today, and whether "
        "reminders are held (and why). Without a running HipDesk, it reads the data folder.",
    )
    export = commands.add_parser(
        "export-csv",
        help="write every session and step to a CSV file",
        description="Write every session and its steps to a CSV file, a row per step. Needs no window or display.",
    )
    export.add_argument("file", metavar="FILE", type=Path, help="the CSV file to write")
    return parser


def _minutes(text: str) -> float:
    try:
        minutes = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of minutes") from None
    if not 0 < minutes <= 24 * 60:
        raise argparse.ArgumentTypeError("snooze for 1 to 1440 minutes")
    return minutes


def _duration(text: str) -> float:
    """Seconds; 0 for "off"."""
    if text.strip().lower() in ("off", "0", "resume"):
        return 0.0
    try:
        return parse_duration_s(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    return build_parser().parse_args(argv)


def request_for(args: argparse.Namespace) -> dict[str, Any] | None:
    """The request a command sends to the running HipDesk (None: a plain start)."""
    if args.command == "play":
        return {"command": "play", "routine": args.routine}
    if args.command == "snooze":
        return {"command": "snooze", "minutes": args.minutes}
    if args.command == "pause-reminders":
        if args.duration == 0:
            return {"command": "resume-reminders"}
        return {"command": "pause-reminders", "seconds": args.duration}
    if args.command == "status":
        return {"command": "status"}
    return None


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
    if args.command == "export-csv":
        from hipdesk.cli import export_csv

        return export_csv(args.data_dir, args.file)
    if args.command == "status":
        from hipdesk.cli import status

        return status(args.data_dir)
    from hipdesk.app import run

    request = request_for(args)
    return run(
        data_dir=args.data_dir,
        quit_after_paint=args.quit_after_paint,
        quit_when_usable=args.quit_when_usable,
        check=args.self_check,
        # Snoozing or pausing a HipDesk that was not running starts one that waits in the tray.
        minimized=args.minimized or args.command in ("snooze", "pause-reminders"),
        debug=args.debug,
        request=request,
    )


if __name__ == "__main__":
    sys.exit(main())
