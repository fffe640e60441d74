"""The MEANTIME evaluation parses the NAF/XML gold and scores a slice quickly."""

from __future__ import annotations

from counterpoint.eval import meantime


def test_gold_loads(shared):
    docs = meantime.load_corpus(shared)
    assert len(docs) == 120
    first = docs[0]
    assert first.events and first.entities
    some = next(iter(first.events.values()))
    assert all(0 <= c < len(first.text) for c in some)


def test_meantime_slice_floor(shared, nlp):
    scores = meantime.evaluate(shared, nlp, limit=12)
    assert scores["documents"] == 12
    assert scores["event_precision"] >= 0.3, scores
    assert scores["quantity_recall"] >= 0.4, scores
