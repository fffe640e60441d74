"""The seeds scorer: hand-made contracts, the gold scored against itself, and perturbations."""

from __future__ import annotations

import copy

import pytest

from counterpoint.eval.seeds import score_seeds

MINI_GOLD = {
    "matching_rules": {},
    "actors": {
        "Anna Berg": {"kind": "person", "country": None, "aliases": ["Anna Berg", "Berg"]},
        "Norland": {"kind": "country", "country": None, "aliases": ["Norland", "Nordby"]},
    },
    "documents": {
        "001_a": {
            "events": [
                {"type": "CONSULT", "actor": ["Anna Berg"], "recipient": ["Norland"], "date": "2025-06-21"}
            ],
            "quotes": [
                {"speaker": "Anna Berg", "kind": "direct", "text": "We will come back next year with a plan."}
            ],
            "scare_quotes": ["hawks"],
            "quantities": [
                {"value": 66, "unit": "prisoners"},
                {"value": 5, "unit": "years", "optional": True},
            ],
            "not_quantities": ["42nd"],
            "labels": [{"actor": "Anna Berg", "label": "the special envoy"}],
        },
        "002_b": {
            "events": [
                {"type": "CONSULT", "actor": ["Anna Berg"], "recipient": ["Norland"], "date": "2025-06-20"}
            ]
        },
    },
    "discrepancies": [
        {"cluster": "x", "field": "date", "values": {"001_a": "2025-06-21", "002_b": "2025-06-20"}}
    ],
}


def contract_from_gold(gold: dict) -> dict:
    """A contract dict that says exactly what the gold says (ids = canonical names)."""
    c: dict = {
        "documents": [],
        "actors": [],
        "events": [],
        "quotes": [],
        "quantities": [],
        "labels": [],
        "clusters": [],
    }
    for name, row in gold["actors"].items():
        c["actors"].append({"id": name, "name": name, "kind": row["kind"], "aliases": row["aliases"]})
    ev_ids: dict[str, str] = {}
    for key, d in gold["documents"].items():
        c["documents"].append({"id": f"doc-{key}", "source": f"/x/{key}.txt"})
        for i, e in enumerate(d.get("events", [])):
            ev_ids[key] = f"{key}-e{i}"
            c["events"].append(
                {
                    "id": f"{key}-e{i}",
                    "doc": f"doc-{key}",
                    "type": e["type"],
                    "actor": e["actor"],
                    "recipient": e["recipient"],
                    "date": {"value": e["date"]} if e.get("date") else None,
                }
            )
        for q in d.get("quotes", []):
            c["quotes"].append(
                {"doc": f"doc-{key}", "speaker": q["speaker"], "kind": q["kind"], "text": q["text"]}
            )
        for t in d.get("scare_quotes", []):
            c["quotes"].append({"doc": f"doc-{key}", "speaker": None, "kind": "scare", "text": t})
        for q in d.get("quantities", []):
            c["quantities"].append(
                {"doc": f"doc-{key}", "value": q["value"], "unit": q["unit"], "text": q.get("evidence", "")}
            )
        for lab in d.get("labels", []):
            c["labels"].append({"doc": f"doc-{key}", "actor": lab["actor"], "label": lab["label"]})
    for g in gold.get("discrepancies", []):
        values = [{"doc": f"doc-{k}", "event": ev_ids.get(k), "value": v} for k, v in g["values"].items()]
        c["clusters"].append(
            {"id": g["cluster"], "discrepancies": [{"field": g["field"], "values": values, "note": ""}]}
        )
    return c


PERFECT = (
    "event_f1",
    "quote_f1",
    "quote_speaker_f1",
    "scare_quote_f1",
    "quantity_f1",
    "label_f1",
    "alias_merge_precision",
    "alias_merge_recall",
    "discrepancy_found",
    "event_date_full_accuracy",
    "event_date_month_day_accuracy",
)


def test_mini_gold_scores_itself_perfectly() -> None:
    scores = score_seeds(contract_from_gold(MINI_GOLD), MINI_GOLD)
    assert all(scores[k] == 1.0 for k in PERFECT), scores
    assert scores["quantity_false_positives_on_not_quantities"] == 0


def _perturb(kind: str, c: dict) -> str:
    if kind == "speaker":
        c["quotes"][0]["speaker"] = None
        return "quote_speaker_f1"
    if kind == "date":
        c["events"][0]["date"] = {"value": "2025-07-01"}
        return "event_date_full_accuracy"
    if kind == "scare":
        c["quotes"][1]["text"] = "doves"
        return "scare_quote_f1"
    if kind == "label":
        c["labels"][0]["label"] = "the chief negotiator"
        return "label_f1"
    if kind == "alias":
        c["actors"][0]["aliases"] = ["Anna Berg", "Berg", "Nordby"]
        return "alias_merge_precision"
    if kind == "discrepancy":
        c["clusters"] = []
        return "discrepancy_found"
    if kind == "not_quantity":
        c["quantities"].append({"doc": "doc-001_a", "value": 42, "unit": None, "text": "42nd"})
        return "quantity_false_positives_on_not_quantities"
    c["events"][0]["type"] = "ASSAULT"
    return "event_f1"


@pytest.mark.parametrize(
    "kind", ["speaker", "date", "scare", "label", "alias", "discrepancy", "event", "not_quantity"]
)
def test_perturbation_changes_score(kind: str) -> None:
    c = contract_from_gold(MINI_GOLD)
    key = _perturb(kind, c)
    before = score_seeds(contract_from_gold(MINI_GOLD), MINI_GOLD)[key]
    after = score_seeds(c, MINI_GOLD)[key]
    assert after != before


def test_optional_items_neither_missed_nor_false() -> None:
    c = contract_from_gold(MINI_GOLD)
    c["quantities"] = [q for q in c["quantities"] if q["value"] != 5]
    assert score_seeds(c, MINI_GOLD)["quantity_f1"] == 1.0


@pytest.mark.parametrize(
    ("system", "gold", "equal"),
    [
        ("The country’s President", "the country's president", True),
        ("an envoy’s aide", "Envoy Aide", True),
        ("US President", "President of the US", False),
    ],
)
def test_label_folding(system: str, gold: str, equal: bool) -> None:
    g = copy.deepcopy(MINI_GOLD)
    g["documents"]["001_a"]["labels"] = [{"actor": "Anna Berg", "label": gold}]
    c = contract_from_gold(g)
    c["labels"][0]["label"] = system
    assert (score_seeds(c, g)["label_f1"] == 1.0) is equal


def test_details_lists_missed_items() -> None:
    c = contract_from_gold(MINI_GOLD)
    c["quotes"] = [q for q in c["quotes"] if q["kind"] != "scare"]
    details = score_seeds(c, MINI_GOLD, details=True)["details"]
    assert details["scare"][0]["missed"] == [{"text": "hawks"}]


def test_seeds_gold_scores_itself_perfectly(seeds_gold: dict) -> None:
    scores = score_seeds(contract_from_gold(seeds_gold), seeds_gold)
    assert all(scores[k] == 1.0 for k in PERFECT), {k: scores[k] for k in PERFECT}


def test_seeds_gold_perturbed_drops(seeds_gold: dict) -> None:
    c = contract_from_gold(seeds_gold)
    for q in c["quotes"]:
        if q["kind"] != "scare":
            q["speaker"] = None
    c["labels"] = c["labels"][::2]
    scores = score_seeds(c, seeds_gold)
    assert scores["quote_speaker_f1"] < 0.5
    assert scores["label_f1"] < 1.0
