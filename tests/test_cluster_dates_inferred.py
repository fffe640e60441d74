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
                                                ("published", False), ("narrative", False),
                                                ("dateline", False)])
def test_cluster_dates_only_asserted_dates_are_compared(source, compared):
    from counterpoint.align.discrepancies import _date_value
    from counterpoint.records import DateValue, Event

    e = Event(id="e", doc="d", type="CONSULT", mode=None, actor=[], recipient=[], trigger="met", span=(0, 1),
              sentence="s", date=DateValue("2025-06-21", "", "day"), date_from=source)
    assert (_date_value(e) is not None) is compared


def _member(eid: str, doc: str, value: str | None, source: str | None):
    from counterpoint.records import DateValue, Event

    date = DateValue(value, "", "day") if value else None
    return Event(id=eid, doc=doc, type="CONSULT", mode=None, actor=[], recipient=[], trigger="summit", span=(0, 6),
                 sentence="s", date=date, date_from=source)


@pytest.mark.parametrize(("published", "inferred"), [
    ("2025-08-16", False),  # told on the 16th as past: cannot be the meeting of the 18th
    ("2025-08-17", True),  # a day apart: time zones can do that
    ("2025-08-18", True),
    ("2025-08-20", True),  # reported after the meeting
])
@pytest.mark.parametrize("guess", ["published", "narrative"])
def test_cluster_dates_past_report_takes_no_date_after_it_appeared(published, inferred, guess):
    from counterpoint.align.cluster_dates import infer_cluster_dates
    from counterpoint.records import Cluster

    dated = _member("a", "doc_a", "2025-08-18", None)  # "will meet on Monday"
    guessed = _member("b", "doc_b", published, guess)  # "his summit produced headway"
    events = {e.id: e for e in (dated, guessed)}
    c = Cluster(id="c", type="CONSULT", mode=None, events=["a", "b"], documents=["doc_a", "doc_b"], summary="",
                date="2025-08-18")
    assert ("b" in infer_cluster_dates(c, events)) is inferred


def test_cluster_dates_undated_mention_still_takes_a_later_date():
    """The rule reads only the publication-day guess: a mention with no date at all (a
    future "the planned summit") still takes the cluster's date."""
    from counterpoint.align.cluster_dates import infer_cluster_dates
    from counterpoint.records import Cluster

    events = {"a": _member("a", "doc_a", "2025-08-18", None), "b": _member("b", "doc_b", None, None)}
    c = Cluster(id="c", type="CONSULT", mode=None, events=["a", "b"], documents=["doc_a", "doc_b"], summary="",
                date="2025-08-18")
    assert infer_cluster_dates(c, events) == ["b"]
