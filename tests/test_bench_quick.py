"""``bench/run.py --quick`` runs end to end and appends a dated section; the slope fit is right."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def _bench_module():
    spec = importlib.util.spec_from_file_location("bench_run", REPO / "bench" / "run.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(("exponent", "expected"), [(1.0, 1.0), (2.0, 2.0), (0.5, 0.5)])
def test_slope_recovers_growth_exponent(exponent: float, expected: float) -> None:
    run = _bench_module()
    points = [(n, 0.001 * n**exponent) for n in (1_000, 10_000, 100_000)]
    assert run.slope(points) == pytest.approx(expected)


def test_slope_needs_two_points() -> None:
    assert _bench_module().slope([(1000, 1.0)]) is None


@pytest.mark.slow
def test_quick_benchmark_appends_section(tmp_path: Path) -> None:
    results = tmp_path / "RESULTS.md"
    results.write_text("# earlier results\n")
    proc = subprocess.run(
        [
            sys.executable,
            str(REPO / "bench" / "run.py"),
            "--quick",
            "--no-spark",
            "--only",
            "throughput,memory,cli",
            "--cli-sizes",
            "30",
            "--results",
            str(results),
        ],
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    text = results.read_text()
    assert text.startswith("# earlier results\n")  # appended, not overwritten
    assert "### 1. Analysis throughput" in text and "words/s" in text
    assert "### 4. Peak memory" in text and "timed out" not in text
    assert "docs/s" in proc.stderr  # progress with rate
    assert "the real `counterpoint analyze" in text
    cli_row = next(line for line in text.splitlines() if line.startswith("| 30 |"))
    assert "exit" not in cli_row and "n/a" not in cli_row  # the run finished and reached alignment
    cells = [c.strip() for c in cli_row.split("|")]
    assert cells[-3] == "no"  # alignment did not run again without DuckDB's cap
    assert cells[-2].startswith("analyze:")  # the stage the alignment peak fell in, as the command said it
