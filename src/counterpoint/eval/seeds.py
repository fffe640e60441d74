"""Score a contract export against the hand-made seeds gold, by the gold's matching_rules.

The rules (``gold["matching_rules"]``) are applied as written:

* event: same document, type in {type} + alt_types, the canonical actor+recipient names of the
  system event overlap the gold set; dates compared only where gold gives one (reported as
  month-day and full-date accuracy over matched events).
* quote: same document, texts overlap by >= 80% of the shorter one's characters; the speaker is
  compared after alias merge (system actor -> gold canonical name through its name/aliases).
* quantity: same document, equal value, unit head nouns equal with singular/plural folded.
* label: same document, same canonical actor, strings equal after lower-casing and stripping
  articles and possessives.
* scare_quote: same document, equal quoted text with straight/curly quotes folded.
* discrepancy: same field and the same two documents, values equal as given.

Gold items marked ``optional`` are neither missed when absent nor false positives when found.

Scoring policy for events (ours, not the gold's): the gold lists what happened, so a system
event flagged ``negated`` or ``hypothetical`` (reported as not having happened, or as possible)
can match a gold event but is never counted as a false positive; the export keeps them, flagged.
This gold types every event with a PLOVER category, so a system event with none (a statement,
a crash, a quake: ``type`` null with a general ``kind``, issue 18) is outside what it lists:
it can match nothing and is not counted as a false positive either.
Gold documents map to system documents by the file stem of ``document.source``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from difflib import SequenceMatcher
from itertools import combinations
from pathlib import PurePath
from typing import Any

QUOTE_FOLD = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‚": "'"})


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.translate(QUOTE_FOLD))
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).lower().split())


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _match(
    gold: list[dict], system: list[Any], ok: Callable[[dict, Any], bool]
) -> tuple[list[tuple[dict, Any]], list[dict], list[Any]]:
    """Greedy one-to-one matching in order; returns pairs, unmatched gold, unmatched system."""
    free = list(system)
    pairs, missed = [], []
    for g in gold:
        hit = next((s for s in free if ok(g, s)), None)
        if hit is None:
            missed.append(g)
        else:
            free.remove(hit)
            pairs.append((g, hit))
    return pairs, missed, free


class _Scorer:
    def __init__(self, contract: dict, gold: dict) -> None:
        self.c, self.g = contract, gold
        stems = {PurePath(str(d.get("source") or "")).stem: d["id"] for d in contract.get("documents", [])}
        self.doc_of = {k: stems.get(k) for k in gold["documents"]}
        self.alias: dict[str, str] = {}
        for canon, row in gold.get("actors", {}).items():
            for a in [canon, *row.get("aliases", [])]:
                self.alias[_fold(a)] = canon
        self.canon: dict[str, str | None] = {}
        for a in contract.get("actors", []):
            forms = [a.get("name") or "", *(a.get("aliases") or [])]
            self.canon[a["id"]] = next((self.alias[_fold(f)] for f in forms if _fold(f) in self.alias), None)

    def by_doc(self, key: str, items: str) -> list[dict]:
        did = self.doc_of[key]
        return [x for x in self.c.get(items, []) if did is not None and x.get("doc") == did]

    def names(self, ids: Iterable[str]) -> set[str]:
        return {n for n in (self.canon.get(i) for i in ids) if n}


def _score(gold_items: list[dict], system: list[Any], ok: Callable[[dict, Any], bool]) -> dict:
    required = [g for g in gold_items if not g.get("optional")]
    optional = [g for g in gold_items if g.get("optional")]
    pairs, missed, free = _match(required, system, ok)
    _opt_pairs, _o, free = _match(optional, free, ok)
    return {
        "pairs": pairs,
        "missed": missed,
        "false": free,
        "tp": len(pairs),
        "fp": len(free),
        "fn": len(missed),
    }


def _label_norm(text: str) -> str:
    text = _fold(text).strip(" ,.;:")
    text = re.sub(r"'s\b|'\B", "", text)
    return " ".join(w for w in text.split() if w not in ("the", "a", "an"))


def _unit_head(unit: str | None) -> str:
    w = (_fold(unit or "").split() or [""])[-1]
    for suf in ("ies", "es", "s"):
        if w.endswith(suf) and len(w) > len(suf) + 2:
            return w[: -len(suf)] + ("y" if suf == "ies" else "")
    return w


def _month_day(v: str | None) -> str | None:
    if not v:
        return None
    m = re.search(r"(?:^\d{4}|^-)-(\d{2}(?:-\d{2})?)", v)
    return m.group(1) if m else None


def _overlap(a: str, b: str) -> bool:
    if not a or not b:
        return False
    sm = SequenceMatcher(None, a, b, autojunk=False)
    same = sum(block.size for block in sm.get_matching_blocks())
    return same >= 0.8 * min(len(a), len(b))


def _quote_ok(g: dict, q: dict) -> bool:
    return _overlap(_fold(g["text"]), _fold(q.get("text") or ""))


def score_seeds(contract: dict, gold: dict, details: bool = False) -> dict:
    """Scores (floats/ints) of ``contract`` against the seeds ``gold``; with ``details=True``
    also a ``details`` dict of missed and false items per measure, for debugging."""
    s = _Scorer(contract, gold)
    tot: dict[str, list[int]] = {
        k: [0, 0, 0] for k in ("event", "quote", "speaker", "scare", "quantity", "label")
    }
    dates_full: list[bool] = []
    dates_md: list[bool] = []
    nq_fp = 0
    info: dict[str, list] = {k: [] for k in tot}

    def add(name: str, res: dict, key: str) -> None:
        t = tot[name]
        t[0] += res["tp"]
        t[1] += res["fp"]
        t[2] += res["fn"]
        info[name].append({"doc": key, "missed": res["missed"], "false": res["false"]})

    for key, gdoc in gold["documents"].items():
        events = s.by_doc(key, "events")

        def ev_ok(g: dict, e: dict) -> bool:
            if e.get("type") not in {g["type"], *g.get("alt_types", [])}:
                return False
            want = set(g.get("actor", [])) | set(g.get("recipient", []))
            got = s.names([*e.get("actor", []), *e.get("recipient", [])])
            return bool(want & got) if want else True

        res = _score(gdoc.get("events", []), events, ev_ok)
        res["false"] = [e for e in res["false"]
                        if not (e.get("negated") or e.get("hypothetical") or e.get("type") is None)]
        res["fp"] = len(res["false"])
        add("event", res, key)
        for g, e in res["pairs"]:
            if g.get("date"):
                value = (e.get("date") or {}).get("value")
                dates_full.append(value == g["date"])
                if _month_day(g["date"]) is not None:
                    dates_md.append(_month_day(value) == _month_day(g["date"]))

        quotes = s.by_doc(key, "quotes")
        spoken = [q for q in quotes if q.get("kind") in ("direct", "partial")]
        add("quote", _score(gdoc.get("quotes", []), spoken, _quote_ok), key)

        def sp_ok(g: dict, q: dict) -> bool:
            return _quote_ok(g, q) and s.canon.get(q.get("speaker") or "") == g.get("speaker")

        add("speaker", _score(gdoc.get("quotes", []), spoken, sp_ok), key)
        scare = [q for q in quotes if q.get("kind") == "scare"]
        gscare = [{"text": t} for t in gdoc.get("scare_quotes", [])]
        add("scare", _score(gscare, scare, lambda g, q: _fold(g["text"]) == _fold(q.get("text") or "")), key)

        quants = s.by_doc(key, "quantities")

        def qn_ok(g: dict, q: dict) -> bool:
            return float(q.get("value", "nan")) == float(g["value"]) and _unit_head(
                q.get("unit")
            ) == _unit_head(g.get("unit"))

        add("quantity", _score(gdoc.get("quantities", []), quants, qn_ok), key)
        nots = [_fold(n) for n in gdoc.get("not_quantities", [])]
        texts = [_fold(q.get("text") or "") for q in quants]
        nq_fp += sum(1 for t in texts if t and any(n in t or t in n for n in nots))

        labels = s.by_doc(key, "labels")

        def lb_ok(g: dict, lab: dict) -> bool:
            return s.canon.get(lab.get("actor")) == g["actor"] and _label_norm(
                lab.get("label") or ""
            ) == _label_norm(g["label"])

        add("label", _score(gdoc.get("labels", []), labels, lb_ok), key)

    out: dict[str, Any] = {}
    for name, prefix in (
        ("event", "event"),
        ("quote", "quote"),
        ("speaker", "quote_speaker"),
        ("scare", "scare_quote"),
        ("quantity", "quantity"),
        ("label", "label"),
    ):
        p, r, f = _prf(*tot[name])
        out[f"{prefix}_precision"], out[f"{prefix}_recall"], out[f"{prefix}_f1"] = p, r, f
    out["quantity_false_positives_on_not_quantities"] = nq_fp
    out["event_date_full_accuracy"] = sum(dates_full) / len(dates_full) if dates_full else 0.0
    out["event_date_month_day_accuracy"] = sum(dates_md) / len(dates_md) if dates_md else 0.0
    out["alias_merge_precision"], out["alias_merge_recall"] = _alias_scores(s, contract)
    found, missing = _discrepancies(s, contract, gold)
    out["discrepancy_found"] = 1 if gold.get("discrepancies") and not missing else 0
    if details:
        info["discrepancy_missing"] = missing  # type: ignore[assignment]
        info["discrepancy_found"] = found  # type: ignore[assignment]
        out["details"] = info
    return out


def _alias_scores(s: _Scorer, contract: dict) -> tuple[float, float]:
    """Pairwise: of the surface forms one system actor merges, how many pairs are one gold
    actor (precision); of the gold-same pairs the system shows, how many it merged (recall)."""
    form_actor: dict[str, set[str]] = {}
    same = diff = 0
    for a in contract.get("actors", []):
        forms = {_fold(f) for f in [a.get("name") or "", *(a.get("aliases") or [])] if _fold(f) in s.alias}
        for f in forms:
            form_actor.setdefault(f, set()).add(a["id"])
        for x, y in combinations(sorted(forms), 2):
            if s.alias[x] == s.alias[y]:
                same += 1
            else:
                diff += 1
    precision = same / (same + diff) if same + diff else 1.0
    merged = total = 0
    for x, y in combinations(sorted(form_actor), 2):
        if s.alias[x] != s.alias[y]:
            continue
        total += 1
        merged += bool(form_actor[x] & form_actor[y])
    return precision, (merged / total if total else 1.0)


def _discrepancies(s: _Scorer, contract: dict, gold: dict) -> tuple[list, list]:
    found, missing = [], []
    for g in gold.get("discrepancies", []):
        want = {s.doc_of.get(k): v for k, v in g["values"].items()}
        hit = None
        for cl in contract.get("clusters", []):
            for d in cl.get("discrepancies", []):
                if d.get("field") != g["field"] or d.get("kind", "conflict") != "conflict":
                    continue
                got = {v.get("doc"): str(v.get("value")) for v in d.get("values", [])}
                if all(doc is not None and got.get(doc) == str(val) for doc, val in want.items()):
                    hit = d
        (found if hit else missing).append(g)
    return found, missing
