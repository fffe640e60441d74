"""What both realnews gates share (tests/test_eval_gate_realnews.py for English,
tests/test_eval_gate_realnews_ru.py for the Russian block): where the texts are, the limits in
tests/eval_floors.json, and the check of one metric against its floor or ceiling.

The texts are third-party and never committed, so in CI the gates skip with a reason (one that
does not claim to need ../shared: CI fails on those skips). A metric whose limit is not set yet
(null or absent) skips with a message rather than pass silently.
"""

from __future__ import annotations

import functools
import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from counterpoint.eval.realnews import ABSENT

REPO = Path(__file__).resolve().parents[1]
TEXTS = Path(os.environ.get("COUNTERPOINT_REALNEWS_TEXTS") or REPO / "realnews" / "texts")
LIMITS = json.loads(Path(__file__).with_name("eval_floors.json").read_text())


def limits(block: str) -> tuple[dict, dict, list[str] | None]:
    """A block's floors (without its ``stories`` list), its ceilings, and that list (or None)."""
    floors = dict(LIMITS["floors"].get(block, {}))
    stories = floors.pop("stories", None)
    return floors, LIMITS.get("ceilings", {}).get(block, {}), stories


def cases(blocks: tuple[str, ...], always: tuple[str, ...]) -> list[tuple[str, str, str]]:
    """(block, metric, "floor" or "ceiling") for every metric of ``always`` and every limit set
    in each block: the gates' parametrized cases."""
    out = []
    for block in blocks:
        floors, ceilings, _ = limits(block)
        for m in dict.fromkeys([*always, *floors, *ceilings]):
            out.append((block, m, "ceiling" if m in ceilings else "floor"))
    return out


@functools.cache
def scores(split: str, block: str) -> dict:
    """``counterpoint eval realnews`` on ``split``, limited to the block's ``stories`` list."""
    from counterpoint.eval.realnews import evaluate

    return evaluate(TEXTS, split, stories=limits(block)[2])


def check_limit(block: str, metric: str, kind: str, scores: Callable[[], dict]) -> None:
    """Skip without texts, without a limit or when the scorer skips; else assert ``metric``
    of ``scores()`` is at or above its floor (at or below its ceiling)."""
    if not TEXTS.is_dir():
        pytest.skip(ABSENT.format(dir=TEXTS))
    floors, ceilings, _ = limits(block)
    limit = (ceilings if kind == "ceiling" else floors).get(metric)
    if limit is None:
        pytest.skip(f"no {kind} set for {block}.{metric} in tests/eval_floors.json yet")
    got = scores()
    if "skipped" in got:
        pytest.skip(got["skipped"])
    value = got.get(metric)
    assert value is not None, f"{block} no longer reports {metric} (or has nothing to count)"
    if kind == "floor":
        assert value >= limit, f"{block}.{metric} = {value:.4f} fell below the floor {limit}"
    else:
        assert value <= limit, f"{block}.{metric} = {value} rose above the ceiling {limit}"


def well_formed(block: str, metrics: set[str]) -> None:
    """A block's limits name only scored metrics and are null or non-negative numbers."""
    floors, ceilings, stories = limits(block)
    assert floors, f"no floors for {block}"
    assert set(floors) | set(ceilings) <= metrics
    assert all(v is None or (isinstance(v, (int, float)) and v >= 0) for v in [*floors.values(), *ceilings.values()])
    assert stories is None or (stories and all(isinstance(s, str) for s in stories))
