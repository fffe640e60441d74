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

from collections import Counter

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


def group_stories(
    documents: list[Document], events: list[Event], clusters: list[Cluster], actors: dict[str, Actor] | None = None
) -> list[Story]:
    """Stories over the corpus (sorted by id); sets ``cluster.story`` on every cluster.
    ``actors`` (global id -> Actor) lets evidence be weighed by who takes part."""
    docs = {d.id: d for d in documents if d.text and not d.error}
    ev_by_doc: dict[str, list[Event]] = {d: [] for d in docs}
    ev_index = {e.id: e for e in events}
    for e in events:
        if e.doc in ev_by_doc:
            ev_by_doc[e.doc].append(e)
    uf = UnionFind(docs)

    shared: Counter[tuple[str, str]] = Counter()
    evidence: list[tuple[list[str], set[str]]] = []
    for c in clusters:
        members = [ev_index[i] for i in c.events if i in ev_index and ev_index[i].doc in docs]
        cdocs = sorted({e.doc for e in members})
        if len(cdocs) < 2 or len(_event_years(members)) > 1 or not any(map(_anchored, members)):
            continue
        strong = _strong_docs(members, actors)
        evidence.append((cdocs, strong))
        if len(cdocs) > MAX_PAIR_DOCS:  # one widely reported event: its documents are one story
            for other in sorted(strong)[1:]:
                uf.union(min(strong), other)
            continue
        for i, a in enumerate(cdocs):
            for b in cdocs[i + 1 :]:
                shared[(a, b)] += 1.0 if a in strong and b in strong else WEAK_EVIDENCE
    one_cluster: dict[str, Counter[str]] = {}
    for (a, b), n in shared.items():
        if n >= MIN_SHARED_CLUSTERS:
            uf.union(a, b)
        else:
            one_cluster.setdefault(a, Counter())[b] += n
            one_cluster.setdefault(b, Counter())[a] += n
    _merge_components(evidence, uf)

    _attach_lone_documents(docs, ev_by_doc, uf, one_cluster)

    groups: dict[str, list[str]] = {}
    for d in sorted(docs):
        groups.setdefault(uf.find(d), []).append(d)
    doc_story = {}
    stories: list[Story] = []
    for members in groups.values():
        sid = make_id("story", *sorted(members))
        for d in members:
            doc_story[d] = sid
        stories.append(Story(id=sid, title="", documents=sorted(members), clusters=[]))
    by_id = {s.id: s for s in stories}
    for c in clusters:
        votes = Counter(
            doc_story[ev_index[i].doc] for i in c.events if i in ev_index and ev_index[i].doc in doc_story
        )
        if not votes:
            votes = Counter(doc_story[d] for d in c.documents if d in doc_story)
        if votes:
            c.story = sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
            by_id[c.story].clusters.append(c.id)
    story_clusters: dict[str, list[Cluster]] = {}
    for c in clusters:
        if c.story:
            story_clusters.setdefault(c.story, []).append(c)
    for s in stories:
        s.title = story_title(s, story_clusters.get(s.id, []), docs)
    return sorted(stories, key=lambda s: s.id)


def _merge_components(evidence: list[tuple[list[str], set[str]]], uf: UnionFind) -> None:
    """Rule 1, second part: merge multi-document stories that evidence clusters of total weight
    ``MIN_SHARED_CLUSTERS`` span, until nothing changes."""
    while True:
        spans: Counter[tuple[str, str]] = Counter()
        for cdocs, strong in evidence:
            roots = sorted({uf.find(d) for d in cdocs})
            if 1 < len(roots) <= MAX_PAIR_DOCS:
                strong_roots = {uf.find(d) for d in strong}
                for i, a in enumerate(roots):
                    for b in roots[i + 1 :]:
                        spans[(a, b)] += 1.0 if a in strong_roots and b in strong_roots else WEAK_EVIDENCE
        merged = False
        for (a, b), n in spans.items():
            if n >= MIN_SHARED_CLUSTERS and uf.find(a) != uf.find(b):
                uf.union(a, b)
                merged = True
        if not merged:
            return


def _attach_lone_documents(
    docs: dict[str, Document], ev_by_doc: dict[str, list[Event]], uf: UnionFind, one_cluster: dict[str, Counter[str]]
) -> None:
    """Rule 2 (module docstring): each document rule 1 left alone joins its best neighbour's story."""
    sizes = Counter(uf.find(d) for d in docs)
    alone = [d for d in sorted(docs) if sizes[uf.find(d)] == 1]
    if not alone:
        return
    participants = {d: {a for e in evs for a in (*e.actor, *e.recipient)} for d, evs in ev_by_doc.items()}
    postings: dict[str, list[str]] = {}
    for d in sorted(docs):
        for a in participants[d]:
            postings.setdefault(a, []).append(d)
    anchors = {d: (_anchor_year(docs[d], ev_by_doc[d]), _anchor(docs[d], ev_by_doc[d])) for d in docs}
    for a in alone:
        ya, ta = anchors[a]
        actors: Counter[str] = Counter()
        for actor in participants[a]:
            docs_with = postings[actor]
            if len(docs_with) <= MAX_ACTOR_DOCS:
                actors.update(b for b in docs_with if b != a)
        clusters = one_cluster.get(a, Counter())
        best = None
        for b in set(actors) | set(clusters):
            yb, tb = anchors[b]
            near = ya is not None and ya == yb and ta is not None and tb is not None and abs(ta - tb) <= WINDOW_DAYS
            if not clusters[b] and not (near and actors[b] >= MIN_SHARED_ACTORS):
                continue
            gap = abs(ta - tb) if ta is not None and tb is not None else float("inf")
            key = (-clusters[b], -actors[b], gap, b)
            if best is None or key < best:
                best = key
        if best is not None:
            uf.union(a, best[3])


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
