"""cp_events arguments the parse hides: the place of a meeting hung off the person met, a
capital tagged as an organisation, implicit parties of domestic acts, meals as meetings."""

from __future__ import annotations

import pytest


def _names(a, ids):
    names = {x.id: x.name for x in a.actors}
    return [names.get(i, i) for i in ids]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Helena Marsh, the UN envoy, met with Viktor Orban, the country's leader, in Budapest in March.",
            "Budapest",
        ),
        ("Angela Merkel officially visited Hrodna and met with the mayor.", "Hrodna"),
    ],
)
def test_meeting_location(analyze, text, place):
    ev = next(e for e in analyze(text).events if e.type == "CONSULT")
    assert ev.location == place


def test_passive_release_quantity_and_recipient(analyze):
    a = analyze(
        "After the two trips, 52 prisoners, whom exiles call political, were freed, "
        "including the blogger Ihar Losik."
    )
    ev = next(e for e in a.events if e.type == "RETREAT")
    assert ev.quantity is not None and (ev.quantity.value, ev.quantity.unit) == (52, "prisoners")
    assert any("Losik" in n for n in _names(a, ev.recipient))


def test_protest_and_crackdown_take_the_country_of_the_clause(analyze):
    a = analyze(
        "Georgia's 2024 crisis, when a rigged count brought mass street protests "
        "and a harsh crackdown, changed Western policy."
    )
    protest = next(e for e in a.events if e.type == "PROTEST")
    crackdown = next(e for e in a.events if e.trigger == "crackdown")
    assert "Georgia" in _names(a, protest.recipient)
    assert "Georgia" in _names(a, crackdown.actor)


def test_lunch_with_is_a_meeting(analyze):
    a = analyze("Viktor Orban had been in China eating lunch with Xi Jinping.")
    ev = next(e for e in a.events if e.type == "CONSULT")
    assert any("Xi" in n for n in _names(a, ev.recipient))
    assert any("Orban" in n for n in _names(a, ev.actor))


@pytest.mark.parametrize(
    ("text", "typ", "place"),
    [
        ("Thousands demonstrated outside the embassy in Vilnius.", "PROTEST", "Vilnius"),
        ("Police arrested ten students at a rally in Riga on Monday.", "COERCE", "Riga"),
    ],
)
def test_site_inside_a_place_gives_the_location(analyze, text, typ, place):
    ev = next(e for e in analyze(text).events if e.type == typ)
    assert ev.location == place
