"""Natasha as the base of the Russian pipeline: tokens, lemmas, morphology, dependencies and
named entities, parsed once per document into plain objects the rule modules read.

Why Natasha: its wheel ships the Slovnet NER, morphology and syntax models and the Navec
embeddings, so nothing is downloaded at run time, and it runs on CPU at news-wire speed. The
models are loaded once per process (:func:`models`), like ``nlp.get_nlp`` for English.

Lemmas are written with ``е`` for ``ё`` so the lexicons need one spelling.
"""

from __future__ import annotations

import bisect
import functools
import json
import re
from dataclasses import dataclass, field
from importlib import resources
from typing import Any


@functools.lru_cache(maxsize=8)
def data(name: str) -> dict[str, Any]:
    """A Russian data file from ``data/ru/`` (lexicons, word lists), read once."""
    return json.loads(resources.files("counterpoint").joinpath(f"data/ru/{name}.json").read_text("utf-8"))


@dataclass
class Models:
    segmenter: Any
    morph_vocab: Any
    morph: Any
    syntax: Any
    ner: Any


@functools.lru_cache(maxsize=1)
def models() -> Models:
    """Natasha's models, loaded once per process (about a second)."""
    from natasha import (
        MorphVocab,
        NewsEmbedding,
        NewsMorphTagger,
        NewsNERTagger,
        NewsSyntaxParser,
        Segmenter,
    )

    emb = NewsEmbedding()
    return Models(Segmenter(), MorphVocab(), NewsMorphTagger(emb), NewsSyntaxParser(emb), NewsNERTagger(emb))


def fold_yo(text: str) -> str:
    return text.replace("ё", "е").replace("Ё", "Е")


def future_aux(t: Tok) -> bool:
    """A form of быть that makes a future ("будет требовать"), whatever tense the tagger gives it."""
    return t.lemma == "быть" and (t.feats.get("Tense") == "Fut" or t.lower in data("words")["future_auxiliaries"])


@dataclass
class Tok:
    """One token: surface text, character span, lemma, part of speech, features, syntax."""

    i: int  # index in the document
    text: str
    start: int
    end: int
    lemma: str
    pos: str
    feats: dict[str, str]
    sent: int
    head: int | None  # document index of the head token, None for a sentence root
    rel: str

    lower: str = ""  # lower case, ё as е (set in __post_init__)

    def __post_init__(self) -> None:
        self.lower = fold_yo(self.text.lower())


@dataclass
class Ent:
    """A named entity: type (PER, ORG, LOC), span, surface text, nominative normal form."""

    type: str
    start: int
    end: int
    text: str
    normal: str
    toks: list[int] = field(default_factory=list)


@dataclass
class Sent:
    start: int
    end: int
    text: str
    toks: list[int] = field(default_factory=list)


@dataclass
class RuDoc:
    """A parsed Russian document: what every rule module reads."""

    doc_id: str
    text: str
    published: str | None
    toks: list[Tok]
    sents: list[Sent]
    ents: list[Ent]
    starts: list[int] | None = None
    kids: list[list[int]] | None = None

    def children(self, i: int) -> list[Tok]:
        """The dependents of token ``i`` in text order (index built once per document)."""
        if self.kids is None:
            self.kids = [[] for _ in self.toks]
            for t in self.toks:
                if t.head is not None:
                    self.kids[t.head].append(t.i)
        return [self.toks[k] for k in self.kids[i]]

    def sent_toks(self, s: int) -> list[Tok]:
        return [self.toks[k] for k in self.sents[s].toks]

    def tok_at(self, char: int) -> Tok | None:
        """The token covering character ``char`` (binary search over token starts)."""
        k = bisect.bisect_right(self._starts(), char) - 1
        if 0 <= k < len(self.toks) and self.toks[k].start <= char < self.toks[k].end:
            return self.toks[k]
        return None

    def starting_in(self, lo: int, hi: int) -> list[Tok]:
        """The tokens starting in characters ``[lo, hi)``, in order (binary search over token
        starts, not a scan of the document)."""
        starts = self._starts()
        return self.toks[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)] if lo < hi else []

    def sent_of(self, char: int) -> int | None:
        t = self.tok_at(char)
        return t.sent if t is not None else None

    def _starts(self) -> list[int]:
        if self.starts is None or len(self.starts) != len(self.toks):
            self.starts = [t.start for t in self.toks]
        return self.starts


def natasha_doc(text: str) -> Any:
    """Natasha alone on ``text``: segment, tag morphology, parse syntax, tag NER (a
    ``natasha.Doc``). :func:`parse` builds on exactly this call, and ``bench/run.py`` times it
    as the base the Russian pipeline is measured against."""
    from natasha import Doc

    m = models()
    nd = Doc(text)
    nd.segment(m.segmenter)
    split_paragraphs(nd)
    nd.tag_morph(m.morph)
    nd.parse_syntax(m.syntax)
    nd.tag_ner(m.ner)
    return nd


_PARAGRAPH = re.compile(r"\n(?:[ \t]*\n)+")
_LINE = re.compile(r"\n(?:[ \t]*\n)*")
WRAP_MIN, WRAP_MAX = 40, 100  # line lengths of a hard-wrapped text


def hard_wrapped(text: str) -> bool:
    """Whether ``text`` is wrapped at a fixed width (an e-mail, a terminal paste): most lines that
    run on into a next line are of about one length. In such a text a line break is no boundary."""
    lines = text.split("\n")
    running = [len(a) for a, b in zip(lines, lines[1:], strict=False) if a.strip() and b.strip()]
    return len(running) >= 3 and sum(WRAP_MIN <= n <= WRAP_MAX for n in running) >= 0.75 * len(running)


def split_paragraphs(nd: Any) -> None:
    """End a sentence at every line break (at blank lines only in a hard-wrapped text). Razdel's
    sentences end at punctuation, so a headline, a subtitle or a dateline line with no full stop
    ("Саммит ... завершился после пресс-конференции" then "МОСКВА, 16 авг - РИА Новости."), or
    a source line ("Источник: CNN, пишет «Европейская правда»" then "Дословно CNN: «...»") ran
    into the next paragraph's first sentence: the agency and the byline became participants of
    the headline's event, and the source line's speech verb the speaker of the next line's quote.
    Pages and wires write one paragraph a line."""
    from natasha.doc import DocSent

    breaks = _PARAGRAPH if hard_wrapped(nd.text) else _LINE
    out = []
    for s in nd.sents:
        lo = 0
        for m in breaks.finditer(s.text):
            if s.text[lo : m.start()].strip():
                out.append(DocSent(s.start + lo, s.start + m.start(), s.text[lo : m.start()]))
            lo = m.end()
        rest = s.text[lo:]
        if rest.strip():
            out.append(DocSent(s.start + lo, s.stop, rest))
    if len(out) != len(nd.sents):
        nd.sents = out
        nd.envelop_sent_tokens()


def natasha_batch(texts: list[str]) -> int:
    """Natasha alone over a batch (module level so a process pool can run it); returns the
    token count, so the work cannot be skipped."""
    return sum(len(natasha_doc(t).tokens) for t in texts)


def parse(text: str, doc_id: str = "", published: str | None = None) -> RuDoc:
    """Segment, tag, parse and NER-tag ``text`` with Natasha (:func:`natasha_doc`), then
    lemmatise tokens and normalise entity spans to the nominative."""
    m = models()
    nd = natasha_doc(text)
    toks: list[Tok] = []
    sents: list[Sent] = []
    for si, s in enumerate(nd.sents):
        ids = {t.id: len(toks) + k for k, t in enumerate(s.tokens)}
        sent = Sent(s.start, s.stop, s.text)
        for t in s.tokens:
            t.lemmatize(m.morph_vocab)
            i = len(toks)
            toks.append(Tok(i, t.text, t.start, t.stop, fold_yo((t.lemma or t.text).lower()), t.pos or "X",
                            dict(t.feats or {}), si, ids.get(t.head_id), t.rel or ""))
            sent.toks.append(i)
        sents.append(sent)
    ents: list[Ent] = []
    for sp in nd.spans:
        sp.normalize(m.morph_vocab)
        idx = [k for k, t in enumerate(toks) if t.start >= sp.start and t.end <= sp.stop]
        ent = Ent(sp.type, sp.start, sp.stop, sp.text, sp.normal or sp.text, idx)
        if "\n" in sp.text:
            ent = _last_line(text, toks, ent)
        if ent is not None:
            ents.append(ent)
    return RuDoc(doc_id, text, published, toks, sents, ents)


_NAME_POS = ("PROPN", "NOUN", "ADJ", "X")


def _last_line(text: str, toks: list[Tok], e: Ent) -> Ent | None:
    """A name never runs over a line break: NER tagged "сети Х\nДословно CNN" as one name
    across a source line and the next paragraph. The entity keeps its words on its last line,
    from the first one that can be part of a name ("Дословно" is an adverb: "CNN" is left)."""
    line = text.rfind("\n", e.start, e.end) + 1
    idx = [k for k in e.toks if toks[k].start >= line]
    while idx and toks[idx[0]].pos not in _NAME_POS:
        idx = idx[1:]
    if not idx:
        return None
    words = e.normal.split()
    normal = " ".join(words[-len(idx):]) if len(words) == len(e.toks) else text[toks[idx[0]].start : e.end]
    lo = toks[idx[0]].start
    return Ent(e.type, lo, e.end, text[lo : e.end], normal, idx)


@dataclass
class _NormTok:
    """The token shape natasha.norm reads."""

    id: int
    head_id: int | None
    text: str
    pos: str
    feats: dict[str, str]
    start: int
    stop: int


def nominative(rd: RuDoc, idx: list[int]) -> str:
    """A phrase put in the nominative the way Natasha normalises names: its head and the
    adjectives agreeing with it are inflected, dependents keep their case
    ("самопровозглашенным президентом Белоруссии" -> "самопровозглашенный президент Белоруссии")."""
    from natasha.norm import syntax_normalize

    toks = [rd.toks[k] for k in idx]
    inside = set(idx)
    shaped = [_NormTok(t.i, t.head if t.head in inside else None, t.text, t.pos, t.feats, t.start, t.end)
              for t in toks]
    try:
        return syntax_normalize(models().morph_vocab, shaped)
    except Exception:  # noqa: BLE001 - an unknown word form: keep the text as written
        return rd.text[toks[0].start : toks[-1].end]
