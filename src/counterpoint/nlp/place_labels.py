"""What a document calls a place: "Mandalay, the country's second-largest city", "the disputed
Himalayan region of Kashmir", "the worst-hit Poonch district".

Places are not actors in the PLOVER sense (they do not act, they are where things happen), so
cp_actors drops most place names. But how an outlet describes a place is framing as much as
how it describes a person ("the disputed region", "Pakistan-occupied Kashmir"), and the gold
of real coverage lists those labels. A place the document describes therefore becomes an
actor of its own (export kind ``other``, the contract's kind for what is neither a person,
an organisation, a country nor a group), with a mention of kind ``place`` at the described
name only: event and quote rules never take a ``place`` mention as a participant or speaker
(see ``actors.actor_at``), so giving a place its labels moves no event.

Three shapes, each headed by a place noun (``place_nouns`` and ``place_words`` in
``data/words.json``):

* an apposition after or before the name, the person rules with place nouns as the role
  nouns: ``Yangon, the country's largest city,`` / ``Myanmar's second city, Mandalay,``;
* a singular place noun with ``of`` before the name: ``the disputed Himalayan region of
  Kashmir`` (a plural, "the cities of X and Y", names a list, not the place);
* the name inside its description, with an article and at least one modifier before it:
  ``the worst-hit Poonch district`` (a bare "the Poonch district" says nothing about it).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ..knowledge.words import PLACE_NOUNS
from .appositions import LabelCandidate, find_label_candidates
from .gazetteer import doc_text

DETERMINERS = ("the", "a", "an", "this", "that")
TRAILING_CLAUSE = re.compile(r"\s(?:with|where|home to|near|about)\s", re.I)
MODIFIER_POS = ("ADJ", "NOUN", "PROPN", "NUM", "ADV", "VERB")


def place_name(span: Span) -> str:
    """The name a place goes by: without an article and without the place noun that the
    text writes after it ("the Poonch district" -> "Poonch")."""
    toks = list(span)
    if toks and toks[0].lower_ == "the":
        toks = toks[1:]
    if len(toks) > 1 and toks[-1].lower_ in PLACE_NOUNS:
        toks = toks[:-1]
    return doc_text(span.doc)[toks[0].idx : toks[-1].idx + len(toks[-1])] if toks else span.text


def _modifiers_left(doc: Doc, i: int) -> int | None:
    """The first token of ``det modifier* `` ending right before token ``i``, or None when no
    determiner opens it. Hyphenated words ("worst-hit") and possessives ("the country's") are
    walked over."""
    j = i - 1
    while j >= 0:
        t = doc[j]
        if t.lower_ in DETERMINERS and t.pos_ in ("DET", "PRON"):
            return j
        if t.text in ("'s", "’s") or (t.text in ("-", "‐") and not t.whitespace_ and j > 0 and not doc[j - 1].whitespace_):
            j -= 1
            continue
        if t.pos_ in MODIFIER_POS and not t.is_sent_start and t.text not in (",", "(", ")"):
            j -= 1
            continue
        return None
    return None


def _of_phrase(doc: Doc, span: Span, name: tuple[int, int]) -> LabelCandidate | None:
    """ "the disputed Himalayan region of Kashmir": the description before "of"."""
    if span.start < 3 or doc[span.start - 1].lower_ != "of":
        return None
    noun = doc[span.start - 2]
    if noun.lower_ not in PLACE_NOUNS or noun.tag_ in ("NNS", "NNPS") or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    first = _modifiers_left(doc, noun.i)
    if first is None:
        return None
    phrase = doc[first : noun.i + 1]
    return LabelCandidate(phrase.text, (phrase.start_char, phrase.end_char), name)


def _inside(doc: Doc, span: Span, name: tuple[int, int]) -> LabelCandidate | None:
    """ "the worst-hit Poonch district": an article, a modifier, the name, a place noun."""
    end = span.end
    if span[-1].lower_ not in PLACE_NOUNS:
        if end >= len(doc) or doc[end].lower_ not in PLACE_NOUNS or doc[end].tag_ in ("NNS", "NNPS"):
            return None
        end += 1
    first = _modifiers_left(doc, span.start)
    if first is None or first >= span.start - 1:
        return None  # "the Poonch district": no description
    phrase = doc[first:end]
    return LabelCandidate(phrase.text, (phrase.start_char, phrase.end_char), name)


def _described(cand: LabelCandidate) -> LabelCandidate | None:
    """The candidate cut before a clause that adds facts ("the second-largest city with a
    population of 1.5 million"), or None when it is another place's proper name ("Sagaing,
    Mandalay Region": a place within a larger one, not a description)."""
    cut = TRAILING_CLAUSE.search(cand.text)
    text = cand.text[: cut.start()] if cut else cand.text
    words = [w for w in text.split() if w.lower() not in ("the", "of")]
    if not words or all(w[:1].isupper() for w in words):
        return None
    return LabelCandidate(text, (cand.span[0], cand.span[0] + len(text)), cand.name_span)


def place_label_candidates(doc: Doc, names: list[tuple[int, int]]) -> list[LabelCandidate]:
    """Labels of the place names at ``names`` (character spans), deduplicated by span."""
    found = [_described(c) for c in find_label_candidates(doc, names, PLACE_NOUNS)]
    out = {c.span: c for c in found if c is not None}
    for name in names:
        span = doc.char_span(*name, alignment_mode="expand")
        if span is None or not len(span):
            continue
        for cand in (_of_phrase(doc, span, name), _inside(doc, span, name)):
            if cand is not None:
                out.setdefault(cand.span, cand)
    return [out[k] for k in sorted(out)]


__all__ = ["place_label_candidates", "place_name"]
