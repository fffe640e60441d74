"""Check a JSON export against the contract (../shared/spec/CONTRACT.md, version 1).

Returns a list of problems (empty = valid). Used by the tests and available to users who
produce or post-process exports. Extra fields are allowed; missing or mistyped ones are not.
"""

from __future__ import annotations

import re
from typing import Any

from ..records import EVENT_KINDS, EVENT_TYPES

STR, NUM, BOOL, LIST, DICT = (str,), (int, float), (bool,), (list,), (dict,)
OPT = type(None)

_FIELDS: dict[str, dict[str, tuple]] = {
    "documents": {"id": STR, "source": STR, "outlet": STR, "url": STR + (OPT,), "title": STR + (OPT,),
                  "authors": LIST, "published": STR + (OPT,), "published_from": STR + (OPT,),
                  "language": STR + (OPT,), "text": STR + (OPT,), "error": STR + (OPT,)},
    "actors": {"id": STR, "name": STR, "kind": STR, "aliases": LIST, "country": STR + (OPT,)},
    "events": {"id": STR, "doc": STR, "type": STR + (OPT,), "mode": STR + (OPT,), "actor": LIST, "recipient": LIST,
               "date": DICT + (OPT,), "date_end": DICT + (OPT,), "location": STR + (OPT,),
               "quantity": DICT + (OPT,), "negated": BOOL, "hypothetical": BOOL,
               "attributed_to": STR + (OPT,), "trigger": STR, "span": LIST, "sentence": STR},
    "quotes": {"id": STR, "doc": STR, "speaker": STR + (OPT,), "speaker_text": STR + (OPT,), "kind": STR,
               "text": STR, "span": LIST},
    "quantities": {"doc": STR, "value": NUM, "unit": STR + (OPT,), "approximate": BOOL, "text": STR, "span": LIST},
    "labels": {"doc": STR, "actor": STR, "label": STR, "span": LIST},
    "framing": {"doc": STR, "kind": STR, "text": STR, "span": LIST, "target": STR + (OPT,), "score": NUM},
    "clusters": {"id": STR, "type": STR + (OPT,), "mode": STR + (OPT,), "events": LIST, "documents": LIST,
                 "summary": STR, "date": STR + (OPT,), "discrepancies": LIST, "silent": LIST},
}
_DATE = re.compile(r"^(\d{4}|X{4})(-(\d{2}|SU|SP|FA|WI|Q\d|W\d{2})(-\d{2})?)?$")
DATE_FIELDS = ("value", "text", "precision", "year_inferred")


def validate_contract(data: Any) -> list[str]:
    problems: list[str] = []
    if not isinstance(data, dict):
        return ["top level is not an object"]
    head = data.get("counterpoint")
    if not isinstance(head, dict) or head.get("version") not in (1, 2):
        problems.append("counterpoint.version is not 1 or 2")  # v2 (docs/contract-v2.md) is a superset of v1
    ids: dict[str, set] = {}
    for section, fields in _FIELDS.items():
        items = data.get(section)
        if not isinstance(items, list):
            problems.append(f"{section} is missing or not a list")
            continue
        ids[section] = set()
        for i, item in enumerate(items):
            where = f"{section}[{i}]"
            if not isinstance(item, dict):
                problems.append(f"{where} is not an object")
                continue
            for name, types in fields.items():
                if name not in item:
                    problems.append(f"{where}.{name} is missing")
                elif not isinstance(item[name], types) or (types == NUM and isinstance(item[name], bool)):
                    problems.append(f"{where}.{name} has type {type(item[name]).__name__}")
                elif item[name] == "":
                    problems.append(f"{where}.{name} is an empty string (use null)")
            if "id" in item:
                ids[section].add(item["id"])
            if "span" in item and isinstance(item.get("span"), list):
                s = item["span"]
                if len(s) != 2 or not all(isinstance(x, int) for x in s) or s[0] > s[1]:
                    problems.append(f"{where}.span is not [start, end)")
    doc_text = {d.get("id"): d.get("text") for d in data.get("documents", []) if isinstance(d, dict)}
    for e in data.get("events", []) if isinstance(data.get("events"), list) else []:
        if not isinstance(e, dict):
            continue
        # type null: a happening no PLOVER category fits, described by its general kind
        if e.get("type") is not None and e.get("type") not in EVENT_TYPES:
            problems.append(f"event {e.get('id')} has type {e.get('type')!r}, not a PLOVER category")
        if e.get("kind") is not None and e["kind"] not in EVENT_KINDS:
            problems.append(f"event {e.get('id')} has kind {e['kind']!r}, not one of {EVENT_KINDS}")
        if e.get("type") is None and e.get("kind") is None:
            problems.append(f"event {e.get('id')} has neither a PLOVER type nor a kind")
        conf = e.get("confidence")
        if conf is not None and (not isinstance(conf, (int, float)) or isinstance(conf, bool) or not 0 <= conf <= 1):
            problems.append(f"event {e.get('id')}.confidence {conf!r} is not a number in [0, 1]")
        for key in ("date", "date_end"):
            d = e.get(key)
            if isinstance(d, dict):
                missing = [f for f in DATE_FIELDS if f not in d]
                if missing:
                    problems.append(f"event {e.get('id')}.{key} lacks {missing}")
                elif d["value"] is not None and not _DATE.match(str(d["value"])):
                    problems.append(f"event {e.get('id')}.{key}.value {d['value']!r} is not ISO at a precision")
        if e.get("doc") not in doc_text:
            problems.append(f"event {e.get('id')} refers to unknown document {e.get('doc')!r}")
        for a in list(e.get("actor") or []) + list(e.get("recipient") or []):
            if a not in ids.get("actors", set()):
                problems.append(f"event {e.get('id')} refers to unknown actor {a!r}")
    for section in ("quotes", "quantities", "labels", "framing"):
        for x in data.get(section, []) if isinstance(data.get(section), list) else []:
            if not isinstance(x, dict):
                continue
            text = doc_text.get(x.get("doc"))
            s = x.get("span")
            if text is None:
                problems.append(f"{section} item refers to unknown document {x.get('doc')!r}")
            elif isinstance(s, list) and len(s) == 2 and isinstance(s[1], int) and s[1] > len(text):
                problems.append(f"{section} item span {s} beyond its document's text")
    for c in data.get("clusters", []) if isinstance(data.get("clusters"), list) else []:
        if not isinstance(c, dict):
            continue
        for d in c.get("discrepancies", []):
            if not isinstance(d, dict) or not {"field", "values", "note"} <= set(d):
                problems.append(f"cluster {c.get('id')} has a malformed discrepancy")
            elif not all(isinstance(v, dict) and {"doc", "event", "value"} <= set(v) for v in d["values"]):
                problems.append(f"cluster {c.get('id')} discrepancy values lack doc/event/value")
        for ev in c.get("events", []):
            if ev not in ids.get("events", set()):
                problems.append(f"cluster {c.get('id')} refers to unknown event {ev!r}")
    return problems
