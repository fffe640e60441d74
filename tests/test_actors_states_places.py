"""cp_actors: bare state descriptions, unknown towns, organisation tables, ORG-tagged persons."""

from __future__ import annotations

import pytest


def _mention_actor(analysis, phrase: str) -> tuple[str, str] | None:
    actors = {a.id: (a.name, a.kind) for a in analysis.actors}
    for m in analysis.mentions:
        if m.text.lower() == phrase.lower():
            return actors[m.actor]
    return None


@pytest.mark.parametrize(
    ("text", "phrase", "country"),
    [
        (
            "Protests swept Georgia after the vote. Georgia's opposition marched in Tbilisi, and "
            "Georgia saw a brutal crackdown by the authorities. A US senator voiced concern.",
            "the authorities",
            "Georgia",
        ),
        (
            "The envoy's first visit to Morvania began on Monday. Border crossings with Poland stay "
            "closed. Morvania hoped for an easing of restrictions. The authorities called the march "
            "illegal.",
            "The authorities",
            "Morvania",
        ),
        (
            "Serbia held talks with Hungary. Serbia says the talks went well; Serbia wants more. "
            "Later the government released two journalists.",
            "the government",
            "Serbia",
        ),
    ],
)
def test_bare_state_description_is_home_country(analyze, text: str, phrase: str, country: str) -> None:
    assert _mention_actor(analyze(text), phrase) == (country, "country")


def test_owned_state_description_is_not_reassigned(analyze) -> None:
    a = analyze("Chile praised Peru. Chile and Chile's allies said the Biden administration agreed.")
    assert _mention_actor(a, "the Biden administration") != ("Chile", "country")


def test_unknown_town_that_never_acts_is_a_place(analyze) -> None:
    a = analyze(
        "Residents of Zelmovo said police detained ten people in Zelmovo. Traders in Zelmovo lost business."
    )
    assert not any("Zelmovo" in x.name for x in a.actors)


@pytest.mark.parametrize("org", ["the Bundeswehr", "Amnesty International", "the IMF"])
def test_gazetteer_organisations_are_org_actors(analyze, org: str) -> None:
    a = analyze(f"Last week {org} criticised the plan in a statement.")
    assert any(
        x.kind == "org" and org in [x.name, *x.aliases, f"the {x.name}", *(f"the {y}" for y in x.aliases)]
        for x in a.actors
    )


def test_org_tagged_name_after_role_noun_is_a_person(analyze) -> None:
    a = analyze(
        "On Monday, United Nations special envoy Helena Varga met officials. Varga said she was hopeful."
    )
    persons = [x for x in a.actors if x.kind == "person"]
    assert any(x.name == "Helena Varga" for x in persons)
    assert not any(x.kind == "org" and "Varga" in x.name for x in a.actors)


@pytest.mark.parametrize(
    ("text", "capital", "acting"),
    [
        ("On June 21, the envoy officially visited Minsk and met the president.", "Minsk", False),
        ("Talks were held in Warsaw on Monday.", "Warsaw", False),
        ("Poland provided Minsk with updated details about the exercises.", "Minsk", True),
        ("Moscow accused its neighbour of provocations.", "Moscow", True),
    ],
)
def test_capital_is_an_actor_only_when_acting(analyze, text: str, capital: str, acting: bool) -> None:
    a = analyze(text)
    assert any(m.text == capital for m in a.mentions) is acting


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Envoys met Pavel Drozd, the strongman who rules Morvania. Opposition leader Anna Belova "
            "spoke out. The dictator has used such releases before.",
            "Pavel Drozd",
        ),
        (
            "Envoys met Pavel Drozd, the strongman who rules Morvania, and Ivan Lutov, the president "
            "of Zerland. The dictator has used such releases before.",
            None,
        ),
    ],
)
def test_other_ruler_word_resolves_to_the_single_ruler(analyze, text: str, expected: str | None) -> None:
    a = analyze(text)
    names = {x.id: x.name for x in a.actors}
    got = next((names[m.actor] for m in a.mentions if m.text == "The dictator"), None)
    assert got == expected
