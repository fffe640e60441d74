"""The ECB+ end-to-end scorer's bridge from predicted trigger tokens to gold mention spans."""

from __future__ import annotations

from dataclasses import dataclass

from counterpoint.eval.ecbplus_bridge import MentionBridge


@dataclass
class _Gold:
    id: str
    doc: str
    sentence: int
    tokens: list[int]
    gold: str


# "Gunmen opened fire on the bus" (doc a) and "The gunmen opened fire" (doc b): one shooting,
# gold spans "opened fire"; doc b also "fled", a singleton.
GOLD = [
    _Gold("a:m1", "a", 0, [1, 2], "shooting"),
    _Gold("b:m1", "b", 0, [2, 3], "shooting"),
    _Gold("b:m2", "b", 1, [1], "b:m2:singleton"),
]


def test_ecbplus_bridge_verb_trigger_matches_phrasal_gold_span() -> None:
    # the product's trigger is the verb "opened" (token 1 / 2), the gold span ends on "fire"
    scores = MentionBridge(GOLD).score([[("a", 0, [1]), ("b", 0, [2])], [("b", 1, [1])]])
    assert scores["mention_recall"] == 100 and scores["mention_precision"] == 100
    assert scores["conll_f1"] == 100


def test_ecbplus_bridge_unmatched_and_repeated_mentions_cost_precision() -> None:
    # "bus" (token 5) is no gold mention; a second trigger on the same gold span is spurious
    scores = MentionBridge(GOLD).score([[("a", 0, [1]), ("a", 0, [2])], [("a", 0, [5])]])
    assert scores["mentions"] == 3
    assert round(scores["mention_precision"], 1) == 33.3
    assert round(scores["mention_recall"], 1) == 33.3
    assert scores["conll_f1"] < 100


def test_ecbplus_bridge_ceiling_clusters_matched_mentions_by_gold_chain() -> None:
    # the two "opened" triggers left apart score below 100; the ceiling joins them
    places = [("a", 0, [1]), ("b", 0, [2]), ("b", 1, [1])]
    bridge = MentionBridge(GOLD)
    assert bridge.score([[p] for p in places])["conll_f1"] < 100
    assert bridge.ceiling(places)["conll_f1"] == 100
