"""MEANTIME evaluation of cp_events and cp_quantities (``../shared/data/meantime_en``).

MEANTIME annotates *every* event mention (including "said", "wants", "rise"), whereas
counterpoint only extracts PLOVER-typed political events, so recall is expected to be low
and precision is the more telling number. Matching is by token overlap of trigger spans:

* ``event_*``: our event triggers vs gold EVENT_MENTION token sets;
* ``participant_*``: (event, participant) pairs, gold from HAS_PARTICIPANT with sem_role
  Arg0/Arg1/location (ours: actor/recipient mentions and the location text), matched when
  both the event triggers and the participant spans overlap;
* ``quantity_*``: our quantities vs gold VALUE markables (numbers/quantities), span overlap;
* ``timex_*``: cp_dates against the TIMEX3 annotations with the TempEval-3 metrics
  (``eval/tempeval.py:evaluate_meantime_timex``; ``timex_value_f1`` is the date figure).
  MEANTIME is the development set for date rules; TempEval-3 platinum stays held out.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from ..records import Document, make_id

ROLES = ("Arg0", "Arg1", "location", "Argm-LOC", "AM-LOC")


@dataclass
class GoldDoc:
    """One MEANTIME article: its text rebuilt from tokens and the gold char spans."""

    name: str
    text: str
    events: dict[str, set[int]] = field(default_factory=dict)  # m_id -> char offsets
    entities: dict[str, set[int]] = field(default_factory=dict)
    participants: list[tuple[str, str]] = field(default_factory=list)  # (event m_id, entity m_id)
    values: list[set[int]] = field(default_factory=list)


def load_doc(path: Path) -> GoldDoc:
    """Parse a MEANTIME XML file; the text is the tokens joined with single spaces, one
    sentence per line, and every markable becomes the set of char offsets of its tokens."""
    root = ET.parse(path).getroot()
    pieces: list[str] = []
    offsets: dict[str, range] = {}
    pos, sent = 0, None
    for tok in root.iter("token"):
        if sent is not None and tok.get("sentence") != sent:
            pieces.append("\n")
            pos += 1
        elif pieces:
            pieces.append(" ")
            pos += 1
        sent = tok.get("sentence")
        word = tok.text or ""
        offsets[tok.get("t_id", "")] = range(pos, pos + len(word))
        pieces.append(word)
        pos += len(word)
    gold = GoldDoc(path.stem, "".join(pieces))

    def chars(el: ET.Element) -> set[int]:
        return {c for a in el.findall("token_anchor") for c in offsets.get(a.get("t_id", ""), range(0))}

    markables = root.find("Markables")
    if markables is not None:
        for el in markables:
            if el.tag == "EVENT_MENTION":
                gold.events[el.get("m_id", "")] = chars(el)
            elif el.tag == "ENTITY_MENTION":
                gold.entities[el.get("m_id", "")] = chars(el)
            elif el.tag == "VALUE":
                spans = chars(el)
                if spans:
                    gold.values.append(spans)
    relations = root.find("Relations")
    if relations is not None:
        for rel in relations.findall("HAS_PARTICIPANT"):
            if rel.get("sem_role") in ROLES:
                src = rel.find("source")
                tgt = rel.find("target")
                if src is not None and tgt is not None:
                    gold.participants.append((src.get("m_id", ""), tgt.get("m_id", "")))
    return gold


def load_corpus(shared: Path) -> list[GoldDoc]:
    base = shared / "data" / "meantime_en" / "intra_cross-doc_annotation"
    return [load_doc(p) for p in sorted(base.rglob("*.xml"))]


def _prf(tp_p: int, n_pred: int, tp_r: int, n_gold: int, prefix: str) -> dict[str, float]:
    p = tp_p / n_pred if n_pred else 0.0
    r = tp_r / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {f"{prefix}_precision": p, f"{prefix}_recall": r, f"{prefix}_f1": f}


def _chars(span: tuple[int, int]) -> set[int]:
    return set(range(span[0], span[1]))


def evaluate(shared: Path, nlp=None, limit: int | None = None) -> dict[str, float]:
    """Event, participant and quantity P/R/F1 over the 120 English MEANTIME articles (the
    first ``limit`` of them, in path order, when given: tests use a slice to stay fast)."""
    from ..nlp.pipeline import get_nlp, make_doc
    from .plover import safe_pipe

    nlp = nlp or get_nlp()
    golds = load_corpus(shared)[:limit]
    docs = [
        make_doc(nlp, Document(id=make_id("mt", g.name), source=g.name, outlet="meantime", text=g.text))
        for g in golds
    ]
    ev_tp_p = ev_n = ev_tp_r = ev_gold = 0
    pa_tp_p = pa_n = pa_tp_r = pa_gold = 0
    q_tp_p = q_n = q_tp_r = q_gold = 0
    for gold, doc in zip(golds, safe_pipe(nlp, docs, batch_size=16), strict=True):
        events = (doc._.cp_events or []) if doc is not None else []
        quants = (doc._.cp_quantities or []) if doc is not None else []
        mentions = {}
        for m in (doc._.cp_mentions or []) if doc is not None else []:
            mentions.setdefault(m.actor, []).append(_chars(m.span))
        ev_chars = [_chars(e.trigger_span or e.span) for e in events]
        ev_n += len(events)
        ev_gold += len(gold.events)
        ev_tp_p += sum(any(c & g for g in gold.events.values()) for c in ev_chars)
        ev_tp_r += sum(any(g & c for c in ev_chars) for g in gold.events.values())
        # participants
        pred_pairs = []
        for e, c in zip(events, ev_chars, strict=True):
            spans = [s for a in e.actor + e.recipient for s in mentions.get(a, [])]
            if e.location and doc is not None:
                at = doc.text.find(e.location, e.sentence_span[0] if e.sentence_span else 0)
                if at >= 0:
                    spans.append(set(range(at, at + len(e.location))))
            pred_pairs += [(c, s) for s in spans]
        gold_pairs = [
            (gold.events.get(ev, set()), gold.entities.get(en, set())) for ev, en in gold.participants
        ]
        gold_pairs = [(a, b) for a, b in gold_pairs if a and b]
        pa_n += len(pred_pairs)
        pa_gold += len(gold_pairs)
        pa_tp_p += sum(any(c & ge and s & gs for ge, gs in gold_pairs) for c, s in pred_pairs)
        pa_tp_r += sum(any(c & ge and s & gs for c, s in pred_pairs) for ge, gs in gold_pairs)
        # quantities
        q_chars = [_chars(q.span) for q in quants]
        q_n += len(q_chars)
        q_gold += len(gold.values)
        q_tp_p += sum(any(c & g for g in gold.values) for c in q_chars)
        q_tp_r += sum(any(g & c for c in q_chars) for g in gold.values)
    out = {"documents": float(len(golds)), "gold_events": float(ev_gold), "system_events": float(ev_n)}
    out |= _prf(ev_tp_p, ev_n, ev_tp_r, ev_gold, "event")
    out |= _prf(pa_tp_p, pa_n, pa_tp_r, pa_gold, "participant")
    out |= _prf(q_tp_p, q_n, q_tp_r, q_gold, "quantity")
    if limit is None:
        from .tempeval import evaluate_meantime_timex

        out |= {f"timex_{k}": v for k, v in evaluate_meantime_timex(shared).items()}
    return out
