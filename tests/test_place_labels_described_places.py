"""Descriptions of places land on the place (issue 18 item 6, labels): an apposition, "the
... region of X" and "the worst-hit X district". Texts written for this test."""

from __future__ import annotations

import pytest


def _labels(analyze, text: str) -> list[tuple[str, str, str]]:
    a = analyze(text, published="2025-03-01")
    actors = {x.id: x for x in a.actors}
    for lab in a.labels:
        assert text[lab.span[0] : lab.span[1]] == lab.label
    return [(actors[lab.actor].name, actors[lab.actor].kind, lab.label) for lab in a.labels]


@pytest.mark.parametrize(
    ("text", "place", "label"),
    [
        ("The tremor was felt most in Korvath, the country's third-largest city, where walls fell.",
         "Korvath", "the country's third-largest city"),
        ("Shelling hit villages in the contested mountain region of Vardessa on Monday.",
         "Vardessa", "the contested mountain region"),
        ("Nine deaths were reported in the worst-hit Tirelli district, officials said.",
         "Tirelli", "the worst-hit Tirelli district"),
        ("Power failed in Dunmarra, the industrial capital with a population of two million.",
         "Dunmarra", "the industrial capital"),
    ],
)
def test_place_labels_land_on_the_place(analyze, text, place, label):
    assert (place, "other", label) in _labels(analyze, text)


def test_place_labels_a_larger_place_is_no_description(analyze):
    text = "Rain fell on Korvath, Vardessa Region, and on the coast."
    assert not [x for x in _labels(analyze, text) if x[2] == "Vardessa Region"]


def test_place_labels_place_is_never_an_event_participant(analyze):
    a = analyze("An earthquake struck Korvath, the country's third-largest city, on Friday.", published="2025-03-01")
    places = {x.id for x in a.actors if x.name == "Korvath"}
    assert places, "the described place is an actor"
    assert not [e for e in a.events if places & {*e.actor, *e.recipient}]
