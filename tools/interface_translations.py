"""`make translations`: bring the interface's .ts files up to date with the source, then build their .qm files.

    python tools/interface_translations.py          # lupdate each resources/translations/hipdesk_*.ts, then lrelease
    python tools/interface_translations.py --check  # only say whether the .ts and .qm are current (exit 1 if not)

The .ts files are what translators edit (Qt Linguist, or any XML editor); the .qm files are built from them and
committed, so an installed HipDesk, a wheel and the bundle need no Qt tools. ``tests/unit/test_translations.py``
checks both are current. Locations are left out of the .ts files: a line moved in the code then changes nothing there.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SOURCES = REPO / "hipdesk"
TRANSLATIONS = REPO / "resources" / "translations"
BIN = Path(sys.executable).parent


def tool(name: str) -> str:
    """A Qt tool from PySide6 (pyside6-lupdate, pyside6-lrelease), beside this Python or on PATH."""
    beside = BIN / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} was not found (it comes with PySide6: make translations installs it)")
    return found


def source_files() -> list[Path]:
    """Every Python file whose messages are translated: the whole package (the domain's words too)."""
    return sorted(path for path in SOURCES.rglob("*.py") if "__pycache__" not in path.parts)


def ts_files(folder: Path = TRANSLATIONS) -> list[Path]:
    return sorted(folder.glob("hipdesk_*.ts"))


def lupdate(ts: Path) -> None:
    """Merge the source's messages into ``ts``: new ones unfinished, changed ones kept as a guess for the translator
    (unfinished), gone ones dropped."""
    language = ts.stem.removeprefix("hipdesk_")
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False, encoding="utf-8") as listing:
        listing.write("\n".join(str(path) for path in source_files()))
    try:
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                "-silent",
                "-no-obsolete",
                "-locations",
                "none",
                "-source-language",
                "en",
                "-target-language",
                language,
                f"@{listing.name}",
                "-ts",
                str(ts),
            ],
            check=True,
        )
    finally:
        Path(listing.name).unlink()


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def check(folder: Path = TRANSLATIONS) -> list[str]:
    """What is not current: a .ts the source has moved past, or a .qm not built from its .ts."""
    problems = []
    with tempfile.TemporaryDirectory() as scratch:
        for ts in ts_files(folder):
            copy = Path(scratch) / ts.name
            shutil.copy(ts, copy)
            lupdate(copy)
            if copy.read_bytes() != ts.read_bytes():
                problems.append(f"{ts.name} is behind the source: run make translations")
            built = Path(scratch) / f"{ts.stem}.qm"
            lrelease(ts, built)
            qm = ts.with_suffix(".qm")
            if not qm.exists() or qm.read_bytes() != built.read_bytes():
                problems.append(f"{qm.name} is not built from {ts.name}: run make translations")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="only check that the files are current")
    args = parser.parse_args(argv)
    if args.check:
        problems = check()
        print("\n".join(problems) or "translations are current")
        return 1 if problems else 0
    for ts in ts_files():
        lupdate(ts)
        lrelease(ts, ts.with_suffix(".qm"))
        print(f"updated {ts.relative_to(REPO)} and its .qm")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
