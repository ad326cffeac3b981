"""Start the built bundle offscreen with a throwaway data folder, open every tab, and report size and timing."""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from hipdesk import APP_NAME, __version__


def folder_size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


def main(dist: Path) -> int:
    bundle = (dist / f"{APP_NAME}-{__version__}").resolve()
    program = bundle / "hipdesk"
    if not program.exists():
        print(f"no bundle at {program}: run make bundle first", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as data, tempfile.TemporaryDirectory() as cwd:
        env = {"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen", "HIPDESK_DATA_DIR": data, "HOME": cwd}
        start = time.perf_counter()
        result = subprocess.run(
            [str(program), "--self-check"], cwd=cwd, env=env, capture_output=True, text=True, timeout=120
        )
        elapsed = time.perf_counter() - start
    print(result.stdout.strip())
    if result.returncode != 0 or "self-check ok" not in result.stdout:
        print(result.stderr, file=sys.stderr)
        return 1
    webengine = list(bundle.rglob("*WebEngine*"))
    print(f"bundle: {bundle} ({folder_size_mb(bundle):.0f} MB), start and open every tab: {elapsed:.2f} s")
    if webengine:
        print(f"unexpected Qt WebEngine files in the bundle: {webengine[:3]}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "dist")))
