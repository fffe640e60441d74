"""Rewrite per-document (local) actor ids to corpus-wide (global) ones.

Kept apart from the alignment steps so the store can rebuild an aligned corpus from stored
analyses and a stored id mapping without re-running alignment.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..records import CorpusResult, DocAnalysis


def _remap(ids: list[str], mapping: dict[str, str]) -> list[str]:
    out: list[str] = []
    for i in ids:
        g = mapping.get(i, i)
        if g not in out:
            out.append(g)
    return out


def apply_actor_map(analyses: Iterable[DocAnalysis], mapping: dict[str, str]) -> CorpusResult:
    """Concatenate per-document records, rewriting local actor ids to global ones in place."""
    result = CorpusResult()
    for a in analyses:
        result.documents.append(a.document)
        for m in a.mentions:
            m.actor = mapping.get(m.actor, m.actor)
            result.mentions.append(m)
        for e in a.events:
            e.actor = _remap(e.actor, mapping)
            e.recipient = _remap(e.recipient, mapping)
            if e.attributed_to:
                e.attributed_to = mapping.get(e.attributed_to, e.attributed_to)
            for q in [*e.counts, *([e.quantity] if e.quantity else [])]:
                if q.attributed_to:
                    q.attributed_to = mapping.get(q.attributed_to, q.attributed_to)
            result.events.append(e)
        for q in a.quotes:
            if q.speaker:
                q.speaker = mapping.get(q.speaker, q.speaker)
            result.quotes.append(q)
        for lab in a.labels:
            lab.actor = mapping.get(lab.actor, lab.actor)
            result.labels.append(lab)
        for f in a.framing:
            if f.target:
                f.target = mapping.get(f.target, f.target)
            result.framing.append(f)
        for q in a.quantities:
            if q.attributed_to:
                q.attributed_to = mapping.get(q.attributed_to, q.attributed_to)
            result.quantities.append(q)
    return result


