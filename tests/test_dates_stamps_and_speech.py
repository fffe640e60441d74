"""Dates that do not date an event: a publication stamp, and a date on the verb of saying.

A page that opens "date 2025-08-16 ANCHORAGE: ..." says when it was published, not when the
summit was; "Trump said Thursday that his summit produced headway" dates the saying. Both
produced false date conflicts on real coverage.
"""

from __future__ import annotations

import pytest

from counterpoint import analyze_text


@pytest.mark.parametrize("stamp", ["date 2025-08-16", "Published: 16 August 2025", "Updated 2025-08-16"])
def test_dates_publication_stamp_is_no_event_date(stamp):
    a = analyze_text(f"{stamp} OSTRA: Prime Minister Ana Kovac met President Ivo Brenner in Ostra.",
                     published="2025-08-16")
    stamps = [d for d in a.dates if d.kind == "stamp"]
    assert stamps, [(d.text, d.kind) for d in a.dates]
    assert all(e.date is None or e.date_from is not None for e in a.events), "the stamp dated an event"


def test_dates_a_date_on_saying_does_not_date_a_reported_event_noun():
    a = analyze_text("President Ivo Brenner said Thursday that his summit with Ana Kovac produced some headway.",
                     published="2025-08-16")
    summit = next(e for e in a.events if e.trigger == "summit")
    assert summit.date is None or summit.date_from is not None


def test_dates_a_date_on_saying_dates_a_claimed_act():
    a = analyze_text("Nordland on Sunday said it shot down two Kestovian jets.", published="2025-06-23")
    shot = next(e for e in a.events if e.trigger == "shot")
    assert shot.date is not None and shot.date.value == "2025-06-22" and shot.date_from is None


def test_merge_maps_count_sources_to_global_actors():
    from counterpoint.align.merge import apply_actor_map
    from counterpoint.records import DocAnalysis, Document, Event, Quantity

    q = Quantity("d", 2, "jets", False, "two jets", (0, 8), attributed_to="la_1")
    e = Event(id="e", doc="d", type="ASSAULT", mode=None, actor=["la_1"], recipient=[], trigger="shot",
              span=(0, 1), sentence="s", counts=[Quantity("d", 2, "jets", False, "two jets", (0, 8),
                                                          attributed_to="la_1")])
    r = apply_actor_map([DocAnalysis(document=Document("d", "s", "o", "t"), events=[e], quantities=[q])],
                        {"la_1": "actor_g"})
    assert r.quantities[0].attributed_to == "actor_g" and r.events[0].counts[0].attributed_to == "actor_g"
