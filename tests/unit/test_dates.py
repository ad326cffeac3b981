"""Day and month names never follow the desktop's language (strftime does)."""

from __future__ import annotations

import re
import time
from datetime import date
from pathlib import Path

import pytest

import hipdesk
from hipdesk.domain.dates import long_date, weekday_name
from hipdesk.domain.pain import NextDayQuestion

GERMAN = {"%A": "Dienstag", "%a": "Di", "%B": "November", "%b": "Nov"}


@pytest.fixture
def german_desktop(monkeypatch: pytest.MonkeyPatch) -> None:
    """strftime as on a German desktop (datetime.strftime goes through time.strftime)."""
    original = time.strftime

    def strftime(fmt: str, t: time.struct_time | tuple[int, ...] | None = None) -> str:
        for code, word in GERMAN.items():
            fmt = fmt.replace(code, word)
        return original(fmt) if t is None else original(fmt, t)

    monkeypatch.setattr(time, "strftime", strftime)


def test_the_fake_desktop_speaks_german(german_desktop: None) -> None:
    assert f"{date(2026, 11, 17):%A}" == "Dienstag"


def test_names_stay_hipdesks_own(german_desktop: None) -> None:
    tuesday = date(2026, 11, 17)
    assert weekday_name(tuesday) == "Tuesday"
    assert long_date(tuesday) == "Tuesday 17 November 2026"
    assert NextDayQuestion(1, "Desk five", date(2026, 11, 13), None).when(tuesday) == "on Friday"


def test_no_user_text_goes_through_strftime_names() -> None:
    """A guard: day and month names, and the non-portable "%-d", come from hipdesk.domain.dates only."""
    pattern = re.compile(r"%[aAbB]|%-d")
    root = Path(hipdesk.__file__).parent
    found = [
        f"{path.relative_to(root)}:{n}"
        for path in sorted(root.rglob("*.py"))
        if path.name != "dates.py"  # which names it in its warning
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if ("strftime" in line or re.search(r"\{[^}]*:[^}]*%", line)) and pattern.search(line)
    ]
    assert found == []
