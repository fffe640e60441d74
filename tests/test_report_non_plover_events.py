"""Events with no PLOVER category (a crash, an earthquake) are shown by their general kind in
the report and the app, never as "None", and do not break sorting."""

from __future__ import annotations

import re

from counterpoint.ingest import read_text
from counterpoint.pipeline import analyze_into_store
from counterpoint.report.html import render_report
from counterpoint.report.model import build_view
from counterpoint.store import Store

TEXTS = [
    ("Wire A", "A passenger plane crashed into a hostel in Ostra on Thursday, killing 40 people. "
               "Police detained two men near the airport on Thursday."),
    ("Daily B", "The plane crashed into a hostel in Ostra on Thursday with 42 people on board."),
]


def test_report_non_plover_events_show_their_kind():
    docs = [read_text(t, outlet=o, published="2025-06-13", title=f"{o} report") for o, t in TEXTS]
    with Store.open(":memory:") as store:
        analyze_into_store(store, docs, workers=1)
        result = store.load_result()
    assert any(e.type is None and e.kind == "accident" for e in result.events)
    view = build_view(result)
    assert "accident" in view["event_types"] and None not in view["event_types"]
    assert all(row["type"] for row in view["clusters"])
    html = render_report(result)
    assert not re.search(r"<td>None</td>", html)


def test_report_kinds_shown_apart_and_only_conflicts_say_cannot_both_be_true():
    """Each kind of difference is labelled as itself in the report; a dispute says who asserts
    each value; an unverified difference sits with the notes, never under the flags."""
    from counterpoint.records import (
        Actor,
        Cluster,
        CorpusResult,
        Discrepancy,
        DiscrepancyValue,
        Document,
        Event,
    )

    docs = [Document(id=f"d{i}", source=f"{i}.txt", outlet=f"Outlet {i}", text="x" * 60) for i in (1, 2)]
    events = [Event(id=f"e{i}", doc=f"d{i}", type="ASSAULT", mode=None, actor=["a_pk"], recipient=["a_in"],
                    trigger="shot", span=(0, 10), sentence=f"sentence {i}", sentence_span=(0, 20)) for i in (1, 2)]
    disputed = Discrepancy("quantity", [DiscrepancyValue("d1", "e1", "2 jets", "sentence 1", (0, 20), "a_pk"),
                                        DiscrepancyValue("d2", "e2", "1 jets", "sentence 2", (0, 20), None)],
                           "disputed: the sources disagree", "disputed")
    unverified = Discrepancy("location", [DiscrepancyValue("d1", "e1", "the Palace"), DiscrepancyValue("d2", "e2", "Ostra")],
                             "unverified: a place counterpoint does not know", "unverified")
    cluster = Cluster(id="c1", type="ASSAULT", mode=None, events=["e1", "e2"], documents=["d1", "d2"],
                      summary="Pakistan shoots India", date=None, discrepancies=[disputed], scope_notes=[unverified])
    result = CorpusResult(documents=docs, events=events, clusters=[cluster],
                          actors=[Actor("a_pk", "Pakistan Army", "org"), Actor("a_in", "India", "country")])
    view = build_view(result)
    assert [d["kind"] for d in view["discrepancies"]] == ["disputed"]
    assert [d["kind"] for d in view["scope_notes"]] == ["unverified"]
    assert [v["source"] for v in view["discrepancies"][0]["values"]] == ["Pakistan Army", "the outlet itself"]
    html = render_report(result)
    assert 'class="kind disputed">disputed: named sources disagree' in html
    assert 'class="kind unverified">not verified: cannot tell whether these conflict' in html
    flags_table = html.split('id="discrepancies"')[1].split('id="scope"')[0].split('<table class="disc">')[1]
    assert "cannot both be true" not in flags_table
