"""The Russian realnews gate: the floors under ``realnews_ru_dev`` (the whole dev-ru block) and
``realnews_ru_dev_first4`` (the four stories it was first pinned on) in tests/eval_floors.json
(and its ceilings) apply to ``counterpoint eval realnews --split dev-ru`` whenever the
real-coverage texts are present (``realnews/texts`` beside the repository or
$COUNTERPOINT_REALNEWS_TEXTS). Each Russian dev story is analysed with the English dev story it
pairs with, so the English texts are needed too. Skips and checks: tests/realnews_gate.py.
"""

from __future__ import annotations

import pytest

from counterpoint.eval.realnews import HEADLINE

from .realnews_gate import cases, check_limit, scores, well_formed

BLOCKS = ("realnews_ru_dev", "realnews_ru_dev_first4")
CROSS = ("event_recall", "cross_language_actor_merge_precision", "cross_language_actor_merge_recall",
         "cross_language_cluster_recall", "cross_language_discrepancy_recall")


CASES = cases(BLOCKS, (*HEADLINE, *CROSS))


@pytest.mark.parametrize("block,metric,kind", CASES, ids=[f"{b}.{m}" for b, m, _ in CASES])
def test_eval_gate_realnews_ru_dev_within_limit(block, metric, kind):
    check_limit(block, metric, kind, lambda: scores("dev-ru", block))


@pytest.mark.parametrize("block", BLOCKS)
def test_eval_gate_realnews_ru_limits_well_formed(block):
    well_formed(block, set(HEADLINE) | set(CROSS) | {"quote_recall", "discrepancy_f1"})
