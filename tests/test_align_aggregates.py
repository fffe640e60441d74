"""Aggregate and part cues read where they speak (align/aggregates.py): a sentence-wide cue
("in total", "so far") marks every count of its sentence; "including", "of whom", "another"
mark only the count right after them, and "more than" is a bound, not an increment. Read
anywhere in the sentence, they had turned real conflicts into scope.

Sentences written for these tests."""

from __future__ import annotations

import pytest

from counterpoint.align.aggregates import aggregate_cue
from counterpoint.align.discrepancies import find_discrepancies
from counterpoint.records import Cluster, Document, Event, Quantity


def event(sentence: str, count: str, value: int, unit: str, doc: str = "d1", family: str | None = "killed") -> Event:
    at = sentence.find(count)
    q = Quantity(doc, value, unit, False, count, (at, at + len(count)), predicate=family)
    return Event(id=f"{doc}_e", doc=doc, type="ASSAULT", mode=None, actor=["a_x"], recipient=["a_y"],
                 trigger="killed", span=(0, 5), sentence=sentence, sentence_span=(0, len(sentence)), quantity=q)


@pytest.mark.parametrize(
    ("sentence", "count", "value", "unit", "marked"),
    [
        ("The strike killed 78 people, including senior officers, the envoy said.", "78 people", 78, "people", False),
        ("At least 60 people died, including 20 children.", "20 children", 20, "children", True),
        ("Officials said that more than 40 aircraft were destroyed.", "40 aircraft", 40, "aircraft", False),
        ("Jets shot down two warplanes and captured two pilots, of whom one was hurt.", "two warplanes", 2,
         "warplanes", False),
        ("The debris of another 3 drones was found near the border.", "3 drones", 3, "drones", True),
        ("Authorities freed 20 more prisoners on Friday.", "20", 20, "prisoners", True),
        ("In total 66 prisoners were freed after both visits.", "66 prisoners", 66, "prisoners", True),
        ("So far the quake has killed 144 people, officials said.", "144 people", 144, "people", True),
    ],
    ids=["including-after-the-whole", "including-before-the-part", "more-than-is-a-bound", "of-whom-elsewhere",
         "another-before", "n-more", "in-total", "so-far"],
)
def test_align_aggregates_cue_speaks_for_its_count(sentence, count, value, unit, marked):
    assert aggregate_cue(event(sentence, count, value, unit)) is marked


def test_align_aggregates_whole_with_its_parts_still_conflicts():
    """6 jets downed (with "including" after them) against 4: a conflict, not a scope note."""
    a = event("Air defences shot down 6 jets, including two bombers.", "6 jets", 6, "jets", doc="d1", family="downed")
    b = event("Air defences shot down 4 jets.", "4 jets", 4, "jets", doc="d2", family="downed")
    docs = {d: Document(d, "<t>", d.upper(), "text", published="2025-06-13") for d in ("d1", "d2")}
    cl = Cluster(id="c", type="ASSAULT", mode=None, events=[a.id, b.id], documents=["d1", "d2"], summary="", date=None)
    flags, _ = find_discrepancies(cl, {a.id: a, b.id: b}, docs)
    assert [(d.field, d.kind) for d in flags] == [("quantity", "conflict")]


def test_align_aggregates_measures_are_not_compared_as_counts():
    """"a 90-year-old" and "four years of war" are two spans of time, never one counted thing."""
    a = event("A 90 year old woman was rescued on Friday.", "90 year", 90, "year", doc="d1", family=None)
    b = event("The quake compounded 4 years of war.", "4 years", 4, "years", doc="d2", family=None)
    docs = {d: Document(d, "<t>", d.upper(), "text", published="2025-03-29") for d in ("d1", "d2")}
    cl = Cluster(id="c", type="ASSAULT", mode=None, events=[a.id, b.id], documents=["d1", "d2"], summary="", date=None)
    flags, _ = find_discrepancies(cl, {a.id: a, b.id: b}, docs)
    assert flags == []
