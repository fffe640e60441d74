"""Group documents into stories: the sets of articles that report the same news.

A story is what omissions are measured against: an outlet is only "silent" about an event when
it covers the story the event belongs to. A cluster is *evidence* when it spans several
documents, its members' dates agree at year precision (the clusterer may merge a 2024 prisoner
swap with a 2025 release because type and actors match; a year-level disagreement breaks the
link) and some member names a participant, a date or a place (a cluster of bare "talks" or
"called for calm" mentions says nothing about which news the articles report).

Evidence is weighed: a cluster links two documents with weight 1 when both documents' mentions
in it name a person, else (only states or groups, a place or a date: "police detained 30
protesters in Velgrad on 7 January", "Kestovia imposed sanctions in January") with
``WEAK_EVIDENCE``,
because at news-wire density several stories have such an event in one city within a few days
(at 143 synthetic articles a day, 10,000 articles chained into one 7,711-document story through
place-only clusters before this weight).

1. Two documents that share evidence clusters of total weight ``MIN_SHARED_CLUSTERS`` are in
   one story (a cluster of more than ``MAX_PAIR_DOCS`` documents joins all of them at once); then,
   repeatedly, two stories so formed merge when evidence clusters of that total weight each
   span both (articles 1 and 3 share the meeting, 2 and 4 the release). Never across time:
   two documents (or stories, by their median) whose anchors lie more than ``WINDOW_DAYS``
   apart are not joined whatever clusters they share (:func:`apart`).
2. A document rule 1 leaves on its own joins the story of its best neighbour: a document
   sharing one evidence cluster with it, or, with a time anchor (publication date, else the
   latest event date) in the same year and within ``WINDOW_DAYS``, sharing at least
   ``MIN_SHARED_ACTORS`` actors taking part in events of both, or at least
   ``MIN_SHARED_NAMED`` actors the two documents name anywhere. Best: most shared clusters,
   then most shared participants, then most shared named actors, then the nearest anchor,
   then the id. A neighbour whose anchor lies outside the window is never one: a drone
   strike of 1 June shares a "Putin and Trump spoke" cluster with an August summit, and is not
   its story. The named actors count because real reports of one happening often share no
   event the extractor types alike: three articles on one earthquake, one about rescuers from
   China, one about a collapsed tower in Bangkok, one about the junta, name Myanmar, Thailand
   and the wire agency, and no participant of one event.

3. Then two stories of several documents merge when one evidence cluster of at least
   ``MAJORITY_MIN_DOCS`` documents covers at least half of the documents of each: the main
   event of both (ten reports of one air strike fell into the first day's reports and the next
   days' toll reports, joined only by the strike itself, a cluster of states: too weak for
   rule 1). Covering half of each keeps this from chaining: a merged story is larger, so the
   next cluster must cover more of it; and it never takes in a lone document. The two must
   also name alike actors: a cluster of states can cover two stories of the same days.

4. Last, documents and stories about the same things join: two stories of several documents
   whose content centroids (tf-idf over the terms each document stored at analysis time) are
   alike merge, and a document still alone joins the story most like it, both within the time
   window (rule 4, align/story_content.py). Reports of one happening often share no typed event
   and no named person (a report of rockets on two provinces and reports of the border clashes
   they belong to), but they share what they are about.

5. Then two stories of several documents, told in different sets of languages, whose
   documents name alike actors merge, under rule 4's conditions (align/story_content.py): the
   Russian and the English reports of one summit share no word term, and few clusters
   (cross-language event clustering is weak), but they name the same people, states and forces.
   Then, at a lower threshold, two stories each told in several languages are compared too
   (a mixed pair of reports apart from the mixed story they belong to).

Why not connected components of every shared cluster or actor: one wrong cross-story cluster,
or leaders every article of a conflict names, chained a 1,000-article synthetic corpus into one
983-document story, and at 10,000 articles the omission lists of that one story grew
quadratically. Rule 2 only attaches lone documents, so it never merges two stories; rule 1
needs two independent shared events. An actor named in more than ``MAX_ACTOR_DOCS`` documents
is not evidence for rule 2, which also keeps it near-linear (candidates come from an actor ->
documents index, not from every pair). A document with no link is a story of its own. Error
documents (no text) belong to no story.
"""

from __future__ import annotations

import math
from array import array
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Container, Iterable, Iterator
from itertools import pairwise

import numpy as np

from ..records import Actor, Cluster, Document, Event, Story, make_id
from .coref import person_ids
from .discrepancies import date_interval
from .story_content import (
    WINDOW_DAYS,
    DocTerms,
    SetTerms,
    actor_cosines,
    merge_by_actors,
    merge_by_content,
    story_anchors,
)
from .unionfind import IndexUnionFind

MIN_SHARED_CLUSTERS = 2
WEAK_EVIDENCE = 0.5
MIN_SHARED_ACTORS = 2
MAJORITY_MIN_DOCS = 4  # a cluster this wide merges the stories it covers at least half of (rule 3)
MAJORITY_MIN_ACTORS = 0.1  # and only stories whose actor centroids are this alike (rule 3)
MIN_SHARED_NAMED = 3  # actors named anywhere in both documents (rule 2; weaker than participants)
MAX_ACTOR_DOCS = 500
MAX_PAIR_DOCS = 200
PAIR_BUDGET = 250_000  # pair entries counted in one pass (some 8 MB of codes and as much to sort them)


def _year(value: str | None) -> int | None:
    return int(value[:4]) if value and value[:4].isdigit() else None


def _event_years(evs: list[Event]) -> set[int]:
    return {y for e in evs if e.date and (y := _year(e.date.value)) is not None}


def _anchored(e: Event) -> bool:
    """The event says who, when or where (rule 1's evidence requirement)."""
    return bool(e.actor or e.recipient or e.date or e.location)


def _strong_docs(members: list[Event], actors: dict[str, Actor] | None) -> set[str]:
    """The documents whose mentions in a cluster name a person (without actor records: any
    participant); a link between two of them has full evidence weight."""
    if actors is None:
        return {e.doc for e in members if e.actor or e.recipient}
    return {e.doc for e in members if person_ids((*e.actor, *e.recipient), actors)}


def _anchor(doc: Document, evs: list[Event]) -> float | None:
    """The document's point in time: publication date, else its latest dated event."""
    iv = date_interval(doc.published) if doc.published else None
    if iv:
        return iv[0]
    ends = [i[1] for e in evs if e.date and (i := date_interval(e.date.value))]
    return max(ends) if ends else None


def _published_day(doc: Document) -> float:
    """The window's anchor (:func:`apart`): the publication day, the middle of a publication
    month, else NaN. A year alone ("2025", a byline without day or month) is no place in time
    to be months apart from; nor is a document's latest event date, which only bounds its
    publication from below (an undated analysis of a June visit and a September release
    belongs with the June report)."""
    iv = date_interval(doc.published) if doc.published else None
    if not iv or iv[1] - iv[0] > 31:
        return math.nan
    return (iv[0] + iv[1]) / 2


def _anchor_year(doc: Document, evs: list[Event]) -> int | None:
    y = _year(doc.published)
    if y is not None:
        return y
    years = _event_years(evs)
    return max(years) if years else None


NO_YEAR = -(2**31)  # no anchor year, in StoryFacts' year column


class StoryFacts:
    """What story grouping reads of a corpus, in flat arrays: per readable document (added in
    id order) its participants (global actor ids as integer codes), its anchor year and its
    time anchor (:func:`_anchor_year`, :func:`_anchor`); per cluster the position of each
    member's document (the story vote), whether it is evidence (module docstring) and the
    documents whose mentions in it name a person. Documents are positions in the sorted ids,
    clusters are added in id order too, and both are found by bisection.

    Why arrays: at 100,000 articles the same facts as tuples, frozensets and strings held
    some 90 MB, and alignment memory should not grow with the store (dicts from id to
    position held 13 MB more)."""

    def __init__(self, actors: dict[str, Actor] | None = None) -> None:
        self.actors = actors
        self.ids: list[str] = []
        self._codes: dict[str, int] = {}
        self.part, self.part_off = array("i"), array("q", [0])
        self.named, self.named_off = array("i"), array("q", [0])
        self.year, self.anchor = array("i"), array("d")
        self.published = array("d")  # rules 1 and 3's window anchor (:func:`_published_day`)
        self.language, self._languages = array("q"), {}  # each document's language as a bit (rule 5)
        self.cluster_ids: list[str] = []
        self.members, self.member_off = array("i"), array("q", [0])
        self.evidence = array("b")
        self.strong, self.strong_off = array("i"), array("q", [0])
        self.terms = DocTerms()

    def add_document(self, doc: Document, evs: list[Event], named: Iterable[str] = (),
                     terms: dict[str, int] | None = None) -> None:
        """A readable document, its events, the (global) actors it names anywhere and its
        content terms (rule 4); documents come in id order."""
        if self.ids and doc.id <= self.ids[-1]:
            raise ValueError(f"documents must come in id order: {doc.id!r} after {self.ids[-1]!r}")
        if self.cluster_ids:
            raise ValueError("documents must come before clusters")
        self.ids.append(doc.id)
        codes = self._codes
        self.part.extend(codes.setdefault(a, len(codes)) for a in sorted({a for e in evs for a in (*e.actor, *e.recipient)}))
        self.part_off.append(len(self.part))
        self.named.extend(codes.setdefault(a, len(codes)) for a in sorted(set(named)))
        self.named_off.append(len(self.named))
        year = _anchor_year(doc, evs)
        self.year.append(NO_YEAR if year is None else year)
        anchor = _anchor(doc, evs)
        self.anchor.append(math.nan if anchor is None else anchor)
        self.published.append(_published_day(doc))
        bit = self._languages.setdefault(doc.language or "", len(self._languages))
        self.language.append(1 << min(bit, 62))  # past 62 languages, the rest share a bit
        self.terms.add(terms)

    def add_cluster(self, cid: str, members: Iterable[Event]) -> None:
        """A cluster and its member events (those of documents without text are left out: they
        belong to no story); clusters come in id order."""
        if self.cluster_ids and cid <= self.cluster_ids[-1]:
            raise ValueError(f"clusters must come in id order: {cid!r} after {self.cluster_ids[-1]!r}")
        self.cluster_ids.append(cid)
        placed = [(p, e) for e in members if (p := self.position(e.doc)) is not None]
        members = [e for _, e in placed]
        self.members.extend(p for p, _ in placed)
        self.member_off.append(len(self.members))
        evidence = len({e.doc for e in members}) >= 2 and len(_event_years(members)) <= 1 and any(map(_anchored, members))
        self.evidence.append(evidence)
        if evidence:
            strong = _strong_docs(members, self.actors)
            self.strong.extend(sorted({p for p, e in placed if e.doc in strong}))
        self.strong_off.append(len(self.strong))

    def position(self, doc: str) -> int | None:
        """The position of a readable document, else None."""
        return position_in(self.ids, doc)

    def member_docs(self, cid: str) -> list[int]:
        """Positions of the documents of a cluster's readable members (one per member)."""
        k = position_in(self.cluster_ids, cid)
        return [] if k is None else self.members[self.member_off[k] : self.member_off[k + 1]].tolist()

    def evidence_at(self, k: int) -> tuple[list[int], set[int]]:
        """The ``k``-th cluster's distinct document positions (sorted) and those naming a person."""
        moff, soff = self.member_off, self.strong_off
        return sorted(set(self.members[moff[k] : moff[k + 1]])), set(self.strong[soff[k] : soff[k + 1]])

    def evidence_clusters(self) -> Iterator[int]:
        """The index of each evidence cluster."""
        return (k for k, evidence in enumerate(self.evidence) if evidence)

    def iter_evidence(self) -> Iterator[tuple[list[int], set[int]]]:
        """:meth:`evidence_at` of each evidence cluster."""
        return map(self.evidence_at, self.evidence_clusters())


def position_in(ids: list[str], key: str) -> int | None:
    """Where ``key`` is in the sorted list ``ids``, else None."""
    i = bisect_left(ids, key)
    return i if i < len(ids) and ids[i] == key else None


def group_stories(
    documents: list[Document], events: list[Event], clusters: list[Cluster], actors: dict[str, Actor] | None = None,
    named: dict[str, set[str]] | None = None, terms: dict[str, dict[str, int]] | None = None,
) -> list[Story]:
    """Stories over the corpus (sorted by id); sets ``cluster.story`` on every cluster.
    ``actors`` (global id -> Actor) lets evidence be weighed by who takes part; ``named``
    (document id -> global ids of the actors it names) is rule 2's weaker evidence; ``terms``
    (document id -> content terms, ``DocAnalysis.terms``) is rule 4's."""
    docs = {d.id: d for d in documents if d.text and not d.error}
    ev_by_doc: dict[str, list[Event]] = {d: [] for d in sorted(docs)}
    for e in events:
        if e.doc in ev_by_doc:
            ev_by_doc[e.doc].append(e)
    facts = StoryFacts(actors)
    for d, evs in ev_by_doc.items():
        facts.add_document(docs[d], evs, (named or {}).get(d, ()), (terms or {}).get(d))
    ev_index = {e.id: e for e in events}
    for c in sorted(clusters, key=lambda c: c.id):
        facts.add_cluster(c.id, (ev_index[i] for i in c.events if i in ev_index))
    stories, story_of = stories_from_facts(facts, ((c.id, c.documents) for c in clusters))
    for c in clusters:
        if c.id in story_of:
            c.story = story_of[c.id]
    story_clusters: dict[str, list[Cluster]] = {}
    for c in clusters:
        if c.story:
            story_clusters.setdefault(c.story, []).append(c)
    for s in stories:
        s.title = story_title(s, story_clusters.get(s.id, []), docs)
    return stories


def stories_from_facts(
    facts: StoryFacts, clusters: Iterable[tuple[str, list[str]]]
) -> tuple[list[Story], dict[str, str]]:
    """The rules of the module docstring over compact facts, so a large store can be grouped
    without holding its events. Stories come sorted by id, without titles, with the story of
    each cluster (``clusters``: id and documents, in the order of ``Story.clusters``; read
    once, so it may be a stream); a cluster of unreadable documents only has none."""
    n = len(facts.ids)
    uf = IndexUnionFind(n)
    anchor = np.frombuffer(facts.anchor, np.float64)
    _union_pairs(n, facts.iter_evidence, uf, anchor=np.frombuffer(facts.published, np.float64))
    _merge_components(facts, uf)
    _attach_lone_documents(facts, uf)
    _merge_majorities(facts, uf)
    merge_by_content(facts.terms, anchor, uf)
    merge_by_actors(facts.named, facts.named_off, anchor, np.frombuffer(facts.language, np.int64), uf)

    roots = uf.roots()
    order = np.argsort(roots, kind="stable")  # by root, then by position: members in id order
    starts = np.flatnonzero(np.concatenate(([n > 0], roots[order][1:] != roots[order][:-1])))
    doc_story = np.empty(n, np.int32)
    stories: list[Story] = []
    bounds = [*starts.tolist(), n]
    for k, (lo, hi) in enumerate(pairwise(bounds)):
        members = [facts.ids[i] for i in order[lo:hi].tolist()]
        doc_story[order[lo:hi]] = k
        stories.append(Story(id=make_id("story", *members), title="", documents=members, clusters=[]))
    story_of: dict[str, str] = {}
    for cid, cdocs in clusters:
        votes = Counter(doc_story[facts.member_docs(cid)].tolist())
        if not votes:
            votes = Counter(int(doc_story[i]) for d in cdocs if (i := facts.position(d)) is not None)
        if votes:
            story = stories[sorted(votes.items(), key=lambda kv: (-kv[1], stories[kv[0]].id))[0][0]]
            story_of[cid] = story.id
            story.clusters.append(cid)
    return sorted(stories, key=lambda s: s.id), story_of


def _union_pairs(
    n: int, evidence: Callable[[], Iterable[tuple[list[int], Container[int]]]], uf: IndexUnionFind,
    budget: int = PAIR_BUDGET, anchor: np.ndarray | None = None,
) -> None:
    """Rule 1, first part: join two documents sharing evidence of total weight
    ``MIN_SHARED_CLUSTERS`` (a cluster of more than ``MAX_PAIR_DOCS`` joins its documents).
    ``evidence()``: each evidence cluster's sorted document positions (of ``n``) and those
    naming a person; ``anchor``: each document's time anchor in days (NaN: none), when given
    two documents whose anchors lie more than ``WINDOW_DAYS`` apart are never joined
    (:func:`apart`).

    Pairs are counted in flat arrays (at 100,000 documents there are millions, which a Counter
    of tuples holds in gigabytes), in passes over ranges of first documents with about
    ``budget`` pairs each (:func:`_passes`), so the arrays do not grow with the store. The
    pairs below the weight are not kept: rule 2 recounts those of the documents left alone
    (:class:`_LoneLinks`)."""
    firsts = np.zeros(n, np.int64)  # pairs per first document
    for cdocs, strong in evidence():
        if len(cdocs) > MAX_PAIR_DOCS:  # one widely reported event: its documents are one story
            _union_near(sorted(strong), anchor, uf)
        else:
            firsts[cdocs] += np.arange(len(cdocs) - 1, -1, -1)
    for lo, hi in _passes(firsts, budget):
        small = ((cdocs, strong) for cdocs, strong in evidence() if len(cdocs) <= MAX_PAIR_DOCS)
        codes = np.asarray(_joined_pairs(small, n, lo, hi), np.int64)
        if anchor is not None:
            codes = codes[~apart(anchor[codes // n], anchor[codes % n])]
        for code in codes.tolist():
            uf.union(code // n, code % n)


def apart(ta: np.ndarray | float, tb: np.ndarray | float) -> np.ndarray:
    """Whether two time anchors (days; NaN: none) are both known and more than ``WINDOW_DAYS``
    apart. Rules 1 and 3 give publication days (:func:`_published_day`). Reports published months apart are of different news even when the clusterer put
    a mention of each in one cluster: "Trump said on Truth Social" in a February report and
    in a September one, or a meeting of the same leaders in each, share type, participants
    and year, and the extractor may give the later report's mention an earlier date. A story
    that lasts longer still forms, through reports in between that each link to the next."""
    return np.abs(np.subtract(ta, tb)) > WINDOW_DAYS  # NaN compares False: not apart


def _union_near(docs: list[int], anchor: np.ndarray | None, uf: IndexUnionFind) -> None:
    """Join ``docs`` (positions of one widely reported cluster's documents), or, with anchors,
    those within ``WINDOW_DAYS`` of the documents' median anchor (and the unanchored ones)."""
    if not docs:
        return
    if anchor is not None:
        times = anchor[docs]
        known = times[~np.isnan(times)]
        if len(known):
            mid = float(np.sort(known)[(len(known) - 1) // 2])
            docs = [d for d, t in zip(docs, times.tolist(), strict=True) if not apart(t, mid)]
    for other in docs[1:]:
        uf.union(docs[0], other)


def _passes(firsts: np.ndarray, budget: int) -> list[tuple[int, int]]:
    """Ranges ``[lo, hi)`` of first positions, in order, covering ``firsts`` (pairs per first
    position) with at most ``budget`` pairs each (a position with more is a range of its own)."""
    cum = np.cumsum(firsts)
    out: list[tuple[int, int]] = []
    lo = 0
    while lo < len(firsts):
        base = int(cum[lo - 1]) if lo else 0
        hi = max(int(np.searchsorted(cum, base + budget, side="right")), lo + 1)
        out.append((lo, hi))
        lo = hi
    return out


def _joined_pairs(groups: Iterable[tuple[list[int], Container[int]]], n: int, lo: int, hi: int) -> list[int]:
    """The codes ``a * n + b`` of the pairs ``a < b``, ``lo <= a < hi``, that ``groups`` (each
    sorted positions and those naming a person) give evidence of total weight
    ``MIN_SHARED_CLUSTERS``: one pass of the pair count."""
    codes = array("q")  # (pair code << 1) | both name a person
    for ids, strong in groups:
        for i in range(bisect_left(ids, lo), bisect_left(ids, hi)):
            a = ids[i]
            row, a_strong = a * n, a in strong
            for b in ids[i + 1 :]:
                codes.append((row + b) << 1 | (a_strong and b in strong))
    pairs, sums = _pair_weights(codes)
    del codes
    return pairs[sums >= MIN_SHARED_CLUSTERS].tolist()


class _LoneLinks:
    """For each document left alone, the evidence weight it shares with each other document,
    over clusters of at most ``MAX_PAIR_DOCS`` documents: the pairs rule 1 counted. All are
    below ``MIN_SHARED_CLUSTERS``, or rule 1 would have joined the two. They are recounted
    one lone document at a time from an index of its evidence clusters: at 100,000 articles
    31,359 lone documents had 1.4 million such pairs, and holding them took 20 to 100 MB."""

    def __init__(self, n: int, positions: list[int], evidence_at: Callable[[int], tuple[list[int], set[int]]],
                 evidence: Iterable[int]) -> None:
        """``evidence_at(k)``: the sorted document positions of the ``k``-th cluster and those
        naming a person (:meth:`StoryFacts.evidence_at`); ``evidence``: the evidence clusters."""
        lone = np.zeros(n, dtype=bool)
        lone[positions] = True
        keys = array("q")  # (lone document << 32) | cluster index
        for k in evidence:
            docs, _ = evidence_at(k)
            if len(docs) <= MAX_PAIR_DOCS:
                keys.extend(d << 32 | k for d in docs if lone[d])
        index = np.sort(np.frombuffer(keys, np.int64))
        self.docs, self.clusters = index >> 32, index & 0xFFFFFFFF
        self.evidence_at = evidence_at

    def of(self, a: int) -> Counter[int]:
        """Weight shared with each other document, for the lone document at position ``a``."""
        lo, hi = np.searchsorted(self.docs, (a, a + 1)).tolist()
        shared: Counter[int] = Counter()
        for k in self.clusters[lo:hi].tolist():
            cdocs, strong = self.evidence_at(k)
            a_strong = a in strong
            for b in cdocs:
                if b != a:
                    shared[b] += 1.0 if a_strong and b in strong else WEAK_EVIDENCE
        return shared


def _pair_weights(codes: array) -> tuple[np.ndarray, np.ndarray]:
    """Distinct pair codes and their total evidence weight, from entries ``(code << 1) | both
    name a person`` (weight 1, else ``WEAK_EVIDENCE``). The entries are sorted in place, and
    no other array as long as them is made but a byte per entry."""
    if not codes:
        return np.empty(0, np.int64), np.empty(0, np.float32)
    keys = np.frombuffer(codes, np.int64)  # a view: sorted in place, never copied
    keys.sort()
    strong = np.bitwise_and(keys, 1, out=np.empty(len(keys), np.uint8), casting="unsafe")
    keys >>= 1  # pair codes, still sorted
    new = np.empty(len(keys), bool)
    new[0] = True
    np.not_equal(keys[1:], keys[:-1], out=new[1:])
    starts = np.flatnonzero(new)
    del new
    entries = np.diff(starts, append=len(keys))
    strong_entries = np.add.reduceat(strong, starts, dtype=np.int64)
    # each entry weighs WEAK_EVIDENCE, plus as much again when both name a person: exact in float32
    return keys[starts], ((entries + strong_entries) * WEAK_EVIDENCE).astype(np.float32)


def _merge_components(facts: StoryFacts, uf: IndexUnionFind, budget: int = PAIR_BUDGET) -> None:
    """Rule 1, second part: merge multi-document stories that evidence clusters of total weight
    ``MIN_SHARED_CLUSTERS`` span, until nothing changes. Story pairs are counted as codes of
    their roots (positions), in passes like document pairs in :func:`_union_pairs`; a round
    counts every pair over the same stories, then merges. Two stories whose median anchors
    lie more than ``WINDOW_DAYS`` apart never merge (:func:`apart`)."""
    n = len(facts.ids)
    anchor = np.frombuffer(facts.published, np.float64)
    while True:
        roots = uf.roots()
        when = story_anchors(roots, anchor)
        root = roots.tolist()
        firsts = np.zeros(n, np.int64)  # pairs per first root
        spans, span_off = array("i"), array("q", [0])  # each spanning cluster's sorted roots
        strong, strong_off = array("i"), array("q", [0])  # and the roots naming a person in it
        for cdocs, persons in facts.iter_evidence():
            roots = sorted({root[d] for d in cdocs})
            if 1 < len(roots) <= MAX_PAIR_DOCS:
                spans.extend(roots)
                span_off.append(len(spans))
                firsts[roots] += np.arange(len(roots) - 1, -1, -1)
                strong.extend({root[d] for d in persons})
                strong_off.append(len(strong))
        del root, roots
        joins = np.asarray([code for lo, hi in _passes(firsts, budget)
                            for code in _joined_pairs(_spans(spans, span_off, strong, strong_off), n, lo, hi)], np.int64)
        joins = joins[~apart(when[joins // n], when[joins % n])]
        merged = False
        for code in joins.tolist():
            a, b = code // n, code % n
            if uf.find(a) != uf.find(b):
                uf.union(a, b)
                merged = True
        if not merged:
            return


def _merge_majorities(facts: StoryFacts, uf: IndexUnionFind) -> None:
    """Rule 3 (module docstring): stories of several documents that one evidence cluster of at
    least ``MAJORITY_MIN_DOCS`` documents covers at least half of merge, until nothing changes;
    the covered stories join the largest of them (ties: the first root) when their median
    anchors lie within ``WINDOW_DAYS`` of its own (:func:`apart`) and the actors their
    documents name are alike (:func:`~counterpoint.align.story_content.actor_cosines`, at
    least ``MAJORITY_MIN_ACTORS``; not checked when either names none).

    Why the actors: a cluster of states only ("Kestovia imposed sanctions", "Israel struck
    Iran") can hold the mentions of two different stories published the same days. The halves
    of one story still name the same people; two different stories do not. Measured: every
    rule-3 merge on the English and Russian dev blocks (10 merges, all right) had actor cosine
    0.15 to 0.44; on a synthetic corpus (scale.synth, 1,600 articles, seed 7) the 25 wrong
    merges at most 0.05, the 52 right ones at least 0.30."""
    n = len(facts.ids)
    anchor = np.frombuffer(facts.published, np.float64)
    named = SetTerms(facts.named, facts.named_off)
    while True:
        roots = uf.roots()
        size = np.bincount(roots, minlength=n)
        when = story_anchors(roots, anchor)
        alike = actor_cosines(named, roots)
        root = roots.tolist()
        merged = False
        for cdocs, _persons in facts.iter_evidence():
            if len(cdocs) < MAJORITY_MIN_DOCS:
                continue
            per = Counter(root[d] for d in cdocs)
            covered = sorted((r for r in per if size[r] > 1 and 2 * per[r] >= size[r]), key=lambda r: (-size[r], r))
            for r in covered[1:]:
                cos = alike(covered[0], r)
                if (not apart(when[r], when[covered[0]]) and (cos is None or cos >= MAJORITY_MIN_ACTORS)
                        and uf.find(covered[0]) != uf.find(r)):
                    uf.union(covered[0], r)
                    merged = True
        if not merged:
            return


def _spans(spans: array, span_off: array, strong: array, strong_off: array) -> Iterator[tuple[list[int], set[int]]]:
    for k in range(len(span_off) - 1):
        yield spans[span_off[k] : span_off[k + 1]].tolist(), set(strong[strong_off[k] : strong_off[k + 1]])


class _Postings:
    """Which documents hold each code of one per-document code list (participants, or actors
    named anywhere), for the codes the lone documents hold that at most ``MAX_ACTOR_DOCS``
    documents do: the leaders every article names would hold most of the index and are never
    evidence."""

    def __init__(self, codes: array, offsets: array, n: int, positions: list[int]) -> None:
        part = np.frombuffer(codes, np.int32)
        off = np.frombuffer(offsets, np.int64)
        n_codes = int(part.max()) + 1 if len(part) else 0
        wanted = np.zeros(n_codes, bool)
        for i in positions:
            wanted[part[off[i] : off[i + 1]]] = True
        self.eligible = wanted & (np.bincount(part, minlength=n_codes) <= MAX_ACTOR_DOCS)  # distinct per document
        owner = np.repeat(np.arange(n, dtype=np.int32), np.diff(off))
        keep = self.eligible[part]
        by_code = np.argsort(part[keep], kind="stable")  # postings in document order
        self.docs = owner[keep][by_code]
        self.lo = np.searchsorted(part[keep][by_code], np.arange(n_codes + 1))
        self.part, self.off = part, off

    def shared(self, a: int) -> Counter[int]:
        """How many eligible codes the document at position ``a`` shares with each other one."""
        out: Counter[int] = Counter()
        for x in self.part[self.off[a] : self.off[a + 1]].tolist():
            if self.eligible[x]:
                out.update(b for b in self.docs[self.lo[x] : self.lo[x + 1]].tolist() if b != a)
        return out


def _attach_lone_documents(facts: StoryFacts, uf: IndexUnionFind) -> None:
    """Rule 2 (module docstring): each document rule 1 left alone joins its best neighbour's story.
    Documents are positions, so the last tie-break (the id) is the position."""
    n = len(facts.ids)
    roots = uf.roots()
    positions = np.flatnonzero(np.bincount(roots, minlength=n)[roots] == 1).tolist()
    if not positions:
        return
    links = _LoneLinks(n, positions, facts.evidence_at, facts.evidence_clusters())
    participants = _Postings(facts.part, facts.part_off, n, positions)
    named = _Postings(facts.named, facts.named_off, n, positions)
    year, anchor = facts.year, facts.anchor
    for a in positions:
        ya, ta = year[a], anchor[a]
        actors, names = participants.shared(a), named.shared(a)
        clusters = links.of(a)
        best = None
        for b in set(actors) | set(clusters) | set(names):
            tb = anchor[b]
            gap = abs(ta - tb)  # NaN when either has no anchor
            near = ya != NO_YEAR and ya == year[b] and gap <= WINDOW_DAYS
            apart = gap == gap and not near  # both anchored, and not within the window
            if apart or not (clusters[b] or near and (actors[b] >= MIN_SHARED_ACTORS or names[b] >= MIN_SHARED_NAMED)):
                continue
            key = (-clusters[b], -actors[b], -names[b], gap if gap == gap else math.inf, b)
            if best is None or key < best:
                best = key
        if best is not None:
            uf.union(a, best[4])


def story_title(story: Story, clusters: list[Cluster], docs: dict[str, Document]) -> str:
    """The summary of the story's most widely reported cluster (ties: the earliest dated),
    else the first document's title."""
    ranked = sorted(
        (c for c in clusters if c.summary),
        key=lambda c: (-len(set(c.documents)), -len(c.events), c.date or "9999", c.id),
    )
    if ranked and len(set(ranked[0].documents)) > 1:
        return ranked[0].summary
    titles = [docs[d].title for d in story.documents if docs[d].title]
    if titles:
        return Counter(titles).most_common(1)[0][0] or ""
    return ranked[0].summary if ranked else story.documents[0]
