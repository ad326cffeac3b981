"""`make bench` is a gate: a missed target makes it exit 1, and it writes its results as JSON beside the table.

The runner runs for real on its quickest benchmark (the reminder check, pure Python); the targets are set far out
of reach on either side, so the outcome never depends on how busy the machine is.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO

NAME = "reminder check"


def bench(tmp_path: Path, *args: str) -> tuple[subprocess.CompletedProcess[str], dict]:  # type: ignore[type-arg]
    out = tmp_path / "results.json"
    proc = subprocess.run(
        [sys.executable, "-m", "tests.benchmarks", "reminders", "--json", str(out), *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    return proc, json.loads(out.read_text(encoding="utf-8")) if out.exists() else {}


def test_a_target_set_impossibly_low_fails_the_run(tmp_path: Path) -> None:
    proc, report = bench(tmp_path, "--target", f"{NAME}=0.000001")
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "MISS" in proc.stdout
    (row,) = report["results"]
    assert row["met"] is False and row["target"] == 0.000001
    assert report["missed"] == [row["name"]]


def test_a_ratio_target_set_impossibly_low_fails_the_run(tmp_path: Path) -> None:
    proc, report = bench(tmp_path, "--target", f"{NAME}=0.0001x")
    assert proc.returncode == 1, proc.stdout + proc.stderr
    (row,) = report["results"]
    assert row["met"] is False and row["ratio"] > row["ratio_target"]


def test_targets_in_reach_pass_and_the_json_matches_the_table(tmp_path: Path) -> None:
    proc, report = bench(tmp_path, "--target", f"{NAME}=1000000", "--target", f"{NAME}=1000000x")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    (row,) = report["results"]
    assert row["met"] is True and row["module"] == "bench_reminders"
    assert row["value"] > 0 and row["floor"] > 0 and row["ratio"] == row["value"] / row["floor"]
    assert row["name"] in proc.stdout and "ok" in proc.stdout
    assert report["missed"] == [] and report["errors"] == []


def test_a_target_that_names_no_benchmark_is_an_error(tmp_path: Path) -> None:
    proc, _report = bench(tmp_path, "--target", "no such benchmark=1")
    assert proc.returncode == 2
    assert "matched no benchmark" in proc.stdout
