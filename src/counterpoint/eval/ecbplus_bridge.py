"""Which gold ECB+ mention a predicted event mention is, for end-to-end scoring.

ECB+ marks an event mention as a token span ("opened fire", "slammed into", "placed on injured
reserve"), while a predicted mention is its trigger's tokens ("opened", "placed"). Identifying
both by the gold span's last token (as this scorer once did) lost every phrasal mention whose
trigger is the verb: a correct "opened" never met the gold "... fire". Here a predicted mention
is the gold mention one of its tokens lies in (the shortest, when gold spans nest), else a
mention of its own that counts against precision. One gold mention is matched at most once: a
second predicted mention on it is spurious, as in the exact-span scorers of the literature.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Protocol

from .corefmetrics import conll

Place = tuple[str, int, list[int]]  # document, sentence, token positions


class Gold(Protocol):
    id: str
    doc: str
    sentence: int
    tokens: list[int]
    gold: str


class MentionBridge:
    """Gold mentions indexed by token, and the scoring of predicted clusters against them."""

    def __init__(self, gold: list[Gold]) -> None:
        self.at: dict[tuple[str, int, int], str] = {}
        for m in sorted(gold, key=lambda m: -len(m.tokens)):  # shorter spans overwrite longer
            for t in m.tokens:
                self.at[(m.doc, m.sentence, t)] = m.id
        chains: dict[str, set[str]] = defaultdict(set)
        for m in gold:
            chains[m.gold].add(m.id)
        self.key = list(chains.values())
        self.chain = {m.id: m.gold for m in gold}

    def mention_id(self, place: Place) -> str:
        doc, sentence, tokens = place
        for t in tokens:
            if (hit := self.at.get((doc, sentence, t))) is not None:
                return hit
        return f"{doc}:{sentence}:{tokens[-1]}:predicted"

    def score(self, clusters: list[list[Place]]) -> dict[str, float]:
        """CoNLL scores of the predicted clusters, plus mention detection recall/precision (in
        percent) and the number of predicted mentions."""
        gold_ids = {i for chain in self.key for i in chain}
        seen: set[str] = set()
        response: list[set[str]] = []
        for cluster in clusters:
            ids: set[str] = set()
            for place in cluster:
                mid = self.mention_id(place)
                while mid in seen:  # a second mention on the same gold span or token
                    mid += "+"
                seen.add(mid)
                ids.add(mid)
            if ids:
                response.append(ids)
        out = conll(self.key, response)
        matched = len(seen & gold_ids)
        out["mention_recall"] = 100 * matched / max(len(gold_ids), 1)
        out["mention_precision"] = 100 * matched / max(len(seen), 1)
        out["mentions"] = float(len(seen))
        return out

    def ceiling(self, places: list[Place]) -> dict[str, float]:
        """The scores of these predicted mentions under perfect clustering (each matched one
        in its gold chain, every other one alone): what better clustering alone could reach,
        the rest of the gap being mention detection."""
        chains: dict[str, list[Place]] = defaultdict(list)
        alone: list[list[Place]] = []
        for place in places:
            mid = self.mention_id(place)
            if mid in self.chain:
                chains[self.chain[mid]].append(place)
            else:
                alone.append([place])
        return self.score([*chains.values(), *alone])
