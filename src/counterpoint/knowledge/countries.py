"""Countries and international organisations as actors: names, demonyms and metonyms.

The NER model tags "U.S.", "Washington" and "Belarusian" but does not say *which state* they
stand for; news text uses all of them interchangeably for one actor. This module loads the
curated ``data/countries.json`` once and answers "which canonical country/organisation is this
string?". It is deliberately smaller than :mod:`.places` (every country of the world): a
curated alias list keeps given names such as "Jordan" or "Chad" from turning into states in
the actor rules, while :mod:`.places` answers where a place lies.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from importlib import resources

from .text import fold


@dataclass(frozen=True)
class Place:
    """A country or international organisation as a possible actor."""

    name: str
    iso3: str | None
    kind: str  # "country" | "org"


@functools.lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, Place], dict[str, Place], dict[str, Place]]:
    raw = json.loads(resources.files("counterpoint").joinpath("data/countries.json").read_text("utf-8"))
    names: dict[str, Place] = {}
    demonyms: dict[str, Place] = {}
    metonyms: dict[str, Place] = {}
    for group, kind in (("countries", "country"), ("organizations", "org")):
        for row in raw[group]:
            place = Place(row["name"], row.get("iso3"), kind)
            for alias in [row["name"], *row["aliases"]]:
                names[fold(alias)] = place
            for dem in row["demonyms"]:
                demonyms.setdefault(fold(dem), place)
            for met in row["metonyms"]:
                metonyms[fold(met)] = place
    return names, demonyms, metonyms


# The three lookups below are cached on the raw string (a Place is frozen): the actor rules ask
# them for every capitalised token and window of a document, and each uncached call was a fold
# plus a table fetch.
@functools.lru_cache(maxsize=65536)
def country_name(text: str) -> Place | None:
    """The country/organisation a name or abbreviation denotes ("U.S." -> United States)."""
    return _tables()[0].get(fold(text))


@functools.lru_cache(maxsize=1)
def _adjectives() -> dict[str, str]:
    raw = json.loads(resources.files("counterpoint").joinpath("data/countries.json").read_text("utf-8"))
    return {row["iso3"]: row["demonyms"][0] for row in raw["countries"] if row.get("iso3") and row["demonyms"]}


def adjective(iso3: str) -> str | None:
    """The English adjective of a country ("IND" -> "Indian"): its first listed demonym."""
    return _adjectives().get(iso3)


@functools.lru_cache(maxsize=65536)
def demonym(text: str) -> Place | None:
    """The country a demonym denotes ("Belarusian", "Americans" -> ...)."""
    return _tables()[1].get(fold(text))


@functools.lru_cache(maxsize=65536)
def metonym(text: str) -> Place | None:
    """The state a capital or seat of government stands for ("the Kremlin" -> Russia)."""
    return _tables()[2].get(fold(text))
