"""The PLOVER gold-standard evaluation runs and keeps its measured floors."""

from __future__ import annotations

from counterpoint.eval import plover


def test_category_mapping_follows_the_manual(shared):
    gold = plover.load_gold(shared)
    assert len(gold) == 322  # 323 records minus the DOCUMENT header
    assert {"DEMAND", "DISAPPROVE", "INVESTIGATE", "FIGHT"}.isdisjoint({r["event"] for r in gold})


def test_plover_scores_floor(shared, nlp):
    scores = plover.evaluate(shared, nlp)
    assert scores["category_accuracy"] >= 0.70, scores
    assert scores["actor_match"] >= 0.42, scores


def test_score_counts_missing_events_as_wrong():
    recs = [{"event": "AGREE", "source": [{"actorText": "France"}]}, {"event": "ASSAULT"}]
    preds = [
        {"type": "AGREE", "mode": None, "actor": ["France"], "recipient": []},
        {"type": None, "mode": None, "actor": [], "recipient": []},
    ]
    s = plover.score(recs, preds)
    assert s["category_accuracy"] == 0.5 and s["actor_match"] == 1.0
