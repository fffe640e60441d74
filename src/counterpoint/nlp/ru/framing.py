"""Russian framing devices, in ``records.Framing``: "так называемый X" (doubt about the noun
phrase after it), scare quotes (from the quote finder) and the Russian loaded-language list
``data/ru/loaded_language.json``, matched on lemmas so every inflected form counts. Kinds and
scores follow the English lexicon (SemEval-2020 Task 11 technique names).
"""

from __future__ import annotations

import functools

from ...records import Framing, Quote
from ..framing import SCARE_SCORE
from .actors import RuActors
from .base import RuDoc, data
from .quotes import subtree


def _target(rd: RuDoc, ra: RuActors, lo: int, hi: int) -> str | None:
    """The actor a device is about: a mention inside it, else the noun it modifies."""
    m = ra.at(lo, hi)
    if m is not None:
        return m.actor
    t = rd.tok_at(lo)
    if t is not None and t.head is not None:
        h = rd.toks[t.head]
        a = ra.of_token(rd, h.i)
        if a:
            return a
    return None


# Inflection endings of Russian nouns and adjectives: a lexicon word matches a form that is
# its stem plus one of these (Natasha lemmatises participles to their verb and leaves some
# rare nouns unlemmatised: "так называемых", "хунту").
_ENDINGS = frozenset(
    "а у ом е ы ой ою ам ами ах ов ей и ям ями ях ю я ем ых ым ыми ую ая ое ого ому ий ие их им ими ее его ему".split()
) | {""}


def _stem(word: str) -> str:
    return word[:-2] if word.endswith(("ый", "ий", "ой")) else word[:-1] if word[-1] in "аяоеьй" else word


@functools.lru_cache(maxsize=1)
def _index() -> tuple[frozenset[str], dict[str, set[str]]]:
    """The lexicon's words, and stem -> words, for matching a token in a few lookups."""
    words = {w for e in data("loaded_language")["entries"] for w in e["phrase"].split()}
    stems: dict[str, set[str]] = {}
    for w in words:
        if len(_stem(w)) >= 3:
            stems.setdefault(_stem(w), set()).add(w)
    return frozenset(words), stems


def _token_words(lemma: str, lower: str) -> set[str]:
    """The lexicon words a token matches: by lemma, by form, or as stem + inflection ending."""
    words, stems = _index()
    out = {x for x in (lemma, lower) if x in words}
    for k in range(0, 4):
        if k > len(lower) - 3:
            break
        if lower[len(lower) - k :] in _ENDINGS or k == 0:
            out |= stems.get(lower[: len(lower) - k], set())
    return out


def find_framing(rd: RuDoc, ra: RuActors, quotes: list[Quote]) -> list[Framing]:
    lex = data("loaded_language")
    entries = lex["entries"]
    after, before = lex.get("neutral_after", {}), lex.get("neutral_before", {})
    toks = rd.toks
    lemmas = [t.lemma for t in toks]
    matched = [_token_words(t.lemma, t.lower) for t in toks]
    found: list[Framing] = []
    taken: set[int] = set()
    for entry in sorted(entries, key=lambda e: -len(e["phrase"].split())):
        words = entry["phrase"].split()
        n = len(words)
        for i in range(len(toks) - n + 1):
            if words[0] not in matched[i] or not all(w in matched[i + k] for k, w in enumerate(words)):
                continue
            if any(k in taken for k in range(i, i + n)):
                continue
            head = words[-1]
            if i + n < len(toks) and lemmas[i + n] in after.get(head, []):
                continue
            if i > 0 and lemmas[i - 1] in before.get(head, []):
                continue
            lo, hi = toks[i].start, toks[i + n - 1].end
            rule = f"lexicon:{entry['phrase']}"
            if entry["phrase"] == "так называемый" and i + n < len(toks):
                # the doubted noun phrase: the head the participle modifies, with its subtree
                part = toks[i + 1]
                if part.head is not None:
                    tree = [k for k in subtree(rd, part.head) if k > i + 1]
                    if tree:
                        hi = max(hi, toks[max(tree)].end)
                        rule += "|rule:so-called+np"
            taken.update(range(i, i + n))
            found.append(Framing(rd.doc_id, entry["kind"], rd.text[lo:hi], (lo, hi),
                                 _target(rd, ra, lo, hi), float(entry["score"]), rule))
    for q in quotes:
        if q.kind == "scare":
            lo, hi = q.span
            found.append(Framing(rd.doc_id, "scare_quote", q.text, (lo, hi), _target(rd, ra, lo, hi),
                                 SCARE_SCORE, "quotes:scare"))
    return sorted(found, key=lambda f: (f.span, f.kind))
