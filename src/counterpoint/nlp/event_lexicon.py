"""The PLOVER trigger lexicon (package data ``data/plover_lexicon.json``) and its look-ups.

Why a lexicon: PLOVER's 16 categories are defined by what actors *do* ("release captives",
"mobilize armed personnel"), and in news those acts surface as a small, stable vocabulary of
verbs, phrasal verbs, verb+object pairs ("provide ... information", "lift sanctions") and
event nouns ("talks", "crackdown"). A trigger must hit this lexicon; everything else (notably
plain statements like "said") is not an event, which keeps precision up.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from importlib import resources

from spacy.tokens import Token

from ..records import EVENT_TYPES


@dataclass(frozen=True)
class Sense:
    """A PLOVER category and mode for one trigger."""

    type: str
    mode: str | None


@functools.lru_cache(maxsize=1)
def lexicon() -> dict:
    """The parsed lexicon JSON, checked against :data:`records.EVENT_TYPES` once."""
    text = resources.files("counterpoint").joinpath("data", "plover_lexicon.json").read_text("utf-8")
    data = json.loads(text)
    for table in ("verbs", "nouns", "phrasal"):
        for word, pair in data[table].items():
            if pair is None and table == "phrasal":
                continue  # a particle that cancels the verb's event sense ("probe for")
            if pair is None or pair[0] not in EVENT_TYPES:
                typ = pair[0] if pair else None
                raise ValueError(f"plover_lexicon.json: {word!r} has unknown type {typ!r}")
    return data


def _sense(pair: list | None) -> Sense | None:
    return Sense(pair[0], pair[1]) if pair else None


def _object_lemmas(tok: Token) -> list[str]:
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "attr")]
    # "provided Minsk with details": the thing given sits under "with"
    objs += [
        p
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "with"
        for p in c.children
        if p.dep_ == "pobj"
    ]
    objs += [c for o in list(objs) for c in o.conjuncts]
    return [o.lemma_.lower() for o in objs] + [o.lower_ for o in objs]


def verb_sense(tok: Token) -> Sense | None:
    """Sense of a verb token: phrasal ("build up"), verb+object, then plain verb lemma."""
    lex = lexicon()
    lemma = tok.lemma_.lower()
    for child in tok.children:
        if child.dep_ == "prt" or (child.dep_ == "prep" and child.i == tok.i + 1):
            key = f"{lemma} {child.lower_}"
            if key in lex["phrasal"]:  # null: the particle cancels the event sense
                return _sense(lex["phrasal"][key])
    objects = lex["verb_object"].get(lemma)
    if objects:
        for obj in _object_lemmas(tok):
            if obj in objects:
                return _sense(objects[obj])
    if lemma in lex["intransitive_verbs"]["verbs"] and any(c.dep_ == "dobj" for c in tok.children):
        return None  # "demonstrate restraint", "rally support": not the street act
    return _sense(lex["verbs"].get(lemma))


def noun_sense(tok: Token) -> Sense | None:
    """Sense of an event noun ("talks", "the release", "manoeuvres")."""
    lex = lexicon()
    hit = lex["nouns"].get(tok.lower_) or lex["nouns"].get(tok.lemma_.lower())
    if hit is None and tok.i > 0 and tok.doc[tok.i - 1].dep_ == "compound":
        hit = lex["nouns"].get(f"{tok.doc[tok.i - 1].lower_}-{tok.lower_}")
    return _sense(hit)


def is_light_verb(lemma: str) -> bool:
    return lemma in lexicon()["light_verbs"]


def is_speech_verb(lemma: str) -> bool:
    return lemma in lexicon()["speech_verbs"]


def control_verb(lemma: str) -> bool | None:
    """For a verb that governs an infinitive ("plans to visit"): True if it makes the embedded
    event hypothetical, False if not, None if it is not a control verb."""
    return lexicon()["control_verbs"].get(lemma)
