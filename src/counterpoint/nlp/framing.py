"""cp_framing: framing devices in one document, each tied to the actor it is about.

Three sources, all documented and inspectable (no trained classifier is available offline):

1. **Scare quotes**: ``doc._.cp_quotes`` of kind "scare" (cp_quotes decides which quotes are
   scare quotes) become ``kind="scare_quote"`` with score 0.8.
2. **Lexicon**: ``data/loaded_language.json`` lists phrases with a SemEval-2020 Task 11
   technique name (loaded_language, name_calling, doubt, exaggeration, appeal_to_fear,
   whataboutism, flag_waving, causal_oversimplification) and a hand-set score. Matching is on
   lower-cased tokens; the last word also matches its plural. Longer matches win over the
   phrases they contain ("blatantly rigged" over "rigged"). "regime" after a neutral modifier
   ("sanctions regime") is skipped.
3. **Rules**: "so-called X" (doubt about the following noun phrase), and a superlative of an
   evaluative adjective is already covered by the lexicon.

Target: the actor the phrase is about, from ``doc._.cp_mentions``: first a mention inside the
phrase's own noun phrase ("the Lukashenko regime", "dictator Lukashenko", "Lukashenko's
henchmen"), then one in apposition or as its possessor; then the actor the document itself
labels with the phrase (``doc._.cp_labels``: "the strongman"); a definite phrase that refers
by itself ("the dictator has ...", "the ruling regime") gets None rather than a neighbour;
otherwise the nearest mention in the same clause (the phrase's clause head and its subtree,
without nested clauses), else None.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from ..records import Framing, Label, Mention
from . import extensions  # noqa: F401
from .gazetteer import doc_text, doc_tokens, sentence_of

SCARE_SCORE = 0.8
DETERMINERS = {"the", "this", "that", "these", "those"}
CLAUSE_DEPS = {"ccomp", "advcl", "relcl", "xcomp", "parataxis", "csubj", "acl"}


@lru_cache(maxsize=1)
def lexicon() -> dict:
    """The packaged framing lexicon (see its "about" field)."""
    path = resources.files("counterpoint") / "data" / "loaded_language.json"
    return json.loads(path.read_text(encoding="utf-8"))


def _plurals(word: str) -> list[str]:
    forms = [word, word + "s", word + "es"]
    if word.endswith("y"):
        forms.append(word[:-1] + "ies")
    if word.endswith("man"):
        forms.append(word[:-3] + "men")
    return forms


def _patterns(phrase: str) -> list[list[str]]:
    """The lower-case word sequences of a phrase, one per plural form of its last word;
    hyphenated words are split the way spaCy tokenises them."""
    words: list[str] = []
    for w in phrase.lower().split():
        parts = w.split("-")
        for i, p in enumerate(parts):
            if i:
                words.append("-")
            words.append(p)
    return [[*words[:-1], last] for last in _plurals(words[-1])]


def build_matcher(vocab) -> PhraseMatcher:
    """A PhraseMatcher on LOWER (a token-pattern Matcher with one IN set per phrase cost 90% of
    this component's time; phrase lookup is a hash probe per token)."""
    matcher = PhraseMatcher(vocab, attr="LOWER")
    for i, entry in enumerate(lexicon()["entries"]):
        matcher.add(f"lex{i}", [Doc(vocab, words=words) for words in _patterns(entry["phrase"])])
    return matcher


def _clause(tok: Token) -> tuple[int, int]:
    """Character bounds of the clause containing ``tok``: its nearest verbal head's subtree,
    minus nested clauses that do not contain ``tok``."""
    head = tok
    while head.head.i != head.i and head.pos_ not in ("VERB", "AUX"):
        head = head.head
    toks = [head]
    stack = list(head.children)
    while stack:
        t = stack.pop()
        if t.dep_ in CLAUSE_DEPS and tok not in t.subtree:
            continue
        toks.append(t)
        stack.extend(t.children)
    sent = sentence_of(tok)
    lo = max(min(t.idx for t in toks), sent.start_char)
    hi = min(max(t.idx + len(t) for t in toks), sent.end_char)
    return lo, hi


def _noun_phrase(span: Span) -> tuple[int, int]:
    """Character bounds of the noun phrase the matched words head or modify."""
    root = span.root
    while root.dep_ in ("amod", "compound", "advmod", "det", "nmod") and root.head.i != root.i:
        root = root.head
    lefts = [t for t in root.subtree if t.i <= root.i]
    start = min(t.idx for t in lefts)
    # include appositions / "of"-phrases to the right ("the regime of X")
    end = root.idx + len(root)
    for child in root.rights:
        if child.dep_ in ("appos", "prep", "compound", "nmod") or child.dep_ == "poss":
            end = max(end, max(t.idx + len(t) for t in child.subtree))
    return start, end


def _label_actor(text: str, labels: list[Label]) -> str | None:
    """The actor the document itself labels with ``text`` ("the strongman"), if exactly one."""
    want = _bare(text)
    actors = {
        lab.actor
        for lab in labels
        if want and (_bare(lab.label) == want or _bare(lab.label).endswith(" " + want))
    }
    return actors.pop() if len(actors) == 1 else None


def _bare(text: str) -> str:
    words = text.lower().split()
    while words and words[0] in DETERMINERS:
        words = words[1:]
    return " ".join(words)


def find_target(
    doc: Doc, start: int, end: int, mentions: list[Mention], labels: list[Label] | None = None
) -> str | None:
    """The actor id a framing span at [start, end) is about, or None (see module docstring)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    np_lo, np_hi = _noun_phrase(span)
    in_np = [m for m in mentions if m.span[0] < max(np_hi, end) and m.span[1] > min(np_lo, start)]
    if in_np:
        return min(in_np, key=lambda m: abs(m.span[0] - start)).actor
    anchor = span.root
    while (
        anchor.dep_ in ("amod", "compound", "advmod", "det", "nmod", "npadvmod") and anchor.head.i != anchor.i
    ):
        anchor = anchor.head
    labelled = _label_actor(doc_text(doc)[np_lo:np_hi], labels or []) or _label_actor(span.text, labels or [])
    if labelled:
        return labelled
    if any(c.dep_ == "det" and c.lower_ in DETERMINERS for c in anchor.children) and anchor.i < span.end:
        # "the dictator ...", "the ruling regime": the phrase refers to someone itself; the
        # actor near it in the clause is not its referent.
        return None
    c_lo, c_hi = _clause(anchor)
    in_clause = [m for m in mentions if m.span[0] >= c_lo and m.span[1] <= c_hi]
    if in_clause:
        return min(in_clause, key=lambda m: min(abs(m.span[0] - end), abs(start - m.span[1]))).actor
    return None


def _neutral(entry: dict, span: Span) -> bool:
    """A lexicon word used in a neutral compound ("sanctions regime")."""
    words = lexicon().get("neutral_after", {}).get(entry["phrase"])
    if not words or span.start == 0:
        return False
    return span.doc[span.start - 1].lower_ in words


def _so_called(doc: Doc) -> list[tuple[int, int, str]]:
    """'so-called X' -> the doubted noun phrase after it."""
    out = []
    for tok in doc_tokens(doc)[:-2]:
        if (
            tok.lower_ == "so"
            and doc[tok.i + 1].text == "-"
            and doc[tok.i + 2].lower_ == "called"
            and tok.i + 3 < len(doc)
        ):
            nxt = doc[tok.i + 3]
            head = nxt.head if nxt.dep_ in ("amod", "compound") else nxt
            hi = max(head.idx + len(head), nxt.idx + len(nxt))
            out.append((tok.idx, hi, "rule:so-called+np"))
    return out


def find_framing(doc: Doc, matcher: PhraseMatcher | None = None) -> list[Framing]:
    """All framing devices of ``doc``, sorted by span."""
    matcher = matcher or build_matcher(doc.vocab)
    entries = lexicon()["entries"]
    mentions = list(doc._.cp_mentions or [])
    labels = list(doc._.cp_labels or [])
    doc_id = doc._.cp_doc_id or ""
    found: list[Framing] = []
    hits = []
    for match_id, s, e in matcher(doc):
        entry = entries[int(doc.vocab.strings[match_id][3:])]
        span = doc[s:e]
        if not _neutral(entry, span):
            hits.append((span, entry))
    # longest match wins; overlapping shorter matches are dropped
    hits.sort(key=lambda h: (-(h[0].end - h[0].start), h[0].start))
    taken: set[int] = set()
    so_called = {lo: (lo, hi, rule) for lo, hi, rule in _so_called(doc)}
    for span, entry in hits:
        if taken & set(range(span.start, span.end)):
            continue
        taken.update(range(span.start, span.end))
        lo, hi = span.start_char, span.end_char
        rule = f"lexicon:{entry['phrase']}"
        if lo in so_called:
            lo, hi, extra = so_called[lo]
            rule += f"|{extra}"
        found.append(
            Framing(
                doc_id,
                entry["kind"],
                doc_text(doc)[lo:hi],
                (lo, hi),
                find_target(doc, lo, hi, mentions, labels),
                float(entry["score"]),
                rule,
            )
        )
    for q in doc._.cp_quotes or []:
        if q.kind == "scare":
            lo, hi = q.span
            found.append(
                Framing(
                    doc_id,
                    "scare_quote",
                    q.text,
                    (lo, hi),
                    find_target(doc, lo, hi, mentions, labels),
                    SCARE_SCORE,
                    "quotes:scare",
                )
            )
    return sorted(found, key=lambda f: (f.span, f.kind))


@Language.factory("cp_framing")
def make_component(nlp: Language, name: str) -> Component:
    return Component(nlp)


class Component:
    """Writes ``doc._.cp_framing``; the matcher is built once per pipeline."""

    def __init__(self, nlp: Language) -> None:
        self.matcher = build_matcher(nlp.vocab)

    def __call__(self, doc: Doc) -> Doc:
        doc._.cp_framing = find_framing(doc, self.matcher)
        return doc
