"""The interface's translations: current with the source, complete in German, and written so lupdate can read them.

The pseudo-locale check (tests/gui/test_pseudo_locale.py) looks at what the views show; these read the source and
the .ts files.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

import hipdesk
from tools import interface_translations as translations

ROOT = Path(hipdesk.__file__).parent
GERMAN = translations.TRANSLATIONS / "hipdesk_de.ts"
FIELD = re.compile(r"\{[a-z_]*\}")
# Methods and constructors that put text on the screen (or in a screen reader's ear): a literal with words in it
# must come through tr() instead.
TEXT_METHODS = {
    "setText",
    "setToolTip",
    "setAccessibleName",
    "setAccessibleDescription",
    "setPlaceholderText",
    "setWindowTitle",
    "setTitle",
    "setStatusTip",
    "setWhatsThis",
    "addItem",
    "insertItem",
    "setItemText",
    "addTab",
    "insertTab",
    "setTabText",
    "setTabToolTip",
    "addButton",
    "setSuffix",
    "setPrefix",
    "setSpecialValueText",
    "setLabelText",
    "setInformativeText",
    "setDetailedText",
    "setFormat",
    "showMessage",
    "addMenu",
    "addRow",
    "addSection",
    "setHeaderLabels",
    "setHorizontalHeaderLabels",
    "getSaveFileName",
    "getOpenFileName",
    "getExistingDirectory",
    "information",
    "warning",
    "critical",
    "question",
}
TEXT_CLASSES = {
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "QMessageBox",
    "QMenu",
    "QCommandLinkButton",
}
# Where a message is passed on to Qt's translators, not written.
DELEGATES = {"ui/translations.py", "domain/words.py"}


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    kind: str  # the translation's type: "" when finished, "unfinished", "vanished", "obsolete"
    forms: tuple[str, ...]


def messages(ts: Path) -> list[Message]:
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = tuple(f.text or "" for f in translation.iter("numerusform")) or (translation.text or "",)
            found.append(
                Message(
                    name,
                    message.findtext("source", ""),
                    message.findtext("comment", ""),
                    message.get("numerus") == "yes",
                    translation.get("type", ""),
                    forms,
                )
            )
    return found


def python_files() -> list[Path]:
    return translations.source_files()


def parsed(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), str(path))


def where(path: Path, node: ast.AST) -> str:
    return f"{path.relative_to(ROOT.parent)}:{getattr(node, 'lineno', 0)}"


# ---- the files ---------------------------------------------------------------------------------------------------


@pytest.mark.slow
def test_the_translation_files_are_current() -> None:
    """`make translations` has run: every message of the source is in each .ts, and each .qm is built from its .ts."""
    assert translations.check() == []


def test_german_is_complete() -> None:
    """Every German message is translated and finished (a message Qt Linguist or lupdate marked unfinished, or a
    plural with an empty form, fails)."""
    unfinished = [
        f"{m.context}: {m.source!r} ({m.kind or 'empty'})"
        for m in messages(GERMAN)
        if m.kind or not all(form.strip() for form in m.forms)
    ]
    assert unfinished == []


@pytest.mark.parametrize("ts", translations.ts_files(), ids=lambda p: p.name)
def test_a_translation_keeps_its_sources_placeholders(ts: Path) -> None:
    """{fields} are filled after translation (a lost or renamed one would fail at run time), and a plural keeps %n."""
    wrong = []
    for m in messages(ts):
        for form in m.forms:
            if m.kind in ("vanished", "obsolete") or not form:
                continue
            if sorted(FIELD.findall(form)) != sorted(FIELD.findall(m.source)):
                wrong.append(f"{m.context}: {m.source!r} -> {form!r}")
            if m.numerus and "%n" not in form and len(m.forms) > 1 and form is not m.forms[0]:
                wrong.append(f"{m.context}: {m.source!r} -> {form!r} lost %n")
    assert wrong == []


def test_plurals_are_marked_in_english_as_the_domain_resolves_them() -> None:
    """English needs no translation file: a plural's '(s)' is resolved by the count, so every plural has one."""
    assert [m.source for m in messages(GERMAN) if m.numerus and "(s)" not in m.source] == []


# ---- the source --------------------------------------------------------------------------------------------------


def translation_calls(tree: ast.AST) -> list[ast.Call]:
    return [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in ("tr", "translate")
        and not (isinstance(node.func.value, ast.Name) and node.func.value.id in ("painter", "transform"))
    ]


def test_messages_are_literal_text_lupdate_can_read() -> None:
    """tr() and translate() take a literal: an f-string, a sum or a variable would be read wrong by lupdate (or not
    at all). A plural (%n) passes its count."""
    wrong = []
    for path in python_files():
        if path.relative_to(ROOT).as_posix() in DELEGATES:
            continue
        for call in translation_calls(parsed(path)):
            assert isinstance(call.func, ast.Attribute)
            text_at = 1 if call.func.attr == "translate" else 0
            if call.func.attr == "translate" and not (
                isinstance(call.func.value, ast.Name) and call.func.value.id in ("QCoreApplication", "QApplication")
            ):
                continue  # another object's translate(), such as a QTransform's
            if len(call.args) <= text_at:
                wrong.append(f"{where(path, call)}: no text")
                continue
            text = call.args[text_at]
            context = call.args[0] if call.func.attr == "translate" else None
            if context is not None and not (isinstance(context, ast.Constant) and isinstance(context.value, str)):
                wrong.append(f"{where(path, call)}: the context is not a literal")
            if isinstance(text, (ast.Name, ast.Attribute, ast.Subscript)) and call.func.attr == "translate":
                continue  # a message marked with QT_TRANSLATE_NOOP where it is defined, looked up here
            if not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
                wrong.append(f"{where(path, call)}: {ast.unparse(text)[:60]} is not a literal")
                continue
            count_at = text_at + 2
            if "%n" in text.value and len(call.args) <= count_at:
                wrong.append(f"{where(path, call)}: {text.value!r} has %n but no count")
            if call.func.attr == "translate" and len(call.args) > count_at:
                wrong.append(f"{where(path, call)}: lupdate misses translate()'s plurals; use Words.tr or self.tr")
    assert wrong == []


def test_no_message_is_written_inside_an_f_string() -> None:
    """lupdate reads an f-string as one string: a tr() inside it is never extracted, so never translated."""
    wrong = [
        f"{where(path, call)}: {ast.unparse(call)[:70]}"
        for path in python_files()
        for node in ast.walk(parsed(path))
        if isinstance(node, ast.JoinedStr)
        for call in translation_calls(node)
    ]
    assert wrong == []


def words_classes() -> set[str]:
    """The domain's translation contexts (subclasses of hipdesk.domain.words.Words), wherever they are declared."""
    names = {"Words"}
    for path in python_files():
        for node in ast.walk(parsed(path)):
            if isinstance(node, ast.ClassDef) and any(
                isinstance(base, ast.Name) and base.id in names for base in node.bases
            ):
                names.add(node.name)
    return names


def test_tr_is_called_on_self_or_a_words_context() -> None:
    """lupdate takes the context from what tr() is called on: ``self`` (the class it is written in) or a Words
    class (its name). Anything else (``cls``, a variable) would file the message under the wrong name."""
    contexts = words_classes()
    wrong = []
    for path in python_files():
        for call in translation_calls(parsed(path)):
            assert isinstance(call.func, ast.Attribute)
            if call.func.attr != "tr":
                continue
            owner = call.func.value
            if not (isinstance(owner, ast.Name) and (owner.id == "self" or owner.id in contexts)):
                wrong.append(f"{where(path, call)}: tr() on {ast.unparse(owner)}")
    assert wrong == []


def test_a_class_that_translates_with_self_is_not_subclassed() -> None:
    """PySide looks ``self.tr`` up under the object's own class name, lupdate under the class the call is written
    in: a subclass would ask for a context nobody translated."""
    using_self_tr: dict[str, str] = {}
    bases: dict[str, list[str]] = {}
    for path in python_files():
        for node in ast.walk(parsed(path)):
            if not isinstance(node, ast.ClassDef):
                continue
            bases[f"{path}:{node.name}"] = [b.id if isinstance(b, ast.Name) else ast.unparse(b) for b in node.bases]
            calls = translation_calls(node)
            if any(isinstance(c.func, ast.Attribute) and ast.unparse(c.func.value) == "self" for c in calls):
                using_self_tr[node.name] = where(path, node)
    subclassed = [
        f"{where_defined} ({name}) is subclassed by {key.rsplit(':', 1)[1]}"
        for key, parents in bases.items()
        for name, where_defined in using_self_tr.items()
        if name in parents
    ]
    assert subclassed == []


def has_words(node: ast.AST) -> bool:
    """A literal with a word in it (two letters in a row), anywhere in an expression that is not a tr() call."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("tr", "translate"):
        return False
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = re.sub(r"<[^>]*>|&\w+;|\{\w*\}", "", node.value)  # markup, entities and fields are not words
        return re.search(r"[^\W\d_]{2}", text) is not None
    if isinstance(node, ast.Call):
        # str.format / join on a literal template: the template is the text
        return isinstance(node.func, ast.Attribute) and has_words(node.func.value)
    if isinstance(node, (ast.JoinedStr, ast.BinOp, ast.IfExp, ast.FormattedValue)):
        return any(has_words(child) for child in ast.iter_child_nodes(node) if not isinstance(child, ast.expr_context))
    return False


def test_visible_text_is_translated() -> None:
    """A literal with words handed to a widget (its text, tooltip, accessible name, title, items...) goes through
    tr(): English text written straight onto a widget would stay English in every language."""
    wrong = []
    for path in python_files():
        relative = path.relative_to(ROOT).as_posix()
        if not (relative.startswith("ui/") or relative == "app.py"):
            continue
        for node in ast.walk(parsed(path)):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            owner = node.func.value if isinstance(node.func, ast.Attribute) else None
            if isinstance(owner, ast.Name) and owner.id in ("log", "logging", "logger", "warnings"):
                continue
            if name in TEXT_METHODS or name in TEXT_CLASSES:
                arguments = [*node.args, *(k.value for k in node.keywords if k.arg not in ("objectName",))]
                if any(has_words(argument) for argument in arguments):
                    wrong.append(f"{where(path, node)}: {ast.unparse(node)[:90]}")
    assert wrong == []
