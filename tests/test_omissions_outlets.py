"""find_omissions: silent documents per cluster, missing events/facts/quotes per outlet."""

from __future__ import annotations

import pytest

from counterpoint.align.omissions import find_omissions, is_newsworthy
from counterpoint.records import (
    Actor,
    Cluster,
    CorpusResult,
    DateValue,
    Document,
    Event,
    Quantity,
    Quote,
    Story,
)


def ev(
    i, d, *, date=None, qty=None, actor=("a_c",), recipient=("a_l",), negated=False, typ="CONSULT"
) -> Event:
    dv = DateValue(date, date, "day") if date else None
    q = Quantity(d, qty, "prisoners", False, f"{qty} prisoners", (0, 1)) if qty else None
    return Event(
        i,
        d,
        typ,
        "visit",
        list(actor),
        list(recipient),
        "met",
        (0, 1),
        "s",
        date=dv,
        quantity=q,
        negated=negated,
    )


def cl(cid, summary, *events, date=None) -> Cluster:
    return Cluster(
        cid, "CONSULT", "visit", [e.id for e in events], sorted({e.doc for e in events}), summary, date
    )


def corpus(events, clusters, stories=None, quotes=()):
    docs = [
        Document(d, "<t>", o, "text")
        for d, o in (("d1", "State Wire"), ("d2", "Independent Monitor"), ("d3", "Regional Daily"))
    ]
    actors = [
        Actor("a_c", "John Coale", "person"),
        Actor("a_l", "Alexander Lukashenko", "person"),
        Actor("a_k", "Keith Kellogg", "person"),
    ]
    return CorpusResult(
        documents=docs,
        actors=actors,
        events=list(events),
        clusters=list(clusters),
        stories=stories or [],
        quotes=list(quotes),
    )


def test_event_omission_with_description():
    shared = [ev("e1", "d1", date="2025-06-21"), ev("e2", "d2", date="2025-06-21"), ev("e3", "d3")]
    visit = ev("e4", "d1", date="2025-09-11")
    c1 = cl("c1", "Keith Kellogg meets Alexander Lukashenko", *shared)
    c2 = cl("c2", "John Coale meets Alexander Lukashenko", visit, date="2025-09-11")
    res = corpus([*shared, visit], [c1, c2])
    om = find_omissions(res)
    events = [o for o in om if o.what == "event"]
    assert {(o.doc, o.cluster) for o in events} == {("d2", "c2"), ("d3", "c2")}
    o = next(o for o in events if o.doc == "d2")
    assert o.outlet == "Independent Monitor" and o.reported_by == ["d1"]
    assert o.description == "John Coale meets Alexander Lukashenko (2025-09-11), reported by State Wire"
    assert c2.silent == ["d2", "d3"] and c1.silent == []
    dates = [o for o in om if o.what == "date"]
    assert [(o.doc, o.cluster) for o in dates] == [("d3", "c1")]


@pytest.mark.parametrize(
    ("event", "newsworthy"),
    [
        (ev("e1", "d1", date="2025-09-11"), True),
        (ev("e1", "d1"), False),
        (ev("e1", "d1", date="2025-09-11", negated=True), False),
        (ev("e1", "d1", qty=14, recipient=()), True),
        (ev("e1", "d1", date="2025-09-11", actor=()), False),
        (ev("e1", "d1", date="2020", actor=(), recipient=(), typ="PROTEST"), True),
        (ev("e1", "d1", date="PAST_REF", actor=(), recipient=(), typ="PROTEST"), False),
    ],
    ids=["dated-who-whom", "bare-verb", "negated", "counted", "no-actor", "dated-mass-event", "not-a-date"],
)
def test_newsworthy_rule(event, newsworthy):
    c = cl("c", "s", event)
    assert is_newsworthy(c, {event.id: event}) is newsworthy
    om = find_omissions(corpus([event], [c]))
    assert any(o.what == "event" for o in om) is newsworthy


def test_only_within_story():
    e1, e2 = ev("e1", "d1", date="2025-09-11"), ev("e2", "d3", date="2024-01-02")
    c1, c2 = cl("c1", "A", e1), cl("c2", "B", e2)
    c1.story, c2.story = "s1", "s2"
    stories = [Story("s1", "A", ["d1", "d2"], ["c1"]), Story("s2", "B", ["d3"], ["c2"])]
    om = find_omissions(corpus([e1, e2], [c1, c2], stories))
    assert [(o.doc, o.cluster) for o in om if o.what == "event"] == [("d2", "c1")]
    assert c2.silent == [] and c1.silent == ["d2"]


def test_actor_quantity_and_quote_omissions():
    e1 = ev("e1", "d1", qty=66, actor=("a_c", "a_k"))
    e2 = ev("e2", "d2", date="2025-06-21")
    c = cl("c1", "Prisoners released", e1, e2)
    c.story = "s"
    quotes = [Quote("q1", "d1", "a_k", "Kellogg", "direct", "We are ready.", (0, 5))]
    om = find_omissions(corpus([e1, e2], [c], [Story("s", "t", ["d1", "d2"], ["c1"])], quotes))
    got = {(o.doc, o.what) for o in om}
    assert (
        ("d2", "quantity") in got
        and ("d1", "date") in got
        and ("d2", "actor") in got
        and ("d2", "quote") in got
    )
    actor_om = next(o for o in om if o.what == "actor")
    assert "Keith Kellogg" in actor_om.description
    assert next(o for o in om if o.what == "quote").reported_by == ["d1"]
