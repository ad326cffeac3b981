"""Labels and message boxes in hipdesk/ui go through hipdesk.ui.plain_text, so a new view cannot forget that text
from a file, the database or the user is plain: read from the source, without Qt.

A QLabel may be made directly only with a literal (HipDesk's own words); a label filled later is a PlainLabel, or a
rich_label whose data goes in through markup(). No code sets a text format by hand, and message boxes come from
plain_text.message_box / ask (a QMessageBox made directly must say on its line that its markup is HipDesk's own).
"""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "hipdesk" / "ui"
HELPER = UI / "plain_text.py"
STATIC_BOXES = {"question", "warning", "information", "critical", "about"}


def _name(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return f"{_name(node.value)}.{node.attr}"
    return ""


def _translated(node: ast.expr | None) -> bool:
    """``self.tr("...")`` or ``SomeWords.tr("...")``: a literal of HipDesk's, translated."""
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "tr"
        and bool(node.args)
        and isinstance(node.args[0], ast.Constant)
    )


def problems_in(source: str, label: str) -> list[str]:
    """What in this module's ``source`` breaks the rules; ``label`` names it in each line."""
    lines = source.splitlines()
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        where = f"{label}:{node.lineno}"
        if name.endswith("QLabel"):
            first = node.args[0] if node.args else None
            if _translated(first):  # HipDesk's own words in the interface's language
                first = first.args[0] if isinstance(first, ast.Call) else first
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str) and first.value):
                found.append(f"{where}: QLabel without a literal text: use PlainLabel (or rich_label with markup)")
        elif name.endswith(".setTextFormat"):
            found.append(f"{where}: a text format set by hand: use PlainLabel, rich_label or message_box")
        elif name.startswith("QMessageBox.") and name.rpartition(".")[2] in STATIC_BOXES:
            found.append(f"{where}: QMessageBox.{name.rpartition('.')[2]} sniffs its text: use ask or message_box")
        elif name == "QMessageBox" and "own markup" not in lines[node.lineno - 1]:
            found.append(f"{where}: a QMessageBox made directly: use message_box")
    return found


def test_every_label_and_message_box_in_the_ui_is_plain_by_construction() -> None:
    files = [p for p in sorted(UI.rglob("*.py")) if p != HELPER]
    assert len(files) > 30
    found = [problem for path in files for problem in problems_in(path.read_text("utf-8"), path.name)]
    assert found == []


def test_the_rules_catch_what_they_are_for() -> None:
    source = (
        "label = QLabel()\n"
        "name = QLabel(routine.name)\n"
        "ok = QLabel('Na&me')\n"
        "label.setTextFormat(Qt.TextFormat.AutoText)\n"
        "QMessageBox.question(self, 'Delete', text)\n"
        "box = QMessageBox(self)\n"
        "about = QMessageBox(icon, title, text)  # own markup\n"
        "empty = QLabel('')\n"
        "translated = QLabel(self.tr('Na&me'))\n"
    )
    assert [line.split(":")[1] for line in problems_in(source, "example_view.py")] == ["1", "2", "4", "5", "6", "8"]
