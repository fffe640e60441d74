"""The JSON export, exactly per ../shared/spec/CONTRACT.md (version 1).

Other tools read this file, so the contract's fields keep their names, types and meanings;
counterpoint adds fields freely (``omissions``, ``stories``, ``scope_notes``, spans on dates).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

from .. import __version__
from ..records import Cluster, CorpusResult, DateValue, Discrepancy, Event, Quantity, to_dict

CONTRACT_VERSION = 1


def _none_if_empty(value: Any) -> Any:
    return None if value == "" else value


ISO_DATE = re.compile(r"^\d{4}(-(\d{2}|SU|SP|FA|WI|Q[1-4]|W\d{2})(-\d{2})?)?$")


def iso_or_none(d: DateValue | None) -> DateValue | None:
    """Only ISO dates at a precision are dates in the contract; TimeML references such as
    PAST_REF or a yearless XXXX-06-21 are absent knowledge (null)."""
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
            "qualifier": q.qualifier, "text": q.text, "span": list(q.span)}


def _event(e: Event) -> dict:
    return {
        "id": e.id, "doc": e.doc, "type": e.type, "mode": e.mode, "actor": e.actor, "recipient": e.recipient,
        "date": _date(e.date), "date_end": _date(e.date_end), "location": _none_if_empty(e.location),
        "quantity": _quantity(e.quantity), "negated": e.negated, "hypothetical": e.hypothetical,
        "attributed_to": e.attributed_to, "trigger": e.trigger, "span": list(e.span), "sentence": e.sentence,
        "sentence_span": list(e.sentence_span) if e.sentence_span else None, "context": e.context,
        # added to v1 (extra fields are allowed): type is null when no PLOVER category fits
        "kind": e.kind, "confidence": e.confidence, "date_from": e.date_from,
        "actor_text": e.actor_text, "recipient_text": e.recipient_text,
    }


def _discrepancy(d: Discrepancy) -> dict:
    return {
        "field": d.field, "kind": d.kind, "note": d.note,
        "values": [{"doc": v.doc, "event": v.event, "value": v.value, "sentence": v.sentence,
                    "span": list(v.span) if v.span else None} for v in d.values],
    }


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
                        "value_max": q.value_max, "qualifier": q.qualifier, "text": q.text, "span": list(q.span)}
                       for q in result.quantities],
        "labels": [{"doc": x.doc, "actor": x.actor, "label": x.label, "span": list(x.span)} for x in result.labels],
        "framing": [{"doc": f.doc, "kind": f.kind, "text": f.text, "span": list(f.span), "target": f.target,
                     "score": f.score, "rule": f.rule} for f in result.framing],
        "clusters": [_cluster(c) for c in result.clusters],
        "omissions": [to_dict(o) for o in result.omissions],
        "stories": [to_dict(s) for s in result.stories],
        "framing_profiles": framing_profiles,
    }


def write_json(result: CorpusResult, path: str | Path) -> Path:
    path = Path(path)
    data = contract(result)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    tmp.replace(path)
    return path
