"""The Russian realnews gate: the floors under ``realnews_ru_dev`` in tests/eval_floors.json
(and its ceilings) apply to ``counterpoint eval realnews --split dev-ru`` whenever the
real-coverage texts are present (``realnews/texts`` beside the repository or
$COUNTERPOINT_REALNEWS_TEXTS). Each Russian dev story is analysed with the English dev story it
pairs with, so the English texts are needed too.

The texts are third-party and never committed, so in CI this gate skips with a reason. A metric
whose floor is not set yet (null or absent) skips with a message rather than pass silently.
"""

from __future__ import annotations

import functools
import json
import os
from pathlib import Path

import pytest

from counterpoint.eval.realnews import ABSENT, HEADLINE

REPO = Path(__file__).resolve().parents[1]
TEXTS = Path(os.environ.get("COUNTERPOINT_REALNEWS_TEXTS") or REPO / "realnews" / "texts")
LIMITS = json.loads(Path(__file__).with_name("eval_floors.json").read_text())
FLOORS: dict = LIMITS["floors"].get("realnews_ru_dev", {})
CEILINGS: dict = LIMITS.get("ceilings", {}).get("realnews_ru_dev", {})
CROSS = ("event_recall", "cross_language_actor_merge_precision", "cross_language_actor_merge_recall",
         "cross_language_cluster_recall", "cross_language_discrepancy_recall")
CASES = [(m, "ceiling" if m in CEILINGS else "floor") for m in dict.fromkeys([*HEADLINE, *CROSS, *FLOORS, *CEILINGS])]


@functools.cache
def _scores() -> dict:
    from counterpoint.eval.realnews import evaluate

    return evaluate(TEXTS, "dev-ru")


@pytest.mark.parametrize("metric,kind", CASES, ids=[m for m, _ in CASES])
def test_eval_gate_realnews_ru_dev_within_limit(metric, kind):
    if not TEXTS.is_dir():
        pytest.skip(ABSENT.format(dir=TEXTS))
    limit = (CEILINGS if kind == "ceiling" else FLOORS).get(metric)
    if limit is None:
        pytest.skip(f"no {kind} set for realnews_ru_dev.{metric} in tests/eval_floors.json yet")
    scores = _scores()
    if "skipped" in scores:
        pytest.skip(scores["skipped"])
    value = scores.get(metric)
    assert value is not None, f"realnews_ru_dev no longer reports {metric} (or has nothing to count)"
    if kind == "floor":
        assert value >= limit, f"realnews_ru_dev.{metric} = {value:.4f} fell below the floor {limit}"
    else:
        assert value <= limit, f"realnews_ru_dev.{metric} = {value} rose above the ceiling {limit}"


def test_eval_gate_realnews_ru_limits_well_formed():
    assert set(FLOORS) | set(CEILINGS) <= set(HEADLINE) | set(CROSS) | {"quote_recall", "discrepancy_f1"}
    assert all(v is None or (isinstance(v, (int, float)) and v >= 0) for v in [*FLOORS.values(), *CEILINGS.values()])
