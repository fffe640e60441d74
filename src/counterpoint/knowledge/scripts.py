"""An actor's name shown in one chosen script, with its other spellings listed beside it.

Why: after cross-script resolution one actor carries spellings from every language it was
reported in (Ivar Bregenko, Ивар Брегенко, Брегенко). A reader comparing Russian and English
coverage wants one name per actor in a script they read, and the other spellings in sight
("Ivar Bregenko (also: Ивар Брегенко, Брегенко)"). The report and the web app call
:func:`display_names` with the configured script (``[display] script``, ``--script``):

- ``latin``: the actor's own Latin spelling (its canonical name when Latin, else the fullest
  Latin alias); an actor named only in Cyrillic is romanised (BGN/PCGN, ``data/translit.json``).
- ``cyrillic``: the canonical name when Cyrillic, else the fullest Cyrillic alias; an actor
  never written in Cyrillic keeps its name as written (no reverse transliteration: a Cyrillic
  form invented by a rule would read as if some outlet had written it).
- ``as-written``: the canonical name as alignment chose it.

The other spellings are the canonical name and aliases minus the shown one, minus Russian case
forms of an earlier spelling (Томом Уэллсом after Том Уэллс) and single words already ending a
fuller spelling in the same script (Уэллс beside Том Уэллс): those are grammar, not spellings.
Rules are data (``data/name_display.json``).
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable
from importlib import resources
from typing import Any

from .translit import is_cyrillic, romanize


@functools.lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    return json.loads(resources.files("counterpoint").joinpath("data/name_display.json").read_text("utf-8"))


def scripts() -> tuple[str, ...]:
    """The accepted script settings."""
    return tuple(_data()["scripts"])


def default_script() -> str:
    return str(_data()["default"])


def check_script(script: str | None) -> str:
    """``script`` validated (None: the default); a ValueError names the accepted ones."""
    script = script or default_script()
    if script not in scripts():
        raise ValueError(f"unknown script {script!r}: use one of {', '.join(scripts())}")
    return script


def _is_case_form(name: str, base: str) -> bool:
    """Whether Cyrillic ``name`` is ``base`` with oblique-case endings on its words."""
    a, b = name.split(), base.split()
    if len(a) != len(b) or name == base:
        return False
    endings = set(_data()["cyrillic_case_endings"])
    for w, s in zip(a, b, strict=True):
        if w == s:
            continue
        stem = s[:-1] if s[-1:].lower() in "аяйь" else s  # Анна -> Анной, Юрий -> Юрием
        if not (w.startswith(stem) and w[len(stem):].lower() in endings):
            return False
    return True


def _fullest(names: list[str]) -> str | None:
    """The spelling with the most words (first of those): a full name over a surname."""
    return max(names, key=lambda n: len(n.split()), default=None)


def display_name(name: str, aliases: Iterable[str] = (), script: str | None = None) -> tuple[str, list[str]]:
    """(the name shown in ``script``, the other spellings in first-seen order)."""
    script = check_script(script)
    spellings = list(dict.fromkeys([name, *[a for a in aliases if a and a.strip()]]))
    cyr = [s for s in spellings if is_cyrillic(s)]
    lat = [s for s in spellings if not is_cyrillic(s)]
    if script == "latin":
        shown = name if not is_cyrillic(name) else (_fullest(lat) or romanize(name, _data()["romanize_system"]))
    elif script == "cyrillic":
        shown = name if is_cyrillic(name) else (_fullest(cyr) or name)
    else:
        shown = name
    others: list[str] = []
    for s in spellings:
        if s.casefold() == shown.casefold():
            continue
        same_script = cyr if is_cyrillic(s) else lat
        earlier = same_script[: same_script.index(s)]
        if is_cyrillic(s) and any(_is_case_form(s, e) for e in earlier):
            continue
        if len(s.split()) == 1 and any(len(f.split()) > 1 and f.split()[-1] == s for f in [*same_script, shown]):
            continue
        if is_cyrillic(s) and len(s.split()) == 1 and any(
            len(f.split()) > 1 and _is_case_form(s, f.split()[-1]) for f in [*same_script, shown]
        ):
            continue  # Уэллса beside Том Уэллс
        others.append(s)
    return shown, others


def display_names(actors: Iterable[Any], script: str | None = None) -> dict[str, tuple[str, list[str]]]:
    """Per actor id: (shown name, other spellings) for records with ``id``, ``name``, ``aliases``."""
    script = check_script(script)
    return {a.id: display_name(a.name, a.aliases or (), script) for a in actors}

