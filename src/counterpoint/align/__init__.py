"""Cross-document alignment: one actor per real actor, one cluster per real event, the
conflicts and omissions between outlets, stories, and outlet framing profiles.

``align(analyses)`` is the whole stage; each step lives in its own module:

- ``actors.resolve_actors``     local actors -> global actors (transliteration-aware)
- ``coref.cluster_events``      events -> clusters (every event in exactly one cluster)
- ``stories.group_stories``     documents and clusters -> stories
- ``discrepancies.find_discrepancies``  per cluster: conflicts vs differences of scope
- ``facts.story_discrepancies``  per story: counts and measures compared across documents,
  whether or not a cluster joins them
- ``cluster_dates``             undated mentions take the date other outlets give the event
- ``omissions.find_omissions``  per outlet: what others report and it does not; cluster.silent
"""

from __future__ import annotations

from collections.abc import Iterable

from ..records import CorpusResult, DocAnalysis
from .actors import resolve_actors
from .cluster_dates import apply_cluster_dates, infer_cluster_dates
from .coref import cluster_events, summarize
from .discrepancies import disputed_fields, find_discrepancies
from .facts import story_discrepancies
from .merge import apply_actor_map
from .omissions import find_omissions
from .stories import group_stories


def align_with_map(
    analyses: Iterable[DocAnalysis], aliases: dict | None = None
) -> tuple[CorpusResult, dict[str, str]]:
    """The whole alignment stage; also returns the local -> global actor id mapping."""
    analyses = list(analyses)
    actors, mapping = resolve_actors(analyses, aliases=aliases)
    result = apply_actor_map(analyses, mapping)
    result.actors = actors
    actor_index = {a.id: a for a in result.actors}
    documents = {d.id: d for d in result.documents}
    events = {e.id: e for e in result.events}
    result.clusters = cluster_events(result.events, actor_index, documents)
    named: dict[str, set[str]] = {}
    for an in analyses:
        named.setdefault(an.document.id, set()).update(mapping.get(a.id, a.id) for a in an.actors)
    terms = {an.document.id: an.terms for an in analyses}
    result.stories = group_stories(result.documents, result.events, result.clusters, actor_index, named, terms)
    for cluster in result.clusters:
        cluster.discrepancies, cluster.scope_notes = find_discrepancies(cluster, events, documents, actor_index)
        if disputed := disputed_fields(cluster):
            cluster.summary = summarize([events[e] for e in cluster.events if e in events], actor_index, disputed)
        infer_cluster_dates(cluster, events)
    apply_cluster_dates(result.clusters, events)
    story_discrepancies(result.stories, result.events, documents, actor_index, result.clusters)
    result.omissions = find_omissions(result)
    return result, mapping


def align(analyses: Iterable[DocAnalysis], aliases: dict | None = None) -> CorpusResult:
    """The whole alignment stage over one corpus."""
    return align_with_map(analyses, aliases)[0]


__all__ = ["align", "align_with_map", "apply_actor_map"]
