"""cp_actors on invented sentences: variants, titles, metonyms, demonyms, pronouns, actor_at."""

from __future__ import annotations

import pytest

from counterpoint.nlp.actors import actor_at


def _by_name(analysis):
    return {a.name: a for a in analysis.actors}


def test_name_variants_merge_into_longest_name(analyze) -> None:
    a = analyze(
        "Alexander Novikov arrived on Monday. Later, President Novikov met reporters. "
        "Mr Novikov said little, and Novikov left early."
    )
    people = [x for x in a.actors if x.kind == "person"]
    assert [p.name for p in people] == ["Alexander Novikov"]
    ids = {m.actor for m in a.mentions if m.text in ("Novikov", "Alexander Novikov")}
    assert len(ids) == 1
    for m in a.mentions:
        assert a.document.text[m.span[0] : m.span[1]] == m.text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("U.S. Special Envoy for Ukraine Keith Kellogg visited the region on Monday.", "Keith Kellogg"),
        ("Former president Thomas Berger criticised the plan.", "Thomas Berger"),
    ],
)
def test_titles_stripped(analyze, text: str, name: str) -> None:
    assert name in _by_name(analyze(text))


@pytest.mark.parametrize(
    ("text", "country", "is_actor"),
    [
        ("Washington imposed new sanctions on the company.", "United States", True),
        ("The delegation stayed in Washington for three days.", "United States", False),
        ("The Kremlin rejected the proposal outright.", "Russia", True),
        ("Moscow warned its neighbours again.", "Russia", True),
        ("He flew to Moscow on Tuesday.", "Russia", False),
        ("The U.S. and the EU signed a deal.", "United States", True),
    ],
)
def test_metonyms_actor_versus_location(analyze, text: str, country: str, is_actor: bool) -> None:
    assert (country in _by_name(analyze(text))) is is_actor


def test_country_forms_normalise(analyze) -> None:
    a = analyze("The United States warned Iran. Later the US repeated it, and America insisted.")
    us = _by_name(a)["United States"]
    assert us.kind == "country" and us.country == "USA"
    assert {"US", "America"} <= set(us.aliases)


@pytest.mark.parametrize(
    ("text", "phrase", "country"),
    [
        ("Polish armed forces shared the data with their neighbours.", "Polish armed forces", "Poland"),
        ("The American side did not answer the letter.", "American side", "United States"),
    ],
)
def test_demonym_heads_actor_phrase(analyze, text: str, phrase: str, country: str) -> None:
    a = analyze(text)
    names = {x.id: x.name for x in a.actors}
    assert any(m.text == phrase and names[m.actor] == country for m in a.mentions)


def test_pronoun_resolves_to_person(analyze) -> None:
    a = analyze("Greta Olsen arrived in the capital. She met the press and he did not.")
    she = next(m for m in a.mentions if m.text == "She")
    assert she.kind == "pronoun"
    assert {x.id: x.name for x in a.actors}[she.actor] == "Greta Olsen"


def test_description_resolves_only_with_single_holder(analyze) -> None:
    a = analyze(
        "Peter Lang, the special envoy for the region, arrived on Monday. "
        "The special envoy later met students."
    )
    names = {x.id: x.name for x in a.actors}
    later = a.document.text.index("The special envoy")
    titles = [m for m in a.mentions if m.kind == "title" and m.span[0] == later]
    assert [names[m.actor] for m in titles] == ["Peter Lang"]


def test_description_with_two_holders_stays_unresolved(analyze) -> None:
    a = analyze(
        "Peter Lang, the special envoy for the north, arrived on Monday. "
        "Anna Berg, the special envoy for the south, came too. The special envoy later met students."
    )
    later = a.document.text.index("The special envoy")
    assert not [m for m in a.mentions if m.span[0] == later]


def test_actor_at_prefers_head_over_possessor(nlp, make_document) -> None:
    from counterpoint.nlp.pipeline import make_doc

    text = "Trump’s special envoy, Keith Kellogg, met the minister."
    doc = nlp(make_doc(nlp, make_document(text)))
    names = {a.id: a.name for a in doc._.cp_actors}
    start = 0
    end = text.index(" met")
    assert names[actor_at(doc, start, end)] == "Keith Kellogg"
    assert actor_at(doc, end + 1, end + 4) is None


@pytest.mark.parametrize(
    ("text", "country", "alias"),
    [
        ("Kyiv accused its neighbour of provocations.", "Ukraine", "Kyiv"),
        ("BELARUS NOTES: A NEW SEASON", "Belarus", "BELARUS"),
    ],
)
def test_gazetteer_finds_what_ner_misses(analyze, text: str, country: str, alias: str) -> None:
    a = analyze(text)
    names = {x.id: x.name for x in a.actors}
    assert any(m.text == alias and names[m.actor] == country for m in a.mentions)


def test_given_name_joined_to_surname(analyze) -> None:
    a = analyze("Dmitry Peskov met reporters on Friday.")
    assert [x.name for x in a.actors if x.kind == "person"] == ["Dmitry Peskov"]


def test_title_is_not_an_organisation(analyze) -> None:
    a = analyze("(The National Security Adviser, John Bolton, had visited earlier.)")
    assert [x.name for x in a.actors if x.kind == "org"] == []


def test_same_surname_different_given_name_stays_apart(analyze) -> None:
    a = analyze("Alexander Novikov spoke first. His son Viktor Novikov spoke later. A. Novikov then left.")
    people = sorted(x.name for x in a.actors if x.kind == "person")
    assert people == ["Alexander Novikov", "Viktor Novikov"]


@pytest.mark.parametrize(
    ("text", "subject_end", "expected"),
    [
        ("U.S. Special Envoy for Peace Keith Kellogg visited the capital.", " visited", "Keith Kellogg"),
        ("Trump’s Special Representative for Ukraine, Keith Kellogg, stated it.", " stated", "Keith Kellogg"),
        ("The Polish armed forces shared the data.", " shared", "Poland"),
    ],
)
def test_actor_at_titled_subjects(nlp, make_document, text: str, subject_end: str, expected: str) -> None:
    from counterpoint.nlp.pipeline import make_doc

    doc = nlp(make_doc(nlp, make_document(text)))
    names = {a.id: a.name for a in doc._.cp_actors}
    assert names[actor_at(doc, 0, text.index(subject_end))] == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("European leaders, including Commission President Marta von der Linden, described the incident.", "Marta von der Linden"),
        ("Later that day Anna de la Cruz met the mayor of Porto.", "Anna de la Cruz"),
    ],
)
def test_actors_person_name_runs_through_particles(analyze, text: str, name: str) -> None:
    people = [x.name for x in analyze(text).actors if x.kind == "person"]
    assert people == [name]


def test_actors_title_before_a_town_name_makes_a_person(analyze) -> None:
    a = analyze("“We pray for the sailors,” pope Leo told pilgrims in the square. Leo then left for Rome.")
    assert [(x.name, x.kind) for x in a.actors if x.name == "Leo"] == [("Leo", "person")]
