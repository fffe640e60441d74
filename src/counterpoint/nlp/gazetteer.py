"""spaCy Doc helpers for the nlp components, and the knowledge floor's word knowledge under
the names the nlp modules import.

Country/demonym/metonym lookups, ``fold`` and the closed word lists (titles, role nouns,
speech verbs) live in :mod:`counterpoint.knowledge`, shared with ``align/``; they are
re-exported here so the nlp components keep one import line. What stays here needs a Doc:
``doc_text``, ``sentence_of``, ``word_occurrences``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..knowledge.countries import Place, country_name, demonym, metonym
from ..knowledge.text import fold
from ..knowledge.words import HONORIFICS, PRONOUNS_PERSON, ROLE_NOUNS, SPEECH_VERBS

__all__ = [
    "HONORIFICS",
    "PRONOUNS_PERSON",
    "ROLE_NOUNS",
    "SPEECH_VERBS",
    "Place",
    "country_name",
    "demonym",
    "doc_text",
    "fold",
    "metonym",
    "sentence_of",
    "word_occurrences",
    "doc_tokens",
]


def doc_text(doc: Doc) -> str:
    """``doc.text`` computed once per Doc: spaCy rebuilds the string on every access, which
    made the per-mention lookups quadratic on long articles."""
    key = ("counterpoint", "text", len(doc))
    text = doc.user_data.get(key)
    if text is None:
        text = doc.user_data[key] = doc.text
    return text


def tokens_between(doc: Doc, start: int, end: int) -> list[Token]:
    """Tokens starting in ``[start, end)``, found by bisecting token offsets (not a full scan of the Doc)."""
    if start >= end:
        return []
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return []
    return [t for t in span if start <= t.idx < end]


def doc_tokens(doc: Doc) -> list[Token]:
    """``list(doc)`` made once per Doc: iterating a Doc makes a new Token object per token, and
    the actors, events and framing components each walked every document whole."""
    key = ("counterpoint", "tokens", len(doc))
    toks = doc.user_data.get(key)
    if toks is None:
        toks = doc.user_data[key] = list(doc)
    return toks


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
