"""The JSON export: contract version 2 (docs/contract-v2.md), a superset of version 1
(../shared/spec/CONTRACT.md).

Other tools read this file, so every v1 field keeps its name, type and meaning; counterpoint
adds fields freely (``omissions``, ``stories``, ``scope_notes``, spans on dates). Version 2
adds two top-level lists: ``facts`` (each checkable statement: a date, a count, a place or a
set of participants, with the event it is about and who asserts it) and ``discrepancies``
(every difference between outlets, with its kind, field, values and cluster).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

from .. import __version__
from ..records import (
    CLOCK_TIME,
    DURATION,
    FLAG_KINDS,
    UNSPECIFIED,
    Cluster,
    CorpusResult,
    DateValue,
    Discrepancy,
    Event,
    Quantity,
    is_denial,
    make_id,
    to_dict,
)

CONTRACT_VERSION = 2


def _none_if_empty(value: Any) -> Any:
    return None if value == "" else value


ISO_DATE = re.compile(r"^\d{4}(-(\d{2}|SU|SP|FA|WI|Q[1-4]|W\d{2})(-\d{2})?)?$")


def iso_or_none(d: DateValue | None) -> DateValue | None:
    """Only ISO dates at a precision are dates in the contract; TimeML references such as
    PAST_REF or a yearless XXXX-06-21 are absent knowledge (null). A clock time
    ("2025-03-30T09:30", kept on events for the times compared across outlets) is its day."""
    if d is not None and d.value and CLOCK_TIME.match(d.value):
        d = dataclasses.replace(d, value=d.value[:10], precision="day", end=None)
    return d if d is not None and d.value and ISO_DATE.match(d.value) else None


def _date(d: DateValue | None) -> dict | None:
    d = iso_or_none(d)
    if d is None:
        return None
    return {"value": d.value, "text": d.text, "precision": d.precision, "year_inferred": d.year_inferred,
            "end": d.end, "span": list(d.span) if d.span else None}


def _quantity(q: Quantity | None) -> dict | None:
    if q is None:
        return None
    return {"value": q.value, "unit": q.unit, "approximate": q.approximate, "value_max": q.value_max,
            "qualifier": q.qualifier, "whole": q.whole, "text": q.text, "span": list(q.span),
            "predicate": q.predicate, "attributed_to": q.attributed_to, "negated": q.negated}


def _event(e: Event) -> dict:
    return {
        "id": e.id, "doc": e.doc, "type": e.type, "mode": e.mode, "actor": e.actor, "recipient": e.recipient,
        "date": _date(e.date), "date_end": _date(e.date_end), "location": _none_if_empty(e.location),
        "quantity": _quantity(e.quantity), "negated": e.negated, "hypothetical": e.hypothetical,
        "attributed_to": e.attributed_to, "trigger": e.trigger, "span": list(e.span), "sentence": e.sentence,
        "sentence_span": list(e.sentence_span) if e.sentence_span else None, "context": e.context,
        "counts": [_quantity(q) for q in e.counts],
        # added to v1 (extra fields are allowed): type is null when no PLOVER category fits
        "kind": e.kind, "confidence": e.confidence, "date_from": e.date_from,
        "actor_text": e.actor_text, "recipient_text": e.recipient_text,
    }


def _discrepancy(d: Discrepancy) -> dict:
    return {
        "field": d.field, "kind": d.kind, "note": d.note,
        "values": [{"doc": v.doc, "event": v.event, "value": v.value, "sentence": v.sentence,
                    "span": list(v.span) if v.span else None, "attributed_to": v.attributed_to}
                   for v in d.values],
    }


def discrepancies(result: CorpusResult) -> list[dict]:
    """Every difference between outlets, flags (conflict, disputed) first, each with its cluster."""
    rows = []
    for c in result.clusters:
        for d in [*c.discrepancies, *c.scope_notes]:
            row = _discrepancy(d)
            row["id"] = make_id("disc", c.id, d.field, d.kind, *(v.event for v in d.values))
            row["cluster"] = c.id
            row["flag"] = d.kind in FLAG_KINDS
            rows.append(row)
    for s in result.stories:  # facts compared across a story, with no cluster (align/facts.py)
        for d in s.discrepancies or []:  # None: a story stored before stories had them
            row = _discrepancy(d)
            row["id"] = make_id("disc", d.group, d.field, d.kind, *(f"{v.doc}:{v.value}" for v in d.values))
            row["cluster"] = None
            row["group"] = d.group
            row["story"] = s.id
            row["flag"] = d.kind in FLAG_KINDS
            rows.append(row)
    rows.sort(key=lambda r: (not r["flag"], r["kind"]))
    return rows


def facts(result: CorpusResult) -> list[dict]:
    """The checkable statements of each document: an event's date, count, place and participants,
    and the counts no event carries. Each names its sentence, the event it is about (or null),
    who asserts it (``attributed_to``: the actor id of the cited source, null for the outlet
    itself) and its polarity. Times of day (``time``: an event's ISO time, "2025-06-12T13:38")
    and durations that say what they measure (``duration``: "30 seconds after take-off", with
    ``measures``) come from the events; a denied count ("no aircraft was lost") is a count of
    0 with polarity ``denied`` (align/facts.py compares all of them across a story)."""
    out: list[dict] = []

    def add(kind: str, e: Event | None, doc: str, value: Any, span: Any, **extra: Any) -> None:
        out.append({
            "id": make_id("fact", doc, kind, e.id if e else None, json.dumps(value, sort_keys=True), span),
            "kind": kind, "doc": doc, "event": e.id if e else None, "value": value,
            "span": list(span) if span else None,
            "sentence_span": list(e.sentence_span) if e and e.sentence_span else None,
            "attributed_to": e.attributed_to if e else None,
            "polarity": "denied" if e and e.negated else "asserted",
            "hypothetical": bool(e and e.hypothetical), **extra,
        })

    carried: set[tuple[str, tuple]] = set()
    for e in result.events:
        d = iso_or_none(e.date)
        if d is not None:
            add("date", e, e.doc, d.value, d.span, precision=d.precision, date_from=e.date_from)
        if e.date is not None and e.date.kind == "time" and e.date.value and CLOCK_TIME.match(e.date.value):
            add("time", e, e.doc, e.date.value, e.date.span, text=e.date.text, date_from=e.date_from)
        for q in e.counts:
            if (q.doc, tuple(q.span)) in carried:
                continue
            if (q.predicate or "").startswith(DURATION):
                carried.add((q.doc, tuple(q.span)))
                add("duration", e, e.doc, q.value, q.span, unit=q.unit, qualifier=q.qualifier,
                    measures=q.predicate[len(DURATION):], attributed_to=q.attributed_to)
            elif q.qualifier == UNSPECIFIED:  # "some political prisoners": a count not given
                carried.add((q.doc, tuple(q.span)))
                add("count", e, e.doc, None, q.span, counted=q.unit, qualifier=UNSPECIFIED, value_max=None,
                    approximate=True, attributed_to=q.attributed_to, text=q.text)
            elif is_denial(q):
                carried.add((q.doc, tuple(q.span)))
                add("count", e, e.doc, 0, q.span, counted=q.unit, qualifier=None, value_max=None,
                    approximate=False, attributed_to=q.attributed_to, polarity="denied")
        if e.quantity is not None:
            q = e.quantity
            carried.add((q.doc, tuple(q.span)))
            add("count", e, e.doc, q.value, q.span, counted=q.unit, qualifier=q.qualifier,
                value_max=q.value_max, approximate=q.approximate)
        if e.location:
            add("place", e, e.doc, e.location, None)
        if e.actor or e.recipient:
            add("participants", e, e.doc, sorted({*e.actor, *e.recipient}), None,
                actor=list(e.actor), recipient=list(e.recipient))
    for q in result.quantities:
        if (q.doc, tuple(q.span)) not in carried:
            add("count", None, q.doc, q.value, q.span, counted=q.unit, qualifier=q.qualifier,
                value_max=q.value_max, approximate=q.approximate)
    return out


def _cluster(c: Cluster) -> dict:
    return {
        "id": c.id, "type": c.type, "mode": c.mode, "events": c.events, "documents": c.documents,
        "summary": c.summary, "date": c.date, "discrepancies": [_discrepancy(d) for d in c.discrepancies],
        "silent": c.silent, "story": c.story, "scope_notes": [_discrepancy(d) for d in c.scope_notes],
    }


def contract(result: CorpusResult, created: str | None = None) -> dict[str, Any]:
    """The contract JSON object for a corpus result."""
    created = created or dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    docs = []
    for d in result.documents:
        docs.append({
            "id": d.id, "source": d.source, "outlet": d.outlet, "url": _none_if_empty(d.url),
            "title": _none_if_empty(d.title), "authors": list(d.authors), "published": _none_if_empty(d.published),
            "published_from": d.published_from if d.published else None, "language": _none_if_empty(d.language),
            "text": d.text if not d.error or d.text else None, "error": d.error,
        })
    framing_profiles: list[dict] = []
    try:
        from ..align.framing import framing_profiles as _profiles

        framing_profiles = _profiles(result)
    except ImportError:  # pragma: no cover - framing module is part of the package
        pass
    return {
        "counterpoint": {"version": CONTRACT_VERSION, "generator": f"counterpoint {__version__}", "created": created},
        "documents": docs,
        "actors": [{"id": a.id, "name": a.name, "kind": a.kind, "aliases": a.aliases, "country": a.country}
                   for a in result.actors],
        "events": [_event(e) for e in result.events],
        "quotes": [{"id": q.id, "doc": q.doc, "speaker": q.speaker, "speaker_text": q.speaker_text, "kind": q.kind,
                    "text": q.text, "span": list(q.span)} for q in result.quotes],
        "quantities": [{"doc": q.doc, "value": q.value, "unit": q.unit, "approximate": q.approximate,
                        "value_max": q.value_max, "qualifier": q.qualifier, "whole": q.whole, "text": q.text,
                        "span": list(q.span)}
                       for q in result.quantities],
        "labels": [{"doc": x.doc, "actor": x.actor, "label": x.label, "span": list(x.span)} for x in result.labels],
        "framing": [{"doc": f.doc, "kind": f.kind, "text": f.text, "span": list(f.span), "target": f.target,
                     "score": f.score, "rule": f.rule} for f in result.framing],
        "clusters": [_cluster(c) for c in result.clusters],
        "omissions": [to_dict(o) for o in result.omissions],
        "stories": [to_dict(s) for s in result.stories],
        "framing_profiles": framing_profiles,
        "facts": facts(result),
        "discrepancies": discrepancies(result),
    }


def write_json(result: CorpusResult, path: str | Path) -> Path:
    path = Path(path)
    data = contract(result)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    tmp.replace(path)
    return path
