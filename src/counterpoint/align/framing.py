"""How each outlet frames each actor: labels, scare quotes, loaded language, whom it quotes,
and a lexicon tone score.

Rows are plain JSON-ready dicts (one per outlet x actor the outlet mentions), so the report,
the web app and the exports can show them without knowing the records.

Tone: no sentiment model is available offline, so the tone of an outlet toward an actor is
counted with the small documented word lists in ``data/loaded_language.json`` ("tone"): in
every sentence of the outlet's documents that mentions the actor, positive and negative words
are counted, plus each framing device targeted at the actor counts as negative (scaled by its
score; framing kinds are all persuasion techniques, mostly hostile to their target).
``tone = (pos - neg) / (pos + neg)`` in [-1, 1], 0.0 when nothing evaluative was found. It is a
crude, explainable signal: the row also carries the counts it came from.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Any

from ..nlp.framing import lexicon
from ..records import CorpusResult

SENTENCE_END = re.compile(r"(?<=[.!?…\"”’»)])\s+(?=[\"“‘«(]?[A-Z0-9])|\n+")
WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Rough sentence bounds (the records keep event sentences, not all sentences)."""
    spans, start = [], 0
    for m in SENTENCE_END.finditer(text):
        if m.start() > start:
            spans.append((start, m.start()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def tone_counts(text: str) -> tuple[int, int]:
    """(positive, negative) lexicon words in ``text``."""
    tone = lexicon()["tone"]
    pos, neg = set(tone["positive"]), set(tone["negative"])
    words = [w.lower() for w in WORD.findall(text)]
    return sum(w in pos for w in words), sum(w in neg for w in words)


def _tone(pos: float, neg: float) -> float:
    return round((pos - neg) / (pos + neg), 3) if pos + neg else 0.0


def framing_profiles(result: CorpusResult) -> list[dict[str, Any]]:
    """One row per outlet x actor mentioned by that outlet, sorted by outlet then actor name."""
    docs = {d.id: d for d in result.documents}
    outlet_of = {d.id: d.outlet for d in result.documents}
    names = {a.id: a.name for a in result.actors}
    rows: dict[tuple[str, str], dict[str, Any]] = {}

    def row(outlet: str, actor: str) -> dict[str, Any]:
        key = (outlet, actor)
        if key not in rows:
            rows[key] = {
                "outlet": outlet,
                "actor": actor,
                "actor_name": names.get(actor, actor),
                "documents": [],
                "mentions": 0,
                "labels": Counter(),
                "scare_quotes": [],
                "loaded_language": 0,
                "framing": Counter(),
                "framing_terms": [],
                "quoted": 0,
                "quoted_text": [],
                "sentences": 0,
                "positive": 0.0,
                "negative": 0.0,
                "tone": 0.0,
            }
        return rows[key]

    sent_hits: dict[tuple[str, str], set[tuple[int, int]]] = defaultdict(set)
    sents = {d.id: sentence_spans(d.text) for d in result.documents if d.text}
    for m in result.mentions:
        if m.doc not in outlet_of:
            continue
        r = row(outlet_of[m.doc], m.actor)
        r["mentions"] += 1
        if m.doc not in r["documents"]:
            r["documents"].append(m.doc)
        for s in sents.get(m.doc, []):
            if s[0] <= m.span[0] < s[1]:
                sent_hits[(m.doc, m.actor)].add(s)
                break
    for lab in result.labels:
        if lab.doc in outlet_of:
            row(outlet_of[lab.doc], lab.actor)["labels"][lab.label] += 1
    for f in result.framing:
        if f.doc not in outlet_of or not f.target:
            continue
        r = row(outlet_of[f.doc], f.target)
        r["framing"][f.kind] += 1
        r["framing_terms"].append(f.text)
        if f.kind == "scare_quote":
            r["scare_quotes"].append(f.text)
        else:
            r["loaded_language"] += 1
            r["negative"] += f.score
    for q in result.quotes:
        if q.speaker and q.doc in outlet_of and q.kind in ("direct", "partial"):
            r = row(outlet_of[q.doc], q.speaker)
            r["quoted"] += 1
            r["quoted_text"].append(q.text)
    for (doc, actor), spans in sent_hits.items():
        r = row(outlet_of[doc], actor)
        text = docs[doc].text or ""
        for lo, hi in spans:
            p, n = tone_counts(text[lo:hi])
            r["positive"] += p
            r["negative"] += n
        r["sentences"] += len(spans)
    out = []
    for r in rows.values():
        r["tone"] = _tone(r["positive"], r["negative"])
        r["positive"], r["negative"] = round(r["positive"], 3), round(r["negative"], 3)
        r["labels"] = dict(r["labels"].most_common())
        r["framing"] = dict(sorted(r["framing"].items()))
        r["documents"] = sorted(r["documents"])
        out.append(r)
    return sorted(out, key=lambda r: (r["outlet"], r["actor_name"], r["actor"]))


def compare_outlets(result: CorpusResult, actor_id: str) -> dict[str, Any]:
    """One actor, side by side across outlets: {"actor", "name", "outlets": {outlet: row}}
    (outlets that never mention the actor are listed with ``None``)."""
    names = {a.id: a.name for a in result.actors}
    by_outlet: dict[str, Any] = {d.outlet: None for d in result.documents}
    for r in framing_profiles(result):
        if r["actor"] == actor_id:
            by_outlet[r["outlet"]] = r
    return {
        "actor": actor_id,
        "name": names.get(actor_id, actor_id),
        "outlets": dict(sorted(by_outlet.items())),
    }
