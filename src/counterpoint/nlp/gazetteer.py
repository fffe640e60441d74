"""Countries, organisations, demonyms, metonyms and role words used by the actor rules.

The NER model tags "U.S.", "Washington" and "Belarusian" but does not say *which state* they
stand for; news text uses all of them interchangeably for one actor. This module loads
``data/countries.json`` once and answers "which canonical country/organisation is this string?",
plus the small closed word lists (titles, role nouns, speech verbs) shared by actors, labels
and quotes so the three components agree on them.
"""

from __future__ import annotations

import functools
import json
import unicodedata
from dataclasses import dataclass
from importlib import resources

from spacy.tokens import Doc, Span, Token


@dataclass(frozen=True)
class Place:
    """A country or international organisation as a possible actor."""

    name: str
    iso3: str | None
    kind: str  # "country" | "org"


def doc_text(doc: Doc) -> str:
    """``doc.text`` computed once per Doc: spaCy rebuilds the string on every access, which
    made the per-mention lookups quadratic on long articles."""
    key = ("counterpoint", "text", len(doc))
    text = doc.user_data.get(key)
    if text is None:
        text = doc.user_data[key] = doc.text
    return text


def sentence_of(tok: Token) -> Span:
    """``tok.sent`` from a table made once per Doc: spaCy walks the tokens to the sentence's
    edges and makes a new Span on every call, and events ask per trigger and per pair of
    triggers. ``doc.sents`` splits where ``Token.sent`` does (at every ``sent_start == 1``)."""
    doc = tok.doc
    key = ("counterpoint", "sents", len(doc))
    table = doc.user_data.get(key)
    if table is None:
        sents = list(doc.sents)
        index = [k for k, sent in enumerate(sents) for _ in range(len(sent))]
        table = doc.user_data[key] = (sents, index)
    return table[0][table[1][tok.i]]


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch in "_-"  # re's ``[\w-]`` (``\w`` is ``str.isalnum`` or "_")


def word_occurrences(text: str, form: str) -> list[tuple[int, int]]:
    r"""Where ``form`` stands as a whole word in ``text``: what ``re.finditer`` gives for
    ``(?<![\w-])FORM(?![\w-])``, without compiling a pattern per name (names are new in every
    article, so each one cost a compile and pushed the shared patterns out of ``re``'s cache)."""
    out: list[tuple[int, int]] = []
    if not form:
        return out
    i = text.find(form)
    while i >= 0:
        end = i + len(form)
        if (i == 0 or not _word_char(text[i - 1])) and (end == len(text) or not _word_char(text[end])):
            out.append((i, end))
            i = text.find(form, end)
        else:
            i = text.find(form, i + 1)
    return out


@functools.lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case, strip diacritics and a leading "the", unify apostrophes: a lookup key.

    Cached: the gazetteer lookups fold every token-sized string they see, many times per
    document."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c)).strip().lower()
    if text.startswith("the "):
        text = text[4:]
    return text


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


def country_name(text: str) -> Place | None:
    """The country/organisation a name or abbreviation denotes ("U.S." -> United States)."""
    return _tables()[0].get(fold(text))


def demonym(text: str) -> Place | None:
    """The country a demonym denotes ("Belarusian", "Americans" -> ...)."""
    return _tables()[1].get(fold(text))


def metonym(text: str) -> Place | None:
    """The state a capital or seat of government stands for ("the Kremlin" -> Russia)."""
    return _tables()[2].get(fold(text))


# Honorifics and ranks written before a name; stripped from person names.
HONORIFICS = frozenset(
    """mr mr. mrs mrs. ms ms. dr dr. sir madam madame prof prof. professor general gen. gen
    colonel col. lt. lieutenant major captain admiral sergeant president vice prime minister
    premier chancellor king queen prince princess pope sheikh senator sen. rep. representative
    governor mayor judge justice secretary ambassador envoy special chief deputy foreign
    defence defense state former acting the late commander marshal father rabbi imam
    """.split()
)

# Nouns naming a role or office: the head of a label ("the special envoy", "that country's leader").
ROLE_NOUNS = frozenset(
    """president leader head chief envoy representative minister secretary adviser advisor
    ambassador candidate spokesman spokeswoman spokesperson chancellor premier governor
    director chairman chairwoman chair commander general diplomat official officer negotiator
    mediator king queen prince senator deputy mayor founder ceo editor analyst correspondent
    politician activist dictator ruler strongman lawmaker member chairperson opponent ally
    autocrat despot tyrant
    """.split()
)

# Lemmas of verbs that introduce reported speech.
SPEECH_VERBS = frozenset(
    """say state remark admit note tell emphasise emphasize add explain confirm warn write
    clarify insist declare announce claim stress argue suggest reply respond ask assert tweet
    post comment complain acknowledge observe recall report describe predict promise vow urge
    point reiterate underline conclude continue concede deny mention repeat sum summarise
    summarize answer quip joke muse call dub brand label term
    """.split()
)

PRONOUNS_PERSON = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})
