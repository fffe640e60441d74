"""PLOVER JSON export: one record per event with the codebook's field names.

Mapping from counterpoint's records (documented in docs/plover.md):

=================  ===============================================================
PLOVER field       counterpoint source
=================  ===============================================================
id                 Event.id
has_event          always true (only PLOVER-coded events are exported: an event with
                   ``type=None``, a crash or a storm, has no category to code)
date / enddate     Event.date.value / Event.date_end.value or Event.date.end
                   (ISO at the known precision; ``date_precision`` says which)
actor, recipient   global actors: raw_text = the name as the document wrote it,
                   entity_name = canonical name, code/country_name = ISO-3166
event              [Event.type]  (one of the 16 current PLOVER categories)
mode, context      [Event.mode], Event.context
event_loc          {"name": Event.location}
event_text         [Event.trigger]
text               Event.sentence (the user's own corpus; omit with text=False)
text_info          document id, outlet, url, title, published, span
coder, coded_date  "counterpoint <version>", the export date
comment            negated / hypothetical / attributed flags in words
=================  ===============================================================
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from .. import __version__
from ..records import Actor, CorpusResult, Event
from .contract import iso_or_none

COUNTRY_NAMES = {
    "USA": "United States", "BLR": "Belarus", "RUS": "Russia", "UKR": "Ukraine", "POL": "Poland",
    "LTU": "Lithuania", "LVA": "Latvia", "DEU": "Germany", "GBR": "United Kingdom", "FRA": "France",
    "CHN": "China", "TUR": "Turkey", "EUR": "European Union", "UNO": "United Nations",
}


def _entity(actor: Actor | None, actor_id: str, raw: str | None) -> dict:
    name = actor.name if actor else actor_id
    code = actor.country if actor and actor.country and len(actor.country) == 3 else None
    return {
        "raw_text": raw or name, "entity_name": name, "wikidata_id": None, "wiki_description": None,
        "country_name": COUNTRY_NAMES.get(code, code) if code else None, "code": code,
        "sector_code": None, "other_sector_codes": None, "counterpoint_actor": actor_id,
        "kind": actor.kind if actor else "other",
    }


def _comment(e: Event, actors: dict[str, Actor]) -> str | None:
    parts = []
    if e.negated:
        parts.append("negated")
    if e.hypothetical:
        parts.append("hypothetical")
    if e.attributed_to:
        who = actors.get(e.attributed_to)
        parts.append(f"attributed to {who.name if who else e.attributed_to}")
    return "; ".join(parts) or None


def plover_records(result: CorpusResult, text: bool = True) -> list[dict]:
    actors = {a.id: a for a in result.actors}
    docs = {d.id: d for d in result.documents}
    raw: dict[tuple[str, str], str] = {}
    for m in result.mentions:  # the first surface form of each actor per document
        raw.setdefault((m.doc, m.actor), m.text)
    today = dt.date.today().isoformat()
    out = []
    for e in result.events:
        if e.type is None:
            continue
        d = docs.get(e.doc)
        date, date_end = iso_or_none(e.date), iso_or_none(e.date_end)
        end = date_end.value if date_end else (date.end if date else None)
        out.append({
            "id": e.id, "has_event": True,
            "date": date.value if date else None,
            "date_precision": date.precision if date else None,
            "enddate": end,
            "actor": [_entity(actors.get(a), a, raw.get((e.doc, a))) for a in e.actor],
            "recipient": [_entity(actors.get(a), a, raw.get((e.doc, a))) for a in e.recipient],
            "event": [e.type], "mode": [e.mode] if e.mode else [], "context": list(e.context),
            "event_loc": {"name": e.location} if e.location else None,
            "event_text": [e.trigger],
            "text": e.sentence if text else None,
            "text_info": {"doc_id": e.doc, "outlet": d.outlet if d else "", "url": d.url if d else None,
                          "title": d.title if d else None, "published": d.published if d else None,
                          "span": list(e.span)},
            "cite_info": None, "coder": f"counterpoint {__version__}", "coded_date": today,
            "comment": _comment(e, actors),
        })
    return out


def write_plover(result: CorpusResult, path: str | Path, text: bool = True) -> Path:
    """Write newline-delimited JSON (the format the codebook suggests), one event per line."""
    path = Path(path)
    with path.open("w", encoding="utf-8") as f:
        for rec in plover_records(result, text=text):
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return path


def schema() -> dict:
    return json.loads((Path(__file__).resolve().parents[1] / "data" / "plover_event.schema.json").read_text())
