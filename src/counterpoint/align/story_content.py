"""Story grouping, rule 4: documents and stories about the same things join (align/stories.py).

Rules 1 to 3 link documents through the events and actors the extractor found. Reports of one
happening often share neither: a report of a collapsed tower in Bangkok and reports of the
earthquake in Myanmar that caused it name different people and type their events differently;
a report of rockets on two Thai provinces names no participant of the other reports' border
clashes. They share what they are about: "earthquake", "collapse", "rescue", "Surin",
"rocket", an exact count. Each document's content terms are computed at analysis time
(nlp/terms.py) and stored; here they are weighed by rarity in the corpus (tf-idf) and compared
as cosine similarities:

* two stories of several documents merge when the cosine of their centroids (the sums of their
  documents' unit vectors) is at least ``SIMILAR_STORIES``: one attack whose reports fell into
  two event-linked halves (the first day's and the next days');
* then a document still alone joins the story of several documents whose centroid is most
  similar to it, when that cosine is at least ``SIMILAR_LONE``. Two documents alone are not
  joined by content alone: a story's centroid keeps what its reports have in common, one
  document's vector is all its words (on a synthetic corpus every such pair was wrong).

Both need the two sides' time anchors (median publication date) within ``WINDOW_DAYS`` when both
have one, as rule 2 does: two separate air strikes on one country months apart read alike. And
both need a *distinct* match: the best candidate at least ``DISTINCT_RATIO`` times as similar as
the runner-up (for two stories, each the other's best). Where several stories in the same
weeks read alike (one city's news, one war's daily reports), content cannot tell which one a
report belongs to, and a wrong join misleads more than a missed one.
Measured on the English dev stories (8 stories, 63 articles, tf-idf over that corpus): the
centroids of two different stories published within the window had cosine at most 0.13, two
halves of one story 0.33; a document against its own story's other documents at least 0.16,
against another story's at most 0.12.

Rule 5, across languages: two stories of several documents told in different sets of languages
(a Russian-only one and an English-and-Russian one) whose centroids over the actors their
documents name (global actor ids, one language-independent vocabulary: "Камбоджа" and
"Cambodia" are one actor once resolved) are alike merge, under the same window and distinctness
conditions, at cosine at least ``SIMILAR_ACTORS``. Word terms cannot join a Russian half of a
story to its English half; the actors they name can. Two stories in the same languages are
left to rule 4: there the words say more than the names (on a synthetic English corpus of
1,600 articles, 200 stories of invented people, actor centroids alone merged different stories
of the same people a few weeks apart: pairwise precision 0.81 -> 0.78). Measured on the Russian dev block (6
Russian stories analysed with their 6 English pairs, 81 articles): a Russian half and the
English half of one story 0.39 and 0.41; two different stories within the window at most 0.18
(Alaska summit and Polish drones, both naming Trump, Zelensky, Putin); beyond the window up to
0.46 (two Trump-Zelensky stories six months apart: which is why the window is needed).
Rule 5 runs in rounds over the merged stories until nothing merges, and then, in a second
series of rounds, also compares stories that are each told in several languages, whatever
their sets, at ``SIMILAR_MIXED``: an English report and a Russian one of the border clashes
that had formed a pair of their own (English and Russian) were never compared with the
English-and-Russian story they belong to (same set of languages), and rule 4's words cannot
join them either, since half of each side's words are in the other language. Measured on the
Russian dev block after the first series: that pair against its story 0.24 (runner-up 0.03),
any two different stories within the window at most 0.03; the first series' threshold stays,
because a story in one language against a mixed one is the case where names shared with an
unrelated story of the same days weigh most (the 0.18 above).

Why centroids rather than the nearest document: one document of another story can happen to
share a rare word; a story's centroid keeps only what its reports have in common.

Scale: a term in more than ``MAX_TERM_STORIES`` stories is not compared (it still counts in the
norms), and a story is compared through its ``QUERY_TERMS`` heaviest terms, so each comparison
reads bounded postings, and candidates come from a term -> stories index rather than from
every pair: the cost grows with the number of stories, not with its square.
"""

from __future__ import annotations

import math
import zlib
from array import array
from collections.abc import Callable

import numpy as np

from .unionfind import IndexUnionFind

SIMILAR_STORIES = 0.25
SIMILAR_LONE = 0.15
SIMILAR_ACTORS = 0.3  # rule 5: centroids over the (global) actors named
SIMILAR_MIXED = 0.2  # rule 5, second series: two stories each told in several languages, whatever the sets
DISTINCT_RATIO = 2.0  # the best match must be this many times as similar as the runner-up
WINDOW_DAYS = 45
MAX_TERM_STORIES = 200
QUERY_TERMS = 40


def term_code(term: str) -> int:
    """A stable 32-bit code for a term, so grouping holds no vocabulary of strings."""
    return zlib.crc32(term.encode("utf-8"))


class DocTerms:
    """Each document's term codes and counts, in flat arrays (documents in position order)."""

    def __init__(self) -> None:
        self.codes, self.counts, self.off = array("q"), array("f"), array("q", [0])

    def add(self, terms: dict[str, int] | None) -> None:
        for term, count in sorted((terms or {}).items()):
            if count > 0:
                self.codes.append(term_code(term))
                self.counts.append(float(count))
        self.off.append(len(self.codes))


class _Centroids:
    """Unit tf-idf vectors of the documents summed per story root: per root its sorted entries
    (term, weight) and norm, and a term -> (root, weight) index of the terms in at most
    ``MAX_TERM_STORIES`` stories."""

    def __init__(self, terms: DocTerms | SetTerms, roots: np.ndarray) -> None:
        n = len(roots)
        owner = np.repeat(np.arange(n, dtype=np.int32), np.diff(np.frombuffer(terms.off, np.int64)))
        vocab, term = np.unique(np.frombuffer(terms.codes, np.int64), return_inverse=True)
        n_terms = max(len(vocab), 1)
        del vocab
        df = np.bincount(term, minlength=n_terms)
        w = np.log((n + 1) / df)[term]
        w *= 1.0 + np.log(np.frombuffer(terms.counts, np.float32))
        norm = np.sqrt(np.bincount(owner, w * w, minlength=n))
        w /= np.where(norm > 0, norm, 1.0)[owner]
        key = roots[owner].astype(np.int64)
        del owner
        key *= n_terms
        key += term
        del term
        key, inverse = np.unique(key, return_inverse=True)
        self.weight = np.bincount(inverse, w)
        del inverse, w
        self.root, self.term = key // n_terms, key % n_terms
        del key
        self.norm = np.sqrt(np.bincount(self.root, self.weight**2, minlength=n))
        self.lo = np.searchsorted(self.root, np.arange(n + 1))  # each root's entries
        stories_per_term = np.bincount(self.term, minlength=n_terms)
        by_term = np.argsort(self.term, kind="stable")
        self.t_root, self.t_weight = self.root[by_term], self.weight[by_term]
        self.t_lo = np.searchsorted(self.term[by_term], np.arange(n_terms + 1))
        self.compared = (stories_per_term >= 2) & (stories_per_term <= MAX_TERM_STORIES)

    def similar(self, r: int) -> tuple[np.ndarray, np.ndarray]:
        """The other roots sharing a compared term with root ``r`` and their centroid cosines,
        over the ``QUERY_TERMS`` heaviest compared terms of ``r`` (so one comparison reads at
        most ``QUERY_TERMS * MAX_TERM_STORIES`` postings)."""
        lo, hi = self.lo[r], self.lo[r + 1]
        terms, weights = self.term[lo:hi], self.weight[lo:hi]
        keep = self.compared[terms]
        terms, weights = terms[keep], weights[keep]
        if not len(terms) or self.norm[r] == 0:
            return np.empty(0, np.int64), np.empty(0)
        top = np.argsort(-weights, kind="stable")[:QUERY_TERMS]
        terms, weights = terms[top], weights[top]
        starts, lengths = self.t_lo[terms], self.t_lo[terms + 1] - self.t_lo[terms]
        idx = np.repeat(starts - np.cumsum(lengths) + lengths, lengths) + np.arange(int(lengths.sum()))
        found, inverse = np.unique(self.t_root[idx], return_inverse=True)
        dots = np.bincount(inverse, self.t_weight[idx] * np.repeat(weights, lengths))
        other = found != r
        found, dots = found[other], dots[other]
        return found, dots / (self.norm[r] * self.norm[found])


def story_anchors(roots: np.ndarray, anchor: np.ndarray) -> np.ndarray:
    """Each root's median time anchor over its anchored documents (NaN: none anchored)."""
    out = np.full(len(roots), math.nan)
    ok = ~np.isnan(anchor)
    order = np.lexsort((anchor[ok], roots[ok]))
    r, a = roots[ok][order], anchor[ok][order]
    if not len(r):
        return out  # no document has a publication date
    starts = np.flatnonzero(np.concatenate(([True], r[1:] != r[:-1])))
    for lo, hi in zip(starts.tolist(), [*starts[1:].tolist(), len(r)], strict=True):
        out[r[lo]] = a[(lo + hi - 1) // 2]
    return out


def _best(cents: _Centroids, r: int, when: np.ndarray, among: np.ndarray | None = None,
          unlike: np.ndarray | None = None) -> tuple[int, float] | None:
    """Root ``r``'s most similar other root within the window (of ``among``, a mask over roots,
    when given; with ``unlike``, a key per root, only roots whose key differs from ``r``'s), if
    it is distinct: at least ``DISTINCT_RATIO`` times as similar as the runner-up."""
    found, sims = cents.similar(r)
    gap = np.abs(when[found] - when[r])
    keep = np.isnan(gap) | (gap <= WINDOW_DAYS)  # within the window, or a side without an anchor
    if among is not None:
        keep &= among[found]
    if unlike is not None:
        keep &= unlike[found] != unlike[r]
    if not keep.any():
        return None
    found, sims = found[keep], sims[keep]
    order = np.lexsort((found, -sims))
    best, sim = int(found[order[0]]), float(sims[order[0]])
    runner_up = float(sims[order[1]]) if len(order) > 1 else 0.0
    return (best, sim) if sim >= DISTINCT_RATIO * runner_up else None


def _told_in(roots: np.ndarray, languages: np.ndarray) -> np.ndarray:
    """Per root, the set of languages its documents are in (``languages``: a bit each)."""
    told_in = np.zeros(len(roots), np.int64)
    np.bitwise_or.at(told_in, roots, languages)
    return told_in


def _merge_stories(terms: DocTerms | SetTerms, anchor: np.ndarray, uf: IndexUnionFind, similar: float,
                   languages: np.ndarray | None = None, mixed: bool = False) -> bool:
    """One round of merging stories of several documents that are each other's distinct best
    match at cosine ``similar``; whether any merged. With ``languages`` (each document's
    language as a bit), rule 5's: only stories told in different sets of languages, or, with
    ``mixed``, only stories each told in several languages (any sets)."""
    roots = uf.roots()
    size = np.bincount(roots, minlength=len(roots))
    cents, when = _Centroids(terms, roots), story_anchors(roots, anchor)
    several = size > 1
    keys = None
    if languages is not None:
        keys = _told_in(roots, languages)
        if mixed:
            several &= (keys & (keys - 1)) != 0  # more than one language
            keys = None
    best = {r: _best(cents, r, when, several, keys) for r in np.flatnonzero(several).tolist()}
    merged = False
    for r, found in best.items():
        if found and found[0] > r and found[1] >= similar and (back := best.get(found[0])) and back[0] == r:
            uf.union(r, found[0])
            merged = True
    return merged


def merge_by_content(terms: DocTerms, anchor: np.ndarray, uf: IndexUnionFind) -> None:
    """Rule 4 (module docstring) over the stories ``uf`` holds; ``anchor``: each document's time
    anchor in days (NaN: none)."""
    if not len(uf.roots()) or not len(terms.codes):
        return
    _merge_stories(terms, anchor, uf, SIMILAR_STORIES, None)
    roots = uf.roots()
    size = np.bincount(roots, minlength=len(roots))
    cents, when = _Centroids(terms, roots), story_anchors(roots, anchor)
    for r in np.flatnonzero(size == 1).tolist():
        found = _best(cents, r, when)
        if found and size[found[0]] > 1 and found[1] >= SIMILAR_LONE:
            uf.union(r, found[0])


class SetTerms:
    """Per-document sets of integer codes (each counted once) in :class:`DocTerms`' layout,
    over arrays that already exist (``codes``, and ``off``: where each document's codes start):
    rule 5 compares the actors each document names (``StoryFacts.named``) without a copy of
    them as strings or hashes."""

    def __init__(self, codes: array, off: array) -> None:
        self.codes = np.frombuffer(codes, np.int32).astype(np.int64)
        self.counts = np.ones(len(self.codes), np.float32)
        self.off = np.frombuffer(off, np.int64)


def actor_cosines(named: SetTerms, roots: np.ndarray) -> Callable[[int, int], float | None]:
    """The cosine of two roots' centroids over the actors their documents name (rule 3's
    check), through :meth:`_Centroids.similar` of the first root (read once per root); None
    when either names no actor (nothing to compare: a corpus grouped without actor records)."""
    if not len(named.codes):
        return lambda _a, _b: None
    cents = _Centroids(named, roots)
    seen: dict[int, dict[int, float]] = {}

    def cosine(a: int, b: int) -> float | None:
        if cents.norm[a] == 0 or cents.norm[b] == 0:
            return None
        if a not in seen:
            found, sims = cents.similar(a)
            seen[a] = dict(zip(found.tolist(), sims.tolist(), strict=True))
        return seen[a].get(b, 0.0)

    return cosine


def merge_by_actors(codes: array, off: array, anchor: np.ndarray, languages: np.ndarray, uf: IndexUnionFind) -> None:
    """Rule 5 (module docstring) over the actors each document names (``codes``, ``off``:
    ``StoryFacts.named``), ``languages`` being each document's language as a bit: in rounds
    until nothing merges, first stories told in different sets of languages at cosine
    ``SIMILAR_ACTORS``, then two stories each told in several languages (whatever the sets)
    at ``SIMILAR_MIXED``; each merge as in rule 4 (within the window, each the other's
    distinct best)."""
    named = SetTerms(codes, off)
    if not len(uf.roots()) or not len(named.codes):
        return
    for mixed, similar in ((False, SIMILAR_ACTORS), (True, SIMILAR_MIXED)):
        while _merge_stories(named, anchor, uf, similar, languages, mixed):
            pass
