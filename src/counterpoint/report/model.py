"""The view model shared by the HTML report and the web app.

Both front ends show the same things (coverage, conflicts, labels, quotes, highlighted
documents), so the bookkeeping that turns a :class:`CorpusResult` into rows lives here once.
Everything returned is plain JSON-ready data; *no* HTML is built here: escaping is the
templates' job (Jinja2 autoescape) and the browser's (``textContent``), never string pasting.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from typing import Any

from ..align.omissions import is_newsworthy
from ..knowledge.scripts import display_names
from ..records import FLAG_KINDS, Cluster, CorpusResult, Discrepancy, Event
from ..wording import event_counts
from .words import cluster_title, date_words, tone_note

# Annotation kinds drawn in document views, in paint order (later ones nest inside earlier).
ANNOTATION_KINDS = ("sentence", "event", "quote", "label", "loaded", "scare")

_ISO = re.compile(r"\b\d{4}-(?:\d{2}-\d{2}|\d{2}|SP|SU|FA|WI|Q[1-4])\b")  # dates in align's notes
_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def safe_json(obj: Any) -> str:
    """JSON that is safe inside a ``<script>`` element: no ``</script>``, ``<!--``, ``&`` or
    JS line terminators can break out of the element or the string literal."""
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"), default=str)
    for ch, rep in _JSON_ESCAPES.items():
        text = text.replace(ch, rep)
    return text


def safe_url(url: str | None) -> str | None:
    """Only http(s) URLs become links; anything else (``javascript:``, ``data:``) is dropped."""
    if not url:
        return None
    u = url.strip()
    low = u.lower()
    if (low.startswith("http://") or low.startswith("https://")) and not any(c in u for c in "\x00\r\n\t "):
        return u
    return None


def event_cluster_map(result: CorpusResult) -> dict[str, str]:
    """event id -> cluster id."""
    return {e: c.id for c in result.clusters for e in c.events}


def conflict_clusters(result: CorpusResult) -> set[str]:
    return {c.id for c in result.clusters if any(d.kind in FLAG_KINDS for d in c.discrepancies)}


def _span(s: Any) -> list[int] | None:
    if s is None:
        return None
    try:
        a, b = int(s[0]), int(s[1])
    except (TypeError, ValueError, IndexError):
        return None
    return [a, b] if 0 <= a <= b else None


def event_sentence_span(ev: Event) -> list[int] | None:
    """The sentence of an event, falling back to its evidence span."""
    return _span(ev.sentence_span) or _span(ev.span)


def doc_annotations(result: CorpusResult, script: str | None = None) -> dict[str, list[list[Any]]]:
    """Per document, ``[start, end, kind, ref, note]`` annotations to highlight.

    ``ref`` is the cluster id for events (so views can join the same event across documents)
    and the actor id for labels/quotes/framing; ``note`` is a short tooltip text (actor names
    in ``script``, see :func:`shown_names`)."""
    cmap = event_cluster_map(result)
    names = shown_names(result, script)
    out: dict[str, list[list[Any]]] = defaultdict(list)
    for ev in result.events:
        sent = event_sentence_span(ev)
        cl = cmap.get(ev.id, "")
        if sent:
            out[ev.doc].append([sent[0], sent[1], "sentence", cl, ev.label])
        trig = _span(ev.trigger_span) or _span(ev.span)
        if trig:
            date = ev.date.value if ev.date and ev.date.value else ""
            out[ev.doc].append([trig[0], trig[1], "event", cl, f"{ev.label} {date}".strip()])
    for q in result.quotes:
        sp = _span(q.span)
        if sp:
            kind = "scare" if q.kind == "scare" else "quote"
            who = names.get(q.speaker or "", q.speaker_text or "")
            out[q.doc].append([sp[0], sp[1], kind, q.speaker or "", who])
    for lab in result.labels:
        sp = _span(lab.span)
        if sp:
            out[lab.doc].append([sp[0], sp[1], "label", lab.actor, names.get(lab.actor, "")])
    for f in result.framing:
        sp = _span(f.span)
        if sp:
            kind = "scare" if f.kind == "scare_quote" else "loaded"
            out[f.doc].append([sp[0], sp[1], kind, f.target or "", f.kind])
    for anns in out.values():
        anns.sort(key=lambda a: (a[0], -a[1], ANNOTATION_KINDS.index(a[2])))
    return dict(out)


def segments(text: str, anns: list[list[Any]]) -> list[dict[str, Any]]:
    """Cut ``text`` at every annotation boundary: ``[{"text", "start", "kinds", "clusters",
    "notes"}]``. Overlapping annotations simply stack their kinds on a segment, so rendering
    is a flat list of spans (no nesting to get wrong)."""
    n = len(text)
    cuts = {0, n}
    clean = []
    for a in anns:
        s, e = max(0, min(n, a[0])), max(0, min(n, a[1]))
        if e > s:
            cuts.update((s, e))
            clean.append((s, e, a))
    bounds = sorted(cuts)
    segs = []
    for lo, hi in zip(bounds, bounds[1:], strict=False):
        act = [a for s, e, a in clean if s <= lo and hi <= e]
        kinds = sorted({a[2] for a in act}, key=ANNOTATION_KINDS.index)
        clusters = sorted({a[3] for a in act if a[2] in ("event", "sentence") and a[3]})
        notes = sorted({str(a[4]) for a in act if a[4]})
        segs.append({"text": text[lo:hi], "start": lo, "kinds": kinds, "clusters": clusters, "notes": notes})
    return segs


def _disc_row(d: Discrepancy, docs: dict[str, Any], names: dict[str, str]) -> dict[str, Any]:
    """One discrepancy as rows; actor ids in values (actor/recipient/speaker fields) become names."""
    vals = []
    for v in d.values:
        doc = docs.get(v.doc)
        vals.append(
            {
                "doc": v.doc,
                "event": v.event,
                "value": date_words(v.value) if d.field == "date" else names.get(v.value, v.value),
                "raw": v.value,
                "sentence": v.sentence or "",
                "span": _span(v.span),
                "outlet": doc.outlet if doc else "?",
                "lang": (doc.language or "en") if doc else "en",  # the sentence is shown as written
                # who asserts the value: the source the outlet cites, else the outlet itself
                "source": names.get(v.attributed_to, v.attributed_to) if v.attributed_to else "the outlet itself",
            }
        )
    return {"field": d.field, "kind": d.kind, "kind_words": KIND_WORDS.get(d.kind, d.kind),
            "note": _ISO.sub(lambda m: date_words(m.group(0)), d.note), "values": vals}


STORY_FACTS_TITLE = "Figures compared across the story"  # a story-level fact group's row

# How each kind of difference is named to a reader (report and app): only a conflict says
# "cannot both be true".
KIND_WORDS = {
    "conflict": "conflict: cannot both be true",
    "disputed": "disputed: named sources disagree",
    "scope": "difference of scope or precision",
    "unverified": "not verified: cannot tell whether these conflict",
}


def cluster_label(c: Cluster, events: dict[str, Event]) -> str:
    """What to call a cluster's event: its PLOVER category, else its members' general kind."""
    if c.type:
        return c.type
    kinds = Counter(events[e].label for e in c.events if e in events)
    return kinds.most_common(1)[0][0] if kinds else "event"


def contested_values(c: Cluster, events: dict[str, Event], names: dict[str, str]) -> dict[str, list[str]]:
    """Per field, every way the cluster's disagreeing values are written (the stored value,
    its name or words, and the date phrase of each event), so a title can leave them all out:
    conflicts, disputes, and differences counterpoint could not verify (a title must not take
    a side in any of them)."""
    out: dict[str, list[str]] = defaultdict(list)
    for d in [*c.discrepancies, *c.scope_notes]:
        if d.kind not in (*FLAG_KINDS, "unverified"):
            continue
        for v in d.values:
            out[d.field] += [v.value, names.get(v.value, v.value)]
            if d.field == "date":
                out[d.field].append(date_words(v.value))
                ev = events.get(v.event)
                if ev is not None and ev.date and ev.date.text:
                    out[d.field].append(ev.date.text)
    return {k: [x for x in dict.fromkeys(v) if x] for k, v in out.items()}


def _dedupe_scope(conflicts: list[dict[str, Any]], notes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Scope notes without the values a conflict of the same field already shows.

    Align may report, for one field, a conflict (2 March vs 3 March) and a scope note over
    the same values plus a coarser one (March 2026 contains both). Listing the pair under
    both headings tells the reader they are and are not a contradiction; the scope note
    keeps only the values the conflict does not list, and is dropped when none are left."""
    shown = {(c["field"], v["doc"], v["raw"]) for c in conflicts for v in c["values"]}
    out = []
    for n in notes:
        rest = [v for v in n["values"] if (n["field"], v["doc"], v["raw"]) not in shown]
        if not rest:
            continue
        if len(rest) < len(n["values"]):
            n = dict(n, values=rest,
                     note=(n["note"] + "; " if n["note"] else "") + "the conflicting values are under Discrepancies")
        out.append(n)
    return out


def shown_names(result: CorpusResult, script: str | None = None) -> dict[str, str]:
    """Actor id -> the name shown in ``script`` (latin, cyrillic, as-written; None: the
    default), see :mod:`counterpoint.knowledge.scripts`."""
    return {k: shown for k, (shown, _) in display_names(result.actors, script).items()}


def build_view(result: CorpusResult, script: str | None = None) -> dict[str, Any]:
    """Everything the report/app tables need, as plain data. Actor names are shown in
    ``script`` with the other spellings in ``also`` (``actors`` rows keep ``name`` as stored
    and add ``display_name``/``also``)."""
    docs = {d.id: d for d in result.documents}
    outlets = sorted({d.outlet for d in result.documents})
    shown = display_names(result.actors, script)
    names = {k: v[0] for k, v in shown.items()}
    events = {e.id: e for e in result.events}
    sentence_of = {e.id: event_sentence_span(e) for e in result.events}

    def fix_span(v: dict[str, Any]) -> None:
        if v["span"] is None and v["event"] in sentence_of:
            v["span"] = sentence_of[v["event"]]

    clusters = []
    discrepancies = []
    scope_notes = []
    for c in result.clusters:
        status: dict[str, str] = {}
        conflicted = {v.doc for d in c.discrepancies if d.kind in FLAG_KINDS for v in d.values}
        for doc_id in c.documents:
            o = docs[doc_id].outlet if doc_id in docs else "?"
            st = "conflicting" if doc_id in conflicted else "reported"
            if status.get(o) != "conflicting":
                status[o] = st
        for doc_id in c.silent:
            o = docs[doc_id].outlet if doc_id in docs else "?"
            status.setdefault(o, "silent")
        actors = sorted({a for e in c.events if e in events for a in events[e].actor + events[e].recipient})
        # where each outlet reports it: the first member event's sentence, for "jump to evidence"
        evidence: dict[str, dict[str, Any]] = {}
        for e in c.events:
            if e in events and events[e].doc in docs:
                evidence.setdefault(
                    docs[events[e].doc].outlet, {"doc": events[e].doc, "span": sentence_of[e]}
                )
        contested = contested_values(c, events, names)
        title = cluster_title([events[e] for e in c.events if e in events], names, contested, c.summary)
        disputed = [date_words(v.value) for d in c.discrepancies if d.kind in FLAG_KINDS and d.field == "date"
                    for v in d.values]
        when = f"disputed: {' or '.join(dict.fromkeys(disputed))}" if disputed else date_words(c.date)
        row = {
            "id": c.id,
            "type": cluster_label(c, events),
            "summary": title,
            "align_summary": c.summary,
            "date": c.date,
            "date_words": when,
            "status": status,
            "outlets": sorted(o for o, s in status.items() if s != "silent"),
            "actors": actors,
            "events": c.events,
            "documents": c.documents,
            "story": c.story,
            "evidence": evidence,
            "newsworthy": is_newsworthy(c, events),
        }
        clusters.append(row)
        mine_conflicts, mine_scope = [], []
        for d in list(c.discrepancies) + list(c.scope_notes):
            r = _disc_row(d, docs, names)
            for v in r["values"]:
                fix_span(v)
            r.update(cluster=c.id, summary=title, type=cluster_label(c, events), actors=actors)
            (mine_conflicts if d.kind in FLAG_KINDS else mine_scope).append(r)
        discrepancies += mine_conflicts
        scope_notes += _dedupe_scope(mine_conflicts, mine_scope)

    # Figures compared across a whole story with no one event cluster joining them (align/facts.py:
    # "230 passengers" in one report, "232" in another): listed with the clusters' own.
    for st in result.stories:
        mine_conflicts, mine_scope = [], []
        for d in st.discrepancies:
            r = _disc_row(d, docs, names)
            for v in r["values"]:
                fix_span(v)
            r.update(cluster=None, story=st.id, group=d.group, summary=STORY_FACTS_TITLE, type="facts", actors=[])
            (mine_conflicts if d.kind in FLAG_KINDS else mine_scope).append(r)
        discrepancies += mine_conflicts
        scope_notes += _dedupe_scope(mine_conflicts, mine_scope)

    # What a reader needs first: events several outlets report (conflicts on top), then the
    # newsworthy events only one outlet reports, then the rest; dates in order within each.
    clusters.sort(key=lambda r: (
        not any(st == "conflicting" for st in r["status"].values()), -len(r["outlets"]), not r["newsworthy"],
        r["date"] or "9999"))
    quotes = []
    for q in result.quotes:
        doc = docs.get(q.doc)
        quotes.append(
            {
                "id": q.id,
                "doc": q.doc,
                "outlet": doc.outlet if doc else "?",
                "kind": q.kind,
                "text": q.text,
                "speaker": q.speaker or "",
                "speaker_name": names.get(q.speaker or "", q.speaker_text or "unattributed"),
                "span": _span(q.span),
            }
        )
    shared = sum(1 for c in result.clusters if len(set(c.documents)) >= 2)
    title_of = {r["id"]: r["summary"] for r in clusters}
    size = {c.id: len(set(c.documents)) for c in result.clusters}
    story_titles = {}
    for st in result.stories:
        # named by its most reported event, in the same words as that event's row (align's
        # story title may name a contested value, e.g. the place outlets disagree on)
        top = max((c for c in st.clusters if c in title_of), key=lambda c: size.get(c, 0), default=None)
        story_titles[st.id] = title_of[top] if top else st.title
    return {
        "story_titles": story_titles,
        "counts": event_counts(len(result.events), len(result.clusters), shared),
        "outlets": outlets,
        "documents": [document_meta(d) for d in result.documents],
        "actors": [{"id": a.id, "name": a.name, "kind": a.kind, "display_name": shown[a.id][0],
                    "also": shown[a.id][1]} for a in result.actors],
        "clusters": clusters,
        "discrepancies": discrepancies,
        "scope_notes": scope_notes,
        "quotes": quotes,
        "actor_panel": actor_panel(result, shown),
        "omissions": [
            {
                "outlet": o.outlet,
                "doc": o.doc,
                "what": o.what,
                "cluster": o.cluster,
                "description": o.description,
                "reported_by": o.reported_by,
            }
            for o in result.omissions
        ],
        "event_types": sorted({e.label for e in result.events}),
    }


def document_meta(d: Any) -> dict[str, Any]:
    return {
        "id": d.id,
        "outlet": d.outlet,
        "title": d.title or d.source,
        "published": d.published,
        "published_words": date_words(d.published),
        "url": safe_url(d.url),
        "error": d.error,
    }


def _fallback_profiles(result: CorpusResult) -> list[dict[str, Any]]:
    """Used only if align.framing is unavailable: labels, scare quotes, quotes per outlet."""
    outlet_of = {d.id: d.outlet for d in result.documents}
    names = {a.id: a.name for a in result.actors}
    rows: dict[tuple[str, str], dict[str, Any]] = {}

    def row(o: str, a: str) -> dict[str, Any]:
        return rows.setdefault(
            (o, a),
            {
                "outlet": o,
                "actor": a,
                "actor_name": names.get(a, a),
                "labels": Counter(),
                "scare_quotes": [],
                "loaded_language": 0,
                "quoted": 0,
                "tone": None,
            },
        )

    for lab in result.labels:
        row(outlet_of.get(lab.doc, "?"), lab.actor)["labels"][lab.label] += 1
    for f in result.framing:
        if f.target:
            r = row(outlet_of.get(f.doc, "?"), f.target)
            if f.kind == "scare_quote":
                r["scare_quotes"].append(f.text)
            else:
                r["loaded_language"] += 1
    for q in result.quotes:
        if q.speaker and q.kind != "scare":
            row(outlet_of.get(q.doc, "?"), q.speaker)["quoted"] += 1
    for r in rows.values():
        r["labels"] = dict(r["labels"].most_common())
    return sorted(rows.values(), key=lambda r: (r["outlet"], r["actor_name"]))


def framing_rows(result: CorpusResult) -> list[dict[str, Any]]:
    """Outlet x actor framing profiles from align.framing (fallback: a local summary)."""
    try:
        from ..align.framing import framing_profiles
    except ImportError:  # pragma: no cover - only while align.framing is being written
        return _fallback_profiles(result)
    return framing_profiles(result)


def actor_panel(
    result: CorpusResult, shown: dict[str, tuple[str, list[str]]] | None = None
) -> dict[str, list[dict[str, Any]]]:
    """Per outlet: actors with labels, scare-quoted terms, tone, and quotes given voice.
    ``shown`` (from :func:`display_names`) names each actor in the chosen script, with ``also``."""
    shown = shown if shown is not None else display_names(result.actors)
    panel: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in framing_rows(result):
        if not (r.get("labels") or r.get("scare_quotes") or r.get("quoted") or r.get("loaded_language")):
            continue
        panel[r["outlet"]].append(
            {
                "actor": r["actor"],
                "name": shown[r["actor"]][0] if r["actor"] in shown else r.get("actor_name", r["actor"]),
                "also": shown[r["actor"]][1] if r["actor"] in shown else [],
                "labels": r.get("labels", {}),
                "scare_quotes": sorted(set(r.get("scare_quotes", []))),
                "loaded": r.get("loaded_language", 0),
                "quoted": r.get("quoted", 0),
                "framing": {k: v for k, v in r.get("framing", {}).items() if k != "scare_quote"},
                "tone": r.get("tone"),
                "tone_note": tone_note(r.get("positive", 0), r.get("negative", 0)),
            }
        )
    return dict(sorted(panel.items()))
