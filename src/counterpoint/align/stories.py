"""Group documents into stories: the sets of articles that report the same news.

A story is what omissions are measured against: an outlet is only "silent" about an event when
it covers the story the event belongs to. Two documents are linked when

1. they share a multi-document event cluster whose members' dates are compatible at year
   precision (the clusterer may merge a 2024 prisoner swap with a 2025 release because type
   and actors match; a year-level disagreement inside the cluster breaks the link), or
2. they share at least ``MIN_SHARED_ACTORS`` actors that take part in events of both, and
   their time anchors (publication date, else the latest event date) fall in the same year and
   within ``WINDOW_DAYS`` of each other.

Stories are the connected components of that graph. A document with no link is a story of its
own. Error documents (no text) belong to no story.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from ..records import Cluster, Document, Event, Story, make_id
from .discrepancies import date_interval

MIN_SHARED_ACTORS = 2
WINDOW_DAYS = 45


class _UnionFind:
    def __init__(self, items: Iterable[str]) -> None:
        self.parent = {i: i for i in items}

    def find(self, x: str) -> str:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _year(value: str | None) -> int | None:
    return int(value[:4]) if value and value[:4].isdigit() else None


def _event_years(evs: list[Event]) -> set[int]:
    return {y for e in evs if e.date and (y := _year(e.date.value)) is not None}


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


def group_stories(documents: list[Document], events: list[Event], clusters: list[Cluster]) -> list[Story]:
    """Stories over the corpus (sorted by id); sets ``cluster.story`` on every cluster."""
    docs = {d.id: d for d in documents if d.text and not d.error}
    ev_by_doc: dict[str, list[Event]] = {d: [] for d in docs}
    ev_index = {e.id: e for e in events}
    for e in events:
        if e.doc in ev_by_doc:
            ev_by_doc[e.doc].append(e)
    uf = _UnionFind(docs)

    for c in clusters:
        members = [ev_index[i] for i in c.events if i in ev_index and ev_index[i].doc in docs]
        cdocs = sorted({e.doc for e in members})
        if len(cdocs) < 2 or len(_event_years(members)) > 1:
            continue
        for other in cdocs[1:]:
            uf.union(cdocs[0], other)

    participants = {d: {a for e in evs for a in (*e.actor, *e.recipient)} for d, evs in ev_by_doc.items()}
    ids = sorted(docs)
    for i, a in enumerate(ids):
        for b in ids[i + 1 :]:
            if uf.find(a) == uf.find(b) or len(participants[a] & participants[b]) < MIN_SHARED_ACTORS:
                continue
            ya, yb = _anchor_year(docs[a], ev_by_doc[a]), _anchor_year(docs[b], ev_by_doc[b])
            ta, tb = _anchor(docs[a], ev_by_doc[a]), _anchor(docs[b], ev_by_doc[b])
            if ya is None or ya != yb or ta is None or tb is None or abs(ta - tb) > WINDOW_DAYS:
                continue
            uf.union(a, b)

    groups: dict[str, list[str]] = {}
    for d in ids:
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
    for s in stories:
        s.title = _title(s, [c for c in clusters if c.story == s.id], docs)
    return sorted(stories, key=lambda s: s.id)


def _title(story: Story, clusters: list[Cluster], docs: dict[str, Document]) -> str:
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
