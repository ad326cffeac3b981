"""`make bench`: runs every ``bench_*.py`` module's ``run()`` and prints one table.

Each result is a dict with ``name``, ``value`` and ``unit``, and optionally ``floor`` (the same kind of work
done by the bare toolkit, measured in the same run) and ``target``. Ratios against the floor are what to
compare between machines; absolute numbers depend on the machine.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    return f"{value:.3g} {unit}".strip()


def main(selected: list[str]) -> int:
    here = Path(__file__).parent
    names = sorted(m.name for m in pkgutil.iter_modules([str(here)]) if m.name.startswith("bench_"))
    if selected:
        names = [n for n in names if any(s in n for s in selected)]
    missed = 0
    print(f"{'benchmark':58} {'value':>12} {'floor':>12} {'ratio':>7}  target")
    for name in names:
        module = importlib.import_module(f"tests.benchmarks.{name}")
        for result in module.run():
            unit = result.get("unit", "")
            value, floor, target = result["value"], result.get("floor"), result.get("target")
            ratio = f"{value / floor:.2f}x" if floor else ""
            verdict = ""
            if target is not None:
                met = value <= target
                missed += not met
                verdict = f"{'ok  ' if met else 'MISS'} <= {_fmt(target, result.get('target_unit', unit))}"
            print(f"{result['name']:58} {_fmt(value, unit):>12} {_fmt(floor, unit):>12} {ratio:>7}  {verdict}")
            sys.stdout.flush()
    print(f"{missed} target(s) missed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
