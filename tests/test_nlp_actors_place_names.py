"""A person whose name holds a place name ("Israel Katz", "Georgia Lund") is that person,
not the country; a place before a title ("Belarus's Chief of the General Staff", "the United
States Special Envoy") stays the country's (issue 18). Texts written for this test."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "person", "country"),
    [
        ("Defence Minister Israel Katz said the strikes would continue.", "Israel Katz", "Israel"),
        ("Georgia Lund met Jordan Peterson in Rome on Monday.", "Georgia Lund", "Georgia"),
        ("Chad Whitfield, the airline's chief executive, said flights would resume.", "Chad Whitfield", "Chad"),
    ],
)
def test_nlp_actors_person_named_like_a_country_is_a_person(analyze, text, person, country):
    a = analyze(text, published="2025-06-13")
    names = {(x.name, x.kind) for x in a.actors}
    assert (person, "person") in names
    assert (country, "country") not in names


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Belarus’s Chief of the General Staff confirmed the drills.", "Belarus"),
        ("The United States Special Envoy Keith Kellogg met the minister.", "United States"),
    ],
)
def test_nlp_actors_place_before_a_title_stays_the_country(analyze, text, country):
    a = analyze(text, published="2025-06-13")
    assert (country, "country") in {(x.name, x.kind) for x in a.actors}


def test_nlp_labels_title_before_a_person_named_like_a_country(analyze):
    a = analyze("Israeli Defence Minister Israel Katz said the strikes would continue.", published="2025-06-13")
    names = {x.id: x.name for x in a.actors}
    assert ("Israel Katz", "Israeli Defence Minister") in [(names[lab.actor], lab.label) for lab in a.labels]


@pytest.mark.parametrize(
    ("text", "model"),
    [
        ("Wing Commander Ravi Anand took off in a MiG-21 Bison jet on Wednesday and is yet to return.", "Bison"),
        ("The army moved two Patriot batteries to the border on Monday.", "Patriot"),
    ],
)
def test_nlp_actors_model_name_before_a_craft_is_no_person(analyze, text, model):
    a = analyze(text, published="2019-02-28")
    assert model not in [x.name for x in a.actors]
