"""End to end on the two seed articles: the foundation's "done when", through the real CLI.

`counterpoint analyze ../shared/corpus/seeds --json out.json --report report.html` must give
contract-valid JSON in which the Kellogg–Lukashenko meeting is one cluster with a date
discrepancy 2025-06-21 vs 2025-06-20, Coale's meeting and the 66-prisoner release are found,
Kellogg's quotes have Kellogg as speaker, and "political" / "bloody regime" are scare quotes.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from counterpoint.cli import main
from counterpoint.export.validate import validate_contract


@pytest.fixture(scope="module")
def seeds_run(tmp_path_factory, seeds_dir):
    out = tmp_path_factory.mktemp("seeds")
    runner = CliRunner()
    res = runner.invoke(main, ["analyze", str(seeds_dir), "--db", str(out / "s.duckdb"),
                               "--json", str(out / "out.json"), "--report", str(out / "report.html")])
    assert res.exit_code == 0, res.output
    data = json.loads((out / "out.json").read_text(encoding="utf-8"))
    return data, (out / "report.html").read_text(encoding="utf-8"), res.output


def _doc(data, stem):
    return next(d for d in data["documents"] if stem in d["source"])


def _actor(data, surname):
    return [a for a in data["actors"] if any(surname in x for x in [a["name"], *a["aliases"]])]


def test_pipeline_seeds_contract_valid(seeds_run):
    data, _, output = seeds_run
    assert validate_contract(data) == []
    assert "2 documents" in output


def test_pipeline_seeds_publication_years_inferred(seeds_run):
    data, _, _ = seeds_run
    d002 = _doc(data, "002_")
    assert d002["published"] == "2025-07-10" and d002["published_from"] == "inferred"
    assert d002["authors"] == ["Paul Hansbury"]
    assert "8 min read" not in d002["text"]


def test_pipeline_seeds_lukashenko_one_actor(seeds_run):
    data, _, _ = seeds_run
    luka = [a for a in data["actors"] if a["kind"] == "person" and any(
        x.startswith("Lukashenk") or " Lukashenk" in x for x in [a["name"], *a["aliases"]])]
    assert len(luka) == 1, luka
    names = " ".join([luka[0]["name"], *luka[0]["aliases"]])
    assert "Lukashenko" in names and "Lukashenka" in names


def test_pipeline_seeds_kellogg_meeting_cluster_with_date_conflict(seeds_run):
    data, _, _ = seeds_run
    d000, d002 = _doc(data, "000_")["id"], _doc(data, "002_")["id"]
    (kellogg,) = _actor(data, "Kellogg")
    events = {e["id"]: e for e in data["events"]}
    meeting = [c for c in data["clusters"] if c["type"] == "CONSULT" and {d000, d002} <= set(c["documents"])
               and any(kellogg["id"] in events[e]["actor"] for e in c["events"])]
    assert len(meeting) == 1, meeting
    dates = [d for d in meeting[0]["discrepancies"] if d["field"] == "date"]
    assert len(dates) == 1
    values = {v["doc"]: v["value"] for v in dates[0]["values"]}
    assert values == {d000: "2025-06-21", d002: "2025-06-20"}


def test_pipeline_seeds_coale_meeting_and_release_found(seeds_run):
    data, _, _ = seeds_run
    d000 = _doc(data, "000_")["id"]
    (coale,) = _actor(data, "Coale")
    assert any(e["type"] == "CONSULT" and coale["id"] in e["actor"] and (e["date"] or {}).get("value") == "2025-09-11"
               for e in data["events"] if e["doc"] == d000)
    assert any(e["type"] == "RETREAT" and e["mode"] == "release" and (e["quantity"] or {}).get("value") == 66
               for e in data["events"] if e["doc"] == d000)


def test_pipeline_seeds_kellogg_quotes_and_scare_quotes(seeds_run):
    data, _, _ = seeds_run
    d000 = _doc(data, "000_")["id"]
    (kellogg,) = _actor(data, "Kellogg")
    kq = [q for q in data["quotes"] if q["doc"] == d000 and q["speaker"] == kellogg["id"]]
    assert len(kq) >= 5
    scare = {q["text"] for q in data["quotes"] if q["kind"] == "scare"}
    assert {"political", "bloody regime"} <= scare


def test_pipeline_seeds_report_shows_conflict_labels_quotes(seeds_run):
    _, html, _ = seeds_run
    for needle in ("2025-06-21", "2025-06-20", "country’s President", "that country&#39;s leader", "bloody regime"):
        assert needle in html, needle
