"""cp_events flags from context: hypothetical (envisioned, infinitives of possibility, drills,
"can", complements of "imply"), negation, and attribution to a quotation's speaker."""

from __future__ import annotations

import pytest


def _event(a, trigger: str):
    return next(e for e in a.events if e.trigger == trigger)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "One of the instruments he envisions is a trilateral meeting of the presidents of Latvia and Estonia.",
            "meeting",
        ),
        (
            'Viktor Orban said: "I think the time has come for us to begin consultations with Kyiv."',
            "consultations",
        ),
        ("The minister cannot resume his old pretence of offering Serbia as a neutral platform.", "offering"),
        (
            "The Bundeswehr held manoeuvres, practising the transfer of troops and the suppression of riots by Polish police.",
            "suppression",
        ),
        ("It implied that the US recognises Maduro as the legitimate head of state.", "recognises"),
        ('Angela Merkel said: "If he releases one prisoner, he will arrest two more."', "arrest"),
        ("The envoy was told to warn Lesnia of an impending Varnian strike on the port.", "strike"),
    ],
)
def test_hypothetical(analyze, text, trigger):
    assert _event(analyze(text), trigger).hypothetical


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("In March, Angela Merkel visited Warsaw and met Andrzej Duda.", "visited"),
        ("Police arrested twelve students in Riga on Monday.", "arrested"),
    ],
)
def test_not_hypothetical(analyze, text, trigger):
    assert not _event(analyze(text), trigger).hypothetical


def test_not_to_free_is_negated(analyze):
    a = analyze("The government in Minsk decided not to free political prisoners.")
    assert _event(a, "free").negated


def test_event_inside_quote_is_attributed_to_speaker(analyze):
    a = analyze('Angela Merkel said: "Russia attacked Georgia in 2008."')
    names = {x.id: x.name for x in a.actors}
    ev = _event(a, "attacked")
    assert ev.attributed_to is not None and "Merkel" in names.get(ev.attributed_to, "")


def test_event_in_a_middle_sentence_of_a_quote_is_attributed(analyze):
    a = analyze('"We all remember this. Russia attacked Georgia in 2008. It was a war," Angela Merkel said.')
    names = {x.id: x.name for x in a.actors}
    ev = _event(a, "attacked")
    assert ev.attributed_to is not None and "Merkel" in names.get(ev.attributed_to, "")


@pytest.mark.parametrize(
    ("text", "trigger", "neg"),
    [
        ("The release of the prisoners by Belarus was not welcomed by the opposition.", "release", False),
        ("The release of the prisoners by Belarus was not welcomed by the opposition.", "welcomed", True),
        ("Latvia did not hold talks with Estonia.", "talks", True),
    ],
)
def test_negation_scope_of_event_nouns(analyze, text, trigger, neg):
    assert _event(analyze(text), trigger).negated is neg
