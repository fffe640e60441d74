"""Run the whole pipeline on ../shared/corpus/seeds and score the contract export against
../shared/gold/seeds.gold.json with the gold's own matching rules (eval/seeds.py)."""

from __future__ import annotations

import json
from pathlib import Path

from ..export import contract
from ..pipeline import run_paths
from .seeds import score_seeds


def seeds_contract(shared: Path) -> dict:
    return contract(run_paths([shared / "corpus" / "seeds"]))


def evaluate(shared: Path) -> dict[str, float]:
    gold = json.loads((shared / "gold" / "seeds.gold.json").read_text(encoding="utf-8"))
    scores = score_seeds(seeds_contract(shared), gold)
    return {k: v for k, v in scores.items() if isinstance(v, (int, float))}
