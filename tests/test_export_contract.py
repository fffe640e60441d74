"""Contract JSON and the table exports."""

from __future__ import annotations

import csv

import pytest

from counterpoint.export import contract, neutralise_cell, write_tables
from counterpoint.export.validate import validate_contract
from counterpoint.records import Actor, CorpusResult, Document
from counterpoint.store import Store


def test_export_contract_valid_and_nulls_not_empty():
    d = Document(id="doc_1", source="a.txt", outlet="O", text="t", title="", url="")
    data = contract(CorpusResult(documents=[d], actors=[Actor(id="a", name="A", kind="person")]))
    assert validate_contract(data) == []
    assert data["documents"][0]["title"] is None and data["documents"][0]["url"] is None
    assert data["counterpoint"]["version"] == 2


def test_export_validator_catches_problems():
    data = contract(CorpusResult(documents=[Document(id="d", source="s", outlet="o", text="t")]))
    data["events"] = [{"id": "e", "doc": "nope", "type": "CHAT"}]
    problems = validate_contract(data)
    assert any("not a PLOVER category" in p for p in problems)
    assert any("missing" in p for p in problems)


@pytest.mark.parametrize("cell,expected", [
    ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
    ("+1", "'+1"), ("-1+1", "'-1+1"), ("@SUM(A1)", "'@SUM(A1)"), ("plain", "plain"), (None, None), ("", ""),
])
def test_export_csv_cells_neutralised(cell, expected):
    assert neutralise_cell(cell) == expected


def test_export_csv_file_has_no_formula_cells(tmp_path):
    from counterpoint.records import DocAnalysis

    s = Store.open(":memory:")
    d = Document(id="d", source="s", outlet="=cmd|' /C calc'!A0", text="@SUM(1)", title="+evil")
    s.put_analyses([DocAnalysis(document=d)])
    write_tables(s, tmp_path, "csv")
    rows = list(csv.DictReader((tmp_path / "documents.csv").open(encoding="utf-8")))
    assert rows[0]["outlet"].startswith("'=") and rows[0]["title"] == "'+evil" and rows[0]["text"] == "'@SUM(1)"


def test_export_contract_v2_facts_and_discrepancies():
    from counterpoint.records import Cluster, DateValue, Discrepancy, DiscrepancyValue, Event, Quantity

    docs = [Document(id=f"d{i}", source=f"{i}.txt", outlet=f"O{i}", text="x" * 80) for i in (1, 2)]
    q1 = Quantity("d1", 2, "jets", False, "two jets", (10, 18))
    events = [
        Event(id="e1", doc="d1", type="ASSAULT", mode=None, actor=["a_pk"], recipient=["a_in"], trigger="shot",
              span=(0, 20), sentence="s1", sentence_span=(0, 40), date=DateValue("2019-02-27", "Wednesday", "day",
              span=(20, 29)), quantity=q1, attributed_to="a_pk"),
        Event(id="e2", doc="d2", type="ASSAULT", mode=None, actor=["a_pk"], recipient=["a_in"], trigger="downed",
              span=(0, 20), sentence="s2", negated=True),
    ]
    loose = Quantity("d2", 40, "soldiers", False, "40 soldiers", (50, 61))
    disputed = Discrepancy("quantity", [DiscrepancyValue("d1", "e1", "2 jets", "s1", (0, 40), "a_pk"),
                                        DiscrepancyValue("d2", "e2", "1 jets", "s2", (0, 30), "a_in")],
                           "disputed: ...", "disputed")
    note = Discrepancy("location", [DiscrepancyValue("d1", "e1", "Palace"), DiscrepancyValue("d2", "e2", "Minsk")],
                       "unverified: ...", "unverified")
    cluster = Cluster(id="c1", type="ASSAULT", mode=None, events=["e1", "e2"], documents=["d1", "d2"],
                      summary="Pakistan shoots down Indian jets", date="2019-02-27", discrepancies=[disputed],
                      scope_notes=[note])
    actors = [Actor(id="a_pk", name="Pakistan", kind="country"), Actor(id="a_in", name="India", kind="country")]
    data = contract(CorpusResult(documents=docs, actors=actors, events=events, quantities=[q1, loose],
                                 clusters=[cluster]))
    assert validate_contract(data) == []
    kinds = [(f["kind"], f["doc"], f["event"]) for f in data["facts"]]
    assert ("date", "d1", "e1") in kinds and ("count", "d1", "e1") in kinds
    assert ("count", "d2", None) in kinds  # a count no event carries is a fact too
    assert kinds.count(("count", "d1", "e1")) == 1  # the event's count is not listed twice
    count = next(f for f in data["facts"] if f["kind"] == "count" and f["event"] == "e1")
    assert count["value"] == 2 and count["counted"] == "jets" and count["attributed_to"] == "a_pk"
    assert next(f for f in data["facts"] if f["event"] == "e2")["polarity"] == "denied"
    top = data["discrepancies"]
    assert [(d["kind"], d["flag"], d["cluster"]) for d in top] == [("disputed", True, "c1"), ("unverified", False, "c1")]
    assert [v["attributed_to"] for v in top[0]["values"]] == ["a_pk", "a_in"]
    assert data["clusters"][0]["discrepancies"][0]["kind"] == "disputed"  # v1 place kept
