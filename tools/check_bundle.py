"""Check the built bundle: its size, that every library it ships finds what it links, that it starts offscreen with a
throwaway data folder and opens every tab, and how long it takes to a usable window. Exits 1 on any failure.

    python tools/check_bundle.py [dist]
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from hipdesk import APP_NAME, __version__

MAX_MB = 150.0
# Links a bundled plugin may leave to the system, because Qt only loads that plugin when the system has the library:
# the speech-dispatcher voice needs speech-dispatcher installed (HipDesk says "voice off" without it).
OPTIONAL_LINKS = {"libspeechd.so.2"}


def folder_size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


def missing_links(bundle: Path) -> list[str]:
    """Shared libraries in the bundle that link a library neither the bundle nor this system has."""
    internal = bundle / "_internal"
    env = dict(os.environ, LD_LIBRARY_PATH=f"{internal}:{internal / 'PySide6' / 'Qt' / 'lib'}")
    problems = []
    for path in sorted(internal.rglob("*.so*")):
        if path.is_symlink() or not path.is_file():
            continue
        out = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env).stdout
        for name in re.findall(r"^\s*(\S+) => not found", out, re.MULTILINE):
            if name not in OPTIONAL_LINKS:
                problems.append(f"{path.relative_to(bundle)} links {name}, which is nowhere")
    return problems


def run_bundle(program: Path, data: str, *args: str) -> tuple[subprocess.CompletedProcess[str], float, int]:
    """The finished process, the seconds it took, and its peak resident memory in KiB."""
    with tempfile.TemporaryDirectory() as cwd:
        env = {"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen", "HIPDESK_DATA_DIR": data, "HOME": cwd}
        out, err = Path(cwd) / "stdout", Path(cwd) / "stderr"
        with out.open("w") as stdout, err.open("w") as stderr:  # files, not pipes: a full pipe would stall it
            start = time.perf_counter()
            proc = subprocess.Popen([str(program), *args], cwd=cwd, env=env, stdout=stdout, stderr=stderr)
            _pid, status, usage = os.wait4(proc.pid, 0)  # wait4: this child's own peak memory
            elapsed = time.perf_counter() - start
        code = os.waitstatus_to_exitcode(status)
        finished = subprocess.CompletedProcess(proc.args, code, out.read_text(), err.read_text())
    return finished, elapsed, usage.ru_maxrss


def main(dist: Path) -> int:
    bundle = (dist / f"{APP_NAME}-{__version__}").resolve()
    program = bundle / "hipdesk"
    if not program.exists():
        print(f"no bundle at {program}: run make bundle first", file=sys.stderr)
        return 1
    failures: list[str] = []
    size = folder_size_mb(bundle)
    if size > MAX_MB:
        failures.append(f"the bundle is {size:.0f} MB, more than {MAX_MB:.0f} MB")
    webengine = list(bundle.rglob("*WebEngine*"))
    if webengine:
        failures.append(f"unexpected Qt WebEngine files in the bundle: {webengine[:3]}")
    failures += missing_links(bundle)

    with tempfile.TemporaryDirectory() as data:
        checked, check_s, peak_kib = run_bundle(program, data, "--self-check")
        print(checked.stdout.strip())
        if checked.returncode != 0 or "self-check ok" not in checked.stdout:
            print(checked.stderr, file=sys.stderr)
            failures.append("the self-check failed")
        from PySide6.QtCore import QSettings

        from hipdesk.paths import Paths
        from hipdesk.ui.main_window import LEGACY_SAFETY_KEY

        settings = QSettings(str(Paths.resolve(data).settings_file), QSettings.Format.IniFormat)
        settings.setValue(LEGACY_SAFETY_KEY, True)  # a returning user: the notice was read
        settings.sync()
        usable_s = []
        for _ in range(3):
            started, seconds, _peak = run_bundle(program, data, "--quit-when-usable")
            if started.returncode != 0 or started.stdout.split() != ["usable"]:
                print(started.stderr, file=sys.stderr)
                failures.append("the bundle did not reach a usable window")
                break
            usable_s.append(seconds)

    print(f"bundle: {bundle} ({size:.0f} MB, at most {MAX_MB:.0f})")
    print(f"start and open every tab: {check_s:.2f} s, peak memory {peak_kib / 1024:.0f} MiB")
    if usable_s:
        print(
            "start to a usable window (the Library's cards drawn and a typed letter taken), a returning user: "
            + ", ".join(f"{s:.2f} s" for s in usable_s)
        )
    for failure in failures:
        print(f"FAILED: {failure}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "dist")))
