"""The evaluation gate: every score in tests/eval_floors.json must stay at or above its floor
(and every counted error at or below its ceiling).

Floors are measured values rounded down; they only go up (raise them as the pipeline
improves; never lower one silently). Each set runs once per session via ``counterpoint.eval``,
the same code ``counterpoint eval SET`` runs.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path

import pytest

LIMITS = json.loads(Path(__file__).with_name("eval_floors.json").read_text())
# realnews_* limits apply only where its texts are present: tests/test_eval_gate_realnews.py.
FLOORS: dict[str, dict[str, float]] = {k: v for k, v in LIMITS["floors"].items() if not k.startswith("realnews")}
CEILINGS: dict[str, dict[str, float]] = {k: v for k, v in LIMITS.get("ceilings", {}).items()
                                         if not k.startswith("realnews")}
CASES = [(n, m, "floor") for n, ms in FLOORS.items() for m in ms] + [
    (n, m, "ceiling") for n, ms in CEILINGS.items() for m in ms]


@functools.cache
def _scores(name: str, shared: str) -> dict[str, float]:
    from counterpoint.eval import evaluate

    return evaluate(name, shared)


@pytest.mark.parametrize("name,metric,kind", CASES, ids=[f"{n}.{m}" for n, m, _ in CASES])
def test_eval_gate_score_within_limit(shared, name, metric, kind):
    scores = _scores(name, str(shared))
    assert metric in scores, f"{name} no longer reports {metric}"
    if kind == "floor":
        limit = FLOORS[name][metric]
        assert scores[metric] >= limit, f"{name}.{metric} = {scores[metric]:.4f} fell below the floor {limit}"
    else:
        limit = CEILINGS[name][metric]
        assert scores[metric] <= limit, f"{name}.{metric} = {scores[metric]} rose above the ceiling {limit}"


def test_eval_gate_limits_file_well_formed():
    sets = {"seeds", "tempeval", "plover", "meantime", "ecbplus"}
    assert set(FLOORS) == sets and set(CEILINGS) <= sets
    for metrics in [*FLOORS.values(), *CEILINGS.values()]:
        assert metrics and all(isinstance(v, (int, float)) and v >= 0 for v in metrics.values())
