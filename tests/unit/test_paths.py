from __future__ import annotations

from pathlib import Path

import pytest

from hipdesk.__main__ import parse_args
from hipdesk.paths import DATA_DIR_ENV, Paths


def test_environment_overrides_the_user_folder(data_dir: Path) -> None:
    assert Paths.resolve().data_dir == data_dir.resolve()


def test_command_line_beats_environment(tmp_path: Path) -> None:
    args = parse_args(["--data-dir", str(tmp_path / "elsewhere")])
    assert Paths.resolve(args.data_dir).data_dir == (tmp_path / "elsewhere").resolve()


def test_default_is_the_appdirs_user_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(DATA_DIR_ENV)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert Paths.resolve().data_dir == (tmp_path / "xdg" / "HipDesk").resolve()


def test_files_live_in_the_data_folder(paths: Paths) -> None:
    assert paths.database.parent == paths.data_dir
    assert paths.database.name == "hipdesk.sqlite3"
