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
    assert data["counterpoint"]["version"] == 1


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
