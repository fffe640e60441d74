"""ECB+ gold-mention event coreference: the product's clustering must beat the lemma baseline."""

from __future__ import annotations

from pathlib import Path

from counterpoint.eval.ecbplus import evaluate, read_mentions

# Measured 80.98 CoNLL F1 (test topics 36-45); the same-lemma baseline is 76.5.
FLOOR = 80.5


def test_ecbplus_test_split(shared: Path) -> None:
    mentions = read_mentions(shared, "test")
    assert len(mentions) > 1500 and all(
        m.doc.split("_")[0] in {str(t) for t in range(36, 46)} for m in mentions
    )
    scores = evaluate(shared, "test")
    assert scores["conll_f1"] >= FLOOR
    assert scores["conll_f1"] > scores["lemma_baseline_conll_f1"] + 3
    assert abs(scores["conll_f1"] - (scores["muc_f1"] + scores["b3_f1"] + scores["ceafe_f1"]) / 3) < 1e-9


def test_ecbplus_predicted_mentions(shared: Path) -> None:
    from counterpoint.eval.ecbplus import evaluate_predicted

    scores = evaluate_predicted(shared, "test")
    # Measured 66.0 CoNLL F1 with 71.6 mention recall / 93.8 mention precision (62.5 / 66.9 /
    # 87.6 while a mention was the gold span's last token, which no verb of "opened fire" is).
    assert scores["mention_recall"] > 70 and scores["mention_precision"] > 90
    assert scores["conll_f1"] >= 65.0


def test_ecbplus_end_to_end_product_mentions(shared: Path) -> None:
    """The product's own extraction and alignment, scored on the gold clusters: the number the
    issue's target (CoNLL F1 >= 75) is about; its floor is in tests/eval_floors.json."""
    from counterpoint.eval.ecbplus import evaluate_end_to_end

    scores = evaluate_end_to_end(shared, "test")
    assert scores["documents"] > 200
    assert 0 < scores["mention_recall"] <= 100 and scores["mention_precision"] > 50
    # perfect clustering of the same mentions scores higher, never lower
    assert scores["conll_f1"] <= scores["clustering_ceiling_conll_f1"] <= 100
    assert sum(scores[f"gold_mentions_{p}"] for p in ("verb", "noun", "other")) > 1500
    assert abs(scores["conll_f1"] - (scores["muc_f1"] + scores["b3_f1"] + scores["ceafe_f1"]) / 3) < 1e-9
