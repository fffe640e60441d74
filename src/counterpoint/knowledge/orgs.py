"""Organisations across scripts: a Russian report's "ЦАХАЛ" is the English report's "IDF".

Countries already compare by ISO code and persons by transliteration, but an organisation's
Russian name is neither a transliteration nor a translation the gazetteer knows ("ЦАХАЛ",
"Служба безопасности Украины (СБУ)"), so the Russian and English reports of one event name
two different actors and their events cannot share a cluster. ``data/org_names.json`` lists
the names of a body in any script, and the armed forces that outlets write for their state
("ВСУ" = Ukraine acting). Only listed names match: no fuzzy matching of organisations, whose
names differ by one word between distinct bodies.
"""

from __future__ import annotations

import functools
import json
import re
from importlib import resources

from .text import fold

_BRACKET = re.compile(r"^(?P<name>[^()]*?)\s*\((?P<abbr>[^()]*)\)?\s*$")


def _key(text: str) -> str:
    return " ".join(fold(text).replace("ё", "е").split())


@functools.lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], dict[str, str]]:
    raw = json.loads(resources.files("counterpoint").joinpath("data/org_names.json").read_text("utf-8"))
    orgs = {_key(a): row["name"] for row in raw["organizations"] for a in [row["name"], *row["aliases"]]}
    forces = {_key(a): iso for iso, names in raw["state_forces"].items() for a in names}
    return orgs, forces


def _keys(name: str) -> list[str]:
    """The name whole, and for "Name (ABBR)" (bracket possibly unclosed) the name and the abbreviation."""
    keys = [_key(name)]
    if m := _BRACKET.match(name):
        keys += [_key(m["name"]), _key(m["abbr"])]
    return [k for k in keys if k]


def org_canonical(name: str) -> str | None:
    """The canonical (English) name of a listed organisation written in any script, else None."""
    orgs = _tables()[0]
    return next((orgs[k] for k in _keys(name) if k in orgs), None)


def forces_state(name: str) -> str | None:
    """ISO3 of the state whose armed forces ``name`` names ("ВСУ" -> "UKR"), else None."""
    forces = _tables()[1]
    return next((forces[k] for k in _keys(name) if k in forces), None)


__all__ = ["forces_state", "org_canonical"]
