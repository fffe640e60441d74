"""Dates through the cluster: an undated report of an event takes the date other outlets give
it, marked inferred, never flagged, and the "gives no date" omission goes away."""

from __future__ import annotations

import pytest

from counterpoint.ingest import read_text
from counterpoint.pipeline import analyze_into_store
from counterpoint.store import Store

DATED = ("Prime Minister Ana Kovac met President Ivo Brenner in Ostra on 21 June 2025. "
         "The two leaders discussed the border.")
UNDATED = ("President Ivo Brenner met Prime Minister Ana Kovac in Ostra. "
           "They discussed the border and trade.")
OTHER_DAY = ("Prime Minister Ana Kovac met President Ivo Brenner in Ostra on 20 June 2025. "
             "The two leaders discussed the border.")


def _run(*texts: tuple[str, str]):
    docs = [read_text(t, outlet=o, published="2025-06-23", title=f"{o} report") for o, t in texts]
    with Store.open(":memory:") as store:
        analyze_into_store(store, docs, workers=1)
        return store.load_result()


def _meeting(result):
    return next(c for c in result.clusters if c.type == "CONSULT" and len(set(c.documents)) >= 2)


def test_cluster_dates_undated_mention_takes_the_cluster_date():
    result = _run(("Wire A", DATED), ("Daily B", UNDATED))
    c = _meeting(result)
    b = next(d.id for d in result.documents if d.outlet == "Daily B")
    ev = next(e for e in result.events if e.id in c.events and e.doc == b)
    assert ev.date is not None and ev.date.value == "2025-06-21" and ev.date_from == "cluster"
    assert ev.id in c.dated_from_cluster
    assert not [d for d in c.discrepancies if d.field == "date"]
    assert not [o for o in result.omissions if o.doc == b and o.what == "date"]


def test_cluster_dates_nothing_inferred_when_outlets_disagree():
    result = _run(("Wire A", DATED), ("Daily B", UNDATED), ("Paper C", OTHER_DAY))
    c = _meeting(result)
    assert [d.kind for d in c.discrepancies if d.field == "date"] == ["conflict"]
    assert c.dated_from_cluster == []
    b = next(d.id for d in result.documents if d.outlet == "Daily B")
    assert all(e.date_from != "cluster" for e in result.events if e.doc == b)


@pytest.mark.parametrize(("source", "compared"), [(None, True), ("document", True), ("cluster", False),
                                                ("published", False), ("dateline", False)])
def test_cluster_dates_only_asserted_dates_are_compared(source, compared):
    from counterpoint.align.discrepancies import _date_value
    from counterpoint.records import DateValue, Event

    e = Event(id="e", doc="d", type="CONSULT", mode=None, actor=[], recipient=[], trigger="met", span=(0, 1),
              sentence="s", date=DateValue("2025-06-21", "", "day"), date_from=source)
    assert (_date_value(e) is not None) is compared
