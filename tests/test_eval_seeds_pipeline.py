"""The nlp pipeline on the two seed articles, scored with eval/seeds.py against the gold.

Floors for the parts cp_actors/cp_quotes/cp_labels own (quotes, speakers, scare quotes,
labels); events and quantities belong to other components and are gated elsewhere."""

from __future__ import annotations

from pathlib import Path

import pytest

from counterpoint.eval.seeds import score_seeds
from counterpoint.nlp import analyze_document
from counterpoint.records import Document, to_dict


@pytest.fixture(scope="module")
def seed_scores(seeds_dir: Path, seeds_gold: dict, nlp) -> dict:
    c: dict = {
        "documents": [],
        "actors": [],
        "events": [],
        "quotes": [],
        "quantities": [],
        "labels": [],
        "clusters": [],
    }
    for path in sorted(seeds_dir.glob("*.txt")):
        doc = Document(
            id=path.stem, source=str(path), outlet=path.stem, text=path.read_text(encoding="utf-8")
        )
        a = analyze_document(doc, nlp)
        c["documents"].append({"id": doc.id, "source": doc.source})
        for key in ("actors", "events", "quotes", "quantities", "labels"):
            c[key] += to_dict(getattr(a, key))
    return score_seeds(c, seeds_gold)


@pytest.mark.parametrize(
    ("metric", "floor"),
    [
        ("quote_f1", 0.9),
        ("quote_speaker_f1", 0.9),
        ("scare_quote_f1", 0.9),
        ("label_f1", 0.8),
        ("alias_merge_precision", 0.95),
    ],
)
def test_seed_floor(seed_scores: dict, metric: str, floor: float) -> None:
    assert seed_scores[metric] >= floor, seed_scores
