"""Who heads which state when: the shipped table of heads of state and government terms
(``data/tenures.json``), read as knowledge about people.

An outlet writes "The Russian leader" or "his American counterpart" for someone it named a
paragraph earlier as plain "Putin" or "Trump", without a title the document could learn the
role from. Knowing that Putin was Russia's president on the publication date lets the actor
rules resolve such a description, and only to a person the document itself names.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from dataclasses import dataclass
from importlib import resources

from .text import fold


@dataclass(frozen=True)
class Tenure:
    """One person's terms in one office of one country (ISO 3166-1 alpha-3)."""

    names: tuple[str, ...]
    country: str
    office: str
    terms: tuple[tuple[dt.date, dt.date | None], ...]

    def holds_on(self, day: dt.date | None) -> bool:
        """In office on ``day``; with no day, in office when the table was written."""
        if day is None:
            return any(end is None for _start, end in self.terms)
        return any(start <= day and (end is None or day < end) for start, end in self.terms)


@functools.lru_cache(maxsize=1)
def _table() -> dict[str, tuple[Tenure, ...]]:
    raw = json.loads(resources.files("counterpoint").joinpath("data/tenures.json").read_text("utf-8"))
    by_name: dict[str, list[Tenure]] = {}
    for p in raw["people"]:
        terms = tuple(
            (dt.date.fromisoformat(a), dt.date.fromisoformat(b) if b else None) for a, b in p["terms"]
        )
        tenure = Tenure(tuple(p["names"]), p["country"], p["office"], terms)
        for n in p["names"]:
            by_name.setdefault(fold(n), []).append(tenure)
    return {k: tuple(v) for k, v in by_name.items()}


def _day(published: str | None) -> dt.date | None:
    if not published or len(published) < 10:
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None


def head_of_state(name: str, published: str | None = None) -> Tenure | None:
    """The office ``name`` (a full name or a surname the table lists) held on the publication
    date (``YYYY-MM-DD``; without one, an office held when the table was written), or None.
    A surname two people share ("Bush") answers only when one of them was in office then."""
    hits = [t for t in _table().get(fold(name), ()) if t.holds_on(_day(published))]
    return hits[0] if len({(t.names, t.country) for t in hits}) == 1 else None


@functools.lru_cache(maxsize=1 << 12)
def head_of_state_any_script(name: str, published: str | None = None) -> Tenure | None:
    """:func:`head_of_state` for a name in any script: a Cyrillic name ("Дональд Трамп") is
    the listed person its spelling can denote (``translit.same_person_any_script``), and
    answers only when exactly one such person held an office on the publication date. Cached:
    the comparison romanises the name under every system against every listed person, and a
    corpus names the same few leaders again and again."""
    from .translit import is_cyrillic, same_person_any_script

    if not is_cyrillic(name):
        return head_of_state(name, published)
    day = _day(published)
    hits = {(t.names, t.country): t for ts in _table().values() for t in ts
            if t.holds_on(day) and same_person_any_script(name, t.names[0])}
    return next(iter(hits.values())) if len(hits) == 1 else None


__all__ = ["Tenure", "head_of_state", "head_of_state_any_script"]
