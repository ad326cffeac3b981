"""Packaging files agree with hipdesk/__init__.py, and pass the desktop validators where they are installed."""

from __future__ import annotations

import configparser
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from hipdesk import APP_ID, APP_NAME, __version__
from tests.conftest import REPO

PACKAGING = REPO / "packaging"
DESKTOP = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"


def test_desktop_file_matches_the_identity() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(DESKTOP, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Name"] == APP_NAME
    assert section["Icon"] == APP_ID
    assert section["Exec"].split()[0] == "hipdesk"


def test_desktop_actions_drive_the_running_hipdesk() -> None:
    import shlex

    from hipdesk.__main__ import parse_args, request_for

    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(DESKTOP, encoding="utf-8")
    actions = entry["Desktop Entry"]["Actions"].rstrip(";").split(";")
    found = {entry[f"Desktop Action {a}"]["Name"]: entry[f"Desktop Action {a}"]["Exec"] for a in actions}
    assert set(found) == {"Start Desk five", "Snooze 30 minutes"}
    requests = {name: request_for(parse_args(shlex.split(command)[1:])) for name, command in found.items()}
    assert requests["Start Desk five"] == {"command": "play", "routine": "desk-five"}
    assert requests["Snooze 30 minutes"] == {"command": "snooze", "minutes": 30.0}
    assert all(shlex.split(command)[0] == "hipdesk" for command in found.values())


def test_metainfo_matches_the_identity() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("name") == APP_NAME
    assert root.find("launchable").text == DESKTOP.name  # type: ignore[union-attr]
    releases = [r.get("version") for r in root.iter("release")]
    assert releases and releases[0] == __version__, "add a <release> for the new version"


def test_pyinstaller_spec_reads_the_identity_from_the_package() -> None:
    spec = (PACKAGING / "hipdesk.spec").read_text(encoding="utf-8")
    assert 'hipdesk" / "__init__.py' in spec
    assert not re.search(r"\d+\.\d+\.\d+", spec), "the spec must not hard-code a version"
    assert "WebEngine" in spec  # listed among the excluded modules


def test_project_version_comes_from_the_package() -> None:
    pyproject = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    assert 'version = { attr = "hipdesk.__version__" }' in pyproject


def test_icons_exist_at_every_size() -> None:
    assert (REPO / "resources" / "icons" / f"{APP_ID}.svg").exists()
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        png = PACKAGING / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed")
def test_desktop_file_validates() -> None:
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0 and "error" not in result.stdout.lower(), result.stdout


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream not installed")
def test_metainfo_validates() -> None:
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout


def test_changelog_names_the_version() -> None:
    assert f"## {__version__}" in (REPO / "CHANGELOG.md").read_text(encoding="utf-8")


def test_readme_gives_the_two_commands_first() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    first_block = readme.split("```sh", 1)[1].split("```", 1)[0]
    assert "make run" in first_block and "make test" in first_block
    assert Path(REPO / ".ci" / "run").read_text(encoding="utf-8").count("make test") == 1
