"""Records <-> flat table rows, one schema for DuckDB, Parquet and Spark.

Every table is derived from a dataclass in ``records.py``: scalar fields become typed
columns, everything nested (spans, lists, sub-records) becomes a JSON text column. Deriving
the schema from the records (instead of writing it twice) keeps the store, the Parquet export
and the Spark engine in step when a record gains a field.
"""

from __future__ import annotations

import dataclasses
import json
import re
import typing
from collections.abc import Iterator
from typing import Any

import pyarrow as pa

from .. import records as R
from ..records import CorpusResult, DocAnalysis

# table name -> (record class, extra leading columns not on the record)
TABLES: dict[str, tuple[type, tuple[str, ...]]] = {
    # per-document analysis (written by put_analyses, keyed by document)
    "documents": (R.Document, ("sentences", "terms")),
    "local_actors": (R.Actor, ("doc",)),
    "mentions": (R.Mention, ()),
    "events": (R.Event, ()),
    "quotes": (R.Quote, ()),
    "quantities": (R.Quantity, ()),
    "labels": (R.Label, ()),
    "framing": (R.Framing, ()),
    "dates": (R.DateValue, ("doc",)),
    # corpus alignment (replaced wholesale by put_alignment)
    "actors": (R.Actor, ()),
    "actor_map": (None, ("local", "global_id")),  # type: ignore[dict-item]
    "clusters": (R.Cluster, ()),
    "omissions": (R.Omission, ()),
    "stories": (R.Story, ()),
}
DOC_TABLES = ("documents", "local_actors", "mentions", "events", "quotes", "quantities", "labels", "framing", "dates")
ALIGN_TABLES = ("actors", "actor_map", "clusters", "omissions", "stories")

_RECORD_CLASSES = {
    name: obj for name, obj in vars(R).items() if dataclasses.is_dataclass(obj) and isinstance(obj, type)
}


def _arrow_type(annotation: str) -> pa.DataType:
    a = annotation.replace(" ", "")
    base = a.replace("|None", "")
    if base == "str":
        return pa.string()
    if base == "bool":
        return pa.bool_()
    if base == "int":
        return pa.int64()
    if base in ("float", "float|int", "int|float"):
        return pa.float64()
    return pa.string()  # JSON text


def _fields(cls: type) -> list[dataclasses.Field]:
    return list(dataclasses.fields(cls))


def schema(table: str) -> pa.Schema:
    cls, extra = TABLES[table]
    cols: list[pa.Field] = []
    for name in extra:
        cols.append(pa.field(name, pa.string()))
    if cls is not None:
        for f in _fields(cls):
            cols.append(pa.field(f.name, _arrow_type(str(f.type))))
    return pa.schema(cols)


SCHEMAS: dict[str, pa.Schema] = {t: schema(t) for t in TABLES}


def _encode(value: Any, dtype: pa.DataType) -> Any:
    if value is None:
        return None
    if pa.types.is_string(dtype) and not isinstance(value, str):
        return json.dumps(R.to_dict(value), ensure_ascii=False, sort_keys=True)
    if pa.types.is_floating(dtype):
        return float(value)
    return value


def record_row(record: Any, table: str, **extra: Any) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for f in SCHEMAS[table]:
        if f.name in extra:
            row[f.name] = _encode(extra[f.name], f.type)
        else:
            row[f.name] = _encode(getattr(record, f.name), f.type)
    return row


def analysis_rows(analysis: DocAnalysis) -> dict[str, list[dict[str, Any]]]:
    """Rows for every per-document table from one analysis."""
    d = analysis.document
    return {
        "documents": [record_row(d, "documents", sentences=analysis.sentences, terms=analysis.terms)],
        "local_actors": [record_row(a, "local_actors", doc=d.id) for a in analysis.actors],
        "mentions": [record_row(m, "mentions") for m in analysis.mentions],
        "events": [record_row(e, "events") for e in analysis.events],
        "quotes": [record_row(q, "quotes") for q in analysis.quotes],
        "quantities": [record_row(q, "quantities") for q in analysis.quantities],
        "labels": [record_row(x, "labels") for x in analysis.labels],
        "framing": [record_row(x, "framing") for x in analysis.framing],
        "dates": [record_row(x, "dates", doc=d.id) for x in analysis.dates],
    }


def iter_alignment_rows(result: CorpusResult, actor_map: dict[str, str]) -> dict[str, Iterator[dict[str, Any]]]:
    """Rows for every alignment table, made one at a time (the store writes them in chunks:
    at 100,000 articles, a million omission rows built at once added more than a gigabyte)."""
    return {
        "actors": (record_row(a, "actors") for a in result.actors),
        "actor_map": ({"local": k, "global_id": v} for k, v in sorted(actor_map.items())),
        "clusters": (record_row(c, "clusters") for c in result.clusters),
        "omissions": (record_row(o, "omissions") for o in result.omissions),
        "stories": (record_row(s, "stories") for s in result.stories),
    }


def alignment_rows(result: CorpusResult, actor_map: dict[str, str]) -> dict[str, list[dict[str, Any]]]:
    return {t: list(rows) for t, rows in iter_alignment_rows(result, actor_map).items()}


def to_arrow(table: str, rows: list[dict[str, Any]]) -> pa.Table:
    return pa.Table.from_pylist(rows, schema=SCHEMAS[table])


# ----------------------------------------------------------------------------- decoding

_GENERIC = re.compile(r"^(list|tuple)\[(.+)\]$")


def _decode(value: Any, annotation: str) -> Any:
    """Rebuild a field value from its column value using the field's annotation."""
    if value is None:
        return None
    a = annotation.replace(" ", "")
    optional = a.endswith("|None")
    base = a[: -len("|None")] if optional else a
    if base in ("str", "bool", "int"):
        return value
    if base in ("float", "float|int", "int|float"):
        return int(value) if isinstance(value, float) and value.is_integer() else value
    data = json.loads(value) if isinstance(value, str) else value
    return _build(data, base)


def _build(data: Any, base: str) -> Any:
    if data is None:
        return None
    if base == "Span":
        return tuple(data)
    m = _GENERIC.match(base)
    if m:
        inner = m.group(2)
        return [_build(x, inner) for x in data]
    cls = _RECORD_CLASSES.get(base)
    if cls is not None:
        return from_dict(cls, data)
    if base.startswith("dict"):
        return data
    return data


def from_dict(cls: type, data: dict[str, Any]) -> Any:
    hints = {f.name: str(f.type) for f in _fields(cls)}
    kwargs = {}
    for name, ann in hints.items():
        if name in data:
            kwargs[name] = _build(data[name], ann.replace(" ", "").replace("|None", "")) if data[name] is not None else None
    return cls(**kwargs)


def row_record(table: str, row: dict[str, Any]) -> Any:
    cls, _extra = TABLES[table]
    kwargs = {f.name: _decode(row.get(f.name), str(f.type)) for f in _fields(cls) if f.name in row}
    return cls(**kwargs)


# Keep typing import used for readers of this module (annotations are strings at runtime).
_ = typing
