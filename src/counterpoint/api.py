"""The Python API: what ``import counterpoint`` gives a notebook user.

    corpus = counterpoint.Corpus.open("story.duckdb")
    corpus.add(["articles/", "https://example.org/a.html"], outlet="Example")
    corpus.add("Pasted article text ...", outlet="Wire", published="2025-06-22")
    corpus.analyze()
    corpus.events.to_pandas()

It calls the same pipeline functions as the CLI, so it returns the same records the CLI exports.
"""

from __future__ import annotations

import dataclasses
import re
import typing
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .records import (
    Actor,
    Cluster,
    CorpusResult,
    DocAnalysis,
    Document,
    Event,
    Framing,
    Label,
    Omission,
    Quantity,
    Quote,
    to_dict,
)
from .store import DEFAULT_DB, Store


def _nested(tp: Any) -> type | None:
    """The record class inside a field type (``DateValue | None`` -> ``DateValue``), if any."""
    if dataclasses.is_dataclass(tp):
        return tp
    for arg in typing.get_args(tp):
        if dataclasses.is_dataclass(arg):
            return arg
    return None


def columns(record_type: type) -> list[str]:
    """The documented columns of a record type, in field order: a nested record field
    (``date: DateValue | None``) becomes one column per sub-field (``date_value``,
    ``date_text``, ...), whether or not a row has a value there. Computed from the type, not
    the rows, so an empty list still has its columns and every row has the same ones."""
    hints = typing.get_type_hints(record_type)
    out: list[str] = []
    for f in dataclasses.fields(record_type):
        sub = _nested(hints.get(f.name))
        if sub is not None:
            out.extend(f"{f.name}_{g.name}" for g in dataclasses.fields(sub))
        else:
            out.append(f.name)
    return out


def _flat(row: dict[str, Any], cols: list[str] | None = None) -> dict[str, Any]:
    """One level of nesting flattened (``date.value`` -> ``date_value``), lists kept; with
    ``cols``, exactly those columns (a missing nested record gives ``None`` in each)."""
    out: dict[str, Any] = {}
    for k, v in row.items():
        if isinstance(v, dict):
            for k2, v2 in v.items():
                out[f"{k}_{k2}"] = v2
        else:
            out[k] = v
    if cols is None:
        return out
    return {c: out.get(c) for c in cols}


class RecordList(list):
    """A list of records that also converts itself to a data frame or an Arrow table.

    ``record_type`` gives the columns (:func:`columns`), so an empty list converts to an
    empty table *with* the documented columns rather than to a table with none."""

    def __init__(self, items: Iterable[Any] = (), record_type: type | None = None) -> None:
        super().__init__(items)
        if record_type is None and self:
            record_type = type(self[0])
        self.record_type = record_type

    def columns(self) -> list[str]:
        return columns(self.record_type) if self.record_type is not None else []

    def rows(self) -> list[dict[str, Any]]:
        cols = self.columns() or None
        return [_flat(to_dict(r), cols) for r in self]

    def to_arrow(self):
        import pyarrow as pa

        rows = self.rows()
        if not rows:
            return pa.table({c: pa.array([], type=pa.null()) for c in self.columns()})
        return pa.Table.from_pylist(rows)

    def to_pandas(self):
        import pandas as pd

        return pd.DataFrame(self.rows(), columns=self.columns() or None)

    def to_polars(self):
        import polars as pl

        rows = self.rows()
        if not rows:
            return pl.DataFrame({c: [] for c in self.columns()})
        return pl.DataFrame(rows)


@dataclasses.dataclass
class DiscrepancyRow:
    """One value of a discrepancy or scope note, with its cluster and outlet (the rows of
    ``Corpus.discrepancies``)."""

    cluster: str
    summary: str
    field: str
    kind: str
    note: str
    doc: str
    outlet: str | None
    event: str
    value: str
    sentence: str | None


def _discrepancy_rows(clusters: Iterable[Cluster], outlet_of: dict[str, str]) -> RecordList:
    """Discrepancies flattened: one record per value, with the cluster and outlet."""
    rows = RecordList(record_type=DiscrepancyRow)
    for c in clusters:
        for d in list(c.discrepancies) + list(c.scope_notes):
            for v in d.values:
                rows.append(DiscrepancyRow(c.id, c.summary, d.field, d.kind, d.note, v.doc,
                                           outlet_of.get(v.doc), v.event, v.value, v.sentence))
    return rows


class Corpus:
    """A corpus in a store: add articles, analyse them, read the aligned records."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._pending: list[Document] = []
        self._result: CorpusResult | None = None
        self.errors: list[str] = []

    @classmethod
    def open(cls, path: str | Path = DEFAULT_DB) -> Corpus:
        return cls(Store.open(path))

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def add(self, items: str | Path | Iterable[str | Path], *, outlet: str | None = None,
            published: str | None = None, title: str | None = None, manifest: str | None = None) -> int:
        """Queue files, directories, URLs or raw texts; returns how many documents were read."""
        from .ingest import read_inputs, read_text

        if isinstance(items, (str, Path)):
            items = [items]
        n = 0
        for item in items:
            s = str(item)
            is_input = re.match(r"^https?://", s) or s == "-" or (len(s) < 4096 and "\n" not in s and Path(s).exists())
            docs = list(read_inputs([s], manifest=manifest)) if is_input else [
                read_text(s, outlet=outlet or "text", published=published, title=title)]
            for d in docs:
                if outlet:
                    d.outlet = outlet
                if published and not d.published:
                    d.published, d.published_from = published, "metadata"
                self._pending.append(d)
                n += 1
        return n

    def analyze(self, workers: int = 1, aliases: dict | None = None):
        """Analyse what was added and realign the corpus; returns the run summary."""
        from .pipeline import analyze_into_store

        summary = analyze_into_store(self.store, self._pending, workers=workers, aliases=aliases)
        self.errors.extend(summary.errors)
        self._pending = []
        self._result = None
        return summary

    @property
    def result(self) -> CorpusResult:
        if self._result is None:
            self._result = self.store.load_result()
        return self._result

    @property
    def documents(self) -> RecordList:
        return RecordList(self.result.documents, record_type=Document)

    @property
    def actors(self) -> RecordList:
        return RecordList(self.result.actors, record_type=Actor)

    @property
    def events(self) -> RecordList:
        return RecordList(self.result.events, record_type=Event)

    @property
    def clusters(self) -> RecordList:
        return RecordList(self.result.clusters, record_type=Cluster)

    @property
    def discrepancies(self) -> RecordList:
        outlet_of = {d.id: d.outlet for d in self.result.documents}
        return _discrepancy_rows(self.result.clusters, outlet_of)

    @property
    def quotes(self) -> RecordList:
        return RecordList(self.result.quotes, record_type=Quote)

    @property
    def labels(self) -> RecordList:
        return RecordList(self.result.labels, record_type=Label)

    @property
    def quantities(self) -> RecordList:
        return RecordList(self.result.quantities, record_type=Quantity)

    @property
    def framing(self) -> RecordList:
        return RecordList(self.result.framing, record_type=Framing)

    @property
    def omissions(self) -> RecordList:
        return RecordList(self.result.omissions, record_type=Omission)

    def report(self, path: str | Path, *, script: str | None = None, title: str | None = None) -> Path:
        """Write the HTML report to ``path``, actor names in ``script`` ("latin", "cyrillic",
        "as-written"; None: latin) with their other spellings listed, as ``counterpoint report``."""
        from .report import write_report

        return write_report(self.result, path, title=title, script=script)

    def to_json(self) -> dict:
        """The contract JSON object, as ``counterpoint export --format json`` writes it."""
        from .export import contract

        return contract(self.result)


def analyze_text(text: str, *, published: str | None = None, outlet: str = "text",
                 title: str | None = None) -> DocAnalysis:
    """Analyse one text: the per-document records (local actor ids, no alignment)."""
    from .pipeline import analyze_text as run

    return run(text, published=published, outlet=outlet, title=title)
