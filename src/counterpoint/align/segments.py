"""Aligning a stored corpus in segments, so memory does not grow with the corpus and adding
documents does not recompute what they cannot change.

Documents are taken in publication order (undated last, then by id) and cut into segments of
``SEGMENT_DOCS``. Each step clusters one segment's event mentions together with the clusters
*carried* from the step before (every cluster with a mention in the previous segment), with
:func:`~counterpoint.align.coref.cluster_features`' ``carried`` rule: carried clusters keep
their members, new mentions may join them, and two carried clusters never merge. A cluster
that gains nothing from a segment is closed and written to the store's staging tables. So a
step holds two segments' documents, whatever the size of the corpus, and an event stays open
while outlets keep reporting it (a report after a full segment of silence starts a new
cluster; at news-wire density a segment is a few days).

A corpus of at most one segment is aligned exactly as :func:`~counterpoint.align.align_with_map`
aligns it (one step, nothing carried): same clusters, stories, discrepancies and omissions.

Around the steps, what needs the whole corpus is kept small:

- actors are resolved over every document's local actors and name mentions only;
- stories are grouped over compact facts (per document: participants and a time anchor; per
  cluster: its members' documents and whether it is evidence), read one document or cluster
  at a time, then omissions, summaries and discrepancies are found story by story, loading
  only those documents.

**Incremental alignment.** Clusters that closed before a segment depend only on the
documents up to it. A run compares the current document order with the stored one (and the
actors of the stored alignment with the new ones): when the first ``p`` documents are the same,
every segment before ``p // SEGMENT_DOCS`` is kept as stored, the clusters open at that point
are carried in again (their members from earlier segments only), and only the rest is
recomputed. New articles are usually the newest, so a daily run realigns its last segment or
two. Stories are regrouped over the whole store (compact facts only); a story that comes out
with the same documents and clusters, naming no changed actor, keeps its stored omissions,
summaries and discrepancies, and only the others are recomputed.
"""

from __future__ import annotations

import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..records import Actor, Cluster
from .actors import resolve_actors
from .cluster_dates import apply_cluster_dates, infer_cluster_dates
from .coref import cluster_events, summarize
from .discrepancies import disputed_fields, find_discrepancies
from .facts import story_discrepancies
from .merge import apply_actor_map
from .omissions import find_omissions
from .stories import StoryFacts, position_in, stories_from_facts, story_title

SEGMENT_DOCS = 2_000

Carried = list[tuple[list[str], list[str]]]  # (event ids, their document ids) per open cluster


@dataclass
class AlignStats:
    """What one segmented alignment did."""

    documents: int = 0
    segments: int = 0  # segments in the store
    recomputed_from: int = 0  # first segment realigned (earlier ones were kept)
    kept_clusters: int = 0
    kept_stories: int = 0  # stories copied from the stored alignment, not recomputed
    clusters: int = 0  # clusters reported by two or more documents
    stories: int = 0
    omissions: int = 0
    seconds: float = 0.0


def align_store(
    store, *, aliases: dict | None = None, inputs_key: str = "", segment_docs: int = SEGMENT_DOCS,
    force: bool = False, on_stage: Callable[[str], None] | None = None,
) -> AlignStats:
    """Align the documents of ``store`` (a :class:`~counterpoint.store.Store`) and replace its
    alignment in one transaction; ``force`` realigns every segment. DuckDB's own memory is
    capped meanwhile (its buffer pool and sorted reads otherwise held hundreds of MB at
    100,000 articles); what it cannot hold spills to disk, and a run that still needs more
    runs again uncapped (:meth:`~counterpoint.store.Store.run_capped`). The store is
    checkpointed first, so the cap is not taken by rows still held for the write-ahead log
    (:meth:`~counterpoint.store.Store.checkpoint`)."""
    store.checkpoint()
    return store.run_capped(lambda: _align_store(store, aliases, inputs_key, segment_docs, force, on_stage),
                            on_retry=on_stage)


def _align_store(
    store, aliases: dict | None, inputs_key: str, segment_docs: int, force: bool,
    on_stage: Callable[[str], None] | None,
) -> AlignStats:
    t0 = time.perf_counter()
    say = on_stage or (lambda _m: None)
    order = store.alignment_order()
    stats = AlignStats(documents=len(order), segments=max(1, -(-len(order) // segment_docs)))
    actors, mapping = resolve_actors(store.load_actor_inputs(), aliases=aliases)  # streamed, read once
    actor_index = {a.id: a for a in actors}
    comparable = not force and _comparable(store, inputs_key)
    staged = store.stage_alignment()
    try:
        staged.put_actors(actors, mapping)
        del mapping  # each step reads its documents' part of the staged map (actor_map_for)
        k0 = _first_changed_segment(store, staged, order, segment_docs) if comparable else 0
        stats.recomputed_from = k0
        carried: Carried = _resume(store, staged, order, k0 * segment_docs, segment_docs, stats) if k0 else []
        starts = list(range(k0 * segment_docs, len(order), segment_docs)) or [len(order)]
        for n, start in enumerate(starts):
            if len(starts) > 1:
                say(f"aligning segment {start // segment_docs + 1} of {stats.segments}")
            seg = order[start : start + segment_docs]
            carried = _align_segment(store, staged, seg, carried, actor_index, last=n == len(starts) - 1)
        _stories_and_omissions(store, staged, actor_index, segment_docs, stats, reuse=comparable, say=say)
        say("writing the alignment")
        staged.commit(order, inputs_key, segment_docs, story_order=stats.kept_stories > 0)
    except BaseException:
        staged.drop()
        raise
    stats.seconds = time.perf_counter() - t0
    return stats


def _comparable(store, inputs_key: str) -> bool:
    """Whether the stored alignment was computed by this version with these alias overrides,
    so that parts of it whose inputs did not change can be kept."""
    stored_key = store.alignment_key()
    return bool(stored_key) and stored_key.split(":")[1:] == inputs_key.split(":")[1:]


def _first_changed_segment(store, staged, order: Sequence[str], segment_docs: int) -> int:
    """The first segment whose inputs differ from the stored alignment's (0: realign all).

    A segment's inputs are its documents and their events' participants as global actor ids
    and kinds: the first document that is new, gone, or names an actor that now resolves to
    another id or kind marks it. Actor *names* may change freely (a spelling becomes the most
    frequent one): the story pass recomputes every story naming a changed actor
    (:func:`_stories_and_omissions`).
    """
    old, old_size = store.aligned_order()
    if not old or old_size != segment_docs:
        return 0
    same = 0
    for a, b in zip(old, order, strict=False):
        if a != b:
            break
        same += 1
    first = staged.first_changed_position()
    if first is not None:
        same = min(same, first)
    return same // segment_docs


def _resume(store, staged, order: Sequence[str], cut: int, segment_docs: int, stats: AlignStats) -> Carried:
    """Keep the stored clusters closed before ``cut`` and return those open at ``cut``, cut
    back to their members before it (what the step at ``cut`` was given last time)."""
    seq = {d: i for i, d in enumerate(order[:cut])}
    last_start = cut - segment_docs
    keep: list[str] = []
    carried: Carried = []
    for c in staged.live_cluster_briefs():
        pos = [seq.get(d) for d in c.documents]
        if all(p is not None and p < last_start for p in pos):
            keep.append(c.id)
        elif any(p is not None for p in pos):
            old_docs = sorted(d for d, p in zip(c.documents, pos, strict=True) if p is not None)
            carried.append((c.events, old_docs))
    staged.keep_clusters(keep)
    stats.kept_clusters = len(keep)
    return carried


def _align_segment(
    store, staged, seg: list[str], carried: Carried, actor_index: dict[str, Actor],
    last: bool,
) -> Carried:
    """Cluster one segment with the clusters carried into it; write the clusters that close."""
    seg_set = set(seg)
    old_doc_set = {d for _, docs in carried for d in docs} - seg_set
    needed = sorted(seg_set | old_doc_set)
    result = apply_actor_map(store.load_for_alignment(needed), staged.actor_map_for(needed))
    documents = {d.id: d for d in result.documents}
    open_ids = {e for evs, _ in carried for e in evs}
    events = [e for e in result.events if e.doc in seg_set or (e.id in open_ids and e.doc in old_doc_set)]
    carried_ids = {e.id for e in events if e.doc in old_doc_set}  # a resumed cluster's later members are new
    groups = [[e for e in evs if e in carried_ids] for evs, _ in carried]
    clusters = cluster_events(events, actor_index, documents, carried=[g for g in groups if g])
    ev_doc = {e.id: e.doc for e in events}
    still_open: Carried = []
    closed: list[Cluster] = []
    for c in clusters:
        docs = sorted({ev_doc[i] for i in c.events})
        if not last and any(d in seg_set for d in docs):
            still_open.append((c.events, docs))
        else:
            closed.append(c)
    staged.put_clusters(closed)  # discrepancies come with the story pass
    return still_open


def _stories_and_omissions(
    store, staged, actor_index: dict[str, Actor], segment_docs: int, stats: AlignStats,
    reuse: bool = False, say: Callable[[str], None] = lambda _m: None,
) -> None:
    """Group stories over compact facts of the whole store, then find omissions story by story,
    a chunk of stories at a time: as many as load about ``segment_docs`` documents, their own
    and those their clusters add (counting story documents only, a chunk at 100,000 articles
    loaded up to 6,205 documents, against 4,418 at 10,000).

    With ``reuse``, a story the stored alignment has too (same id, so the same documents,
    which are content hashes) with the same clusters (ids hash their events) is copied as
    stored, unless one of its documents or its clusters' documents names an actor that
    changed (:meth:`~counterpoint.store.staging.StagedAlignment.changed_actor_docs`): what
    its omissions, summaries and discrepancies are computed from is then unchanged. Copied
    and recomputed omissions are put in story order when the alignment is committed, so
    the rows come out in the order a full run writes them.
    """
    say("grouping stories")
    facts = StoryFacts(actor_index)
    for doc, evs, named, terms in store.iter_story_inputs(staged.actor_map_for):
        facts.add_document(doc, evs, named, terms)
    for cid, evs in staged.iter_cluster_members():
        facts.add_cluster(cid, evs)
    stories, story_of = stories_from_facts(facts, staged.cluster_briefs())
    del facts
    live = staged.live_stories() if reuse else {}
    changed = staged.changed_actor_docs() if live else set()
    orphans: list[str] = []  # clusters of documents without text only: no story
    touched: set[str] = set()  # clusters naming a changed actor
    by_id = {s.id: s for s in stories}
    spill: Counter[str] = Counter()  # documents a story's clusters add to it (an upper bound)
    for cid, cdocs in staged.cluster_briefs():
        stats.clusters += len(cdocs) > 1
        if cid not in story_of:
            orphans.append(cid)
        else:
            members = by_id[story_of[cid]].documents  # sorted
            spill[story_of[cid]] += sum(1 for d in cdocs if position_in(members, d) is None)
        if changed and not changed.isdisjoint(cdocs):
            touched.add(cid)
    stats.stories = len(stories)
    del story_of, by_id

    copies = [s for s in stories if s.id in live and sorted(live[s.id]) == sorted(s.clusters)
              and changed.isdisjoint(s.documents) and touched.isdisjoint(s.clusters)]
    copied = {s.id for s in copies}
    todo = [s for s in stories if s.id not in copied]
    done = told = 0

    def finish(chunk: list, extra: list[str]) -> None:
        nonlocal done, told
        stats.omissions += _story_chunk(store, staged, chunk, actor_index, extra)
        done += len(chunk)
        if done == len(todo) or done - told >= len(todo) / 10:  # about every tenth of the stories
            say(f"omissions and discrepancies: {done:,} of {len(todo):,} stories")
            told = done

    chunk: list = []
    size = 0
    for story in todo:
        chunk.append(story)
        size += len(story.documents) + spill[story.id]  # what the chunk loads
        if size >= segment_docs:
            finish(chunk, [])
            chunk, size = [], 0
    if copies:  # in one go; commit puts omissions back in story order
        stats.omissions += staged.reuse_stories(copies, [c for s in copies for c in s.clusters])
        stats.kept_stories = len(copies)
    if chunk or orphans:  # orphans too get their summaries and discrepancies, stories or not
        finish(chunk, orphans)


def _story_chunk(store, staged, stories, actor_index, extra: list[str]) -> int:
    """Omissions, silent documents, summaries and discrepancies for the clusters of a few
    stories. Summaries and discrepancies are rewritten here for every cluster of these
    stories, clusters kept from the stored alignment included, because they show actor names,
    and a name can change with every run."""
    clusters = staged.clusters([c for s in stories for c in s.clusters] + extra)
    needed = sorted({d for s in stories for d in s.documents} | {d for c in clusters for d in c.documents})
    sub = apply_actor_map(store.load_for_alignment(needed), staged.actor_map_for(needed))
    documents = {d.id: d for d in sub.documents}
    ev_index = {e.id: e for e in sub.events}
    position = {e.id: n for n, e in enumerate(sub.events)}  # the order cluster_events saw them in
    story_of = {c: s.id for s in stories for c in s.clusters}  # the extra clusters have none
    for c in clusters:
        c.story = story_of.get(c.id)
        evs = sorted((ev_index[i] for i in c.events), key=lambda e: position[e.id])
        c.discrepancies, c.scope_notes = find_discrepancies(c, ev_index, documents, actor_index)
        c.summary = summarize(evs, actor_index, disputed_fields(c))
        infer_cluster_dates(c, ev_index)
    apply_cluster_dates(clusters, ev_index)  # omissions below see the inferred dates
    by_story: dict[str, list[Cluster]] = defaultdict(list)
    for c in clusters:
        by_story[c.story].append(c)
    for story in stories:  # titles show a cluster summary: the refreshed one
        story.title = story_title(story, by_story[story.id], documents)
    story_discrepancies(stories, sub.events, documents, actor_index, clusters)
    sub.actors = list(actor_index.values())
    sub.clusters = sorted(clusters, key=lambda c: (c.date or "9999", c.id))
    sub.stories = stories
    omissions = find_omissions(sub)
    staged.finish_story(stories, sub.clusters, omissions)
    return len(omissions)


__all__ = ["SEGMENT_DOCS", "AlignStats", "align_store"]
