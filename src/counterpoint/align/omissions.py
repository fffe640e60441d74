"""Per outlet: what other outlets covering the same story report and this one does not.

An omission is only meaningful against a story: an article about a trade deal is not "silent"
about a prisoner release in another story. For every story (``result.stories``, or the whole
corpus as one story when there are none) and every cluster in it:

- ``cluster.silent`` = the story's documents that report no event of the cluster.
- For a **newsworthy** cluster, each silent document gets an ``Omission(what="event")``.
  Newsworthy rule (so that a stray singleton verb is not an "omission"): only affirmative
  (not negated, not hypothetical) events count, and either (a) two or more documents report
  the cluster (other outlets found it worth reporting, even when the doer is unnamed, e.g.
  "police detained 30 protesters"), or (b) an event with a named actor carries a date, a
  quantity or a location, and has a recipient or a quantity (a dated who-did-what-to-whom), or
  (c) it is a dated or counted mass event (protest, crackdown, arrests, assault, mobilisation:
  ``MASS_EVENT_TYPES``) whose doers news prose often leaves unnamed ("police", "protesters").
- For a newsworthy cluster a document does report, facts others give and it does not:
  ``what="date"`` (it gives no date), ``"quantity"`` (no count), ``"actor"`` (an actor or
  recipient other outlets name and it does not).
- Quotes: ``what="quote"`` when other documents of the story quote a speaker (direct or
  partial quotes with a known speaker) whom this document never quotes.

Descriptions are human-readable: "John Coale meets Alexander Lukashenko (2025-09-11), reported
by State Wire".
"""

from __future__ import annotations

from collections.abc import Iterable

from ..records import ASSERTED_DATE_SOURCES, Cluster, CorpusResult, Document, Event, Omission

MASS_EVENT_TYPES = frozenset({"PROTEST", "COERCE", "ASSAULT", "MOBILIZE"})


def is_newsworthy(cluster: Cluster, events: dict[str, Event]) -> bool:
    """The documented newsworthiness rule (see module docstring)."""
    evs = [events[i] for i in cluster.events if i in events]
    affirmative = [e for e in evs if not e.negated and not e.hypothetical]
    if len({e.doc for e in affirmative}) >= 2:
        return True
    for e in affirmative:
        dated = _iso(e.date.value if e.date else None) is not None and e.date_from in ASSERTED_DATE_SOURCES
        if e.actor and (dated or e.quantity or e.location) and (e.recipient or e.quantity):
            return True
        if e.type in MASS_EVENT_TYPES and (dated or e.quantity):
            return True
    return False


def _iso(value: str | None) -> str | None:
    """The value when it is a calendar date at some precision ("PAST_REF" is not)."""
    return value if value and value[:4].isdigit() else None


def _outlets(doc_ids: Iterable[str], docs: dict[str, Document]) -> str:
    names: list[str] = []
    for d in doc_ids:
        name = docs[d].outlet if d in docs and docs[d].outlet else d
        if name not in names:
            names.append(name)
    return ", ".join(names)


def _stories(result: CorpusResult) -> list[tuple[str | None, list[str], list[Cluster]]]:
    """(story id, document ids, clusters) per story; the whole corpus when none."""
    readable = [d.id for d in result.documents if d.text and not d.error]
    if not result.stories:
        return [(None, readable, list(result.clusters))]
    by_story: dict[str | None, list[Cluster]] = {}
    for c in result.clusters:
        by_story.setdefault(c.story, []).append(c)
    return [(s.id, list(s.documents), by_story.get(s.id, [])) for s in result.stories]


def find_omissions(result: CorpusResult) -> list[Omission]:
    """All omissions of the corpus; also sets ``cluster.silent`` on every cluster."""
    docs = {d.id: d for d in result.documents}
    events = {e.id: e for e in result.events}
    names = {a.id: a.name for a in result.actors}
    quoted = _speakers_by_doc(result)
    omissions: list[Omission] = []
    for _sid, story_docs, clusters in _stories(result):
        for c in clusters:
            reporting = {events[i].doc for i in c.events if i in events} | set(c.documents)
            c.silent = [d for d in story_docs if d not in reporting]
            if not is_newsworthy(c, events):
                continue
            reporters = sorted(d for d in story_docs if d in reporting)
            base = f"{c.summary} ({c.date})" if _iso(c.date) else c.summary
            what = f"{base}, reported by {_outlets(reporters, docs)}"
            for d in c.silent:
                omissions.append(Omission(docs[d].outlet, d, "event", c.id, what, reporters))
            omissions += _fact_omissions(c, events, docs, names, reporters)
        omissions += _quote_omissions(quoted, story_docs, docs, names)
    return omissions


def _fact_omissions(
    c: Cluster,
    events: dict[str, Event],
    docs: dict[str, Document],
    names: dict[str, str],
    reporters: list[str],
) -> list[Omission]:
    per_doc: dict[str, list[Event]] = {}
    for i in c.events:
        if i in events:
            per_doc.setdefault(events[i].doc, []).append(events[i])
    out: list[Omission] = []
    for d in reporters:
        mine = per_doc.get(d, [])
        others = {o: evs for o, evs in per_doc.items() if o != d}
        if not mine or not others:
            continue
        checks = (
            # a date other outlets give the event (``cluster``) fills the gap: no omission then
            ("date", lambda e: bool(e.date and _iso(e.date.value) and e.date_from in (*ASSERTED_DATE_SOURCES, "cluster")),
             lambda e: e.date.value if e.date else ""),
            ("quantity", lambda e: e.quantity is not None, lambda e: e.quantity.text if e.quantity else ""),
        )
        for what, has, show in checks:
            if any(has(e) for e in mine):
                continue
            givers = sorted(o for o, evs in others.items() if any(has(e) for e in evs))
            if givers:
                val = next(show(e) for e in others[givers[0]] if has(e))
                out.append(
                    Omission(
                        docs[d].outlet,
                        d,
                        what,
                        c.id,
                        f"{what} of '{c.summary}' ({val}), reported by {_outlets(givers, docs)}",
                        givers,
                    )
                )
        my_actors = {a for e in mine for a in (*e.actor, *e.recipient)}
        missing: dict[str, list[str]] = {}
        for o, evs in others.items():
            for a in {a for e in evs for a in (*e.actor, *e.recipient)} - my_actors:
                missing.setdefault(a, []).append(o)
        for a, givers in sorted(missing.items()):
            out.append(
                Omission(
                    docs[d].outlet,
                    d,
                    "actor",
                    c.id,
                    f"{names.get(a, a)} as a participant in '{c.summary}', named by {_outlets(sorted(givers), docs)}",
                    sorted(givers),
                )
            )
    return out


def _speakers_by_doc(result: CorpusResult) -> dict[str, set[str]]:
    """Per document, the speakers it quotes (direct or partial quotes with a known speaker)."""
    quoted: dict[str, set[str]] = {}
    for q in result.quotes:
        if q.speaker and q.kind in ("direct", "partial"):
            quoted.setdefault(q.doc, set()).add(q.speaker)
    return quoted


def _quote_omissions(
    quoted: dict[str, set[str]], story_docs: list[str], docs: dict[str, Document], names: dict[str, str]
) -> list[Omission]:
    in_story = [d for d in story_docs if d in quoted]
    out: list[Omission] = []
    for d in story_docs:
        mine = quoted.get(d, set())
        missing: dict[str, list[str]] = {}
        for o in in_story:
            if o != d:
                for s in quoted[o] - mine:
                    missing.setdefault(s, []).append(o)
        for s, givers in sorted(missing.items()):
            out.append(
                Omission(
                    docs[d].outlet,
                    d,
                    "quote",
                    None,
                    f"no quote from {names.get(s, s)}, quoted by {_outlets(sorted(givers), docs)}",
                    sorted(givers),
                )
            )
    return out
