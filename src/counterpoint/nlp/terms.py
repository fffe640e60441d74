"""A document's content signature: the words it is about, counted, for story grouping.

Story grouping (align/stories.py) links documents through shared events and actors; reports of
one news item often share neither (a rescue report and a casualty report of one earthquake
name different people and type their events differently) but they share what they are about:
"earthquake", "collapse", "rescue", "Chatuchak", "43 workers". The signature is computed here,
at analysis time, from the parse (the text never reaches alignment) and stored with the
document.

Terms: lemmas of nouns and proper nouns and of nationality words ("Thai", "Cambodian"), lower
case, without stop words and the generic news nouns of ``data/stories/terms.json``; and the
counted things ("43 workers" -> ``#43 workers``): an exact count shared by two reports is rare
evidence that they report one happening. The words of people's names are left out (spaCy's
PERSON entities and the mentions of the document's person actors): a surname is one token of a
name, shared by different people ("Shevevich") and spelled differently by each outlet, and
people are already compared as resolved actors by the other rules; with name words, unrelated
synthetic stories merged through shared surnames. Only the ``max_terms`` most frequent terms
are kept (ties: alphabetical), so a signature is small and the same for the same text.
"""

from __future__ import annotations

import functools
import json
from collections import Counter
from pathlib import Path

from spacy.tokens import Doc

from ..records import Actor, Mention, Quantity
from .gazetteer import doc_tokens

_DATA = Path(__file__).resolve().parents[1] / "data" / "stories" / "terms.json"
CONTENT_POS = {"NOUN", "PROPN"}
COUNT_PREFIX = "#"


@functools.lru_cache(maxsize=1)
def _rules() -> tuple[frozenset[str], int]:
    data = json.loads(_DATA.read_text("utf-8"))
    return frozenset(data["generic_nouns"]), int(data["max_terms"])


def _term(token) -> str | None:  # noqa: ANN001 (a spaCy Token)
    """The term a token contributes, if it is a content word."""
    if not (token.pos_ in CONTENT_POS or token.ent_type_ == "NORP") or token.is_stop or not token.is_alpha:
        return None
    lemma = (token.lemma_ or token.text).lower()
    if len(lemma) < 3 or lemma in _rules()[0]:
        return None
    return lemma


def count_term(q: Quantity) -> str | None:
    """``#<value> <counted noun>`` for an exact count of a named thing, else None."""
    if q.approximate or q.value_max is not None or not q.unit or q.whole is not None:
        return None
    value = int(q.value) if float(q.value).is_integer() else q.value
    return f"{COUNT_PREFIX}{value} {q.unit.lower()}"


def _person_tokens(doc: Doc, actors: list[Actor], mentions: list[Mention]) -> set[int]:
    """Indices of the tokens that name a person: spaCy's PERSON entities and the mentions of
    the document's person actors (names spaCy does not tag)."""
    people = {a.id for a in actors if a.kind == "person"}
    out = {t.i for t in doc_tokens(doc) if t.ent_type_ == "PERSON"}
    for m in mentions:
        if m.actor in people and (span := doc.char_span(m.span[0], m.span[1], alignment_mode="expand")):
            out.update(range(span.start, span.end))
    return out


def document_terms(doc: Doc, quantities: list[Quantity] = (), actors: list[Actor] = (),  # type: ignore[assignment]
                   mentions: list[Mention] = ()) -> dict[str, int]:  # type: ignore[assignment]
    """The document's signature: term -> count, at most ``max_terms`` terms. ``actors`` and
    ``mentions`` (the document's own) say which words name people, who are left out. The tokens
    are the Doc's shared list (``gazetteer.doc_tokens``): iterating the Doc makes new Token
    objects on every pass."""
    people = _person_tokens(doc, actors, mentions)
    counts: Counter[str] = Counter(t for tok in doc_tokens(doc) if tok.i not in people and (t := _term(tok)))
    counts.update(t for q in quantities if (t := count_term(q)))
    keep = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[: _rules()[1]]
    return dict(keep)
