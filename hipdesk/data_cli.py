"""``hipdesk export-data FILE`` and ``hipdesk import-data FILE``: the data file from the command line, without Qt.

They open the same database the app uses (``--data-dir`` or ``HIPDESK_DATA_DIR`` chooses another), so a script or a
scheduled job can carry a history between computers; they run while HipDesk is open too (SQLite waits its turn).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from hipdesk import APP_NAME

EXPORT = "export-data"
IMPORT = "import-data"
DATA_COMMANDS = (EXPORT, IMPORT)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="hipdesk", description=f"{APP_NAME}: your data, in and out of one file.")
    commands = parser.add_subparsers(dest="command", required=True)
    export = commands.add_parser(EXPORT, help="write everything you recorded to one data file (.hipdesk-data.zip)")
    export.add_argument("file", help="the data file to write (replaced if it exists)")
    merge = commands.add_parser(IMPORT, help="merge a data file into this HipDesk: new records are added, none twice")
    merge.add_argument("file", help="a data file written by export-data or File > Export all data…")
    for sub in (export, merge):
        sub.add_argument("--data-dir", help="HipDesk's data folder (default: your user data folder)")
    return parser


def is_data_command(argv: Sequence[str]) -> bool:
    """Whether the command line asks for export-data or import-data (the first word that is not an option)."""
    words = [a for a in argv if not a.startswith("-")]
    return bool(words) and words[0] in DATA_COMMANDS


def run_data_command(argv: Sequence[str]) -> int:
    """Run export-data or import-data; prints what was done, or what went wrong and where. Returns the exit code."""
    args = _parser().parse_args(list(argv))
    from pathlib import Path

    from hipdesk.clock import SystemWallClock
    from hipdesk.content.data_file import DataFileError
    from hipdesk.paths import Paths
    from hipdesk.storage.data_repository import DataRepository
    from hipdesk.storage.db import open_database
    from hipdesk.storage.errors import StorageError
    from hipdesk.usecases.data_transfer import DataTransferError, export_data, import_data

    paths = Paths.resolve(args.data_dir)
    paths.ensure()
    wall = SystemWallClock()
    try:
        database = open_database(paths.database, paths.backups, wall)
    except StorageError as exc:
        print(f"{APP_NAME}: {exc}", file=sys.stderr)
        return 1
    try:
        for notice in database.notices:
            print(f"{APP_NAME}: {notice}", file=sys.stderr)
        store = DataRepository(database.engine)
        if args.command == EXPORT:
            print(export_data(store, Path(args.file), wall).message())
        else:
            print(import_data(store, Path(args.file)).message())
    except (DataFileError, DataTransferError, StorageError) as exc:
        print(f"{APP_NAME}: {exc}", file=sys.stderr)
        return 1
    finally:
        database.dispose()
    return 0
