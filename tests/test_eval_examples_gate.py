"""The quality gate a fresh clone runs: the bundled example story against a gold set in tests/.

``tests/test_eval_gate.py`` needs ../shared and skips without it, so a newcomer's first
``pytest`` would check no quality at all. The example story (src/counterpoint/examples/) is
our own text; its gold (tests/gold/examples.gold.json) was written by reading it, in the seeds
gold format, and is scored by the same code (``eval.seeds.score_seeds``). Floors and ceilings
are under ``"examples"`` in tests/eval_floors.json and, like the others, only go up.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
LIMITS = json.loads((HERE / "eval_floors.json").read_text(encoding="utf-8"))["examples"]
GOLD = json.loads((HERE / "gold" / "examples.gold.json").read_text(encoding="utf-8"))
CASES = [(m, "floor") for m in LIMITS["floors"]] + [(m, "ceiling") for m in LIMITS.get("ceilings", {})]


@functools.cache
def _scores() -> dict[str, float]:
    from counterpoint.cli import examples_dir
    from counterpoint.eval.seeds import score_seeds
    from counterpoint.export import contract
    from counterpoint.pipeline import run_paths

    ex = examples_dir()
    result = run_paths(sorted(ex.glob("*.txt")), manifest=ex / "manifest.csv")
    return score_seeds(contract(result), GOLD)


@pytest.mark.parametrize("metric,kind", CASES, ids=[f"examples.{m}" for m, _ in CASES])
def test_eval_examples_score_within_limit(metric: str, kind: str) -> None:
    scores = _scores()
    assert metric in scores, f"examples no longer reports {metric}"
    if kind == "floor":
        limit = LIMITS["floors"][metric]
        assert scores[metric] >= limit, f"examples.{metric} = {scores[metric]:.4f} fell below the floor {limit}"
    else:
        limit = LIMITS["ceilings"][metric]
        assert scores[metric] <= limit, f"examples.{metric} = {scores[metric]} rose above the ceiling {limit}"


def test_eval_examples_gold_covers_every_example() -> None:
    from counterpoint.cli import examples_dir

    stems = {p.stem for p in examples_dir().glob("*.txt")}
    assert set(GOLD["documents"]) == stems
    for key, doc in GOLD["documents"].items():
        text = (examples_dir() / f"{key}.txt").read_text(encoding="utf-8")
        assert text.splitlines()[0] == doc["title"]
        for q in doc["quotes"]:  # gold quotes are the texts' own words
            assert q["text"].rstrip(",") in text, q["text"]


def test_eval_examples_gold_can_fail() -> None:
    """The gate is not vacuous: a contract with nothing in it falls below the floors."""
    from counterpoint.eval.seeds import score_seeds

    empty = score_seeds({"documents": [], "actors": [], "events": [], "quotes": [], "quantities": [],
                         "labels": [], "clusters": []}, GOLD)
    assert any(empty[m] < v for m, v in LIMITS["floors"].items())
