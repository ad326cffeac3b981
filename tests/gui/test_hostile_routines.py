"""Hostile routine files through the real Import…, the routine list, a hover, Export…, the player and History.

A file HipDesk can keep shows every text literally and leaves HipDesk running; one it cannot keep is refused with a
message that names the field, and changes nothing. ``<img src=/dev/zero>`` runs in a child process under a memory
limit (a regression dies there of ``std::bad_alloc``, as HipDesk used to); the rest run here, where a FIFO canary
catches any attempt to load an image named in the data. A Hypothesis strategy then puts markup, surrogates, direction
controls and invisible characters into every text field.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from hipdesk.content.routine_file import DESCRIPTION_MAX, MAX_FILE_BYTES, NAME_MAX
from hipdesk.domain.text import BIDI_CONTROLS, text_problem
from hipdesk.ui.services import Services
from tests.gui.hostile import CANARY, MARK, RAW, FifoCanary, hostile
from tests.gui.hostile_desk import HostileDesk, Outcome

REPO = Path(__file__).resolve().parents[2]
CHILD_MEMORY = 3 << 30  # bytes of address space: HipDesk offscreen needs well under 1 GB; /dev/zero needs all there is
EXAMPLES = 40  # generated files per run of the property test


def document(**fields: Any) -> dict[str, Any]:
    return {"hipdesk_routine": 1, "name": "Plain name", "items": [{"exercise": "glute-bridge"}], **fields}


def write(folder: Path, content: dict[str, Any] | str | bytes, name: str = "shared.hipdesk-routine.json") -> Path:
    path = folder / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content if isinstance(content, str) else json.dumps(content), "utf-8")
    return path


@pytest.fixture
def canary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[FifoCanary]:
    monkeypatch.chdir(tmp_path)
    watched = FifoCanary(tmp_path)
    yield watched
    watched.close()


@pytest.fixture
def desk(qapp: object, services: Services) -> Iterator[HostileDesk]:
    made = HostileDesk(services)
    yield made
    made.close()


def check(outcome: Outcome, canary: FifoCanary, refused_at: str | None) -> None:
    """No view drew data as markup, nothing loaded the canary; a refusal names ``refused_at``, else it was kept."""
    assert outcome.walked.problems == []
    assert not canary.opened()
    if refused_at is None:
        assert outcome.stored is not None, outcome.message
        assert outcome.exported is not None and outcome.exported.name == outcome.stored.name
    else:
        assert outcome.stored is None
        assert f": {refused_at}" in outcome.message or outcome.message.startswith(f"Nothing was imported. {refused_at}")
        assert not set(outcome.message) & BIDI_CONTROLS
        outcome.message.encode("utf-8")  # no lone surrogate made it into the message


# ---- /dev/zero, in a process of its own ------------------------------------------------------------------------


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (CHILD_MEMORY, CHILD_MEMORY))


def dev_zero(field: str) -> str:
    return f"<img src=/dev/zero>{MARK} {field}"


@pytest.mark.parametrize(
    ("content", "kept"),
    [
        (document(name=dev_zero("name"), description=dev_zero("description"), source=dev_zero("source")), True),
        (document(items=[{"exercise": dev_zero("exercise")}]), False),  # refused: the message quotes the value
    ],
    ids=["in every field", "quoted in the refusal"],
)
def test_img_dev_zero_leaves_hipdesk_running_and_shows_it_literally(
    tmp_path: Path, content: dict[str, Any], kept: bool
) -> None:
    path = write(tmp_path, content)
    child = subprocess.run(
        [sys.executable, "-m", "tests.gui.hostile_desk", str(path)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
        preexec_fn=_limit_memory,
        env={**os.environ, "MALLOC_ARENA_MAX": "2"},  # few malloc arenas: their reserved space counts in the limit
    )
    assert child.returncode == 0, child.stderr[-2000:]  # std::bad_alloc ends it with SIGABRT
    report = json.loads(child.stdout.splitlines()[-1])
    assert report["problems"] == []
    if kept:
        assert report["stored"] == report["exported"] == dev_zero("name")
        assert report["shown"] >= 10  # list, hover, editor, player start and session, summary, History
    else:
        assert report["stored"] is None and "items[0].exercise" in report["message"]
        assert "<img src=/dev/zero><b>hostile</b>" in report["message"]


# ---- the corpus, with the FIFO canary ----------------------------------------------------------------------------


def file_of(**fields: Any) -> Callable[[Path], Path]:
    """A maker of the routine file with these fields (the rest plain)."""
    return lambda folder: write(folder, document(**fields))


def _fifo_everywhere(folder: Path) -> Path:
    absolute = folder / CANARY  # by its full path too, in the description (a value may not start with a path)
    fields = {"name": hostile("name"), "source": hostile("source")}
    return write(folder, document(description=f'{hostile("description")}\n<img src="{absolute}">', **fields))


def _an_exercise_of_its_own(folder: Path) -> Path:
    own = {
        "id": "pt-hostile-hinge",
        "name": hostile("exercise"),
        "summary": hostile("summary"),
        "phase": "activate",
        "targets": ["glute_max"],
        "per_side": True,
        "dose": {"sets": 1, "hold_s": 20},
        "steps": [hostile("step one"), hostile("step two")],
        "cues": [hostile("cue")],
        "mistakes": [hostile("mistake")],
        "safety": [hostile("safety")],
    }
    return write(folder, document(name=hostile("name"), exercises=[own], items=[{"exercise": "pt-hostile-hinge"}]))


def _the_fifo_itself(folder: Path) -> Path:
    return folder / CANARY  # imported as the file: refused without a byte read from it


CORPUS: list[tuple[str, Callable[[Path], Path], str | None]] = [
    ("a FIFO in every field", _fifo_everywhere, None),
    ("an exercise of its own in markup", _an_exercise_of_its_own, None),
    ("bold and a link", file_of(name="<b>Bold</b> & <a href='#x'>link</a>"), None),
    ("the FIFO as the file", _the_fifo_itself, "is not a regular file"),
    ("a surrogate in the name", file_of(name="Desk \ud800"), "name"),
    ("a surrogate in the description", file_of(description=hostile("d") + "\udc00"), "description"),
    ("a direction override", file_of(description="txt.\u202eexe"), "description"),
    ("a direction isolate in the name", file_of(name=f"{MARK}\u2067x"), "name"),
    ("a zero-width space in the name", file_of(name="Desk\u200bfive"), "name"),
    ("a NUL in the source", file_of(source="a\x00b"), "source"),
    ("a huge name", file_of(name=MARK * 50_000), "name"),
    ("a huge description", file_of(description="x" * (DESCRIPTION_MAX + 1)), "description"),
    ("a file over 1 MB", lambda f: write(f, b" " * (MAX_FILE_BYTES + 1)), "is 1.0 MB"),
    ("deep nesting", lambda f: write(f, "[" * 200_000 + "]" * 200_000), "is nested too deeply"),
    ("a nested description", file_of(description=json.loads("[" * 500 + "]" * 500)), "description"),
    (
        "markup as the file name",
        lambda f: write(f, document(items=[{"exercise": hostile("x")}]), f'<img src="{CANARY}">{MARK[:-4]}.json'),
        "items[0].exercise",
    ),
]


@pytest.mark.parametrize(("case", "make", "refused_at"), CORPUS, ids=[c[0] for c in CORPUS])
def test_hostile_files_are_kept_as_text_or_refused_by_field(
    desk: HostileDesk,
    canary: FifoCanary,
    tmp_path: Path,
    case: str,
    make: Callable[[Path], Path],
    refused_at: str | None,
) -> None:
    outcome = desk.run(make(tmp_path), tmp_path / "exported.hipdesk-routine.json")
    check(outcome, canary, refused_at)
    if refused_at is None:
        assert outcome.walked.shown, case  # the data reached the views


# ---- generated files ----------------------------------------------------------------------------------------------

# Markup and text Qt or a reader could take for something else, all of which HipDesk keeps as text...
MARKUP = st.sampled_from(
    [
        MARK,
        f'<img src="{CANARY}">',
        "<a href='#x'>",
        "</a>",
        "<i>",
        "&amp;",
        "&",
        "<",
        ">",
        "[*]",
        "e\u0301",  # e and a combining accent
        "ｆｕｌｌ",  # full-width letters
        "Dеsk",  # a Cyrillic е
        "\u05e9\u05dc\u05d5\u05dd",  # Hebrew, right to left by itself
    ]
)
# ...and characters it cannot store or show as they are, which it refuses.
UNKEEPABLE = st.sampled_from(
    [
        "\u202e",  # right-to-left override
        "\u2066",  # left-to-right isolate
        "\ud800",  # lone surrogates
        "\udfff",
        "\x00",
        "\x85",  # a C1 control
        "\x1b",
    ]
)
IN_NAMES_ONLY = st.sampled_from(["\u200b", "\u00ad", "\u200f", "\n", "\t"])  # fine in a description
WORDS = st.text(st.characters(categories=("L", "N", "Zs", "P", "S"), exclude_characters="/\\:"), max_size=6)


@st.composite
def hostile_fields(draw: st.DrawFn) -> dict[str, str]:
    """A name, a description and a source of markup; in at most one of them, characters HipDesk refuses."""
    spoiled = draw(st.sampled_from([None, None, "name", "description", "source"]))
    fields = {}
    for field, most in (("name", 4), ("description", 8), ("source", 8)):
        pieces = MARKUP | WORDS | IN_NAMES_ONLY if field != "name" else MARKUP | WORDS
        if field == spoiled:
            pieces = pieces | UNKEEPABLE | IN_NAMES_ONLY
        fields[field] = "".join(draw(st.lists(pieces, max_size=most)))
    fields["name"] = f"{RAW} {fields['name']}".rstrip()  # every name is data a view could draw as markup
    return fields


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(fields=hostile_fields())
def test_generated_text_in_every_field_is_shown_as_text_or_refused_by_field(
    desk: HostileDesk, canary: FifoCanary, tmp_path: Path, fields: dict[str, str]
) -> None:
    name = fields["name"]
    path = write(tmp_path, document(**fields))
    outcome = desk.run(path, tmp_path / "exported.hipdesk-routine.json")
    assert outcome.walked.problems == [] and not canary.opened()
    order = ["name", "description", "source"]
    unkeepable = [field for field in order if text_problem(fields[field], one_line=field == "name")]
    if outcome.stored is None:
        named = [field for field in order if f": {field}: " in outcome.message]
        assert len(named) == 1, outcome.message
        event(f"refused at {named[0]}")
        check(outcome, canary, named[0])
        # Fields are read in order: the one refused is the first unkeepable one, or an earlier one that broke
        # another rule (too long, spaces at its ends, a path or a URL).
        assert not unkeepable or order.index(named[0]) <= order.index(unkeepable[0])
    else:
        assert not unkeepable, (unkeepable, outcome.stored)
        event("kept, listed, hovered, exported, played and found in History")
        check(outcome, canary, None)
        assert outcome.stored.name == name or outcome.stored.name.startswith(name)  # or its "(copy)"
        assert len(name) <= NAME_MAX
