"""The Russian realnews gate: the floors under ``realnews_ru_dev`` in tests/eval_floors.json
(and its ceilings) apply to ``counterpoint eval realnews --split dev-ru`` whenever the
real-coverage texts are present (``realnews/texts`` beside the repository or
$COUNTERPOINT_REALNEWS_TEXTS). Each Russian dev story is analysed with the English dev story it
pairs with, so the English texts are needed too. Skips and checks: tests/realnews_gate.py.
"""

from __future__ import annotations

import functools

import pytest

from counterpoint.eval.realnews import HEADLINE

from .realnews_gate import TEXTS, check_limit, limits, well_formed

BLOCK = "realnews_ru_dev"
FLOORS, CEILINGS, _ = limits(BLOCK)
CROSS = ("event_recall", "cross_language_actor_merge_precision", "cross_language_actor_merge_recall",
         "cross_language_cluster_recall", "cross_language_discrepancy_recall")
CASES = [(m, "ceiling" if m in CEILINGS else "floor") for m in dict.fromkeys([*HEADLINE, *CROSS, *FLOORS, *CEILINGS])]


@functools.cache
def _scores() -> dict:
    from counterpoint.eval.realnews import evaluate

    return evaluate(TEXTS, "dev-ru")


@pytest.mark.parametrize("metric,kind", CASES, ids=[m for m, _ in CASES])
def test_eval_gate_realnews_ru_dev_within_limit(metric, kind):
    check_limit(BLOCK, metric, kind, _scores)


def test_eval_gate_realnews_ru_limits_well_formed():
    well_formed(BLOCK, set(HEADLINE) | set(CROSS) | {"quote_recall", "discrepancy_f1"})
