"""Counts compared per counted thing and predicate family, whoever's event carries them.

"230 passengers and 12 crew" vs "232 passengers and 10 crew" are two conflicts; a toll that
rose between reports published on different days is an update; a count a cited source gives
is disputed, not a conflict; "241 died" and "242 on board" count different things.
"""

from __future__ import annotations

import pytest

from counterpoint.align.discrepancies import find_discrepancies
from counterpoint.nlp import get_nlp
from counterpoint.nlp.facts import is_count
from counterpoint.nlp.pipeline import make_doc
from counterpoint.records import Actor, Cluster, Document, Event, Quantity


def q(doc: str, value: int, unit: str, family: str | None, source: str | None = None, start: int = 0) -> Quantity:
    out = Quantity(doc, value, unit, False, f"{value} {unit}", (start, start + 5))
    out.predicate, out.attributed_to = family, source
    return out


def ev(doc: str, counts: list[Quantity], n: int = 0) -> Event:
    return Event(id=f"{doc}_e{n}", doc=doc, type=None if False else "ASSAULT", mode=None, actor=["a_x"],
                 recipient=["a_y"], trigger="crashed", span=(0, 5), sentence="s", counts=counts)


def run(events: list[Event], published: dict[str, str] | None = None):
    published = published or {}
    docs = {e.doc: Document(e.doc, "<t>", e.doc.upper(), "text", published=published.get(e.doc, "2025-06-12"))
            for e in events}
    cl = Cluster(id="c", type="ASSAULT", mode=None, events=[e.id for e in events],
                 documents=sorted(docs), summary="", date=None)
    actors = {i: Actor(i, i.upper(), "person") for i in ("a_x", "a_y")}
    actors.update({"a_pk": Actor("a_pk", "Pakistan", "country", country="PAK"),
                   "a_in": Actor("a_in", "India", "country", country="IND")})
    return find_discrepancies(cl, {e.id: e for e in events}, docs, actors)


def test_facts_counts_each_counted_thing_compared():
    flags, _ = run([ev("d1", [q("d1", 230, "passengers", "aboard"), q("d1", 12, "crew", "aboard", start=9)]),
                    ev("d2", [q("d2", 232, "passengers", "aboard"), q("d2", 10, "crew", "aboard", start=9)])])
    assert sorted((d.field, d.kind, tuple(sorted(v.value for v in d.values))) for d in flags) == [
        ("quantity", "conflict", ("10 crew", "12 crew")),
        ("quantity", "conflict", ("230 passengers", "232 passengers")),
    ]
    assert all("cannot both be true" in d.note for d in flags)


@pytest.mark.parametrize(
    ("a", "b", "published", "expected"),
    [
        # one toll, two days, the later report higher: an update
        (q("d1", 144, "people", "killed"), q("d2", 1002, "people", "killed"), {"d1": "2025-03-28", "d2": "2025-03-29"},
         []),
        # one toll, one day, both outlets asserting: still an update (tolls climb by the hour)
        (q("d1", 144, "people", "killed"), q("d2", 1002, "people", "killed"), {}, []),
        # two sides' tolls: a dispute, whatever the day
        (q("d1", 26, "people", "killed", "a_pk"), q("d2", 0, "people", "killed", "a_in"), {"d2": "2025-05-08"},
         [("quantity", "disputed")]),
        # two governments' counts: disputed
        (q("d1", 2, "jets", "downed", "a_pk"), q("d2", 1, "jets", "downed", "a_in"), {}, [("quantity", "disputed")]),
        # the dead and those aboard are different counts
        (q("d1", 241, "people", "killed"), q("d2", 242, "people", "aboard"), {}, []),
        # a count with no known predicate that is not the event's argument is not compared
        (q("d1", 3, "villages", None), q("d2", 5, "villages", None), {}, []),
        # a toll that falls in the next day's report is no update: 2 captured, then 1
        (q("d1", 2, "pilots", "detained"), q("d2", 1, "pilots", "detained"), {"d1": "2025-02-27", "d2": "2025-02-28"},
         [("quantity", "conflict")]),
        # ... but the missing do fall as they are found
        (q("d1", 30, "people", "missing"), q("d2", 12, "people", "missing"), {"d1": "2025-02-27", "d2": "2025-02-28"}, []),
        # ... and a later denial is left to the sources' dispute, not read as a falling toll
        (q("d1", 6, "people", "injured"), Quantity("d2", 0, "injuries", False, "no injuries", (0, 5),
                                                   qualifier="none", predicate="injured"),
         {"d1": "2025-02-27", "d2": "2025-02-28"}, []),
    ],
    ids=["toll-update", "toll-same-day", "two-sides-tolls", "two-governments", "dead-vs-aboard", "unknown-predicate",
         "toll-falls-next-day", "missing-fall", "later-denial"],
)
def test_facts_counts_kinds(a, b, published, expected):
    flags, _ = run([ev("d1", [a]), ev("d2", [b])], published)
    assert [(d.field, d.kind) for d in flags] == expected


def test_facts_counts_a_document_with_two_values_is_left_out():
    flags, _ = run([ev("d1", [q("d1", 2, "jets", "downed"), q("d1", 1, "jets", "downed", start=20)]),
                    ev("d2", [q("d2", 3, "jets", "downed")])])
    assert flags == []


@pytest.mark.parametrize(
    ("text", "count", "family", "attributed"),
    [
        ("The plane took off from Ostra with 230 passengers and 12 crew on board.", "230 passengers", "aboard", False),
        ("The plane took off from Ostra with 230 passengers and 12 crew on board.", "12 crew", "aboard", False),
        ("The crash killed 241 people in Ostra on Thursday.", "241 people", "killed", False),
        ("General Ivo Brenner said his forces had shot down two Nordmark jets.", "two Nordmark jets", "downed", True),
        ("Forces shot down two Nordmark jets over Ostra.", "two Nordmark jets", "downed", False),
        ("Police detained 40 protesters in Velgrad on Tuesday.", "40 protesters", "detained", False),
        # places of a strike: the noun says they were struck, whatever verb or family word is near
        ("Drones destroyed 30 Nordmark jets located at four airfields.", "four airfields", "struck", False),
        ("Ostra has carried out drone strikes on two Nordmark airbases.", "two Nordmark airbases", "struck", False),
    ],
)
def test_facts_counts_predicate_family_and_source(text, count, family, attributed):
    nlp = get_nlp()
    doc = nlp(make_doc(nlp, Document("d", "<t>", "o", text, published="2025-06-13")))
    found = {x.text: x for x in doc._.cp_quantities}
    assert count in found, list(found)
    assert found[count].predicate == family
    assert (found[count].attributed_to is not None) == attributed


@pytest.mark.parametrize(("unit", "counted"), [("passengers", True), ("seconds", False), ("storeys", False),
                                                ("per cent", False), ("crew", True), (None, False)])
def test_facts_counts_measures_are_not_counts(unit, counted):
    assert is_count(Quantity("d", 3, unit, False, "3", (0, 1))) is counted
