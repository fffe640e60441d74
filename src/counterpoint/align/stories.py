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
   span both (articles 1 and 3 share the meeting, 2 and 4 the release).
2. A document rule 1 leaves on its own joins the story of its best neighbour: a document
   sharing one evidence cluster with it, or sharing at least ``MIN_SHARED_ACTORS`` actors
   (taking part in events of both) with a time anchor (publication date, else the latest event
   date) in the same year and within ``WINDOW_DAYS``. Best: most shared clusters, then most
   shared actors, then the nearest anchor, then the id.

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

from array import array
from collections import Counter
from collections.abc import Container, Iterable
from typing import NamedTuple

import numpy as np

from ..records import Actor, Cluster, Document, Event, Story, make_id
from .coref import person_ids
from .discrepancies import date_interval
from .unionfind import UnionFind

MIN_SHARED_CLUSTERS = 2
WEAK_EVIDENCE = 0.5
MIN_SHARED_ACTORS = 2
WINDOW_DAYS = 45
MAX_ACTOR_DOCS = 500
MAX_PAIR_DOCS = 200


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


def _anchor_year(doc: Document, evs: list[Event]) -> int | None:
    y = _year(doc.published)
    if y is not None:
        return y
    years = _event_years(evs)
    return max(years) if years else None


class DocFacts(NamedTuple):
    """What rule 2 reads of a readable document: who takes part in its events and its time
    anchor (:func:`_anchor_year`, :func:`_anchor`)."""

    participants: tuple[str, ...]  # distinct; a tuple takes far less memory than a frozenset
    year: int | None
    anchor: float | None


class ClusterFacts(NamedTuple):
    """What story grouping reads of a cluster: the document of each member in a readable
    document (the story vote), whether it is evidence (module docstring) and the documents
    whose mentions in it name a person."""

    docs: tuple[str, ...]
    evidence: bool
    strong: frozenset[str]


_NO_FACTS = ClusterFacts((), False, frozenset())


def doc_facts(doc: Document, evs: list[Event]) -> DocFacts:
    """A readable document's :class:`DocFacts` from its events."""
    return DocFacts(tuple(sorted({a for e in evs for a in (*e.actor, *e.recipient)})), _anchor_year(doc, evs),
                    _anchor(doc, evs))


def cluster_facts(members: Iterable[Event], readable: Container[str], actors: dict[str, Actor] | None) -> ClusterFacts:
    """A cluster's :class:`ClusterFacts` from its member events (those of documents without
    text are left out: they belong to no story)."""
    members = [e for e in members if e.doc in readable]
    docs = tuple(e.doc for e in members)
    evidence = len(set(docs)) >= 2 and len(_event_years(members)) <= 1 and any(map(_anchored, members))
    return ClusterFacts(docs, evidence, frozenset(_strong_docs(members, actors)) if evidence else frozenset())


def group_stories(
    documents: list[Document], events: list[Event], clusters: list[Cluster], actors: dict[str, Actor] | None = None
) -> list[Story]:
    """Stories over the corpus (sorted by id); sets ``cluster.story`` on every cluster.
    ``actors`` (global id -> Actor) lets evidence be weighed by who takes part."""
    docs = {d.id: d for d in documents if d.text and not d.error}
    ev_by_doc: dict[str, list[Event]] = {d: [] for d in docs}
    for e in events:
        if e.doc in ev_by_doc:
            ev_by_doc[e.doc].append(e)
    ev_index = {e.id: e for e in events}
    facts = {c.id: cluster_facts((ev_index[i] for i in c.events if i in ev_index), docs, actors) for c in clusters}
    stories, story_of = stories_from_facts({d: doc_facts(docs[d], evs) for d, evs in ev_by_doc.items()},
                                           [(c.id, c.documents) for c in clusters], facts)
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
    docs: dict[str, DocFacts], clusters: Iterable[tuple[str, list[str]]], facts: dict[str, ClusterFacts]
) -> tuple[list[Story], dict[str, str]]:
    """The rules of the module docstring over compact facts (``docs``: every readable
    document), so a large store can be grouped without holding its events. Stories come
    sorted by id, without titles, with the story of each cluster (``clusters``: id and
    documents, in the order of ``Story.clusters``); a cluster of unreadable documents only
    has none."""
    ids = sorted(docs)
    uf = UnionFind(ids)
    evidence = [(sorted(set(f.docs)), f.strong) for f in facts.values() if f.evidence]
    pos = {d: i for i, d in enumerate(ids)}
    weak_pairs = _union_pairs(ids, pos, evidence, uf)
    _merge_components(evidence, uf, ids, pos)
    _attach_lone_documents(docs, uf, weak_pairs, ids)

    groups: dict[str, list[str]] = {}
    for d in ids:
        groups.setdefault(uf.find(d), []).append(d)
    doc_story = {}
    stories: list[Story] = []
    for members in groups.values():
        sid = make_id("story", *members)
        for d in members:
            doc_story[d] = sid
        stories.append(Story(id=sid, title="", documents=members, clusters=[]))
    by_id = {s.id: s for s in stories}
    story_of: dict[str, str] = {}
    for cid, cdocs in clusters:
        votes = Counter(doc_story[d] for d in facts.get(cid, _NO_FACTS).docs if d in doc_story)
        if not votes:
            votes = Counter(doc_story[d] for d in cdocs if d in doc_story)
        if votes:
            story = story_of[cid] = sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
            by_id[story].clusters.append(cid)
    return sorted(stories, key=lambda s: s.id), story_of


def _union_pairs(
    ids: list[str], pos: dict[str, int], evidence: list[tuple[list[str], frozenset[str]]], uf: UnionFind
) -> tuple[np.ndarray, np.ndarray]:
    """Rule 1, first part: join two documents sharing evidence of total weight
    ``MIN_SHARED_CLUSTERS`` (a cluster of more than ``MAX_PAIR_DOCS`` joins its documents).
    Returns the pairs below that weight (codes ``i * len(ids) + j`` of document positions, and
    their weights) for rule 2. Pairs are counted in flat arrays: at 100,000 documents there
    are millions, which a Counter of tuples holds in gigabytes."""
    n = len(ids)
    codes = array("q")  # (pair code << 1) | both name a person
    for cdocs, strong in evidence:
        if len(cdocs) > MAX_PAIR_DOCS:  # one widely reported event: its documents are one story
            for other in sorted(strong)[1:]:
                uf.union(min(strong), other)
            continue
        for i, a in enumerate(cdocs):
            row = pos[a] * n
            for b in cdocs[i + 1 :]:
                codes.append((row + pos[b]) << 1 | (a in strong and b in strong))
    pairs, sums = _pair_weights(codes)
    del codes
    joined = sums >= MIN_SHARED_CLUSTERS
    for code in pairs[joined].tolist():
        uf.union(ids[code // n], ids[code % n])
    weak = ~joined
    return pairs[weak], sums[weak]


def _pair_weights(codes: array) -> tuple[np.ndarray, np.ndarray]:
    """Distinct pair codes and their total evidence weight, from entries ``(code << 1) | both
    name a person`` (weight 1, else ``WEAK_EVIDENCE``). The entries are sorted in place."""
    if not codes:
        return np.empty(0, np.int64), np.empty(0, np.float32)
    keys = np.frombuffer(codes, np.int64)  # a view: sorted in place, never copied
    keys.sort()
    weights = np.where(keys & 1, np.float32(1.0), np.float32(WEAK_EVIDENCE))  # exact in float32
    keys >>= 1  # pair codes, still sorted
    starts = np.flatnonzero(np.concatenate(([True], keys[1:] != keys[:-1])))
    return keys[starts], np.add.reduceat(weights, starts)


def _merge_components(
    evidence: list[tuple[list[str], frozenset[str]]], uf: UnionFind, ids: list[str], pos: dict[str, int]
) -> None:
    """Rule 1, second part: merge multi-document stories that evidence clusters of total weight
    ``MIN_SHARED_CLUSTERS`` span, until nothing changes. Story pairs are counted as codes of
    their roots' positions in ``ids`` (``pos``), like document pairs in :func:`_union_pairs`."""
    n = len(ids)
    while True:
        codes = array("q")  # (root pair code << 1) | both stories name a person in the cluster
        for cdocs, strong in evidence:
            roots = sorted({pos[uf.find(d)] for d in cdocs})
            if 1 < len(roots) <= MAX_PAIR_DOCS:
                strong_roots = {pos[uf.find(d)] for d in strong}
                for i, a in enumerate(roots):
                    for b in roots[i + 1 :]:
                        codes.append((a * n + b) << 1 | (a in strong_roots and b in strong_roots))
        pairs, sums = _pair_weights(codes)
        del codes
        merged = False
        for code in pairs[sums >= MIN_SHARED_CLUSTERS].tolist():
            a, b = ids[code // n], ids[code % n]
            if uf.find(a) != uf.find(b):
                uf.union(a, b)
                merged = True
        if not merged:
            return


def _attach_lone_documents(
    docs: dict[str, DocFacts], uf: UnionFind, weak_pairs: tuple[np.ndarray, np.ndarray], ids: list[str]
) -> None:
    """Rule 2 (module docstring): each document rule 1 left alone joins its best neighbour's story."""
    sizes = Counter(uf.find(d) for d in ids)
    positions = [i for i, d in enumerate(ids) if sizes[uf.find(d)] == 1]
    if not positions:
        return
    alone = [ids[i] for i in positions]
    links = _WeakLinks(ids, positions, weak_pairs)
    # Postings only for actors a lone document names and at most MAX_ACTOR_DOCS documents do:
    # the leaders every article names would hold most of the index and are never evidence.
    wanted = {x for a in alone for x in docs[a].participants}
    counts = Counter(x for d in ids for x in docs[d].participants if x in wanted)
    postings: dict[str, list[str]] = {x: [] for x, n in counts.items() if n <= MAX_ACTOR_DOCS}
    del wanted, counts
    for d in ids:
        for x in docs[d].participants:
            if x in postings:
                postings[x].append(d)
    for i, a in zip(positions, alone, strict=True):
        ya, ta = docs[a].year, docs[a].anchor
        actors: Counter[str] = Counter()
        for actor in docs[a].participants:
            if actor in postings:
                actors.update(b for b in postings[actor] if b != a)
        clusters = links.of(i)
        best = None
        for b in set(actors) | set(clusters):
            yb, tb = docs[b].year, docs[b].anchor
            near = ya is not None and ya == yb and ta is not None and tb is not None and abs(ta - tb) <= WINDOW_DAYS
            if not clusters[b] and not (near and actors[b] >= MIN_SHARED_ACTORS):
                continue
            gap = abs(ta - tb) if ta is not None and tb is not None else float("inf")
            key = (-clusters[b], -actors[b], gap, b)
            if best is None or key < best:
                best = key
        if best is not None:
            uf.union(a, best[3])


class _WeakLinks:
    """Evidence shared below rule 1's weight, from each document rule 1 left alone: the weak
    pairs as three sorted arrays (lone document, other document, weight), read one lone document
    at a time. A dict of Counters over every weak pair held about 100 bytes per pair, and a
    100,000-article store has millions."""

    def __init__(self, ids: list[str], positions: list[int], weak_pairs: tuple[np.ndarray, np.ndarray]) -> None:
        pairs, sums = weak_pairs
        n = len(ids)
        lone = np.zeros(n, dtype=bool)
        lone[positions] = True
        first, second = (pairs // n).astype(np.int32), (pairs % n).astype(np.int32)
        one, two = lone[first], lone[second]
        src = np.concatenate((first[one], second[two]))
        order = np.argsort(src, kind="stable")
        self.src = src[order]
        self.dst = np.concatenate((second[one], first[two]))[order]
        self.weight = np.concatenate((sums[one], sums[two]))[order]
        self.ids = ids

    def of(self, i: int) -> Counter[str]:
        """Weight shared with each other document, for the lone document at position ``i``."""
        lo, hi = np.searchsorted(self.src, (i, i + 1)).tolist()
        return Counter(dict(zip([self.ids[j] for j in self.dst[lo:hi].tolist()], self.weight[lo:hi].tolist(),
                                strict=True)))


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
