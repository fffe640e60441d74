"""The realnews gate: the floors under ``realnews_dev``, ``realnews_dev_first8`` and ``realnews_dev_first6`` in
tests/eval_floors.json (and the ceilings, e.g. on crashes) apply whenever the real-coverage texts
are present: beside the repository in ``realnews/texts`` or at $COUNTERPOINT_REALNEWS_TEXTS.

``realnews_dev`` scores the whole English dev split as it stands. A block with a ``stories`` list
scores only those stories (analysed on their own): when the dev split grows (stories rotated in
from held out, 2026-12-03), the floors measured on the earlier stories keep applying to them, so
no floor is lowered because harder stories joined the set. Skips and checks: tests/realnews_gate.py.
"""

from __future__ import annotations

import pytest

from counterpoint.eval.realnews import HEADLINE

from .realnews_gate import cases, check_limit, scores, well_formed

BLOCKS = ("realnews_dev", "realnews_dev_first8", "realnews_dev_first6")
EXTRA = {"event_recall", "quote_recall", "discrepancy_f1"}
CASES = cases(BLOCKS, tuple(HEADLINE))


@pytest.mark.parametrize("block,metric,kind", CASES, ids=[f"{b}.{m}" for b, m, _ in CASES])
def test_eval_gate_realnews_dev_within_limit(block, metric, kind):
    check_limit(block, metric, kind, lambda: scores("dev", block))


@pytest.mark.parametrize("block", BLOCKS)
def test_eval_gate_realnews_limits_well_formed(block):
    well_formed(block, set(HEADLINE) | EXTRA)
