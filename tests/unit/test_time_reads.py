"""Only hipdesk/clock.py reads the time. ruff's DTZ rules and banned-API list (pyproject.toml) catch the direct calls;
this catches what they cannot: a conversion to "the machine's zone" that bypasses the wall clock's zone."""

from __future__ import annotations

import ast

from tests.conftest import REPO


def machine_zone_reads(source: str, name: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            continue
        if node.func.attr == "astimezone" and not node.args and not node.keywords:
            found.append(f"{name}:{node.lineno}: .astimezone() converts to the machine's zone, not the wall clock's")
        if node.func.attr in ("localtime", "mktime", "tzset") and isinstance(node.func.value, ast.Name):
            found.append(f"{name}:{node.lineno}: time.{node.func.attr} reads the machine's zone")
    return found


def test_no_code_but_the_clock_reads_the_machines_zone() -> None:
    sources = [p for folder in ("hipdesk", "tools") for p in (REPO / folder).rglob("*.py") if p.name != "clock.py"]
    assert len(sources) > 100
    found = [f for p in sources for f in machine_zone_reads(p.read_text(encoding="utf-8"), str(p.relative_to(REPO)))]
    assert found == []


def test_the_check_finds_what_it_looks_for() -> None:
    sample = "import time\nmoment.astimezone()\nmoment.astimezone(zone)\ntime.localtime()\n"
    assert [f.split(":")[1] for f in machine_zone_reads(sample, "sample.py")] == ["2", "4"]
