"""Closed word lists shared by the actor, label and quote rules, read from ``data/words.json``.

Actors strip honorifics, labels are headed by role nouns and quotes are introduced by speech
verbs; one list each keeps the three components agreeing on them.
"""

from __future__ import annotations

import json
from importlib import resources


def _words(key: str) -> frozenset[str]:
    return frozenset(_DATA[key]["words"])


_DATA = json.loads(resources.files("counterpoint").joinpath("data/words.json").read_text("utf-8"))

# Honorifics and ranks written before a name; stripped from person names.
HONORIFICS = _words("honorifics")
# Nouns naming a role or office: the head of a label ("the special envoy", "that country's leader").
ROLE_NOUNS = _words("role_nouns")
# Lemmas of verbs that introduce reported speech.
SPEECH_VERBS = _words("speech_verbs")
PRONOUNS_PERSON = _words("person_pronouns")
# Time-zone abbreviations ("1:39 pm IST"), acronyms of things ("CCTV", "MBBS"), nouns for
# the things an acronym names ("footage", "call") and words that make a name a place
# ("Meghani Nagar", "Ahmedabad airport"): used by the actor rules to keep what is not an
# actor out.
TIME_ZONES = _words("time_zones")
THING_ACRONYMS = _words("thing_acronyms")
PLACE_WORDS = _words("place_words")
PLACE_PREFIXES = _words("place_prefixes")
THING_HEADS = _words("thing_heads")
# Nouns that head a description of an organisation ("local broadcaster", "its armed wing").
ORG_NOUNS = _words("org_nouns")
# Ranks and forms of address always followed by a person's name.
RANKS = _words("ranks")
