"""HipDesk built as a wheel, installed outside the checkout, starts and opens every tab with its resources."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out), str(REPO)],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("hipdesk-*.whl")
    return built


def test_the_wheel_carries_resources_and_migrations(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert any(n.startswith("hipdesk/resources/exercises/") and n.endswith(".toml") for n in names)
    assert any(n.startswith("hipdesk/storage/migrations/versions/0001") for n in names)
    assert "hipdesk/storage/migrations/script.py.mako" in names
    assert "hipdesk/resources/translations/hipdesk_de.qm" in names  # built and committed: no Qt tools at install
    assert not any(n.startswith("tests/") for n in names)


def test_the_installed_wheel_starts_offscreen(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    site = Path(
        subprocess.run(
            [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
    )
    with zipfile.ZipFile(wheel) as zf:  # a wheel is a zip: unpacking it into site-packages installs it
        zf.extractall(site)
    # Dependencies come from the test environment's site-packages (a plain path: its .pth hooks, such as
    # the editable install of this checkout, are not run).
    (site / "zz_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env.update(QT_QPA_PLATFORM="offscreen", HIPDESK_DATA_DIR=str(tmp_path / "data"))
    result = subprocess.run(
        [
            python,
            "-c",
            "import sys, hipdesk, hipdesk.__main__ as m; print(hipdesk.__file__); sys.exit(m.main(['--self-check']))",
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    first, *rest = result.stdout.splitlines()
    assert Path(first).is_relative_to(site)
    assert "self-check ok" in rest
    assert (tmp_path / "data" / "hipdesk.sqlite3").exists()
