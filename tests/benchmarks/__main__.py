"""`make bench`: runs every ``bench_*.py`` module's ``run()``, prints one table, writes the same as JSON, and exits 1
when a target is missed (or a benchmark fails), so the benchmark is a gate.

    python -m tests.benchmarks [--json FILE] [--target NAME=LIMIT ...] [MODULE ...]

MODULE picks modules by part of their name (``history`` runs ``bench_history``). ``--target NAME=LIMIT`` replaces
the target of every result whose name contains NAME: a plain number is a limit on the value (in the result's unit),
a number ending in ``x`` a limit on the ratio to the floor. The runner's own test sets one impossibly low.

Each result is a dict with ``name``, ``value`` and ``unit``, and optionally ``floor`` (the same kind of work done by
the bare toolkit, measured in the same run; ``floor_name`` says what it is), ``target`` (the value must not exceed
it) and ``ratio_target`` (value / floor must not exceed it). On a machine shared with other work, timings swing
together with the load; ratios against floors measured in the same run are what to compare between runs and
machines.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import pkgutil
import platform
import sys
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# An installed HipDesk runs from compiled bytecode (pip and the bundle compile it). A shell that says never to write it
# would make every process a benchmark starts compile HipDesk's sources again, a cost no user pays.
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
sys.dont_write_bytecode = False

# Qt's offscreen platform says this once per top-level window it shows; it is about window-manager hints, not
# about HipDesk, and it buried the table.
QT_NOISE = ("propagateSizeHints",)

DEFAULT_JSON = Path("bench-results.json")


@dataclass
class Override:
    pattern: str
    limit: float
    ratio: bool
    used: bool = False


@dataclass
class Outcome:
    rows: list[dict[str, Any]] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    errors: list[dict[str, str]] = field(default_factory=list)


def quiet_qt() -> None:
    """Drop the offscreen platform's noise; every other Qt message still reaches stderr."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        if not any(noise in message for noise in QT_NOISE):
            print(f"Qt {kind.name.removeprefix('Qt').removesuffix('Msg').lower()}: {message}", file=sys.stderr)

    qInstallMessageHandler(handler)


def parse_override(text: str) -> Override:
    pattern, sep, limit = text.rpartition("=")
    if not sep or not pattern:
        raise argparse.ArgumentTypeError(f"expected NAME=LIMIT, got {text!r}")
    ratio = limit.endswith("x")
    try:
        value = float(limit.removesuffix("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"the limit in {text!r} is not a number") from None
    return Override(pattern, value, ratio)


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    text = f"{value:.0f}" if abs(value) >= 100 else f"{value:.3g}"
    return f"{text} {unit}".strip()


def judge(result: dict[str, Any], overrides: list[Override]) -> dict[str, Any]:
    """The result with its ratio and verdict: ``met`` is True, False, or None when it has no target."""
    row = dict(result)
    for override in overrides:
        if override.pattern in row["name"]:
            override.used = True
            row["ratio_target" if override.ratio else "target"] = override.limit
    value, floor = float(row["value"]), row.get("floor")
    row["ratio"] = value / floor if floor else None
    checks: list[bool] = []
    if row.get("target") is not None:
        checks.append(value <= row["target"])
    if row.get("ratio_target") is not None:
        checks.append(row["ratio"] is not None and row["ratio"] <= row["ratio_target"])
    row["met"] = all(checks) if checks else None
    return row


def table_line(row: dict[str, Any]) -> str:
    unit = row.get("unit", "")
    ratio = f"{row['ratio']:.2f}x" if row["ratio"] is not None else ""
    limits = []
    if row.get("target") is not None:
        limits.append(f"<= {_fmt(row['target'], unit)}")
    if row.get("ratio_target") is not None:
        limits.append(f"<= {row['ratio_target']:g}x floor")
    verdict = f"{'ok  ' if row['met'] else 'MISS'} {' and '.join(limits)}" if limits else ""
    return f"{row['name']:72} {_fmt(row['value'], unit):>12} {_fmt(row.get('floor'), unit):>12} {ratio:>7}  {verdict}"


def module_names(selected: list[str]) -> list[str]:
    here = Path(__file__).parent
    names = sorted(m.name for m in pkgutil.iter_modules([str(here)]) if m.name.startswith("bench_"))
    if selected:
        names = [n for n in names if any(s in n for s in selected)]
    return names


def run_all(names: list[str], overrides: list[Override]) -> Outcome:
    outcome = Outcome()
    print(f"{'benchmark':72} {'value':>12} {'floor':>12} {'ratio':>7}  target")
    for name in names:
        try:
            module = importlib.import_module(f"tests.benchmarks.{name}")
            results = module.run()
        except Exception:  # a benchmark that cannot run is a failed gate, not a silent gap in the table
            detail = traceback.format_exc()
            print(f"{name}: FAILED\n{detail}", file=sys.stderr)
            outcome.errors.append({"module": name, "error": detail.strip().splitlines()[-1]})
            continue
        for result in results:
            row = judge(result, overrides)
            row["module"] = name
            outcome.rows.append(row)
            if row["met"] is False:
                outcome.missed.append(row["name"])
            print(table_line(row))
            sys.stdout.flush()
    return outcome


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks", description=__doc__.splitlines()[0])
    parser.add_argument("modules", nargs="*", help="run only the bench_*.py modules whose name contains one of these")
    parser.add_argument("--json", type=Path, default=DEFAULT_JSON, help=f"where to write results ({DEFAULT_JSON})")
    parser.add_argument("--target", type=parse_override, action="append", default=[], metavar="NAME=LIMIT")
    args = parser.parse_args(argv)
    names = module_names(args.modules)
    if not names:
        print(f"no benchmark module matches {args.modules}", file=sys.stderr)
        return 2
    quiet_qt()
    load_before = os.getloadavg()
    outcome = run_all(names, args.target)
    unused = [o.pattern for o in args.target if not o.used]
    load_after = os.getloadavg()
    report = {
        "results": outcome.rows,
        "missed": outcome.missed,
        "errors": outcome.errors,
        "unused_targets": unused,
        "machine": {
            "cpus": os.cpu_count(),
            "load_average_before": load_before,
            "load_average_after": load_after,
            "python": platform.python_version(),
            "platform": platform.platform(),
        },
    }
    args.json.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    met = sum(1 for row in outcome.rows if row["met"])
    missed = f": {'; '.join(outcome.missed)}" if outcome.missed else ""
    print(f"{met} target(s) met, {len(outcome.missed)} missed{missed}")
    for error in outcome.errors:
        print(f"{error['module']} failed: {error['error']}")
    for pattern in unused:
        print(f"--target {pattern!r} matched no benchmark")
    print(
        f"results in {args.json}; load average {load_before[0]:.1f} before, {load_after[0]:.1f} after, "
        f"on {os.cpu_count()} cores"
    )
    if unused:
        return 2
    return 1 if outcome.missed or outcome.errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
