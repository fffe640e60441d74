"""knowledge.places: place lookup, containment and disjointness on real gazetteer data."""

from __future__ import annotations

import pytest

from counterpoint.knowledge import places


@pytest.mark.parametrize(
    ("outer", "inner"),
    [
        ("Belarus", "Minsk"),
        ("Alaska", "Anchorage"),
        ("United States", "Alaska"),
        ("United States", "Anchorage"),
        ("Pakistan", "Lahore"),
        ("India", "Ahmedabad"),
        ("Belarus", "Grodno"),  # a curated spelling variant of Hrodna
        ("Belarusian", "Minsk"),  # a demonym reads as its country
        ("Minsk", "Minsk"),
    ],
)
def test_places_contains_known_pairs(outer: str, inner: str) -> None:
    assert places.contains(outer, inner) is True
    assert places.disjoint(outer, inner) is False


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Lahore", "Karachi"),
        ("Minsk", "Warsaw"),
        ("Belarus", "Poland"),
        ("Alaska", "Texas"),
        ("Texas", "Anchorage"),
    ],
)
def test_places_disjoint_known_pairs(a: str, b: str) -> None:
    assert places.disjoint(a, b) is True
    assert places.contains(a, b) is False
    assert places.contains(b, a) is False


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Zelmovo", "Minsk"),  # not a place the gazetteer knows
        ("Minsk", "Sabharwal"),
        ("Punjab", "Lahore"),  # a region of India and of Pakistan: readings disagree
        ("Gujarat", "Ahmedabad"),  # outside the US a city's region is not known
    ],
)
def test_places_unknown_or_ambiguous_is_none(a: str, b: str) -> None:
    assert places.contains(a, b) is None
    assert places.disjoint(a, b) is None


@pytest.mark.parametrize(
    ("name", "kind", "country"),
    [
        ("Ahmedabad", "city", "IN"),
        ("Alaska", "region", "US"),
        ("the United States", "country", "US"),
        ("Paris", "city", "FR"),
        ("Hrodna", "city", "BY"),
    ],
)
def test_places_lookup_readings(name: str, kind: str, country: str) -> None:
    assert any(p.kind == kind and p.country == country for p in places.lookup(name))


def test_places_lookup_prefers_prominent_city_and_own_names() -> None:
    assert {p.country for p in places.lookup("Paris") if p.kind == "city"} == {"FR"}
    assert places.lookup("Sumeet Sabharwal") == ()
    assert not places.is_place("IST")  # an airport code or a time zone is not a place name


def test_knowledge_imports_no_analysis_stage() -> None:
    """The floor stays a floor: importing it loads no ingest/nlp/align module and no spaCy."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "import counterpoint.knowledge.places, counterpoint.knowledge.names\n"
        "import counterpoint.knowledge.countries, counterpoint.knowledge.words\n"
        "bad = [m for m in sys.modules if m.split('.')[:2] in (['counterpoint', 'nlp'], ['counterpoint', 'align'],"
        " ['counterpoint', 'ingest']) or m == 'spacy']\n"
        "print(bad)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


@pytest.mark.parametrize(("name", "country"), [("Kathmandu", "NPL"), ("Minsk", "BLR"), ("Islamabad", "PAK")])
def test_places_capital_of(name: str, country: str) -> None:
    found = places.capital_of(name)
    assert found is not None and found[1] == country


def test_places_capital_of_non_capital_is_none() -> None:
    assert places.capital_of("Lahore") is None and places.capital_of("Sabharwal") is None
