"""The evaluation gate: every score in tests/eval_floors.json must stay at or above its floor.

Floors are measured values rounded down; they only go up (raise them as the pipeline
improves; never lower one silently). Each set runs once per session via ``counterpoint.eval``,
the same code ``counterpoint eval SET`` runs.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path

import pytest

FLOORS_FILE = Path(__file__).with_name("eval_floors.json")
FLOORS: dict[str, dict[str, float]] = json.loads(FLOORS_FILE.read_text())["floors"]


@functools.cache
def _scores(name: str, shared: str) -> dict[str, float]:
    from counterpoint.eval import evaluate

    return evaluate(name, shared)


@pytest.mark.shared
@pytest.mark.parametrize(
    "name,metric", [(n, m) for n, metrics in FLOORS.items() for m in metrics], ids=lambda x: str(x)
)
def test_eval_gate_score_at_or_above_floor(shared, name, metric):
    scores = _scores(name, str(shared))
    assert metric in scores, f"{name} no longer reports {metric}"
    floor = FLOORS[name][metric]
    if metric.endswith("false_positives"):
        assert scores[metric] <= floor, f"{name}.{metric} = {scores[metric]} rose above the ceiling {floor}"
    else:
        assert scores[metric] >= floor, f"{name}.{metric} = {scores[metric]:.4f} fell below the floor {floor}"


def test_eval_gate_floors_file_well_formed():
    assert set(FLOORS) <= {"seeds", "tempeval", "plover", "meantime", "ecbplus"}
    for metrics in FLOORS.values():
        assert metrics and all(isinstance(v, (int, float)) and v >= 0 for v in metrics.values())
