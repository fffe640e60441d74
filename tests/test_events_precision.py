"""cp_events precision rules: word sense, stative participles, generic doers, talk verbs with
nobody to talk with, causative "allow", background event nouns and back-references."""

from __future__ import annotations

import pytest


def _types(a) -> list[str]:
    return [e.type for e in a.events]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Moscow urged the government in Vilnius to demonstrate restraint.", "PROTEST"),
        ("The party rallied support among farmers before the vote.", "PROTEST"),
        ("The minister has been cautiously probing for space beyond the old alliance.", "ACCUSE"),
        (
            "Activists, long considered imprisoned for their beliefs, are now being judged differently.",
            "COERCE",
        ),
        ("Any journalist who has visited Latvia can see the shops are full.", "CONSULT"),
        ("Europe is also discussing the possibility of changing its policy.", "CONSULT"),
        ("Extensive coverage of the summit allowed the ministry to achieve its goals.", "CONCEDE"),
        ("Washington's policy rested on two pillars: support for the opposition and pressure.", "SUPPORT"),
        ("Hungary has supported the invasion of Georgia in many ways.", "ASSAULT"),
    ],
)
def test_no_event_of_this_type(analyze, text, absent):
    assert absent not in _types(analyze(text))


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("Thousands demonstrated outside the parliament in Tbilisi on Sunday.", "PROTEST"),
        ("Iraq said it would allow the return of weapons inspectors to remove any doubts.", "AGREE"),
        ("The two leaders discussed the border dispute on Monday.", "CONSULT"),
        ("Police arrested twelve students in Riga, officials said.", "COERCE"),
    ],
)
def test_event_kept(analyze, text, present):
    assert present in _types(analyze(text))


def test_definite_noun_after_same_event_is_a_back_reference(analyze):
    a = analyze(
        "On Monday, Angela Merkel visited Warsaw. "
        "The visit of the German officials, argued the press, showed the country's importance."
    )
    assert [e.trigger for e in a.events if e.type == "CONSULT"] == ["visited"]


def test_person_possessor_is_not_the_recipient(analyze):
    a = analyze("Igor Petrov met several times with Donald Trump's advisers in 2019.")
    names = {x.id: x.name for x in a.actors}
    ev = next(e for e in a.events if e.type == "CONSULT")
    assert not any("Trump" in names.get(r, "") for r in ev.recipient)
    assert any("Petrov" in names.get(x, "") for x in ev.actor)


def test_light_verb_conjunct_merges_into_meeting(analyze):
    a = analyze("Viktor Orban has regularly met EU officials and even held a call with Joe Biden.")
    consult = [e for e in a.events if e.type == "CONSULT"]
    assert len(consult) == 1
    names = {x.id: x.name for x in a.actors}
    assert any("Biden" in names.get(r, "") for r in consult[0].recipient)


def test_event_noun_predicated_of_an_event_is_the_same_event(analyze):
    a = analyze(
        "Helena Marsh met with Viktor Orban in Budapest in March. "
        "The meeting was the envoy's first visit to Hungary since her appointment."
    )
    assert [e.trigger for e in a.events if e.type == "CONSULT"] == ["met"]
