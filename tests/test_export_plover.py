"""PLOVER export validates against the JSON schema written from the codebook."""

from __future__ import annotations

import json

import jsonschema
import pytest
from click.testing import CliRunner

from counterpoint.cli import main
from counterpoint.export.plover import plover_records, schema
from counterpoint.records import Actor, CorpusResult, DateValue, Document, Event, Mention


def _result() -> CorpusResult:
    d = Document(id="d1", source="a.txt", outlet="Wire", text="Kellogg visited Minsk on 21 June.", published="2025-06-22")
    e = Event(id="ev1", doc="d1", type="CONSULT", mode="visit", actor=["a1"], recipient=["a2"], trigger="visited",
              span=(0, 32), sentence=d.text, location="Minsk", negated=False, hypothetical=True, attributed_to="a1",
              date=DateValue(value="2025-06-21", text="21 June", precision="day"))
    return CorpusResult(documents=[d], events=[e],
                        actors=[Actor(id="a1", name="Keith Kellogg", kind="person", country="USA"),
                                Actor(id="a2", name="Belarus", kind="country", country="BLR")],
                        mentions=[Mention(doc="d1", actor="a1", text="Kellogg", span=(0, 7))])


def test_export_plover_records_valid():
    recs = plover_records(_result())
    for r in recs:
        jsonschema.validate(r, schema())
    r = recs[0]
    assert r["event"] == ["CONSULT"] and r["mode"] == ["visit"] and r["date"] == "2025-06-21"
    assert r["actor"][0]["raw_text"] == "Kellogg" and r["actor"][0]["entity_name"] == "Keith Kellogg"
    assert r["recipient"][0]["country_name"] == "Belarus" and r["event_loc"] == {"name": "Minsk"}
    assert "hypothetical" in r["comment"] and "Keith Kellogg" in r["comment"]


@pytest.mark.parametrize("broken", [{"event": ["CHAT"]}, {"actor": [{"code": "USA"}]}, {"date": "21 June"}])
def test_export_plover_schema_rejects_invalid(broken):
    rec = plover_records(_result())[0] | broken
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(rec, schema())


def test_export_plover_cli_on_seeds_validates(seeds_dir, tmp_path):
    runner = CliRunner()
    db = str(tmp_path / "p.duckdb")
    assert runner.invoke(main, ["analyze", str(seeds_dir), "--db", db]).exit_code == 0
    out = tmp_path / "events.jsonl"
    res = runner.invoke(main, ["export", "--format", "plover", "--db", db, "--out", str(out)])
    assert res.exit_code == 0, res.output
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines
    for line in lines:
        jsonschema.validate(json.loads(line), schema())


def test_export_plover_keeps_only_plover_events():
    """A crash (type None, kind accident) has no PLOVER category: it stays out of the PLOVER
    export but is in the contract JSON, which validates."""
    from counterpoint.export.contract import contract
    from counterpoint.export.validate import validate_contract

    res = _result()
    crash = Event(id="ev2", doc="d1", type=None, mode=None, actor=[], recipient=[], trigger="crashed",
                  span=(0, 10), sentence=res.documents[0].text or "", kind="accident", confidence=0.6)
    res.events.append(crash)
    assert [r["id"] for r in plover_records(res)] == ["ev1"]
    data = contract(res)
    assert validate_contract(data) == []
    exported = next(e for e in data["events"] if e["id"] == "ev2")
    assert exported["type"] is None and exported["kind"] == "accident" and exported["confidence"] == 0.6


@pytest.mark.parametrize("bad", [{"kind": "picnic"}, {"confidence": 1.5}, {"type": None, "kind": None}])
def test_export_plover_contract_rejects_bad_event_fields(bad):
    from counterpoint.export.contract import contract
    from counterpoint.export.validate import validate_contract

    data = contract(_result())
    data["events"][0] |= bad
    assert validate_contract(data) != []
