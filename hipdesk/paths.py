"""Where HipDesk keeps its files.

The data folder is appdirs' user data folder, overridden by ``HIPDESK_DATA_DIR`` or ``--data-dir``
(so tests and portable installs never touch the real one).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import appdirs

from hipdesk import APP_NAME

DATA_DIR_ENV = "HIPDESK_DATA_DIR"
RESOURCES = (Path(__file__).resolve().parent / "resources").resolve()  # the checkout keeps a symlink


def default_data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    return Path(appdirs.user_data_dir(APP_NAME, appauthor=False))


@dataclass(frozen=True)
class Paths:
    data_dir: Path

    @classmethod
    def resolve(cls, data_dir: str | os.PathLike[str] | None = None) -> Paths:
        root = Path(data_dir).expanduser() if data_dir else default_data_dir()
        return cls(root.resolve())

    @property
    def database(self) -> Path:
        return self.data_dir / "hipdesk.sqlite3"

    @property
    def backups(self) -> Path:
        return self.data_dir / "backups"

    @property
    def photos(self) -> Path:
        """Photos the weekly check's angles were measured on (they never leave this folder unless copied out)."""
        return self.data_dir / "photos"

    @property
    def settings_file(self) -> Path:
        return self.data_dir / "settings.ini"

    def ensure(self) -> None:
        self.data_dir.mkdir(parents=True, exist_ok=True)
