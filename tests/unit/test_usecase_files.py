"""Files the user asks for (History's CSV, routine files) are written whole or not at all, with the user's normal file
mode, and a CSV cell never runs as a spreadsheet formula."""

from __future__ import annotations

import csv
import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from hipdesk.clock import FakeWallClock
from hipdesk.storage.db import Database
from hipdesk.storage.history_repository import HistoryRepository
from hipdesk.storage.session_repository import SessionRepository
from hipdesk.usecases.files import FileWriteError, atomic_text_file, spreadsheet_safe, write_text_atomically
from hipdesk.usecases.history_export import export_history_csv

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def usual_umask() -> Iterator[None]:
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_file_gets_the_mode_the_umask_gives(tmp_path: Path, usual_umask: None) -> None:
    target = tmp_path / "out.txt"
    write_text_atomically(target, "hello\n")
    assert target.read_text() == "hello\n"
    assert _mode(target) == 0o644  # not mkstemp's 0600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt"]  # no temporary file left


def test_replacing_a_file_keeps_its_mode(tmp_path: Path, usual_umask: None) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old")
    target.chmod(0o640)
    write_text_atomically(target, "new")
    assert target.read_text() == "new" and _mode(target) == 0o640


def test_an_error_while_writing_leaves_the_old_file_and_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_text("the good one")
    with pytest.raises(RuntimeError), atomic_text_file(target) as fh:
        fh.write("half of it")
        raise RuntimeError("the export stopped part-way")
    assert target.read_text() == "the good one"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt"]


def test_a_folder_that_does_not_exist_says_so(tmp_path: Path) -> None:
    target = tmp_path / "missing" / "out.csv"
    with pytest.raises(FileWriteError) as info:
        write_text_atomically(target, "x")
    assert str(target) in str(info.value) and "does not exist" in str(info.value)


def test_a_folder_at_the_target_name_says_so_and_stays(tmp_path: Path) -> None:
    target = tmp_path / "history.csv"
    target.mkdir()
    with pytest.raises(FileWriteError) as info:
        write_text_atomically(target, "x")
    assert str(target) in str(info.value) and target.is_dir() and list(target.iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["history.csv"]


# A write the system refuses part-way: the file size limit (RLIMIT_FSIZE) makes a real "File too large" error on
# an ordinary disk, in a child process so the limit does not reach the test runner.
TOO_LARGE = """
import resource, signal, sys
from pathlib import Path
from hipdesk.usecases.files import FileWriteError, write_text_atomically
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (4096, resource.getrlimit(resource.RLIMIT_FSIZE)[1]))
try:
    write_text_atomically(Path(sys.argv[1]), "x" * 100_000)
except FileWriteError as exc:
    print(exc)
"""


def test_a_write_the_system_refuses_leaves_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "history.csv"
    target.write_text("the good one")
    result = subprocess.run(
        [sys.executable, "-c", TOO_LARGE, str(target)], capture_output=True, text=True, cwd=REPO, timeout=60
    )
    assert str(target) in result.stdout and "Nothing was saved there" in result.stdout, result.stderr
    assert target.read_text() == "the good one"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["history.csv"]


# ---- the CSV ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "safe"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+1+2", "'+1+2"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("Desk five", "Desk five"),
        ("a=b", "a=b"),
        (12.5, 12.5),
        (-1, -1),
        ("", ""),
    ],
)
def test_spreadsheet_safe(value: object, safe: object) -> None:
    assert spreadsheet_safe(value) == safe


def test_the_history_csv_escapes_formulas_and_is_a_normal_file(
    database: Database, wall: FakeWallClock, tmp_path: Path, usual_umask: None
) -> None:
    sessions = SessionRepository(database.engine, wall)
    sessions.start_session('=HYPERLINK("http://example.com","click")')
    sessions.start_session("@everyone")
    target = tmp_path / "history.csv"
    assert export_history_csv(HistoryRepository(database.engine), target) == 2
    with target.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert sorted(r["routine"] for r in rows) == ['\'=HYPERLINK("http://example.com","click")', "'@everyone"]
    assert _mode(target) == 0o644
